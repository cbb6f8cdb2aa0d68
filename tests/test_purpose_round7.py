"""Amounts and purposes of the classes the round-7 money and purpose work fixed (issue 12).

Mainland sentences are written in the style of the provincial work reports of
corpus/holdout_purpose_r6.jsonl; Hong Kong ones are written for these tests, with made-up
names, figures and sentence shapes, in the Traditional script of Hong Kong pages (no text
of the evaluation-only pages is quoted). Each case pins the exact values.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from civicextract.pipeline import extract as extract_article


def _amounts(text: str) -> list[tuple[str, Decimal, str, str]]:
    return [(text[r.start : r.end], r.amount, r.currency, r.qualifier) for r in extract_article(text).money]


def _purposes(text: str) -> list[tuple[str, str | None]]:
    return [(r.text, r.purpose) for r in extract_article(text).money]


# --- 约 closing a word (签约, 节约, 违约 …) is no approximation of the amount after it ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("成功举办装备制造博览会，现场项目签约865亿元。", [("865亿元", Decimal("86500000000"), "CNY", "exact")]),
        ("全年行政开支节约2.4亿元。", [("2.4亿元", Decimal("240000000"), "CNY", "exact")]),
        # a free-standing 约 still approximates, also right after a word that ends in 约
        ("两地企业现场签约约58亿元。", [("约58亿元", Decimal("5800000000"), "CNY", "approx")]),
        ("全年投入约3亿元。", [("约3亿元", Decimal("300000000"), "CNY", "approx")]),
    ],
)
def test_word_final_yue_is_no_qualifier(text, expected):
    assert _amounts(text) == expected


def test_signed_amount_keeps_its_signing_purpose():
    assert _purposes("成功举办装备制造博览会，现场项目签约865亿元。") == [("865亿元", "现场项目签约")]


# --- a use introduced by 先 / 首先 (先用来X, 首先用于X) in the next clause ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("他说会借足6万元，先用来还卡数，之后再存定期。", [("6万元", "还卡数")]),
        ("區議員表示，會把餘下的3萬元首先用於維修升降機。", [("3万元", "维修升降机")]),
        ("基金拨出500万元，首先用于老旧电梯更新。", [("500万元", "老旧电梯更新")]),
    ],
)
def test_first_use_clause_is_the_purpose(text, expected):
    assert _purposes(text) == expected


# --- 元 before 首先 closes an amount (only 元首, head of state, is a word) ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("區議員表示，會把餘下的3萬元首先用於維修升降機。", [("3萬元", Decimal("30000"), "HKD", "exact")]),
        ("两国元首会晤后，双方签署合作文件。", []),
    ],
)
def test_yuan_before_shouxian(text, expected):
    assert _amounts(text) == expected


# --- n items named before 分别 go with n amounts, in order; a bare item takes the shared noun ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "全年交通、水利投资分别达到845亿元、486.3亿元。",
            [("845亿元", "全年交通投资"), ("486.3亿元", "水利投资")],
        ),
        ("存款、贷款余额分别为5000亿元和4200亿元。", [("5000亿元", "存款余额"), ("4200亿元", "贷款余额")]),
        ("今年一般公共预算收入、支出分别为120亿元、300亿元。", [("120亿元", "一般公共预算收入"), ("300亿元", "支出")]),
        # the list stands before 分别 but names the receivers, not one item per amount
        (
            "甲、乙、丙三村分别获得奖励5万元、3万元、2万元。",
            [("5万元", "甲、乙、丙三村分别获得奖励"), ("3万元", "甲、乙、丙三村分别获得奖励"), ("2万元", "甲、乙、丙三村分别获得奖励")],
        ),
    ],
)
def test_respectively_lists_pair_item_by_item(text, expected):
    assert _purposes(text) == expected
