"""Purposes of the classes the round-11 purpose work fixed by listing closed classes whole.

Mainland sentences are written in the style of the CRUD_RAG news and 2026 work reports of
corpus/holdout_purpose_r11.jsonl; Hong Kong ones are written for these tests, with made-up
figures and sentence shapes, in the Traditional script of Hong Kong pages (no text of the
evaluation-only pages is quoted). Each case pins the exact values.
"""

from __future__ import annotations

import pytest

from civicextract.extractors.money.lexicon import money_head
from civicextract.pipeline import extract as extract_article
from civicextract.resources import data_lines


def _purposes(text: str) -> list[tuple[str, str | None]]:
    return [(r.text, r.purpose) for r in extract_article(text).money]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a money noun of the closed class right after the amount (or after a bracket restating
        # it, or inside quotes) is what the money is: taxes, levies, dividends
        (
            "當局向網約車服務徵收每程2澳元（約11港元）「乘客附加稅」，收益撥歸的士業。",
            [("2澳元", "乘客附加税"), ("约11港元", "乘客附加税")],
        ),
        ("进口商需缴付500万元关税，另付20万元滞纳金。", [("500万元", "关税"), ("20万元", "滞纳金")]),
        ("業主去年合共繳交8萬元差餉。", [("8万元", "差饷")]),
        ("该公司去年向股东派发3亿元股息。", [("3亿元", "股息")]),
    ],
)
def test_money_noun_after_amount(text, expected):
    assert _purposes(text) == expected


def test_every_listed_money_noun_is_a_head():
    # the lexicon is the whole class: each noun, written after an amount, is read as the money
    nouns = data_lines("money_nouns.txt")
    assert len(nouns) >= 140
    missing = [n for n in nouns if money_head(n + "，") is None]
    assert missing == []


def test_money_head_opens_a_longer_phrase_and_drops_the_quote():
    assert money_head("“乘客服务税”，把所得资金") == "乘客服务税"
    assert money_head("人工智能产业") is None  # (人工 is pay in Hong Kong, but not listed: too common)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an allocation verb of the closed class before the amount: the use after it (垫支, 动用 …)
        ("政府將墊支30億元重建體育館。", [("30亿元", "重建体育馆")]),
        ("镇政府垫付120万元修复受损堤坝。", [("120万元", "修复受损堤坝")]),
        # fundraising names the act, as fit's annotators have it (集资 stays the purpose)
        ("十几名的哥迅速集资2000元钱，准备购买食品。", [("2000元", "十几名的哥迅速集资")]),
    ],
)
def test_allocation_verbs(text, expected):
    assert _purposes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a spending word with modifiers that say how often or which part, never on what: the
        # clause before names it
        (
            "當局把長者乘車優惠擴展至60歲人士，全年額外開支約8億元。",
            [("约8亿元", "当局把长者乘车优惠扩展至60岁人士")],
        ),
        ("学校新建一座图书馆，所需经费约1200万元。", [("约1200万元", "学校新建一座图书馆")]),
        # the bare spending word still stands when nothing before names more
        ("开支约为20亿元，另有配套安排。", [("20亿元", "开支")]),
        # a phrase ending on such a word says less than the money noun after the amount
        ("一家三口每月主要支出是$4,200租金。", [("$4,200", "租金")]),
    ],
)
def test_plain_spending_words(text, expected):
    assert _purposes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare handout verb before the amount: the listed money noun that opens an earlier clause
        ("電子消費券按季發放，每季發放1,500元。", [("1,500元", "电子消费券")]),
        ("生活津贴按季发放，每季发放1500元。", [("1500元", "生活津贴")]),
        # a money noun inside a clause (按工资高低) is a basis, not the thing handed out
        ("成年國民按工資高低，可領取250坡元。", [("250坡元", "可领取")]),
    ],
)
def test_handout_takes_the_named_money(text, expected):
    assert _purposes(text) == expected


def _currencies(text: str) -> list[tuple[str, str]]:
    return [(r.text, r.currency) for r in extract_article(text).money]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Hong Kong public body of the completed list, on a Traditional page: Hong Kong money
        ("當局建議動用公帑30億元資助海洋公園。", [("30亿元", "HKD")]),
        ("機管局預留50億元擴建客運大樓。", [("50亿元", "HKD")]),
        # one such cue in Simplified mainland text changes nothing (海洋公园 of a mainland city)
        ("当局建议动用公帑30亿元资助海洋公园。", [("30亿元", "CNY")]),
    ],
)
def test_hong_kong_bodies_make_local_money(text, expected):
    assert _currencies(text) == expected
