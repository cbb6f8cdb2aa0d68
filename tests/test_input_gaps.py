"""Inputs session 21 left open: a figure in scientific notation before a currency word, a
figure grouped with full-width commas after a currency sign, and an ASCII full stop before Latin text.
(Single quotes and tabs as an article's layout: ``tests/test_layouts.py``.)"""

from __future__ import annotations

from decimal import Decimal

import pytest

import civicextract
from civicextract.normalize.widths import normalize_widths
from civicextract.numbers import parse_number


def money(text: str) -> list[tuple[Decimal, str, str]]:
    """Each amount with its currency and its surface in the text as given (the span's)."""
    art = civicextract.extract(text)
    return [(m.amount, m.currency, text[m.start : m.end]) for m in art.money]


# --- scientific notation ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("该平台一期工程总投资3E6元，建设周期两年。", [(3000000, "CNY", "3E6元")]),
        ("课题组获得专项经费2.5e+6元，另有企业配套1E5美元。", [(2500000, "CNY", "2.5e+6元"), (100000, "USD", "1E5美元")]),
        ("据测算，项目年收益约3e6元以上。", [(3000000, "CNY", "约3e6元以上")]),
    ],
    ids=["3E6", "signed-exponent", "qualified"],
)
def test_a_figure_in_scientific_notation_before_a_currency_word_is_one_amount(text, expected):
    assert money(text) == expected
    # the same value parse_number gives the figure alone
    for amount, _, surface in expected:
        figure = surface.strip("约以上").rstrip("元美")
        assert parse_number(figure).value == amount


@pytest.mark.parametrize(
    "text, expected",
    [
        # a figure glued to Latin letters stays a figure where it is one: a code beside real money
        ("全市新建5G基站1200个，带动投资3.6亿元。", [(360000000, "CNY", "3.6亿元")]),
        ("多家银行未发现编号为“hc62”5元假币流通。", [(5, "CNY", "5元")]),
        # notation glued to a Latin letter, before a magnitude or a space: read as before this rule
        ("型号A3E6元件", []),
        ("投入3E6万元", [(60000, "CNY", "6万元")]),
        ("投入3E6 元", [(6, "CNY", "6 元")]),
    ],
    ids=["5G", "code-then-amount", "latin-before", "magnitude-after", "space-after"],
)
def test_other_figures_beside_latin_letters_are_read_as_before(text, expected):
    assert money(text) == expected


# --- full-width thousands separators after a currency sign ---------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("合同金额为￥1，234，567，已于本月支付完毕。", "合同金额为￥1,234,567，已于本月支付完毕。"),
        ("报价US$12，345，678，含运费。", "报价US$12,345,678，含运费。"),
        # one group after a sign: two prices, as Recognizers-Text's currency spec reads $20，300美圆
        ("选一个，$20，300美圆", "选一个，$20，300美圆"),
        ("￥1，234，5678", "￥1，234，5678"),  # four digits: no group of three, no separator
    ],
    ids=["yuan-sign", "us-dollar", "two-prices", "not-a-group"],
)
def test_a_figure_of_two_comma_groups_after_a_sign_is_one_number(text, expected):
    out = normalize_widths(text)
    assert out == expected and len(out) == len(text)


def test_a_price_grouped_with_full_width_commas_is_one_amount():
    assert money("合同金额为￥1，234，567，已于本月支付完毕。") == [(1234567, "CNY", "￥1，234，567")]
    assert money("选一个，$20，300美圆") == [(20, "USD", "$20"), (300, "USD", "300美圆")]


# --- an ASCII full stop before Latin text, in an article that ends its sentences with it ----------


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "全年空气质量优良天数达到330天.PM2.5年均浓度下降到26微克/立方米.",
            "全年空气质量优良天数达到330天。PM2.5年均浓度下降到26微克/立方米。",
        ),
        # a file type or a domain after the dot is no sentence: 通知.pdf and 新华网.cn stay
        ("会议印发了工作方案.详见附件工作方案.pdf.下一步将抓好落实.", "会议印发了工作方案。详见附件工作方案.pdf.下一步将抓好落实。"),
        ("报道发布于新华网.cn.全市共有12个项目开工.各区积极推进.", "报道发布于新华网.cn.全市共有12个项目开工。各区积极推进。"),
        # after an acronym, a unit symbol, a ratio's last figure, before a photo credit's slash
        ("数字经济贡献了全省四成的GDP.下一步将继续推进.完成改造.", "数字经济贡献了全省四成的GDP。下一步将继续推进。完成改造。"),
        ("新装围挡1081.4㎡.进一步提升城市管理水平.", "新装围挡1081.4㎡。进一步提升城市管理水平。"),
        (
            "三次产业结构调整为7.4∶39.6∶53.累计实施项目1.3万个.全面完成.",
            "三次产业结构调整为7.4∶39.6∶53。累计实施项目1.3万个。全面完成。",
        ),
        ("工作人员正在搬运捐赠的空调./图源 市经济信息委.", "工作人员正在搬运捐赠的空调。/图源 市经济信息委。"),
        # Latin text after an acronym's dot, or a mixed-case word: left alone
        ("用上了新款iPhone.下一步推广.全面完成.", "用上了新款iPhone.下一步推广。全面完成。"),
        # one ASCII stop among 。: an article that ends its sentences with 。 is left alone
        ("全年优良天数330天。今年加强领导.PM2.5下降。", "全年优良天数330天。今年加强领导.PM2.5下降。"),
    ],
    ids=["pm25", "file-type", "domain", "acronym", "unit-symbol", "ratio", "credit-slash", "mixed-case", "cjk-stops"],
)
def test_an_ascii_stop_before_latin_text_ends_the_sentence(text, expected):
    out = normalize_widths(text)
    assert out == expected and len(out) == len(text)


def test_a_subject_after_an_ascii_stop_does_not_take_the_dot():
    # as with 。 (the subject takes the dot otherwise: .PM2.5年均浓度)
    text = "全市居民人均可支配收入增长4.1%.PM2.5年均浓度为26.3微克/立方米.优良天数比例达到90%."
    art = civicextract.extract(text)
    assert [(m.value, m.unit, m.subject) for m in art.metrics] == [
        (Decimal("4.1"), "%", "全市居民人均可支配收入增长"),
        (Decimal("26.3"), "微克/立方米", "PM2.5年均浓度"),
        (90, "%", "优良天数比例"),
    ]
