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
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from civicextract.extractors.metrics import comparisons, examples, indicators

from .hit import PEOPLE_MEASURES, PERSON_UNITS, PLACE_LIKE, PLACE_UNITS, RATE_UNITS, Hit
from .owners import (
    CHANGE_END_RE,
    CHANGE_LAST,
    CHANGE_ONLY_RE,
    NO_OWNER_RE,
    OWNER_MAX,
    RESPECTIVELY,
    counted_before,
    owner_before,
    respectively,
    topic_before,
)
from .phrases import (
    CHANGE_VERBS,
    CJK_RE,
    CLAUSE_STOPS,
    HARD_STOPS,
    LEFT_WINDOW,
    RELATIVE_RE,
    balanced,
    clean_left,
    left_bounds,
    left_phrase,
    left_phrase_start,
    raw_right,
    right_phrase,
)
from .tagging import ends_in_noun, nouns_only, predicate, where_when, without_predicate

# 从17.9%提升到35.5%: the second number measures the same thing.
_CONTINUATION_RE = re.compile(rf"(?:{CHANGE_VERBS})?(?:到|至)[^，。；：！？]{{0,12}}")
# 试点地区从2016年的15个，扩围至2025年底的92个: after a comma, a verb of change
# and 至/到 carry the same measure further (same unit only, see subjects)
_COMMA_CONTINUATION_RE = re.compile(
    r"[，,](?:到(?:\d{2,4}年|今年|去年|现时|目前|现在)(?:底|末|初)?)?(?:并|又|再|进一步|已)?"
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
    r"[，,]\s*(?:较|比|相比|对比)于?(?:\d{2,4}年|去年|上年|前年|上月|上一年|上届|同期)(?:同期)?"
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
        start, _, num_start, tail, _, _, _, unit, _, _ = h  # (locals: see _subject)
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
        if gap == "" and out and prev_unit in _KIND_UNITS and not right_phrase(text, prev_hit.tail)[0]:  # type: ignore[union-attr]  # (out is not empty: prev_hit set)
            # 4类22支省级医疗应急队伍: kinds, then how many; the noun after is both's
            right = right_phrase(text, tail)[0]
            if right:
                out[-1] = right
        measured = False
        shared = (
            _shared_right(text, hits, i)
            # (the next figure one separator on; rates are lists of their own: 4.8%、50%)
            if i + 1 < len(hits) and hits[i + 1].start == tail + 1 and unit not in RATE_UNITS
            else None
        )
        if (
            gap == "" and out and prev_unit != unit and prev_unit not in _KIND_UNITS
            and PLACE_UNITS.isdisjoint((prev_unit, unit)) and PLACE_LIKE.isdisjoint((prev_unit, unit))
        ):
            # 4回750千伏线路: how many of the measured thing; the noun after is the
            # second figure's, and the first counts the figure and its noun
            # (22个750千伏和330千伏电网工程: the noun after the list of both figures)
            right = right_phrase(text, tail)[0]
            upto = tail
            if not right and shared is not None:
                right, upto = shared
            if right and not right_phrase(text, prev_hit.tail)[0] and not text.startswith("的", tail):  # type: ignore[union-attr]  # (out is not empty: prev_hit set)
                out[-1] = text[num_start : upto] + right
                measured = True
        run_place = (
            _place_run(text, h, prev_hit if gap == "" else None)
            if unit[:1] in PLACE_UNITS and PLACE_UNITS.issuperset(unit)  # (_is_place_unit, inlined)
            else None
        )
        if shared is not None and not right_phrase(text, tail)[0]:
            subj: str | None = shared[0]  # 750千伏和330千伏电网工程: 750千伏 measures the noun after the list
        elif run_place:
            subj = run_place  # 两省（区）两县两镇7村: each figure counts its own places
        elif (
            not measured and out and out[-1] and prev_unit == unit and start - prev_end <= _COMPARED_GAP_MAX
            and (_COMPARED_GAP_RE.fullmatch(text, prev_end, start) or _AVERAGE_GAP_RE.fullmatch(text, prev_end, start))
        ):
            subj = out[-1]  # 召开会议215次，较去年的188次; 收回农地152次，每年平均15次
        elif not measured and gap is not None and gap is not _LONG_GAP and out and out[-1] and not (
            # 宣传资料3000余份200余人参加: people glued after a count of things are told by
            # what they did (508户共678人, 79户161人: one group, _glued_households)
            gap == "" and unit in PERSON_UNITS and prev_unit not in PERSON_UNITS
            and prev_unit not in _GROUP_COUNT_UNITS and CJK_RE.match(raw_right(text, tail))
        ) and (
            # (no pattern below matches a long gap: _LONG_GAP opens with no separator and is too long to join)
            gap == "" or _CONTINUATION_RE.fullmatch(gap)
            or (
                prev_unit == unit and gap[:1] in "，、,"
                and (_REACH_AGAIN_RE.fullmatch(gap) or _COMMA_CONTINUATION_RE.fullmatch(gap))
            )
            or (len(gap) <= 2 and _JOINED_RE.fullmatch(gap) and not right_phrase(text, tail)[0])
            or gap == "或"  # 恒生指数微升2点或0.01%: the same change in another measure
        ):
            subj = out[-1]  # 核心群200群4万只; 从17.9%提升到35.5%; 508户共678人
        else:
            floor = prev_end if prev_hit is not None else 0
            if (
                unit in RATE_UNITS and gap and gap is not _LONG_GAP
                and (prev_unit in _KIND_UNITS or prev_hit.noun_unit)  # type: ignore[union-attr]  # (prev_unit set with prev_hit)
                and not any(c in CLAUSE_STOPS for c in gap)
            ):
                # 以旧换新相关六类商品零售额比上年增长4.1%, 四大主导产业占地区生产总值比重: a
                # count of kinds sits inside the noun phrase of the rate, which reaches back past it
                floor = prev_floor
            subj = _subject(text, h, floor, starts)
            if subj is None and listed and out:
                subj = out[-1]
            elif subj is None and out and out[-1] and gap and gap[0] in "，、" and _REACH_AGAIN_RE.fullmatch(gap):
                # 城镇化率提高1.2个百分点，达到65.3%: the level the change reached; what
                # reached it is what changed, without the change
                subj = CHANGE_END_RE.sub("", out[-1]) or out[-1]
            elif subj and out and out[-1] and prev_unit == unit:
                # 每名社工可跟進5宗個案，實習社工一年內可跟進3宗: the same
                # verb with no object again counts what the figure before counted
                verb = _VERB_END_RE.search(subj) if subj[-1] in _VERB_END_LAST else None
                if (
                    verb is not None and _WHEN_WORDS_RE.sub("", subj[: verb.start()])  # a doer, not 目前已开工改造
                    and not any(c in "。！？\n" for c in text[prev_end : start])
                    and text.find(verb.group(1), max(0, prev_hit.start - LEFT_WINDOW), prev_hit.start) >= 0  # type: ignore[union-attr]  # (out is not empty: prev_hit set)
                ):
                    subj = out[-1]
                elif (
                    subj[-1] == "中" and unit not in RATE_UNITS and _PARTITIVE_RE.search(subj)
                    and not any(c in "。！？\n" for c in text[prev_end : start])
                ):
                    # 当中12间是联盟成员，而前5位中就有4间: a part of a group, counted with
                    # the measure of the figure before, is some of what that figure counted
                    subj = out[-1]
        if listed and run:
            run.append(i)
        else:
            last_items = respectively(text, hits, run, out, last_items) if len(run) >= 2 else None  # (None for one)
            run = [i]
        out.append(subj)
        prev_floor = prev_end if prev_hit is not None else 0
        prev_end, prev_hit, prev_unit = tail, h, unit
    respectively(text, hits, run, out, last_items)
    _shared_noun(text, hits, out)
    _glued_households(text, hits, out)
    _object_before(text, hits, out)
    _changed_quantity(text, hits, out)
    if "每" in text:
        _each_of_counted(text, hits, out)
    if "死" in text or "伤" in text:  # (a search in C before a loop over every figure)
        for i, h in enumerate(hits):
            if h.unit in _CASUALTY_UNITS:
                out[i] = h.unit  # 3死5伤, 酿成最少4死9伤: the toll counts the dead and the hurt, not the event
    for i in range(len(hits) - 2, -1, -1):
        if out[i] is None and out[i + 1] and text[hits[i].tail : hits[i + 1].start] in ("、", "和", "及", "以及"):
            out[i] = out[i + 1]  # 790万户、2568万群众的危房得到改造: the list's words after its last figure
    _elided_noun(text, hits, out)
    if "是" in text:
        _share_that_is(text, hits, out)
    _carried_over(text, hits, out)
    # 新开工晏城至表白寺等2个项目: the examples before a generic head (examples.py)
    examples.examples_before(text, hits, out, left_phrase, raw_right, PERSON_UNITS | PEOPLE_MEASURES)
    # 高于全国、全省6.7个、5.2个百分点: each margin against its own comparator (comparisons.py)
    comparisons.comparator_pairs(text, hits, out)
    # 规上工业增加值增长7.6%、高于全国1.7个百分点: the indicator before a comparison (indicators.py)
    indicators.anchor(text, hits, out)  # (the hits themselves: no list of starts built for every text)
    # 指数为51.2%，较上月下降4.5个百分点: what the change is of, from the clause before
    comparisons.change_of_what_came_before(text, hits, out, topic_before)
    # 4辆满载柚汁、豆干等预制菜的集装箱货车: the head after the modifier the rules cut
    comparisons.counted_after_modifier(text, hits, out, right_phrase)
    # 户均产量3吨多: a leftover 多 names nothing; the phrase before the figure does
    comparisons.named_or_next_best(text, hits, out, left_phrase)
    return out


# 连续5年稳定在50万吨以上: a duration alone names nothing measured
_DURATION_ONLY_RE = re.compile(
    r"(?:已|已经)?连续(?:[\d一二三四五六七八九十两]{1,3}|多|数)(?:个)?(?:年|月|季度)(?:来|以来)?(?:保持|稳定)?(?:在)?"
)
# 城镇居民人均可支配收入增长4.2%，农村居民增长6.1%: a parallel group with the measure left out
_PARALLEL_GROUPS = frozenset({"城镇居民", "农村居民", "城市居民", "城镇", "农村", "城市", "农民", "城镇常住居民", "农村常住居民"})
_PARALLEL_LONGEST = sorted(_PARALLEL_GROUPS, key=len, reverse=True)
_CHANGE_TAIL_RE = re.compile(r"(?:同比|比上年|较上年)?(?:增长|下降|提高|增加|减少|上涨|下降了|增长了)$")


# 每年有300个名额，到2015年增至450个: a count closed by its clause with no noun after it
# (or by 的话, 如果每月用尽80个的话) counts what an earlier count of the same measure word in the
# paragraph named right after it; the noun is elided, not the text before the figure.
_ELIDED_END_RE = re.compile(r"(?:的话)?[，。；！？）\n]|$")
_ELIDED_BACK = 120
# what the left phrase keeps when the clause names only when (到2015年才, 去年再)
_WHEN_ONLY_RE = re.compile(r"(?:到|至|在|于)?(?:\d{2,4}年|去年|今年|明年|前年)?(?:才|再|又|亦|也|已)?")
_ELIDED_UNITS = frozenset({"个", "名", "宗", "间", "张", "所", "项", "架次", "辆", "只", "份"})


# 六成受访者反对，而当中41%是中间派选民: a poll's share followed by 是 and the
# people it is a share of; those people are what the figure measures
_SHARE_IS_RE = re.compile(r"是([^，。；：！？（）()\n是]{0,10}(?:受访者|受访市民|市民|选民|港人|居民|学生|家长|雇员|僱员))")


def _share_that_is(text: str, hits: list[Hit], out: list[str | None]) -> None:
    """41%是中间派选民: the people after 是, not the words before the share."""
    for i, h in enumerate(hits):
        if h.unit != "%":
            continue
        m = _SHARE_IS_RE.match(text, h.tail)
        if m is not None:
            out[i] = m.group(1)


def _elided_noun(text: str, hits: list[Hit], out: list[str | None]) -> None:
    """增至450个, 用尽80个的话: the noun of the count before with the same measure word."""
    elided: set[int] = set()  # (a chain: 增至450个，再增至600个 both count 名额)
    for i in range(1, len(hits)):
        h = hits[i]
        if h.unit not in _ELIDED_UNITS or _ELIDED_END_RE.match(text, h.tail) is None:
            continue
        own = out[i]
        if own is not None and own != "话" and not _WHEN_ONLY_RE.fullmatch(own):
            continue  # 排查出相关问题317个: the noun before the figure is its own
        for j in range(i - 1, -1, -1):
            prev = hits[j]
            if h.start - prev.tail > _ELIDED_BACK or "\n" in text[prev.tail : h.start]:
                break
            noun = out[j]
            if prev.unit != h.unit or not noun:
                continue
            # (the earlier count's noun stood right after it: 300个名额, not 到2015年的450个)
            if j in elided or text.startswith(noun, prev.tail) or text.startswith("的" + noun, prev.tail):
                out[i] = noun
                elided.add(i)
            break


# (one C scan of the gap between two figures, not a Python test of each of its characters)
_SENTENCE_END_RE = re.compile(r"[。！？\n；]")


def _carried_over(text: str, hits: list[Hit], out: list[str | None]) -> None:
    """What the figure before in the same sentence measured, carried to a figure whose subject
    only says how long (连续5年稳定在50万吨以上) or names a parallel group without the measure
    (…人均可支配收入增长4.2%，农村居民增长6.1%)."""
    for i in range(1, len(hits)):
        subj, before = out[i], out[i - 1]
        if not subj or not before or hits[i].unit != hits[i - 1].unit:
            continue
        if _SENTENCE_END_RE.search(text, hits[i - 1].tail, hits[i].start):
            continue
        if _DURATION_ONLY_RE.fullmatch(subj):
            out[i] = before
            continue
        change = _CHANGE_TAIL_RE.search(subj)
        group = subj[: change.start()] if change else subj
        if group in _PARALLEL_GROUPS and group not in before:
            # the measure is what follows the other group in the subject before (城镇居民|人均可支配收入)
            other = next((g for g in _PARALLEL_LONGEST if g in before), None)
            if other is not None:
                rest = before[before.index(other) + len(other) :]
                rest_change = _CHANGE_TAIL_RE.search(rest)
                head = rest[: rest_change.start()] if rest_change else rest
                if any(m in head for m in indicators.MEASURE_HEADS):
                    out[i] = group + head + (change.group() if change else "")


# 调低每名社工的个案数目，资深社工由现时40宗下调至32宗，新入职社工则由25宗减至18宗: the
# clauses "P由A…至B" give one group's old and new values of a quantity the clause
# before names (after or before its verb of change); P is whose it is, the
# quantity what is counted.  _WHO_FROM_RE: the clause up to the figure; _QUANTITY_RE
# the quantity in the clause before (sibling P由A至B clauses are passed over).
_QUANTITY_WORDS = "数目|数量|上限|下限|名额|限额|配额|人数|宗数|比例|比率|时数|次数"
_WHO_FROM_RE = re.compile(
    r"(?P<who>[^，。；：！？\n由从]{1,8}?)(?:则|亦|也|将|会)?[由从](?![自理缘事业])[^，。；：！？\n]{0,16}$"
)
_QUANTITY_RE = re.compile(
    rf"(?:{CHANGE_VERBS})了?(?P<a>[^，。；：！？\n]{{1,10}}?(?:{_QUANTITY_WORDS})+)"
    rf"|(?P<b>[^，。；：！？\n]{{1,10}}?(?:{_QUANTITY_WORDS})+)(?:将会|将|会|亦|也|则|均|都)?(?:{CHANGE_VERBS})"
)
_QUANTITY_END_RE = re.compile(f"(?:{_QUANTITY_WORDS})$")
_CLAUSE_BACK = 48


_CASUALTY_UNITS = frozenset({"死", "伤"})
# A left phrase that only names a part of a group (前5位中, 这些学校当中, 其中): no noun of its own.
# (a bare 中 is the figure before's own: 200席中的120席, a share of that very figure)
_PARTITIVE_RE = re.compile(r"(?:[\d一二三四五六七八九十]+[^\d]{0,3}|这些|其|它们|他们)(?:当中|之中|中)$")


def _each_of_counted(text: str, hits: list[Hit], out: list[str | None]) -> None:
    """被间成8个套间放租，每个约一百平方尺: 每 and the measure word of a count just made
    is "each of them"; the size measures what that count counted."""
    for i, subj in enumerate(out):
        if i and subj and len(subj) == 2 and subj[0] == "每":
            for j in range(i - 1, max(-1, i - 3), -1):
                if hits[j].unit == subj[1] and out[j] and not any(c in "。！？\n" for c in text[hits[j].end : hits[i].start]):
                    out[i] = out[j]
                    break


def _changed_quantity(text: str, hits: list[Hit], out: list[str | None]) -> None:
    # (one scan in C finds the rare "，P由A…至" clauses; figures are looked at only there)
    starts: list[int] | None = None
    for m in _group_from_to(text):
        if _QUANTITY_END_RE.search(m.group("who")):
            continue  # 病床数目由A增至B: what changes is named in the clause itself
        cs = m.start() + 1
        stop = _STOP_RE.search(text, m.end())
        ce = stop.start() if stop is not None else len(text)
        if starts is None:
            starts = [h.start for h in hits]
        k = bisect_right(starts, cs - 1)
        mine = []
        while k < len(hits) and starts[k] < ce:
            if not out[k] or _overlaps_loosely(out[k], m.group("who")):  # type: ignore[arg-type]
                mine.append(k)
            k += 1
        if not mine:
            continue
        end = cs - 1
        for _ in range(3):
            prev_stop = _LAST_STOP_RE.search(text, max(0, end - _CLAUSE_BACK), end)
            pcs = prev_stop.start() + 1 if prev_stop is not None else 0
            clause = text[pcs:end]
            q = _QUANTITY_RE.search(clause)
            if q is not None:
                for k in mine:
                    out[k] = q.group("a") or q.group("b")
                break
            if pcs <= 0 or text[pcs - 1] != "，" or _WHO_FROM_RE.search(clause) is None:
                break
            end = pcs - 1


def _group_from_to(text: str) -> Iterator[re.Match]:
    """The matches of _GROUP_FROM_TO_RE, tried only at the few 由/从 with a comma a few
    characters before and 至/到 after (str.find is several times faster than a regex
    scan of the whole text, and this pass must stay cheap)."""
    for ch in "由从":
        p = text.find(ch)
        while p >= 0:
            c = text.rfind("，", p - 9 if p > 9 else 0, p)
            if c >= 0 and (text.find("至", p, p + 32) >= 0 or text.find("到", p, p + 32) >= 0):
                m = _GROUP_FROM_TO_RE.match(text, c)
                if m is not None:
                    yield m
            p = text.find(ch, p + 1)


_GROUP_FROM_TO_RE = re.compile(
    r"，(?P<who>[^，。；：！？\n由从]{1,8}?)(?:则|亦|也|将|会)?[由从](?![自理缘事业])[^，。；：！？\n]{1,30}?(?:至|到)"
)
_STOP_RE = re.compile(r"[，。；：！？\n]")
_LAST_STOP_RE = re.compile(r"[，。；：！？\n](?=[^，。；：！？\n]*$)")


def _overlaps_loosely(a: str, b: str) -> bool:
    return a in b or b in a


# Counts of households or bodies glued to the count of their people (失联的79户161人,
# 贫困户326户1024人): one group told twice; the phrase before names both.
_GROUP_COUNT_UNITS = frozenset({"户", "家", "个", "所", "支", "组", "批", "队"})


_OBJECT_BACK = 160  # how far back a figure of the same unit may name the object
# Who does something (an organisation, a place's body, people), before the verb with no object.
_DOER_LAST = frozenset("委局办村镇乡区县市司社厂店户家人员民们会部站所院校队组”")
_DOER_ADVERBS_RE = re.compile(r"(?:已经|已|共计|共|累计|先后|就|又|还|再|都|一共|仅)+$")


def _object_before(text: str, hits: list[Hit], out: list[str | None]) -> None:
    """卖出西瓜近1000斤；…采购了4000余斤: a verb with no object counts what the last figure
    of the same measure counted."""
    if "了" not in text:
        return
    for i in range(1, len(hits)):
        h = hits[i]
        # (the verb done, with 了: 已建成4座 and 文明城市创建5场 name their figure themselves;
        # the cheap test first, most figures have no 了 before them)
        if text[h.start - 1 : h.start] != "了":
            continue
        subj = out[i]
        if (
            not subj or h.unit in PERSON_UNITS or h.unit in PEOPLE_MEASURES or h.unit in RATE_UNITS
            or not _OBJECTLESS_RE.search(subj) or right_phrase(text, h.tail)[0]
        ):
            continue
        verb = _OBJECTLESS_RE.search(subj)
        doer = _DOER_ADVERBS_RE.sub("", subj[: verb.start()])  # type: ignore[union-attr]  # (searched in the condition above)
        if doer and doer[-1] not in _DOER_LAST:
            continue  # 其中新品种种植了1.2万亩: a topic before the verb, not who did it
        for j in range(i - 1, -1, -1):
            if hits[j].tail < h.start - _OBJECT_BACK:
                break
            prev = out[j]
            if hits[j].unit == h.unit and prev and not _OBJECTLESS_RE.search(prev):
                out[i] = prev
                break


def _glued_households(text: str, hits: list[Hit], out: list[str | None]) -> None:
    """Give N户M人 the phrase before N户 for both figures (not the next figure as a noun)."""
    for i in range(len(hits) - 1):
        h, n = hits[i], hits[i + 1]
        if n.start != h.tail or h.unit not in _GROUP_COUNT_UNITS or n.unit not in PERSON_UNITS:
            continue
        left = left_phrase(text, h, hits[i - 1].tail if i else 0)
        if left[:1] in "与同跟和" and len(left) > 2:
            left = left[1:]  # 与失联的79户161人取得联系: with whom, not 与
        if left:
            out[i] = out[i + 1] = left
        elif out[i + 1]:
            out[i] = out[i + 1]  # 有326户1024人参加: what they did, after the pair


def _shared_right(text: str, hits: list[Hit], i: int) -> tuple[str, int] | None:
    """The noun after the next figure when the two share it (750千伏和330千伏电网工程), and
    where that figure ends; None when no figure of the same unit follows after 和/、/及."""
    h = hits[i]
    if i + 1 >= len(hits) or text[h.tail : h.tail + 1] not in _LIST_SEPARATORS:
        return None
    nxt = hits[i + 1]
    if nxt.start != h.tail + 1 or nxt.unit != h.unit:
        return None
    right = right_phrase(text, nxt.tail)[0]
    return (right, nxt.tail) if right else None


_QUOTED_RUN_RE = re.compile(r"(?:“[^“”，。]{1,8}”){2,}$")
# The one-character names of the provinces and regions (京津冀, 鄂湘赣, 粤港澳)
_PROVINCE_ABBREVIATIONS = frozenset("京津沪渝冀豫云滇辽黑湘皖鲁新苏浙赣鄂桂甘陇晋蒙陕秦吉闽贵黔粤青藏川蜀宁琼港澳台")


def _abbreviated(text: str, h: Hit) -> int:
    """N when the N characters before a count of N places are their abbreviations (鄂湘赣三省), else 0."""
    n = int(h.value) if h.value == h.value.to_integral_value() else 0
    if not 2 <= n <= 6 or n > h.start or h.value_max is not None:
        return 0
    return n if all(c in _PROVINCE_ABBREVIATIONS for c in text[h.start - n : h.start]) else 0


# A grade word alone (世界级, 国家级, 大型): a modifier of a noun that comes later.
_GRADE_ONLY_RE = re.compile(r"[^\s，、]{1,3}(?:级|型|类)")
# (what a fullmatch of it ends with; with at most four characters, the cheap test before it)
_GRADE_LAST = frozenset("级型类")


def _shared_noun(text: str, hits: list[Hit], out: list[str | None]) -> None:
    """培育6个世界级、7个国家级、9个区域级产业集群: the modifiers share the last noun."""
    i = 0
    while i < len(hits):
        j = i
        while (
            j + 1 < len(hits) and hits[j + 1].unit == hits[i].unit
            and out[j] is not None and len(out[j]) <= 4 and out[j][-1:] in _GRADE_LAST  # type: ignore[arg-type, index]  # (out[j] is not None: just before)
            and _GRADE_ONLY_RE.fullmatch(out[j])  # type: ignore[arg-type]
            and text[hits[j].tail : hits[j + 1].start] in (out[j] + "、", out[j] + "和", out[j] + "及")  # type: ignore[operator]
        ):
            j += 1
        if j > i and out[j]:
            g = _GRADE_ONLY_RE.match(out[j])  # type: ignore[arg-type]
            noun = out[j][g.end() :] if g else out[j]  # type: ignore[index]
            if noun:
                for k in range(i, j):
                    out[k] = noun
        i = j + 1


# A count of places right after a count of other places (两省（区）两县两镇7村)
_PLACE_COUNT_AFTER_RE = re.compile(r"[两三四五六七八九十\d]+[省市县区镇乡村]")
_ASIDE_RE = re.compile(r"[（(][^）)]{1,3}[）)]")


def _is_place_unit(unit: str) -> bool:
    return bool(unit) and PLACE_UNITS.issuperset(unit)  # 县, 乡镇, 县市区


def _place_run(text: str, h: Hit, prev_hit: Hit | None) -> str | None:
    """The unit a count of places counts when counts of places follow one another, else None."""
    if not _is_place_unit(h.unit):
        return None
    aside = _ASIDE_RE.match(text, h.tail)
    after = aside.end() if aside else h.tail
    if (prev_hit is not None and _is_place_unit(prev_hit.unit)) or _PLACE_COUNT_AFTER_RE.match(text, after):
        return h.unit + (aside.group() if aside else "")
    return None


# who a count of people after examples (对X等15名…给予) counts: up to the verb of what they are given
_AFTER_EXAMPLES_RE = re.compile(
    r"([^，。；：！？\n]{2,24}?)(?:每人|每名)?(?=给予|给与|颁发|颁奖|表彰|奖励)"
)
# a dimension word right before the figure (全长, 总长, 总面积 …), then 的 and the noun measured
_DIMENSION_END_RE = re.compile(r"(全长|总长|总面积|总里程|总库容|总装机|总跨度|主跨)(?:约|近|达|为|超过|逾)?$")


def _subject(text: str, h: Hit, floor: int, starts: dict[int, Hit]) -> str | None:
    # (the fields read below as locals: a NamedTuple field is a descriptor call each time)
    start, _, _, tail, _, _, _, unit, person_noun, noun_unit = h
    if unit in PEOPLE_MEASURES and start and text[start - 1] == "等":
        # 对张伟等15名优秀教师给予表彰: the names before 等 are examples; who is counted
        # follows the figure, up to the verb of what is done for them
        given = _AFTER_EXAMPLES_RE.match(text, tail)
        if given is not None:
            return given.group(1)
    right, after = right_phrase(text, tail)
    if right and unit in PEOPLE_MEASURES and text.startswith("的", after):
        # 5名缺席的委员, 180名未离任的现任议员: what they did, then who they are
        head, _ = right_phrase(text, after)
        cut = next((i + 1 for i, c in enumerate(head) if c in _PEOPLE_ENDS and head[i + 1 : i + 2] not in _PEOPLE_ENDS), 0)
        if cut >= 2 and len(right) <= 6:
            return head[:cut]  # (现任区议员|宣誓: the people noun ends the phrase)
    if unit in PEOPLE_MEASURES and right and right[-1] not in _PEOPLE_ENDS:
        # 两名一直在台下低头记录的书记员, 三名穿着绿色制服的职员: a clause about them,
        # then 的 and who they are (the clause alone says what they did)
        rel = _RELATIVE_PEOPLE_RE.match(text, tail)
        if rel is not None:
            who = rel.group(1)
            return who[:-2] if who.endswith(_PER_HEAD_ENDS) and len(who) > 3 else who  # (的学生每人: 学生)
    if right and right[-1] == "级" and len(right) <= 3 and text.startswith(("及以上", "及以下"), after):
        # 256家二级及以上公立医疗机构: the grade stops the phrase at 及; the noun after is counted
        noun, end = right_phrase(text, after + 3)
        if len(noun) >= 2:
            return right + text[after : after + 3] + without_predicate(noun, text[end : end + 1])
    dim = _DIMENSION_END_RE.search(text, max(floor, start - 6), start) if right and text.startswith("的", tail) else None
    if dim is not None:
        # 全长3046公里的环湖生态屏障, 总面积9万平方公里的X: the dimension word alone names no
        # thing; the noun after 的 is what is measured, and the word says which measure
        noun = without_predicate(right, text[after : after + 1])
        if len(noun) >= 2:
            return noun + dim.group(1)
    if (
        right in _LOCATIVES or right.startswith(_LOCATIVE_OPENINGS) or right in _BOUND_WORDS
        or (right[:1] in _PART_OF_FIRST and _PART_OF_RE.match(right))
        or (right[:1] in _FRAME_FIRST and text.startswith("的", tail) and right.startswith(_FRAME_NOUNS))
        or (right.startswith(_LEVEL_NOUNS) and unit not in _LEVEL_COUNTERS)
    ):
        right = ""  # 河道一公里范围内, 100多公里外, 1500米至2000米之间: where, measured from what is before
    elif (
        not right and text[tail : tail + 1] in _STOPPED_OPENERS and unit not in RATE_UNITS
        and unit not in PLACE_UNITS and unit not in PLACE_LIKE  # (粤港澳三地在…举行的演习: the places are counted)
    ):
        # 50余家各行业有代表性的龙头企业: the phrase after the unit opens with a word the
        # stops end (各, 在, 由 …), a clause that describes the noun after its 的
        described = _DESCRIBED_RE.match(text, tail)
        if described is not None:
            noun, end = right_phrase(text, described.end() - 1)
            if len(noun) >= 2:
                return without_predicate(noun, text[end : end + 1])

    if unit in PERSON_UNITS or unit in PEOPLE_MEASURES:
        per = _PER_POPULATION_RE.search(text, max(floor, start - 16), start)
        if per is not None:
            return per.group(1)  # 每千名学生中有3名近视: so many of that population

    if person_noun:
        if not text.startswith(person_noun, tail) and not right:
            # 旅居人数超550万, 其中失能老人约3500万: the people noun is before the
            # figure, in the phrase that names them
            return left_phrase(text, h, floor) or person_noun
        return right or person_noun

    if unit == "级" and (not right or right.startswith(_LEVELS_PREDICATE)):
        levels = _LEVELS_RE.search(text, max(floor, start - 8), start)
        if levels is not None:
            # 省市县乡村五级全覆盖: the levels counted; with a noun after
            # (市区两级防汛工作调度会, 省市县三级财政科技投入稳定增长机制) the
            # gold takes the noun, as for 四级组织架构
            return levels.group()
    if unit in PLACE_UNITS and text.startswith("的", tail):
        return unit  # 跨越四川和贵州两省的贩毒链条: the places counted, as the gold writes 两县 -> 县
    place = unit in PLACE_UNITS
    if noun_unit or place or unit in PLACE_LIKE:
        if _HAS_SEPARATOR_RE.search(text, max(floor, start - LEFT_WINDOW), start):
            # 陕西、甘肃两省, 番禺与威宁两地, 集成电路、生物医药、人工智能三大先导产业:
            # the list right before names what is counted
            listed = _list_phrase(text[left_phrase_start(text, start, floor) : start])
            if listed and not (noun_unit and listed.endswith("等")):
                return listed  # (…特色种植等6大农业产业基地: the list gives examples; the noun is counted)
        before = text[start - 1 : start]
        if before == "”" and (noun_unit or place):
            quoted = _QUOTED_RUN_RE.search(text, max(floor, start - 40), start)
            if quoted is not None:
                return quoted.group()  # “星火”“星光”“星耀”三大计划: the names listed, one quote each
        n = _abbreviated(text, h) if place and before in _PROVINCE_ABBREVIATIONS else 0
        if n:
            return text[start - n : start]  # 健全鄂湘赣三省合作机制: the provinces counted
        if noun_unit:
            whose = left_phrase(text, h, floor)
            if whose and len(whose) <= 6 and nouns_only(whose):
                return whose + unit  # 港股三大指数, 平陆运河三大枢纽: whose they are, and the noun
            return unit  # 三大精神内涵: the noun counted
    if (
        unit in PERSON_UNITS and floor and text[start - 1 : start] == "的" and start - floor <= _OF_PREVIOUS_MAX
        and not any(c in CLAUSE_STOPS for c in text[floor:start])
    ):
        # 吸引80多个国家和地区的150多万人次参会参展: people of what the figure before
        # counted; they are told by what they did, after
        rr = balanced(raw_right(text, tail))
        if CJK_RE.match(rr):
            return rr
    if unit in PERSON_UNITS:
        # 人 is itself the noun: what precedes says who (率队一行6人), what
        # follows says what they did (其余15人被困); a noun after 的 is the
        # group they make (打造5500人的高水平科技经理人队伍).
        if right and text.startswith("的", tail) and _GROUP_RE.search(right):
            return right  # (满载19人的中巴车: the bus is no group of them)
        body = _BODY_RE.match(right) if right else None
        if body is not None:
            return body.group()  # 1500人选委会, 百人代表团: the body of that size, with no 的
        lp = left_phrase(text, h, floor)
        if lp.startswith("的"):
            # “20人的调研团却有50多人陪同”: what stands before is the tail of the
            # noun the figure before modified; these people are told by what follows
            rr = balanced(raw_right(text, tail))
            if rr:
                return rr
        if (
            lp and (
                _CAUSE_TAIL_RE.search(text, max(floor, start - 4), start)
                or _CAUSE_PLACE_RE.search(text, max(floor, start - 12), start)
            )
        ) or text.startswith("被", tail):
            # 本次强降雨造成14人遇难, 带动当地3万多人就业, 目前已有360余人次参加:
            # before is the cause or the time, what they did is after
            rr = balanced(raw_right(text, tail))
            if CJK_RE.search(rr):
                return rr  # (陪同人员却有50多人”。: a closing quote says nothing)
        if right and lp and _BARE_VERB_RE.fullmatch(lp):
            return right  # 提供20万人次居家养老上门服务: a verb alone before; the service counted is after
        if lp and len(lp) <= 6 and where_when(lp):
            rr = balanced(raw_right(text, tail))
            if CJK_RE.match(rr):
                return rr  # 宁乡5人落网, 6天5地7人被查: where and when before; what they did after
        return lp or _this_is(text, h) or raw_right(text, tail) or None
    cb = (
        left_bounds(text, start, floor, CLAUSE_STOPS)
        if unit in RATE_UNITS and text[start - 1 : start] in CHANGE_LAST
        and CHANGE_END_RE.search(text, max(floor, start - 8), start)
        else 0
    )
    if cb > 0 and text[cb - 1] == "、" and CHANGE_ONLY_RE.fullmatch(text, cb, start):
        # 全市生产总值达到5.67万亿元、增长5.4%: the change of the figure before
        # (after a comma, 同比增加1308元，增长27.4%, the gold keeps the change itself)
        owner = owner_before(text, cb, 1)
        if owner:
            return owner[0]
    if cb > 0 and text[cb - 1] in "，," and CHANGE_ONLY_RE.fullmatch(text, cb, start):
        # 出口1.2万亿元，同比增长13.9%: the train gold writes the change alone
        # (同比增长) or what changed (出口); the figure's owner and the change
        # together hold either
        counted = counted_before(text, cb, floor)
        if counted:
            # 收到约4.5万宗公屋申请，较去年同期减少一成: what the figure before counted changed
            return counted + text[cb : start].rstrip("了")
        owner = owner_before(text, cb, 1)
        if (
            owner and len(owner[0]) <= OWNER_MAX and not CHANGE_ONLY_RE.fullmatch(owner[0])
            and not NO_OWNER_RE.search(owner[0])
        ):
            # (同比增加1308元，增长27.4%: the clause before is a change itself;
            # 这是今年前9个月…: a time, not what grew; both keep the change alone)
            return owner[0] + text[cb : start].rstrip("了")
    if unit in ("%", "‰", "个百分点"):
        # a rate follows what it measures (破案率100%), unless a noun follows
        # that it modifies (100%的乡镇, 完成90%箱梁施工); 51%提升到2025年 is no noun
        if (
            right and not (after < len(text) and text[after].isdigit()) and not _CHANGE_START_RE.match(right)
            and not _CHANGE_WORD_RE.fullmatch(right) and right not in _BOUND_WORDS
            and not right.startswith(_RATE_PREDICATES)  # 百分之百全覆盖, 100%达标: how far, not of what
            # 77个大科学装置超八成分布在十个大省: a verb after the share is its predicate
            and not (RELATIVE_RE.match(right) and not text.startswith("的", after))
        ):
            return right
        phrase = left_phrase(text, h, floor)
        share = _SHARE_RE.search(phrase) if text.startswith("的", start - 1) else None
        if share and share.start() > 0:
            # 石漠化面积曾一度达到山区总面积的七成: what is measured is before the verb
            head = clean_left(_ADVERB_TAIL_RE.sub("", phrase[: share.start()]))
            if head:
                return head
        return phrase or raw_right(text, tail) or None
    if right and unit == "倍" and _CHANGE_WORD_RE.fullmatch(right):
        right = ""  # 频谱效率10倍以上的提升: what rose is before
    if right and (
        text.startswith("的", tail)
        or (text[start - 1 : start] in _ATTRIBUTE_LAST and _ATTRIBUTE_RE.search(text, max(floor, start - 4), start))
    ):
        attribute = left_phrase(text, h, floor)
        if attribute and (_ATTRIBUTE_RE.search(attribute) or _DISTANCE_RE.fullmatch(attribute)):
            # 面积达30000平方米的室内综合型运动场馆; 通时速350公里高铁 (the
            # attribute right before the figure, with no 的 after it)
            return attribute
    if right and text.startswith("的", tail) and _ATTRIBUTE_RE.fullmatch(right):
        whose = left_phrase(text, h, floor)
        if whose:
            return whose  # 脱落的外墙面有十多层的高度: the figure is the size of what is before
    if right and text[after : after + 1] in "着过" and unit not in RATE_UNITS:
        # 10个活着的小孩, 3个存在着问题的小区: a verb, its aspect particle (a stop of the
        # phrase), then 的 and what is counted
        clause = _ASPECT_CLAUSE_RE.match(text, after)
        if clause is not None:
            noun, _ = right_phrase(text, clause.end() - 1)
            if len(noun) >= 2:
                return noun
    if right and text.startswith("的", after) and unit not in RATE_UNITS and len(right) >= 2:
        # 700多起悬而未决的童工案件, 35项群众反映强烈的突出问题: a clause about the
        # things counted, then 的 and what they are (3个村的村民 keeps 村: a noun)
        noun, _ = right_phrase(text, after)
        if len(noun) >= 2 and (predicate(right) or right.startswith(_CARRYING)):
            return noun  # (3辆满载救灾物资的大货车: the tagger calls 满载 no verb)
    if right:
        if unit in _PARTS_UNITS and text[start - 1 : start] == "分":
            lp = _DIVIDE_TAIL_RE.sub("", left_phrase(text, h, floor))
            if lp:
                return lp  # 项目分两期建设: what is divided, not what is done to it
        nxt = starts.get(after)
        if nxt is not None and not text.startswith("等", start - 1) and (
            nxt.unit == unit
            # 养老机构120家床位1.5万张: a noun before each figure (四川宜宾9家医院11个领导: a place)
            or (len(right) >= 2 and nouns_only(right) and ends_in_noun(left_phrase(text, h, floor)))
        ):
            label = left_phrase(text, h, floor)
            if label:
                return label  # 主线1条支线4条: 支线 labels the next number
        if right[-1] in _REACHING_LAST and after < len(text) and text[after].isdigit():
            # 倒卖船票30万余张涉案金额超1500万元 (a text with no commas): a phrase that
            # reaches a figure after it is that figure's subject, not this one's
            label = left_phrase(text, h, floor)
            if label:
                return label
        return without_predicate(right, text[after : after + 1])
    lp = left_phrase(text, h, floor)
    if not lp and text.startswith(("为", "是"), tail):
        named, _ = right_phrase(text, tail + 1)
        if named:
            return named  # 其中8宗为输入个案: what they are, after the copula
    if lp and lp[-1] in _VERB_END_LAST and _VERB_END_RE.search(lp):
        # 像这样的产业转移项目，重庆上半年已承接1300多个: the verb's object is
        # the topic a clause or two back, not the doer
        topic = topic_before(text, start, floor)
        if topic:
            return topic
    if not lp and unit in PLACE_UNITS:
        return unit  # 全港18区共设有120个投票站: the places counted, as the gold writes 县
    this_is = None if lp else _this_is(text, h)
    return lp or this_is or raw_right(text, tail) or None


# A rate per population right before a count of people (每千名学生中有3名, 每万名职工中
# 约有40名): the population is what the people are counted among.
_PER_POPULATION_RE = re.compile(
    r"每[\d一二两三四五六七八九十百千万亿.]{1,6}(?:位|名|个)?(?!人)([\u4e00-\u9fff]{2,4}?)"
    r"(?:中|当中|之中|里)?(?:只|便|就|约|大约|平均|仅)?有$"
)


def _this_is(text: str, h: Hit) -> str | None:
    """3000多万人！这是截至9月底，全国X的规模: a figure alone in its sentence, named by the next."""
    before = text[max(0, h.start - 4) : h.start].rstrip()
    if before and before[-1] not in "。！？!?\n":
        return None
    m = _THIS_IS_RE.match(text, h.tail)
    return m.group(1) if m is not None else None


# What names a figure alone in its sentence (超过1.6万个！这是今年建成的X).
_THIS_IS_RE = re.compile(r"[！!。]\s*这(?:就)?是(?:(?:截至|截止|到)[^，。！？\n]{0,14}，)?([^，。；！？\n]{2,30})")


# Verbs whose object a count is, right after an adverb (已建成7个, 已经治理了5.2万平方公里,
# 已精确识别): with no noun between, the object is elsewhere (累计完成棚户区改造 has its own).
_VERB_END_RE = re.compile(
    r"(?:已|已经|共|共计|累计|先后|成功|陆续|就|又|还|再|均|都|全部|正在|一共|可|可以|能)[\u4e00-\u9fff]{0,2}?"
    r"(完成|建成|新建|建设|承接|治理|采购|卖出|售出|识别|处理|办理|受理|解决|化解|排查|清理|整治|改造|培训|救助|"
    r"帮扶|发放|收购|销售|种植|栽植|安置|接收|收治|检测|筛查|查处|招引|引进|签约|打造|创建|认定|培育|开工|实施|"
    r"修复|回收|落实|累计|承办|举办|开展|组织)了?$"
)
# What a phrase _VERB_END_RE can match must end with: a verb's last character,
# 了, or a newline (before which ``$`` matches too); most phrases end otherwise,
# and are not searched at all.
_VERB_END_LAST = frozenset(
    w[-1] for w in re.search(r"\((完成[^)]*)\)", _VERB_END_RE.pattern).group(1).split("|")  # type: ignore[union-attr]
) | {"了", "\n"}
# A transitive verb that ends a subject (白马山村“两委”采购了4000余斤): its object is not
# in the phrase; the verbs of _VERB_END_RE, with no adverb needed before them.
_OBJECTLESS_VERBS = re.search(r"\((完成[^)]*)\)", _VERB_END_RE.pattern).group(1)  # type: ignore[union-attr]
_OBJECTLESS_RE = re.compile(f"(?:{_OBJECTLESS_VERBS}|收到|收集|征集|运送|售卖|购买)了?$")
_WHEN_WORDS_RE = re.compile(r"目前|当前|现在|现时|今年|去年|明年|上半年|下半年|一年内|年内|今后|此前|近年来?|截至|\d+年|[，\s]")


# An aspect particle, the rest of a relative clause, and its 的 (活着的, 存在着问题的).
_ASPECT_CLAUSE_RE = re.compile(r"[着过][^，。；：！？、\n“”的]{0,8}的")
# What before a count of people is its cause, time or place, not the people.
# A rate followed by its change (从2013年的40.7%增长至去年的65.6%): no noun after it.
_CHANGE_START_RE = re.compile(r"(?:增长|提升|提高|下降|上升|降低|减少|增加)(?:至|到)")
# What closes a bound (比例控制在20%—30%之间): no noun the rate modifies
_BOUND_WORDS = frozenset({"之间", "之内", "以内", "区间", "范围", "范围内"})
_CAUSE_TAIL_RE = re.compile(
    r"(?:造成|导致|致使|带动当地|带动|吸引|已有|共有|只有|各有|预计有|日均|每天|累计"
    # 会派出5人出选, 选派3人驻村: who sends them is before, what they do after
    r"|派出|选派|派遣|抽调"
    # 事件中最少有5人受伤送院, 全村有200多人外出务工: who they are is after
    r"|最少有|至少有|最多有|约有|有"
    # 声称十万人参与, 据称300人受影响: a report of them, then what they did
    r"|声称|宣称|据称|据报|据悉|透露)$"
)
# A cause, then where (台风已导致日本冲绳县2人死亡): what happened to them is after
_CAUSE_PLACE_RE = re.compile(r"(?:造成|导致|致使)[^，。；：！？、\d的]{1,8}$")
# A verb alone before a count of people (提供20万人次居家养老上门服务): it names no one
_BARE_VERB_RE = re.compile(
    r"(?:已|已经|共|累计|先后|陆续|全年|年均|每年|为其)?(?:提供|开展|完成|服务|接待|培训|救助|帮扶|安置|带动|吸纳|组织|举办"
    r"|惠及|覆盖|转移|解决|诊疗|筛查|检测|输送|招聘|发放|慰问|走访|引进|培养|新增|实现)了?"
)
# A rate's right phrase that is only a change (实现10%以上快增长, 10倍以上的提升): no noun.
_CHANGE_WORD_RE = re.compile(r"(?:快速?|较快|稳定|持续|大幅)?(?:增长|提升|提高|下降|上升|增加|减少|降低)")
# A measured attribute before the figure (面积达30000平方米的场馆): the figure's subject.
_ATTRIBUTE_RE = re.compile(
    r"(?:面积|长度|总长|全长|宽度|高度|深度|重量|容量|里程|跨度|直径"
    r"|时速|速度|功率|装机|库容|容积|排量|载重|流量|水位|海拔|埋深|厚度|亩产|产能)$"
)
# 距离震中约220公里的智利南部地区: a distance from a place, then what lies there
_DISTANCE_RE = re.compile(r"(?:距离|距|离)[\u4e00-\u9fff“”]{1,10}")
# Parts a whole is divided into (分两期建设, 分三批实施, 分四个阶段推进)
_DIVIDE_TAIL_RE = re.compile(r"(?:拟|将|计划|预计)?分$")
_PARTS_UNITS = frozenset({"期", "批", "步", "个阶段", "阶段", "轮", "段"})
# (积, 度, 长 …: the last characters of its words, and a newline, before which ``$`` matches too)
_ATTRIBUTE_LAST = frozenset(w[-1] for w in re.findall(r"[\u4e00-\u9fff]+", _ATTRIBUTE_RE.pattern)) | {"\n"}
# Right phrases that say where, not what (一公里范围内, 100多公里外, 500米处)
_LOCATIVES = frozenset({"范围", "外", "处", "内", "远"})
# A part of the figure's whole after it (200席中的120席, 20席中一半, 20席一半由…):
# "among them" or a fraction, no noun the figure counts
_PART_OF_RE = re.compile(r"(?:当中|之中|中)(?:的|有|一半|$)|(?:中)?(?:一半|过半|大半|半数|多半|逾半)")
_PART_OF_FIRST = frozenset("当之中一过大半多逾")  # (most phrases open with none: no regex call)
_LOCATIVE_OPENINGS = ("范围内", "以外", "之外", "开外", "附近", "以内", "之内", "处的", "之上", "之下")
# Nouns of a frame, not of a thing: after 的 they place the figure's clause in time or
# in a relation (用电量突破10万亿千瓦时的背后, 增长5%的同时, 在1000亿元的基础上); what
# is measured is before the figure.  A closed grammatical class (relational and time nouns).
_FRAME_NOUNS = (
    "背后", "同时", "基础上", "前提下", "情况下", "条件下", "背景下", "过程中", "时候", "之际", "之后", "之前",
    "以后", "以前", "当天", "当年", "年代", "水平上", "规模上",
)
_FRAME_FIRST = frozenset(w[0] for w in _FRAME_NOUNS)
# Nouns of a level the figure marks, with no 的 (突破百万吨大关, 迈上1.45万亿斤新台阶, 创历史新高):
# what reaches the level is before the figure.  A closed class of the genre's threshold words.
_LEVEL_NOUNS = ("大关", "关口", "台阶", "新台阶", "大台阶", "门槛", "红线", "底线", "新高", "历史新高", "高位")
_LEVEL_COUNTERS = frozenset({"个", "级", "次"})  # (跨上三个大台阶 counts the levels themselves)
# Predicates after a rate that say how fully something is done, not what is measured (a
# noun after the rate is what it measures: 完成90%箱梁施工).
_RATE_PREDICATES = (
    "全覆盖", "覆盖", "达标", "合格", "到位", "落实", "完成", "办结", "清零", "兑现", "通过", "实现", "全部",
)
# Characters that open a describing clause and that the phrase stops end at once; the
# clause runs to its 的 without a stop, a figure or a quote (at most ten characters).
_STOPPED_OPENERS = frozenset("各在由被经从对为")
_DESCRIBED_RE = re.compile(r"[^，。；：！？、\n\d“”的]{1,10}的(?=[\u4e00-\u9fff])")


# What may follow a count of levels and says what they do, not what they are
# (省市县乡村五级全覆盖, 三级联动): the levels listed before are the subject then.
_LEVELS_PREDICATE = ("全覆盖", "覆盖", "联动", "贯通", "联创", "联席", "共建", "齐抓", "同步")
_LEVELS_RE = re.compile(r"[省市县区乡镇村组街道社居户]{3,}$")
# Where a list of names starts: after the last of these before its first separator.
_LIST_BREAK = frozenset("的了是在对把将从为向给由被以串越过到至于")
_LIST_SEPARATORS = "、与和及"
_HAS_SEPARATOR_RE = re.compile(f"[{_LIST_SEPARATORS}]")
_NAME_CHAR_RE = re.compile(r"[\u4e00-\u9fff（）()]")  # 长江（巢湖）


def _list_phrase(phrase: str) -> str | None:
    """The list of names that ends ``phrase`` (…延续了区关工委、团区委、区科协 -> the three), or None."""
    first = min((i for i in (phrase.find(c) for c in _LIST_SEPARATORS) if i > 0), default=-1)
    if first < 0 or phrase.endswith(tuple(_LIST_SEPARATORS)):
        return None
    b = first
    while b > 0 and first - b < 8 and phrase[b - 1] not in _LIST_BREAK and _NAME_CHAR_RE.match(phrase[b - 1]):
        b -= 1
    listed = phrase[b:].strip()
    last = max(listed.rfind(c) for c in _LIST_SEPARATORS)
    if len(listed) - last - 1 > 6:
        return None  # 以需求牵引和市场导向持续做强: a clause, not a list of names
    return listed if len(listed) >= 3 else None


# A relative clause after a count of people, then 的 and a people noun (三名穿着
#制服的职员); the clause stays within its sentence and a dozen characters.
_RELATIVE_PEOPLE_RE = re.compile(
    r"[^，。；：！？、\n“”的]{2,14}的([\u4e00-\u9fff]{0,4}(?:[者人员告生民工师士官长手众友属童女]|干部))"
)
_PER_HEAD_ENDS = ("每人", "每名", "每位")
_CARRYING = ("满载", "装满", "装载", "载有", "载着", "运载", "搭载")
_OF_PREVIOUS_MAX = 12  # how far a figure's people may stand from the figure whose noun owns them (…地区的)
_PEOPLE_ENDS = frozenset("者人员告生民工师士官长手众友属童女")
_GROUP_RE = re.compile(r"(?:队伍|团队|队|团|组|班子|群体|阵容|方阵)$")
# A body a count of people sizes, written right after 人 (1500人选委会, 35人代表团).
_BODY_RE = re.compile(r"[\u4e00-\u9fff]{0,4}(?:委员会|选委会|代表团|考察团|访问团|调研团|工作组|专家组|小组|团队|队伍)")

# X占/达到Y的…%: a share of Y; X is what is measured.
_SHARE_RE = re.compile(r"(?:占(?!比)|达到)[^的]{1,12}$")  # (占比 is a noun: 主体占比从2013年的40.7%)
_ADVERB_TAIL_RE = re.compile(r"(?:曾经|曾|一度|已经|已|仍|均|都|将|就)+$")


# The last characters of a phrase that reaches the figure after it (涉案金额超, 总数达)
_REACHING_LAST = frozenset("超达为约近逾计有")
