"""Money purpose, round 20: the ways reports, bulletins and company news state what money is for, listed whole.

Every sentence is made up, in the style of the 2026 provincial reports, 新闻联播 economic
sections and local and company news of corpus/holdout_money_r20.jsonl (no sentence of any
corpus text is quoted).  Each case pins the amount's text, qualifier and purpose exactly.  The
families were probed before round 20's hold-out errors were read; round 16's families
(tests/test_money_round16.py) are not repeated.  The cases marked "round 20" failed before this
round's fixes, the others held and are kept so that no later rule loses them.
"""

from __future__ import annotations

import pytest

import civicextract

PIPE = civicextract.Pipeline(kinds=("money",))


def _purposes(text: str) -> list[tuple[str, str, str | None]]:
    return [(r.text, r.qualifier, r.purpose) for r in PIPE.extract(text).money]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 募集资金…，分别用于A、B和C: the uses listed whole
        (
            "公司拟募集资金3.5亿元，分别用于智能装备生产基地项目、研发中心建设项目和补充流动资金。",
            [("3.5亿元", "exact", "智能装备生产基地项目、研发中心建设项目和补充流动资金")],
        ),
        # 其中，A元用于X，B元用于Y
        (
            "募集资金净额为4.2亿元，其中，1.6亿元用于年产5万台电机项目，8000万元用于补充流动资金。",
            [("4.2亿元", "exact", "募集资金净额"), ("1.6亿元", "exact", "年产5万台电机项目"), ("8000万元", "exact", "补充流动资金")],
        ),
        # 不超过: a cap on a fund-raising
        ("拟通过定增募集资金总额不超过30亿元。", [("30亿元", "at_most", "拟通过定增募集资金总额")]),
        # 发放A元、B元: each handout named
        ("全年发放养老金312亿元、临时救助资金5亿元。", [("312亿元", "exact", "全年发放养老金"), ("5亿元", "exact", "临时救助资金")]),
        # 追回工资
        ("为1.2万名农民工追回欠薪1.8亿元。", [("1.8亿元", "exact", "为1.2万名农民工追回欠薪")]),
        # 总投资约…的X开工建设
        ("总投资约150亿元的抽水蓄能电站开工建设。", [("约150亿元", "approx", "抽水蓄能电站开工建设")]),
        # 兑付 / 成交额 / 综合收入
        ("全县共兑付生态补偿金2.1亿元。", [("2.1亿元", "exact", "全县共兑付生态补偿金")]),
        ("碳汇交易累计成交额超过12亿元。", [("12亿元", "over", "碳汇交易累计成交额")]),
        ("带动乡村旅游综合收入超过500万元。", [("500万元", "over", "带动乡村旅游综合收入")]),
        # 净利润…左右，将减少…左右: the change named by its verb
        (
            "预计上半年净利润为3000万元左右，与上年同期相比，将减少5200万元左右。",
            [("3000万元左右", "approx", "预计上半年净利润"), ("5200万元左右", "approx", "减少")],
        ),
        # 比原计划多
        ("实际募资净额比原计划多2.4亿元。", [("2.4亿元", "exact", "实际募资净额比原计划多")]),
        # a price per share, a dividend per ten shares
        ("发行价格为18.5元/股。", [("18.5元", "exact", "发行价格")]),
        ("向全体股东每10股派发现金红利5元（含税）。", [("5元", "exact", "全体股东每10股派发现金红利")]),
        # 设立规模…的基金; 争取…用于
        ("设立规模50亿元的产业引导基金。", [("50亿元", "exact", "产业引导基金")]),
        ("争取中央财政资金4.6亿元用于灾后恢复重建。", [("4.6亿元", "exact", "灾后恢复重建")]),
        # 减税降费
        ("全年减税降费及退税缓税缓费超过120亿元。", [("120亿元", "over", "全年减税降费及退税缓税缓费")]),
        # 约为: 约 then a verb is still about (round 20)
        ("全球防务开支约为2.63万亿美元。", [("2.63万亿美元", "approx", "全球防务开支")]),
        ("项目总投资约达5亿元。", [("5亿元", "approx", "项目总投资")]),
        # X持续深化，落实资金…，实施项目N个: the work that advances, not the generic projects (round 20)
        (
            "对口援青和东西部协作持续深化，落实资金27.3亿元，实施项目681个。",
            [("27.3亿元", "exact", "对口援青和东西部协作")],
        ),
        ("乡村振兴扎实推进，投入资金5亿元，建设项目120个。", [("5亿元", "exact", "乡村振兴")]),
        # (a named work after the money is still what it built: round 16's case holds)
        ("今年累计投入资金3000万元，改造老旧小区12个。", [("3000万元", "exact", "改造老旧小区")]),
    ],
)
def test_round20_purpose_families(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _purposes(text) == expected
