"""Chinese and Arabic numeric expressions -> exact ``Decimal`` values.

``NUMBER_RE`` finds numeric expressions in running (normalised) text in one
compiled pass; ``parse_number`` turns one whole expression into a
``ParsedNumber``.  Extractors use the named pieces of ``NUMBER_RE``
(``QUALIFIER_PREFIX``, ``CORE`` …) to build their own one-pass patterns, so a
number is written down once.

Groups of a ``NUMBER_RE`` match: ``pre`` (a qualifier word glued before:
近/约/超过 …), ``den`` (the denominator of ``三分之一``/``百分之五``), ``a`` and
``b`` (the two ends of a range, ``b`` None otherwise), ``sep``, ``pa``/``pct``
(``%``/``‰`` after either end) and ``post`` (以上/左右 … right after the
number; after a unit the caller looks for it).  ``倍``, ``成`` and ``折`` are
left to the caller, which sees them as units (``三成`` is in ``parse_number``).

>>> parse_number("1.8万").value
Decimal('18000')
>>> parse_number("8000多万")
ParsedNumber(value=Decimal('80000000'), value_max=None, qualifier='over', percent=False, per_mille=False)
>>> parse_number("3至5万").value_max
Decimal('50000')
>>> parse_number("三亿五千万").value
Decimal('350000000')
>>> parse_number("百分之五十")
ParsedNumber(value=Decimal('50'), value_max=None, qualifier='exact', percent=True, per_mille=False)
>>> parse_number("近15万").qualifier
'under'
>>> parse_number("统一") is None
True

Conventions (chosen to match the gold annotations):

* **多/余 and other vague quantities give the lower bound.**  ``8000多万`` and
  ``1300余万`` and ``97万余`` are all ``value`` = the written number times its
  magnitude (80000000, 13000000, 970000), ``value_max`` = None, qualifier
  ``over``.  The place of 多/余 says how wide the vagueness is (``12万多`` is
  120000–130000, ``12多万`` 120000–130000 by ten-thousands, ``十多万`` up to
  200000), but the gold records only the bound that is written, so both
  positions parse to the same value; guessing an upper bound would invent a
  figure the text does not state.  ``十几``/``二十多`` likewise give 10/20;
  ``几千``/``数十``/``上百`` give 1000/10/100, all ``over``.
* **Adjacent digits are a range**: ``三四万`` -> 30000..40000, ``三五个`` -> 3..5,
  ``一两`` -> 1..2 (qualifier ``range``); other digit runs without units are
  read digit by digit (``二〇二〇`` -> 2020).
* **Colloquial abbreviations**: ``一万五`` -> 15000, ``三千五`` -> 3500 (a last
  digit right after a unit counts in the next lower unit; after ``零`` it does
  not: ``一万零五`` -> 10005).
* **Percent**: ``percent`` is True for ``12.5%``, ``百分之五十``, ``三成``,
  ``八折`` and ``5‰``; ``value`` is the number as written before the sign
  (``95.5%`` -> 95.5, ``三成`` -> 30, ``八五折`` -> 85).  Per-mille keeps the
  per-mille number (``5‰`` -> 5) with ``per_mille`` True, so a caller that
  writes the unit ``‰`` keeps the written figure; divide by 10 for percent.
* **Typed forms of Hong Kong and Taiwan text** (round 29): a point between Chinese numerals is
  a decimal point (``四．三億`` -> 4.3亿; ``點`` as ``点`` even where the document stays
  Simplified), with the magnitudes and 多/余 an Arabic decimal takes (``七点五百万``, ``一点五万余``);
  an Arabic 0 among Chinese digits is 〇 (``九六0萬`` -> 960万, ``二0二三`` -> 2023), or 零 after a
  power of ten (``一千0五十万``), and never opens a number of its own; ``百分八`` is ``百分之八``
  (not ``百分百``, an idiom, nor the score ``一百分``); and a percent is never one range with a
  plain number (``12.6%至172万`` is no number: a change, then the level reached).
* **Fractions**: ``三分之一`` -> 1/3 rounded to 28 significant digits (the
  only values that are not exact, because the text is not a decimal).
* **Multiples**: ``2倍`` -> 2 (the caller sees ``倍`` in the text).
* **Whole expressions only** (``parse_number``, never ``NUMBER_RE``, so the
  extractors do not see them in running text): negatives (``负三十二``,
  ``-1.5``), ``兆`` = 10^12 (``五兆六十二亿``; in running text 兆 is mega-, as in
  兆瓦), dozens (``五十打`` -> 600), ``半百`` -> 50, ``对折``/``半成``/``七成六``,
  mixed numbers (``三又三分之一``), digits closing a number after a magnitude
  (``3万4000``; in running text ``183万60岁`` is two numbers), and ASCII forms
  (``2e5``, ``2^5``, ``40k``, ``2.5M``, ``.5``, ``3/5``, ``1 3/5``).  A doubled
  magnitude multiplies (``四万万`` -> 4亿, ``一亿亿``); ``亿万`` and ``万万万`` are words.
  ``tests/test_recognizers.py`` runs a peer's suite (Recognizers-Text) on these.
* Qualifiers: prefix words (``近`` ``约`` ``逾`` ``超过`` ``不少于`` …) win over
  suffix words (``以上`` ``左右`` …), which win over 多/余; a range is ``range``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation, localcontext
from functools import lru_cache

from .resources import alternation

__all__ = [
    "CORE",
    "CORE_CLOSED",
    "NUMBER_RE",
    "NUMBER_RE_NO_FRACTION",
    "ParsedNumber",
    "QUALIFIER_PREFIX",
    "QUALIFIER_SUFFIX",
    "RANGE_SEP",
    "parse_number",
    "prefix_qualifier",
    "suffix_qualifier",
]


@dataclass(frozen=True, slots=True)
class ParsedNumber:
    value: Decimal
    value_max: Decimal | None = None
    qualifier: str = "exact"  # exact|over|under|at_least|at_most|approx|range
    percent: bool = False
    per_mille: bool = False


# --- vocabularies ---------------------------------------------------------

DIGITS = {
    "零": 0, "〇": 0, "○": 0, "一": 1, "壹": 1, "二": 2, "两": 2, "兩": 2, "贰": 2, "貳": 2,
    "三": 3, "叁": 3, "參": 3, "参": 3, "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6,
    "陸": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
}
UNITS = {
    "十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000,
    "万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8,
}
_BIG = (10**4, 10**8)

# Longest first: alternation takes the first branch that matches.
PREFIX_WORDS = {
    "不少于": "at_least", "不低于": "at_least", "至少": "at_least", "最少": "at_least",
    "不超过": "at_most", "不高于": "at_most", "未超过": "at_most", "最多": "at_most", "最高": "at_most",
    # a cap with a modal (每人开支不得超过300元): still at most, never over
    # 不多于/不大于 are "not more than", at most; without them the 多于 inside read "over" (每程车费加幅不多于2毫, hk25b)
    "不多于": "at_most", "不大于": "at_most",
    "不应超过": "at_most", "不得超过": "at_most", "不能超过": "at_most", "不可超过": "at_most", "不宜超过": "at_most",
    "超过": "over", "超出": "over", "突破": "over", "逾": "over", "超": "over", "多于": "over", "高于": "over",
    "将近": "under", "接近": "under", "不到": "under", "不足": "under", "未达到": "under", "未达": "under",
    "近": "under", "低于": "under", "少于": "under",
    "大约": "approx", "大概": "approx", "约合": "approx", "约": "approx",
}
_SUFFIX_WORDS = {
    "以上": "over", "之多": "over", "有余": "over", "多": "over", "余": "over",
    "以下": "at_most", "以内": "at_most", "之内": "at_most", "上限": "at_most",
    "左右": "approx", "上下": "approx", "前后": "approx",
}


_CN_DIGIT = "".join(DIGITS)
_CN_CHARS = _CN_DIGIT + "".join(UNITS) + "廿卅"
# Length caps (possessive, so nothing backtracks into them) keep every match
# bounded, and a scan over a hostile run of digits or magnitudes linear: no
# real figure has more than 32 digits or 8 thousands groups.
_MAX_DIGITS = 32
_ARABIC = rf"\d{{1,{_MAX_DIGITS}}}+(?:,\d{{3}}(?!\d)){{0,10}}+(?:\.\d{{1,{_MAX_DIGITS}}}+)?"

# 最近/附近 are not "nearly"; 以上百姓 is not "hundreds"; 约 closing a word (北约, 条约,
# 合约, 公约 …) is not "about": 北约32国 counts 32 countries exactly (round 20); but after 流失,
# 损失, 消失, 丧失 the 失 closes that word and 约 is "about" again (流失约2360名学生, round 24), as
# after 折合 (a conversion: 折合约2亿5千万港元) and a period's rent (月租约1.5万元) (round 27).
_WORD_YUE = "签节合制公预契违履特邀条缔续解毁践守爽失北盟租婚"
QUALIFIER_PREFIX = (
    rf"(?:(?<![最附])近(?!来|期|年|日|些|似)|(?:(?<![{_WORD_YUE}])|(?<=[流损消丧]失)|(?<=折合)|(?<=[月年日周]租))约|"
    + alternation(w for w in PREFIX_WORDS if w not in ("近", "约"))
    + ")"
)
QUALIFIER_SUFFIX = r"(?:" + alternation(w for w in _SUFFIX_WORDS if w not in ("多", "余")) + ")"
# A hyphen before a zero-padded number is a date (2020-08-04), not a range.
# Dashes as typed in Chinese text: ASCII and full-width hyphen-minus (30%－50%),
# the minus sign, en and em dash, ASCII, full-width and wave tildes.
RANGE_SEP = r"(?:(?:-|－|−|﹣|—|–|~|～|〜)(?!0\d)|至|到)"

_CN_POWER = "十百千万亿拾佰仟萬億廿卅"
# 千 that begins a unit is no magnitude: 1亿千瓦 is 1亿 + 千瓦, 5万千克 is 5万 +
# 千克, 5.475千米 is 5.475 + 千米 (kilo- units of models/units.tsv).
_KILO = r"千(?![瓦克米伏帕卡焦赫])"
# A Chinese numeral after a magnitude goes on the number; 一 right after 一 does
# not (唯一一个 is 唯一 + 一个, not 11): a digit run of Chinese digits is a
# year (二〇二〇) or a range (三四), never two equal digits.  But in a figure written digit by
# digit before 万/亿 or a decimal point (as Taiwan prints them) it does: where more digits follow it
# (一一〇六万 is 1106万, 一一二.四六万 112.46万) or the 一 before it follows a digit itself (二一一亿 is
# 211亿, not 二一 + 一亿: round 29).
_ONE_AFTER_ONE = (
    rf"一(?=[{_CN_DIGIT}0]{{1,8}}+[万亿萬億点點.])|(?<=[{_CN_DIGIT}0]一)一(?=[万亿萬億点點.])"
)


def _cn_next(no_kilo: str) -> str:
    return rf"[{_CN_DIGIT.replace('一', '')}{no_kilo}]|(?<!一)一|{_ONE_AFTER_ONE}|{_KILO}|{_TYPED_ZERO}"


# A zero typed as the Arabic 0 among Chinese numerals (二0二三年, 九六0万元, 一千0五十万: the 〇 or
# 零 as keyboards and OCR give it) is that numeral, and the text reads as it would with it: in
# digits written one by one, after a digit (九六0万元 is 九六〇万元, 960万元, never 九六 + 0万元;
# 三0至五0万元 a range); after a power of ten, before a digit (一千0五十万 is 一千零五十万).
_NONZERO_DIGIT = "一二两三四五六七八九壹贰叁肆伍陆柒捌玖貳參兩陸"
_TYPED_ZERO = rf"(?:(?<=[{_CN_DIGIT}0])0|(?<=[十百千万亿拾佰仟萬億])0(?=[{_NONZERO_DIGIT}]))"
# So an Arabic 0 glued after a Chinese digit opens no number: where a rule passes over the run
# it belongs to (no currency after 九六0万人), its tail is no 0万 of its own.
_NO_ZERO_AFTER_NUMERAL = rf"(?!0(?<=[{_CN_DIGIT}]0))"  # (the 0 tested first: one failed literal at most starts)
# The decimal point of Chinese numerals written as a point (四．三亿, 十二.五万: Hong Kong and
# Taiwan type the full-width ．, which normalising turns into .): read as 点, between a numeral
# and a digit; not where a second point follows the digits (二〇二三.五.一 is a date).  點 is 点
# where the document stays Simplified (增长百分之四點三 is 4.3%, not 百分之四 and a stray 點三), as
# 萬 and 億 are magnitudes there.
# Its magnitudes are those of Arabic decimals: 百万/千万 (七点五百万 is 7.5百万, not 七点 + 五百万元) and a
# vague 多/余 after them (一点五万余元 is 1.5万余元, over 15000, not 一点 + 五万余元).
def _cn_fraction(powers: str) -> str:
    digits = rf"[{_CN_DIGIT}]{{1,{_MAX_DIGITS}}}+"
    big = "万亿萬億" + ("兆" if "兆" in powers else "")
    return (
        rf"(?:[点點]{digits}|\.{digits}(?![.．]))(?:[百千佰仟](?=[{big}]))?[{big}]{{0,4}}+(?:(?<=[{big}])[多余])?"
    )

#: One quantity: Arabic digits with magnitudes (1.8万, 13万2千, 8000多万, 97万余)
#: or Chinese numerals (三亿五千万, 十几, 二十多, 十二点五), optionally led by a
#: vague 数/几/上 (数十, 几千, 上百).  Chinese digits never continue into Arabic
#: ones, so 统一3000万 yields 3000万 and not one broken number; 多/余/几 follow
#: a digit or a power of ten only, so 统一多元 is not a number.
#: Arabic digits after a magnitude continue the number only when a magnitude
#: follows them (13万2千, 1亿5000万): 183万60岁 is 183万 + 60岁.
# Scientific notation (3E6, 2.5e+7) is one figure where a word follows it at once (3E6元 is
# 3,000,000 元, as parse_number reads 3E6), not where a Latin letter precedes it (a code: A3E6),
# nor before a magnitude, a space or a range (3E6万元, 3E6 元 and 3E6至5E6元 are read as before).
# Other digits glued to Latin letters stay numbers: G20峰会 and 5G基站 are no amounts, but a
# figure beside them may be (a rule that dropped them cost a real record, session 21).
def _scientific(powers: str) -> str:
    return rf"(?<![A-Za-z])\d(?:\.\d{{1,{_MAX_DIGITS}}}+)?[eE][+-]?\d{{1,2}}+(?![\x00-\x7f{powers}多余几至到－−﹣—–～〜])"


def _optional(first: str, part: str, guarded: bool) -> str:
    """``(?:part)?``; ``guarded``, as ``(?:(?=[first])part|)``: the same matches (greedy
    either way), but where the next character is none of ``first`` (what every match
    of ``part`` opens with) one class test fails it, where the repeat tried each branch
    of ``part`` in turn (the prefix words' alternation alone cost 1,300 instructions
    a number)."""
    return rf"(?:(?=[{re.escape(first)}]){part}|)" if guarded else rf"(?:{part})?"


def _core_pattern(powers: str = _CN_POWER, tail: bool = False, scientific: bool = False, guarded: bool = False) -> str:
    """One quantity over the magnitudes ``powers``; with ``tail``, Arabic digits
    may also close the number after a magnitude (3万4000, 1千零20), which only a
    whole expression or a currency word after it can tell from 183万60岁; with
    ``scientific``, a figure in scientific notation right before a word (see
    ``_scientific``); ``guarded``: its optional opening (数, 几, 上) and decimal
    (点…) as branches the engine rules out on their first character (see ``_optional``)."""
    power = rf"(?:[{powers.replace('千', '')}]|{_KILO})"
    no_kilo = powers.replace("千", "")
    digits = rf"\d{{1,{_MAX_DIGITS}}}+(?:\.\d{{1,{_MAX_DIGITS}}}+)?"
    # before a currency word, thousands may be grouped with a comma and a space as
    # Hong Kong pages type them ($7, 500元, which width normalising turns into
    # $7， 500元): the group is still exactly three digits, and a full-width
    # comma counts only with the space (4，000元 may be a clause break)
    arabic = _ARABIC.replace("(?:,", r"(?:(?:,\x20?|，\x20)", 1) if tail else _ARABIC  # \x20: money_re is VERBOSE
    # digits between two magnitudes may be grouped in thousands (19亿7,000万元, 1亿2,500万): the
    # group is what stands below the next magnitude, so one or two groups at most
    # (and may carry decimals before the last magnitude: 31亿4,260.5万元)
    grouped = r"\d{1,3}(?:,\d{3}(?!\d)){1,2}+(?:\.\d{1,4}+(?=[万萬]))?"
    end = rf"|(?<=[{powers}])零?(?:{grouped}|\d{{1,{_MAX_DIGITS}}}+)" if tail else ""
    sci = _NO_ZERO_AFTER_NUMERAL + _scientific(powers) + "|" if scientific else ""
    vague = rf"(?:数|几|(?<!以)上)(?=[{_CN_POWER[:-2]}])"
    # (兆 where the caller reads it: 一点○八兆元 of a Taiwan company's revenue)
    point = _cn_fraction(powers)
    return (
        _optional("数几上", vague, guarded)
        + rf"(?:{sci}{_NO_ZERO_AFTER_NUMERAL}{arabic}(?:[多余几]?{power}{{1,4}}+(?:零?(?:{grouped}|{digits})(?=[多余几]?{power}){end})?){{0,8}}+[多余几]?"
        rf"|(?:[{_CN_DIGIT}{no_kilo}]|{_KILO})(?:{_cn_next(no_kilo)}|(?<=[{powers}])[多余几]|(?<=零)几){{0,40}}+"
        + (rf"(?:{point}|))" if guarded else rf"(?:{point})?)")  # (a branch opening with a literal: tested first)
    )


CORE = _core_pattern()
#: CORE for a caller that sees a currency word right after the number: its
#: last Arabic digits may close it after a magnitude (3万2000元, 1千零20元),
#: where 183万60岁 cannot arise, and 兆 is 10^12 (新台币3兆元), where 兆瓦
#: (mega-) cannot.
CORE_CLOSED = _core_pattern(_CN_POWER + "兆", tail=True, scientific=True)
# Each repetition above is possessive and capped, and its pieces cannot split
# one run two ways (万万万 is one run of magnitudes, never 万+万万), so a match
# attempt costs at most a few hundred steps wherever it starts: before, the
# nested (?:[多余几]?{_POWER}+…)* tried every split of a run of 万 (1万万万…元
# doubled its time with each 万).


# What a share sign and a range's separator open with (_body's optional parts)
_SIGN_FIRST = "%‰巴"
_SEP_FIRST = "-－−﹣—–~～〜至到"


# Hong Kong drops the 之 of 百分之 (百分八 = 8%, 百分八十 = 80%): read so where a digit, 十 or
# 零 follows 百分 and no numeral stands before it (一百分 is a score of 100).  百分百 (fully, an
# idiom) is left alone.
_PERCENT_DIGIT = "一二两三四五六七八九十零"
_HK_PERCENT = rf"(?<=百分)(?<![\d{_CN_CHARS}]百分)(?=[{_PERCENT_DIGIT}])"
# A range's second end is a percent as the first is: after 12.6% a plain number is no end of a
# range (增长12.6%至172万 is a change, then the level reached), so with a sign after the first
# end the second carries one too (3%至5%; 3至5% signs the second only).
_SIGNED_AS_FIRST = r"(?(pa)(?=[%‰]|巴仙))"


def _body(core: str, *, fraction: bool = True, guarded: bool = False) -> str:
    # without the fraction, ``den`` matches only the 百 of Hong Kong's 百分八 (no 分之 in it), so
    # the match objects have the same groups
    if fraction:
        den = rf"(?:(?P<den>{core})分(?:之|{_HK_PERCENT}))?"
    else:
        den = _optional("百", rf"(?P<den>百)分{_HK_PERCENT}", guarded)
    second = rf"(?P<sep>{RANGE_SEP})(?:百分之|百分(?=[{_PERCENT_DIGIT}]))?(?P<b>{core})(?![-/]\d){_SIGNED_AS_FIRST}"
    if not guarded:
        return rf"{den}(?P<a>{core})(?P<pa>[%‰]|巴仙)?(?:{second})?(?P<pct>[%‰]|巴仙)?"
    sign = "[%‰]|巴仙"
    return (
        rf"{den}(?P<a>{core}){_optional(_SIGN_FIRST, f'(?P<pa>{sign})', True)}"
        + _optional(_SEP_FIRST, second, True)
        + _optional(_SIGN_FIRST, f"(?P<pct>{sign})", True)
    )


# Every match starts with one of these; saying so first lets the scan skip
# other characters cheaply (4x faster than trying the groups everywhere).
_FIRST = "".join(sorted({w[0] for w in PREFIX_WORDS} | set("数几上") | set(_CN_CHARS)))
# What a prefix and a suffix qualifier word open with (QUALIFIER_SUFFIX leaves out 多 and 余)
_PREFIX_FIRST = "".join(sorted({w[0] for w in PREFIX_WORDS}))
_SUFFIX_FIRST = "".join(sorted({w[0] for w in _SUFFIX_WORDS if w not in ("多", "余")}))


_GUARDED_CORE = _core_pattern(guarded=True)  # (CORE's matches: the other patterns built on CORE keep its spelling)


def _number_pattern(*, fraction: bool = True, guarded: bool = True) -> str:
    """NUMBER_RE's pattern; ``guarded=False`` without the first-character guards of its
    optional parts (the reference tests/test_perf23m.py compares it with)."""
    return (
        rf"(?=[\d{_FIRST}]){_optional(_PREFIX_FIRST, f'(?P<pre>{QUALIFIER_PREFIX})', guarded)}"
        rf"{_body(_GUARDED_CORE if guarded else CORE, fraction=fraction, guarded=guarded)}{_optional(_SUFFIX_FIRST, f'(?P<post>{QUALIFIER_SUFFIX})', guarded)}"
    )


#: Numeric expressions in running normalised text, with optional qualifier words.
#: (Each optional part behind a guard on its first character: a third fewer
#: instructions a match, 10.5 -> 7.1 thousand over the numbers of dev + fit.)
NUMBER_RE = re.compile(_number_pattern())

#: ``NUMBER_RE`` for text where 分之 occurs nowhere: the same matches and groups
#: (``den`` None), in about two thirds of the time (NUMBER_RE reads each number's
#: digits twice, once as a possible denominator).
NUMBER_RE_NO_FRACTION = re.compile(_number_pattern(fraction=False))

# A whole expression also takes 兆 (10^12, as in Taiwan: 五兆六十二亿) and
# digits closing a number after a magnitude (3万4000); running text does not,
# where 兆 is mega- (5兆瓦) and 183万60岁 is two numbers.
_FULL_RE = re.compile(
    rf"(?P<pre>{QUALIFIER_PREFIX})?{_body(_core_pattern(_CN_POWER + '兆', tail=True))}(?P<mult>倍|成|折|打)?(?P<post>{QUALIFIER_SUFFIX})?"
)

# Traditional and full-width forms folded before parsing, so parse_number
# accepts raw input as well as doc.text.
_FOLD = str.maketrans({
    **{chr(0xFF10 + i): str(i) for i in range(10)},
    "．": ".", "，": ",", "％": "%", "點": "点", "餘": "余", "數": "数", "幾": "几",
    "～": "~", "－": "-", "負": "负", "−": "-", "倆": "两", "俩": "两",
})
_PREFIX_RE = re.compile(QUALIFIER_PREFIX)
_SUFFIX_RE = re.compile(QUALIFIER_SUFFIX)
_PAIR_RE = re.compile(rf"([一二两三四五六七八九])([二两三四五六七八九])([{''.join(UNITS)}]*)")
_TAIL_UNITS_RE = re.compile(r"[百千万亿佰仟萬億]+$")


def prefix_qualifier(word: str | None) -> str | None:
    """Qualifier of a prefix word (``超过`` -> ``over``), None if it is not one."""
    return PREFIX_WORDS.get(word) if word else None


def suffix_qualifier(word: str | None) -> str | None:
    """Qualifier of a suffix word (``以上`` -> ``over``), None if it is not one."""
    return _SUFFIX_WORDS.get(word) if word else None


def parse_number(text: str) -> ParsedNumber | None:
    """Parse one whole numeric expression; None when ``text`` is not one.  Never raises."""
    try:
        return _cached_parse(text)
    except (InvalidOperation, ValueError, TypeError, ArithmeticError, IndexError):
        return None  # (an unhashable argument raises TypeError in the cache: not a string either)


_PLAIN_RE = re.compile(r"\d+(?:\.\d+)?")
_SIMPLE = {c: ParsedNumber(Decimal(v)) for c, v in DIGITS.items()} | {
    c: ParsedNumber(Decimal(v)) for c, v in UNITS.items()
}


@lru_cache(maxsize=16384)
def _cached_parse(text: str) -> ParsedNumber | None:
    # Results are immutable and running text repeats its figures (years, 一, 两):
    # a cache halves the cost of NUMBER_RE + parse_number on the dev corpus.
    return _parse(text)


def _parse(text: str) -> ParsedNumber | None:
    if not isinstance(text, str) or not text or len(text) > 200:
        return None
    # Most candidates in running text are plain digits or one numeral (2021, 一, 两).
    simple = _SIMPLE.get(text)
    if simple is not None:
        return simple
    if text.isascii() and _PLAIN_RE.fullmatch(text):
        return ParsedNumber(_clean(Decimal(text)))
    folded = text.translate(_FOLD).strip()
    ascii_form = _ascii(folded)
    if ascii_form is not None:
        return ascii_form
    s = re.sub(r"\s+", "", folded)
    if s[:1] in ("负", "-") and len(s) > 1:
        if s[0] == "负" and "分之负" in s:
            return _parse(s[1:].replace("分之负", "分之", 1))  # 负3分之负157: the signs cancel
        inner = _parse(s[1:])
        if inner is None or inner.value_max is not None or inner.qualifier != "exact":
            return None
        return ParsedNumber(-inner.value if inner.value else inner.value, None, "exact", inner.percent, inner.per_mille)
    if "又" in s:  # 三又三分之一: a whole number and a fraction
        whole, _, frac = s.partition("又")
        w, f = _parse(whole), _parse(frac)
        if w is None or f is None or "分之" not in frac or w.value_max is not None or f.value_max is not None:
            return None
        return ParsedNumber(_clean(w.value + _quantity(f)))
    word = _WORDS.get(s)
    if word is not None:
        return word
    cheng = _CHENG_RE.fullmatch(s)
    if cheng:
        low = 5 if cheng[2] == "半" else DIGITS[cheng[2]]
        return ParsedNumber(Decimal(DIGITS[cheng[1]] * 10 + low), percent=True)
    m = _FULL_RE.fullmatch(s)
    if not m:
        return None
    with localcontext() as ctx:
        ctx.prec = 60
        a, b = m["a"], m["b"]
        if b is not None and not _TAIL_UNITS_RE.search(a):
            tail = _TAIL_UNITS_RE.search(b)
            shared = None if tail is None else _core(a + tail.group())
            top = _core(b)
            # 3-5万: the magnitude is shared; not where it would put the low end above the high one
            # (3000到2万元 runs from 3000 to 20000, not from 30 million)
            if tail is not None and shared is not None and not (
                top is not None and shared[0] > (top[1] if top[1] is not None else top[0])
            ):
                a = a + tail.group()
        lo = _core(a)
        if lo is None:
            return None
        value, vmax, vague = lo
        if b is not None:
            hi = _core(b)
            if hi is None:
                return None
            vmax = hi[1] if hi[1] is not None else hi[0]
        percent = per_mille = False
        signs = (m["pa"] or "") + (m["pct"] or "")
        if "‰" in signs:
            percent = per_mille = True
        elif "%" in signs or "巴仙" in signs:  # (巴仙, "per cent" in Hong Kong and Malaysian Chinese)
            percent = True
        if m["den"] is not None:
            den = _core(m["den"])
            if den is None or den[1] is not None or den[0] == 0:
                return None
            if den[0] == 100:
                percent = True
            elif den[0] == 1000:
                percent = per_mille = True
            else:
                ctx.prec = 28
                value = +(value / den[0])
                vmax = None if vmax is None else +(vmax / den[0])
                ctx.prec = 60
        mult = m["mult"]
        if mult == "打":  # a dozen
            value, vmax = value * 12, (None if vmax is None else vmax * 12)
        elif mult in ("成", "折"):
            if percent:
                return None
            # N成 is 10N% (十成 = 100%); 八五折 is already 85
            scale = Decimal(10) if mult == "成" or value < 10 else Decimal(1)
            value, vmax = value * scale, (None if vmax is None else vmax * scale)
            percent = True
        if vmax is not None and vmax == value:
            vmax = None
        if vmax is not None:
            qualifier = "range"
        elif m["pre"]:
            qualifier = PREFIX_WORDS[m["pre"]]
        elif m["post"]:
            qualifier = _SUFFIX_WORDS[m["post"]]
        elif vague:
            qualifier = "over"
        else:
            qualifier = "exact"
        return ParsedNumber(_clean(value), None if vmax is None else _clean(vmax), qualifier, percent, per_mille)


# Whole words for a number.
_WORDS = {
    "半百": ParsedNumber(Decimal(50)),
    "对折": ParsedNumber(Decimal(50), percent=True),
    "半折": ParsedNumber(Decimal(50), percent=True),
    "對折": ParsedNumber(Decimal(50), percent=True),
    "半成": ParsedNumber(Decimal(5), percent=True),
}
# 七成六 = 76%, 三成半 = 35%: a tenth and a hundredth written apart.
_CHENG_RE = re.compile(rf"([{_CN_DIGIT}])成([{_CN_DIGIT}]|半)")

# ASCII forms of a whole expression, never of running text: 2e5, 2.7890e-1,
# 2^5, 40k, 2.5 M (k/M are thousand/million), .5, 3/5 and 1 3/5.
_ASCII_RE = re.compile(
    r"(?P<neg>-)?(?P<num>\d{1,32}(?:\.\d{1,32})?|\.\d{1,32})"
    r"(?:[eE](?P<exp>[+-]?\d{1,3})|\^(?P<psign>[+-]*)(?P<pow>\d{1,3})|\s*(?P<mag>[kKmM]))?"
)
_SLASH_RE = re.compile(r"(?P<neg>-)?(?:(?P<whole>\d{1,16})\s+)?(?P<num>\d{1,16})/(?P<den>\d{1,16})")
_MAGNITUDE = {"k": 10**3, "K": 10**3, "m": 10**6, "M": 10**6}


def _ascii(s: str) -> ParsedNumber | None:
    if not s.isascii():
        return None
    with localcontext() as ctx:
        ctx.prec = 28
        m = _ASCII_RE.fullmatch(s)
        if m is not None:
            value = Decimal(m["num"])
            if m["exp"] is not None:
                value = value.scaleb(int(m["exp"]))
            elif m["pow"] is not None:
                exp = int(m["pow"]) * (-1 if m["psign"].count("-") % 2 else 1)
                if value == 0 and exp < 0:
                    return None
                value = value**exp
            elif m["mag"] is not None:
                value *= _MAGNITUDE[m["mag"]]
        else:
            m = _SLASH_RE.fullmatch(s)
            if m is None or int(m["den"]) == 0:
                return None
            value = Decimal(m["num"]) / Decimal(m["den"]) + Decimal(m["whole"] or 0)
        return ParsedNumber(_clean(-value if m["neg"] else value))


def _quantity(p: ParsedNumber) -> Decimal:
    """The number a ParsedNumber stands for: 5% is 0.05, 5‰ 0.005."""
    return p.value / (1000 if p.per_mille else 100 if p.percent else 1)


def _clean(d: Decimal) -> Decimal:
    """Plain, exact form: 18000 not 1.8E+4, 12.5 not 12.50."""
    d = d.normalize()
    if d == d.to_integral_value():
        return d.quantize(Decimal(1))
    return d


_PARSE_UNITS = UNITS | {"兆": 10**12}
# (the runs of typed zeros and the points that CORE reads as Chinese numerals)
_TYPED_ZERO_RE = re.compile(
    rf"(?<=[{_CN_DIGIT}])0+|(?<=[十百千万亿拾佰仟萬億兆])0(?=[{_NONZERO_DIGIT}])"
)
_CN_POINT_RE = re.compile(rf"(?<=[{_CN_CHARS}])\.(?=[{_CN_DIGIT}])")
_TOKEN_RE = re.compile(rf"(\d+(?:\.\d+)?)|([{_CN_DIGIT}])|([{''.join(_PARSE_UNITS)}])|(廿|卅)|(.)")


def _core(s: str) -> tuple[Decimal, Decimal | None, bool] | None:
    """(value, value_max, vague) of one quantity, or None."""
    vague = False
    if s[:1] in ("数", "几", "上") and len(s) > 1:
        s, vague = "一" + s[1:], True
    if any(c in s for c in "多余几"):
        vague = True
        s = s.replace("多", "").replace("余", "").replace("几", "")
    s = s.replace(",", "")
    if not s:
        return None
    if not s.isascii():
        if "0" in s:
            s = _TYPED_ZERO_RE.sub(lambda z: "〇" * len(z.group()), s)  # 九六0万 = 九六〇万
        if "." in s:
            s = _CN_POINT_RE.sub("点", s)  # 四.三亿 = 四点三亿
    pair = _PAIR_RE.fullmatch(s)
    if pair:
        x, y = DIGITS[pair[1]], DIGITS[pair[2]]
        if y == x + 1 or (x, y) == (3, 5):
            lo, hi = _integer(pair[1] + pair[3]), _integer(pair[2] + pair[3])
            if lo is not None and hi is not None:
                return lo, hi, vague
    if "点" in s:
        head, _, rest = s.partition("点")
        frac = re.match(rf"[{_CN_DIGIT}]+", rest)
        if not frac:
            return None
        whole = _integer(head) if head else Decimal(0)
        if whole is None:
            return None
        digits = "".join(str(DIGITS[c]) for c in frac.group())
        value = whole + Decimal("0." + digits)
        for c in rest[frac.end():]:
            if c not in _PARSE_UNITS:
                return None
            value *= _PARSE_UNITS[c]
        return value, None, vague
    iv = _integer(s)
    return None if iv is None else (iv, None, vague)


def _digit_runs(tokens: list[tuple[str, Decimal]]) -> list[tuple[str, Decimal]]:
    """Chinese digits written one by one before 万, 亿 or 兆 (Taiwan papers print figures so:
    六四二亿七一五八万三千元 is 642亿7158万3千元, 四二五○亿元 4250亿元) as one Arabic group.  Two
    neighbouring digits (三四万, 五六亿) are a spoken range, not 34万: left as they were (no
    number), as is a run opening with 零 (一千零五万)."""
    out: list[tuple[str, Decimal]] = []
    i = 0
    while i < len(tokens):
        j = i
        while j < len(tokens) and tokens[j][0] in ("c", "z"):
            j += 1
        run = tokens[i:j]
        big_next = j < len(tokens) and tokens[j][0] == "u" and tokens[j][1] >= 10**4
        spoken = len(run) == 2 and run[1][1] - run[0][1] == 1
        if len(run) > 1 and big_next and run[0][0] == "c" and not spoken:
            out.append(("d", Decimal("".join(str(int(v)) for _, v in run))))
            i = j
        else:
            out.append(tokens[i])
            i += 1
    return out


def _integer(s: str) -> Decimal | None:
    tokens: list[tuple[str, Decimal]] = []
    for m in _TOKEN_RE.finditer(s):
        arabic, digit, unit, tens, other = m.groups()
        if other is not None:
            return None
        if arabic is not None:
            tokens.append(("d", Decimal(arabic)))
        elif digit is not None:
            tokens.append(("z" if DIGITS[digit] == 0 else "c", Decimal(DIGITS[digit])))
        elif unit is not None:
            tokens.append(("u", Decimal(_PARSE_UNITS[unit])))
        else:
            tokens += [("c", Decimal(2 if tens == "廿" else 3)), ("u", Decimal(10))]
    if not tokens:
        return None
    if all(k in ("c", "z") for k, _ in tokens) and len(tokens) > 1:
        return Decimal("".join(str(int(v)) for _, v in tokens))  # 二〇二〇
    tokens = _digit_runs(tokens)
    total = section = Decimal(0)
    num: Decimal | None = None
    num_kind = ""
    last_unit: Decimal | None = None
    small_floor: Decimal | None = None  # units inside a section must fall: 千 > 百 > 十
    doubled = False
    written = False  # a numeral since the last 万/亿: 0万 is zero, a bare 亿 (亿元以上) is one
    for kind, v in tokens:
        if kind in ("d", "c"):
            if num is not None:
                return None
            num, num_kind, written = v, kind, True
        elif kind == "z":
            if num is not None:
                return None
            last_unit, written = None, True  # 一万零五 is 10005, not 15000
        elif v < 10**4:
            if small_floor is not None and v >= small_floor:
                return None
            section += (Decimal(1) if num is None else num) * v
            num, last_unit, small_floor = None, v, v
        else:
            if num is not None:
                section += num
                num = None
            low = total % v if total else Decimal(0)
            cur = section + low
            if cur == 0 and written and not total:
                written, last_unit = False, v  # 0万, 0.0亿: nothing times a magnitude
                continue
            if cur == 0:
                if total and last_unit == v and not doubled:
                    total, doubled = total * v, True  # 四万万 = 4亿, 10万万 = 10亿, 亿亿
                    continue
                if total:
                    return None  # 亿万, 万万万: words, not numbers
                cur = Decimal(1)  # a bare 亿 as in 亿元以上
            total = total - low + cur * v
            section, last_unit, small_floor, written = Decimal(0), v, None, False
    if num is not None:
        if last_unit is not None and num_kind == "c" or (
            last_unit is not None and num_kind == "d" and num == num.to_integral_value() and 0 < num < 10
        ):
            num = num * last_unit / 10  # 一万五 = 15000
        section += num
    return total + section
