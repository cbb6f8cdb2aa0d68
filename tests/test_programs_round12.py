"""Programmes, round 12: coordinated names before one head (蓝天、碧水、净土保卫战 against 雄商、济滨高铁).

Sentences are from the copyable hold-out sets (corpus/holdout_programs*.jsonl, corpus/fit.jsonl) or
synthetic in the same style; expected records are exact.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from civicextract import extract
from civicextract.extractors.programs.coordination import coordinated, head_of, whole_start
from civicextract.extractors.programs.lexicon import lexicon


def _records(text: str) -> list[tuple[str, tuple[tuple[int, int], ...]]]:
    return [(p.name, p.mentions) for p in extract(text).programs]


# (sentence, records: name and mentions)
WHOLE = [
    # one campaign fought on three fronts (a known name, kept unscored): round 11's Guangdong report
    ("深入打好蓝天、碧水、净土保卫战，推动生态环境持续改善。", [("蓝天、碧水、净土保卫战", ((4, 15),))]),
    # never proposed before: 净土提升 alone says no programme (round 3's Jiangxi report)
    ("统筹推进蓝天、碧水、净土提升攻坚战，抓好中央生态环保督察反馈问题整改。", [("蓝天、碧水、净土提升攻坚战", ((4, 17),))]),
    # parallel items of four characters, the head shared after them (fit's Shanxi report, synthetic wording)
    ("实施汾河谷地、太原盆地大气污染提质增效行动。", [("汾河谷地、太原盆地大气污染提质增效行动", ((2, 21),))]),
]

SPLIT_OR_LAST = [
    # works share their works word: two railways (fit's Shandong report)
    ("今年建成雄商、济滨高铁，高铁里程突破3400公里。", [("雄商", ((4, 6),)), ("济滨高铁", ((7, 11),))]),
    # an item cut inside a word (孕育和出|生) is no parallel item: the plan is named alone (round 5's Fujian report)
    ("开展早孕关爱、孕育和出生缺陷防治能力提升计划。", [("孕育和出生缺陷防治能力提升计划", ((7, 22),))]),
]


# Round 12's part A classes (sentences of the copyable hold-out sets, corpus/holdout_programs*.jsonl)
OTHER = [
    # a known action an earlier item names with the last item's tail; the span the item's
    (
        "坚决打好安全生产治本攻坚、防灾减灾救灾固本强基三年行动收官战。",
        [("安全生产治本攻坚三年行动", ((4, 12),)), ("防灾减灾救灾固本强基三年行动", ((13, 27),))],
    ),
    # a long field before a complete quoted plan is not its name; before a numbered set it is (dev a120)
    ("加力实施先进制造业发展“渝西跨越计划”，促进各类开发开放平台政策叠加。", [("渝西跨越计划", ((12, 18),))]),
    ("大力实施旅游产业化“四大行动”。", [("旅游产业化四大行动", ((4, 14),))]),
    # the first item of a list of works without its verb
    (
        "加快建设成渝中线高铁、渝西高铁、成渝高速改扩建等重点工程。",
        [("成渝中线高铁", ((4, 10),)), ("渝西高铁", ((11, 15),)), ("成渝高速改扩建", ((16, 23),))],
    ),
    # a count of what the work covers: no name
    ("完成700多家工业企业超低排放改造和深度治理。", []),
    # 引领区 is the start of 区域 here, no zone
    ("强化双核引领区域联动。", []),
    # a quoted list named as one of a class of activities (fit t077), longer than a bare quote may be
    (
        "“跟着电影去旅游、逛集市、品美食、赏非遗”等活动，让电影“流量”转化为消费“增量”。",
        [("跟着电影去旅游、逛集市、品美食、赏非遗", ((1, 20),))],
    ),
]


@pytest.mark.parametrize(("text", "expected"), OTHER)
def test_part_a_classes(text, expected):
    assert _records(text) == expected


def test_listed_class_is_a_feature():
    from civicextract.extractors.programs.extractor import candidate_records
    from civicextract.extractors.programs.features import feature_parts

    text = "推出“新农贷”“天目云贷”等低利率贷款产品，帮助解决融资难问题。"
    lex = lexicon()
    feats = {rec.name: feature_parts(text, rec, kinds, lex)[0] for rec, kinds, _ in candidate_records(text, lex)}
    assert "deng=产品" in feats["天目云贷"]
    text = "着力解决“重审批、轻监管”等问题。"
    feats = {rec.name: feature_parts(text, rec, kinds, lex)[0] for rec, kinds, _ in candidate_records(text, lex)}
    assert list(feats) == ["重审批、轻监管"] and "deng=问题" in feats["重审批、轻监管"]


@pytest.mark.parametrize(("text", "expected"), WHOLE + SPLIT_OR_LAST)
def test_coordinated_names(text, expected):
    assert _records(text) == expected


def test_mentions_are_the_surface():
    for text, _ in WHOLE:
        for name, mentions in _records(text):
            assert [text[s:e] for s, e in mentions] == [name]


@pytest.mark.parametrize(
    ("text", "last", "items", "head"),
    [
        ("深入打好蓝天、碧水、净土保卫战。", "净土保卫战", ("蓝天", "碧水", "净土"), "保卫战"),
        ("今年建成雄商、济滨高铁。", "济滨高铁", ("雄商", "济滨"), "高铁"),
        ("实施汾河谷地、太原盆地大气污染提质增效行动。", "太原盆地大气污染提质增效行动", ("汾河谷地", "太原盆地"), "大气污染提质增效行动"),
        ("投资2400万元进行城中村、棚户区改造。", "棚户区改造", ("城中村", "棚户区"), "改造"),
    ],
)
def test_the_list_read_back(text, last, items, head):
    s = text.index(last)
    co = coordinated(text, s, s + len(last), lexicon())
    assert co is not None and (co.items, co.head) == (items, head)
    assert co.whole == text[co.start : co.end] == "、".join(items[:-1]) + "、" + last


@pytest.mark.parametrize(
    ("text", "last"),
    [
        ("支持企业、优质项目落地。", "优质项目"),  # a noun and an epithet
        ("我国是世界最大、引调水工程最多的国家。", "引调水工程"),  # unlike items
        ("成功举办智博会、西洽会、国才会、中新双边合作机制会议。", "中新双边合作机制"),  # events, then a name
        ("建成雄商、济滨高铁。", "济滨高铁"),  # works: two names
        ("推进长江池州段河道治理工程、长江干流池州段堤防防洪能力提升工程。", "长江干流池州段堤防防洪能力提升工程"),  # whole names listed
    ],
)
def test_no_whole_name(text, last):
    s = text.index(last)
    assert whole_start(text, s, s + len(last), lexicon()) is None


def test_head_of():
    lex = lexicon()
    assert head_of("净土保卫战", lex) == "保卫战"
    assert head_of("防灾减灾救灾固本强基三年行动", lex) == "三年行动"
    assert head_of("防灾减灾救灾固本强基三年行动", lex, shortest=True) == "行动"
    assert head_of("森林城市", lex) is None


_ITEM = st.text(alphabet="蓝天碧水净土森林城乡村河湖谷地", min_size=1, max_size=6)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(_ITEM, min_size=2, max_size=5), st.sampled_from(["保卫战", "提升行动", "高铁", "改造", "工程"]))
def test_read_back_is_the_surface_and_linear(items, head):
    """Whatever the items, the list read back is text: its items joined by 、 end where the name ends."""
    text = "深入推进" + "、".join(items) + head + "。"
    s = text.rindex("、") + 1
    e = len(text) - 1
    co = coordinated(text, s, e, lexicon())
    if co is not None:
        assert text[co.start : co.end] == co.whole
        assert "、".join(co.items) + co.head == co.whole
        assert len(co.items) <= len(items)


_NAME = st.text(alphabet="蓝天净土保卫战行动三年工程高铁改造建设提升攻坚域群段期城际", min_size=0, max_size=14)


@settings(max_examples=500, deadline=None, derandomize=True)
@given(_NAME)
def test_head_of_fast_equals_reference(name):
    lex = lexicon()
    assert head_of(name, lex) == head_of(name, lex, fast=False)
