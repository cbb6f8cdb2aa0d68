"""Offset maps: from a derived text back to the text it was made from.

Every normaliser returns its output together with an :class:`OffsetMap`, and
maps compose into an :class:`OffsetChain`, so that a span found in the final
normalised text can always be traced to ``original[start:end]``.

A map is stored sparsely, as the list of edits that made the derived text
(most of a news article survives every step untouched), so building and
querying it costs almost nothing next to the regexes that find the edits.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = ["Edit", "OffsetMap", "OffsetChain", "rewrite"]


@dataclass(frozen=True, slots=True)
class Edit:
    """``source[start:end]`` is replaced by ``replacement``."""

    start: int
    end: int
    replacement: str = ""

    # Pickling by constructor, here and below: a class mypyc compiles has no __dict__ for
    # the default protocol to fill, and a frozen one refuses the attribute assignments
    # its default __setstate__ would make.
    def __reduce__(self) -> tuple[type[Edit], tuple[int, int, str]]:
        return (Edit, (self.start, self.end, self.replacement))


class OffsetMap:
    """Piecewise map from positions in a derived text to its source text.

    Between edits the two texts are aligned one to one; a replacement maps as
    a whole onto the source span it replaced.  A span that merely touches a
    deletion does not take the deleted text in, one that crosses it does.
    """

    __slots__ = ("_dst_start", "_dst_end", "_src_start", "_src_end", "src_len", "dst_len")

    def __init__(self, segments: Sequence[tuple[int, int, int, int]], src_len: int, dst_len: int):
        # segments: (dst_start, dst_end, src_start, src_end) per edit, ascending.
        if segments:
            columns = list(zip(*segments, strict=True))
            self._dst_start, self._dst_end, self._src_start, self._src_end = map(list, columns)
        else:  # (the identity map: several per article)
            self._dst_start, self._dst_end, self._src_start, self._src_end = [], [], [], []
        self.src_len = src_len
        self.dst_len = dst_len

    def __reduce__(self) -> tuple[type[OffsetMap], tuple[tuple[tuple[int, int, int, int], ...], int, int]]:
        segments = tuple(zip(self._dst_start, self._dst_end, self._src_start, self._src_end, strict=True))
        return (OffsetMap, (segments, self.src_len, self.dst_len))

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        return cls((), length, length)

    @property
    def is_identity(self) -> bool:
        return not self._dst_start

    def start(self, pos: int) -> int:
        """Source position of a span that starts at ``pos``."""
        i = bisect_right(self._dst_start, pos) - 1
        if i < 0:
            return pos
        if pos < self._dst_end[i]:
            return self._src_start[i]
        return self._src_end[i] + (pos - self._dst_end[i])

    def end(self, pos: int) -> int:
        """Source position of a span that ends (exclusive) at ``pos``."""
        i = bisect_left(self._dst_start, pos) - 1
        if i < 0:
            return pos
        if pos <= self._dst_end[i]:
            return self._src_end[i]
        return self._src_end[i] + (pos - self._dst_end[i])

    def span(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            s = self.start(start)
            return s, s
        # start() and end() written out: every record's span passes here
        dst_start, dst_end, src_end = self._dst_start, self._dst_end, self._src_end
        if dst_end and start >= dst_end[-1]:
            # Past the last edit the map is one shift (most spans: the usual edit is the header
            # cut at the head), what both searches below would find.
            shift = src_end[-1] - dst_end[-1]
            return start + shift, end + shift
        i = bisect_right(dst_start, start) - 1
        if i < 0:
            s = start
        elif start < dst_end[i]:
            s = self._src_start[i]
        else:
            s = src_end[i] + (start - dst_end[i])
        i = bisect_left(dst_start, end) - 1
        if i < 0:
            return s, end
        if end <= dst_end[i]:
            return s, src_end[i]
        return s, src_end[i] + (end - dst_end[i])


class OffsetChain:
    """Maps composed in the order the normalisers ran."""

    __slots__ = ("maps",)

    def __init__(self, maps: Iterable[OffsetMap] = ()):
        self.maps = tuple(m for m in maps if not m.is_identity)

    def __reduce__(self) -> tuple[type[OffsetChain], tuple[tuple[OffsetMap, ...]]]:
        return (OffsetChain, (self.maps,))

    def then(self, m: OffsetMap) -> OffsetChain:
        if m.is_identity:
            return self  # (the chain keeps no identity map: the same chain)
        return OffsetChain((*self.maps, m))

    def span(self, start: int, end: int) -> tuple[int, int]:
        for m in reversed(self.maps):
            start, end = m.span(start, end)
        return start, end


def rewrite(text: str, edits: Iterable[Edit]) -> tuple[str, OffsetMap]:
    """Apply sorted, non-overlapping edits; return the new text and its map."""
    pieces: list[str] = []
    segments: list[tuple[int, int, int, int]] = []
    src_pos = dst_pos = 0
    for e in edits:
        if e.start < src_pos or e.end < e.start or e.end > len(text):
            raise ValueError(f"edit {e!r} overlaps an earlier edit or leaves the text (length {len(text)})")
        if e.start == e.end and not e.replacement:
            continue
        pieces.append(text[src_pos : e.start])
        dst_pos += e.start - src_pos
        if segments and segments[-1][1] == dst_pos and segments[-1][3] == e.start:
            # Adjacent edits merge, so one position never has two readings.
            d0, _, s0, _ = segments.pop()
        else:
            d0, s0 = dst_pos, e.start
        pieces.append(e.replacement)
        dst_pos += len(e.replacement)
        segments.append((d0, dst_pos, s0, e.end))
        src_pos = e.end
    if not segments:
        return text, OffsetMap.identity(len(text))
    pieces.append(text[src_pos:])
    out = "".join(pieces)
    return out, OffsetMap(segments, len(text), len(out))
