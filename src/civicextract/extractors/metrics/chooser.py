"""Subjects of metrics, stage 3: the subject of one figure, from its own phrases.

``choose_subject`` answers, for one figure, which phrase names what it counts
or measures: the noun phrase after the unit (``432个申报点位``), the phrase
before the figure (``拆除违章建筑1.8万平方米``), or a construction of the
genre read as such: counts of people (``率队一行6人``, ``其余15人被困``),
places listed before (``陕西、甘肃两省``), rates that modify a noun
(``100%的乡镇``) or follow what they measure, attributes (``面积达30000平方米的
场馆``), relative clauses before 的, and changes whose owner is a clause
before (``owners``).  ``subjects`` calls it for every figure the relations
between neighbouring figures do not settle.
"""

from __future__ import annotations

import re

from . import owners as _owners
from . import phrases as _phrases
from .hit import PEOPLE_MEASURES, PERSON_UNITS, PLACE_LIKE, PLACE_UNITS, RATE_UNITS, Hit
from .owners import (
    CHANGE_LAST,
    OWNER_MAX,
    counted_before,
    owner_before,
    topic_before,
)
from .phrases import (
    CHANGE_DEGREES,
    CLAUSE_STOPS,
    LEFT_WINDOW,
    balanced,
    clean_left,
    left_bounds,
    left_phrase,
    left_phrase_start,
    raw_right,
    right_phrase,
)
from .tagging import ends_in_noun, nominal, nouns_only, predicate, tags, where_when, without_predicate

# Patterns whose methods are called below are bound by assignment, not imported by name: CPython
# 3.11 compiles NAME.search(...) as an attribute load and a new bound method per call when an
# import binds NAME (tests/test_method_calls.py).
CHANGE_END_RE = _owners.CHANGE_END_RE
CHANGE_ONLY_RE = _owners.CHANGE_ONLY_RE
CJK_RE = _phrases.CJK_RE
NO_OWNER_RE = _owners.NO_OWNER_RE
RELATIVE_RE = _phrases.RELATIVE_RE

_QUOTED_RUN_RE = re.compile(r"(?:“[^“”，。]{1,8}”){2,}$")
# The one-character names of the provinces and regions (京津冀, 鄂湘赣, 粤港澳)
_PROVINCE_ABBREVIATIONS = frozenset("京津沪渝冀豫云滇辽黑湘皖鲁新苏浙赣鄂桂甘陇晋蒙陕秦吉闽贵黔粤青藏川蜀宁琼港澳台")


def _abbreviated(text: str, h: Hit) -> int:
    """N when the N characters before a count of N places are their abbreviations (鄂湘赣三省), else 0."""
    n = int(h.value) if h.value == h.value.to_integral_value() else 0
    if not 2 <= n <= 6 or n > h.start or h.value_max is not None:
        return 0
    return n if all(c in _PROVINCE_ABBREVIATIONS for c in text[h.start - n : h.start]) else 0


# who a count of people after examples (对X等15名…给予) counts: up to the verb of what they are given
_AFTER_EXAMPLES_RE = re.compile(
    r"([^，。；：！？\n]{2,24}?)(?:每人|每名)?(?=给予|给与|颁发|颁奖|表彰|奖励)"
)
# a dimension word right before the figure (全长, 总长, 总面积 …), then 的 and the noun measured
_DIMENSION_END_RE = re.compile(r"(全长|总长|总面积|总里程|总库容|总装机|总跨度|主跨)(?:约|近|达|为|超过|逾)?$")


def choose_subject(text: str, h: Hit, floor: int, starts: dict[int, Hit]) -> str | None:
    """The phrase that names what the figure ``h`` counts or measures, or None: its stages in
    order, each None where it does not apply (the last ones answer for their units whatever
    they find): people after examples or after a clause about them; a grade's or a
    dimension's noun; where, not what, after the unit; a population or the people noun; levels,
    places and nouns listed before; people counted; the change of the figure before; rates;
    an attribute or a relative clause; then the phrase after the figure or the one before."""
    # (the fields read below as locals: a NamedTuple field is a descriptor call each time)
    start, _, _, tail, _, _, _, unit, person_noun, noun_unit = h
    # (each stage is called only for the units and phrases its tests can answer: the test
    # that opens it is made here, and most figures skip most stages)
    people = unit in PEOPLE_MEASURES
    if people and start and text[start - 1] == "等":
        chosen = _after_examples(text, tail)
        if chosen is not None:
            return chosen
    right, after = right_phrase(text, tail)
    if not right and text.startswith("”", tail) and text[start - 1 : start] == "“":
        right, after = right_phrase(text, tail + 1)  # (round 28) 比“3%左右”的调控目标低: the quote holds the figure alone
    if people and right:
        chosen = _people_after_clause(text, tail, right, after)
        if chosen is not None:
            return chosen
    elif people and text.startswith("在", tail):
        # 438位在公屋居住的65岁以上长者: where they live, then who they are (round 24)
        who = _relative_people(text, tail)
        if who is not None:
            return who
    if right:
        chosen = _grade_or_dimension(text, floor, start, tail, right, after)
        if chosen is not None:
            return chosen
    if _where_not_what(text, tail, unit, right):
        right = ""  # 河道一公里范围内, 100多公里外, 1500米至2000米之间: where, measured from what is before
    elif not right and text[tail : tail + 1] in _STOPPED_OPENERS:
        chosen = _described_after_opener(text, tail, unit)
        if chosen is not None:
            return chosen
    if people or unit in PERSON_UNITS or person_noun:
        chosen = _population_or_people_noun(text, h, floor, start, tail, unit, person_noun, right)
        if chosen is not None:
            return chosen
    if unit == "级" or noun_unit or unit in PLACE_UNITS or unit in PLACE_LIKE:
        chosen = _levels_places_or_nouns(text, h, floor, start, tail, unit, noun_unit, right)
        if chosen is not None:
            return chosen
    if unit in PERSON_UNITS:
        return _people_subject(text, h, floor, start, tail, right)
    if unit in RATE_UNITS:
        chosen = _change_of_figure_before(text, floor, start)
        if chosen is not None:
            return chosen
        if unit in ("%", "‰", "个百分点"):
            return _rate_subject(text, h, floor, start, tail, right, after)
    if right and unit == "倍" and _CHANGE_WORD_RE.fullmatch(right):
        right = ""  # 频谱效率10倍以上的提升: what rose is before
    if right:
        chosen = _attribute(text, h, floor, start, tail, right)
        if chosen is not None:
            return chosen
        chosen = _relative_clause(text, unit, right, after)
        if chosen is not None:
            return chosen
        return _right_subject(text, h, floor, start, unit, right, after, starts)
    return _left_subject(text, h, floor, start, tail, unit)


def _after_examples(text: str, tail: int) -> str | None:
    """Who a count of people (名, 位) right after 等 counts, from the phrase after it."""
    # 对张伟等15名优秀教师给予表彰: the names before 等 are examples; who is counted
    # follows the figure, up to the verb of what is done for them
    given = _AFTER_EXAMPLES_RE.match(text, tail)
    return given.group(1) if given is not None else None


def _people_after_clause(text: str, tail: int, right: str, after: int) -> str | None:
    """The people noun after a clause about a count of people (名, 位: the phrase after it) and
    its 的 (5名缺席的委员)."""
    if text.startswith("的", after):
        # 5名缺席的委员, 180名未离任的现任议员: what they did, then who they are
        head, _ = right_phrase(text, after)
        # (round 28: a clause of up to ten characters, 9名涉嫌雇用外籍黑工的本地雇主)
        cut = _people_noun_end(head, len(head))
        if cut and len(right) <= 10:
            return head[:cut]  # (现任区议员|宣誓: the people noun ends the phrase)
    if right[-1] not in _PEOPLE_ENDS:
        # 两名一直在台下低头记录的书记员, 三名穿着绿色制服的职员: a clause about them,
        # then 的 and who they are (the clause alone says what they did)
        who = _relative_people(text, tail)
        if who is not None:
            return who[:-2] if who.endswith(_PER_HEAD_ENDS) and len(who) > 3 else who  # (的学生每人: 学生)
    return None


def _relative_people(text: str, tail: int) -> str | None:
    """Who a count of people is after a relative clause and 的 (三名穿着制服的职员), when the people
    noun is a word of its own (round 28: not the 警 of 人民警察, the 客 of 旅游客车)."""
    rel = _RELATIVE_PEOPLE_RE.match(text, tail)
    if rel is None:
        return None
    a, b = rel.span(1)
    cut = _people_noun_end(text[a : b + 4], b - a)
    return text[a : a + cut] if cut else None


def _people_noun_end(phrase: str, most: int) -> int:
    """The length of the people noun ``phrase`` opens with (at most ``most`` and 6 characters), or 0:
    up to the first character of a person (员, 者, 客 …) or an owner (雇主) that ends a word
    (round 28: 现任议员|宣誓, 客户|告上法庭, not 旅游客|车 or 人民警|察)."""
    for k in range(1, min(most, 6)):
        if phrase[k] in _PEOPLE_ENDS or phrase[k - 1 : k + 1] in _OWNER_PEOPLE:
            if k + 1 == len(phrase) or _word_ends_at(phrase, k + 1):
                return k + 1
    return 0


def _word_ends_at(phrase: str, k: int) -> bool:
    """A word of ``phrase`` ends after its first ``k`` characters (本地雇主|被, not 旅游客|车)."""
    n = 0
    for word, _ in tags(phrase):
        n += len(word)
        if n >= k:
            return n == k
    return False


def _grade_or_dimension(text: str, floor: int, start: int, tail: int, right: str, after: int) -> str | None:
    """With a phrase after the figure: the noun after a grade and 及以上 (二级及以上公立医疗机构), or after the 的 of a
    dimension (全长3046公里的环湖生态屏障), with the grade or the dimension word."""
    if right[-1] == "级" and len(right) <= 3 and text.startswith(("及以上", "及以下"), after):
        # 256家二级及以上公立医疗机构: the grade stops the phrase at 及; the noun after is counted
        noun, end = right_phrase(text, after + 3)
        if len(noun) >= 2:
            return right + text[after : after + 3] + without_predicate(noun, text[end : end + 1])
    dim = _DIMENSION_END_RE.search(text, max(floor, start - 6), start) if text.startswith("的", tail) else None
    if dim is not None:
        # 全长3046公里的环湖生态屏障, 总面积9万平方公里的X: the dimension word alone names no
        # thing; the noun after 的 is what is measured, and the word says which measure
        noun = without_predicate(right, text[after : after + 1])
        if len(noun) >= 2:
            return noun + dim.group(1)
    return None


def _where_not_what(text: str, tail: int, unit: str, right: str) -> bool:
    """The phrase after the figure says where (一公里范围内), a bound, a part of a whole, a
    frame (…的同时) or a level reached (大关), not what the figure counts."""
    first = right[:1]
    if first not in _WHERE_FIRST:
        return False  # (most phrases: none of the words below opens with their first character)
    return bool(
        right in _LOCATIVES or right.startswith(_LOCATIVE_OPENINGS) or right in _BOUND_WORDS
        or (first in _PART_OF_FIRST and _PART_OF_RE.match(right))
        or (first in _FRAME_FIRST and text.startswith("的", tail) and right.startswith(_FRAME_NOUNS))
        or (right.startswith(_LEVEL_NOUNS) and unit not in _LEVEL_COUNTERS)
    )


def _described_after_opener(text: str, tail: int, unit: str) -> str | None:
    """The noun after the 的 of a clause that opens with a stop (各, 在, 由 …) right after the
    unit (50余家各行业有代表性的龙头企业)."""
    if (
        unit not in RATE_UNITS
        and unit not in PLACE_UNITS and unit not in PLACE_LIKE  # (粤港澳三地在…举行的演习: the places are counted)
    ):
        # 50余家各行业有代表性的龙头企业: the phrase after the unit opens with a word the
        # stops end (各, 在, 由 …), a clause that describes the noun after its 的
        described = _DESCRIBED_RE.match(text, tail)
        if described is not None:
            noun, end = right_phrase(text, described.end() - 1)
            if len(noun) >= 2:
                return without_predicate(noun, text[end : end + 1])
    return None


def _population_or_people_noun(
    text: str, h: Hit, floor: int, start: int, tail: int, unit: str, person_noun: str | None, right: str
) -> str | None:
    """The population a count of people is taken among (每千名学生中有3名), or for a figure
    whose unit is a people noun, the phrase that names them."""
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
    return None


def _levels_places_or_nouns(
    text: str, h: Hit, floor: int, start: int, tail: int, unit: str, noun_unit: bool, right: str
) -> str | None:
    """For levels, places and nouns counted (N大X): the levels listed before (省市县乡村五级),
    the places' unit, the list, quoted names or abbreviations before, whose nouns they are."""
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
    return None


# A phrase before a figure that holds only when and where (2025年全国超410万人次取得…, 去年全市
# 12万人次享受…): no subject; what the people did, after the figure, is.
_SCAFFOLD_ONLY_RE = re.compile(
    r"(?:\d{4}年(?:\d{1,2}(?:至|—|-)\d{1,2}月)?|今年|去年|上年|前年|全年|上半年|下半年|年内|目前|截至目前)*"
    r"(?:全国|全省|全市|全区|全县|全州|全镇|我国|我省|我市|全球)(?:共|共有|累计|共计)?"
)


def _people_subject(text: str, h: Hit, floor: int, start: int, tail: int, right: str) -> str | None:
    """Who a count of people (人, 人次) counts: the noun of the figure before, a group or a
    body after, what they did after a cause or a place, or the phrase before."""
    if (
        floor and text[start - 1 : start] == "的" and start - floor <= _OF_PREVIOUS_MAX
        and not any(c in CLAUSE_STOPS for c in text[floor:start])
    ):
        # 吸引80多个国家和地区的150多万人次参会参展: people of what the figure before
        # counted; they are told by what they did, after
        rr = balanced(raw_right(text, tail))
        if CJK_RE.match(rr):
            return rr
    # 人 is itself the noun: what precedes says who (率队一行6人), what
    # follows says what they did (其余15人被困); a noun after 的 is the
    # group they make (打造5500人的高水平科技经理人队伍).
    if right and text.startswith("的", tail) and _GROUP_RE.search(right):
        return right  # (满载19人的中巴车: the bus is no group of them)
    body = _BODY_RE.match(right) if right else None
    if body is not None:
        return body.group()  # 1500人选委会, 百人代表团: the body of that size, with no 的
    lp = left_phrase(text, h, floor)
    if lp and text.startswith("的", tail) and lp[-1] in _SPAN_LAST and _SPAN_TAIL_RE.search(lp):
        # (round 27) 应对未来40天95亿人次的跨区域人员流动: a span of time before, 的 after; the people-times
        # size the noun after 的
        noun, _ = right_phrase(text, tail + 1)
        if len(noun) >= 2:
            return noun
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
    if lp and ((len(lp) <= 6 and where_when(lp)) or _SCAFFOLD_ONLY_RE.fullmatch(lp)):
        # (round 24: 2025年全国超410万人次取得高级工以上证书, 去年全市12万人次享受免费体检;
        # the tagger calls 2025年 a numeral, not a time)
        rr = balanced(raw_right(text, tail))
        if CJK_RE.match(rr):
            return rr  # 宁乡5人落网, 6天5地7人被查: where and when before; what they did after
    return lp or named_by_next_sentence(text, h) or raw_right(text, tail) or None


def _change_of_figure_before(text: str, floor: int, start: int) -> str | None:
    """For a rate (%, ‰, 个百分点, 倍) right after a change word alone (、增长5.4%,
    ，同比增长13.9%): the owner of the figure before, with the change after a comma."""
    cb = (
        left_bounds(text, start, floor, CLAUSE_STOPS)
        if text[start - 1 : start] in CHANGE_LAST
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
        if text.startswith("按", cb):
            indicator = indicator_before(text, cb - 1, floor)
            if indicator:
                # 本港今日公布首季出口，按年跌2.1%: Hong Kong's 按年/按月/按季 change of the
                # indicator the clause before names, with no figure of its own (round 24)
                return indicator + text[cb:start].rstrip("了")
    return None


# What a clause names its indicator after (公布首季出口) or before (出口货值录得3500亿元)
# (and their Traditional forms: a short Traditional text is read as written, not converted)
_REPORT_VERB_RE = re.compile(r"公布|公佈|发表|發表|录得|錄得|达到|達到|达|達|为|為|是|报|報")
# (the last clause opener before the comma: a comma between digits, 3,500, is none)
_CLAUSE_OPEN_RE = re.compile(r"(?s:.*)(?:[，。；;：:！？!?\n]|,(?!\d))")
_INDICATOR_MAX = 12


def indicator_before(text: str, comma: int, floor: int) -> str | None:
    """The noun of the clause that ends at ``comma``: after a reporting verb, else before it."""
    opened = _CLAUSE_OPEN_RE.search(text, max(floor, comma - 40), comma)
    begin = max(floor, opened.end() if opened else comma - 40)
    clause = text[begin:comma]
    m = _REPORT_VERB_RE.search(clause)
    if m is not None:
        after, before = clause[m.end() :], clause[: m.start()]
        clause = after if after and not any(c.isdigit() for c in after) else before
    clause = clause.rpartition("的")[2].strip()
    if not 2 <= len(clause) <= _INDICATOR_MAX or any(c.isdigit() or c in "（）()" for c in clause) or "下同" in clause:
        return None  # ((美元，下同)，按年升: a note closing the clause before, not an indicator)
    return clause


def _rate_subject(text: str, h: Hit, floor: int, start: int, tail: int, right: str, after: int) -> str | None:
    """What a rate (%, ‰, 个百分点) measures: the noun it modifies after it (100%的乡镇),
    what is before the verb of a share (达到山区总面积的七成), or the phrase before."""
    if text.startswith("的", tail) and text[start - 1 : start] in _RATE_NAME_LAST:
        named = left_phrase(text, h, floor)
        if named.endswith(_RATE_NAME_ENDS):
            # (round 27) 得票率超过5%的政党: the rate named right before, not what reaches it (from
            # the last 的 or 及 on: 的政党以及得票率超过8%, the phrase reaching back to the figure before)
            cut = max(named.rfind("的"), named.rfind("及"), named.rfind("和"), named.rfind("、")) + 1
            return named[cut:] if len(named) - cut >= 2 else named
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
    if share is None and phrase.startswith("占") and not phrase.startswith("占比"):
        # (round 28) 过夜旅客为N人次，占入境旅客M%; …人次（占总数M%）: a share with
        # no 的 is of the clause before's topic too
        opened = text.rfind(phrase, max(floor, start - len(phrase) - 3), start) - 1
        owner = _topic_of_clause_before(text, opened, _SHARE_OWNER_RE) or _topic_of_clause_before(
            text, opened, _MOSTLY_RE
        )
        if owner:
            return owner + phrase
    if share and share.start() > 0:
        # 石漠化面积曾一度达到山区总面积的七成: what is measured is before the verb
        head = clean_left(_ADVERB_TAIL_RE.sub("", phrase[: share.start()]))
        if head:
            return head
    if share and share.start() == 0 and (owner := _topic_of_clause_before(text, start - len(phrase) - 2, _SHARE_OWNER_RE)):
        # 过夜旅客有95万人次，占全部旅客的六成: the share is of the clause before's topic
        return owner + phrase
    if phrase in _BARE_CHANGE_NOUNS:
        # 邮轮乘客人次回落至二十万，跌幅一成: the fall is of the clause before's topic; (round 28)
        # with a verb between (增幅达27.9%, 跌幅为11.4%) and after a clause that counts it
        # (泰国旅客有96,227人次，跌幅为11.4%)
        opened = text.rfind(phrase, max(floor, start - len(phrase) - 2), start) - 1
        topic = _topic_of_clause_before(text, opened, _CHANGED_TOPIC_RE) or _topic_of_clause_before(
            text, opened, _SHARE_OWNER_RE
        )
        if topic:
            return topic + phrase
    return phrase or raw_right(text, tail) or None


# What the name of a rate ends with (得票率, 覆盖率, 占比), and the characters that may stand right before
# the rate's figure after it (the name, or the verb or qualifier between: 得票率超过5%, 覆盖率达90%; not a
# change or a reach to a target: 以使通胀率回落至2%的目标, 治理率达到30%的预期目标 keep the target)
_RATE_NAME_ENDS = ("率", "比例", "比重", "占比", "份额")
_RATE_NAME_LAST = frozenset("率例重比额达为过超约近逾")
# A span of time ending the phrase before a count of people (未来40天, 全年, 春运期间)
_SPAN_TAIL_RE = re.compile(r"(?:[\d一二两三四五六七八九十百]+个?(?:天|日|周|月|年|小时)|全年|当年|今年|期间|以来)$")
_SPAN_LAST = frozenset("天日周月年时间来")
_BARE_CHANGE_NOUNS = frozenset({"跌幅", "升幅", "增幅", "加幅", "降幅", "涨幅", "减幅"})
# the topic of a clause that changes (邮轮乘客人次回落至二十万): what is before its change verb
_CHANGED_TOPIC_RE = re.compile(
    r"([\u4e00-\u9fff]{2,16}?)(?:按年|按月|按季|同比|环比)?(?:下跌|上升|增加|减少|增长|下降|回落|上涨|跌|升)"
)


# the topic that opens the clause before a share (过夜旅客有95万人次，占…的六成): a noun, then a
# verb of having or reaching and its figure
_SHARE_OWNER_RE = re.compile(r"([\u4e00-\u9fff]{2,10}?)(?:有|为|达|录得|共有|增至|减至|升至|降至)[\d一二三四五六七八九十两约近逾超]")


# the clause before a share that names the largest part (男性以轻度失能居多，占男性长者约5成; 以私营企业为主，
# 占…): that part has the share (round 28)
_MOSTLY_RE = re.compile(r"[^，。；]{0,8}?以([^，。；以]{2,10}?)(?:居多|为主|最多)$")


def _topic_of_clause_before(text: str, pos: int, opening: re.Pattern[str]) -> str | None:
    """The topic of the clause that ends at the comma at ``pos`` (group 1 of ``opening``), when the
    clause opens as ``opening`` says: with a change (_CHANGED_TOPIC_RE) or a noun and a figure
    (_SHARE_OWNER_RE)."""
    if pos <= 0 or text[pos] not in "，,（(":
        return None
    # (the clause's opener: a comma between digits, 2,418,905, is none)
    opened = _CLAUSE_OPEN_RE.search(text, max(0, pos - 40), pos)
    begin = opened.end() if opened is not None else max(0, pos - 40)
    m = opening.match(text, begin, pos)
    return m.group(1) if m else None


def _attribute(text: str, h: Hit, floor: int, start: int, tail: int, right: str) -> str | None:
    """With a phrase after the figure: a measured attribute before it (面积达30000平方米的场馆),
    or what a size after the figure is of (有十多层的高度)."""
    if (
        text.startswith("的", tail)
        or (text[start - 1 : start] in _ATTRIBUTE_LAST and _ATTRIBUTE_RE.search(text, max(floor, start - 4), start))
    ):
        attribute = left_phrase(text, h, floor)
        if attribute and (_ATTRIBUTE_RE.search(attribute) or _DISTANCE_RE.fullmatch(attribute)):
            # 面积达30000平方米的室内综合型运动场馆; 通时速350公里高铁 (the
            # attribute right before the figure, with no 的 after it)
            return attribute
    if text.startswith("的", tail) and _ATTRIBUTE_RE.fullmatch(right):
        whose = left_phrase(text, h, floor)
        if whose:
            return whose  # 脱落的外墙面有十多层的高度: the figure is the size of what is before
    return None


def _relative_clause(text: str, unit: str, right: str, after: int) -> str | None:
    """The noun after a clause about the things counted (the phrase after the figure) and its 的
    (10个活着的小孩, 700多起悬而未决的童工案件)."""
    if text[after : after + 1] in "着过" and unit not in RATE_UNITS:
        # 10个活着的小孩, 3个存在着问题的小区: a verb, its aspect particle (a stop of the
        # phrase), then 的 and what is counted
        clause = _ASPECT_CLAUSE_RE.match(text, after)
        if clause is not None:
            noun, _ = right_phrase(text, clause.end() - 1)
            if len(noun) >= 2:
                return noun
    if text.startswith("的", after) and unit not in RATE_UNITS and len(right) >= 2:
        # 700多起悬而未决的童工案件, 35项群众反映强烈的突出问题: a clause about the
        # things counted, then 的 and what they are (3个村的村民 keeps 村: a noun)
        noun, _ = right_phrase(text, after)
        if len(noun) >= 2 and (predicate(right) or right.startswith(_CARRYING) or _MAKER_END_RE.search(right)):
            # (3辆满载救灾物资的大货车: the tagger calls 满载 no verb; round 24: 运载1097吨宁夏本地
            # 企业生产的聚氯乙烯: nor 生产 after its doer; the goods are counted, not their maker)
            return noun
    return None


# Verbs of making that close a clause about who made the things counted (1097吨本地企业生产的
# 聚氯乙烯, 5000件农户编织的竹篮): the noun after 的 is what is counted.
_MAKER_END_RE = re.compile(r"(?:生产|制造|加工|种植|养殖|研发|研制|制作|编织|酿造|培育|出品|组装)$")


def _right_subject(
    text: str, h: Hit, floor: int, start: int, unit: str, right: str, after: int, starts: dict[int, Hit]
) -> str:
    """The phrase after the figure, unless the phrase before is what it divides, labels the
    next figure, or the phrase after reaches the figure after it."""
    if unit in _PARTS_UNITS and text[start - 1 : start] == "分":
        lp = _DIVIDE_TAIL_RE.sub("", left_phrase(text, h, floor))
        if lp:
            return lp  # 项目分两期建设: what is divided, not what is done to it
    nxt = starts.get(after)
    if nxt is not None and nxt.unit == unit and _own_noun_each(text, right, nxt):
        # (round 24) 覆盖18个国家50多个港口城市, 来自12个国家30多个城市: each count has its
        # own noun right after it; the phrase before labels neither (主线1条支线4条 does)
        return right
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


def _own_noun_each(text: str, right: str, nxt: Hit) -> bool:
    """Whether the figure after (glued to this one's noun) has a noun of its own after its unit,
    as this one has (18个国家50多个港口城市), so neither noun labels the other's figure."""
    if len(right) < 2 or not nominal(right):
        return False
    noun, _ = right_phrase(text, nxt.tail)
    return len(noun) >= 2 and nominal(noun)


def _left_subject(text: str, h: Hit, floor: int, start: int, tail: int, unit: str) -> str | None:
    """With no phrase after the figure: the phrase before, what follows a copula, the topic of
    a verb's object, the places' unit, the next sentence, or the raw phrase after."""
    lp = left_phrase(text, h, floor)
    if not lp and text.startswith(("为", "是"), tail):
        named, _ = right_phrase(text, tail + 1)
        if named:
            return named  # 其中8宗为输入个案: what they are, after the copula
    if lp and lp[-1] in VERB_END_LAST and VERB_END_RE.search(lp):
        # 像这样的产业转移项目，重庆上半年已承接1300多个: the verb's object is
        # the topic a clause or two back, not the doer
        topic = topic_before(text, start, floor)
        if topic:
            return topic
    if not lp and unit in PLACE_UNITS:
        return unit  # 全港18区共设有120个投票站: the places counted, as the gold writes 县
    this_is = None if lp else named_by_next_sentence(text, h)
    return lp or this_is or raw_right(text, tail) or None


# A rate per population right before a count of people (每千名学生中有3名, 每万名职工中
# 约有40名): the population is what the people are counted among.
_PER_POPULATION_RE = re.compile(
    r"每[\d一二两三四五六七八九十百千万亿.]{1,6}(?:位|名|个)?(?!人)([\u4e00-\u9fff]{2,4}?)"
    r"(?:中|当中|之中|里)?(?:只|便|就|约|大约|平均|仅)?有$"
)


def named_by_next_sentence(text: str, h: Hit) -> str | None:
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
VERB_END_RE = re.compile(
    r"(?:已|已经|共|共计|累计|先后|成功|陆续|就|又|还|再|均|都|全部|正在|一共|可|可以|能)[\u4e00-\u9fff]{0,2}?"
    r"(完成|建成|新建|建设|承接|治理|采购|卖出|售出|识别|处理|办理|受理|解决|化解|排查|清理|整治|改造|培训|救助|"
    r"帮扶|发放|收购|销售|种植|栽植|安置|接收|收治|检测|筛查|查处|招引|引进|签约|打造|创建|认定|培育|开工|实施|"
    r"修复|回收|落实|累计|承办|举办|开展|组织)了?$"
)
# What a phrase VERB_END_RE can match must end with: a verb's last character,
# 了, or a newline (before which ``$`` matches too); most phrases end otherwise,
# and are not searched at all.
VERB_END_LAST = frozenset(
    w[-1] for w in re.search(r"\((完成[^)]*)\)", VERB_END_RE.pattern).group(1).split("|")  # type: ignore[union-attr]
) | {"了", "\n"}
# A transitive verb that ends a subject (白马山村“两委”采购了4000余斤): its object is not
# in the phrase; the verbs of VERB_END_RE, with no adverb needed before them.
_OBJECTLESS_VERBS = re.search(r"\((完成[^)]*)\)", VERB_END_RE.pattern).group(1)  # type: ignore[union-attr]
OBJECTLESS_RE = re.compile(f"(?:{_OBJECTLESS_VERBS}|收到|收集|征集|运送|售卖|购买)了?$")
WHEN_WORDS_RE = re.compile(r"目前|当前|现在|现时|今年|去年|明年|上半年|下半年|一年内|年内|今后|此前|近年来?|截至|\d+年|[，\s]")


# An aspect particle, the rest of a relative clause, and its 的 (活着的, 存在着问题的).
_ASPECT_CLAUSE_RE = re.compile(r"[着过][^，。；：！？、\n“”的]{0,8}的")
# What before a count of people is its cause, time or place, not the people.
# A rate followed by its change (从2013年的40.7%增长至去年的65.6%): no noun after it.
# (round 24, Hong Kong figures: 12.0%大跌至6月的3.1%, 5%跌至-31%)
_CHANGE_START_RE = re.compile(
    rf"(?:{CHANGE_DEGREES})?"  # (从30%大幅提升至70%以上)
    r"(?:增长|提升|提高|下降|上升|降低|减少|增加|大?[跌升降增减]|急[跌升]|回落|回升)(?:至|到)"
)
# What closes a bound (比例控制在20%—30%之间): no noun the rate modifies
_BOUND_WORDS = frozenset({"之间", "之内", "以内", "区间", "范围", "范围内"})
_CAUSE_TAIL_RE = re.compile(
    # (round 27: 致 alone is the cause's verb too, in headlines: 山火持续 已致6人死亡, 醉驾致3人受伤;
    # not the 致 ending 一致, 大致, 细致, 极致 …)
    r"(?:造成|导致|致使|(?<![一大细极景兴精别标雅])致|带动当地|带动|吸引|已有|共有|只有|各有|预计有|日均|每天|累计"
    # 会派出5人出选, 选派3人驻村: who sends them is before, what they do after
    r"|派出|选派|派遣|抽调"
    # 事件中最少有5人受伤送院, 全村有200多人外出务工: who they are is after
    r"|最少有|至少有|最多有|约有|有"
    # 声称十万人参与, 据称300人受影响: a report of them, then what they did
    r"|声称|宣称|据称|据报|据悉|透露"
    # (round 28) 全日录得N万人次过关: what the count records is after; 吸引了N多人次参加: 了 after the verb
    r"|录得)了?$"
)
# A cause, then where (台风已导致日本冲绳县2人死亡): what happened to them is after
_CAUSE_PLACE_RE = re.compile(r"(?:造成|导致|致使)[^，。；：！？、\d的]{1,8}$")
# A verb alone before a count of people (提供20万人次居家养老上门服务): it names no one
_BARE_VERB_RE = re.compile(
    r"(?:已|已经|共|累计|先后|陆续|全年|年均|每年|为其)?(?:提供|开展|完成|服务|接待|培训|救助|帮扶|安置|带动|吸纳|组织|举办"
    r"|惠及|覆盖|转移|解决|诊疗|筛查|检测|输送|招聘|发放|慰问|走访|引进|培养|新增|实现)了?"
)
# A rate's right phrase that is only a change (实现10%以上快增长, 10倍以上的提升): no noun.
_CHANGE_WORD_RE = re.compile(
    r"(?:快速?|较快|稳定|持续|大幅)?(?:增长|提升|提高|下降|上升|增加|减少|降低|下跌|回落|回升)"
    r"|大[增跌减升涨]|急[升跌]"  # (round 24: 较2018年的三成大增)
    r"|大幅度?|显著|明显|稳步"  # (从30%大幅提升至70%: the phrase stops before the verb)
)
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
# What a phrase _where_not_what answers for opens with (every word and pattern above)
_WHERE_FIRST = frozenset(
    {w[0] for w in _LOCATIVES | _BOUND_WORDS} | {w[0] for w in _LOCATIVE_OPENINGS + _LEVEL_NOUNS}
) | _PART_OF_FIRST | _FRAME_FIRST
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
LIST_SEPARATORS = "、与和及"
_HAS_SEPARATOR_RE = re.compile(f"[{LIST_SEPARATORS}]")
_NAME_CHAR_RE = re.compile(r"[\u4e00-\u9fff（）()]")  # 长江（巢湖）


def _list_phrase(phrase: str) -> str | None:
    """The list of names that ends ``phrase`` (…延续了区关工委、团区委、区科协 -> the three), or None."""
    first = min((i for i in (phrase.find(c) for c in LIST_SEPARATORS) if i > 0), default=-1)
    if first < 0 or phrase.endswith(tuple(LIST_SEPARATORS)):
        return None
    b = first
    while b > 0 and first - b < 8 and phrase[b - 1] not in _LIST_BREAK and _NAME_CHAR_RE.match(phrase[b - 1]):
        b -= 1
    listed = phrase[b:].strip()
    last = max(listed.rfind(c) for c in LIST_SEPARATORS)
    if len(listed) - last - 1 > 6:
        return None  # 以需求牵引和市场导向持续做强: a clause, not a list of names
    return listed if len(listed) >= 3 else None


# A relative clause after a count of people, then 的 and a people noun (三名穿着
#制服的职员); the clause stays within its sentence and a dozen characters.
_RELATIVE_PEOPLE_RE = re.compile(
    r"[^，。；：！？、\n“”的]{2,20}的"
    # (438位在公屋居住的65岁以上长者: an age before who they are, round 24)
    r"(?:\d{1,3}岁(?:或?以上|以下)?的?)?"
    r"([\u4e00-\u9fff]{0,4}(?:[者人员告生民工师士官长手众友属童女妇客警兵胞]|干部|雇主|业主|户主|车主|船主))"
)
_PER_HEAD_ENDS = ("每人", "每名", "每位")
# People words whose last character names no person alone: who they own or employ (雇主, 业主), 干部
_OWNER_PEOPLE = frozenset({"雇主", "业主", "户主", "车主", "船主", "干部"})
_CARRYING = ("满载", "装满", "装载", "载有", "载着", "运载", "搭载")
_OF_PREVIOUS_MAX = 12  # how far a figure's people may stand from the figure whose noun owns them (…地区的)
# (round 28: 孕妇, 访客, 民警, 士兵, 同胞, 客户 too: 312名未作产检登记的外地孕妇)
_PEOPLE_ENDS = frozenset("者人员告生民工师士官长手众友属童女妇客警兵胞户")
_GROUP_RE = re.compile(r"(?:队伍|团队|队|团|组|班子|群体|阵容|方阵)$")
# A body a count of people sizes, written right after 人 (1500人选委会, 35人代表团).
_BODY_RE = re.compile(r"[\u4e00-\u9fff]{0,4}(?:委员会|选委会|代表团|考察团|访问团|调研团|工作组|专家组|小组|团队|队伍)")

# X占/达到Y的…%: a share of Y; X is what is measured.
_SHARE_RE = re.compile(r"(?:占(?!比)|达到)[^的]{1,12}$")  # (占比 is a noun: 主体占比从2013年的40.7%)
_ADVERB_TAIL_RE = re.compile(r"(?:曾经|曾|一度|已经|已|仍|均|都|将|就)+$")


# The last characters of a phrase that reaches the figure after it (涉案金额超, 总数达)
_REACHING_LAST = frozenset("超达为约近逾计有")
