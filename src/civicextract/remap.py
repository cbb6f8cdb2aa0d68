"""The pipeline's last step per article: the records' spans made offsets into the
original input, and the Article built from them.

Apart from ``pipeline`` so that mypyc can compile it (hatch_build.COMPILED): it
runs once per record, where the pipeline's own control flow (timers, batches,
errors) runs once per article and stays plain Python.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import fields
from functools import cache
from operator import attrgetter
from typing import Any

from .document import Document
from .records import Article


def article_of(doc: Document, found: dict[str, tuple]) -> Article:
    if "officials" in found:
        # Bylines name journalists, never officials; but a holder of a public post who signs
        # a commentary (【撰文：某区区议员某某】) is both, and keeps the post the officials read.
        staff = set(doc.meta.reporters) | {doc.meta.editor}
        found["officials"] = tuple(o for o in found["officials"] if o.name not in staff or o.titles)
    return Article(id=doc.id, meta=doc.meta, **found)


def span_mapper(doc: Document) -> Callable[[int, int], tuple[int, int]] | None:
    """The chain's ``span`` with its maps looked up once per article, not once
    per span; None when nothing before the extractors moved a character (a
    quarter of the articles: their records are kept as they are)."""
    maps = doc.offsets.maps
    if not maps:
        return None
    if len(maps) == 1:
        return maps[0].span  # (most articles: one cut at the head)
    maps = maps[::-1]

    def to_original(start: int, end: int) -> tuple[int, int]:
        for m in maps:
            start, end = m.span(start, end)
        return start, end

    return to_original


def to_original_all(
    records: Iterable[Any], to_original: Callable[[int, int], tuple[int, int]] | None, n: int, doc: Document
) -> tuple:
    """``records`` with their spans made offsets into ``doc.original``.

    A record whose spans map to themselves is kept, not rebuilt; the others are
    rebuilt positionally (dataclasses.replace() re-inspects the fields on every
    call and was a tenth of the pipeline's time).  A span outside ``doc.text``
    raises (``doc.to_original``'s ValueError), with or without a map."""
    out = []
    cls = None
    for r in records:
        if type(r) is not cls:  # (an extractor returns records of one class)
            record_class: type = type(r)  # (declared: mypy takes type(r)'s type[Any] for no Hashable)
            cls = record_class
            get_values, i, j, k = _span_fields(record_class)
        changed = False
        if i >= 0:
            s, e = span = r.start, r.end
            if not 0 <= s <= e <= n:
                doc.to_original(s, e)  # (raises its ValueError)
            if to_original is not None:
                span = to_original(s, e)
                changed = span != (s, e)
        if k >= 0:
            old = r.mentions
            for ms, me in old:
                if not 0 <= ms <= me <= n:
                    doc.to_original(ms, me)
            if to_original is not None:
                mentions = tuple([to_original(ms, me) for ms, me in old])
                changed = changed or mentions != old
            elif not (isinstance(old, tuple) and all(isinstance(m, tuple) for m in old)):
                mentions = tuple([(ms, me) for ms, me in old])  # (as a tuple of tuples, as mapped ones are)
                changed = True
            else:
                mentions = old
        if not changed:
            # Spans already the original's (nothing cut or rewritten before them): kept as it is.
            out.append(r)
            continue
        values = list(get_values(r))
        if i >= 0:
            values[i], values[j] = span
        if k >= 0:
            values[k] = mentions
        out.append(cls(*values))
    return tuple(out)


@cache
def _span_fields(cls: type) -> tuple[Callable[[Any], tuple], int, int, int]:
    """A getter of a record class's init fields (one tuple, read in C), and the
    positions of start, end and mentions among them (-1 if none)."""
    names = tuple(f.name for f in fields(cls) if f.init)
    i, j = (names.index("start"), names.index("end")) if "start" in names else (-1, -1)
    k = names.index("mentions") if "mentions" in names else -1
    get = attrgetter(*names) if len(names) > 1 else (lambda r: (getattr(r, names[0]),))
    return get, i, j, k
