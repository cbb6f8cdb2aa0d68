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

from .chooser import LIST_SEPARATORS, OBJECTLESS_RE, VERB_END_LAST, VERB_END_RE, WHEN_WORDS_RE, choose_subject
from .hit import PEOPLE_MEASURES, PERSON_UNITS, PLACE_LIKE, PLACE_UNITS, RATE_UNITS, Hit
from .owners import CHANGE_END_RE, RESPECTIVELY, respectively, topic_before
from .phrases import (
    CHANGE_VERBS,
    CJK_RE,
    CLAUSE_STOPS,
    HARD_STOPS,
    LEFT_WINDOW,
    left_bounds,
    left_phrase,
    raw_right,
    right_phrase,
)

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
        start, _, num_start, tail, _, _, _, unit, _, _ = h  # (locals: see choose_subject)
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
            subj = choose_subject(text, h, floor, starts)
            if subj is None and listed and out:
                subj = out[-1]
            elif subj is None and out and out[-1] and gap and gap[0] in "，、" and _REACH_AGAIN_RE.fullmatch(gap):
                # 城镇化率提高1.2个百分点，达到65.3%: the level the change reached; what
                # reached it is what changed, without the change
                subj = CHANGE_END_RE.sub("", out[-1]) or out[-1]
            elif subj and out and out[-1] and prev_unit == unit:
                # 每名社工可跟進5宗個案，實習社工一年內可跟進3宗: the same
                # verb with no object again counts what the figure before counted
                verb = VERB_END_RE.search(subj) if subj[-1] in VERB_END_LAST else None
                if (
                    verb is not None and WHEN_WORDS_RE.sub("", subj[: verb.start()])  # a doer, not 目前已开工改造
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
            or not OBJECTLESS_RE.search(subj) or right_phrase(text, h.tail)[0]
        ):
            continue
        verb = OBJECTLESS_RE.search(subj)
        doer = _DOER_ADVERBS_RE.sub("", subj[: verb.start()])  # type: ignore[union-attr]  # (searched in the condition above)
        if doer and doer[-1] not in _DOER_LAST:
            continue  # 其中新品种种植了1.2万亩: a topic before the verb, not who did it
        for j in range(i - 1, -1, -1):
            if hits[j].tail < h.start - _OBJECT_BACK:
                break
            prev = out[j]
            if hits[j].unit == h.unit and prev and not OBJECTLESS_RE.search(prev):
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
    if i + 1 >= len(hits) or text[h.tail : h.tail + 1] not in LIST_SEPARATORS:
        return None
    nxt = hits[i + 1]
    if nxt.start != h.tail + 1 or nxt.unit != h.unit:
        return None
    right = right_phrase(text, nxt.tail)[0]
    return (right, nxt.tail) if right else None


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
