"""Enumerated items: the items of an ``A、B和C等`` list that the rule finders take.

A list before 等 names its items one by one: those that are numbered slogans themselves
(门前五包、院内四自等做法) are programmes, and before 等一批项目 / 等重大工程 every item is a
named work (成渝中线高铁、藻渡水库等重大项目).  ``enumerated`` reads each such list once, from
its 等; split from ``candidates.py`` (the other finders and the patterns they share) as a stage
of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import candidates as _candidates
from .candidates import NUMERALS, Candidate, after_stops, distinguishing, ends_with_head
from .coordination import lead_verb
from .lexicon import Lexicon

# Patterns whose methods are called below are bound by assignment, not imported by name: CPython
# 3.11 compiles NAME.search(...) as an attribute load and a new bound method per call when an
# import binds NAME (tests/test_method_calls.py).
NOT_A_NAME = _candidates.NOT_A_NAME


# Items of an enumeration that are numbered slogans themselves: 门前五包和院内四自.
ITEM = re.compile(rf"^[\u4e00-\u9fff]{{1,3}}[{NUMERALS}][\u4e00-\u9fff]{{1,2}}$")


# A numbered item that names a body is who, not what: 中铁十一局, 第三医院, 七中.
_ORG_END = re.compile(r"[局院厂所队部处科校社团中]$")
# Words that start with a numeral without counting anything: 红十字会, 一般, 统一.
_NUMERAL_WORD = re.compile(r"十字|一般|一定|一致|一切|一体|统一|万一")
# “A、B、C等一批铁路和高速公路 / 等重大项目”: the items are named construction projects.
WORKS_AFTER = re.compile(
    r"(?:一批|一大批|多个|\d+个)?(?:重大|重点)?(?:项目|工程|铁路和高速公路|铁路|高速公路|公路|交通项目|水利工程)"
)
WORK_NAME = re.compile(r"^[\u4e00-\u9fff（）]{3,20}$")


_LIST_BREAK = re.compile(r"[，。；：“”\n]")


def enumerated(text: str, lex: Lexicon, *, fast: bool = True) -> Iterator[Candidate]:
    # fast=False: _listed_before called at every 等 (the reference tests/test_perf12_perfprog12.py holds this to)
    i = text.find("等")
    while i >= 0:
        if not fast or text.find("、", max(0, i - 160), i) >= 0:  # _listed_before's own first test, without its call
            yield from _listed_before(text, i, lex, fast=fast)
        i = text.find("等", i + 1)


_NUMERAL = re.compile(f"[{NUMERALS}]")


def _listed_before(text: str, i: int, lex: Lexicon, *, fast: bool = True) -> Iterator[Candidate]:
    """The items of ``A、B和C等``: numbered slogans among them, and named works before 等一批项目.

    ``fast=False``: every item read even where none can be taken (the reference of the tests)."""
    lo = max(0, i - 160)
    if text.find("、", lo, i) < 0:
        return  # no list in reach (the segment below lies inside it)
    # after the last break (_LIST_BREAK's characters) in reach
    rfind = text.rfind
    cut = max(
        rfind("，", lo, i), rfind("。", lo, i), rfind("；", lo, i), rfind("：", lo, i),
        rfind("“", lo, i), rfind("”", lo, i), rfind("\n", lo, i),
    )
    begin = cut + 1 if cut >= 0 else lo
    segment = text[begin:i]
    if "、" not in segment:
        return
    works = bool(WORKS_AFTER.match(text, i + 1))
    if fast and not works and _NUMERAL.search(segment) is None:
        return  # outside a list of works only ITEM's numbered slogans are taken, and each holds a numeral
    pos = begin
    for n, item in enumerate(segment.split("、")):
        if not 2 <= len(item) <= 24:
            pos += len(item) + 1
            continue
        for part in _split_and(item, lex):
            off = text.find(part, pos)
            if off < 0:
                continue
            if ITEM.match(part) and not NOT_A_NAME.search(part) and not _ORG_END.search(part) and not _NUMERAL_WORD.search(part):
                yield Candidate(part, off, off + len(part), kind="item")
            elif works:
                if n == 0:
                    s = after_stops(text, off, off + len(part), lex)
                    # and after a verb the stops leave (加快建设成渝中线高铁、…, 提速建设藻渡水库、…: round 12)
                    lead = lead_verb(text, s, off + len(part))
                    if lead is not None and off + len(part) - lead >= 3:
                        s = lead
                    part, off = text[s : off + len(part)], s
                if WORK_NAME.match(part) and part not in lex.generic and distinguishing(part, lex, 3):
                    yield Candidate(part, off, off + len(part), kind="item")
        pos += len(item) + 1


def _split_and(item: str, lex: Lexicon) -> list[str]:
    if "以及" in item:
        # 以及 joins two items, never the words of one name (钦州电厂三期以及在建抽水蓄能电站等项目: round 25b);
        # 及 alone may (瓮福—江山新材料及电子化学品产业园)
        a, _, b = item.partition("以及")
        return [x for x in (a, b) if len(x) >= 2]
    if "和" in item:
        a, _, b = item.rpartition("和")
        if ITEM.match(b) or ends_with_head(a, lex):
            return [a, b]
    return [item]
