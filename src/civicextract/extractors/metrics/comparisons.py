"""Comparisons and changes stated after a figure, and subjects that name nothing (round 17).

Local news and statistics releases state an indicator's figure, then in the next clause
how it compares or how it changed, without naming the indicator again:

- ``增长10.5%，高于全国、全省6.7个、5.2个百分点``: a list of what it is compared with
  and a list of margins, in order (``comparator_pairs``);
- ``指数为51.2%，较上月下降4.5个百分点``, ``工业投资加速扩张，同比增长22.2%``: a
  change alone, whose indicator is the figure's or the topic of the clause before
  (``change_of_what_came_before``).

The subject rules give such figures the comparison or the change alone (``较上月下降``);
the indicator is put before it, as ``indicators.anchor`` does for the indicators it
knows by name, so the subject holds both.  ``named_or_next_best`` replaces a subject
that names nothing (a unit's fragment left over, ``3吨多`` giving ``多``; a bare
function word) with the phrase before the figure.

Every pass looks only at the few figures concerned and at windows of a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from civicextract.extractors.metrics import indicators

# 高于全国、全省 / 分别快于全省和全市 / 均低于全国、全省: whom the figures are compared with
_COMPARATOR_LIST_RE = re.compile(
    r"(?:均|分别|还|也|又)*(高于|低于|快于|慢于|超过|超出|好于|优于|领先)"
    r"((?:[^、，。；：！？\n\d和及]{1,6}(?:、|和|及))+[^、，。；：！？\n\d和及]{1,6})$"
)
_LIST_GAPS = frozenset({"、", "和", "及", "以及"})
_CLAUSE_STOPS = "，,。；：！？\n"
_SENTENCE_STOPS = frozenset("。；！？\n")

# A period before a change (1-7月增长, 1月到5月增长, 上半年同比增长): when, not what changed
_PERIOD_LEAD_RE = re.compile(
    r"^(?:今年|全年|去年|上半年|下半年|前三季度|一季度|二季度|三季度|四季度|"
    r"\d{1,2}(?:月份?)?(?:-|—|－|到|至)\d{1,2}月份?|\d{1,2}月份?)"
)
# A change alone (the rules' subject of 较上月下降4.5个百分点, 同比增长22.2%)
_CHANGE_ONLY_RE = re.compile(
    # (round 28: an adverb first, 亦较去年11月增加, a month in the base, and a degree, 大幅上升)
    r"(?:亦|也|则|都|更|又)?(?:同比|环比|分别|均)?(?:(?:比|较)(?:[^，、。；：\d]|\d{1,4}[年月]){0,6}?)?"
    r"(?:大幅|明显|显著|小幅|略有|略)?(?:增长|下降|增加|减少|提高|提升|降低|上升|回落|回升|上涨|下跌)了?"
)
# (session 29) The pace named alone (总产值完成4.32亿元，增速5.5%): a change of what came before
_PACE_ALONE = frozenset({"增速", "增幅", "同比增速", "同比增幅"})
# The last characters of _CHANGE_ONLY_RE's matches (增长, 下降 … 下跌, then 了 or not); the
# period taken off before it leaves the last character where it was
_CHANGE_LAST = frozenset("长降加少高升低落涨跌了速幅")
_CLAUSE_BACK = 24  # how far back the comparators may be listed
_BASE_GAP_MAX = 16  # the base figure's clause ends at most this far before the change's figure
_BASE_MAX = 16  # a longer subject before is a clause the rules took whole, not an indicator

# The change a base subject ends with (公司销售收入同比下降): not carried to the next change
_BASE_CHANGE_END_RE = re.compile(
    r"(?:同比|环比|比上年|较上年)?(?:增长|下降|增加|减少|提高|提升|降低|上升|回落|回升|上涨|下跌)了?$"
)
# A topic that is a time or a reference, not what was measured (之后下降, 下同）同比增长)
# (占比最大, 居全省第一: a rank or share said of the topic, not the topic itself)
_NOT_TOPIC_RE = re.compile(
    r"^(?:之后|然后|其后|随后|此后|之前|此前|目前|当前|下同|同时|其中|另外|此外|占)|[（）()]|(?:最[大小高低多少]|第[一二三])$"
)


def comparator_pairs(text: str, hits: list, out: list[str | None]) -> None:
    """高于全国、全省6.7个、5.2个百分点: the i-th margin is the one against the i-th comparator."""
    i = 0
    n = len(hits)
    while i < n - 1:
        j = i
        # (the gap's length first: _LIST_GAPS holds one- and two-character gaps, and most
        # figures stand further apart, so no slice is made for them)
        while j + 1 < n and 0 < hits[j + 1].start - hits[j].tail <= 2 and text[hits[j].tail : hits[j + 1].start] in _LIST_GAPS:
            j += 1
        if j > i:
            start = hits[i].start
            lo = max(0, start - _CLAUSE_BACK)
            cut = max(text.rfind(c, lo, start) for c in _CLAUSE_STOPS)  # (the clause's last stop)
            clause = text[cut + 1 if cut >= 0 else lo : start]
            m = _COMPARATOR_LIST_RE.search(clause)
            if m is not None:
                items = re.split("、|以及|和|及", m.group(2))
                if len(items) == j - i + 1:
                    for k, item in zip(range(i, j + 1), items, strict=True):
                        out[k] = m.group(1) + item
        i = j + 1


def _change_alone(subject: str) -> str | None:
    """The change of a subject that is only a (dated) change, without its period; else None."""
    if subject[-1:] not in _CHANGE_LAST:
        return None  # (most subjects: no sub and no match run for them, as change_of_what_came_before tests every one)
    bare = _PERIOD_LEAD_RE.sub("", subject)
    if bare in _PACE_ALONE:
        return bare  # (an indicator word of its own, but of no indicator: 增速 of what came before)
    if bare and _CHANGE_ONLY_RE.fullmatch(bare) and indicators.INDICATOR_RE.search(bare) is None:
        return bare
    return None


# The last characters a subject _comparison_alone accepts may end with (is_comparison_only's or
# _change_alone's): the cheap test before the call (tests/test_perf19.py pins it)
_ALONE_LAST = indicators.COMPARISON_LAST | _CHANGE_LAST


def _comparison_alone(subject: str) -> bool:
    # (one character, 多 or 高, is a leftover, not a change: named_or_next_best's)
    return len(subject) >= 2 and (indicators.is_comparison_only(subject) or _change_alone(subject) is not None)


# How the topic clause says the indicator moved (增速回升, 持续增长, 加速扩张): not its name
_TOPIC_MOVE_RE = re.compile(
    r"(?:增速|增幅|规模|势头)?(?:持续|稳步|加速|加快|继续|保持|快速|明显|逐步|稳定)*"
    r"(?:增长|回升|扩张|向好|上升|下降|回落|提升|恢复|放缓)$"
)


# A clause that only frames a comparison (，与去年同期相比，): no topic
_FRAME_RE = re.compile(r"[，,](?:与|同|和|跟)[^，,。；]{1,16}(?:比较|相比|对比)(?=[，,])")


def change_of_what_came_before(
    text: str, hits: list, out: list[str | None], topic_before: Callable[[str, int, int], str | None]
) -> None:
    """A change or comparison alone, in the clause after a figure (or after a figureless
    clause of the same sentence): the indicator measured there, then the change."""
    for i, subj in enumerate(out):
        # (the last character first, in a set: most subjects end otherwise, and no call is made for them)
        if not subj or subj[-1] not in _ALONE_LAST or not _comparison_alone(subj):
            continue
        change = _change_alone(subj) or subj
        # the first figure of this clause's group (高于全国、全省6.7个、5.2个: both are compared)
        k = i
        while k > 0 and text[hits[k - 1].tail : hits[k].start] in _LIST_GAPS:
            k -= 1
        if k > 0:
            gap = text[hits[k - 1].tail : hits[k].start]
            if "比" in gap:
                # (round 28) 日均游客有N万人次，与前年国庆长假比较，大幅上升M倍: a clause that
                # frames the comparison stands between the figure and its change
                gap = _FRAME_RE.sub("", gap)
            base = _indicator_of(out[k - 1])
            if (
                base and len(base) <= _BASE_MAX and len(gap) <= _BASE_GAP_MAX and gap[:1] in "，," and not _SENTENCE_STOPS.intersection(gap)
                and gap.count("，") + gap.count(",") == 1 and not _comparison_alone(base)
            ):
                out[i] = (_BASE_CHANGE_END_RE.sub("", base) or base) + change
                continue
        floor = hits[k - 1].tail if k > 0 else 0
        measured = _measured_before_amount(text, hits[k].start, floor)
        if measured is not None:
            out[i] = measured + change
            continue
        topic = topic_before(text, hits[k].start, floor)
        topic = _TOPIC_MOVE_RE.sub("", topic) if topic else None
        if (
            topic and len(topic) >= 3 and not _NOT_TOPIC_RE.search(topic) and not _comparison_alone(topic)
            and not any(c.isdigit() for c in topic)
        ):
            out[i] = topic + change


# (session 29) The lead of a subject the rules took with its clause (2025年全国新型储能等效利用小时数,
# 市场监管总局完成经营者集中反垄断审查): its year or period, and who did what before the verb of doing.
_YEAR_LEAD_RE = re.compile(r"^(?:\d{4}年(?:度|上半年|下半年|前三季度|[一二三四]季度|\d{1,2}(?:-|—|－|到|至)?\d{0,2}月份?)?|今年|去年|全年)[，,]?")
_DONE_RE = re.compile(r"(?:完成|实现|办理|受理|审结|录得)")


def _indicator_of(base: str | None) -> str | None:
    """``base`` when short enough to name an indicator; else without its year and its doer."""
    if not base or len(base) <= _BASE_MAX:
        return base
    base = _YEAR_LEAD_RE.sub("", base)
    return _after_doing(base) if len(base) > _BASE_MAX else base


def _after_doing(phrase: str) -> str:
    """What was done, without who did it (全市实现地区生产总值 -> 地区生产总值)."""
    ends = [m.end() for m in _DONE_RE.finditer(phrase)]
    return phrase[ends[-1] :] if ends and len(phrase) - ends[-1] >= 2 else phrase


# (session 29) A clause that ends in an amount of money or a figure the metrics do not keep
# (消费金额达到786.13亿元，同比增长12.88%; 总产值完成4.32亿元，增速5.5%): the change is of what the
# amount measures, the words before it less the verb that reaches it.
_AMOUNT_END_RE = re.compile(
    r"(?:人民币|港币|美元)?(?:[近约超逾]|超过)?\d[\d,.]*(?:万|亿|万亿)?(?:元|美元|港元|澳门元|人民币)$"
)
_DATED_LEAD_RE = re.compile(r"^.*\d(?:年度|年|月份|月|日|季度|季)?")
_REACH_END_RE = re.compile(
    r"(?:达到了?|达|完成|实现|为|是|突破|超过|增加到|增至|提高到|升至|共计|累计|合计|约|近|超|只有|仅有|仅得|获得|仅|有)+$"
)
# A clause before that is itself a change or comparison (较…的N亿元增加M亿元): its amount measures no indicator
_NOT_MEASURE_RE = re.compile(r"元|^(?:较|比|与|同)|(?:增加|减少|增长|下降|上升|回落|提高|降低)$")


def _measured_before_amount(text: str, start: int, floor: int) -> str | None:
    """What the amount that ends the clause right before ``start`` measures, in the same sentence."""
    comma = max(text.rfind(c, max(floor, start - 12), start) for c in _CLAUSE_STOPS)  # the change's clause opens
    if comma <= floor or text[comma] not in "，," or "元" not in text[max(floor, comma - 8) : comma]:
        return None  # (money ends in 元: nothing else is looked at)
    lo = max(floor, comma - 40)
    cut = max(text.rfind(c, lo, comma) for c in _CLAUSE_STOPS)
    clause = text[cut + 1 if cut >= 0 else lo : comma]
    m = _AMOUNT_END_RE.search(clause)
    if m is None or _NOT_MEASURE_RE.search(clause, 0, m.start()):
        return None
    name = _YEAR_LEAD_RE.sub("", _REACH_END_RE.sub("", clause[: m.start()]))
    # (the dated lead runs through the last digit: no digit is left in the name)
    name = _after_doing(_DATED_LEAD_RE.sub("", name))  # 2024—2025冰雪季…: the season is when
    if not 2 <= len(name) <= 20 or _NOT_TOPIC_RE.search(name) or _NOT_MEASURE_RE.search(name):
        return None
    return name


# (session 29) A share named alone (占比25%, 占出口总值近七成, 占全省的15%): of what the clause before is about
_SHARE_ALONE_RE = re.compile(r"占(?:比|[^，,。；：、\d]{1,10}?(?:的)?(?:比重|比例|份额)?)?")
# How the clause before says its topic stands out or moves (基础设施问题凸显, 收入保持两位数增长): not its name
_TOPIC_STANDING_RE = re.compile(r"(?:保持|实现)?(?:两位数|较快|快速|稳定|平稳)?(?:增长|上升|回升)$|(?:凸显|突出|明显|居多|为主)$")


# A clause that says something of its topic rather than naming it (第二产业是用电主力, 增速比上年加快,
# 展出地点位于…, 突破万亿元大关): no owner
_NOT_OWNER_RE = re.compile(r"是|位于|来自|加快|放缓|深化|不断|增速|增幅|比上年|较上年|元|大关")


def owner_of_share_alone(
    text: str, hits: list, out: list[str | None], topic_before: Callable[[str, int, int], str | None]
) -> None:
    """A share whose subject names only what it is a share of takes the owner the clause before names:
    the figure before's subject, the words before an amount of money, or the clause's topic."""
    for i, subj in enumerate(out):
        if not subj or subj[0] != "占" or subj.startswith("占地") or _SHARE_ALONE_RE.fullmatch(subj) is None:
            continue  # (占地面积 is an area, no share)
        floor = hits[i - 1].tail if i else 0
        if i and text[floor : hits[i].start].lstrip("，,").startswith(subj) and text[floor : floor + 1] in "，,":
            before = out[i - 1]
            owner = _REACH_END_RE.sub("", _BASE_CHANGE_END_RE.sub("", before)) if before and not before.startswith("占") else None
        else:
            owner = _measured_before_amount(text, hits[i].start, floor)
            if owner is None:
                topic = topic_before(text, hits[i].start, floor)
                owner = _TOPIC_STANDING_RE.sub("", topic) if topic else None
        if owner and len(owner) >= 2 and not _NOT_TOPIC_RE.search(owner) and not _NOT_OWNER_RE.search(owner):
            out[i] = owner + subj


# What names nothing: a joining or function word, a bare time word; and, right after the figure, the
# leftover of its unit (3吨多, 8架份, 2万余).  (Not any one character: 县, 村, 长, 死 name what they
# count; and 多 before the figure is a comparison: 比…的188次多了27次.)
_NOTHING_WORDS = frozenset({"分", "和", "及", "与", "或", "的", "了", "其中", "目前", "当前", "当天", "当日", "近年来", "截至目前"})
_LEFTOVERS = frozenset({"多", "余", "份"})
_NOTHING_OR_LEFTOVER = _NOTHING_WORDS | _LEFTOVERS


def _names_nothing(subject: str) -> bool:
    return subject in _NOTHING_WORDS


def named_or_next_best(text: str, hits: list, out: list[str | None], left: Callable[[str, Any, int], str]) -> None:
    """A subject that names nothing (多 of 3吨多, 份 of 8架份, 分 of 分三批) yields to the
    phrase before the figure, or to None when that phrase names nothing either."""
    for i, subj in enumerate(out):
        # (one set lookup first: most subjects are neither, and no call is made for them)
        if subj and subj in _NOTHING_OR_LEFTOVER and (
            _names_nothing(subj) or (subj in _LEFTOVERS and text.startswith(subj, hits[i].tail))
        ):
            before = left(text, hits[i], hits[i - 1].tail if i else 0)
            out[i] = before if before and not _names_nothing(before) and before not in _LEFTOVERS else None


# The counted noun after a modifier the rules cut at its first 、 (4辆满载柚汁、豆干等预制菜的
# 集装箱货车): the head after 的, within the clause (across a ，the 的 is another noun's)
_MODIFIER_RE = re.compile(r"[^，。；：！？\n\d的“”]{1,28}?的(?=[^\d的])")
_COUNTING_UNITS = frozenset("辆座个家所台艘架只头件套栋间块条支名位户处")
# A modifier opens with a verb of carrying or doing (满载柚汁、…的货车; 生产玩具、服装的企业); a
# noun there (103家规上企业、…的职工) is what is counted, and the 的 is another noun's
_MODIFIER_VERB_RE = re.compile(r"满载|装满|装载|载有|载着|生产|经营|从事|销售|种植|养殖|提供|涉及")


def counted_after_modifier(text: str, hits: list, out: list[str | None], right: Callable[[str, int], tuple[str, int]]) -> None:
    """4辆满载柚汁、猪肉罐头等预制菜的集装箱货车: a count whose right-hand subject stops at a 、
    inside a modifier counts the noun the modifier ends on."""
    for i, h in enumerate(hits):
        subj = out[i]
        if (
            not subj or h.unit not in _COUNTING_UNITS or not text.startswith(subj, h.tail)
            or _MODIFIER_VERB_RE.match(subj) is None
        ):
            continue
        after = h.tail + len(subj)
        if text[after : after + 1] != "、":
            continue
        m = _MODIFIER_RE.match(text, after)
        if m is None or "，" in m.group() or (i + 1 < len(hits) and hits[i + 1].start < m.end()):
            continue
        head = right(text, m.end())[0]
        if len(head) >= 2:
            out[i] = head
