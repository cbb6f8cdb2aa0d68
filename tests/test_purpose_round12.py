"""Money and purpose classes the round-12 purpose work fixed.

Mainland sentences are written in the style of the 2026 work reports and CRUD_RAG news of
corpus/holdout_purpose_r12.jsonl; Hong Kong ones are written for these tests, with made-up
figures, in the Traditional script of Hong Kong pages (no text of the evaluation-only pages
is quoted). Each case pins the exact values.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from civicextract.extractors.money.purpose import _contentless
from civicextract.pipeline import extract as extract_article


def _purposes(text: str) -> list[tuple[str, str | None]]:
    return [(r.text, r.purpose) for r in extract_article(text).money]


def _money(text: str) -> list[tuple[str, Decimal, str]]:
    return [(r.text, r.amount, r.currency) for r in extract_article(text).money]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("稳步", True),  # an adverb
        ("最后", True),  # a locative
        ("你", True),  # a pronoun
        ("定", True),  # a one-character verb alone
        ("可获", False),  # a verb of receiving says what the money is
        ("要每人罚", False),  # a fine
        ("一般公共预算收入增加", False),
        ("经济总量", False),
        # words outside the dictionary come in single characters: a verb-noun or a bound
        # morpheme among them is content (综援, 入息 are Hong Kong benefit and income words)
        ("综援", False),
        ("入息", False),
    ],
)
def test_contentless(phrase, expected):
    assert _contentless(phrase) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the second clause names no subject: it goes on with the previous amount's
        (
            "全市税收收入增加近200亿元，稳步达到1500亿元以上。",
            [("近200亿元", "全市税收收入增加"), ("1500亿元以上", "全市税收收入增加")],
        ),
        (
            "去年实现营业收入8亿元，最后达到12亿元。",
            [("8亿元", "实现营业收入"), ("12亿元", "实现营业收入")],
        ),
        # nothing before it in the sentence: no purpose rather than a pronoun
        ("你500元一個月，點夠使？", [("500元", None)]),
        # a verb of receiving keeps its answer
        ("年滿65歲者：可獲500元。", [("500元", "可获")]),
    ],
)
def test_contentless_cut_takes_the_elided_subject(text, expected):
    assert _purposes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("港鐵車費加價五毫子，乘客不滿。", [("五毫子", Decimal("0.5"), "HKD")]),
        ("每程車費由4毫子加至6毫子。", [("4毫子", Decimal("0.4"), "HKD"), ("6毫子", Decimal("0.6"), "HKD")]),
        ("巴士分段收費減兩毫子。", [("两毫子", Decimal("0.2"), "HKD")]),
        # the idiom (not a single ten-cent coin), as 一分钱 is not money either
        ("他一毫子都唔肯俾。", []),
    ],
)
def test_hong_kong_ten_cent_coin(text, expected):
    assert _money(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of amounts, then 分别 + as many uses: item by item
        (
            "省财政分别安排3亿元、2亿元用于乡村道路建设和农田水利改造。",
            [("3亿元", "乡村道路建设"), ("2亿元", "农田水利改造")],
        ),
        (
            "两笔资金分别为5000万元和3000万元，分别用于校舍维修和教师培训。",
            [("5000万元", "校舍维修"), ("3000万元", "教师培训")],
        ),
        (
            "政府分別撥款20億元及15億元，用於興建醫院和資助長者。",
            [("20亿元", "兴建医院"), ("15亿元", "资助长者")],
        ),
        # no 分别: the use is the whole list's
        (
            "政府撥款20億元及15億元，用於興建醫院和資助長者。",
            [("20亿元", "兴建医院和资助长者"), ("15亿元", "兴建医院和资助长者")],
        ),
        # each amount with its own use stays as it was
        (
            "其中5亿元用于基础设施建设，3亿元用于产业扶持。",
            [("5亿元", "基础设施建设"), ("3亿元", "产业扶持")],
        ),
    ],
)
def test_list_of_amounts_then_uses(text, expected):
    assert _purposes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 以 + a verb right after the amount is its aim
        ("工友每月只能賺取6千多元以維持家計。", [("6千多元", "维持家计")]),
        ("政府撥款3億元以支持中小企。", [("3亿元", "支持中小企")]),
        # 以 + a form or manner says how it is paid, not what for
        ("獎金5000元以現金形式發放。", [("5000元", "奖金")]),
    ],
)
def test_aim_with_yi_after_the_amount(text, expected):
    assert _purposes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause ending in 的 describes the money noun after the amount (its 增加 is no measure)
        ("由於帳目未有細分，議員不知道該署增加的2.7億元預算開支用於何處。", [("2.7亿元", "预算")]),
        ("該局今年增加的1.8億元預算開支大部分來自新增人手。", [("1.8亿元", "预算开支")]),
        ("市民不清楚政府新增的5億元開支如何運用。", [("5亿元", "开支")]),
    ],
)
def test_relative_clause_before_amount_and_money_noun(text, expected):
    assert _purposes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 涉款 after another amount of the sentence: the total of what that amount is
        (
            "當局向每戶合資格住戶發放5000元現金，估計約有250萬戶受惠，涉款125億元。",
            [("5000元", "现金"), ("125亿元", "现金")],
        ),
        # with no amount before it, the measure stays (dev's practice)
        ("今年共发现问题3个，涉及资金45万元。", [("45万元", "涉及资金")]),
    ],
)
def test_involved_total_takes_the_amount_before(text, expected):
    assert _purposes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one-word items before 分别 share the measure the last item carries beyond its first word;
        # the words leading the list are not the first item's
        (
            "力争全年交通、水利、能源领域投资额分别达2400亿元、450亿元、1700亿元。",
            [("2400亿元", "交通领域投资额"), ("450亿元", "水利领域投资额"), ("1700亿元", "能源领域投资额")],
        ),
        (
            "全市工业、农业、服务业增加值分别达到5000亿元、800亿元、6000亿元。",
            [("5000亿元", "工业增加值"), ("800亿元", "农业增加值"), ("6000亿元", "服务业增加值")],
        ),
    ],
)
def test_respectively_items_share_the_last_items_measure(text, expected):
    assert _purposes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plain spending word after a clause that only refers back: the sentence's topic
        (
            "另外，就學童書簿資助及車船補貼，當局亦會作同樣處理，全年額外開支約為3億元。",
            [("3亿元", "学童书簿资助及车船补贴")],
        ),
        # no topic: the clause before, as before
        ("为全镇路灯换上节能灯，开支约2亿元。", [("约2亿元", "为全镇路灯换上节能灯")]),
    ],
)
def test_plain_spending_takes_the_sentence_topic(text, expected):
    assert _purposes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who pays and a modal before a bare penalty verb: the offence is the clause before
        ("數名職員深夜聚會，涉嫌違反防疫規例，要每人罰2000元。", [("2000元", "涉嫌违反防疫规例")]),
        ("违规发布不实讯息，最高囚2年、罚新台币100万元。", [("100万元", "违规发布不实讯息")]),
    ],
)
def test_penalty_after_who_pays(text, expected):
    assert _purposes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a later group of people in the list gets what the first one gets
        (
            "合資格人士可獲一次性生活津貼，每名成人6000元，兒童3000元。",
            [("6000元", "合资格人士可获一次性生活津贴"), ("3000元", "合资格人士可获一次性生活津贴")],
        ),
        ("每名長者可獲2000元消費券，學生1000元。", [("2000元", "消费券"), ("1000元", "消费券")]),
    ],
)
def test_next_group_gets_the_same(text, expected):
    assert _purposes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # capital raised or committed, written after the amount, is what the money is; a
        # conversion restates it (issue 12 item 3: the conversion is no purpose)
        ("该公司获得USD 200 million融资，约合人民币14亿元。", [("USD 200 million", "融资"), ("14亿元", "融资")]),
        ("公司近日完成5亿元B轮融资。", [("5亿元", "B轮融资")]),
        ("企业签下3000万元订单。", [("3000万元", "订单")]),
    ],
)
def test_capital_nouns_after_the_amount(text, expected):
    assert _purposes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 拿出 puts money somewhere: the use after it, not the doer
        ("区财政拿出500万元，奖励优秀企业。", [("500万元", "奖励优秀企业")]),
        # 注资 to a body: the body is what it is for, as 向X提供 is
        ("特區政府再向醫管局注資100億元。", [("100亿元", "医管局")]),
    ],
)
def test_more_allocation_verbs(text, expected):
    assert _purposes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an amount inside a short quoted name the article repeats is a word of the name
        (
            "你愿意参加‘捐一元·月捐月爱’公益活动吗？每月30元就能帮助儿童。“捐一元”已带动1.4亿多人次参与，"
            "累计募集善款超过2.4亿元。",
            [("30元", Decimal("30"), "CNY"), ("2.4亿元", Decimal("240000000"), "CNY")],
        ),
        # said once, or a long quote: money
        ("局长受访时只说「38亿元一分不少」，表示没有其他方案。", [("38亿元", Decimal("3800000000"), "CNY")]),
        ("他们推出“十元店”，每件商品10元。", [("十元", Decimal("10"), "CNY"), ("10元", Decimal("10"), "CNY")]),
    ],
)
def test_amount_in_a_repeated_quoted_name(text, expected):
    assert _money(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a target's lead verb is no part of the measure
        ("部区共建交易中心，力争交易额达到80亿元。", [("80亿元", "交易额")]),
        ("确保全年完成投资5000亿元以上。", [("5000亿元以上", "全年完成投资")]),
    ],
)
def test_target_lead_is_not_the_measure(text, expected):
    assert _purposes(text) == expected
