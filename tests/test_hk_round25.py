"""Hong Kong money purposes and metric subjects on outlets other than Citizen News, session 25 (hk25):
the ways Hong Kong budget, fare, fine and statistics news ties an amount to its use and a figure to
what it measures, listed whole before the A half of the round's pages was read, then the classes A
showed.

The pages are evaluation-only and stay outside the repository; every sentence here is made up in
their style (Traditional script, other names, numbers and wording).  Money is given as (text,
amount, currency, qualifier, purpose), metrics as (text, value, unit, subject), in Simplified as the
gold writes them.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import civicextract
from civicextract.extractors.money.hk_uses import fare_steps
from civicextract.records import Money

PIPE = civicextract.Pipeline(kinds=("metrics", "money"))


def _money(text):
    return [(m.text, str(m.amount), m.currency, m.qualifier, m.purpose) for m in PIPE.extract(text).money]


def _metrics(text):
    return [(m.text, str(m.value), m.unit, m.subject) for m in PIPE.extract(text).metrics]


# The uses of a budget line: a budget of a named work (預算為), what a measure involves (涉及), a
# spending noun after a clause that names the handing out (額外開支), a yearly spending figure after
# the clause that increases a scheme (預算每年總支出: the scheme), an injection or allocation with
# its use after 以, a transfer to a fund with its use after 以 (not the fund's name cut short), a
# fixed penalty and a maximum fine raised from one level to the next, a fare raised, a monthly
# ticket kept at its price (the ticket, not the verb of keeping), a cap raised (上限提高至), a
# deficit written after the amount (錄得…億元赤字), vouchers and what they cost in all, and the size
# of the sums a scheme involves (所涉及的金額: the scheme).
@pytest.mark.parametrize(
    ("text", "records"),
    [
        ("香港政府表示，該條行車天橋的預算為3.8億元。", [("3.8亿元", "380000000", "HKD", "exact", "该条行车天桥的预算")]),
        ("香港路政署指，有關減免安排涉及約27億元。", [("约27亿元", "2700000000", "HKD", "approx", "有关减免安排")]),
        (
            "香港政府向傷殘人士多發一個月補助金，額外開支約9億元。",
            [("约9亿元", "900000000", "HKD", "approx", "香港政府向伤残人士多发一个月补助金")],
        ),
        (
            "香港政府明年起會將幼兒照顧名額增加2,000個至總共6,055個，預算每年總支出約5億元。",
            [("约5亿元", "500000000", "HKD", "approx", "幼儿照顾名额")],
        ),
        (
            "香港政府表示，院舍照顧名額亦會增加400個至總共1,955個，預算每年支出約2億元。",
            [("约2亿元", "200000000", "HKD", "approx", "院舍照顾名额")],
        ),
        ("香港政府向「數碼基金」注資60億元，以興建多個數據中心。", [("60亿元", "6000000000", "HKD", "exact", "兴建多个数据中心")]),
        ("香港政府向醫管局增撥38億元，以加強急症室服務。", [("38亿元", "3800000000", "HKD", "exact", "加强急症室服务")]),
        (
            "香港政府建議每年撥出250億元予土地儲備基金，以推動東涌新市鎮擴展。",
            [("250亿元", "25000000000", "HKD", "exact", "推动东涌新市镇扩展")],
        ),
        (
            "香港政府宣佈，定額罰款由$1,200提高至$2,500。",
            [("$1,200", "1200", "HKD", "exact", "定额罚款"), ("$2,500", "2500", "HKD", "exact", "定额罚款")],
        ),
        (
            "一經定罪，違例者可被判最高罰款由$2,500提高至$6,000。",
            [("$2,500", "2500", "HKD", "at_most", "违例者可被判最高罚款"), ("$6,000", "6000", "HKD", "exact", "违例者可被判最高罚款")],
        ),
        (
            "香港某小輪航線的船費將由11.3港元增加至11.9港元。",
            [("11.3港元", "11.3", "HKD", "exact", "香港某小轮航线的船费"), ("11.9港元", "11.9", "HKD", "exact", "香港某小轮航线的船费")],
        ),
        ("香港某渡輪公司表示，港島線月票仍會保持在520元。", [("520元", "520", "HKD", "exact", "港岛线月票")]),
        ("香港政府表示，明年差餉寬免上限提高至1,500元。", [("1,500元", "1500", "HKD", "exact", "差饷宽免上限提高")]),
        ("香港政府去年錄得65億元赤字。", [("65亿元", "6500000000", "HKD", "exact", "赤字")]),
        (
            "香港政府向每名合資格學生派1,500元書簿券，涉款達9億元。",
            [("1,500元", "1500", "HKD", "exact", "书簿券"), ("9亿元", "900000000", "HKD", "exact", "书簿券")],
        ),
        ("香港政府表示，該方案所涉及的金額逾60億元。", [("逾60亿元", "6000000000", "HKD", "over", "该方案")]),
    ],
    ids=[
        "budget-of-a-work", "a-measure-involves", "extra-spending-after-the-handing-out", "yearly-spending-of-a-scheme-increased",
        "yearly-spending-after-also-increased", "injection-then-use", "allocation-then-use", "transfer-to-a-fund-then-use",
        "fixed-penalty-raised", "maximum-fine-raised", "fare-raised", "ticket-kept", "cap-raised", "deficit-after-the-amount",
        "vouchers-and-their-sum", "sums-a-scheme-involves",
    ],
)
def test_hong_kong_budget_uses(text, records):
    assert _money(text) == records


# A mainland amount keeps the general rules' purpose: the budget-line shapes are Hong Kong dollars only.
def test_budget_uses_leave_mainland_money():
    assert _money("某市每年轉撥30億元至某某基金，以推動某項目。") == _money("某市每年转拨30亿元至某某基金，以推动某项目。")
    assert _money("某市每年转拨30亿元至某某基金，以推动某项目。") == [("30亿元", "3000000000", "CNY", "exact", "至某某基金")]
    assert _money("香港政府每年轉撥30億元至某某基金，以推動某項目。")[0][4] == "推动某项目"


# What a figure measures: a rate (就業不足率為), a count that changes by and to (減少約…至約…), a
# preliminary monthly figure (5月初步: 初步 is no time) and its change on the year after it, a
# share of a total (X有N，佔Y的M%: X's share), a change in points after the rate, both figures of a
# 分別 list, a count that fell then its fall, a fall in words after the clause that says what fell
# (跌幅: of what), counts of cases and places with a space as the thousands separator (2 450宗).
@pytest.mark.parametrize(
    ("text", "records"),
    [
        ("香港統計處公布，最新的整體失業率為2.9%。", [("2.9%", "2.9", "%", "最新的整体失业率")]),
        (
            "本港的勞動人口下跌約5,600人至約379萬人。",
            [("约5,600人", "5600", "人", "本港的劳动人口下跌"), ("约379万人", "3790000", "人", "本港的劳动人口下跌")],
        ),
        (
            "香港旅發局公布，5月初步過夜旅客數字為約210萬人次，按年上升7%。",
            [("约210万人次", "2100000", "人次", "5月初步过夜旅客数字"), ("7%", "7", "%", "初步过夜旅客数字按年上升")],
        ),
        (
            "香港旅發局指，過夜旅客有95萬人次，佔全部旅客的62%。",
            [("95万人次", "950000", "人次", "过夜旅客"), ("62%", "62", "%", "过夜旅客占全部旅客")],
        ),
        (
            "香港統計處指，失業率為3.2%，比早前公布升0.1個百分點。",
            [("3.2%", "3.2", "%", "失业率"), ("0.1个百分点", "0.1", "个百分点", "失业率比早前公布升")],
        ),
        (
            "香港三間小輪公司分別申請加價6.5%及4.5%。",
            [("三间", "3", "间", "小轮公司"), ("6.5%", "6.5", "%", "香港三间小轮公司"), ("4.5%", "4.5", "%", "香港三间小轮公司")],
        ),
        (
            "香港失業人數減至約11.6萬人，減少約2,000人。",
            [("约11.6万人", "116000", "人", "香港失业人数"), ("约2,000人", "2000", "人", "香港失业人数减少")],
        ),
        (
            "香港旅發局指，郵輪乘客人次回落至二十萬，跌幅百分之十二點五。",
            [("百分之十二点五", "12.5", "%", "邮轮乘客人次跌幅")],
        ),
        (
            "香港長者輪候冊上有4.2萬宗申請，當中體弱個案約有1萬宗。",
            [("4.2万宗", "42000", "宗", "申请"), ("1万宗", "10000", "宗", "体弱个案")],
        ),
        (
            "香港社署指，今年獲編配宿位的2 450宗申請中，只有約300個屬新宿位。",
            [("2 450宗", "2450", "宗", "申请"), ("约300个", "300", "个", "属新宿位")],
        ),
    ],
    ids=[
        "rate", "count-changes-by-and-to", "preliminary-month", "share-of-a-total", "points-after-the-rate",
        "respectively-list", "count-then-its-fall", "fall-in-words", "cases", "space-thousands",
    ],
)
def test_hong_kong_statistics_subjects(text, records):
    assert _metrics(text) == records


# The space as a thousands separator only between one to three digits and three before a unit: a
# figure in the spaced style (28 个村) and four digits before the space read as before.
@pytest.mark.parametrize(
    ("text", "records"),
    [
        ("某区今年共有28 个村完成改造。", [("28 个", "28", "个")]),
        ("某区有1234 567宗申请。", [("567宗", "567", "宗")]),
    ],
)
def test_space_thousands_bounds(text, records):
    assert [r[:3] for r in _metrics(text)] == records


# Classes the A half showed (after the list above): a fine named before the amount and the step to
# the next level of fines (最高罰款，由某級的…調高至第四級的…), an amount moved with 把 whose use comes
# after 以 later in the sentence, a supplementary grant with its use after 以, the thing a cost is of
# (總造價約…的X), a raise told after a kept price, and what the clause before sums up (宣布多項…措施，
# 稱涉及金額).
@pytest.mark.parametrize(
    ("text", "records"),
    [
        ("香港政府宣佈，禁煙區的最高罰款調高至$7,500。", [("$7,500", "7500", "HKD", "at_most", "禁烟区的最高罚款")]),
        (
            "一經定罪，違例者可被判最高罰款，由某級的$3,000調高至第四級的$12,000。",
            [("$3,000", "3000", "HKD", "exact", "最高罚款"), ("$12,000", "12000", "HKD", "exact", "最高罚款")],
        ),
        (
            "香港政府建議從土地基金把600億元，分三年每年撥出200億元予某某基金以推動北區大學城建設。",
            [
                ("600亿元", "60000000000", "HKD", "exact", "推动北区大学城建设"),
                ("200亿元", "20000000000", "HKD", "exact", "推动北区大学城建设"),
            ],
        ),
        (
            "香港某小組審議政府提出約三十億元追加撥款，以支付新醫院的超支建築費用。",
            [("约三十亿元", "3000000000", "HKD", "approx", "支付新医院的超支建筑费用")],
        ),
        ("香港總造價約90億元的某大橋，再申請追加撥款。", [("约90亿元", "9000000000", "HKD", "approx", "某大桥")]),
        (
            "香港某渡輪公司的季票會保持在640元，到年底，其後再加價至660元。",
            [("640元", "640", "HKD", "exact", "香港某渡轮公司的季票"), ("660元", "660", "HKD", "exact", "香港某渡轮公司的季票")],
        ),
        ("香港林局長宣布多項支援措施，稱涉及金額約40億元。", [("约40亿元", "4000000000", "HKD", "approx", "多项支援措施")]),
    ],
    ids=["fine-raised", "fine-levels", "moved-with-ba", "supplementary-grant", "cost-of-a-bridge", "raise-after-a-kept-price", "sums-summed-up"],
)
def test_hong_kong_budget_uses_from_a(text, records):
    assert _money(text) == records


# A fare's old value before 加至 takes its new value's use (the general rules may give it none).
def test_fare_steps_old_value_takes_the_new_ones_use():
    text = "香港某路线由9.2港元加至9.7港元。"
    old = Money("9.2港元", Decimal("9.2"), "HKD", 6, 11, None, "exact", None)
    new = Money("9.7港元", Decimal("9.7"), "HKD", 13, 18, None, "exact", "香港某路线")
    assert text[old.start : old.end] == old.text and text[new.start : new.end] == new.text
    assert [m.purpose for m in fare_steps(text, [old, new])] == ["香港某路线", "香港某路线"]
    mainland = [Money(m.text, m.amount, "CNY", m.start, m.end, None, m.qualifier, m.purpose) for m in (old, new)]
    assert [m.purpose for m in fare_steps(text, mainland)] == [None, "香港某路线"]


# Figures that follow up the figure before (follow_ups.py): a level after a change (，至), the
# runner-up (其次是), a change on the quarter in Hong Kong's words, a baseline compared with and a
# margin, and the second of a pair of one unit; a duration in fiscal years is no count.
@pytest.mark.parametrize(
    ("text", "records"),
    [
        (
            "本港居民出境人次共增加兩成半，至0.75億人次。",
            [("两成半", "25", "%", "本港居民出境人次共增加"), ("0.75亿人次", "75000000", "人次", "本港居民出境人次共增加")],
        ),
        (
            "某口岸旅客人數於4月份最多，達210.6萬人次，其次是9月份的198.2萬人次。",
            [("210.6万人次", "2106000", "人次", "某口岸旅客人数于4月份最多"), ("198.2万人次", "1982000", "人次", "某口岸旅客人数于4月份最多")],
        ),
        (
            "香港旅發局表示，來港的東南亞旅客錄得480萬人次，按季多6%。",
            [("480万人次", "4800000", "人次", "来港的东南亚旅客录得"), ("6%", "6", "%", "来港的东南亚旅客录得按季多")],
        ),
        (
            "今年編配的特殊學位約為1 250個，比早前公布的約1 020個多出約23%。",
            [
                ("1 250个", "1250", "个", "今年编配的特殊学位"),
                ("约1 020个", "1020", "个", "今年编配的特殊学位"),
                ("约23%", "23", "%", "今年编配的特殊学位"),
            ],
        ),
        (
            "香港政府會將離島航線船費加幅分別調低至8%及6%。",
            [("8%", "8", "%", "香港政府会将离岛航线船费加幅"), ("6%", "6", "%", "香港政府会将离岛航线船费加幅")],
        ),
        ("香港政府在未來三個財政年度內每年撥出多項津貼。", []),
    ],
    ids=["level-after-change", "runner-up", "change-on-the-quarter", "baseline-and-margin", "pair-of-one-unit", "fiscal-years"],
)
def test_hong_kong_follow_ups(text, records):
    assert _metrics(text) == records


# 毫 alone after digits at a phrase's end is the Hong Kong ten cents (a fare raised by 5毫, a rise of
# at most 3毫); 毫米 and 毫克 are units, and a bare 毫 outside Hong Kong money is no money.
@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        ("香港某輪渡線由7.6港元增加至8.1港元，加價5毫，加幅約6.6%。", [("7.6港元", "7.6"), ("8.1港元", "8.1"), ("5毫", "0.5")]),
        ("香港某輪渡線由10.2港元增加至10.6港元，加價4毫。", [("10.2港元", "10.2"), ("10.6港元", "10.6"), ("4毫", "0.4")]),
        ("香港政府表示，約九成乘客每程只須多付不超過3毫。", [("3毫", "0.3")]),
        ("某地雨量達到70毫。某配件寬度為4毫米，重8毫克。", []),
    ],
    ids=["fare-rise", "fare-rise-at-the-end", "at-most", "not-money"],
)
def test_hong_kong_ten_cents(text, amounts):
    assert [(m[0], m[1]) for m in _money(text)] == amounts


# A raise opening its clause right before the amount is what the amount is (，加價4毫: 加价).
def test_raise_by():
    assert _money("香港某輪渡線由10.2港元增加至10.6港元，加價4毫。")[2][4] == "加价"


# A figure in 萬 before people and 人次 counts their visits: the unit is 人次, not 人.
def test_people_visits_in_ten_thousands():
    got = _metrics("香港機管局指，去年共錄得近2,300萬過境旅客人次，按季增加9%。")
    assert got == [("近2,300万", "23000000", "人次", "过境旅客人次"), ("9%", "9", "%", "过境旅客人次按季增加")]


# Set C's classes (10 more pages golded blind after the fixes above, scored once, then read): a rise
# and the new level after a dollar amount (由$A增加$B至$C: three amounts, no range; 増 is a variant),
# 由於 cut at 由 (its 於 is no purpose), the spending named after 的 (…元的經常開支), the measure that
# opens the clause before a bare 涉及的開支, and an index's changes told after it in Hong Kong's words
# (按年則跌, 連升…按年升, 今年以來累升 opening the next sentence).
@pytest.mark.parametrize(
    ("text", "records"),
    [
        (
            "香港以某傷殘人士為例，由於該津貼額已由$3,100増加$80至$3,180，他本月可一次過收取$320。",
            [
                ("$3,100", "3100", "HKD", "exact", "该津贴额"),
                ("$80", "80", "HKD", "exact", "増加"),
                ("$3,180", "3180", "HKD", "exact", "増加"),
                ("$320", "320", "HKD", "exact", "他本月可一次过收取"),
            ],
        ),
        (
            "香港政府明年起預留9億元的經常開支，把試點服務轉為常設。",
            [("9亿元", "900000000", "HKD", "exact", "经常开支")],
        ),
        ("香港政府表示，此項措施可讓40萬人受惠，涉及的開支約8億元。", [("约8亿元", "800000000", "HKD", "approx", "此项措施")]),
    ],
    ids=["rise-and-new-level", "spending-named-after", "measure-before-its-spending"],
)
def test_hong_kong_budget_uses_from_c(text, records):
    assert _money(text) == records


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "某署資料顯示，3月全港寫字樓售價指數報251.2，按月跌0.8%，連跌2個月，按年則跌6.1%\n今年以來累升1.9%，跌幅則略為擴大。",
            ["全港写字楼售价指数报按月跌", "全港写字楼售价指数报按年则跌", "全港写字楼售价指数报今年以来累升"],
        ),
        (
            "某署公布，上月舖位租金指數上升至190.5，按月升0.7%，連升4個月，按年升3.1%。今年累升2.2%。",
            ["上月铺位租金指数按月升", "上月铺位租金指数连升按年升", "上月铺位租金指数今年累升"],
        ),
        (
            "本港上月工業樓宇售價指數報352，按月升0.31%，今年首5個月累計升6.2%。",
            ["本港上月工业楼宇售价指数报按月升", "本港上月工业楼宇售价指数报今年首5个月累计升"],
        ),
        (
            "其中面積1800方呎的大單位按月跌1.2%最多，其次為面積500至700方呎的單位。",
            ["面积", "最多", "其次为面积"],  # (the runner-up names its own measure: not the one before)
        ),
    ],
    ids=["index-month-year-and-so-far", "rent-index", "price-index-first-months", "runner-up-naming-a-measure"],
)
def test_hong_kong_index_changes(text, subjects):
    assert [m[3] for m in _metrics(text)] == subjects
