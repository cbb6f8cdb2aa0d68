"""Metrics classes of round 12 (metrics12): counts of people shadowed by a blocked form,
tolerances, counts of provinces after their abbreviations, vague hundreds and thousands, and
figures that are part of a name or a place.

Sentences are realistic ones written in the style of the copyable articles (corpus/fit.jsonl,
corpus/holdout_metrics_r12.jsonl); Hong Kong ones are written here in Traditional script, never
copied from an evaluation-only page.  Each case gives the records exactly: text, value,
value_max, qualifier and unit.  Subjects are subject12's and are not asserted here.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import civicextract

PIPE = civicextract.Pipeline(kinds=("metrics",))


def _records(text):
    return [
        (m.text, str(m.value), None if m.value_max is None else str(m.value_max), m.qualifier, m.unit)
        for m in PIPE.extract(text).metrics
    ]


# A people word that a "not" entry of models/units.tsv also lists (市民 for the 12345市民热线
# hotline, 村民, 女生, 男生) was blocked before the people rules could read it: every count of
# 市民 or 村民 after a bare 万/亿 or a plain Arabic count was lost.
@pytest.mark.parametrize(
    ("text", "records"),
    [
        ("活动吸引380万市民参与。", [("380万", "3800000", None, "exact", "人")]),
        ("项目带动3万村民增收。", [("3万", "30000", None, "exact", "人")]),
        ("镇里组织200村民参加培训。", [("200", "200", None, "exact", "人")]),
        ("全港4百萬市民將受惠。", [("4百万", "4000000", None, "exact", "人")]),
        ("约 30 万市民参与。", [("约 30 万", "300000", None, "approx", "人")]),
    ],
)
def test_people_word_blocked_as_a_form_still_counts(text, records):
    assert _records(text) == records


@pytest.mark.parametrize(
    "text",
    [
        "请拨打12345市民热线反映问题。",  # a hotline's number: five digits are no plain count
        "零售業料受惠80億　市民：優惠更實在",  # a headline's separator, then the next phrase
        "今年共有五村民小组完成改造。",  # a Chinese numeral before a people word: no plain count
    ],
)
def test_people_word_rules_keep_their_limits(text):
    assert _records(text) == []


# ± before a figure: a tolerance (a word of precision or control before it, or a limit after
# it) is a metric; a rating (±800千伏特高压, fit's practice) and a reading's spread are not.
@pytest.mark.parametrize(
    ("text", "records"),
    [
        ("数十吨级钢结构件制造精度稳定控制在±1毫米以内。", [("1毫米以内", "1", None, "at_most", "毫米")]),
        ("定位誤差在±3%以內。", [("3%以内", "3", None, "at_most", "%")]),
        ("加工精度达到±0.01毫米。", [("0.01毫米", "0.01", None, "exact", "毫米")]),
        ("温度误差不超过±0.5℃，湿度±5%以内。", [
            ("0.5℃", "0.5", None, "exact", "℃"), ("5%以内", "5", None, "at_most", "%"),
        ]),
        ("2017年，酒泉至湖南的±800千伏祁韶特高压直流输变电工程投运。", []),
        ("病房温度保持在22±2℃。", []),
    ],
)
def test_tolerances_count_ratings_do_not(text, records):
    assert _records(text) == records


# Two province abbreviations before 两省 name the provinces counted (川渝两省, as fit counts 陕西、
# 甘肃两省 and 鄂湘赣三省); before 两地 they do not (京藏两地 is left out in fit), and 两省
# alone stays a back-reference.
@pytest.mark.parametrize(
    ("text", "records"),
    [
        ("川渝两省共建重点项目。", [("两省", "2", None, "exact", "省")]),
        ("推动川渝两省市合作。", [("两省市", "2", None, "exact", "省市")]),
        ("湘鄂两省交界地区。", [("两省", "2", None, "exact", "省")]),
        ("京藏两地青少年鸿雁传书。", []),
        ("这条公路连通两省。", []),
    ],
)
def test_two_province_abbreviations_count_provinces(text, records):
    assert _records(text) == records


# 成百/成千 before a measure word is "by the hundreds", more than (as 上百); 成 ending a verb
# (建成, 变成) is not.  Cantonese 十零/百零 ("ten-odd", "a hundred-odd") is more than the round
# figure; 一百零五 is an exact figure.
@pytest.mark.parametrize(
    ("text", "records"),
    [
        ("成百个企业参与其中。", [("成百个", "100", None, "over", "个")]),
        ("活动吸引了成千名志愿者。", [("成千名", "1000", None, "over", "名")]),
        ("今年建成百个示范村。", []),
        ("现场有十零個記者。", [("十零个", "10", None, "over", "个")]),
        ("事件中百零人受傷。", [("百零人", "100", None, "over", "人")]),
        ("全镇一百零五个村。", [("一百零五个", "105", None, "exact", "个")]),
    ],
)
def test_vague_hundreds_and_cantonese_odd(text, records):
    assert _records(text) == records


# A figure and its unit of measure right before a campaign's head name the campaign
# (0.1微克攻坚行动: PM2.5's target in the name); a project's capacity (10万吨项目: fit counts
# 2万吨织布+1800台大圆机制造项目), amounts of work planned (工程量, 计划任务) and counts of
# projects (30项…工程) stay metrics.
@pytest.mark.parametrize(
    ("text", "records"),
    [
        ("深入实施0.1微克攻坚行动，新能源汽车保有量超130万辆。", [("超130万辆", "1300000", None, "over", "辆")]),
        ("园区今年投产10万吨项目。", [("10万吨", "100000", None, "exact", "吨")]),
        ("新建道路5公里工程量大。", [("5公里", "5", None, "exact", "公里")]),
        ("全县完成造林10万亩计划任务。", [("10万亩", "100000", None, "exact", "亩")]),
        ("实施30项市级疏堵工程。", [("30项", "30", None, "exact", "项")]),
    ],
)
def test_measure_before_a_campaign_head_is_part_of_its_name(text, records):
    assert _records(text) == records


# After a bare 万/亿 figure with no measure word and no people word of the lexicon, a noun whose
# head is one of counted things (people, households, animals, views) is the unit, as the spec's
# 5.2万监测对象; nouns of money with no currency word (罚金, 行政费), names and titles are not.
@pytest.mark.parametrize(
    ("text", "records"),
    [
        ("发放以工代赈劳务报酬4.19亿元、带动3.78万农牧民就业增收。", [("3.78万", "37800", None, "exact", "农牧民")]),
        ("短片上載兩日已錄得逾3百萬瀏覽次數，", [("逾3百万", "3000000", None, "over", "浏览次数")]),
        ("数据统计显示，全世界约有6亿流浪动物。", [("6亿", "600000000", None, "approx", "流浪动物")]),
        ("女子为弟弟缴纳40万罚金。", []),
        ("議員批評計劃3億行政費過高。", []),
        ("靠医敛财2000万医院院长贪欲成疾", []),
    ],
)
def test_counted_noun_after_a_bare_wan(text, records):
    assert _records(text) == records


# A total named before a bare 万/亿 (客户数, 员额, a period between allowed) names what is counted;
# the same words after one are counted nouns (客户: the noun, as 用户) or people (受众).
@pytest.mark.parametrize(
    ("text", "records"),
    [
        ("瑞幸咖啡月均交易客户数第二季度为4307万，同比增长。", [("4307万", "43070000", None, "exact", "客户")]),
        ("习近平主席郑重宣布，裁减军队员额30万。", [("30万", "300000", None, "exact", "人")]),
        ("公司服务10万客户。", [("10万", "100000", None, "exact", "客户")]),
        ("节目吸引30万受众。", [("30万", "300000", None, "exact", "人")]),
    ],
)
def test_totals_named_before_a_bare_wan(text, records):
    assert _records(text) == records


# A figure in pieces (3万2000人: the lower piece in digits right after 万) is one figure, with
# the qualifier before its upper piece; lots traded (万手) count after digits only (两手抓 is
# hands); visits named before a bare 亿 (总人次8.16亿) are the unit.
@pytest.mark.parametrize(
    ("text", "records"),
    [
        ("共3万2000人参加。", [("3万2000人", "32000", None, "exact", "人")]),
        ("约3万2000人参加。", [("约3万2000人", "32000", None, "approx", "人")]),
        ("增加了3万，2000人参加。", [("2000人", "2000", None, "exact", "人")]),
        ("成交量为10.55万手，成交额1.12亿元。", [("10.55万手", "105500", None, "exact", "手")]),
        ("坚持两手抓、两手都要硬。", []),
        ("暑期档总票房已突破350亿元，总人次8.16亿。", [("8.16亿", "816000000", None, "exact", "人次")]),
    ],
)
def test_pieces_lots_and_visits(text, records):
    assert _records(text) == records


# N成 opening its clause, the noun it shares after it (民调显示，6成受访者反对), is a share, as
# after a verb of share (有6成受访者) or a qualifier (近五成受访者); 一成不变 and 成立 stay words.
@pytest.mark.parametrize(
    ("text", "records"),
    [
        ("民調顯示，6成受訪者反對。", [("6成", "60", None, "exact", "%")]),
        ("调查发现，七成受访者支持。", [("七成", "70", None, "exact", "%")]),
        ("他说，一成不变的做法不行。", []),
        ("会后，五成立即回应。", []),
    ],
)
def test_share_opening_its_clause(text, records):
    assert _records(text) == records


# A small Chinese numeral and a measure word place names are built with, read by the segmenter
# as part of one place's or name's word (五棵松, 三家子, 八里庄), is no count; counts after a verb
# of counting and counts with other measure words are not tagged at all.
@pytest.mark.parametrize(
    ("text", "records"),
    [
        ("5000余项文化活动覆盖了西单、五棵松等各大商圈。", [("5000余项", "5000", None, "over", "项")]),
        ("工作组前往三家子村调研。", []),
        ("八里庄街道开展活动。", []),
        ("走访三户村民。", [("三户", "3", None, "exact", "户")]),
        ("新建五个村级服务站。", [("五个", "5", None, "exact", "个")]),
    ],
)
def test_numeral_inside_a_place_name(text, records):
    assert _records(text) == records


# The spaced style of tech and wire sites with 余/多 between the figure and its unit.
@pytest.mark.parametrize(
    ("text", "records"),
    [
        ("今年新增 30 余个项目。", [("30 余个", "30", None, "over", "个")]),
        ("已有 1,200 余名志愿者报名。", [("1,200 余名", "1200", None, "over", "名")]),
    ],
)
def test_spaced_figure_with_yu(text, records):
    assert _records(text) == records


@given(st.integers(1, 9999), st.integers(1, 9999), st.sampled_from(["人", "个", "户", "吨"]))
@settings(max_examples=150, deadline=None, derandomize=True)
def test_pieces_read_as_one_figure(upper, lower, unit):
    # any upper piece before 万 and any lower piece under 10000 make one figure, whatever the unit
    assert _records(f"今年共{upper}万{lower}{unit}参加。") == [
        (f"{upper}万{lower}{unit}", str(upper * 10000 + lower), None, "exact", unit)
    ]
