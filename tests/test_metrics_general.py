"""Metrics on shapes the dev and fit articles did not contain (round 2: recall on unseen text).

Sentences are synthetic, written in the style of local-government reporting,
or real sentences of corpus/dev.jsonl and corpus/fit.jsonl with one thing
varied.  Expected records are ``(text, value, value_max, qualifier, unit)``:
subjects are tested in tests/test_metrics.py.  Every text goes through
``Pipeline.extract``, so ``original[start:end] == text`` is checked too.

The property tests vary what a rule must not depend on (how a figure is
written, which measure word of its class follows, spaces, script) and check
that the record changes exactly as the variation predicts.
"""

from __future__ import annotations

import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from civicextract import Pipeline

PIPE = Pipeline(kinds=("metrics",))
S2T = opencc.OpenCC("s2t")


def _records(text: str) -> list[tuple]:
    art = PIPE.extract(text)
    for m in art.metrics:
        # the span is the surface, spaces of the spaced style included
        assert text[m.start : m.end] == m.text or S2T.convert(m.text) == text[m.start : m.end]
    return [
        (m.text, str(m.value), None if m.value_max is None else str(m.value_max), m.qualifier, m.unit)
        for m in art.metrics
    ]


# --- measure words and units the lexicon lacked -------------------------------------------

UNITS = [
    ("今年全县新打机井30眼，修缮旧井12口", [("30眼", "30", None, "exact", "眼"), ("12口", "12", None, "exact", "口")]),
    ("活动中向群众发放春联2000副、福字3000张", [("2000副", "2000", None, "exact", "副"), ("3000张", "3000", None, "exact", "张")]),
    ("为受灾群众送去帐篷500顶、大米800袋、食用油300桶", [
        ("500顶", "500", None, "exact", "顶"), ("800袋", "800", None, "exact", "袋"), ("300桶", "300", None, "exact", "桶")]),
    ("在长江增殖放流鱼苗300万尾", [("300万尾", "3000000", None, "exact", "尾")]),
    ("累计接种新冠疫苗120万剂次，储备检测试剂5万人份", [
        ("120万剂次", "1200000", None, "exact", "剂次"), ("5万人份", "50000", None, "exact", "人份")]),
    ("全年发放创业担保贷款1200笔", [("1200笔", "1200", None, "exact", "笔")]),
    ("新增养老床位1200张，建成医院病床500床", [("1200张", "1200", None, "exact", "张"), ("500床", "500", None, "exact", "床")]),
    ("完成农村劳动力培训课时3600课时", [("3600课时", "3600", None, "exact", "课时")]),
    ("为群众送去锦旗10面", [("10面", "10", None, "exact", "面")]),
    ("共展出书画作品120幅", [("120幅", "120", None, "exact", "幅")]),
    ("新建污水管网12.5公里，铺设管道3600延米", [
        ("12.5公里", "12.5", None, "exact", "公里"), ("3600延米", "3600", None, "exact", "延米")]),
    ("日均供水能力达到20万立方米/日", [("20万立方米/日", "200000", None, "exact", "立方米/日")]),
    ("年节约标准煤1.2万吨标准煤", [("1.2万吨标准煤", "12000", None, "exact", "吨标准煤")]),
    ("夜间噪声控制在55分贝以下", [("55分贝以下", "55", None, "at_most", "分贝")]),
    ("储能电站容量达200兆瓦时", [("200兆瓦时", "200", None, "exact", "兆瓦时")]),
    ("海岸线长达1200海里", [("1200海里", "1200", None, "exact", "海里")]),
    ("身高168公分的志愿者", [("168公分", "168", None, "exact", "公分")]),
    ("每户配发洗手液2瓶、消毒片3盒", [("2瓶", "2", None, "exact", "瓶"), ("3盒", "3", None, "exact", "盒")]),
    ("全市14个市州、122个县市区", [("14个", "14", None, "exact", "个"), ("122个", "122", None, "exact", "个")]),
    ("西部12省区市进出口保持增长", [("12省区市", "12", None, "exact", "省区市")]),
    ("镜泊湖3个点位搜救被困群众", [("3个", "3", None, "exact", "个")]),
]


# --- shapes: counts of editions, times and hours; tenths; one of a measure; places ----

SHAPES = [
    # N届: a count only in a count's shapes; 十四届全国人大 is which congress
    ("连续参加了四届“微军训”的学生表示收获颇丰", [("四届", "4", None, "exact", "届")]),
    ("该论坛已成功举办12届", [("12届", "12", None, "exact", "届")]),
    ("十四届全国人大一次会议在京开幕", []),
    ("6日分别参加了十四届全国人大四次会议", []),
    ("这也是文学周连续四届落地虹口区", [("四届", "4", None, "exact", "届")]),
    ("党的二十届三中全会精神", []),
    ("第十届沈阳法库国际飞行大会将于8月17日举行", []),
    # 度 as times after a small Chinese numeral; an angle or a temperature is none
    ("他曾五度参选区长，两度当选", [("五度", "5", None, "exact", "度"), ("两度", "2", None, "exact", "度")]),
    ("摄像头可以360度转动，气温达到30度", []),
    # hours summed over many are a measure; a duration is not
    ("当地年均日照2740小时，累计服务时长148余个小时", [
        ("2740小时", "2740", None, "exact", "小时"), ("148余个小时", "148", None, "over", "小时")]),
    ("经过3个多小时的救援，民警24小时值守", []),
    ("救援队连续奋战120小时", []),
    # N成 with a digit, as Hong Kong reports write it
    ("约3成市民支持方案，逾六成受访者表示满意", [
        ("约3成", "30", None, "approx", "%"), ("逾六成", "60", None, "over", "%")]),
    # volts, a Hong Kong interest-rate point, casualties; 三伏 is the dog days
    ("48伏的电动车配了60伏的充电器，进入三伏", [("48伏", "48", None, "exact", "伏"), ("60伏", "60", None, "exact", "伏")]),
    ("美联储加息0.25厘，利率调高至5.25厘至5.5厘区间", [
        ("0.25厘", "0.25", None, "exact", "厘"), ("5.25厘至5.5厘", "5.25", "5.5", "range", "厘")]),
    ("当天发生枪击致2死6伤", [("2死", "2", None, "exact", "死"), ("6伤", "6", None, "exact", "伤")]),
    ("國民黨在立法院取得52席，共有100人出席", [("52席", "52", None, "exact", "席"), ("100人", "100", None, "exact", "人")]),
    ("充分说明四个一线城市近期楼市回暖，落实“五个一”工程", [("四个", "4", None, "exact", "个")]),
    # 三成半 is 35%; Hong Kong police reports count people by sex
    ("受访者中约三成半表示支持，警方拘捕12男3女", [
        ("约三成半", "35", None, "approx", "%"), ("12男", "12", None, "exact", "男"), ("3女", "3", None, "exact", "女")]),
    # 一 before a unit of measure is a quantity, before a measure word "a"
    ("塔里木河下游河道一公里范围内，地下水位抬升了约7米", [
        ("一公里", "1", None, "exact", "公里"), ("约7米", "7", None, "approx", "米")]),
    ("打通服务群众“最后一公里”，建成一个服务中心", []),
    ("合作社只与一间商店签约供货，全省仅有一家医院入选", [("一间", "1", None, "exact", "间"), ("一家", "1", None, "exact", "家")]),
    ("这只是一个开始，家乡只有一个。", []),
    # N abbreviations of provinces before N省 name the places counted
    ("健全鄂湘赣三省合作机制，推动京津冀三地协同", [("三省", "3", None, "exact", "省"), ("三地", "3", None, "exact", "地")]),
    # a named measure word after a Chinese numeral: a count after a verb of holding, or >= 10
    ("2023年计划举办十九期培训班，现已开展三期培训", [("十九期", "19", None, "exact", "期"), ("三期", "3", None, "exact", "期")]),
    ("营销四部和三期工程", []),
    # levels listed before their count (the train annotators count 市区两级)
    ("他参加市区两级防汛工作调度会", [("两级", "2", None, "exact", "级")]),
    ("三级医院派出专家", []),
    # a bare 万/亿 figure before a counted noun: people are 人, another noun is its own unit
    ("全市5.2万监测对象纳入帮扶，动员3.2万志愿者参与", [
        ("5.2万", "52000", None, "exact", "监测对象"), ("3.2万", "32000", None, "exact", "人")]),
    ("“湘易办”用户突破3500万", [("3500万", "35000000", None, "over", "用户")]),
    ("投资3万，惠及家庭200户", [("200户", "200", None, "exact", "户")]),
    # the same without 万: a plain figure (not a year, not an emergency number) before the noun
    ("帮扶300贫困户，发动120志愿者", [("300", "300", None, "exact", "贫困户"), ("120", "120", None, "exact", "人")]),
    ("拨打12345市民热线，110民警赶到，2023居民议事会", []),
]


# --- the spaced style of tech and wire sites ------------------------------------------

SPACED = [
    ("共有 28 个村完成改造，新建 3,000 个车位", [("28 个", "28", None, "exact", "个"), ("3,000 个", "3000", None, "exact", "个")]),
    ("拆除违章建筑 15 万平方米", [("15 万平方米", "150000", None, "exact", "平方米")]),
    ("同比增长 5.2 %，约 30 家企业", [("5.2 %", "5.2", None, "exact", "%"), ("约 30 家", "30", None, "approx", "家")]),
    ("对张某 、蔡某某 等 13 人提起公诉", [("13 人", "13", None, "exact", "人")]),
    ("获得第 3 名，2023 年 8 月", []),
]


# --- figures sharing the unit written after the last -----------------------------------

SHARED = [
    ("法院分别审结约1800及1900宗民事案件", [("约1800", "1800", None, "approx", "宗"), ("1900宗", "1900", None, "exact", "宗")]),
    ("三地分别新增120、80和60家企业", [
        ("120", "120", None, "exact", "家"), ("80", "80", None, "exact", "家"), ("60家", "60", None, "exact", "家")]),
    ("分别增长5.2和6.1%", [("5.2", "5.2", None, "exact", "%"), ("6.1%", "6.1", None, "exact", "%")]),
    ("2019和2020年，1号线和2号线相继开通", []),
    # a range with its unit at both ends is one record; a change from one figure to another is two
    ("每个片区新建3个至5个口袋公园，面积3万平方米-5万平方米", [
        ("3个至5个", "3", "5", "range", "个"), ("3万平方米-5万平方米", "30000", "50000", "range", "平方米")]),
    ("服务站从3个增加到5个", [("3个", "3", None, "exact", "个"), ("5个", "5", None, "exact", "个")]),
]


# --- precision: numbers that are not metrics -------------------------------------------

NOT_METRICS = [
    "2023年8月9日上午10时30分，记者从市政府获悉",
    "连续三年获评先进，历时3个月完成整治",
    "该男子今年45岁，60岁以上老年人可免费乘车",
    "他在比赛中获得第3名，排名前三名的企业将获得奖励",
    "一是加强组织领导；二是强化宣传引导",
    "打造“1+N”服务体系，全面落实“四个全面”战略布局",
    "两者比例为2.5:1，拨打12345热线或110报警",
    "G318国道、C919大飞机和5G基站",
    "9号楼1单元13楼，东兰路1260号2层，忠孝东路4段",
    "2023首届数字经济大会期间开展1对1帮扶",
    "阿布洛哈村三面环山、一面临崖",
    "练习八段锦和太极拳，划分为五段进行重点设计",
    "这两人都是本地人，二人随即被带走",
    "唯一一个入选的城市，统一部署",
    "2.0版本正式上线，3.0升级版随后推出",
    "《中华人民共和国民法典》第1165条规定，三分之一的村庄",
    "85个学科进入ESI世界学科排名前1%、9个学科进入前1‰",
    "中国空间站已安排在轨实施了110个空间科学研究与应用项目",
    "平段电价0.604元/千瓦时，每吨收费30元",
    "完成90%箱梁施工",
    # words the round-2 measure words begin, and their look-alikes
    "江汉大学一位大三女生小慧，该帖发布于1688小时前",
    "南园8号2单1东，11对战平台，拉科难取三分贝蒂斯",
    "手机尾号6840网友留言",  # a code before a people word
    "要收商户3个点就收3个点，蘑菇7元一斤，拆迁一平米9500",  # points spoken; the units prices are per
]


@pytest.mark.parametrize(("text", "expected"), UNITS + SHAPES + SPACED + SHARED, ids=lambda x: x if isinstance(x, str) else "")
def test_metrics_general(text, expected):
    assert _records(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("85个学科进入ESI世界学科排名前1%、9个学科进入前1‰", [("85个", "85", None, "exact", "个"), ("9个", "9", None, "exact", "个")]),
        ("中国空间站已安排在轨实施了110个空间科学研究与应用项目", [("110个", "110", None, "exact", "个")]),
        ("完成90%箱梁施工", [("90%", "90", None, "exact", "%")]),
        ("介绍投注的任九及14场方案", [("14场", "14", None, "exact", "场")]),  # 九 shares no unit: only digits do
    ],
)
def test_not_metrics_beside_metrics(text, expected):
    assert _records(text) == expected


@pytest.mark.parametrize("text", [t for t in NOT_METRICS if t not in (
    "85个学科进入ESI世界学科排名前1%、9个学科进入前1‰",
    "中国空间站已安排在轨实施了110个空间科学研究与应用项目",
    "完成90%箱梁施工",
)])
def test_not_metrics(text):
    assert _records(text) == []


def test_traditional_script_gives_the_same_records():
    for text, expected in UNITS + SHAPES + SPACED + SHARED:
        trad = S2T.convert(text)
        if len(trad) != len(text):
            continue
        got = [(S2T.convert(r[0]), *r[1:]) for r in _records(trad)]
        want = [(S2T.convert(r[0]), *r[1:]) for r in expected]
        assert got == want, text


# --- properties: a figure varied as the rules must not care -----------------------------

# A real sentence of corpus/fit.jsonl (t017) with its figure and measure word replaced.
FRAMES = [
    "截至8月8日，该旅官兵累计装填沙袋{}，转移受灾群众。",
    "今年以来，全县共排查整治安全隐患{}，确保群众安全。",
]
COUNT_WORDS = ["个", "处", "项", "件", "家", "座", "套", "辆", "台", "批", "眼", "口", "袋", "箱", "顶", "桶", "幅", "剂", "笔", "尾"]
MEASURE_WORDS = ["平方米", "亩", "公顷", "吨", "公斤", "公里", "米", "立方米", "千瓦时", "兆瓦", "延米", "毫升"]
QUALIFIERS = [("", "", "exact"), ("约", "", "approx"), ("近", "", "under"), ("超过", "", "over"),
              ("", "以上", "over"), ("", "左右", "approx"), ("不少于", "", "at_least")]


@settings(max_examples=150, deadline=None)
@given(
    frame=st.sampled_from(FRAMES),
    n=st.integers(min_value=2, max_value=99_999),
    wan=st.booleans(),
    unit=st.sampled_from(COUNT_WORDS + MEASURE_WORDS),
    qual=st.sampled_from(QUALIFIERS),
    spaced=st.booleans(),
    traditional=st.booleans(),
)
def test_a_figure_varied_keeps_its_record(frame, n, wan, unit, qual, spaced, traditional):
    pre, suf, q = qual
    num = f"{n}万" if wan else f"{n:,}" if n >= 10_000 and spaced else str(n)
    sp = " " if spaced else ""
    surface = f"{pre}{num}{sp}{unit}{suf}"
    text = frame.format(surface)
    if traditional:
        text = S2T.convert(text)
    value = n * 10_000 if wan else n
    got = _records(text)
    assert [(r[1], r[2], r[3], r[4]) for r in got] == [(str(value), None, q, unit)], text


@settings(max_examples=60, deadline=None)
@given(
    a=st.integers(min_value=2, max_value=9_999),
    width=st.integers(min_value=1, max_value=500),
    sep=st.sampled_from(["-", "至", "~", "到"]),
    unit=st.sampled_from(COUNT_WORDS + MEASURE_WORDS),
)
def test_a_range_varied_keeps_its_record(a, width, sep, unit):
    text = FRAMES[1].format(f"{a}{sep}{a + width}{unit}")
    assert [(r[1], r[2], r[3], r[4]) for r in _records(text)] == [(str(a), str(a + width), "range", unit)]
