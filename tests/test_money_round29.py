"""Money purpose, round 29: a phrase that names no use yields to the use the sentence names.

On fresh text (session 28's off-repository web pages, /work/pages_sets/holdout_money_r28*, and the repository's
hold-outs r16 and r27) most purpose misses were not missing purposes but a wrong phrase next to the amount.
Two classes recur across sets and sources:

* money and the act of granting, getting or totalling it alone (落实资金, 成功获得补助经费, 同意核拨经费,
  涉及总金额, a bare 拨款 or 经费 after the amount: r27, and Hong Kong, Macao and Taiwan pages of r28) yields to
  the noun phrase before 的N元拨款 when it heads a work or scheme, else to the clause before in the sentence
  (cut to the object of a verb of approving, seeking or learning); the clause before is no use when it counts
  what was found or covered (发现问题3个，涉及资金N元: dev a065's gold keeps 涉及资金), nor when the amount
  has a verb of its own (盘活了N元资金);
* a verb that reports the figure left on its subject (港股通则取得, 股价收于, 录得, 报; 实现 and 完成 after a
  money measure: r16, p12 and r28 pages) is cut off it; left with nothing, the clause before names the measure.

The sentences are written anew in the layout of the cases (other names, places and numbers); the pages' text
is not copied.  Each case of ``test_named_use`` fails on the code before the round; ``test_kept`` holds the
guards, which pass before and after.
"""

from __future__ import annotations

import pytest

import civicextract

PIPE = civicextract.Pipeline(kinds=("money",))


def _records(text: str) -> list[tuple[str, str, str, str | None]]:
    return [(r.text, r.currency, r.qualifier, r.purpose) for r in PIPE.extract(text).money]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 落实资金 after the measure it funds (shape of r27-s02)
        (
            "实施家电更新工程，推进旧房改造扩面提质，落实资金150多亿元，带动消费900多亿元。",
            [("150多亿元", "CNY", "over", "推进旧房改造扩面提质"), ("900多亿元", "CNY", "over", "带动消费")],
        ),
        # X的N元拨款 (shape of r28-h07): the works, not the doer that passed them
        (
            "財務委員會今日通過沙田污水處理廠遷往岩洞之前期工程的18.6億元撥款建議。",
            [("18.6亿元", "HKD", "exact", "沙田污水处理厂迁往岩洞之前期工程")],
        ),
        # 成功获得补助经费 after the scheme sought (shape of r28-t08)
        (
            "在縣府協助下,鄉公所積極向內政部爭取「108年度城鎮風貌整體規劃補助計畫」,成功獲得補助經費新台幣3520萬元。",
            [("3520万元", "TWD", "exact", "108年度城镇风貌整体规划补助计划")],
        ),
        # 同意核拨经费 after the works learnt of (shape of r28-t09)
        (
            "累計當日竹山鎮之行,林縣長了解5件地方急需的排水工程,並同意核撥經費約412萬6,000元。",
            [("约412万6,000元", "CNY", "approx", "5件地方急需的排水工程")],
        ),
        # 涉及总金额 after what was granted (shape of r28-h09)
        (
            "基金秘書處表示,計劃自2021年推出以來,至今共批出16個項目,涉及總金額超過4200萬元。",
            [("4200万元", "CNY", "over", "至今共批出16个项目")],
        ),
        # a bare 经费 after the amount (shape of r28-t07)
        (
            "縣府向中央各部會爭取提報18案計畫,共計9,860萬元經費。",
            [("9,860万元", "TWD", "exact", "提报18案计划")],
        ),
        # 取得 left on its subject (shape of r16-c12)
        (
            "恒生指数收报18,500点。南向资金则取得23.5亿港元净流入。",
            [("23.5亿港元", "HKD", "exact", "南向资金")],
        ),
        # 录得 alone: the measure of the clause before (shape of r28-o01)
        (
            "今年首季香港印花税收入按年下跌12%，录得56亿港元。",
            [("56亿港元", "HKD", "exact", "首季香港印花税收入")],
        ),
        # 报 alone (shape of p12-10)
        (
            "截至收市，华虹半导体跌6.2%，报31.4港元。",
            [("31.4港元", "HKD", "exact", "华虹半导体")],
        ),
        # 实现 and 累计完成 after a money measure (shape of r27-w05, r27-s09)
        (
            "1至6月，全市社会消费品零售总额实现1520.6亿元，同比增长5.1%。",
            [("1520.6亿元", "CNY", "exact", "全市社会消费品零售总额")],
        ),
        (
            "上半年，全县一般公共预算收入累计完成12.8亿元。",
            [("12.8亿元", "CNY", "exact", "全县一般公共预算收入")],
        ),
    ],
)
def test_named_use(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert _records(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause that counts what was found: the gold keeps the money's own words (dev a065's shape)
        ("核查全县惠农项目520个，发现问题3个，涉及资金18万元。", [("18万元", "CNY", "exact", "涉及资金")]),
        # the amount has a verb of its own: the money is its object, not the clause before's
        ("该项目落地后，盘活了12亿元资金，带动周边30多家企业复工。", [("12亿元", "CNY", "exact", "资金")]),
        # a place or a clause before 的N元资金 names no use
        (
            "针对欧盟冻结俄罗斯在比利时的30亿欧元资金，发言人表示将采取对等措施。",
            [("30亿欧元", "EUR", "exact", "资金")],
        ),
    ],
)
def test_kept(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert _records(text) == expected
