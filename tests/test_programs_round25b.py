"""Programmes, round 25b: 以及 inside the last item of a works list before 等.

Round 25b's blind set (corpus/holdout_programs_r25b*: passages of the 2026 Heilongjiang, Guangxi and Inner
Mongolia work reports), part A: a works list ``A、B、C以及D等项目`` put the last named work and the generic
works joined to it by 以及 into one item (钦州电厂三期以及在建抽水蓄能电站), so the named work was never proposed
and the run-on was kept.  以及 joins two items, never the words of one name; 及 alone may (新材料及化工产业园),
and stays as it was.

Sentences are made up in the style of the work reports; expected records are exact.
"""

from __future__ import annotations

from civicextract import extract


def _records(text: str) -> list[tuple[str, tuple[tuple[int, int], ...]]]:
    return [(p.name, p.mentions) for p in extract(text).programs]


def test_yiji_ends_the_last_named_work_of_a_list():
    text = "推进青山核电二期、东岭电厂四期以及在建风电场等项目，规范发展分布式光伏。"
    assert _records(text) == [("青山核电二期", ((2, 8),)), ("东岭电厂四期", ((9, 15),))]


def test_yiji_before_generic_works_of_a_road_list():
    text = "加快建设北环快速路、滨河大道西延以及配套管网等项目。"
    assert _records(text) == [("北环快速路", ((4, 9),)), ("滨河大道西延", ((10, 16),))]


def test_yiji_before_a_generic_renovation_in_a_list_of_works():
    text = "推进南湖污水处理厂扩建、西城垃圾焚烧发电厂二期以及老旧管网改造等工程。"
    assert _records(text) == [("南湖污水处理厂扩建", ((2, 11),)), ("西城垃圾焚烧发电厂二期", ((12, 23),))]
