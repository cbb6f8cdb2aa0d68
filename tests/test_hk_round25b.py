"""Hong Kong money purposes, session 25 wave 3 (hk25b): a larger blind batch of Hong Kong pages from
outlets hk25 used little (government releases, Legislative Council reports, Oriental Daily, Sing Tao,
Ming Pao, HKEJ, Now).  The families the brief listed (an anaphor inside the Hong Kong passes, a change
then the new level, a per-head cap), then the classes the A half showed: 不多於 as "at most", an item
of a 、-list after its amount, a part handed on (當中…予), a commitment's use after 用以, a spending
figure after a handing out, a sum set aside for a field (為某範疇增撥), an appropriation and its use
after 為, an injection joined to the next act by 並, an application for money after the scheme reviewed.

The pages are evaluation-only and stay outside the repository; every sentence here is made up in
their style (Traditional script, other names, numbers and wording).  Money is given as (text, amount,
currency, qualifier, purpose), in Simplified as the gold writes it.
"""

from __future__ import annotations

import pytest

import civicextract

PIPE = civicextract.Pipeline(kinds=("money",))


def _money(text):
    return [(m.text, str(m.amount), m.currency, m.qualifier, m.purpose) for m in PIPE.extract(text).money]


CASES = [
    # the brief's families: an anaphor before per-head words, a change then its new level, a cap
    ("香港政府今年推出長者生活津貼，該津貼每名合資格長者可獲3,000元。",
     [("3,000元", "3000", "HKD", "exact", "长者生活津贴")]),
    ("香港社署指，照顧者津貼每月金額由$3,140增加$96達$3,236，四月一日實施。",
     [("$3,140", "3140", "HKD", "exact", "照顾者津贴每月金额"), ("$96", "96", "HKD", "exact", "照顾者津贴每月金额"),
      ("$3,236", "3236", "HKD", "exact", "照顾者津贴每月金额")]),
    ("香港政府推出夜更工人膳食津貼。該津貼每月上限為650元。",
     [("650元", "650", "HKD", "exact", "夜更工人膳食津贴")]),
    # 不多於 is "not more than": at most, and the purpose stops before it
    ("香港某渡輪公司稱，每張船票上調不多於3毫。", [("3毫", "0.3", "HKD", "at_most", "船票上调")]),
    # each item of a 、-list is its own amount's (not the item before)
    ("香港工務小組批准四筆撥款，計有涉資約12億元的南區泳池重建、4億元北角體育館翻新、3億元山頂公園改善、以及涉資約6億元的離島碼頭加固。",
     [("约12亿元", "1200000000", "HKD", "approx", "南区泳池重建"), ("4亿元", "400000000", "HKD", "exact", "北角体育馆翻新"),
      ("3亿元", "300000000", "HKD", "exact", "山顶公园改善"), ("约6亿元", "600000000", "HKD", "approx", "离岛码头加固")]),
    # a part of the sum handed on: the body or use after 予/用作
    ("香港當局會撥款二億三千萬元，當中一億四千萬元予香港體育學院，推動精英運動。",
     [("二亿三千万元", "230000000", "HKD", "exact", "香港当局会拨款"), ("一亿四千万元", "140000000", "HKD", "exact", "香港体育学院")]),
    ("香港政府向基金注資60億元，當中超過9億元用作支援本地動畫製作。",
     [("60亿元", "6000000000", "HKD", "exact", "基金"), ("9亿元", "900000000", "HKD", "over", "支援本地动画制作")]),
    # a commitment with its use after 用以
    ("香港當局申請約9億元的承擔額，用於向小販檔主發放一次性補助。",
     [("约9亿元", "900000000", "HKD", "approx", "向小贩档主发放一次性补助")]),
    # a spending figure after the handing out it pays for
    ("香港司長公布一籃子安排，包括向持長者卡人士派發一次性現金，政府開支約十七億元。",
     [("约十七亿元", "1700000000", "HKD", "approx", "向持长者卡人士派发一次性现金")]),
    ("香港當局會為幼稚園學童代付雜費，涉及政府開支大約七千萬港元。",
     [("七千万港元", "70000000", "HKD", "approx", "为幼稚园学童代付杂费")]),
    # an appropriation and its use after 為 (a pay rise's percentage closing it), an injection joined to
    # the next act by 並, an application for money whose scheme the clause before names
    ("香港午間休會後，委員會又批出撥款900萬元，為本年度審裁處成員加薪3.2%。",
     [("900万元", "9000000", "HKD", "exact", "为本年度审裁处成员加薪")]),
    ("香港政府向創業基金注資80億元並撥款12億元設立人才配對計劃。",
     [("80亿元", "8000000000", "HKD", "exact", "向创业基金注资"), ("12亿元", "1200000000", "HKD", "exact", "设立人才配对计划")]),
    ("香港委員會隨後審議學童牙科保健計劃，追加2.6億元撥款申請。",
     [("2.6亿元", "260000000", "HKD", "exact", "学童牙科保健计划")]),
    # a sum set aside for a field, the spending noun after the amount
    ("香港政府表示會為安老增撥八億元經常開支。", [("八亿元", "800000000", "HKD", "exact", "安老")]),
]


@pytest.mark.parametrize("text,records", CASES)
def test_hong_kong_round25b(text, records):
    assert _money(text) == records


def test_not_more_than_on_mainland_money():
    # 不多于 is "at most" everywhere (numbers.PREFIX_WORDS), not the "over" of the 多于 inside it
    assert _money("每户补贴不多于5000元。") == [("5000元", "5000", "CNY", "at_most", "补贴")]


def test_a_list_of_bare_amounts_names_nothing():
    assert _money("香港政府投入5億元、8億元和10億元。") == [
        ("5亿元", "500000000", "HKD", "exact", None), ("8亿元", "800000000", "HKD", "exact", None),
        ("10亿元", "1000000000", "HKD", "exact", None),
    ]
