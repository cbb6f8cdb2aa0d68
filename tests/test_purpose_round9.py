"""Purposes (and one currency) of the classes the round-9 purpose work fixed: a purpose named
in an earlier clause or sentence, and the $ of a sentence naming the mainland.

Mainland sentences are written in the style of the work reports and 新闻联播 sections of
corpus/holdout_purpose_r9.jsonl; Hong Kong ones are written for these tests, with made-up
names, figures and sentence shapes, in the Traditional script of Hong Kong pages (no text of
the evaluation-only pages is quoted). Each case pins the exact values.
"""

from __future__ import annotations

import pytest

from civicextract.pipeline import extract as extract_article


def _purposes(text: str) -> list[tuple[str, str | None]]:
    return [(r.text, r.purpose) for r in extract_article(text).money]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sale price is the price of what the clause before 以 names, else of the opening clause
        ("这批字画最后以80万元售出。", [("80万元", "这批字画")]),
        (
            "他收藏的一幅字画在拍卖会上亮相，最终以120万元成交。",
            [("120万元", "他收藏的一幅字画在拍卖会上亮相")],
        ),
        # how long the money runs is no use: the clause before names what is funded
        ("设立科技创新专项，每年投入5000万元，连续支持3年。", [("5000万元", "科技创新专项")]),
        # a recipient with 获派 takes the scheme quoted earlier in the sentence
        (
            "鄰近地區推出「長者生活補貼計劃」的措施，合資格長者獲派約港幣2,000元。",
            [("约港币2,000元", "长者生活补贴计划")],
        ),
        # 以N元为上限 caps the measure the sentence names (X的措施)
        ("政府提出寬減差餉的措施，每戶每季以1,500元為上限。", [("1,500元", "政府提出宽减差饷")]),
        # a frame verb before the amount says nothing of the money: the noun after it is kept
        ("大家都記得五蚊乘車優惠嗎？", [("五蚊", "乘车优惠吗")]),
        # 该项目 is the project named before
        (
            "城东污水处理厂项目今年开工。该项目总投资3亿元，建成后日处理污水5万吨。",
            [("3亿元", "城东污水处理厂项目总投资")],
        ),
        # a counted list that leaves a bare investment measure keeps the items counted
        ("推进市级重点项目120个、完成投资860亿元。", [("860亿元", "推进市级重点项目120个、完成投资")]),
        # 分别: bare items before the last are restored, and a change list pairs item by item
        (
            "8月7日，92号汽油、0号柴油批发价格分别为9154元/吨、8134元/吨，较7月27日分别上涨144元/吨、193元/吨。",
            [
                ("9154元", "92号汽油批发价格"),
                ("8134元", "0号柴油批发价格"),
                ("144元", "92号汽油批发价格较7月27日上涨"),
                ("193元", "0号柴油批发价格较7月27日上涨"),
            ],
        ),
        # whom the money helped, counted, is a result, not a use
        (
            "基金会成立以来累计捐资860万元，帮助1200多名困难学生完成学业。",
            [("860万元", "基金会成立以来累计捐资")],
        ),
        # a measured result after a doer-and-verb allocation: the policy clause before names it
        (
            "持续优化营商环境政策体系，安排省级财政资金100亿元，保障重大项目用能1302万吨标准煤。",
            [("100亿元", "持续优化营商环境政策体系")],
        ),
        # the aim of a handout, without figures, is its use
        ("政府會向合資格長者發放5000元，刺激社區消費。", [("5000元", "刺激社区消费")]),
        # a per-head amount takes what the clause before names, not the holder
        (
            "居民可获年度生活津贴，每名成年居民8000元，不设入息审查。",
            [("8000元", "居民可获年度生活津贴")],
        ),
    ],
)
def test_purpose_named_earlier(text, expected):
    assert _purposes(text) == expected


def test_dollar_beside_a_mainland_cue_is_the_hong_kong_dollar():
    money = extract_article("內地網民在論壇上議論香港政府向長者派發$5000。").money
    assert [(r.text, r.currency) for r in money] == [("$5000", "HKD")]
