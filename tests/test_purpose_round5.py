"""Amounts and purposes of the classes the round-5 purpose work widened (issue 12).

Mainland sentences come from copyable hold-out articles (corpus/holdout_purpose_r5.jsonl,
part A, and corpus/holdout_purpose_r4.jsonl, whose errors are in-sample now) or are
written in their style; Hong Kong ones are written for these tests in the style of
Hong Kong news, in Traditional script (no text of the evaluation-only pages is quoted).
Each case pins the exact amount and purpose; the mechanism it stands for is named above it.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from civicextract.document import normalize
from civicextract.extractors.money.extractor import extract


def _money(text: str) -> list[tuple[str, str, str | None]]:
    return [(r.text, r.currency, r.purpose) for r in extract(normalize(text))]


def _amounts(text: str) -> list[tuple[str, Decimal, Decimal | None, str, str]]:
    return [(r.text, r.amount, r.amount_max, r.currency, r.qualifier) for r in extract(normalize(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # X坡元以上至Y坡元 is one range, not an amount over X and another of Y
        (
            "年收入3萬坡元以上至8萬坡元的國民可獲150坡元。",
            [
                ("3万坡元以上至8万坡元", Decimal(30000), Decimal(80000), "SGD", "range"),
                ("150坡元", Decimal(150), None, "SGD", "exact"),
            ],
        ),
        # a number whose only currency word is the note after it is money in that currency
        (
            "这只手表最终以35万（新台币，下同）成交，另一件以8万元售出。",
            [("35万", Decimal(350000), None, "TWD", "exact"), ("8万元", Decimal(80000), None, "TWD", "exact")],
        ),
        # a compound bare magnitude is an amount; a single one stays a word
        ("面对千亿元的财政缺口，当局要求各部门压缩开支。", [("千亿元", Decimal(10**11), None, "CNY", "exact")]),
        ("村里出了不少万元户，还有人收藏百元大钞。", []),
        # Macau money: 澳门币 before the number, and a sentence about the Macau government
        ("每名澳门永久居民可获澳门币1万元现金。", [("1万元", Decimal(10000), None, "MOP", "exact")]),
        ("澳門政府宣布，澳門居民每人可獲1萬元。", [("1万元", Decimal(10000), None, "MOP", "exact")]),
    ],
)
def test_amounts(text, expected):
    assert _amounts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a unit after an amount is the amount's: the next one's change verb and measure stay intact
        (
            "健全社会救助体系，城市低保人均保障标准从796元/月提高至842元/月、城乡低保标准均超过全国平均水平。",
            [("796元", "CNY", "城市低保人均保障标准"), ("842元", "CNY", "城市低保人均保障标准")],
        ),
        # a later list item with no words of its own is what the first is (never the 为……， clause)
        (
            "2023年，国内成品油零售限价经历了15次调整，为7次上调、6次下调、2次搁浅，涨跌相抵后，"
            "汽、柴油价格每吨累计分别提高375元、360元。",
            [
                ("375元", "CNY", "汽、柴油价格每吨累计分别提高"),
                ("360元", "CNY", "汽、柴油价格每吨累计分别提高"),
            ],
        ),
        # ... even when a unit and run-on text follow it
        (
            "暂预计本轮上调幅度约240元/吨折合92#汽油、0#柴油分别上调0.19元/升、0.20元/升值得关注的是",
            [
                ("约240元", "CNY", "暂预计本轮上调幅度"),
                ("0.19元", "CNY", "折合92#汽油、0#柴油分别上调"),
                ("0.20元", "CNY", "折合92#汽油、0#柴油分别上调"),
            ],
        ),
        # a bare total names no thing: the words before it in the clause (after a count list)
        (
            "重构政府引导基金体系，省级引导基金引导设立基金24只、总规模934亿元，全省“创投+产投”基金群加速扩容提质。",
            [("934亿元", "CNY", "省级引导基金引导设立基金24只、总规模")],
        ),
        # ... or the clause before (a total after a growth rate)
        (
            "外贸进出口增长8.4%，总额突破8000亿元、排西部第二。",
            [("8000亿元", "CNY", "外贸进出口增长8.4%，总额")],
        ),
        # a saving, likewise
        (
            "當局要求部門削減百分之二的經常開支，預計節省15億元。",
            [("15亿元", "CNY", "当局要求部门削减百分之二的经常开支，预计节省")],
        ),
        # a closing price names no thing either: the clause before has the price
        ("第二个交易日股价暴涨20%，收于1.5港元。", [("1.5港元", "HKD", "第二个交易日股价暴涨20%，收于")]),
        # a compared change whose clause has no subject: the clause before names the measure
        (
            "消防處的開支方面，增幅最大的是救護車隊，較上年預算增加四成至2.4億元。",
            [("2.4亿元", "CNY", "增幅最大的是救护车队")],
        ),
        # a delta after a compared base is the measure's, not the base's
        (
            "該局來年預算定為6.3億元，比去年修訂預算7.1億元，減少約8千萬元。",
            [
                ("6.3亿元", "CNY", "该局来年预算定"),
                ("7.1亿元", "CNY", "比去年修订预算"),
                ("约8千万元", "CNY", "该局来年预算定"),
            ],
        ),
        # a year may stand in the base of a comparison
        (
            "截至2022年12月31日，公司年度亏损为276.64亿元，较2021年的563.44亿元有所减少。",
            [("276.64亿元", "CNY", "公司年度亏损"), ("563.44亿元", "CNY", "公司年度亏损")],
        ),
        # 修正为 restates the figure before
        (
            "统计局将4月份的逆差从最初报告的20亿加元修正为18.5亿加元。",
            [
                ("20亿加元", "CAD", "统计局将4月份的逆差从最初报告"),
                ("18.5亿加元", "CAD", "统计局将4月份的逆差从最初报告"),
            ],
        ),
        # 统筹安排 + a level's funds says nothing: the plan after is the use (a count inside it is no result)
        (
            "精准对接、用足用好中央一揽子政策。统筹安排省级财政资金350亿元以上，实施稳经济30项举措。",
            [("350亿元以上", "CNY", "实施稳经济30项举措")],
        ),
        # ... while a clause that ends on a count reports a result
        ("该区共投入资金1.5亿元，治理隐患333处。", [("1.5亿元", "CNY", "该区共投入资金")]),
        # the allocation verb behind a generic money noun, with the use right after the amount
        (
            "加强政金企融资对接。专门安排财政资金75亿元加快项目落地建设。",
            [("75亿元", "CNY", "加快项目落地建设")],
        ),
        # a cap per holder is the cap of the grant the sentence gave before (and a threshold
        # before 的 takes the measure it bounds, as the blind hold-out gold does)
        (
            "对跨境电商交易额首次突破100万元的企业，按照跨境电商交易额的1%给予奖励，单个企业不超过100万元。",
            [("100万元", "CNY", "跨境电商交易额"), ("100万元", "CNY", "跨境电商交易额的1%给予奖励")],
        ),
        # a named plan before an allocation verb is the use, not the clause after
        (
            "市政府防洪排涝工程预留了6亿元，余下款项另作安排。",
            [("6亿元", "CNY", "市政府防洪排涝工程预留")],
        ),
        # a plain spending noun alone before the amount, not the clause after it
        ("开支约为20亿元，另有配套安排，由财政兜底。", [("20亿元", "CNY", "开支")]),
        # Cantonese 用嚟 introduces the use as 用来 does
        ("區議會撥款50萬元用嚟翻新社區會堂。", [("50万元", "HKD", "翻新社区会堂")]),
        # 财损 is a money noun after the amount
        ("法院判被告应赔原告2万元财损，并无不当。", [("2万元", "CNY", "财损")]),
        # a total of a project list still describes the project after 的
        (
            "其中，总投资10亿元的鑫丰生物经济产业园项目，建成投产后效益明显。",
            [("10亿元", "CNY", "鑫丰生物经济产业园项目")],
        ),
    ],
)
def test_purpose(text, expected):
    assert _money(text) == expected
