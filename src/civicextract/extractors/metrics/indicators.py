"""Indicator names of statistical bulletins and work reports, and how they anchor subjects.

``models/indicators.txt`` lists the closed class of what those texts measure
(地区生产总值, 规上工业增加值, 城镇化率, 空气质量优良天数比例 …, with the short forms
news uses, and the rates of campaign reports: 达标率, 知晓率 …).  Two places use it:

- a change or comparison after an indicator's figure (``规上工业增加值增长7.6%、
  高于全国1.7个百分点``, ``…同比增加1308元，增长27.4%``): the subject rules give the
  comparison alone (``高于全国``), as fit's annotators often write it; the
  indicator named earlier in the sentence is put before it
  (``规上工业增加值高于全国``), so the subject holds both what changed and the
  comparison, whichever of the two a reader (or gold) takes as the subject;
- a ``分别`` list whose items share the measure of the last one
  (``城镇、农村居民人均可支配收入分别增长4.3%、5.3%``): each earlier item gets the
  shared head (``城镇居民人均可支配收入``), the head being one of the bulletins'
  measure words (``MEASURE_HEADS``).

Both only add to a subject the rules already chose; neither runs a search over
the whole text (windows of at most ``_BACK`` characters, at the few figures
concerned).
"""

from __future__ import annotations

import re

from civicextract.resources import alternation, data_lines

_WORDS = tuple(w.strip() for w in data_lines("indicators.txt") if not w.startswith("##"))
INDICATOR_RE = re.compile(alternation(_WORDS))

# The measure a 分别 list's items share when only the last item writes it
# (一产、二产、三产增加值; 城镇、农村居民人均可支配收入): the bulletins' measure
# words, longest first so the whole shared head is taken.
MEASURE_HEADS = (
    "居民人均可支配收入", "人均可支配收入", "居民人均消费支出", "人均消费支出", "先进产能占比",
    "增加值", "总产值", "产值", "产量", "营业收入", "营收", "零售额", "销售额", "利润总额", "利润",
    "进出口额", "进出口", "出口额", "进口额", "投资额", "投资", "存款余额", "贷款余额", "占比", "比重",
    "覆盖率", "普及率", "达标率", "入学率", "巩固率",
    # (锂离子蓄电池、盐湖化工产品出口分别增长3.8倍、80.2%: round 20)
    "出口", "进口", "销量",
)
_HEAD_RE = re.compile(f"(?:{alternation(MEASURE_HEADS)})$")

# A subject that is only a change or a comparison (增长, 同比增长, 高于全国, 比9月加快,
# 较2011年提高了): what changed is not in it.
_COMPARISON_ONLY_RE = re.compile(
    r"(?:同比|环比|分别|年均|均)*"
    r"(?:(?:比|较|高于|低于|快于|慢于|超过|超出|好于|优于)[^，、。；：]{0,8}?)?"
    r"(?:增长|下降|增加|减少|提高|提升|降低|上升|回落|回升|加快|放缓|上涨|下跌|高出|低出|高|低|多|少)?了?"
)
COMPARISON_LAST = frozenset("长降加少高升低落快缓涨跌出多了国省市区县均期平准")  # (comparisons.py gates on it too)
# (greedy, then back to the last stop: one C scan of the window)
_LAST_SENTENCE_STOP_RE = re.compile(r"(?s:.*)[。！？；\n]")
_BACK = 60  # how far back in the sentence the indicator may be named
_CLAUSE_OPEN = frozenset("，、,：:")


# What such a subject opens with: the cheap test before the regex (most subjects open otherwise)
_COMPARISON_FIRST = frozenset("同环分年均比较高低快慢超好优增下减提降上回加放了多少")


def is_comparison_only(subject: str) -> bool:
    """A subject that says only how a figure changed or compares (增长, 比上年提高, 高于全国)."""
    return (
        len(subject) <= 14 and subject[0] in _COMPARISON_FIRST and subject[-1] in COMPARISON_LAST
        and _COMPARISON_ONLY_RE.fullmatch(subject) is not None
        and INDICATOR_RE.search(subject) is None
    )


def _named_before(text: str, pos: int) -> str | None:
    """The last indicator named in the sentence before ``pos`` (in an earlier clause),
    with the words of its clause before it when they are few (工业战略性新兴产业总产值)."""
    lo = max(0, pos - _BACK)
    window = text[lo:pos]
    stop = _LAST_SENTENCE_STOP_RE.match(window)
    if stop is not None:
        window = window[stop.end() :]
    last = None
    for m in INDICATOR_RE.finditer(window):
        last = m
    if last is None:
        return None
    # the clause the indicator stands in must end before the figure's own clause,
    # and give the indicator's own figure (占人均可支配收入比重最大，: no figure, no anchor)
    rest = window[last.end() :]
    close = min((k for k in (rest.find(c) for c in _CLAUSE_OPEN) if k >= 0), default=-1)
    if close < 0 or not any(c.isdigit() for c in rest[:close]):
        return None
    opening = max(window.rfind(c, 0, last.start()) for c in _CLAUSE_OPEN)
    lead = window[opening + 1 : last.start()]
    if 0 < len(lead) <= 4 and not any(c.isdigit() for c in lead):
        return lead + last.group()  # (全市 规模以上工业增加值, 民营经济 增加值)
    return last.group()


def anchor(text: str, starts: list, out: list[str | None]) -> None:
    """Put the indicator named earlier in the sentence before a comparison-only subject.

    ``starts[i]`` (or ``starts[i][0]``, a hit) is where the i-th figure begins."""
    for i, subj in enumerate(out):
        if subj and subj[0] in _COMPARISON_FIRST and is_comparison_only(subj):
            start = starts[i] if isinstance(starts[i], int) else starts[i][0]
            named = _named_before(text, start - len(subj) if text.endswith(subj, 0, start) else start)
            if named and not subj.startswith(named):
                out[i] = named + subj


def shared_head(items: list[str]) -> list[str]:
    """一产、二产、三产增加值 -> 一产增加值, 二产增加值, 三产增加值: the last item's
    measure head given to earlier items that write none (of their own)."""
    if len(items) < 2:
        return items
    m = _HEAD_RE.search(items[-1])
    if m is None or m.start() == 0:
        return items
    head = m.group()
    if any(_HEAD_RE.search(x) or INDICATOR_RE.search(x) or len(x) > 8 for x in items[:-1]):
        return items
    return [x + head for x in items[:-1]] + [items[-1]]
