"""Hong Kong money, session 24 wave 2 (hkp24): the ways Hong Kong news ties an amount to its use,
listed whole before the A half of fresh Citizen News pages was read, then the classes A showed.

The pages are evaluation-only and stay outside the repository; every sentence here is made up in
their style (Traditional script, other names, numbers and wording).  Each case gives the money as
(text, amount, currency, qualifier, purpose), purposes in Simplified as the gold writes them: a
short noun (罚款, 赔偿, 讼费, 月薪, 收费) or the use as a phrase (翻新各区公共图书馆, 每户公屋住户).
"""

from __future__ import annotations

import pytest

import civicextract

PIPE = civicextract.Pipeline(kinds=("money",))


def _money(text):
    return [(m.text, str(m.amount), m.currency, m.qualifier, m.purpose) for m in PIPE.extract(text).money]


# The uses, one shape each: a marker after the amount (撥款…用於, 預留…作, 資助), a per-head grant
# (每戶…可獲發放: who each gets it), money a case involves (涉款: the case, without 一宗), a fine,
# damages and costs (獲賠償, 訟費: the noun), a fee per case (每宗…收費為: the fee), a bare
# spending noun after a reporting clause (the speaker is not what is spent on), pay (年薪/月薪: the
# pay noun, not who earns it), a charge that changes (租金每月平均增加: the charge after the body
# that sets it), and a subsidy the sentence says is needed (每年須資助).
@pytest.mark.parametrize(
    ("text", "records"),
    [
        (
            "香港政府向立法會財委會申請撥款3.2億元，用於翻新各區公共圖書館。",
            [("3.2亿元", "320000000", "HKD", "exact", "翻新各区公共图书馆")],
        ),
        ("財政司司長在預算案中預留6億元作推行社區藥房計劃。", [("6亿元", "600000000", "HKD", "exact", "推行社区药房计划")]),
        (
            "香港政府預算案建議撥款9億元資助私營安老院聘請護理員。",
            [("9亿元", "900000000", "HKD", "exact", "资助私营安老院聘请护理员")],
        ),
        ("香港房委會表示，每戶公屋住戶可獲發放2,400元。", [("2,400元", "2400", "HKD", "exact", "每户公屋住户")]),
        ("香港警方表示，一宗網上投資騙案涉款約920萬元。", [("约920万元", "9200000", "HKD", "approx", "网上投资骗案")]),
        ("香港一名地盤工人被裁判官判罰款4,500元。", [("4,500元", "4500", "HKD", "exact", "罚款")]),
        ("香港高等法院判一名工人獲賠償共38萬元。", [("38万元", "380000", "HKD", "exact", "赔偿")]),
        ("香港區域法院裁定律政司須支付訟費約120萬元。", [("约120万元", "1200000", "HKD", "approx", "讼费")]),
        ("香港醫管局表示，每宗專科門診個案收費為135元。", [("135元", "135", "HKD", "exact", "收费")]),
        ("香港政府表示，開支達120億元。", [("120亿元", "12000000000", "HKD", "exact", "开支")]),
        ("香港某大學校長的年薪約為520萬元。", [("520万元", "5200000", "HKD", "approx", "年薪")]),
        (
            "香港房屋委員會表示，公屋租金每月平均增加210元，將於九月生效。",
            [("210元", "210", "HKD", "exact", "公屋租金")],
        ),
        ("香港運輸署預計每年須資助近三千萬港元。", [("近三千万港元", "30000000", "HKD", "under", "资助")]),
    ],
)
def test_uses(text, records):
    assert _money(text) == records


# Left as they were: 是 before the pay equates the thing before it with the pay (the wage is what
# the money is), and 向每位X派發 names the handing out, not X (the Hong Kong gold writes 派发).
@pytest.mark.parametrize(
    ("text", "records"),
    [
        (
            "香港勞工團體認為可維持生計的工資是時薪62元，當局應該檢討。",
            [("62元", "62", "HKD", "exact", "香港劳工团体认为可维持生计的工资是时薪")],
        ),
        (
            "香港特區政府前年向每位成年居民派發6,000元，當局表示今年不會再派。",
            [("6,000元", "6000", "HKD", "exact", "香港特区政府前年向每位成年居民派发")],
        ),
    ],
)
def test_uses_left_alone(text, records):
    assert _money(text) == records


# A currency word before a pay noun and a number with a bare 萬 after it (港幣年薪約830萬; 年薪港幣
# 約300萬; a list after it shares the currency and the noun); a Simplified page is read the same way
# (records do not depend on the script: tests/test_script_independence24.py).
@pytest.mark.parametrize(
    ("text", "records"),
    [
        ("香港某上市公司主席的港幣年薪約830萬。", [("约830万", "8300000", "HKD", "approx", "年薪")]),
        ("香港某公司董事的年薪港幣約300萬。", [("约300万", "3000000", "HKD", "approx", "年薪")]),
        (
            "兩名局長的港元月薪約32.5萬和29.8萬。",
            [("约32.5万", "325000", "HKD", "approx", "月薪"), ("29.8万", "298000", "HKD", "exact", "月薪")],
        ),
        ("某上市公司主席的人民币年薪约830万。", [("约830万", "8300000", "CNY", "approx", "年薪")]),
    ],
)
def test_currency_before_pay_noun(text, records):
    assert _money(text) == records


# The place of a bare 元: on a Traditional page that names no place's cue, a department whose name
# another economy also uses (環保署) or 香港 itself makes it Hong Kong money; a Taiwan cue keeps
# Taiwan's, and a Simplified page naming 香港 stays mainland money.
@pytest.mark.parametrize(
    ("text", "records"),
    [
        ("環保署表示，違例者最高可被罰款5萬元，當局會嚴格執法。", [("5万元", "50000", "HKD", "at_most", "罚款")]),
        ("香港高等法院判一名工人獲賠償共38萬元。", [("38万元", "380000", "HKD", "exact", "赔偿")]),
        ("台北市政府表示，違規者將被罰新台幣6萬元。", [("6万元", "60000", "TWD", "exact", "违规者将被罚")]),
        ("内地某公司去年在香港的收入达3亿元。", [("3亿元", "300000000", "CNY", "exact", "内地某公司去年在香港的收入")]),
    ],
)
def test_place_of_bare_yuan(text, records):
    assert _money(text) == records


# The classes the A half showed: 過 glued before the number is "over" (存款過50萬元); a cap named
# before the amount is the cap (醫療津貼上限為$2,500); a period, a cause and a total's word around
# the purpose are cut (2021年第一季…的總額: what is drawn).
@pytest.mark.parametrize(
    ("text", "records"),
    [
        (
            "香港政府統計處表示，本港家庭的存款過50萬元，較去年增加。",
            [("过50万元", "500000", "HKD", "over", "本港家庭的存款")],
        ),
        ("香港每名僱員的醫療津貼上限為$2,500。", [("$2,500", "2500", "HKD", "exact", "医疗津贴上限")]),
        (
            "積金局表示，2019年第二季以退休為由提取公積金的總額為13.6億元。",
            [("13.6亿元", "1360000000", "HKD", "exact", "提取公积金")],
        ),
        ("香港政府表示，這是通過50萬元撥款的結果。", [("50万元", "500000", "HKD", "exact", "拨款")]),
    ],
)
def test_classes_of_part_a(text, records):
    assert _money(text) == records


# A class set C (golded blind after the fixes above, scored once: money F1 0.571) showed: a price
# range with its dollar sign on both ends is one range; 由$A至$B (a change from one to the other)
# stays two amounts.
@pytest.mark.parametrize(
    ("text", "records"),
    [
        (
            "香港某公司招股，每股訂價 $8.2 至 $8.9，集資額為40億元。",
            [("$8.2 至 $8.9", "8.2", "HKD", "range", "订价"), ("40亿元", "4000000000", "HKD", "exact", "集资额")],
        ),
        ("該公司招股價介乎HK$3.1至HK$3.6。", [("HK$3.1至HK$3.6", "3.1", "HKD", "range", "该公司招股价介乎")]),
    ],
)
def test_dollar_range(text, records):
    assert _money(text) == records


def test_the_fronted_gate_lets_every_currency_word_through():
    # fronted_amounts skips a page holding neither 币 nor 美元/港元: a currency word added to _CURRENCY
    # must hold one of them, or its amounts would never be read
    from civicextract.extractors.money.fronted import _CURRENCY

    assert all("币" in word or word in ("美元", "港元") for word in _CURRENCY)
