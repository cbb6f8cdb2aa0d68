"""Subjects of metrics, stage 4: passes over all figures that carry a subject from one figure to another.

After ``subjects`` has chosen a phrase for each figure, these passes correct
the figures whose own phrase names nothing or names the wrong thing, from a
neighbouring figure: modifiers that share the last noun (``6个世界级、7个国家级
产业集群``: ``shared_noun``), a pair told twice (``79户161人``:
``glued_households``), a verb with no object (``采购了4000余斤``:
``object_before``), one group's old and new values (``由40宗下调至32宗``:
``changed_quantity``), "each of them" (``每个约一百平方尺``: ``each_of_counted``),
an elided noun (``增至450个``: ``elided_noun``), a poll's share of people
(``41%是中间派选民``: ``share_that_is``) and a measure left out after a duration
or a parallel group (``carried_over``); and, inside the main loop, the noun
after a list of two figures (``shared_right``) and runs of place counts
(``place_run``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from civicextract.extractors.metrics import indicators

from . import chooser as _chooser
from . import hit as _hit
from .chooser import LIST_SEPARATORS
from .hit import PEOPLE_MEASURES, PERSON_UNITS, RATE_UNITS, Hit
from .phrases import CHANGE_VERBS, left_phrase, right_phrase

# Patterns whose methods are called below are bound by assignment, not imported by name: CPython
# 3.11 compiles NAME.search(...) as an attribute load and a new bound method per call when an
# import binds NAME (tests/test_method_calls.py).
OBJECTLESS_RE = _chooser.OBJECTLESS_RE
PLACE_UNITS = _hit.PLACE_UNITS

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
# (round 28: a count of people too, 即N多人是香港居民; travellers too, N多人次是内地旅客)
_SHARE_IS_RE = re.compile(
    r"是([^，。；：！？（）()\n是]{0,10}(?:受访者|受访市民|市民|选民|港人|居民|学生|家长|雇员|僱员|旅客|访客|游客))"
)
_SHARE_IS_UNITS = PERSON_UNITS | PEOPLE_MEASURES | {"%", "成"}
# 当中约六成、即22万9千多人是香港居民: a share, then 即 and the same people counted
_APPOSITION = ("、即", "，即", "、亦即", "，亦即")


def share_that_is(text: str, hits: list[Hit], out: list[str | None]) -> None:
    """41%是中间派选民, 即22万9千多人是香港居民: the people after 是, not the words before the
    figure; a share set beside such a count (约八成、即…) is of the same people."""
    for i, h in enumerate(hits):
        if h.unit not in _SHARE_IS_UNITS:
            continue
        m = _SHARE_IS_RE.match(text, h.tail)
        if m is not None:
            out[i] = m.group(1)
            if i and hits[i - 1].unit in ("%", "成") and text.startswith(_APPOSITION, hits[i - 1].tail):
                if hits[i - 1].tail + 3 >= h.start:
                    out[i - 1] = out[i]


def elided_noun(text: str, hits: list[Hit], out: list[str | None]) -> None:
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


def carried_over(text: str, hits: list[Hit], out: list[str | None]) -> None:
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


def each_of_counted(text: str, hits: list[Hit], out: list[str | None]) -> None:
    """被间成8个套间放租，每个约一百平方尺: 每 and the measure word of a count just made
    is "each of them"; the size measures what that count counted."""
    for i, subj in enumerate(out):
        if i and subj and len(subj) == 2 and subj[0] == "每":
            for j in range(i - 1, max(-1, i - 3), -1):
                if hits[j].unit == subj[1] and out[j] and not any(c in "。！？\n" for c in text[hits[j].end : hits[i].start]):
                    out[i] = out[j]
                    break


def changed_quantity(text: str, hits: list[Hit], out: list[str | None]) -> None:
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
GROUP_COUNT_UNITS = frozenset({"户", "家", "个", "所", "支", "组", "批", "队"})


_OBJECT_BACK = 160  # how far back a figure of the same unit may name the object
# Who does something (an organisation, a place's body, people), before the verb with no object.
_DOER_LAST = frozenset("委局办村镇乡区县市司社厂店户家人员民们会部站所院校队组”")
_DOER_ADVERBS_RE = re.compile(r"(?:已经|已|共计|共|累计|先后|就|又|还|再|都|一共|仅)+$")


def object_before(text: str, hits: list[Hit], out: list[str | None]) -> None:
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


def glued_households(text: str, hits: list[Hit], out: list[str | None]) -> None:
    """Give N户M人 the phrase before N户 for both figures (not the next figure as a noun)."""
    for i in range(len(hits) - 1):
        h, n = hits[i], hits[i + 1]
        if n.start != h.tail or h.unit not in GROUP_COUNT_UNITS or n.unit not in PERSON_UNITS:
            continue
        left = left_phrase(text, h, hits[i - 1].tail if i else 0)
        if left[:1] in "与同跟和" and len(left) > 2:
            left = left[1:]  # 与失联的79户161人取得联系: with whom, not 与
        if left:
            out[i] = out[i + 1] = left
        elif out[i + 1]:
            out[i] = out[i + 1]  # 有326户1024人参加: what they did, after the pair


def shared_right(text: str, hits: list[Hit], i: int) -> tuple[str, int] | None:
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


def shared_noun(text: str, hits: list[Hit], out: list[str | None]) -> None:
    """培育6个世界级、7个国家级、9个区域级产业集群: the modifiers share the last noun."""
    i = 0
    n = len(hits)
    while i < n:
        j = i
        while j + 1 < n:
            # (the subject's own tests first: most subjects are no grade word, and the run ends
            # there without reading a figure's fields)
            grade = out[j]
            if (
                grade is None or len(grade) > 4 or grade[-1:] not in _GRADE_LAST
                or hits[j + 1].unit != hits[i].unit
                or not _GRADE_ONLY_RE.fullmatch(grade)
                or text[hits[j].tail : hits[j + 1].start] not in (grade + "、", grade + "和", grade + "及")
            ):
                break
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


def place_run(text: str, h: Hit, prev_hit: Hit | None) -> str | None:
    """The unit a count of places counts when counts of places follow one another, else None."""
    if not _is_place_unit(h.unit):
        return None
    aside = _ASIDE_RE.match(text, h.tail)
    after = aside.end() if aside else h.tail
    if (prev_hit is not None and _is_place_unit(prev_hit.unit)) or _PLACE_COUNT_AFTER_RE.match(text, after):
        return h.unit + (aside.group() if aside else "")
    return None
