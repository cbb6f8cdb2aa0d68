"""parse_number and NUMBER_RE: exact Decimal values, qualifiers, ranges, percent.

Cases are grouped by where they come from: the dev corpus and the seed
(``CORPUS``), the forms the issue asks for (``FORMS``), and ``NOT_NUMBERS``.
Expected values are ``(value, value_max, qualifier, percent)`` as strings so a
float can never sneak in.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from typing import NamedTuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import civicextract
from civicextract.document import normalize
from civicextract.numbers import NUMBER_RE, ParsedNumber, parse_number


class Case(NamedTuple):
    text: str
    expected: tuple | None  # (value, value_max, qualifier, percent)
    id: str


def _expect(parsed: ParsedNumber | None):
    if parsed is None:
        return None
    vmax = None if parsed.value_max is None else str(parsed.value_max)
    return (str(parsed.value), vmax, parsed.qualifier, parsed.percent)


# Numbers as written in corpus/dev.jsonl and the seed.
CORPUS = [
    Case("2400万", ("24000000", None, "exact", False), "seed-2400wan"),
    Case("8000多万", ("80000000", None, "over", False), "seed-duo-before-wan"),
    Case("1300余万", ("13000000", None, "over", False), "seed-yu-before-wan"),
    Case("近万", ("10000", None, "under", False), "seed-jin-bare-wan"),
    Case("10万余", ("100000", None, "over", False), "seed-yu-after-wan"),
    Case("近15万", ("150000", None, "under", False), "seed-jin"),
    Case("3000余", ("3000", None, "over", False), "seed-3000yu"),
    Case("1.8万", ("18000", None, "exact", False), "seed-decimal-wan"),
    Case("36744.28万", ("367442800", None, "exact", False), "decimal-wan"),
    Case("11.56亿", ("1156000000", None, "exact", False), "a030-yi"),
    Case("1.22万亿", ("1220000000000", None, "exact", False), "a116-wanyi"),
    Case("23562亿", ("2356200000000", None, "exact", False), "a120-yi"),
    Case("97万余", ("970000", None, "over", False), "a076-yu-after-wan"),
    Case("97萬餘", ("970000", None, "over", False), "a076-t-traditional"),
    Case("三四万", ("30000", "40000", "range", False), "a097-adjacent-digits"),
    Case("30-40%", ("30", "40", "range", True), "a056-percent-range"),
    Case("78.69%", ("78.69", None, "exact", True), "a043-percent"),
    Case("超过400亿", ("40000000000", None, "over", False), "a066-chaoguo"),
    Case("超800亿", ("80000000000", None, "over", False), "a116-chao"),
    Case("不低于6.3万", ("63000", None, "at_least", False), "a098-budiyu"),
    Case("最高10亿", ("1000000000", None, "at_most", False), "a091-zuigao"),
    Case("约28.1万", ("281000", None, "approx", False), "a013-yue"),
    Case("两", ("2", None, "exact", False), "a008-liang"),
    Case("一千二百万", ("12000000", None, "exact", False), "chinese-wan"),
]

# The forms issue 3 lists.
FORMS = [
    Case("50几", ("50", None, "over", False), "arabic-then-ji"),
    Case("3万2000", ("32000", None, "exact", False), "digits-close-after-magnitude"),
    Case("一百零几万", ("1000000", None, "over", False), "ling-ji-wan"),
    Case("四万万", ("400000000", None, "exact", False), "doubled-wan"),
    Case("万万万", None, "tripled-wan-is-a-word"),
    Case("亿万", None, "yi-wan-is-a-word"),
    Case("负三十二", ("-32", None, "exact", False), "negative"),
    Case("五十打", ("600", None, "exact", False), "dozens"),
    Case("十成", ("100", None, "exact", True), "ten-tenths"),
    Case("七成六", ("76", None, "exact", True), "cheng-and-digit"),
    Case("2e5", ("200000", None, "exact", False), "scientific"),
    Case("40k", ("40000", None, "exact", False), "k-suffix"),
    Case("1 3/5", ("1.6", None, "exact", False), "mixed-slash-fraction"),
    Case("18,000", ("18000", None, "exact", False), "thousands-separator"),
    Case("１８０００", ("18000", None, "exact", False), "full-width-digits"),
    Case("一千二百三十四", ("1234", None, "exact", False), "chinese"),
    Case("两万", ("20000", None, "exact", False), "liang"),
    Case("兩萬", ("20000", None, "exact", False), "liang-traditional"),
    Case("三亿五千万", ("350000000", None, "exact", False), "yi-wan"),
    Case("十二点五", ("12.5", None, "exact", False), "dian"),
    Case("零点五", ("0.5", None, "exact", False), "zero-dian"),
    Case("壹佰贰拾", ("120", None, "exact", False), "financial"),
    Case("貳拾萬", ("200000", None, "exact", False), "financial-traditional"),
    Case("廿五", ("25", None, "exact", False), "nian"),
    Case("卅", ("30", None, "exact", False), "sa"),
    Case("一万零五", ("10005", None, "exact", False), "ling-keeps-place"),
    Case("一万五", ("15000", None, "exact", False), "abbreviated-wan"),
    Case("三千五", ("3500", None, "exact", False), "abbreviated-qian"),
    Case("二〇二〇", ("2020", None, "exact", False), "digit-run"),
    Case("13万2千", ("132000", None, "exact", False), "mixed-wan-qian"),
    Case("10万余", ("100000", None, "over", False), "yu-after-magnitude"),
    Case("12万多", ("120000", None, "over", False), "duo-after-magnitude"),
    Case("12多万", ("120000", None, "over", False), "duo-before-magnitude"),
    Case("逾3000", ("3000", None, "over", False), "yu-prefix"),
    Case("十余", ("10", None, "over", False), "shi-yu"),
    Case("二十多", ("20", None, "over", False), "ershi-duo"),
    Case("十几", ("10", None, "over", False), "shi-ji"),
    Case("上百", ("100", None, "over", False), "shang-bai"),
    Case("数十", ("10", None, "over", False), "shu-shi"),
    Case("几千", ("1000", None, "over", False), "ji-qian"),
    Case("12.5%", ("12.5", None, "exact", True), "percent"),
    Case("百分之五十", ("50", None, "exact", True), "baifenzhi"),
    Case("八巴仙", ("8", None, "exact", True), "ba-sin"),  # 巴仙: "per cent" in Hong Kong Chinese
    Case("3至5巴仙", ("3", "5", "range", True), "ba-sin-range"),
    Case("百分之三点五", ("3.5", None, "exact", True), "baifenzhi-decimal"),
    Case("5‰", ("5", None, "exact", True), "per-mille"),
    Case("三分之一", ("0.3333333333333333333333333333", None, "exact", False), "fraction"),
    Case("四分之一", ("0.25", None, "exact", False), "fraction-exact"),
    Case("2倍", ("2", None, "exact", False), "multiple"),
    Case("三成", ("30", None, "exact", True), "cheng"),
    Case("八五折", ("85", None, "exact", True), "zhe"),
    Case("3-5万", ("30000", "50000", "range", False), "range-shared-magnitude"),
    Case("3至5万", ("30000", "50000", "range", False), "range-zhi"),
    Case("3万到5万", ("30000", "50000", "range", False), "range-dao"),
    Case("三五", ("3", "5", "range", False), "sanwu"),
    Case("十几至二十", ("10", "20", "range", False), "vague-range"),
    Case("不少于500万", ("5000000", None, "at_least", False), "at-least"),
    Case("不超过500万", ("5000000", None, "at_most", False), "at-most"),
    Case("将近3000", ("3000", None, "under", False), "jiangjin"),
    Case("不足3000", ("3000", None, "under", False), "buzu"),
    Case("大约3000", ("3000", None, "approx", False), "dayue"),
    Case("3000左右", ("3000", None, "approx", False), "zuoyou"),
    Case("3000以上", ("3000", None, "over", False), "yishang"),
    Case("3000以内", ("3000", None, "at_most", False), "yinei"),
    Case("亿", ("100000000", None, "exact", False), "bare-yi"),
    # a zero before a magnitude is zero, not a bare 万 (0万 gave 10000: a table's 补贴0万元, 九六0萬元's tail)
    Case("0万", ("0", None, "exact", False), "zero-wan"),
    Case("0.0亿", ("0", None, "exact", False), "zero-decimal-yi"),
    Case("零万", ("0", None, "exact", False), "zero-han-wan"),
    Case("0万5千", ("5000", None, "exact", False), "zero-wan-then-thousands"),
    Case("30%－50%", ("30", "50", "range", True), "range-full-width-minus"),
    Case("30%～50%", ("30", "50", "range", True), "range-full-width-tilde"),
    Case("30%—50%", ("30", "50", "range", True), "range-em-dash"),
]

NOT_NUMBERS = [
    Case("", None, "empty"),
    Case("统一", None, "word-with-yi"),
    Case("一是", None, "list-numbering"),
    Case("5个", None, "with-a-unit"),
    Case("十四五", None, "plan-name"),
    Case("3..5", None, "broken-decimal"),
    Case("万万万", None, "repeated-magnitude"),
    Case("一一", None, "equal-chinese-digits"),
]


@pytest.mark.parametrize("case", CORPUS + FORMS + NOT_NUMBERS, ids=lambda c: c.id)
def test_parse_number(case):
    assert _expect(parse_number(case.text)) == case.expected


def test_public_export():
    assert civicextract.parse_number("1.8万").value == Decimal("18000")


def test_values_are_plain_decimals():
    # 1.8E+4 would serialise badly and read as a float artefact.
    for text in ("1.8万", "1.22万亿", "36744.28", "百分之五十", "亿"):
        assert "E" not in str(parse_number(text).value)


SENTENCES = [
    Case("投资8000多万元对城区14个农贸市场提档升级，改造面积10万余平方米", ("8000多万", "14", "10万余"), "seed"),
    Case("全市追缴、清退违规违纪资金，由2021年的979.83万元，降至2022年211.09万元", ("2021", "979.83万", "2022", "211.09万"), "a043-list"),
    Case("年度投资保持1万亿元以上，民间投资占全部投资比重保持在55%", ("1万亿", "55%"), "a116-percent"),
    Case("一产增加值突破3000亿元，农产品加工转化率从2020年的51%提", ("一", "突破3000亿", "2020", "51%"), "a120-qualifier-word"),
    Case("2020-08-04 10:25", ("2020", "08", "04", "10", "25"), "date-is-not-a-range"),
    Case("超过1亿元、消费帮扶超过1.1亿元", ("超过1亿", "超过1.1亿"), "a087-prefix"),
    Case("统一3000万元", ("一", "3000万"), "chinese-digit-does-not-run-into-arabic"),
    # 千 that begins a unit is no magnitude (kilowatts, kilograms, kilometres)
    Case("新增装机1亿千瓦", ("1亿",), "kilo-unit-after-yi"),
    Case("储备5万千克", ("5万",), "kilo-unit-after-wan"),
    Case("项目线路全长5.475千米", ("5.475",), "unseen-u10-kilometre-after-decimal"),
    Case("年发电1000万千瓦时", ("1000万",), "kilo-watt-hour"),
    # digits after a magnitude continue the number only before another magnitude
    Case("183万60岁以上老人", ("183万", "60"), "digits-after-wan-are-another-number"),
    Case("13万2千人、1亿5000万元", ("13万2千", "1亿5000万"), "digits-before-a-magnitude-continue"),
    # two equal Chinese digits are two words, not 11
    Case("是该批湖南省唯一一个入选城市", ("一", "一"), "weiyi-yige"),
    Case("一一对应", ("一", "一"), "yiyi-duiying"),
    # dashes and tildes of Chinese text between the ends of a range
    Case("比例30%－50%", ("30%－50%",), "range-full-width-minus"),
    Case("比例30%～50%", ("30%～50%",), "range-full-width-tilde"),
    Case("比例30%~50%", ("30%~50%",), "range-ascii-tilde"),
    Case("比例30%—50%", ("30%—50%",), "range-em-dash"),
    Case("比例30%−50%", ("30%−50%",), "range-minus-sign"),
]


@pytest.mark.parametrize("case", SENTENCES, ids=lambda c: c.id)
def test_number_re_in_running_text(case):
    assert tuple(m.group() for m in NUMBER_RE.finditer(case.text)) == case.expected


# --- properties -----------------------------------------------------------


@given(st.integers(min_value=0, max_value=10**15))
def test_arabic_integers_round_trip(n):
    assert parse_number(str(n)).value == n


@given(st.decimals(min_value=0, max_value=10**9, places=4, allow_nan=False, allow_infinity=False))
def test_arabic_decimals_round_trip(d):
    assert parse_number(f"{d:f}").value == d


@given(st.integers(min_value=1, max_value=10**8))
def test_thousands_separators(n):
    assert parse_number(f"{n:,}").value == n


@settings(deadline=None)  # the first call imports cn2an
@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_chinese_numerals_match_cn2an(n):
    cn2an = pytest.importorskip("cn2an")  # the oracle, tests only
    text = cn2an.an2cn(n)
    assert parse_number(text).value == n, text


@settings(deadline=None)
@given(st.integers(min_value=1, max_value=10**8 - 1))
def test_financial_numerals_match_cn2an(n):
    cn2an = pytest.importorskip("cn2an")
    text = cn2an.an2cn(n, "up")
    assert parse_number(text).value == n, text


def _chinese(n: int) -> str:
    """Our own generator, independent of cn2an: 一万零五, 三亿五千万, 二十 (not 一十)."""
    digits = "零一二三四五六七八九"
    if n == 0:
        return "零"

    def section(x: int) -> str:
        out, zero = "", False
        for power, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            d, x = divmod(x, power)
            if d:
                if zero:
                    out += "零"
                out += digits[d] + name
                zero = False
            elif out:
                zero = True
        return out

    parts, big = [], ["", "万", "亿", "万亿"]
    i, zero, lower = 0, False, None
    while n:
        n, sec = divmod(n, 10000)
        if sec:
            text = section(sec) + big[i]
            # 零 stands before a lower section that lacks its thousands (二千四百八十七万零八), or a gap
            if zero or (lower is not None and lower < 1000):
                text += "零"
            parts.append(text)
            zero, lower = False, sec
        else:
            zero = bool(parts)
        i += 1
    text = "".join(reversed(parts)).rstrip("零")
    return text[1:] if text.startswith("一十") else text


@given(st.integers(min_value=0, max_value=10**16 - 1))
def test_chinese_numerals_from_our_generator(n):
    assert parse_number(_chinese(n)).value == n, _chinese(n)


@given(st.integers(1, 9999), st.sampled_from(["万", "亿"]), st.sampled_from(["多", "余"]))
def test_duo_yu_give_the_lower_bound_wherever_they_stand(n, power, vague):
    scale = 10**4 if power == "万" else 10**8
    for text in (f"{n}{vague}{power}", f"{n}{power}{vague}"):
        parsed = parse_number(text)
        assert (parsed.value, parsed.value_max, parsed.qualifier) == (n * scale, None, "over"), text


@settings(max_examples=300)
@given(st.text(max_size=40))
def test_never_raises(text):
    parsed = parse_number(text)
    assert parsed is None or isinstance(parsed.value, Decimal)


@settings(max_examples=200)
@given(st.text(alphabet="0123456789.,万亿千百十一二两三四五六七八九零多余几约近超以上至-%", max_size=20))
def test_never_raises_on_number_like_text(text):
    parse_number(text)
    for m in NUMBER_RE.finditer(text):
        parse_number(m.group())


def test_number_re_matches_parse_on_the_corpus(dev_articles):
    # Every candidate in real text parses, except plan names (十四五) and words (亿万).
    bad = {
        m.group()
        for text in dev_articles.values()
        for m in NUMBER_RE.finditer(normalize(text).text)
        if parse_number(m.group()) is None
    }
    assert bad <= {"十四五", "十三五", "十百千万", "亿万"}


# --- fuzz targets over the number grammar (issue 13) -------------------------

# Context that cannot glue onto a number (no numeral, magnitude, 上/数/几,
# qualifier word or sign): a number placed in it must be found whole.
_CONTEXT = st.text(alphabet="的是在和了。，人项个年AbQ", max_size=6)


@st.composite
def _written_numbers(draw) -> tuple[str, int | Decimal]:
    """A well-formed number as news writes it, with its value."""
    style = draw(st.sampled_from(["arabic", "thousands", "chinese", "wan", "yi", "decimal_wan"]))
    n = draw(st.integers(min_value=1, max_value=10**12 - 1))
    if style == "arabic":
        return str(n), n
    if style == "thousands":
        return f"{n:,}", n
    if style == "chinese":
        return _chinese(n), n
    small = draw(st.integers(min_value=1, max_value=9999))
    if style == "wan":
        return f"{small}万", small * 10**4
    if style == "yi":
        return f"{small}亿", small * 10**8
    tenths = draw(st.integers(min_value=1, max_value=9))
    return f"{small}.{tenths}万", (small * 10 + tenths) * 10**3


@settings(max_examples=400, deadline=None)
@given(_CONTEXT, _written_numbers(), _CONTEXT)
def test_fuzz_a_number_in_context_is_found_whole_and_parses(before, number, after):
    written, value = number
    text = before + written + after
    spans = [m for m in NUMBER_RE.finditer(text) if m.start() < len(before) + len(written) and m.end() > len(before)]
    assert [(m.start(), m.end()) for m in spans] == [(len(before), len(before) + len(written))], text
    parsed = parse_number(spans[0].group())
    assert parsed is not None and parsed.value == value, text


# Pieces of the number grammar, glued at random: the hostile end of news text.
_PIECES = st.lists(
    st.sampled_from(
        list("0123456789零〇一二两三四五六七八九十百千万亿廿卅多余几数上点%‰.,-~至、，。 个的年")
        + ["分之", "百分之", "约", "近", "超过", "以上", "左右", "不足", "倍", "成", "元", "万元", "亿元", "美元",
           "人民币", "HK$", "毛钱", "块", "角", "港元", "１", "亿万", "万万"]
    ),
    max_size=24,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_PIECES)
def test_fuzz_number_grammar_never_crashes_and_spans_hold(text):
    for m in NUMBER_RE.finditer(text):
        assert 0 <= m.start() < m.end() <= len(text)
        parsed = parse_number(m.group())  # None for words such as 亿万, never an exception
        assert parsed is None or isinstance(parsed.value, Decimal)
    art = civicextract.extract(text)
    for rec in (*art.money, *art.metrics):
        assert 0 <= rec.start < rec.end <= len(text)
        # the original slice holds the record's digits (widths may differ: １ -> 1)
        assert re.sub(r"\D", "", unicodedata.normalize("NFKC", text[rec.start : rec.end])) == re.sub(r"\D", "", rec.text)
    for rec in art.money:
        assert isinstance(rec.amount, Decimal) and rec.amount >= 0


def test_our_generator_writes_the_zero_a_lower_section_needs():
    """The generator the property test trusts: 零 where a lower section lacks its thousands, and only there."""
    assert [_chinese(n) for n in (24870008, 1230123, 1231234, 100000001)] == [
        "二千四百八十七万零八",
        "一百二十三万零一百二十三",
        "一百二十三万一千二百三十四",
        "一亿零一",
    ]
    assert parse_number("二千四百八十七万零八").value == 24870008
