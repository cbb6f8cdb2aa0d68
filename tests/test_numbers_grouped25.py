"""Thousands groups between two magnitudes (session 25).

Hong Kong finance papers and some mainland reports write the part below a
magnitude with a thousands comma: 19億7,000萬元 is 1,970,000,000 元.  Until
session 25 the digits after 亿 continued the number only ungrouped, so the
money extractor read 7,000万元 alone (70,000,000, a wrong value and a wrong
span) and metrics read 1亿 and 1亿2,300万 as two figures.
"""

from decimal import Decimal

import pytest

from civicextract import Pipeline
from civicextract.numbers import parse_number

_PIPE = Pipeline(kinds=("money", "metrics"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("19亿7,000万", Decimal("1970000000")),
        ("1亿2,500万", Decimal("125000000")),
        ("1亿2,345万8,000", Decimal("123458000")),
        ("1万2,000", Decimal("12000")),
        ("19亿7000万", Decimal("1970000000")),  # ungrouped, as before
    ],
)
def test_parse_number_reads_a_grouped_part_below_a_magnitude(text, value):
    assert parse_number(text).value == value


@pytest.mark.parametrize(
    ("sentence", "money"),
    [
        ("政府预留19亿7,000万元用于资助计划。", [("19亿7,000万元", Decimal("1970000000"))]),
        ("當局預留19億7,000萬元推行資助計劃。", [("19億7,000萬元", Decimal("1970000000"))]),
        ("工程总额1亿2,500万元，年内完工。", [("1亿2,500万元", Decimal("125000000"))]),
        ("耗资1亿2,345万8,000元。", [("1亿2,345万8,000元", Decimal("123458000"))]),
        ("月薪2万1,500元。", [("2万1,500元", Decimal("21500"))]),
        # two amounts in a list stay two
        ("分别投入1,200万元、3,400万元。", [("1,200万元", Decimal("12000000")), ("3,400万元", Decimal("34000000"))]),
    ],
)
def test_money_takes_the_whole_grouped_amount(sentence, money):
    article = _PIPE.extract(sentence)
    assert [(sentence[m.start : m.end], m.amount) for m in article.money] == money


def test_a_metric_with_a_grouped_part_is_one_figure():
    sentence = "全省常住人口达1亿2,300万人。"
    article = _PIPE.extract(sentence)
    assert [(sentence[m.start : m.end], m.value) for m in article.metrics] == [("1亿2,300万人", Decimal("123000000"))]


def test_digits_after_a_magnitude_still_end_there_before_a_counted_word():
    # 183万60岁 is 183万 and a person's age, grouped or not
    sentence = "全市183万60岁以上老人。"
    article = _PIPE.extract(sentence)
    assert [m.value for m in article.metrics] == [Decimal("1830000")]
