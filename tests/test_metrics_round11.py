"""Metrics classes of round 11: the closed classes of units and measure words listed whole
(models/units.tsv, round-11 blocks) and the value forms (ranges of tenths, 多 after 成/倍,
来 "about", 个多百分点, a financial numeral that opens the next word).

Sentences are written in the style of the copyable articles (corpus/holdout_metrics_r11.jsonl,
corpus/fit.jsonl).  Each case gives the records exactly: text, value, value_max, qualifier and
unit.  Subjects are left out here: the subject rules are another module's (subjects.py) and
are tested by its own round-11 file.
"""

from __future__ import annotations

import pytest

import civicextract
from civicextract.extractors.metrics.scan import lexicon

PIPE = civicextract.Pipeline(kinds=("metrics",))


def _records(text):
    return [
        (m.text, str(m.value), None if m.value_max is None else str(m.value_max), m.qualifier, m.unit)
        for m in PIPE.extract(text).metrics
    ]


# Measure words of counted things added in round 11 (written from knowledge, see the header
# of their block in models/units.tsv): each counts after Arabic digits.
NEW_COUNTS = "枝 句 遍 圈 桩 捆 串 杯 碗 桌 峰 丛 人天 学分 篇次 处次 起次 部次 则 档 股".split()
# Physical units and rates added in round 11; the longest form wins (克拉 over 克, 平方英里 over
# 平方, 公斤/亩 over 公斤).
NEW_MEASURES = (
    "帧 ppm dB Hz kHz MHz GHz kV MVA 兆伏安 mAh 毫安时 大卡 千焦 兆吨 EB ZB TOPS PFLOPS 光年 马赫 克拉 "
    "nm μm ha mL 标方 吨公里 人公里 平方英里 毫克/升 克/升 mg/L 毫克/千克 公斤/亩 千克/亩 斤/亩 吨/公顷 "
    "平方米/人 人/平方公里 升/百公里 亩次"
).split()


@pytest.mark.parametrize("word", NEW_COUNTS + NEW_MEASURES)
def test_new_unit_counts_after_digits(word):
    assert _records(f"今年全县累计完成12{word}，同比增长。") == [(f"12{word}", "12", None, "exact", word)]


def test_new_units_carry_their_kind_in_thelexicon():
    units = lexicon().units
    assert {w: units[w].kind for w in NEW_COUNTS} == {
        w: ("named" if w in ("则", "档", "股") else "count") for w in NEW_COUNTS
    }
    assert {units[w].kind for w in NEW_MEASURES} == {"measure"}


@pytest.mark.parametrize(
    "text",
    [
        "坚持三管三必须，实施三步走战略，提供一站式服务。",  # 管, 步, 站 stay out: set phrases
        "牢记二十字方针。",  # 字 stays out
        "一则消息传遍全村。",  # 则 after 一: "a"
        "反对两股势力，汇聚起两股力量。",  # 两股: forces, not shares (metric_exclusions.txt)
        "下午3点要求全体人员到场，我有一点意见。",  # a time of day; 一点 is "a little"
        "两点一线，八点半开会。",  # no noun of points after 点
        "双11期间，十一期间客流大增。",  # 期间: a holiday's days, not issues
        "忙了三个晚上、两个下午，历时三个时辰、5个工作周。",  # spans of time counted with 个
        "这个账号已有30W用户。",  # W stays out: 万 in online slang
        "一来方便群众，二来节约成本。",  # 来 after a figure that is not round: a list
        "二十来岁的年轻人。",  # 来 before an age: not a metric
    ],
)
def test_set_phrases_stay_out(text):
    assert _records(text) == []


CASES = [
    # a financial numeral after ordinary ones opens the next word (参与, 陆续, 参赛)
    ("全市百分之三十参保人员已完成认证。", [("百分之三十", "30", None, "exact", "%")]),
    ("近三万陆续返岗的务工人员。", [("近三万", "30000", None, "under", "人")]),
    ("本届赛事吸引近两万参赛选手。", [("近两万", "20000", None, "under", "人")]),
    # an amount written all in financial forms is not a metric (no unit) and still parses as one
    ("合同金额为壹佰贰拾万。", []),
    # people nouns counted after a bare 万 number (round-11 block of units.tsv)
    ("这个快手账号拥有193万粉丝。", [("193万", "1930000", None, "exact", "人")]),
    # 家长 is no people noun: 300家 counts firms
    ("全区300家长期合作企业参加。", [("300家", "300", None, "exact", "家")]),
    # 多 after N成 / N倍 is "more than", and part of the text
    ("五成多的受访者表示满意。", [("五成多", "50", None, "over", "%")]),
    ("比2014年增长了4倍多。", [("4倍多", "4", None, "over", "倍")]),
    ("增长两倍多元化发展。", [("两倍", "2", None, "exact", "倍")]),
    # two neighbouring numerals before 成: a range of tenths
    ("约有八九成的村民参加。", [("八九成", "80", "90", "range", "%")]),
    ("支持率在六七成之间。", [("六七成", "60", "70", "range", "%")]),
    # 来 after a round figure: about
    ("共有十来个村参与。", [("十来个", "10", None, "approx", "个")]),
    ("还有100来户没有搬迁。", [("100来户", "100", None, "approx", "户")]),
    ("全港约有二十來間學校。", [("二十来间", "20", None, "approx", "间")]),
    # 个多百分点: more than N percentage points
    ("同比提高三个多百分点。", [("三个多百分点", "3", None, "over", "个百分点")]),
    ("增长3个百分点。", [("3个百分点", "3", None, "exact", "个百分点")]),
    # 亩次: area worked times passes
    ("完成飞防作业1.5万亩次。", [("1.5万亩次", "15000", None, "exact", "亩次")]),
    # the new units in their usual sentences
    ("建成500kV变电站1座。", [("500kV", "500", None, "exact", "kV"), ("1座", "1", None, "exact", "座")]),
    ("由原有的两档法定刑调整为十档。", [("两档", "2", None, "exact", "档"), ("十档", "10", None, "exact", "档")]),
    ("市长用四句话分享了经验。", [("四句", "4", None, "exact", "句")]),
    # shares after digits; 股民 and 股东 are people
    ("他目前手持120多万股该公司股票。", [("120多万股", "1200000", None, "over", "股")]),
    ("全国1.2亿股民。", [("1.2亿", "120000000", None, "exact", "人")]),
    # points raised (a closed class of nouns after 点): counted with 点
    ("书记提出三点要求。", [("三点", "3", None, "exact", "点")]),
    ("他就此提出5点意见，讲了十二点体会。", [("5点", "5", None, "exact", "点"), ("十二点", "12", None, "exact", "点")]),
    # joint and regional place words (admin rule: digits, or a Chinese numeral after a list of places)
    ("全国19省市参加，全区12盟市全覆盖，辖5街道3社区。", [
        ("19省市", "19", None, "exact", "省市"), ("12盟市", "12", None, "exact", "盟市"),
        ("5街道", "5", None, "exact", "街道"), ("3社区", "3", None, "exact", "社区"),
    ]),
    ("所在社区的两社区居民。", []),
    # a bracket after the place word is the subject's, as dev's gold writes 两省 for 两省（区）
    ("惠及两省（区）两县两镇7村沿线群众。", [
        ("两省", "2", None, "exact", "省"), ("两县", "2", None, "exact", "县"),
        ("两镇", "2", None, "exact", "镇"), ("7村", "7", None, "exact", "村"),
    ]),
    # a headline's 破 is 突破: more than, and part of the text (not 打破, 攻破)
    ("港澳单牌车单季出入境破百万辆", [("破百万辆", "1000000", None, "over", "辆")]),
    ("单日客流破10万人次。", [("破10万人次", "100000", None, "over", "人次")]),
    ("打破5项纪录，攻破3个据点。", [("5项", "5", None, "exact", "项"), ("3个", "3", None, "exact", "个")]),
    # a qualifier then 有 or 计: the rest of the loose qualifiers
    ("至少有50人，最多有20人，大约有300人，约计3000人。", [
        ("50人", "50", None, "at_least", "人"), ("20人", "20", None, "at_most", "人"),
        ("300人", "300", None, "approx", "人"), ("3000人", "3000", None, "approx", "人"),
    ]),
    # 个周 is no duration form: it would block 个周期 and 个周边
    ("完成3个周期，辐射3个周边县。", [("3个", "3", None, "exact", "个"), ("3个", "3", None, "exact", "个")]),
    # index points stay as they were
    ("上证指数上涨25.3点。", [("25.3点", "25.3", None, "exact", "点")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round11_class(text, expected):
    assert _records(text) == expected


def test_offsets_hold_for_the_new_value_forms():
    text = "五成多的受访者；约有八九成的村民；十来个村；提高三个多百分点；近三万陆续返岗的务工人员。"
    art = PIPE.extract(text)
    assert [text[m.start : m.end] for m in art.metrics] == [m.text for m in art.metrics]
    assert len(art.metrics) == 5
