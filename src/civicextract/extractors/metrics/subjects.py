"""Subjects of metrics: what a counted or measured quantity counts or measures.

The subject is a phrase of the same sentence (spec: metrics.subject): the
noun phrase after the unit when one follows (``432个申报点位``), else the
phrase before the number back to the clause's start (``拆除违章建筑1.8万平方米``).
A few constructions of the genre are read as such: ``分别`` lists
(``地区生产总值、固定资产投资分别增长21.2%、39.9%``), continuations
(``比重从17.9%提升到35.5%``), a label before each number (``主线1条支线4条``),
counts of people (``率队一行6人``, ``其余15人被困``) and percentages that
modify a noun (``100%的乡镇``).  Plain string and regex work on a window of
a few dozen characters around each number: no segmentation.

This module holds ``subjects``, the pass over a text's figures in order that
relates each to the one before (lists, continuations, comparisons, gaps), as
its stages: ``_glued_to_before`` (a figure right after another),
``_same_measure_again``, ``_left_floor`` and ``choose_subject`` for the rest,
``_as_figure_before`` (no subject of its own), then ``_later_passes``.
The stages it calls are modules of their own: ``phrases`` (where the phrases
around a figure begin and end), ``chooser`` (the subject of one figure),
``owners`` (subjects named in a clause before), ``neighbours`` (passes that
carry a subject between figures), and the later passes ``examples``,
``comparisons`` and ``indicators``.
"""

from __future__ import annotations

import re

from civicextract.extractors.metrics import comparisons, examples, indicators

from . import chooser as _chooser
from . import hit as _hit
from . import owners as _owners
from . import phrases as _phrases
from .chooser import VERB_END_LAST, choose_subject, indicator_before
from .follow_ups import follow_ups
from .forms import POLL_ANSWER_VERBS
from .hit import PEOPLE_MEASURES, PERSON_UNITS, RATE_UNITS, Hit
from .neighbours import (
    GROUP_COUNT_UNITS,
    carried_over,
    changed_quantity,
    each_of_counted,
    elided_noun,
    glued_households,
    object_before,
    place_run,
    share_that_is,
    shared_noun,
    shared_right,
)
from .owners import RESPECTIVELY, respectively, topic_before
from .parts import parts_and_items
from .phrases import (
    CHANGE_DEGREES,
    CHANGE_VERBS,
    CLAUSE_STOPS,
    HARD_STOPS,
    LEFT_WINDOW,
    left_bounds,
    left_phrase,
    raw_right,
    right_phrase,
)

# Patterns whose methods are called below are bound by assignment, not imported by name: CPython
# 3.11 compiles NAME.search(...) as an attribute load and a new bound method per call when an
# import binds NAME (tests/test_method_calls.py).
CHANGE_END_RE = _owners.CHANGE_END_RE
CJK_RE = _phrases.CJK_RE
PLACE_LIKE = _hit.PLACE_LIKE
PLACE_UNITS = _hit.PLACE_UNITS
VERB_END_RE = _chooser.VERB_END_RE
WHEN_WORDS_RE = _chooser.WHEN_WORDS_RE

# 从17.9%提升到35.5%: the second number measures the same thing.
_CONTINUATION_RE = re.compile(rf"(?:(?:{CHANGE_DEGREES})?(?:{CHANGE_VERBS}))?(?:到|至)[^，。；：！？]{{0,12}}")
# 试点地区从2016年的15个，扩围至2025年底的92个: after a comma, a verb of change
# and 至/到 carry the same measure further (same unit only, see subjects)
_COMMA_CONTINUATION_RE = re.compile(
    r"[，,](?:到(?:\d{2,4}年|今年|去年|现时|目前|现在)(?:底|末|初)?)?"
    # (round 24, Hong Kong polls: 民望净值为-35%，较上月跌至负41%)
    r"(?:(?:较|比)(?:上月|上次|上季|去年|上年|前年|[一二两三\d]{1,2}(?:年|个月)前))?"
    r"(?:并|又|再|进一步|已)?"
    rf"(?:扩围|扩容|扩展|拓展|跃升|{CHANGE_VERBS})"
    r"(?:到|至)[^，。；：！？]{0,10}"
)
# 占比历史性突破50%，达到51.9%: the same measure (same unit) reaching further.
_REACH_AGAIN_RE = re.compile(r"[，、](?:并|已|再|又|进一步|累计|总计|共计|合计)?(?:达到|达|升至|增至|提高到|提升至|提高至)")
# Between two figures of one thing: its total (508户共678人).
_JOINED_RE = re.compile(r"共|共计|合计|总计|计")
# Between two figures of one measure, a base of comparison (，较去年的188次, ，比2019年（疫情前）
# 的188次) or an average over a period (收回农地152次，每年平均15次): the second figure
# counts what the first did.  (The gap may hold an aside, longer than _GAP_MAX.)
_COMPARED_GAP_RE = re.compile(
    r"[，,]\s*(?:较|比|相比|对比)于?(?:\d{2,4}年|去年|上年|前年|上月|上一年|上届|同期"
    # (round 24, Hong Kong polls: ，较两年前的三成, ，比上次的41%)
    r"|[一二两三四五六七八九十\d]{1,2}(?:年|个月)前|上次|上一次)(?:同期)?"
    r"(?:[（(][^（）()，。；]{0,20}[）)])?的"
    # 拨备覆盖率164.84%，上年末为152.03%: the value of the period before
    r"|[，,；;]\s*(?:上年末|上年同期|去年同期|去年底|上年底|上年|去年|上月|上季)(?:为|是|则为)"
)
_AVERAGE_GAP_RE = re.compile(
    r"[，,](?:即|亦即)?(?:平均每(?:年|月|日|天|周|星期|季度?)|每(?:年|月|日|天|周|星期|季度?)平均|平均)(?:约|达|有|为)?"
)
_COMPARED_GAP_MAX = 40
# The longest gap between two figures that _CONTINUATION_RE (15), _REACH_AGAIN_RE (7),
# _JOINED_RE or the lists (2) match; a longer one stands for itself as _LONG_GAP,
# which none of them matches.
_GAP_MAX = 15
# Hong Kong polls: 在1020名受访者中，…三成二表示不会: a share answering a verb, whose subject would
# be the verb alone, is a share of the people the sentence polled before it (round 24; with what
# they answered, 有52%表示支持, the answer stays the subject)
_POLL_VERB_RE = re.compile(POLL_ANSWER_VERBS)
_POLL_VERB_FIRST = frozenset(w[0] for w in POLL_ANSWER_VERBS.split("|"))
_POLLED_RE = re.compile(r"(受访(?:者|市民|人士|家长|学生|雇员|长者|青年)|市民|选民)(?:之中|当中|中)[，,]")
_POLL_BACK = 30


def _bare_answer(subj: str | None) -> bool:
    """The subject is the answer's verb alone (表示, 表示曾): what was answered is not said."""
    if subj is None:
        return True
    verb = _POLL_VERB_RE.match(subj)
    return verb is not None and len(subj) <= verb.end() + 1


def _polled(text: str, start: int, tail: int) -> str | None:
    if _POLL_VERB_RE.match(text, tail) is None:
        return None
    lo = max(0, start - _POLL_BACK)
    stop = max(text.rfind(c, lo, start) for c in "。；！？\n")
    polled = _POLLED_RE.findall(text, max(lo, stop + 1), start)
    return polled[-1] if polled else None  # (the last one before the share)


# A subject that is only when (2019, 上季, 自计划至今): a rate's indicator is in the clause
# before (失业率居高不下，2020已升至6.8%), a count's noun after it (超过80万人已预约接种)
# (round 24, Hong Kong pages)
_TIME_ONLY_RE = re.compile(
    r"(?:\d{4}年?|[今去前明]年|[上次本首]季|第[一二三四]季|[上本]月|至今|自[^，。]{1,8}至今|截至[^，。]{1,10}|目前|现时)"
    r"[度底初末中]?(?:已|再|又)?"
)
_TIME_FIRST = frozenset("0123456789今去前明上次本首第至自截目现")


def _instead_of_time(text: str, h: Hit, subj: str, floor: int) -> str:
    start, tail, unit = h.start, h.tail, h.unit
    if unit in RATE_UNITS:
        comma = text.rfind(subj, max(floor, start - len(subj) - 12), start) - 1
        if comma >= 0 and text[comma] in "，,":
            return indicator_before(text, comma, 0) or subj
        return subj
    right = raw_right(text, tail)
    return right if right and CJK_RE.match(right) else subj


# Hedges a left phrase can be cut down to (大概是3600人: 是 stops the phrase)
_HEDGE_WORDS = frozenset({"大概", "大约", "约", "大概是", "大约是", "约为", "接近"})
_LONG_GAP = "\x00" * (_GAP_MAX + 1)
# Measure words of kinds, not things: 4类22支队伍 counts kinds of the 队伍.
_KIND_UNITS = frozenset({"类", "大类", "类别", "大类别", "种", "批"})


def subjects(text: str, hits: list[Hit]) -> list[str | None]:
    """One subject (or None) per hit, hits in text order.

    A hit's left phrase never reaches back past the previous hit, so each
    figure in a run like 新增五星级饭店16家、等级民宿638家 keeps its own noun.
    """
    # (by num_start, then by start, so a start wins as in {num_start: h} | {start: h},
    # without building the second dict)
    starts = {h.num_start: h for h in hits}
    for h in hits:
        starts[h.start] = h
    out: list[str | None] = []
    prev_end = 0
    prev_hit: Hit | None = None
    prev_unit: str | None = None  # (prev_hit.unit)
    prev_floor = 0  # where the previous figure's left phrase could reach back to
    run: list[int] = []  # indices of the current 、-list of numbers (21.2%、39.9%、37.8%)
    last_items: list[str] | None = None  # what the previous 分别 list assigned
    for i, h in enumerate(hits):
        start, _, _, tail, _, _, _, unit, _, _ = h  # (locals: see choose_subject)
        # (a gap longer than any pattern below matches is not copied: the text
        # between two figures runs to a hundred characters and more)
        gap = (
            None if prev_hit is None else text[prev_end : start] if start - prev_end <= _GAP_MAX else _LONG_GAP
        )
        listed = gap is not None and gap in ("、", "和", "及", "以及") and (
            prev_unit == unit
            # 分别新增A、B373家、13个: a 分别 list mixes measure words
            or RESPECTIVELY in text[left_bounds(text, start, 0, HARD_STOPS) : start]
        )
        shared = (
            shared_right(text, hits, i)
            # (the next figure one separator on; rates are lists of their own: 4.8%、50%)
            if i + 1 < len(hits) and hits[i + 1].start == tail + 1 and unit not in RATE_UNITS
            else None
        )
        # (out is not empty: prev_hit set)
        measured = gap == "" and bool(out) and _glued_to_before(text, h, prev_hit, shared, out)  # type: ignore[arg-type]
        run_place = (
            place_run(text, h, prev_hit if gap == "" else None)
            if unit[:1] in PLACE_UNITS and PLACE_UNITS.issuperset(unit)  # (_is_place_unit, inlined)
            else None
        )
        if shared is not None and not right_phrase(text, tail)[0]:
            subj: str | None = shared[0]  # 750千伏和330千伏电网工程: 750千伏 measures the noun after the list
        elif run_place:
            subj = run_place  # 两省（区）两县两镇7村: each figure counts its own places
        elif (
            not measured and out and out[-1]
            # (a long gap joins figures of one unit only: most figures make no call)
            and (gap is not _LONG_GAP or prev_unit == unit)
            and _same_measure_again(text, h, gap, prev_unit, prev_end)
        ):
            subj = out[-1]  # 召开会议215次，较去年的188次; 核心群200群4万只; 从17.9%提升到35.5%; 508户共678人
        else:
            floor = _left_floor(unit, gap, prev_hit, prev_end, prev_floor)
            subj = choose_subject(text, h, floor, starts)
            if out:
                subj = _as_figure_before(text, h, subj, listed, gap, out, prev_hit, prev_end)
            if subj in _HEDGE_WORDS:
                subj = raw_right(text, tail) or None  # 大概是3600人轮班上班: the hedge is no subject (round 24)
            elif unit == "%" and text[tail : tail + 1] in _POLL_VERB_FIRST and _bare_answer(subj):
                subj = _polled(text, start, tail) or subj
            elif subj is not None and subj[:1] in _TIME_FIRST and _TIME_ONLY_RE.fullmatch(subj):
                subj = _instead_of_time(text, h, subj, floor)
        if listed and run:
            run.append(i)
        else:
            last_items = respectively(text, hits, run, out, last_items) if len(run) >= 2 else None  # (None for one)
            run = [i]
        out.append(subj)
        prev_floor = prev_end if prev_hit is not None else 0
        prev_end, prev_hit, prev_unit = tail, h, unit
    respectively(text, hits, run, out, last_items)
    _later_passes(text, hits, out)
    return out


def _glued_to_before(text: str, h: Hit, prev_hit: Hit, shared: tuple[str, int] | None, out: list[str | None]) -> bool:
    """A figure right after the one before (no gap): kinds, then how many (4类22支队伍), or how
    many of a measured thing (4回750千伏线路): the noun after is the first figure's too (out[-1]
    is set).  True when the first figure now counts the second and its noun (measured)."""
    _, _, num_start, tail, _, _, _, unit, _, _ = h
    prev_unit = prev_hit.unit
    if prev_unit in _KIND_UNITS:
        if not right_phrase(text, prev_hit.tail)[0]:
            # 4类22支省级医疗应急队伍: kinds, then how many; the noun after is both's
            right = right_phrase(text, tail)[0]
            if right:
                out[-1] = right
        return False
    if (
        prev_unit != unit
        and PLACE_UNITS.isdisjoint((prev_unit, unit)) and PLACE_LIKE.isdisjoint((prev_unit, unit))
    ):
        # 4回750千伏线路: how many of the measured thing; the noun after is the
        # second figure's, and the first counts the figure and its noun
        # (22个750千伏和330千伏电网工程: the noun after the list of both figures)
        right = right_phrase(text, tail)[0]
        upto = tail
        if not right and shared is not None:
            right, upto = shared
        if right and not right_phrase(text, prev_hit.tail)[0] and not text.startswith("的", tail):
            out[-1] = text[num_start : upto] + right
            return True
    return False


def _same_measure_again(text: str, h: Hit, gap: str | None, prev_unit: str | None, prev_end: int) -> bool:
    """The figure measures what the one before (with a subject) did: a base of comparison or an
    average between them, no gap, a continuation (提升到), the same measure reached again, a
    total (共), or the same change in another measure (或)."""
    start, _, _, tail, _, _, _, unit, _, _ = h
    if (
        prev_unit == unit and start - prev_end <= _COMPARED_GAP_MAX
        and (_COMPARED_GAP_RE.fullmatch(text, prev_end, start) or _AVERAGE_GAP_RE.fullmatch(text, prev_end, start))
    ):
        return True  # 召开会议215次，较去年的188次; 收回农地152次，每年平均15次
    return gap is not None and gap is not _LONG_GAP and not (
        # 宣传资料3000余份200余人参加: people glued after a count of things are told by
        # what they did (508户共678人, 79户161人: one group, glued_households)
        gap == "" and unit in PERSON_UNITS and prev_unit not in PERSON_UNITS
        and prev_unit not in GROUP_COUNT_UNITS and CJK_RE.match(raw_right(text, tail))
    ) and bool(
        # (no pattern below matches a long gap: _LONG_GAP opens with no separator and is too long to join)
        gap == "" or _CONTINUATION_RE.fullmatch(gap)
        or (
            prev_unit == unit and gap[:1] in "，、,"
            and (_REACH_AGAIN_RE.fullmatch(gap) or _COMMA_CONTINUATION_RE.fullmatch(gap))
        )
        or (len(gap) <= 2 and _JOINED_RE.fullmatch(gap) and not right_phrase(text, tail)[0])
        or gap == "或"  # 恒生指数微升2点或0.01%: the same change in another measure
    )


def _left_floor(unit: str, gap: str | None, prev_hit: Hit | None, prev_end: int, prev_floor: int) -> int:
    """How far back the figure's left phrase may reach: to the figure before, or past a count
    of kinds before a rate to where that count's own phrase could reach."""
    floor = prev_end if prev_hit is not None else 0
    if (
        unit in RATE_UNITS and gap and gap is not _LONG_GAP
        and (prev_hit.unit in _KIND_UNITS or prev_hit.noun_unit)  # type: ignore[union-attr]  # (gap set: prev_hit set)
        and not any(c in CLAUSE_STOPS for c in gap)
    ):
        # 以旧换新相关六类商品零售额比上年增长4.1%, 四大主导产业占地区生产总值比重: a
        # count of kinds sits inside the noun phrase of the rate, which reaches back past it
        floor = prev_floor
    return floor


def _as_figure_before(
    text: str, h: Hit, subj: str | None, listed: bool, gap: str | None, out: list[str | None],
    prev_hit: Hit | None, prev_end: int,
) -> str | None:
    """The subject chosen for the figure, or the one before's where this one names nothing of
    its own: an item of a list, the level a change reached, the same verb again with no object,
    a part of the group the figure before counted."""
    start, _, _, _, _, _, _, unit, _, _ = h
    prev_unit = prev_hit.unit if prev_hit is not None else None
    if subj is None and listed:
        return out[-1]
    if subj is None and out[-1] and gap and gap[0] in "，、" and _REACH_AGAIN_RE.fullmatch(gap):
        # 城镇化率提高1.2个百分点，达到65.3%: the level the change reached; what
        # reached it is what changed, without the change
        return CHANGE_END_RE.sub("", out[-1]) or out[-1]
    if subj and out[-1] and prev_unit == unit:
        # 每名社工可跟進5宗個案，實習社工一年內可跟進3宗: the same
        # verb with no object again counts what the figure before counted
        verb = VERB_END_RE.search(subj) if subj[-1] in VERB_END_LAST else None
        if (
            verb is not None and WHEN_WORDS_RE.sub("", subj[: verb.start()])  # a doer, not 目前已开工改造
            and not any(c in "。！？\n" for c in text[prev_end : start])
            and text.find(verb.group(1), max(0, prev_hit.start - LEFT_WINDOW), prev_hit.start) >= 0  # type: ignore[union-attr]  # (out is not empty: prev_hit set)
        ):
            return out[-1]
        if (
            subj[-1] == "中" and unit not in RATE_UNITS and _PARTITIVE_RE.search(subj)
            and not any(c in "。！？\n" for c in text[prev_end : start])
        ):
            # 当中12间是联盟成员，而前5位中就有4间: a part of a group, counted with
            # the measure of the figure before, is some of what that figure counted
            return out[-1]
    return subj


def _later_passes(text: str, hits: list[Hit], out: list[str | None]) -> None:
    """The passes over all figures after the first: nouns shared and carried between figures,
    lists, examples, comparisons and indicators, each filling or mending ``out`` in place."""
    shared_noun(text, hits, out)
    glued_households(text, hits, out)
    object_before(text, hits, out)
    changed_quantity(text, hits, out)
    if "每" in text:
        each_of_counted(text, hits, out)
    if "死" in text or "伤" in text:  # (a search in C before a loop over every figure)
        for i, h in enumerate(hits):
            if h.unit in _CASUALTY_UNITS:
                out[i] = h.unit  # 3死5伤, 酿成最少4死9伤: the toll counts the dead and the hurt, not the event
    for i in range(len(hits) - 2, -1, -1):
        if out[i] is None and out[i + 1] and text[hits[i].tail : hits[i + 1].start] in ("、", "和", "及", "以及"):
            out[i] = out[i + 1]  # 790万户、2568万群众的危房得到改造: the list's words after its last figure
    elided_noun(text, hits, out)
    if "是" in text:
        share_that_is(text, hits, out)
    carried_over(text, hits, out)
    # 新开工晏城至表白寺等2个项目: the examples before a generic head (examples.py)
    examples.examples_before(text, hits, out, left_phrase, raw_right, PERSON_UNITS | PEOPLE_MEASURES)
    # 高于全国、全省6.7个、5.2个百分点: each margin against its own comparator (comparisons.py)
    comparisons.comparator_pairs(text, hits, out)
    # 规上工业增加值增长7.6%、高于全国1.7个百分点: the indicator before a comparison (indicators.py)
    indicators.anchor(text, hits, out)  # (the hits themselves: no list of starts built for every text)
    # 指数为51.2%，较上月下降4.5个百分点: what the change is of, from the clause before
    comparisons.change_of_what_came_before(text, hits, out, topic_before)
    # …，至…人次 / 其次是… / 按季跌三成: a figure that follows up the one before (follow_ups.py)
    follow_ups(text, hits, out)
    # 4辆满载柚汁、豆干等预制菜的集装箱货车: the head after the modifier the rules cut
    comparisons.counted_after_modifier(text, hits, out, right_phrase)
    # 户均产量3吨多: a leftover 多 names nothing; the phrase before the figure does
    comparisons.named_or_next_best(text, hits, out, left_phrase)
    # 共设置38个展位，其中有21个来自中国 / 舰艇55万艘次、航空器6000架次执行任务: a part and a listed item (parts.py)
    parts_and_items(text, hits, out)
    if None in out:
        _alone_in_clause(text, hits, out)
    if "占" in text:
        _share_of_figure_before(text, hits, out)
        comparisons.owner_of_share_alone(text, hits, out, topic_before)
    if "者" in text:
        _both_of_them(text, hits, out)


def _alone_in_clause(text: str, hits: list[Hit], out: list[str | None]) -> None:
    """(round 27) A figure with no noun on either side in its clause (车流量逐渐增长，预计超4000万辆次;
    增长了10.1%，达到了807,772辆): what the clause before is about, or the subject of the figure
    before it in the sentence, measured in the same unit."""
    for i, h in enumerate(hits):
        if out[i] is not None:
            continue
        topic = topic_before(text, h.start, 0)
        before = out[i - 1] if i else None
        if topic is None and before and not _SENTENCE_END_RE.search(text, hits[i - 1].tail, h.start):
            if hits[i - 1].unit == h.unit:
                topic = before
            elif hits[i - 1].unit in RATE_UNITS and h.unit not in RATE_UNITS:
                # (round 28) 欧洲旅客增幅达34.6%，为2,051,377人次: the level of what the rate
                # before was the change of, without the change
                owner = _RATE_WORD_RE.split(before, 1)[0]
                topic = owner if len(owner) >= 2 else None
        out[i] = topic


# 两者都同比增加约8%和5%: "both" names the figures just counted, one each
_BOTH_RE = re.compile(r"(两者|二者|三者)(?:都|均|分别|亦|也)?")
_BOTH_COUNT = {"两者": 2, "二者": 2, "三者": 3}


def _both_of_them(text: str, hits: list[Hit], out: list[str | None]) -> None:
    """(round 28) 过境旅客及转机旅客…分别有超过910万人次和650万人次，两者都同比增加约8%和5%: the
    figures after 两者/三者 measure, in order, what the figures right before them counted."""
    for i, subj in enumerate(out):
        m = _BOTH_RE.match(subj) if subj else None
        if m is None or (i and out[i - 1] is not None and _BOTH_RE.match(out[i - 1] or "")):
            continue
        n = _BOTH_COUNT[m.group(1)]
        run = [i]
        while len(run) < n and run[-1] + 1 < len(hits) and text[hits[run[-1]].tail : hits[run[-1] + 1].start] in ("和", "、", "及", "与"):
            run.append(run[-1] + 1)
        named = out[i - n : i] if i >= n else []
        if len(run) == n and len(named) == n and all(named) and not _SENTENCE_END_RE.search(text, hits[i - n].tail, hits[i].start):
            for j, k in enumerate(run):
                out[k] = named[j]


def _share_of_figure_before(text: str, hits: list[Hit], out: list[str | None]) -> None:
    """(round 28) 为2,051,377人次，占旅客总数18.9%: a share right after a count, with no owner named
    in between, is a share of what that count counts."""
    for i in range(1, len(hits)):
        subj, before = out[i], out[i - 1]
        if (
            not subj or not before or subj[0] != "占" or subj.startswith("占比") or hits[i].unit not in RATE_UNITS
            or hits[i - 1].unit in RATE_UNITS  # (a share of a rate before is of its indicator's owner, not of the rate)
        ):
            continue
        gap = text[hits[i - 1].tail : hits[i].start]
        if gap[:1] in "，（(" and gap[1:] == subj and not before.endswith(subj):
            out[i] = before + subj


_CASUALTY_UNITS = frozenset({"死", "伤"})
# Where the name of what a rate measures ends: its change, pace or share (中国大陆旅客|增幅)
_RATE_WORD_RE = re.compile(r"增幅|跌幅|升幅|降幅|涨幅|增速|同比|环比|按年|按月|增长|下降|上升|减少|增加|占|比(?![重例率])|较")
_SENTENCE_END_RE = re.compile(r"[。！？；;!?\n]")
# A left phrase that only names a part of a group (前5位中, 这些学校当中, 其中): no noun of its own.
# (a bare 中 is the figure before's own: 200席中的120席, a share of that very figure)
_PARTITIVE_RE = re.compile(r"(?:[\d一二三四五六七八九十]+[^\d]{0,3}|这些|其|它们|他们)(?:当中|之中|中)$")
