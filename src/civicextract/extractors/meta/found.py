"""What the meta finders have found so far, and which finding wins."""

from __future__ import annotations

from ...records import Meta

# Where a source was read from, most trusted first: a ``来源：`` label names the
# publisher of this copy (it wins over a syndicated dateline: ``中新社…电`` with
# ``来源：中国新闻网``); a ``转自：`` label names where the copy was taken from and
# yields to a ``来源：`` one (``转自：昆明交警来源：掌上春城``); then the dateline, a
# byline's outlet, and last an outlet that only names itself in passing
# (``澎湃新闻注意到``, a subscription footer).
FROM_LABEL, FROM_REPOST, FROM_DATELINE, FROM_BYLINE, FROM_SELF_MENTION = range(5)

# The broadcaster's group, credited for its reporters (（总台记者 张艺馨）), yields to
# the channel or app of it that the page also names as its publisher (a closing
# （央视新闻客户端）): the group owns every channel, the channel published this copy.
_GROUP = frozenset(("总台", "中央广播电视总台"))


class Found:
    def __init__(self) -> None:
        self._sources: list[tuple[int, int, str]] = []
        self._best_rank = FROM_SELF_MENTION + 1  # the lowest rank found (has_source is asked often)
        self._best_named_rank = FROM_SELF_MENTION + 1  # the same without the broadcaster's group
        self._reporters: list[tuple[int, str]] = []
        self.published: str | None = None
        self.editor: str | None = None
        self.title: str | None = None
        self.spans: list[tuple[int, int, str]] = []

    def source(self, value: str | None, rank: int, pos: int) -> None:
        if value:
            self._sources.append((rank, pos, value))
            self._best_rank = min(self._best_rank, rank)
            if value not in _GROUP:
                self._best_named_rank = min(self._best_named_rank, rank)

    def has_source(self, below: int = FROM_SELF_MENTION + 1) -> bool:
        return self._best_rank < below

    def decided(self, rank: int) -> bool:
        """Whether a source found already beats any found later at ``rank``: one
        ranked higher that names no group (a group yields to a channel ranked up to
        FROM_BYLINE, see meta())."""
        return self._best_named_rank < rank

    def reporter(self, name: str, pos: int) -> None:
        self._reporters.append((pos, name))

    def has_reporter(self, name: str) -> bool:
        """Whether ``name`` is read as a reporter already: a finder that reads a name again, at a
        place of its own, leaves it where it was first read."""
        return any(n == name for _, n in self._reporters)

    def meta(self) -> Meta:
        source = None
        if self._sources:
            best = min(self._sources)
            if best[2] in _GROUP:
                best = min((c for c in self._sources if c[2] not in _GROUP and c[0] <= FROM_BYLINE), default=best)
            source = best[2]
        # Reporters in the order the article names them, each once; the editor is not one.
        names = (n for _, n in sorted(self._reporters, key=lambda x: x[0]) if n != self.editor)
        return Meta(
            source=source,
            published=self.published,
            editor=self.editor,
            reporters=tuple(dict.fromkeys(names)),
            title=self.title,
        )
