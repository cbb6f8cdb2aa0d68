"""Programmes, round 25b: 以及 inside a works list; two works joined by 和 before 创建; 冬季/夏季 + 运动 is sport.

Round 25b's blind set (corpus/holdout_programs_r25b*: passages of the 2026 Heilongjiang, Guangxi and Inner
Mongolia work reports), part A: a works list ``A、B、C以及D等项目`` put the last named work and the generic
works joined to it by 以及 into one item (钦州电厂三期以及在建抽水蓄能电站), so the named work was never proposed
and the run-on was kept.  以及 joins two items, never the words of one name; 及 alone may (新材料及化工产业园),
and stays as it was.

The head finder read ``A和B创建`` (西南岩溶国家公园和南宁国家植物园创建) as one programme ending in the act 创建 or
建设; when A ends in a named work or zone (recall's works and zone words: 国家公园, 产业园, 铁路, 机场…), the
words are a list of works and the act, and recall proposes the works themselves.  A first part that is no named
work (城乡供水一体化和水网建设) is read as before.

运动 after 冬季 or 夏季 is a sport or a games' name cut short (亚洲冬季运动高水平训练中心, 世界大学生夏季运动会), not
a mass campaign, as after 健身 or 冰雪 (round 16's _SPORT); 爱国卫生运动 stays.

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


def test_two_works_joined_before_the_act_of_creating_them_are_works():
    text = "推进东岭喀斯特国家公园和北湖国家植物园创建。"
    assert _records(text) == [("东岭喀斯特国家公园", ((2, 11),))]


def test_two_works_joined_before_creating_them_inside_a_paragraph():
    text = "加强石漠化治理，推进秦岭北麓国家公园和城西国家植物园创建，植树造林300万亩以上。"
    assert _records(text) == [("秦岭北麓国家公园", ((10, 18),))]


def test_a_first_part_that_is_no_named_work_stays_one_name():
    text = "实施城乡供水一体化和水网建设工程。"
    assert _records(text) == [("城乡供水一体化和水网建设工程", ((2, 16),))]


def test_winter_sport_before_a_training_centre_is_no_campaign():
    text = "高质量建设亚洲冬季运动高水平训练中心，更好释放赛事效应。"
    assert _records(text) == []


def test_summer_games_cut_short_is_no_campaign():
    text = "预祝第12届全国大学生夏季运动会圆满成功。"
    assert _records(text) == []


def test_a_mass_campaign_named_运动_stays():
    text = "持续开展爱国卫生运动，改善城乡环境。"
    assert _records(text) == [("爱国卫生运动", ((4, 10),))]
