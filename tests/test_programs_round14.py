"""Programmes, round 14: the assembly hub of a known service names the programme (中欧班列长沙集结中心).

Before round 14 the known name 中欧班列 took the span and hid the hub's wide candidate: the hub was never
proposed in rounds 4, 9, 11 and 14 (five gold names).  Sentences are from the copyable hold-out sets
(corpus/holdout_programs*.jsonl, corpus/holdout_purpose_r5.jsonl, corpus/fit.jsonl) or synthetic in
the same style; expected records are exact.
"""

from __future__ import annotations

import pytest

from civicextract import extract


def _records(text: str) -> list[tuple[str, tuple[tuple[int, int], ...]]]:
    return [(p.name, p.mentions) for p in extract(text).programs]


HUBS = [
    # a city between the service and the hub (round 4's Hunan report)
    (
        "高标准建设中欧班列长沙集结中心，提升岳阳城陵矶港江海联运功能。",
        [("中欧班列长沙集结中心", ((5, 15),))],
    ),
    # the city before the service: the name starts at the service (round 9's Anhui report)
    ("加快建设合肥中欧班列集结中心和国际港务区，深化与西部陆海新通道对接合作。", [("中欧班列集结中心", ((6, 14),)), ("西部陆海新通道", ((24, 31),))]),
    # a listed hub (round 11's Guangdong report)
    (
        "积极对接西部陆海新通道，加快中欧班列广州集结中心、深圳节点城市建设。",
        [("西部陆海新通道", ((4, 11),)), ("中欧班列广州集结中心", ((14, 24),))],
    ),
    # the place in brackets (synthetic, the wording of the 2026 reports)
    ("建好建强国家中欧班列（沈阳）集结中心，扩大开放通道。", [("中欧班列（沈阳）集结中心", ((6, 18),))]),
    # a region of four characters (round 5's Hubei purpose passage, shortened)
    ("中欧班列华中区域集结中心打通亚欧陆海联运新通道。", [("中欧班列华中区域集结中心", ((0, 12),))]),
]

NOT_HUBS = [
    # the service alone stays the known name
    ("今年以来中欧班列累计开行达1万列。", [("中欧班列", ((4, 8),))]),
    # the hub and, later, the service: two records (round 4's Zhejiang report)
    (
        "高质量建设金华（义乌）中欧班列集结中心，深化中欧班列市场化运营改革。",
        [("中欧班列集结中心", ((11, 19),)), ("中欧班列", ((22, 26),))],
    ),
]


@pytest.mark.parametrize(("text", "expected"), HUBS + NOT_HUBS)
def test_hub_named_for_a_known_service(text, expected):
    assert _records(text) == expected


def test_hub_without_a_known_service_is_no_programme():
    # fit's 集结中心 is named for a treaty, not a programme: nothing to extend, nothing proposed
    assert _records("依托该口岸设立《国际公路运输公约》集结中心，企业在此集中办理手续。") == []


# Round 14: a verb before a zone or a works word is not the name (synthetic, the wording of the 2026 reports)
LEAD_VERBS = [
    (
        "推动自贸试验区提升战略落地，促进自贸试验区与周边区域联动发展。",
        [("自贸试验区提升战略", ((2, 11), (16, 21)))],
    ),
    ("增强塔城重点开发开放试验区产业集聚能力。", [("塔城重点开发开放试验区", ((2, 13),))]),
    ("放大辽东绿色经济区生态优势。", [("辽东绿色经济区", ((2, 9),))]),
    ("高质量运行中欧（亚）班列。", [("中欧（亚）班列", ((5, 12),))]),
]


@pytest.mark.parametrize(("text", "expected"), LEAD_VERBS)
def test_verb_before_a_zone_is_not_the_name(text, expected):
    assert _records(text) == expected


def test_strategic_scientists_are_no_strategy():
    # 战略科学家 is a kind of scientist: before round 14, 培养造就更多战略 was a programme
    assert _records("弘扬科学家精神，培养造就更多战略科学家、科技领军人才。") == []
    assert _records("深入实施创新驱动发展战略，培养造就更多战略科学家。") == [("创新驱动发展战略", ((4, 12),))]
