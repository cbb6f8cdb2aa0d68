"""Hong Kong pages, round 24 (hk24): the ways Hong Kong news states figures and money, listed whole
as families before the A half of fresh Citizen News pages was read, then the classes A showed.

The pages are evaluation-only and stay outside the repository; every sentence here is made up in
their style (Traditional script, other names, numbers and wording).  Metrics are given as (text,
value, unit, subject), qualifiers as (text, value, qualifier), money as (text, amount, currency,
qualifier, purpose).
"""

from __future__ import annotations

import pytest

import civicextract

PIPE = civicextract.Pipeline(kinds=("metrics", "money"))


def _metrics(text):
    return [(m.text, str(m.value), m.unit, m.subject) for m in PIPE.extract(text).metrics]


def _qualified(text):
    return [(m.text, str(m.value), m.qualifier) for m in PIPE.extract(text).metrics]


def _money(text):
    return [(m.text, str(m.amount), m.currency, m.qualifier, m.purpose) for m in PIPE.extract(text).money]


# Shares: 百分之N, N成 with its half and hundredths (四成八 before the verb a poll's answer is:
# 認為, 表示 …), 巴仙, percentage points (in Chinese decimals too: 零點八個百分點), net values
# below zero (-35%, 負41%), a change down to a level (下跌三個百分點至百分之二十七: 至 and the
# level are no subject), and a share whose answer is only its verb (三成二表示不會) is a share of
# the people polled before.
@pytest.mark.parametrize(
    ("text", "records"),
    [
        ("香港某機構調查發現，百分之六十五的受訪家長支持延長暑假。", [("百分之六十五", "65", "%", "受访家长支持延长暑假")]),
        ("香港民調顯示，約有六成半市民不滿交通安排。", [("六成半", "65", "%", "市民")]),
        (
            "香港大學民調顯示，在1,020名受訪者中，有四成八認為經濟會轉差，三成二表示不會。",
            [("1,020名", "1020", "名", "受访者"), ("四成八", "48", "%", "认为经济会转差"), ("三成二", "32", "%", "受访者")],
        ),
        ("香港民調指，受訪市民之中，有百分之二十三表示曾遭受網上欺凌。", [("百分之二十三", "23", "%", "受访市民")]),
        (
            "香港某調查顯示，感到孤獨的長者佔六成，較兩年前的三成大增。",
            [("六成", "60", "%", "感到孤独的长者占"), ("三成", "30", "%", "感到孤独的长者占")],
        ),
        ("香港巴士公司建議今年車費加價7.5巴仙。", [("7.5巴仙", "7.5", "%", "香港巴士公司建议今年车费加价")]),
        (
            "香港統計處公佈，失業率升至5.9%，較上月上升0.4個百分點。",
            [("5.9%", "5.9", "%", "失业率"), ("0.4个百分点", "0.4", "个百分点", "失业率较上月上升")],
        ),
        (
            "香港整體通脹按年跌零點八個百分點，核心通脹則下跌六點四個百分點。",
            [("零点八个百分点", "0.8", "个百分点", "香港整体通胀按年跌"), ("六点四个百分点", "6.4", "个百分点", "核心通胀则下跌")],
        ),
        (
            "香港民意機構調查顯示，特首民望淨值為-35%，較上月跌至負41%。",
            [("-35%", "-35", "%", "特首民望净值"), ("负41%", "-41", "%", "特首民望净值")],
        ),
        (
            "香港某政黨支持率下跌三個百分點至百分之二十七。",
            [("三个百分点", "3", "个百分点", "香港某政党支持率下跌"), ("百分之二十七", "27", "%", "香港某政党支持率下跌")],
        ),
    ],
    ids=[
        "pct-in-words", "cheng-half", "cheng-hundredths-before-verb", "share-of-those-polled", "cheng-before-change",
        "ba-sin", "points", "points-spoken-decimal", "net-below-zero", "change-down-to-level",
    ],
)
def test_hong_kong_share_families(text, records):
    assert _metrics(text) == records


# Statistics releases: 按年/按月/按季 changes glued to the indicator or opening a clause after
# it (公佈首季本地生產總值，按年升3.7%: the indicator of the clause before), a change from one
# month's figure down to another's (由5月的12.0%大跌至6月的3.1%: 大 opens the verb, not 大X),
# counts with Hong Kong measure words, 中位數 figures, a population in 萬 with the release's period
# between (本港人口在年中為738.6萬), and a time alone as no subject (a rate's
# indicator is in the clause before, a count's noun after it).
@pytest.mark.parametrize(
    ("text", "records"),
    [
        ("本港上週公佈首季本地生產總值，按年升3.7%。", [("3.7%", "3.7", "%", "首季本地生产总值按年升")]),
        (
            "香港零售業總銷貨價值按年上升8.2%，訪港旅客人次按月減少12%。",
            [("8.2%", "8.2", "%", "香港零售业总销货价值按年上升"), ("12%", "12", "%", "访港旅客人次按月减少")],
        ),
        (
            "本港出口貨值按年增長由5月的12.0%大跌至6月的3.1%。",
            [("12.0%", "12", "%", "本港出口货值按年增长由5月"), ("3.1%", "3.1", "%", "本港出口货值按年增长由5月")],
        ),
        (
            "香港警方去年共處理1,234宗入屋爆竊案，並發出2,380張定額罰款告票。",
            [("1,234宗", "1234", "宗", "入屋爆窃案"), ("2,380张", "2380", "张", "定额罚款告票")],
        ),
        ("香港房委會去年收回1,850個單位，另有560戶仍在輪候。", [("1,850个", "1850", "个", "单位"), ("560户", "560", "户", "仍在轮候")]),
        ("全港共有480間幼稚園及三十所特殊學校。", [("480间", "480", "间", "幼稚园"), ("三十所", "30", "所", "特殊学校")]),
        ("香港劏房住戶人均居住面積中位數為5.8平方米。", [("5.8平方米", "5.8", "平方米", "香港㓥房住户人均居住面积中位数")]),
        (
            "政府統計處數字顯示，本港人口在年中為738.6萬，按年減少0.7%。",
            [("738.6万", "7386000", "人", "本港人口在年中"), ("0.7%", "0.7", "%", "本港人口在年中按年减少")],
        ),
        (
            "香港活動吸引千五人參加，計劃共有萬二個名額，約有兩萬三千人申請。",
            [("千五人", "1500", "人", "参加"), ("万二个", "12000", "个", "名额"), ("两万三千人", "23000", "人", "申请")],
        ),
        ("香港一般公屋申請者平均輪候時間為5.8年，死者為一名72歲男子，香港在排名中位列第三。", []),
        ("香港某團體訪問了438位在公屋居住的65歲以上長者。", [("438位", "438", "位", "长者")]),
        (
            "香港的失業率居高不下，2020已升至6.8%，超過80萬人已預約接種。",
            [("6.8%", "6.8", "%", "失业率居高不下"), ("超过80万人", "800000", "人", "已预约接种")],
        ),
    ],
    ids=[
        "yoy-opening-a-clause", "yoy-glued", "from-month-to-month", "cases-and-tickets", "flats-and-households",
        "schools", "median-area", "population-at-mid-year", "cantonese-short-forms", "waiting-time-age-rank-are-none", "people-where-then-who",
        "a-time-alone-is-no-subject",
    ],
)
def test_hong_kong_statistics_families(text, records):
    assert _metrics(text) == records


# Qualifiers: 大概是 and 大概 (approx), 流失約 (approx: 約 after 流失 is no 失約), 不超 (at
# most: 超 alone is over), 逾/近/餘.
@pytest.mark.parametrize(
    ("text", "records"),
    [
        (
            "香港某局表示，大概是3,600名職員輪班上班，佔全體員工大概百分之二。",
            [("3,600名", "3600", "approx"), ("大概百分之二", "2", "approx")],
        ),
        ("香港某大學統計顯示，本科生三年內流失約2,360名學生。", [("约2,360名", "2360", "approx")]),
        ("香港防疫規例規定，每枱食客不超6人。", [("不超6人", "6", "at_most")]),
        (
            "逾2,000名香港教師離職，近300名病人輪候手術，二百餘名員工受影響。",
            [("逾2,000名", "2000", "over"), ("近300名", "300", "under"), ("二百余名", "200", "over")],
        ),
    ],
    ids=["about-is", "lost-about", "not-over", "over-under-odd"],
)
def test_hong_kong_qualifier_families(text, records):
    assert _qualified(text) == records


# Money: a budget's voucher, a council's grant, a fine, a fare, a department's spending, with
# 不超 (at most), 大概是 (approx; the hedge is no purpose) and 流失約 (approx); an amount
# compared with another (第二季還要比第一季少28億元) is the money the clause before names.
@pytest.mark.parametrize(
    ("text", "records"),
    [
        (
            "財政預算案建議向每名合資格香港永久居民發放5,000元電子消費券。",
            [("5,000元", "5000", "HKD", "exact", "电子消费券")],
        ),
        ("香港立法會財委會批出28億元撥款，用於興建新醫院。", [("28亿元", "2800000000", "HKD", "exact", "兴建新医院")]),
        ("香港東區裁判法院裁判官判被告罰款3,000元。", [("3,000元", "3000", "HKD", "exact", "罚款")]),
        (
            "食環署的垃圾收集服務每年開支約12億元。",
            [("约12亿元", "1200000000", "HKD", "approx", "食环署的垃圾收集服务每年开支")],
        ),
        ("香港政府資助每名學生不超4,500元購買電腦。", [("不超4,500元", "4500", "HKD", "at_most", "购买电脑")]),
        ("香港財政司司長表示，防疫開支大概是560億元。", [("560亿元", "56000000000", "HKD", "approx", "防疫开支")]),
        (
            "香港政府向受影響商戶賠償共1.2億元，另流失約3億元差餉收入。",
            [
                ("1.2亿元", "120000000", "HKD", "exact", "香港政府向受影响商户赔偿"),
                ("约3亿元", "300000000", "HKD", "approx", "差饷"),
            ],
        ),
        ("本港公共、私人投資合計，第二季還要比第一季少28億元。", [("28亿元", "2800000000", "HKD", "exact", "本港公共、私人投资")]),
        ("香港統計處公佈的酒樓收益也有總值，7月比6月剛好少4億元。", [("4亿元", "400000000", "HKD", "exact", "酒楼收益也有总值")]),
    ],
    ids=[
        "budget-voucher", "council-grant", "fine", "department-spending", "not-over", "about-is-no-purpose",
        "lost-about", "compared-sum", "compared-of-a-release",
    ],
)
def test_hong_kong_money_families(text, records):
    assert _money(text) == records


# 本港 and the Census and Statistics Department's 統計處 are Hong Kong's own words, as are the
# departments round 11 left out (機電署, 海事處 …): with the Traditional script they make a bare 元
# Hong Kong dollars; on a Simplified page alone (a mainland port's 本港口) they change nothing.
@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("本港私人消費開支，第三季錄得3,200億元。", "HKD"),
        ("統計處數字顯示，零售業總銷貨價值為300億元。", "HKD"),
        ("本港口今年完成投资3亿元。", "CNY"),
        ("機電署表示，每部升降機的檢驗收費為500元。", "HKD"),
    ],
    ids=["ben-gang", "census-department", "simplified-port", "department-left-out-before"],
)
def test_hong_kong_currency_cues(text, currency):
    assert [m.currency for m in PIPE.extract(text).money] == [currency]
