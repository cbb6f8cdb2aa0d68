"""Subjects of metrics, a last pass: figures that only follow up the figure before (session 25).

Hong Kong statistics releases say a figure and then go on about it without naming it again: its
level after its change (共增加两成，至九千万人次), the runner-up (其次是…), its change on the year in
Hong Kong's words (按季跌三成; mainland 同比 is left to the general rules, whose gold writes it
bare), a baseline compared with (比早前公布的…, 多出…) and the second of a pair (分别调低至七成及五成).  Each takes what the figure before in the same sentence measures.
"""

from __future__ import annotations

import re

from .hit import Hit

_SENTENCE_END_RE = re.compile(r"[。！？\n]")
# what stands between the figure before and this one when this one is its level after the change
_TO_LEVEL_RE = re.compile(r"[，,]?(?:至|增至|升至|降至|减至|跌至|上升至|下跌至)")
_PAIR_WORDS = frozenset(("及", "和", "与", "、"))
# a subject that names no measure: the runner-up, a baseline, a margin
_FOLLOW_UP_RE = re.compile(
    # (其次为面积…的单位 names a measure of its own: only a time after 其次为 follows up)
    r"其次(?:为|是)?(?:\d{1,4}(?:年|月份|月)|[上下]半年|第[一二三四]季|今年|去年)?"
    r"|(?:较|比)(?:上一次|上次|之前|上期|上一期|早前)(?:公布|公佈)?"
    r"|(?:还|亦)?要?(?:高出|多出|低出|少)"
)
# a cumulative change this year in Hong Kong's words (今年以来累升, 今年首5个月累计升)
_CUMULATIVE = r"(?:今年|去年)(?:以来|首\d{1,2}个月)?(?:累计|累积|累)(?:升|跌|上升|下跌|增加|减少)"
_CUMULATIVE_RE = re.compile(_CUMULATIVE)
# what a whole match of _FOLLOW_UP_RE and of _HK_CHANGE_RE opens with (most subjects open otherwise:
# one look-up instead of two regex calls a figure)
_FOLLOW_UP_FIRST = frozenset("其较比还亦要高多低少")
_HK_CHANGE_FIRST = frozenset("同亦也均则连按今去")
# what a subject that follows_ups may re-read opens with: a cumulative change (今, 去) or the two above
_MAY_FOLLOW_FIRST = frozenset("今去") | _FOLLOW_UP_FIRST | _HK_CHANGE_FIRST
# a change on the year, quarter or month in Hong Kong's words (连升…，按年升), or a cumulative one, with
# nothing of what changed
_HK_CHANGE_RE = re.compile(
    r"(?:同样|亦|也|均|则)?(?:连[升跌])?(?:按年|按月|按季)(?:则|亦)?(?:上升|升|增加|增长|多|下跌|跌|减少|下降|上涨|涨|减|增)"
    rf"|{_CUMULATIVE}"
)


def follow_ups(text: str, hits: list[Hit], out: list[str | None]) -> None:
    """Give each figure that only follows up the figure before it that figure's subject (or, for a
    change in Hong Kong's words, that subject and the change)."""
    for i in range(1, len(hits)):
        before, subj = out[i - 1], out[i]
        if not before:
            continue
        if subj and subj[0] not in _MAY_FOLLOW_FIRST and subj not in _PAIR_WORDS:
            continue  # (no branch below reads such a subject: no scan of the gap for a sentence's end)
        if _SENTENCE_END_RE.search(text, hits[i - 1].tail, hits[i].start):
            # 今年以来累升1.9% opening the next sentence: the year's change of the figure before
            if subj and subj[0] in "今去" and _CUMULATIVE_RE.fullmatch(subj) and len(_SENTENCE_END_RE.findall(text, hits[i - 1].tail, hits[i].start)) == 1:
                out[i] = _without_change(before) + subj
            continue
        if subj is None or subj in _PAIR_WORDS:  # (a bare 及 is cleaned to no subject later)
            gap = text[hits[i - 1].tail : hits[i].start]
            # (a pair only of one unit: 3万余亩、近200万株 counts another thing)
            if _TO_LEVEL_RE.fullmatch(gap) or (gap in _PAIR_WORDS and hits[i].unit == hits[i - 1].unit):
                out[i] = before
        elif subj[:1] in _FOLLOW_UP_FIRST and _FOLLOW_UP_RE.fullmatch(subj):
            out[i] = before
        elif subj[:1] in _HK_CHANGE_FIRST and _HK_CHANGE_RE.fullmatch(subj) and _without_change(before):
            out[i] = _without_change(before) + subj  # (指数报…按月跌…，按年则跌: the index, then its change)


def _without_change(subject: str) -> str:
    """A subject without the Hong Kong change it ends with (楼价指数报按月跌 -> 楼价指数报)."""
    m = _HK_CHANGE_RE.search(subject)
    return subject[: m.start()] if m else subject
