"""Hong Kong money of the classes the round-10 purpose work fixed: the bare 元 of a
Traditional-script page that names no Hong Kong institution but uses Hong Kong words, a
spoken range of two round tens sharing one unit, and the minimum wage read as a floor.

Every sentence is written for these tests, with made-up names, figures and sentence shapes
(no text of the evaluation-only Hong Kong pages is quoted). Each case pins the exact values.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from civicextract.pipeline import extract as extract_article


def _money(text: str) -> list[tuple]:
    return [(r.text, r.amount, r.amount_max, r.currency, r.qualifier) for r in extract_article(text).money]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Traditional page with one Hong Kong word (入息, 外判, 票控, 堂費) is Hong Kong money
        ("何婆婆說，丈夫離世後家庭入息大減，每月只靠三千元過活。",
         [("三千元", Decimal("3000"), None, "HKD", "exact")]),
        ("清潔公司把工作外判後，工友日薪跌至四百元。", [("四百元", Decimal("400"), None, "HKD", "exact")]),
        ("兩名街坊在公園下棋，警員上前票控，每人罰五千元。", [("五千元", Decimal("5000"), None, "HKD", "exact")]),
        # one such word in Simplified mainland news weighs 1 only: the money stays mainland money
        ("该区将道路保洁外判给专业公司，合同金额800万元。", [("800万元", Decimal("8000000"), None, "CNY", "exact")]),
        # Traditional script alone names no place: still mainland money
        ("公司今年向員工派發獎金六千元。", [("六千元", Decimal("6000"), None, "CNY", "exact")]),
    ],
)
def test_hong_kong_words_make_hong_kong_money(text, expected):
    assert _money(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two round tens one step apart share the unit: a spoken range
        ("麥先生估計，翻新祖屋連傢俬要花30、40萬元。",
         [("30、40万元", Decimal("300000"), Decimal("400000"), "CNY", "range")]),
        ("镇里修这条机耕路，前后要花80、90万元。",
         [("80、90万元", Decimal("800000"), Decimal("900000"), "CNY", "range")]),
        # figures farther apart, single-digit tiers, three figures or 分别 make a list
        ("两项工程估价30、80万元。", [("80万元", Decimal("800000"), None, "CNY", "exact")]),
        ("补助标准设1、2万元两档。", [("2万元", Decimal("20000"), None, "CNY", "exact")]),
        ("三档补助为20、30、40万元。", [("40万元", Decimal("400000"), None, "CNY", "exact")]),
        ("两所学校分别获奖励20、30万元。", [("30万元", Decimal("300000"), None, "CNY", "exact")]),
    ],
)
def test_spoken_range_of_round_tens(text, expected):
    assert _money(text) == expected


def test_minimum_wage_is_a_noun_not_a_floor():
    # 最低 before a verb caps or floors the amount; 最低工资 / 最低生活保障 name the money itself
    assert _money("这个行业以最低工资每小时25元计薪。") == [("25元", Decimal("25"), None, "CNY", "exact")]
    assert _money("低保对象按最低生活保障标准每月领取680元。") == [("680元", Decimal("680"), None, "CNY", "exact")]
    assert _money("每户最低补贴3000元。") == [("3000元", Decimal("3000"), None, "CNY", "at_least")]


def _purposes(text: str) -> list[tuple[str, str | None]]:
    return [(r.text, r.purpose) for r in extract_article(text).money]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a comparison word before the amount says how much, not what: the measure before it
        ("申請人的家庭入息低於18,000元，方可排隊輪候。", [("18,000元", "申请人的家庭入息")]),
        ("这些老人的月收入低于1500元。", [("1500元", "这些老人的月收入")]),
        # 以…N元为例 illustrates what comes before the amount; 为例 is no use
        ("以今年的車船津貼800元為例，扣稅後所剩無幾。", [("800元", "车船津贴")]),
        ("以一份300元的套餐为例，成本不到一半。", [("300元", "套餐")]),
    ],
)
def test_comparison_and_example_frames(text, expected):
    assert _purposes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause of a modal and a change only: what changes is the clause before
        ("預算案又建議，子女基本免稅額，會增至15萬元。", [("15万元", "子女基本免税额")]),
        ("该县农机购置补贴，将提高至每台2万元。", [("2万元", "该县农机购置补贴")]),
        # 由A扩阔至B: the measure before 由 is what both figures size
        ("单身人士免税额由13万元扩阔至14万元。", [("13万元", "单身人士免税额"), ("14万元", "单身人士免税额")]),
        # a bare spending noun in its own clause: the clause before names what is spent on
        ("為全港中學生資助上網費用，開支約3億元。", [("约3亿元", "为全港中学生资助上网费用")]),
        # a size word before the amount and a 的-noun after it: the noun is the thing
        ("政府推出總數達約200億元的紓困措施。", [("约200亿元", "纾困措施")]),
        # (a bound before the size is a threshold: the holder after 的 stays)
        ("对年度出口总额超过20亿元的外贸企业给予奖励。", [("20亿元", "年度出口总额")]),
    ],
)
def test_hong_kong_purpose_shapes(text, expected):
    assert _purposes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause that only needs the money again takes the cost named before it in the sentence
        ("這部儀器首年保養費為120萬元，其後每年另需40萬元。",
         [("120万元", "这部仪器首年保养费"), ("40万元", "这部仪器首年保养费")]),
        # a generic 资金 after 的 names nothing: the phrase before the amount does
        ("整個園區最終或需要多於35億元的資金才能落成。", [("35亿元", "整个园区最终或需")]),
    ],
)
def test_cost_again_and_generic_funds(text, expected):
    assert _purposes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause of a cap and a verb only: the scheme is the clause before
        ("政府改為推出免息貸款，上限借5萬元；另派發消費券。", [("5万元", "政府改为推出免息贷款")]),
        # the last item of a listing clause before a modal change
        ("預算案有多項措施，包括多發一個月生果金、子女免稅額的額度，將升至15萬元。", [("15万元", "子女免税额的额度")]),
        # a bare paying verb before the amount: its object after the amount is the use
        ("去年那幾位大業主，合共退了3億元差餉！", [("3亿元", "差饷")]),
        # (not a comparison's 的: 较去年的N元有所减少 keeps its measure)
        ("公司亏损为20亿元，较去年的30亿元有所减少。", [("20亿元", "公司亏损"), ("30亿元", "公司亏损")]),
    ],
)
def test_cap_clause_list_item_and_bare_verb(text, expected):
    assert _purposes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 蚊 is the spoken Hong Kong dollar: on a Traditional page it is Hong Kong money with no other cue
        ("張伯說每月交租四千蚊，負擔實在太重。", [("四千蚊", Decimal("4000"), None, "HKD", "exact")]),
        ("街坊話嗰碗麵要成五十蚊。", [("五十蚊", Decimal("50"), None, "HKD", "exact")]),
        # OpenCC writes 劏 as 㓥: the subdivided-flat cue is read in the converted text, and a
        # bare $ of a Traditional page is a Hong Kong dollar
        ("區內劏房月租$4,800，另加水電。", [("$4,800", Decimal("4800"), None, "HKD", "exact")]),
        ("這間舖頭的套餐賣$68，比去年貴。", [("$68", Decimal("68"), None, "HKD", "exact")]),
        # (a bare $ of Simplified text stays a US dollar)
        ("这款软件的订阅价为$68。", [("$68", Decimal("68"), None, "USD", "exact")]),
    ],
)
def test_spoken_dollar_and_traditional_dollar_sign(text, expected):
    assert _money(text) == expected
