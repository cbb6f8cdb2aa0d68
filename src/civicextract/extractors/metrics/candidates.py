"""Metrics, stage 2: which numbers the scan found are metrics, and their unit.

``candidates`` runs ``candidate`` on each number of ``scan_numbers`` (in text
order, overlaps and set phrases of ``models/metric_exclusions.txt`` dropped)
and grows a kept figure with its neighbours (``ranges``).  ``candidate`` is
the rule chain for one number: the unit after it (or %, 万/亿 with people, a
counted noun, 成 and 大 and 届), then the spec's exclusions in order of cost:
money, dates, durations, ages, ordinals and ranks, list numbering, codes,
numbers in names, 一 as "a", and the per-unit tests behind ``CHECKED_UNITS``.
It reads as its stages, one function each (``_number_span``, ``_unit_after``,
``_own_form``, ``_bare_number``, ``_code_or_vague``, ``_numeral_as_word``,
``_weekday_or_rank``, ``_measured``: a people word, ``_unit_and_kind``, the
tenths of ``_tenths_follow``/``_tenths``; ``_value``, ``_read_digit_by_digit``,
``_share_sign``, ``_noun_of_magnitude``, ``_ranged``).  The tests that read the
words around a figure live in ``context`` and ``people``, those of a unit read
as part of a word or name in ``unitwords``, the figures of a form of their own
in ``forms``; the value and qualifier are finished in ``figures``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from decimal import Decimal

from ... import numbers as _numbers
from ...numbers import ParsedNumber, parse_number
from . import forms as _forms
from . import scan as _scan
from .context import BLOCKING_PREV, inside_name, tolerance
from .figures import GUO_WORDS, SIGN_BEFORE, finish, over_cheng, over_guo, over_po, parse_figure
from .forms import (
    CHENG_CLAUSE_OPENERS,
    CHENG_PAIRS,
    CHENG_VERBS_BEFORE,
    CHENG_WORDS,
    SMALL_DIGITS,
    SPECIAL_FORMS,
    big_count,
    digit_share,
    hours,
    index_points,
    lifespan,
    one_tenth,
    points,
    sessions,
)
from .hit import Hit
from .people import noun_after, people_word_covers, person_near
from .ranges import SHARED_CHARS, below_zero, dun_cheng, dun_range, joined_pieces, shared_unit, unit_range
from .scan import Lexicon, UnitForm, lexicon, scan_numbers, unit_at
from .unitwords import CHECKED_UNITS, NOT_RANK_QIAN, refused_by_unit, unit_in_word

# Patterns whose methods are called below are bound by assignment, not imported by name: CPython
# 3.11 compiles NAME.search(...) as an attribute load and a new bound method per call when an
# import binds NAME (tests/test_method_calls.py).
CHENG_AFTER_RE = _forms.CHENG_AFTER_RE
CHENG_DIGIT_POLL_RE = _forms.CHENG_DIGIT_POLL_RE
CHENG_DIGIT_RE = _forms.CHENG_DIGIT_RE
CLOCK_BEFORE_RE = _forms.CLOCK_BEFORE_RE
NUMBER_RE = _numbers.NUMBER_RE
POINT_NOUN_RE = _scan.POINT_NOUN_RE

_RANK_CHARS = frozenset("排位名列居")
_RANK_CHARS_RE = re.compile("[" + "".join(sorted(_RANK_CHARS)) + "]")  # (see _PREFIX_FIRST_RE)
# (a 、 ends the ranked item: 排名前1%、9个学科 counts the next one)
# (安排在轨实施了110个项目: 排 of 安排, 编排, 并排 ranks nothing)
_RANK_RE = re.compile(r"(?:(?<![安编并彩])(?:排名|排在|排位)|位居|位列|名列|列第|居第)[^，。；、]{0,4}$")

_CN_NUMERAL = set("零〇一二两三四五六七八九十百千万亿廿卅几数")
# Numerals that standing alone are almost always a character of a word: zero
# (零件, 零售, 零散) and the financial forms, which write amounts on cheques and
# contracts in runs (壹佰贰拾), never one by one (队伍, 参与, 陆续, 收拾).
_WORD_NUMERALS = frozenset("零〇○壹贰貳叁參参肆伍陆陸柒捌玖拾佰仟")
_WORD_FINANCIAL = _WORD_NUMERALS - frozenset("零〇○")
# The last characters of a number that _number_span may cut off (a financial form, 百/千)
_SPAN_CUT_LAST = _WORD_FINANCIAL | frozenset("百千")
_PLAIN_NUMERAL = frozenset("一二两三四五六七八九十百千万亿")
_POWERS = set("十百千万亿")
_POWERS_20_30 = frozenset(_POWERS | set("廿卅"))  # (a set test, not a generator over the core)
_CN_COUNT_HEADS = frozenset("两三四五六七八九十")
# A round figure of people (十万人参与, 百万人次): a count, unlike a bare 万 (万人问卷)
# or a threshold (千万人口城市)
_ROUND_COUNTS = frozenset({"十万", "百万", "千万"})
_ROUND_COUNT_UNITS = ("人次", "人", "名", "户", "位")


def candidates(text: str, prefilter: bool = True) -> Iterator[Hit]:
    lex = lexicon()
    # set phrases, sorted and disjoint (finditer): a hit overlaps one iff the
    # first phrase ending after the hit's start begins before its end.  Read only
    # as far as the hits need them (until one ends after the hit's start): a text
    # without hits, and the text after the last one, is not scanned for them.
    phrases = lex.excluded_re.finditer(text)
    excluded: list[tuple[int, int]] = []
    excluded_ends: list[int] = []
    more = True
    last_end = 0
    for m in scan_numbers(text, lex if prefilter else None):
        hit = candidate(text, m, lex)
        if hit is None or hit.start < last_end:
            continue
        num_start = hit.num_start
        if num_start >= 2:
            before = text[num_start - 1]  # (read once for both tests)
            if before == "、" and hit.value_max is None:
                hit = dun_range(text, hit)
            elif before in "万亿" and hit.start == num_start:
                hit = joined_pieces(text, hit)
        while more and (not excluded_ends or excluded_ends[-1] <= hit.start):
            phrase = next(phrases, None)
            if phrase is None:
                more = False
            else:
                excluded.append(phrase.span())
                excluded_ends.append(phrase.end())
        if excluded:
            k = bisect_right(excluded_ends, hit.start)
            if k < len(excluded) and excluded[k][0] < hit.end:
                continue
        last_end = hit.end
        yield hit


# 六点四, 五点七: a Chinese-numeral decimal (a share's or a multiple's; 五点三十分 is a clock time)
# (round 24: and 零点八, a spoken share below one: 零点八个百分点)
# (round 29: and its point typed as a point, 四．三倍, which normalising makes 四.三倍, or left
# Traditional in a Simplified document, 四點三倍)
_SPOKEN_DECIMAL_RE = re.compile("(?:[一二两三四五六七八九十]+|零)[点點.][零〇一二三四五六七八九]+[%‰]?")

_HALF = Decimal("0.5")
# what may follow the 半 of 两倍半, 一吨半: the figure ends there (半径, 半岛, 半年, 半价: 半 opens a word)
_AFTER_HALF_RE = re.compile(r"[^\u4e00-\u9fff]|以上|以下|左右|上下|多|的|$")


# A magnitude glued to what follows: 1亿千瓦 is 1亿 + 千瓦, 183万60岁 is 183万 + 60岁.
_OVERRUN_RE = re.compile(r"(?<=[万亿])(?:[千百十]|\d+)$")


# What reads a unit that makes a figure of a form of its own (forms.py): called with the text,
# the number's match, its span and the end of the unit.
_FormReader = Callable[[str, re.Match, int, int, int], "Hit | None"]


def candidate(text: str, m: re.Match, lex: Lexicon) -> Hit | None:
    """The metric the number ``m`` is, or None: the rule chain for one number, as its stages.

    Where the number runs; the unit after it (a form of its own is read by ``forms``); what a
    number with no counting unit still is; the signs of a code, a word, a weekday or a rank
    before it; the unit and kind (a people word, the unit and its tests, or the 大/届/成 forms);
    the value; the share sign or the noun of a bare 万/亿; and the figure finished.
    """
    s = m.start()
    e = m.start("post")  # (-1 where no suffix word was read: the group never matches empty)
    if e < 0:
        e = m.end()
    last = text[e - 1]  # (the number's last character, read once for the tests below)
    if text[s] in _WORD_NUMERALS or last in _SPAN_CUT_LAST:  # (most numbers: no call)
        span = _number_span(text, m, s, e, lex)
        if span is None:
            return None
        m, s, e = span
        last = text[e - 1]
    ba_sin = last == "仙" and text[e - 2] == "巴"  # 八巴仙: 8% (numbers reads 巴仙 as a share sign)
    pct = ba_sin or last in "%‰"
    um, lai, shared = _unit_after(text, m, e, pct, lex)
    if um is not None and not shared and um.group() in SPECIAL_FORMS:
        form = _own_form(text, s, um)
        if form is not None:
            return form(text, m, s, e, um.end())
    # (uinfo is lex.units[um.group()] wherever um is not None below: looked up once)
    uinfo = None if um is None else lex.units[um.group()]
    if uinfo is None or uinfo.kind == "not":
        bare = _bare_number(text, m, s, e, um, pct, lex)
        if bare is None:
            return None
        e, um, uinfo = bare

    pre = m.group("pre")
    num_start = m.end("pre") if pre else s
    if num_start >= e:
        return None
    prev = text[s - 1] if s else ""
    core = text[num_start : e - 2] if ba_sin else text[num_start:e]  # (its digits, not 巴仙)
    chinese = text[num_start] in _CN_NUMERAL
    if (
        _code_or_vague(text, s, num_start, core, um, uinfo)
        or (chinese and not pre and _numeral_as_word(text, s, e, core, prev, um, uinfo))
        or _weekday_or_rank(text, s, core, chinese, prev)
    ):
        return None
    measured = _measured(text, m, s, e, num_start, pre, core, chinese, prev, um, uinfo, shared, lex)
    if measured is None or isinstance(measured, Hit):
        return measured  # (no figure, or one of the 大/届/成 forms read whole)
    unit, kind, person, tail = measured

    value = _value(text, m, s, e, tail, unit, kind, lai)
    if value is None:
        return None
    parsed, tail = value
    if chinese and _read_digit_by_digit(core, parsed, pct, unit):
        return None
    if parsed.percent:
        sign = _share_sign(text, s, prev, unit, kind, parsed)
        if sign is None:
            return None
        unit, kind = sign, "percent"
    if unit is None:
        named = _noun_of_magnitude(text, s, e, num_start, core, lex)
        if named is None:
            return None
        person, unit, kind = named
    if inside_name(text, s, e):
        return None
    if um is not None and not shared and text[tail : tail + 1] in _RANGE_FIRST:
        parsed, tail = _ranged(text, tail, um, parsed, kind)
    if unit in _TEMPERATURE_UNITS and parsed.value_max is None and not pre:
        z = below_zero(text, s)
        if z is not None:  # -18℃, 零下5摄氏度: below zero
            parsed, s = ParsedNumber(-parsed.value, None, parsed.qualifier, False), z
    # a figure sharing a later unit (约1800及1900宗): its text ends at the digits,
    # its noun begins after that unit
    return finish(text, s, e, tail, num_start, pre, parsed, unit, person, after=um.end() if shared else None)  # type: ignore[union-attr]


def _number_span(text: str, m: re.Match, s: int, e: int, lex: Lexicon) -> tuple[re.Match, int, int] | None:
    """Where the number the scan found at ``s:e`` runs (its match, start and end), or None when
    it is no number: a financial numeral that ends a word, one that opens the next word, and
    the 百/千 of a unit after Arabic digits cut off.  (candidate calls it only when the first
    or the last character is one of those.)"""
    if text[s] in _WORD_NUMERALS:
        # 大陆三个, 队伍两支: a financial numeral is a word's last character where an
        # ordinary numeral follows (amounts are written all in the financial forms)
        k = s + 1
        while k < e and text[k] in _WORD_NUMERALS:
            k += 1
        if k < e and text[k] in _CN_NUMERAL:
            mk = NUMBER_RE.match(text, k)
            if mk is None:
                return None
            m = mk
            s, e = k, m.start("post") if m.group("post") else m.end()
    if text[e - 1] in _WORD_FINANCIAL and e - s >= 2 and text[e - 2] in _PLAIN_NUMERAL:
        # 百分之三十参与, 近三万陆续返岗, 两万参赛选手: a financial form after ordinary
        # numerals is the next word's first character (an amount is written all in
        # one form), so the number ends before it
        k = e - 1
        mk = NUMBER_RE.match(text, s, k)
        if mk is None or mk.end() != k:
            return None
        m = mk
        e = k
    if text[e - 1] in "百千" and e - s >= 2 and text[e - 2].isdigit():
        # 940百帕, 2千帕: Arabic digits never take 百/千 as a magnitude before a unit
        # that begins with it; the magnitude is the unit's
        du = unit_at(lex.unit_first, text, e - 1)
        if du is not None and du.end() - du.start() >= 2 and lex.units[du.group()].kind != "not":
            e -= 1
            mk = NUMBER_RE.match(text, s, e)
            if mk is None:
                return None
            m = mk
    return m, s, e


def _unit_after(text: str, m: re.Match, e: int, pct: bool, lex: Lexicon) -> tuple[re.Match | None, bool, bool]:
    """The unit form of the lexicon after the number ending at ``e`` (None after a percentage),
    whether it follows 来 ("about"), and whether it is a later unit the number shares."""
    # Cheapest test first: most numbers (2023年, 500万元, 12337平台) have no unit;
    # a percentage has its unit (90%箱梁施工: 箱 counts nothing there).
    if pct:
        return None, False, False
    # (unit_at, inlined: the call costs as much as the lookup)
    after = text[e : e + 1]
    up = lex.unit_first.get(after)
    um = None if up is None else up.match(text, e)
    lai = False
    if um is None and after == "来" and text[e - 1] in _ROUND_ENDS:
        # 十来个村, 100来户, 二十来家: 来 after a round figure is "about"; the measure
        # word follows it (一来…二来 is a list: not round; 三十来岁 is an age: not)
        up = lex.unit_first.get(text[e + 1 : e + 2])
        um = None if up is None else up.match(text, e + 1)
        lai = um is not None
    if um is not None:
        if um.group() == "个点" and _NOUN_AFTER_DIAN_RE.match(text, um.end()):
            um = lex.unit_re.match(text, e, e + 1)  # 3个点位, 10个点子: 个 counts them
        return um, lai, False
    if after in SHARED_CHARS and m.group("a")[0].isdigit():
        shared = shared_unit(text, e, lex)  # 约1800及1900宗: 1800 counts 宗 too
        return shared, False, shared is not None
    return None, False, False


def _own_form(text: str, s: int, um: re.Match) -> _FormReader | None:
    """The reader of ``forms`` for a unit of ``SPECIAL_FORMS`` that makes a figure of its own
    form, or None: an age that is a lifespan, points raised or index points (点), hours (小时)."""
    ug = um.group()
    if ug == "个点":  # (个点 before a noun was read as 个 already)
        return None
    if ug == "岁":
        return lifespan if "寿命" in text[max(0, s - 20) : s] else None
    if ug == "点":
        if POINT_NOUN_RE.match(text, um.end()) and CLOCK_BEFORE_RE.search(text, max(0, s - 2), s) is None:
            return points
        return index_points
    return hours


def _bare_number(
    text: str, m: re.Match, s: int, e: int, um: re.Match | None, pct: bool, lex: Lexicon
) -> tuple[int, re.Match | None, UnitForm | None] | None:
    """A number with no unit after it, or one that blocks it (``um``: money, a date, a
    duration): None when no figure is left, else its end and the unit now after it.  A
    magnitude glued to what follows ends before it (1亿千瓦); a percentage, a fraction, 成, 大,
    届 and a plain count before a people word go on without a unit."""
    # 500万元, 2023年, 三个月: money, a date, a duration block the number; 380万市民, 3万村民,
    # 1200女生: a "not" form that is itself a people word (市民, blocked for the 12345市民热线
    # hotline) blocks no count of people; the people rules decide (Arabic plain counts, 万/亿)
    blocked = um is not None and not people_word_covers(text, e, um.end(), lex)
    g = text[s:e]
    if "万" in g or "亿" in g:
        o = _OVERRUN_RE.search(text, s, e)
        if o is None:
            return None if blocked else (e, None, None)
        e = o.start()
        glued = unit_at(lex.unit_first, text, e)
        info = None if glued is None else lex.units[glued.group()]
        if info is not None and info.kind == "not":
            return None
        return e, glued, info
    if blocked or not (
        pct or m.group("den") or text.startswith(("成", "大", "届"), e)
        or (_PLAIN_COUNT_RE.fullmatch(g) and lex.person_re.match(text, e))
    ):
        return None
    return e, None, None


def _code_or_vague(
    text: str, s: int, num_start: int, core: str, um: re.Match | None, uinfo: UnitForm | None
) -> bool:
    """The number (its digits ``core`` from ``num_start``) is part of a code, a model, a
    one-to-one, a bonus issue's ratio or a telephone number, a vague 几/数, or a word's
    numeral character."""
    # a qualifier word between (APP超过3万个) separates a code's letters from the figure
    before = text[num_start - 1] if num_start else ""
    if before in BLOCKING_PREV and not (
        (before.isascii() and before.isalpha() and text[num_start] in _CN_COUNT_HEADS)
        or (before == "±" and tolerance(text, num_start - 1))
    ):
        return True  # (A/B/C三类营业方案: codes are written in digits, a Chinese numeral counts)
    if before in _MARK_BEFORE:  # (most numbers: none of the three marks below before them)
        if (
            num_start >= 2 and before in "-－" and not text[num_start - 2].isdigit()
            and not (um is not None and uinfo.unit in _TEMPERATURE_UNITS)  # type: ignore[union-attr]  # (um: uinfo set)
            # (净值为-42%: a sign after a verb before a share, see figures.signed)
            and not (text[num_start - 2] in SIGN_BEFORE and core.endswith("%"))
        ):
            return True  # 歼-20, 运油-20, 长征-2: a model's number (3-5个 is a range)
        if num_start >= 2 and before == "对" and text[num_start - 2].isdigit():
            return True  # 1对1面诊: one-to-one, not a count
        if before in _PER_SHARE_LAST and _PER_SHARE_RE.search(text, max(0, num_start - 12), num_start):
            return True  # 每10股转增4股: the ratio of a bonus issue, not a count (round 20)
    head = text[num_start]
    if head in "几数":  # 数十个院落, 几千人: vague, not a figure
        return True
    if len(core) == 1 and core in _WORD_NUMERALS:
        return True  # 零件, 零售, 队伍区域, 参与, 大陆: a word's character, not a figure
    if head == "0" and len(core) > 1 and core[1].isdigit():
        return True  # 08092期, 04队: a code, not a count
    if len(core) >= 7 and core.isdigit() and _PHONE_BEFORE_RE.search(text, max(0, s - 30), s):
        # 咨询电话：0371-56666878 85518661: seven or more plain digits after a telephone word
        # are a number to call (and the byline cut after this one had joined it to a later 部分)
        return True
    return False


def _numeral_as_word(
    text: str, s: int, e: int, core: str, prev: str, um: re.Match | None, uinfo: UnitForm | None
) -> bool:
    """A Chinese numeral with no qualifier before it that is a word, not a count: 一 as "a",
    二 as an ordinal, a bare power of ten (万人问卷)."""
    if core in ("一", "二", "一二") and not (core == "一" and one_tenth(text, s, e)) and not (
        core == "一" and um is not None
        and (
            uinfo.kind == "measure"  # type: ignore[union-attr]  # (um: uinfo set)
            or (_ONLY_RE.search(text, max(0, s - 3), s) and "\u4e00" <= text[um.end() : um.end() + 1] <= "\u9fff")
        )
    ):
        # 一个 / 一处 is "a"; 二期, 二次, 二部 are ordinals (a count of two is 两);
        # 一二类苗 is a grade, not a range (one or two is 一两).  A unit of
        # measure after 一 is a quantity (河道一公里范围内, 一吨垃圾), and so
        # is one of a noun after "only" (只与一间商店签约; not 家乡只有一个。).
        return True
    if (
        core != "十" and core[-1] not in "余多" and _POWERS.issuperset(core) and prev != "上"
        and not over_guo(text, s) and not over_po(text, s) and not over_cheng(text, s)
        and not (core in ("百", "千") and _HUNDRED_NAMED_RE.match(text, e))
        and not (core in _ROUND_COUNTS and text.startswith(_ROUND_COUNT_UNITS, e) and not text.startswith("人口", e))
        and not (core in ("百", "千") and text.startswith("名", e) and _CJK_AFTER_RE.match(text, e + 1))
    ):
        # 万人问卷, 亿万人民, 万吨级: a bare power of ten is a word, not a count
        # (十项措施, 千余头, 百余名 are counts, and so are 百条“最美金秋路”; and
        # 百名患儿, 千名志愿者: 名 counts people only, never a word with 百/千)
        return True
    return False


def _weekday_or_rank(text: str, s: int, core: str, chinese: bool, prev: str) -> bool:
    """The number at ``s`` names a weekday (周三), a session (六届六次) or a rank (排名在30名)."""
    if chinese and len(core) == 1 and core in "一二三四五六日天" and (
        (prev == "周" and text[s - 2 : s - 1] not in ("每", "两", "一"))
        or text.endswith(("星期", "礼拜"), 0, s)
    ):
        return True  # 周三起分区实施: a weekday, not a count
    # (a search from a negative position starts at 0, as from max(0, s - 6))
    if prev == "届" or (_RANK_CHARS_RE.search(text, s - 6, s) and _RANK_RE.search(text, s - 6, s)):
        return True  # 六届六次全会; 排名在30名开外
    return False


def _unit_and_kind(text: str, e: int, um: re.Match, uinfo: UnitForm, shared: bool) -> tuple[str, str, int] | None:
    """The unit, its kind and where it ends, a rate over time included (3667立方米每秒), or
    None for a unit that blocks the figure."""
    if uinfo.kind == "not":
        return None
    unit, kind = uinfo.unit, uinfo.kind
    tail = e if shared else um.end()
    per = text[tail : tail + 1]
    if not shared and (per == "/" if kind == "count" else kind == "measure" and per in _PER_FIRST):
        # a count over time is written with a slash (100万桶/日, 2000辆/天); 每 after a count
        # opens a clause of its own more often than not (3000人每年都来)
        r = _PER_TIME_RE.match(text, tail)
        if r is not None:
            unit, tail = unit + r.group(), r.end()  # 3667立方米每秒, 500吨每天: a rate over time
    return unit, kind, tail


def _measured(
    text: str, m: re.Match, s: int, e: int, num_start: int, pre: str | None, core: str, chinese: bool, prev: str,
    um: re.Match | None, uinfo: UnitForm | None, shared: bool, lex: Lexicon,
) -> tuple[str | None, str | None, str | None, int] | Hit | None:
    """What the number counts: a people word after it, or the unit after it and its tests (the
    unit, its kind, the people word and the figure's end so far; None where the unit blocks the
    figure or is part of a word); a figure of the 大, 届 or 成 forms, read whole (a Hit or None);
    else no unit yet, the figure ending with the number."""
    pp = lex.person_first.get(text[e : e + 1])  # (unit_at, inlined as in _unit_after)
    pm = None if pp is None else pp.match(text, e)
    if pm is not None and (
        "万" in core or "亿" in core or (_PLAIN_COUNT_RE.fullmatch(core) and not (prev and prev in "号码"))
    ):
        # 近7万群众: people, not 群; 5.2万监测对象, 带动500农户: the noun is the unit
        # (the gold writes 人 for most people words: 近7万群众, 43万儿童, 近一亿脱贫
        # 人口; a few of its records keep the noun, 2568万贫困群众, 十几万居民)
        return lex.person_units[pm.group()], "count", pm.group(), e
    if um is not None:
        assert uinfo is not None  # (uinfo is lex.units[um.group()] wherever um is not None)
        measured = _unit_and_kind(text, e, um, uinfo, shared)
        if measured is None:
            return None
        unit, kind, tail = measured
        if unit_in_word(text, s, tail, core, chinese, prev, unit, kind) or (
            unit in CHECKED_UNITS and refused_by_unit(text, s, tail, core, chinese, prev, unit)
        ):
            return None
        return unit, kind, None, tail
    if text.startswith("大", e) and core[-1] not in "%‰":  # (12.0%大跌: a share, then a verb)
        return big_count(text, s, e, num_start, pre, core, chinese, prev)
    if text.startswith("届", e):
        return sessions(text, m, s, e, num_start, pre, core, prev)
    if _tenths_follow(text, s, e, pre, core):
        return _tenths(text, s, e, num_start, pre, core)
    return None, None, None, e


# the verb of a change right after a share (四成大增, 两成回落, 三成上升)
_CHENG_CHANGE_RE = re.compile(r"大?(?:增|减|升|跌|降|涨)|上升|下降|下跌|回落|回升|急升|急跌")


def _tenths_follow(text: str, s: int, e: int, pre: str | None, core: str) -> bool:
    """成 after the number is tenths (七成以上, 近九成的村民), not a word (成为, 建成)."""
    return text.startswith("成", e) and (
        (len(core) == 1 and core in "一二两三四五六七八九123456789") or core in CHENG_PAIRS
    ) and bool(
        CHENG_AFTER_RE.match(text, e + 1) or text.startswith("半", e + 1) or CHENG_DIGIT_RE.match(text, e + 1)
        or ((pre or (s and text[s - 1] in CHENG_VERBS_BEFORE) or dun_cheng(text, s)) and text[e + 1 : e + 2] not in CHENG_WORDS)
        # 150多个物种，近六成为新物种: after 近/超/约 a share, then its copula (round 24; 成为 "become"
        # takes no qualified number before it)
        or (bool(pre) and text.startswith("为", e + 1) and "\u4e00" <= text[e + 2 : e + 3] <= "\u9fff")
        # 较2018年的三成大增, 由去年的两成回落: a share before the verb of its change (round 24)
        or (s and text[s - 1] in "的由" and _CHENG_CHANGE_RE.match(text, e + 1) is not None)
        or digit_share(text, e, core)
        or (
            # 民调显示，6成受访者反对: a share opening its clause, its noun after it
            (s == 0 or text[s - 1] in CHENG_CLAUSE_OPENERS)
            and "\u4e00" <= text[e + 1 : e + 2] <= "\u9fff"
            and text[e + 1 : e + 2] not in CHENG_WORDS
            and text[e + 1 : e + 2] != "不"
        )
    )


def _tenths(text: str, s: int, e: int, num_start: int, pre: str | None, core: str) -> Hit | None:
    """七成以上, 近九成的村民: tenths, a percentage (parse_number reads 七成 as 70%)."""
    tail = e + 1
    if core in CHENG_PAIRS:  # 六七成, 八九成: between the two tenths
        lo = SMALL_DIGITS[core[0]] if core[0] != "两" else 2
        parsed: ParsedNumber | None = ParsedNumber(Decimal(lo * 10), Decimal(lo * 10 + 10), "range", True)
    else:
        parsed = parse_number(text[s : e + 1])
    if parsed is None or inside_name(text, s, tail):
        return None
    if text.startswith("半", tail):  # 约三成半: 35%
        parsed = ParsedNumber(parsed.value + 5, None, parsed.qualifier, True)
        tail += 1
    elif CHENG_DIGIT_RE.match(text, tail) or CHENG_DIGIT_POLL_RE.match(text, tail):
        # 一成八, 三成五: 18%, 35% (tenths, then hundredths); 四成六受访者: 46% of those asked
        parsed = ParsedNumber(parsed.value + SMALL_DIGITS[text[tail]], None, parsed.qualifier, True)
        tail += 1
    if not pre and parsed.qualifier == "exact" and text.startswith("过", s - 1) and text[s - 2 : s - 1] not in GUO_WORDS:
        parsed = ParsedNumber(parsed.value, parsed.value_max, "over", True)  # 播栽过三成: more than 30%
    # (七成之高: 之高 closes the figure; what it measures is before it)
    after = tail + 2 if text.startswith("之", tail) and CHENG_AFTER_RE.match(text, tail) else None
    return finish(text, s, e, tail, num_start, pre, parsed, "%", None, after=after)


def _value(
    text: str, m: re.Match, s: int, e: int, tail: int, unit: str | None, kind: str | None, lai: bool
) -> tuple[ParsedNumber, int] | None:
    """The number's value and the figure's end: "about" after 来, "more than" in 3个多百分点,
    and a half after the unit (两倍半, 一吨半)."""
    parsed = parse_figure(text[s:e] if e != m.end() else m.group())
    if parsed is None:
        return None
    if lai and parsed.qualifier == "exact":
        parsed = ParsedNumber(parsed.value, None, "approx", parsed.percent)
    elif unit == "个百分点" and parsed.qualifier == "exact" and "多" in text[e:tail]:
        parsed = ParsedNumber(parsed.value, None, "over", parsed.percent)  # 3个多百分点: more than 3
    if (
        (unit == "倍" or kind == "measure") and text.startswith("半", tail) and parsed.value_max is None
        and not parsed.percent and _AFTER_HALF_RE.match(text, tail + 1)
    ):
        parsed = ParsedNumber(parsed.value + _HALF, None, parsed.qualifier, False)  # 两倍半, 一吨半: and a half
        tail += 1
    return parsed, tail


# a spoken decimal's units: a multiple, and (round 24) a change in percentage points (零点八个百分点)
_SPOKEN_UNITS = frozenset({"倍", "个百分点", "百分点"})


def _read_digit_by_digit(core: str, parsed: ParsedNumber, pct: bool, unit: str | None) -> bool:
    """Chinese numerals read one by one (二〇二三, 统一): a year or a word, never a count here;
    a spoken share or multiple (六点四巴仙, 五点七倍) reads its digits after 点 so and counts."""
    return (
        len(core) > 1 and parsed.qualifier != "range" and _POWERS_20_30.isdisjoint(core)
        and not ((pct or unit in _SPOKEN_UNITS) and _SPOKEN_DECIMAL_RE.fullmatch(core))
    )


def _share_sign(
    text: str, s: int, prev: str, unit: str | None, kind: str | None, parsed: ParsedNumber
) -> str | None:
    """% or ‰ for a percentage the number is, or None where it is no share: a unit of
    another kind after it, or a rank (进入前1%)."""
    if unit is not None and kind != "percent":
        return None
    if prev == "前" and text[s - 2 : s - 1] not in NOT_RANK_QIAN:
        return None  # 进入前1%, 排名前5%: a rank, not a share
    return "‰" if parsed.per_mille else "%"


def _noun_of_magnitude(
    text: str, s: int, e: int, num_start: int, core: str, lex: Lexicon
) -> tuple[str, str, str] | None:
    """For a figure in 万/亿 with no unit: the people word near it or the noun after it
    (person, unit, kind), or None (a plain number without a unit is no metric)."""
    if "万" not in core and "亿" not in core:
        return None
    person = person_near(text, s, e, lex)
    if person is not None:
        at = text.find(person, e, e + 10)
        if at >= 0 and text.startswith("人次", at + len(person)):
            return person, "人次", "count"  # 近2,300万过境旅客人次: the people's visits, counted in 人次
        return person, lex.person_units.get(person, person), "count"
    noun = noun_after(text, e) if text[num_start].isdigit() else None
    if noun is None:
        return None
    # 带动3.78万农牧民, 超过400万浏览次数: the noun is the unit, as the spec writes
    # 5.2万监测对象 (the people lexicon's 人 is for the words the gold writes so)
    return noun, noun, "count"


def _ranged(text: str, tail: int, um: re.Match, parsed: ParsedNumber, kind: str | None) -> tuple[ParsedNumber, int]:
    """A count or measure whose range has its unit written at both ends (3个至5个, 3万平方米-5万平方米)."""
    if parsed.value_max is None and kind in ("count", "measure"):
        ranged = unit_range(text, tail, um.group(), parsed)
        if ranged is not None:
            return ranged
    return parsed, tail


# 每10股转增4股, 每10股送3股: a bonus issue's ratio (the 10 is blocked by 每 already).
_PER_SHARE_RE = re.compile(r"每\d+股(?:转增|送红股|送股|送|配股|配)$")
_PER_SHARE_LAST = frozenset("增股送配")
# The characters before a number that _code_or_vague's model, one-to-one and bonus-issue tests
# read: one set test for the numbers with none of them
_MARK_BEFORE = frozenset("-－对") | _PER_SHARE_LAST


# A unit of measure over a unit of time, with 每 or a slash (3667立方米每秒, 500吨每天,
# 30米/年): the rate's unit; the time word must end the figure (不是 5000亩每年可增收)
_PER_FIRST = frozenset("/每")
_PER_TIME_RE = re.compile(r"[/每](?:秒钟|秒|分钟|小时|时|天|日|月|年)(?![\u4e00-\u9fff])")
# 2个点 alone is spoken percentage points (收3个点就收3个点); 个点 of 点位 and
# 点子 (3个点位, 10个点子) counts with 个
_NOUN_AFTER_DIAN_RE = re.compile(r"[位子]")
_RANGE_FIRST = frozenset("-－−﹣—–~～〜至到")
# unit forms candidate looks at before the rest: an age that is a lifespan,
# hours (see hours), 个点 before a noun
_TEMPERATURE_UNITS = frozenset({"℃", "摄氏度", "华氏度"})


# a figure a people word or counted noun may follow without a measure word
# (帮扶300贫困户, 组织200群众): Arabic, at most four digits and no year (a
# hotline is 12345市民热线, and 110民警 the police of the emergency number)
_PLAIN_COUNT_RE = re.compile(r"(?!(?:19|20)\d\d$|11[09]$|122$)\d{1,4}")
_ONLY_RE = re.compile(r"(?<![不非])[只仅](?:有|与|和|用|需|剩|在|对|向)?$")


# 百条“最美金秋路”、百个“最美赏秋园”: a hundred of a named kind (a campaign's target)
_CJK_AFTER_RE = re.compile(r"[\u4e00-\u9fff]")
_HUNDRED_NAMED_RE = re.compile(r"[条个片座家所项处]“")
# A figure ending in these is round, so 来 after it means "about" (十来个, 100来户)
_ROUND_ENDS = frozenset("0十百千万")


_PHONE_BEFORE_RE = re.compile(r"电话|热线|手机|传真|联系方式|\d{3,4}-\d{7,8}")
