"""Hong Kong pages, round 16 (hkmoney19): the ways Hong Kong news states money and figures, listed
whole as families, and the classes read off the A half of fresh Citizen News pages.

The pages are evaluation-only and stay outside the repository; every sentence here is made up in
their style (Traditional script, other names, numbers and wording).  Each case gives the records
exactly: money as (text, amount, currency, purpose), metrics as (text, value, unit, subject).
"""

from __future__ import annotations

import pytest

import civicextract

PIPE = civicextract.Pipeline(kinds=("metrics", "money"))


def _money(text):
    return [(m.text, str(m.amount), m.currency, m.purpose) for m in PIPE.extract(text).money]


def _metrics(text):
    return [(m.text, str(m.value), m.unit, m.subject) for m in PIPE.extract(text).metrics]


# Budget and council money: 預留/注資/撥款/動用 say what the money is for after the amount; a
# measure capped per case (以…元為上限) is the measure its sentence names, without the columnist's
# 先談談 that turns to it, or the relief before it (寬減…薪俸稅), and a relief's fiscal year and
# quarters are no part of what it relieves; a lot won by bidders (地皮由…以N億元投得) is what the
# price is for; allowances, fines, fares and rents are Hong Kong dollars on a page that
# names a Hong Kong body or scheme (九龍巴士 and the bureaux' full names are cues since this round).
@pytest.mark.parametrize(
    ("text", "records"),
    [
        (
            "香港特區政府預留80億元推行防疫措施，並為科研基金注資35億元。",
            [("80亿元", "8000000000", "HKD", "推行防疫措施"), ("35亿元", "3500000000", "HKD", "科研基金")],
        ),
        (
            "香港立法會財委會昨日通過撥款15億元，資助中學更新電腦設備。",
            [("15亿元", "1500000000", "HKD", "资助中学更新电脑设备")],
        ),
        ("香港房屋署動用6億元建造一批組合屋。", [("6亿元", "600000000", "HKD", "建造一批组合屋")]),
        ("香港東區裁判法院判被告罰款4,500元。", [("4,500元", "4500", "HKD", "罚款")]),
        (
            "香港九龍巴士申請加價，成人車資由8.6元增至9.3元。",
            [("8.6元", "8.6", "HKD", "成人车资"), ("9.3元", "9.3", "HKD", "成人车资")],
        ),
        (
            "運輸及房屋局表示，來往機場的穿梭巴士日間票價為45港元。",
            [("45港元", "45", "HKD", "来往机场的穿梭巴士日间票价")],
        ),
        (
            "香港特區政府今日公布預算案。先談談退差餉的方案，住宅單位每季寬免額以1,200元為上限，去年則為800元。",
            [("1,200元", "1200", "HKD", "退差饷"), ("800元", "800", "HKD", "退差饷")],
        ),
        (
            "財政司司長建議寬免2023/24年度兩季的差餉，每戶每季以1,100元為限。",
            [("1,100元", "1100", "HKD", "宽免差饷")],
        ),
        (
            "財政司司長建議寬減2022/23年度的薪俸稅，每宗個案以8,000元為上限。",
            [("8,000元", "8000", "HKD", "宽减薪俸税")],
        ),
        (
            "香港地政總署公布，啟德一幅住宅地皮由兩間發展商合組財團以86億元投得，高於市場估值。",
            [("86亿元", "8600000000", "HKD", "启德一幅住宅地皮")],
        ),
    ],
    ids=[
        "reserve-and-inject", "council-grant", "draw-on", "fine", "fare-new-cue", "bureau-full-name", "cap-of-a-measure",
        "relief-without-its-period", "relief-capped-per-case", "land-lot-won-by-bidders",
    ],
)
def test_hong_kong_money_families(text, records):
    assert _money(text) == records


# Polls and statistics: shares as N%, N成 (四成六 and 三成二 are 46% and 32% of those asked; a
# digit before 成 is a tenth wherever it stands, 全世界7成議員), changes in 個百分點, counts with
# 宗/人 and 按季/較前年.  A share followed by 是 and the people is a share of those people.
@pytest.mark.parametrize(
    ("text", "records"),
    [
        (
            "某大學調查發現，58%受訪者不滿港府施政，較上次增加4個百分點。",
            # (the change names what changed, from the clause before: metrics/comparisons.py, round 17)
            [("58%", "58", "%", "受访者"), ("4个百分点", "4", "个百分点", "受访者不满港府施政较上次增加")],
        ),
        ("香港民調顯示，有四成六受訪者支持方案。", [("四成六", "46", "%", "受访者支持方案")]),
        ("香港民調顯示，有三成二市民反對加稅。", [("三成二", "32", "%", "市民反对加税")]),
        ("香港某學者認為，全世界7成議員都是這樣。", [("7成", "70", "%", "议员")]),
        (
            "香港一項調查顯示，六成受訪者反對，而當中41%是中間派選民。",
            [("六成", "60", "%", "受访者反对"), ("41%", "41", "%", "中间派选民")],
        ),
        (
            "香港消委會去年共接獲2,360宗投訴，較前年增加12%。",
            [("2,360宗", "2360", "宗", "投诉"), ("12%", "12", "%", "较前年增加")],
        ),
        (
            "香港失業率按季上升0.4個百分點至6.2%，失業人數約22.8萬人。",
            [
                ("0.4个百分点", "0.4", "个百分点", "香港失业率按季上升"),
                ("6.2%", "6.2", "%", "香港失业率按季上升"),
                ("约22.8万人", "228000", "人", "失业人数"),
            ],
        ),
    ],
    ids=["poll-points", "cheng-hundredths", "cheng-hundredths-residents", "digit-cheng-in-clause", "share-that-is", "complaints", "unemployment"],
)
def test_hong_kong_figure_families(text, records):
    assert _metrics(text) == records


# A count closed by its clause with no noun (增至450個, 用盡80個的話, 今年減至9間) counts what the
# earlier count of the same measure word named right after it; a count whose own noun stands
# before it (發現違規攤檔35個) keeps it.
@pytest.mark.parametrize(
    ("text", "records"),
    [
        (
            "香港入境處表示，計劃推出時每年有300個名額，到2015年增至450個，去年再增至600個。",
            [("300个", "300", "个", "名额"), ("450个", "450", "个", "名额"), ("600个", "600", "个", "名额")],
        ),
        (
            "香港當局說每月用盡80個名額，如果每月用盡80個的話，全年應有960人。",
            [("80个", "80", "个", "名额"), ("80个", "80", "个", "名额"), ("960人", "960", "人", "全年应")],
        ),
        ("香港某區去年有12間學校，今年減至9間。", [("12间", "12", "间", "学校"), ("9间", "9", "间", "学校")]),
        (
            "香港食環署巡查了40個街市，發現違規攤檔35個。",
            [("40个", "40", "个", "街市"), ("35个", "35", "个", "发现违规摊档")],
        ),
    ],
    ids=["elided-chain", "elided-before-de-hua", "cut-to-this-year", "guard-own-noun-before"],
)
def test_elided_noun_of_a_count(text, records):
    assert _metrics(text) == records


# A court report names its group once with 名 and refers back to it by the Chinese numeral after a
# verb that takes the people (考慮四人, 判四人): the group is counted once, as with digits (round 14).
# A count after a noun whose excess it is (超載兩人) is a count of its own.
@pytest.mark.parametrize(
    ("text", "records"),
    [
        ("四名被告今日判刑。法官考慮四人並無預謀，判四人社會服務令。", [("四名", "4", "名", "被告今日判刑")]),
        (
            "兩名乘客下車後，警員發現該車超載兩人。",
            [("两名", "2", "名", "乘客下车后"), ("两人", "2", "人", "警员发现该车超载")],
        ),
    ],
    ids=["chinese-numeral-group-once", "guard-excess-count"],
)
def test_group_referred_back_in_chinese_numerals(text, records):
    assert _metrics(text) == records
