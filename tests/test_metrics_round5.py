"""Metrics classes of round 5: candidates widened by class (benchmarks/metrics_coverage.py
counted what the number scan, the candidate stage and the subject rules never proposed on
dev, fit and the earlier hold-out sets) and the classes of the round-5 blind hold-out,
split A (corpus/holdout_metrics_r5.jsonl).

Sentences come from the copyable articles (corpus/fit.jsonl, corpus/holdout_metrics*.jsonl;
ids in the comments) or are written in their style; the Hong Kong class (一成八) is a
sentence written for this test, as those texts are evaluation-only.  Each case is one class,
with the records expected exactly (text, value, value_max, qualifier, unit, subject).
"""

from __future__ import annotations

import pytest

import civicextract

PIPE = civicextract.Pipeline(kinds=("metrics",))


def _records(text):
    return [
        (m.text, str(m.value), None if m.value_max is None else str(m.value_max), m.qualifier, m.unit, m.subject)
        for m in PIPE.extract(text).metrics
    ]


CANDIDATES = [
    # N成M: tenths, then a digit of hundredths (written for this test, Hong Kong style)
    (
        "团体票选出的议席仅得164席，占整个委员会仅一成八。",
        [
            ("164席", "164", None, "exact", "席", "团体票选出的议席仅得"),
            # (session 29: a share named alone is of what the figure before counts)
            ("一成八", "18", None, "exact", "%", "团体票选出的议席占整个委员会"),
        ],
    ),
    ("约三成五的受访者表示支持。", [("约三成五", "35", None, "approx", "%", "受访者表示支持")]),
    ("建成一成不变的制度。", []),
    # a modal cap is a four-character prefix word (the look-back was three)
    ("每场活动人数不应超过50人。", [("不应超过50人", "50", None, "at_most", "人", "每场活动人数")]),
    # the stronger wind in places, after a wind figure (hm-11)
    (
        "福建东部、广东东部等地部分地区出现8～10级雷暴大风，局地11～12级；广东潮州局地出现龙卷。",
        [("8～10级", "8", "10", "range", "级", "雷暴大风"), ("11～12级", "11", "12", "range", "级", "局地")],
    ),
    # levels of courts (m4-c13)
    (
        "为推进环境资源审判专业化建设，全市两级法院均已设立专门的环境资源审判庭。",
        [("两级", "2", None, "exact", "级", "法院")],
    ),
    # 百名/千名 before a noun counts people (m5-c05); 千家万户 stays a word
    ("2023年“母亲微笑行动”助百名患儿重绽笑容", [("百名", "100", None, "exact", "名", "患儿重绽笑容")]),
    ("千家万户", []),
    # index points, with an index named in the sentence (m4-c21); clock times stay out
    (
        "恒生指数高开250.26点，收市报19539.46点，升118.59点，升幅0.61%。",
        [
            ("250.26点", "250.26", None, "exact", "点", "恒生指数高开"),
            ("19539.46点", "19539.46", None, "exact", "点", "收市报"),
            ("118.59点", "118.59", None, "exact", "点", "升"),
            ("0.61%", "0.61", None, "exact", "%", "升幅"),
        ],
    ),
    ("会议于10点举行，恒生指数下午3点收盘。", []),
    ("恒生指数仍在20000点之下，整体市场气氛有待改善。", [("20000点", "20000", None, "exact", "点", "恒生指数仍")]),
    # temperatures below zero (m5-x04)
    (
        "连日来，山东出现大范围雨雪天气。济南最低气温降至-18℃。",
        [("-18℃", "-18", None, "exact", "℃", "济南最低气温")],
    ),
    ("夜间最低气温零下5摄氏度。", [("零下5摄氏度", "-5", None, "exact", "摄氏度", "夜间最低气温")]),
    ("3-5℃的温差", [("3-5℃", "3", "5", "range", "℃", "温差")]),
    # pressure, and a magnitude that is the unit's own first character (m5-c13)
    (
        "台风中心气压为940百帕，中心附近最大风速为45米/秒。",
        [
            ("940百帕", "940", None, "exact", "百帕", "台风中心气压"),
            ("45米/秒", "45", None, "exact", "米/秒", "中心附近最大风速"),
        ],
    ),
    # households as a noun unit (m5-c13); a rate written with 每 (m5-c17)
    (
        "截至当地时间8月3日11时，冲绳县内各地约15.5万住户停电。",
        [("约15.5万", "155000", None, "approx", "住户", "住户停电")],
    ),
    (
        "王快水库最大入库洪峰流量3667立方米每秒。",
        [("3667立方米每秒", "3667", None, "exact", "立方米每秒", "王快水库最大入库洪峰流量")],
    ),
]

SUBJECTS = [
    # a figure sharing the noun after the next figure of its unit (m5-r06)
    (
        "新建22个750千伏和330千伏电网工程，首次实现年度内供和外送电量双双超过1000亿度。",
        [
            ("22个", "22", None, "exact", "个", "750千伏和330千伏电网工程"),
            ("750千伏", "750", None, "exact", "千伏", "电网工程"),
            ("330千伏", "330", None, "exact", "千伏", "电网工程"),
            ("超过1000亿度", "100000000000", None, "over", "度", "首次实现年度内供和外送电量"),
        ],
    ),
    # a change carried on after a comma (m4-x03)
    (
        "试点地区从2016年启动之初的15个，扩围至2025年底的92个，当前的长期护理保险制度已覆盖约3亿人。",
        [
            ("15个", "15", None, "exact", "个", "试点地区从2016年启动之初"),
            ("92个", "92", None, "exact", "个", "试点地区从2016年启动之初"),
            ("约3亿人", "300000000", None, "approx", "人", "当前的长期护理保险制度已覆盖"),
        ],
    ),
    # 分别 with only the base of the change before it (m4-r05)
    (
        "新建城市道路1500公里，更新改造地下管网1.8万公里，较“十三五”时期分别增长4.8%、50%。",
        [
            ("1500公里", "1500", None, "exact", "公里", "新建城市道路"),
            ("1.8万公里", "18000", None, "exact", "公里", "更新改造地下管网"),
            ("4.8%", "4.8", None, "exact", "%", "新建城市道路"),
            ("50%", "50", None, "exact", "%", "更新改造地下管网"),
        ],
    ),
    # 分别 with only a change after it, the owners a long clause back (hm-21)
    (
        "对巴西、南非、印度分别进出口912.2亿元、274.5亿元、106.3亿元，分别增长46.9%、34.5%、34.3%。",
        [
            ("46.9%", "46.9", None, "exact", "%", "对巴西"),
            ("34.5%", "34.5", None, "exact", "%", "南非"),
            ("34.3%", "34.3", None, "exact", "%", "印度"),
        ],
    ),
    # a bare verb before a count of people (m5-c01)
    (
        "面向经济困难的失能、部分失能老年人建设10万张家庭养老床位、提供20万人次居家养老上门服务。",
        [
            ("10万张", "100000", None, "exact", "张", "家庭养老床位"),
            ("20万人次", "200000", None, "exact", "人次", "居家养老上门服务"),
        ],
    ),
    # a cause, then where, then the figure (m5-c13)
    (
        "截至当地时间8月3日11时，台风“卡努”已导致日本冲绳县2人死亡，61人受伤。",
        [("2人", "2", None, "exact", "人", "死亡"), ("61人", "61", None, "exact", "人", "受伤")],
    ),
    # a run of quoted names before N大X (m5-c09); province abbreviations before N省 (t106)
    (
        "分类分片在农村、城市、两新及其他领域开展“星火”“星光”“星耀”三大计划，推动党员主动亮身份。",
        [("三大计划", "3", None, "exact", "计划", "“星火”“星光”“星耀”")],
    ),
    (
        "推动长江中游城市群联动发展，健全鄂湘赣三省合作机制，推动共建共治共享。",
        [("三省", "3", None, "exact", "省", "鄂湘赣")],
    ),
    # a dimension, then 的 and what has it (m4-c11)
    (
        "央视网消息：我国是一个海洋大国，拥有3.2万多公里长的海岸线。",
        [("3.2万多公里", "32000", None, "over", "公里", "海岸线")],
    ),
    # a quoted word inside the noun after the unit (t086)
    (
        "我国已累计培育400余家人工智能领域国家级专精特新“小巨人”企业。",
        [("400余家", "400", None, "over", "家", "人工智能领域国家级专精特新“小巨人”企业")],
    ),
    # what is given them ends who they are (m4-r06)
    ("为87万名80岁以上老年人发放高龄津贴。", [("87万名", "870000", None, "exact", "名", "老年人")]),
    # a distance from a place, then 的 (t085)
    (
        "距离震中约220公里的智利南部地区有震感。",
        [("约220公里", "220", None, "approx", "公里", "距离震中")],
    ),
    # 分N期: what is divided (t001)
    (
        "总建设用地面积约1052亩。项目分两期建设，首开一期760亩。",
        [
            ("约1052亩", "1052", None, "approx", "亩", "总建设用地面积"),
            ("两期", "2", None, "exact", "期", "项目"),
            ("760亩", "760", None, "exact", "亩", "首开一期"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CANDIDATES)
def test_candidate_classes(text, expected):
    assert _records(text) == expected


@pytest.mark.parametrize(("text", "expected"), SUBJECTS)
def test_subject_classes(text, expected):
    assert _records(text) == expected


def test_spans_hold_the_sign_and_the_digit_of_hundredths():
    text = "济南最低气温降至-18℃，占比仅一成八。"
    got = [(m.start, m.end, text[m.start : m.end]) for m in PIPE.extract(text).metrics]
    assert got == [(8, 12, "-18℃"), (16, 19, "一成八")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a financial numeral ending a word before an ordinary one (written for this test)
        ("局長上月考察大陸三個沿海城市，頗有收穫。", [("三个", "3", None, "exact", "个", "沿海城市")]),
        ("壹佰贰拾人", [("壹佰贰拾人", "120", None, "exact", "人", None)]),
        # whose: the two are named before; a group of two is a count
        ("其後兩人的網上專頁亦遭刪除。", []),
        ("组成两人的小组", [("两人", "2", None, "exact", "人", "小组")]),
        # a gathering limit is a rule named by its number
        ("政府表示四人限聚令下月起延長兩星期。", []),
    ],
)
def test_hong_kong_classes(text, expected):
    assert _records(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the level a change reached names what changed, without the change (written in the
        # style of the work reports)
        (
            "城镇化率提高1.2个百分点，达到65.3%。",
            [
                ("1.2个百分点", "1.2", None, "exact", "个百分点", "城镇化率提高"),
                ("65.3%", "65.3", None, "exact", "%", "城镇化率"),
            ],
        ),
        # a change against a base year, in the clause after its owner
        (
            "全区森林覆盖率达到42.5%，比2015年提高3个百分点。",
            [
                ("42.5%", "42.5", None, "exact", "%", "全区森林覆盖率"),
                ("3个百分点", "3", None, "exact", "个百分点", "全区森林覆盖率比2015年提高"),
            ],
        ),
        # a count of places with nothing before it names the places
        (
            "全港18區共設有120個投票站，投票率為30.2%。",
            [
                ("18区", "18", None, "exact", "区", "区"),
                ("120个", "120", None, "exact", "个", "投票站"),
                ("30.2%", "30.2", None, "exact", "%", "投票率"),
            ],
        ),
    ],
)
def test_clause_owners(text, expected):
    assert _records(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what the figures are, after a copula, when nothing stands before them (Hong Kong style)
        (
            "衞生防護中心今日公布新增12宗確診個案，其中8宗為輸入個案，4宗本地個案源頭不明。",
            [
                ("12宗", "12", None, "exact", "宗", "确诊个案"),
                ("8宗", "8", None, "exact", "宗", "输入个案"),
                ("4宗", "4", None, "exact", "宗", "本地个案源头不明"),
            ],
        ),
        # numerals sharing the head written after the last one, in a 分别 list
        (
            "一、二、三产业增加值分别增长3.5%、6.2%和5.8%。",
            [
                ("3.5%", "3.5", None, "exact", "%", "一产业增加值"),
                ("6.2%", "6.2", None, "exact", "%", "二产业增加值"),
                ("5.8%", "5.8", None, "exact", "%", "三产业增加值"),
            ],
        ),
    ],
)
def test_copula_and_numbered_heads(text, expected):
    assert _records(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a unit of measure over a unit of time is the rate's unit; a time word that opens
        # the next phrase is not (written in the style of flood and plant reports)
        ("日处理能力500吨每天，", [("500吨每天", "500", None, "exact", "吨每天", "日处理能力")]),
        ("新增5000亩每年可增收。", [("5000亩", "5000", None, "exact", "亩", "新增")]),
        ("流量740立方米/秒", [("740立方米/秒", "740", None, "exact", "立方米/秒", "流量")]),
    ],
)
def test_rates_over_time(text, expected):
    assert _records(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change after the comma is the change of what the figure before counted, when
        # that noun closes its clause (Hong Kong style, written for this test)
        (
            "房屋署今年首季共收到約4.5萬宗公屋申請，較去年同期減少一成。",
            [
                ("约4.5万宗", "45000", None, "approx", "宗", "公屋申请"),
                ("一成", "10", None, "exact", "%", "公屋申请较去年同期减少"),
            ],
        ),
        ("出口1.2万亿元，同比增长13.9%。", [("13.9%", "13.9", None, "exact", "%", "出口同比增长")]),
        # N成 after 其中: a share of those just counted
        (
            "調查訪問了1,021名市民，其中六成受訪者表示不滿意。",
            [
                ("1,021名", "1021", None, "exact", "名", "市民"),
                ("六成", "60", None, "exact", "%", "受访者表示"),
            ],
        ),
    ],
)
def test_changes_of_counted_nouns(text, expected):
    assert _records(text) == expected
