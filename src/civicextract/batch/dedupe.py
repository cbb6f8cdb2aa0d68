"""Articles that repeat an ``id`` seen earlier in the run (``--dedupe``).

Two crawls of one site, or one JSONL file given twice under two names, give the
same article ids more than once; a join on ``article_id`` would then count
their records twice.  The run finds the repeats after extraction, from the
part file, so resuming needs no extra state: a first pass keeps one 64-bit
hash per id (a few tens of bytes an article), and only when two hashes meet
does a second pass compare the ids themselves, so a hash collision never
drops an article.  ``keep-first`` writes only the first article of each id
(reading order); ``keep-all`` writes them all.  Either way the repeats are
counted in ``summary.json`` and named on the command line.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from .tables import article_id, article_key, parse

POLICIES = ("keep-first", "keep-all")
EXAMPLES = 10


@dataclass
class Duplicates:
    """Repeated ids: how many, and the first few repeats with both places."""

    policy: str = "keep-first"
    ids: int = 0  # distinct ids that occur more than once
    extra: int = 0  # articles after the first of their id
    examples: list[dict[str, str]] = field(default_factory=list)
    _first: dict[str, str] = field(default_factory=dict, repr=False)
    _repeated: set[str] = field(default_factory=set, repr=False)

    def see(self, aid: str, where: str) -> bool:
        """Record one article of a candidate id (in reading order); True when the id came before."""
        first = self._first.get(aid)
        if first is None:
            self._first[aid] = where
            return False
        if aid not in self._repeated:
            self._repeated.add(aid)
            self.ids += 1
        self.extra += 1
        if len(self.examples) < EXAMPLES:
            self.examples.append({"article_id": aid, "first": first, "again": where})
        return True

    @property
    def dropped(self) -> int:
        return self.extra if self.policy == "keep-first" else 0

    def summary(self) -> dict[str, Any]:
        return {"policy": self.policy, "repeated_ids": self.ids, "extra_articles": self.extra,
                "examples": self.examples}  # fmt: skip

    def warning(self) -> str | None:
        """The command line's warning, or None when every id is unique."""
        if not self.extra:
            return None
        e = self.examples[0]
        what = (
            f"{self.extra} article{'s' if self.extra > 1 else ''} repeat{'' if self.extra > 1 else 's'} "
            f"an id read before ({self.ids} id{'s' if self.ids > 1 else ''}; e.g. {e['article_id']!r} "
            f"at {e['again']}, first at {e['first']})"
        )
        if self.policy == "keep-first":
            return f"{what}; kept the first of each (--dedupe keep-all keeps every one)"
        return f"{what}; all kept (--dedupe keep-all): join the tables on article_key"


def _ids(part: str) -> Iterator[tuple[bytes, str | None]]:
    with open(part, "rb") as fh:
        for line in fh:
            # The id comes first in the line: read it from the head, not the whole article.
            try:
                aid = article_id(line[:1024].decode("utf-8", "ignore"))
            except ValueError:
                aid = article_id(line.decode("utf-8"))
            yield line, aid


def find(part: str, policy: str, dest: str) -> tuple[Duplicates, str]:
    """Scan the articles part file; return the repeats and the file to publish.

    That file is ``part`` itself unless ``keep-first`` drops articles: then it is
    ``dest``, a copy without them.
    """
    dups = Duplicates(policy)
    seen: set[int] = set()
    maybe: set[int] = set()
    for _, aid in _ids(part):
        if aid is not None:
            h = hash(aid)
            if h in seen:
                maybe.add(h)
            else:
                seen.add(h)
    del seen
    if not maybe:
        return dups, part
    tmp = f"{dest}.tmp"  # a new file, never the one a killed run may have published by a hard link
    out = open(tmp, "wb") if policy == "keep-first" else None
    try:
        for line, aid in _ids(part):
            repeat = aid is not None and hash(aid) in maybe and dups.see(aid, article_key(parse(line)))
            if out is not None and not repeat:
                out.write(line)
    finally:
        if out is not None:
            out.close()
    if out is None or not dups.extra:
        if out is not None:
            os.remove(tmp)
        return dups, part
    os.replace(tmp, dest)
    return dups, dest


def from_json(data: dict[str, Any] | None) -> Duplicates:
    """The summary's ``duplicates`` back as an object (a finished run, resumed)."""
    data = data or {}
    return Duplicates(
        data.get("policy", "keep-first"), data.get("repeated_ids", 0), data.get("extra_articles", 0),
        list(data.get("examples", [])),
    )  # fmt: skip


__all__ = ["POLICIES", "Duplicates", "find", "from_json"]
