"""Passes over the purposes of amounts that stand in a list.

A list of amounts followed by one use (分别安排3亿元、2亿元用于A和B) gives each amount its
item of the use (:func:`uses_after`); items named before 分别 pair with the amounts in order
(交通、水利投资分别达到A、B: :func:`respectively`).  They run after every amount has its own
purpose (:func:`.purpose.find_purpose`), since they rewrite several records at once.
"""

from __future__ import annotations

import re

from ...records import Money
from ...segment import segment
from . import lexicon
from .clauses import SENTENCE_CHARS, WINDOW, clause_end, clause_start, next_clause
from .lexicon import CHANGE_VERB, LIST_JOINS

# The patterns whose methods this module calls are bound here by assignment, not imported by
# name: CPython 3.11 compiles NAME.search(...) on a name an import binds (it may be a module) as an
# attribute load and a call of a new bound method, +5 % of money's instructions a pass.
DIGIT_RE = lexicon.DIGIT_RE
MONEY_NOUN_RE = lexicon.MONEY_NOUN_RE
UNIT_RE = lexicon.UNIT_RE
USE_RE = lexicon.USE_RE

# The items of a use clause (建设A和B, A、B及C): split only where a join stands between two
# phrases of two characters at least
_USE_ITEM_SEP_RE = re.compile(r"(?<=[^\d，。；、和及与])(?:、|以及|和|及|与)(?=[^\d，。；、和及与]{2})")


def uses_after(text: str, out: list[Money]) -> list[Money]:
    """A list of amounts followed by a use (两笔资金分别为5000万元和3000万元，分别用于A和B;
    政府分别拨款20亿元及15亿元，用于A和B; 分别安排3亿元、2亿元用于A和B): the use is what each
    amount is for, item by item when 分别 pairs as many uses as amounts, else the use whole.
    The doer and its verb, or the money noun, before the list say nothing of the use."""
    i = 0
    while i < len(out):
        j = i
        # (a list's gap is a join after a unit at most: farther amounts need no regex)
        while (
            j + 1 < len(out)
            and out[j + 1].start - out[j].end <= 8
            and _list_gap(text, out[j].end, out[j + 1].start) in LIST_JOINS
        ):
            j += 1
        if j > i:
            last = out[j]
            e = last.end
            unit = UNIT_RE.match(text, e)
            e = unit.end() if unit else e
            end = clause_end(text, e)
            rest = text[e:end].strip()
            nxt = out[j + 1] if j + 1 < len(out) else None
            if not rest and end < len(text) and text[end] not in SENTENCE_CHARS:
                rest = next_clause(text, end, nxt) or ""
            elif nxt is not None and nxt.start < end:
                rest = ""
            use = USE_RE.match(rest)
            what = rest[use.end() :].strip() if use else ""
            if what and not DIGIT_RE.search(what):
                n = j - i + 1
                opening = text[clause_start(text, out[i].start, max(0, out[i].start - WINDOW)) : out[i].start]
                items = _USE_ITEM_SEP_RE.split(what)
                each = len(items) == n and ("分别" in opening or "分别" in use.group())  # type: ignore[union-attr]
                for k in range(i, j + 1):
                    r = out[k]
                    purpose = items[k - i] if each else what
                    out[k] = Money(r.text, r.amount, r.currency, r.start, r.end, r.amount_max, r.qualifier, purpose)
        i = j + 1
    return out


# 交通、水利投资分别达到845亿元、486.3亿元: n items named before 分别 go with n amounts, in order.
_ITEM_SEP_RE = re.compile(r"、")


def respectively(text: str, out: list[Money]) -> list[Money]:
    i = 0
    names: list[str] = []
    names_end = -1
    while i < len(out):
        j = i
        while j + 1 < len(out) and _list_gap(text, out[j].end, out[j + 1].start) in ("、", "和", "及"):
            j += 1
        n, purpose = j - i + 1, out[i].purpose
        if n >= 2 and purpose and all(out[k].purpose == purpose for k in range(i, j + 1)):
            clause = text[clause_start(text, out[i].start, max(0, out[i].start - WINDOW)) : out[i].start]
            items = _ITEM_SEP_RE.split(purpose)
            at = clause.rfind(purpose)
            if at >= 0 and len(items) < n:
                # 92号汽油、0号柴油批发价格分别为A、B: the bare items before the last one are
                # outside the phrase kept for the last amount
                bare = _BARE_ITEMS_RE.search(clause, 0, at)
                if bare and bare.end() == at:
                    items = bare.group()[:-1].split("、") + items
            # (the items stand before 分别: 甲、乙两村分别获得奖励 names no item per amount)
            if at >= 0 and "分别" in clause[at + len(purpose) :] and len(items) == n and all(items):
                # the items before the last may be bare (交通、); the last then carries
                # the money noun they share (水利投资)
                m = _SHARED_TAIL_RE.search(items[-1])
                head = m.group() if m and m.start() > 0 else ""
                items, head = _bare_items(items, head)
                names = [x if not head or x.endswith(head) else x + head for x in items[:-1]] + [items[-1]]
                names_end = out[j].end
                for k, name in zip(range(i, j + 1), names, strict=True):
                    r = out[k]
                    out[k] = Money(r.text, r.amount, r.currency, r.start, r.end, r.amount_max, r.qualifier, name)
            elif (
                len(names) == n
                and _COMPARED_RE.match(purpose)
                and names_end <= out[i].start
                and not any(c in text[names_end : out[i].start] for c in SENTENCE_CHARS)
            ):
                # …分别为A、B，较7月27日分别上涨C、D: each change is its item's, against the base named
                change = purpose.replace("分别", "")
                for k, name in zip(range(i, j + 1), names, strict=True):
                    r = out[k]
                    out[k] = Money(r.text, r.amount, r.currency, r.start, r.end, r.amount_max, r.qualifier, name + change)
                names = []
        i = j + 1
    return out


def _bare_items(items: list[str], head: str) -> tuple[list[str], str]:
    """Items of a 分别 list as words: when the middle items are one word each (交通、水利、), the
    first is its last word (力争全年交通 -> 交通: the words before it lead the whole list) and
    the last, beyond its first word, is the measure they share (能源|领域投资额)."""
    words = [[t.text for t in segment(x)] for x in items]
    if len(items) < 3 or any(len(w) != 1 for w in words[1:-1]) or len(words[-1]) < 2:
        return items, head
    tail = "".join(words[-1][1:])
    if len(tail) < 2 or DIGIT_RE.search(tail) or not MONEY_NOUN_RE.search(tail):
        return items, head
    return [words[0][-1], *items[1:]], tail if len(tail) > len(head) else head


def _list_gap(text: str, end: int, start: int) -> str:
    """The words between two amounts of a list, after a unit the first one carries (9154元/吨、)."""
    unit = UNIT_RE.match(text, end, start)
    return text[unit.end() if unit else end : start]


_BARE_ITEMS_RE = re.compile(r"(?:[^、，。；：！？\n（）()“”]{1,12}、)+")
# the measure a list of items shares (92号汽油、柴油平均批发价格 → 92号汽油平均批发价格)
_SHARED_TAIL_RE = re.compile(
    r"(?:平均|人均|年均)?(?:批发|零售|出厂|收购|销售|市场)?(?:投资|收入|支出|余额|产值|增加值|营收|利润|资金|经费|补贴|补助|"
    r"价格|成本|总额|金额|成交额|交易额|销售额|营业额|进出口额|出口额|进口额)$"
)
# 较7月27日分别上涨, 同比增长: a change against a base
_COMPARED_RE = re.compile(r"^(?:较|比|同比|环比|相比|相较)[^，。；]{0,30}?" + CHANGE_VERB)
