"""Programmes, round 16: classes read off part A of round 16's blind set (local news lines) after its one blind score.

A system on trial is named without the verb (试行…制度: 试行 ends the phrase before the name, as 实行 does); a
body that plans to act at a time is no plan (…总会计划在8月举行: 计划 followed by 在/于 and a time is the verb);
a quoted count of places is an abbreviation of the parties, no programme (以下简称“三省”); a road numbered in
the national or a provincial network (G2215…高速公路) is one named work, kept though the scorer doubted it; a
region every mention of which is followed by 内 (在…城市群内开展) is a place, not the strategy of that name.
Sentences are made up in the style of the round's local news; expected records are exact.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from civicextract import extract

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from programs_genre import genre  # noqa: E402  (the genre guess is a benchmark's, not the extractor's)


def _records(text: str) -> list[tuple[str, tuple[tuple[int, int], ...]]]:
    return [(p.name, p.mentions) for p in extract(text).programs]


def test_a_system_on_trial_is_named_without_the_verb():
    text = "南湖县今年试行村级事务积分兑换制度，群众参与热情高涨。"
    assert _records(text) == [("村级事务积分兑换制度", ((7, 17),))]


@pytest.mark.parametrize(
    "text",
    [
        "市文化馆计划在9月举办秋季读书会，市青少年宫计划于明年扩建。",
        "区体育总会计划在10月举行第三届社区运动会。",
    ],
)
def test_a_body_that_plans_at_a_time_names_no_plan(text):
    assert _records(text) == []


def test_a_named_plan_before_a_place_is_still_a_plan():
    # 在 followed by a place, not a time: the plan's name stands (the look-ahead wants a time)
    text = "星火助学计划在全县推开，首批资助学生三百名。"
    assert _records(text) == [("星火助学计划", ((0, 6),))]


def test_a_quoted_count_of_places_is_no_programme():
    text = "湖南省经与江西省、湖北省（以下简称“三省”）共同商议，制定了联合保护决定。"
    assert _records(text) == []


def test_a_numbered_expressway_is_a_named_work():
    text = "新线起于南丰镇，接在建的G2215南昌至赣州高速公路，止于石城县。"
    assert _records(text) == [("G2215南昌至赣州高速公路", ((12, 26),))]


def test_a_region_named_only_as_a_place_is_no_strategy():
    text = "参保人在成渝城市群内缴纳的社保可以合并计算，并在成渝城市群内推行居住年限互认。"
    assert _records(text) == []


def test_a_region_built_is_still_a_strategy():
    text = "加快建设成渝城市群，推动成渝城市群高质量发展。"
    assert _records(text) == [("成渝城市群", ((4, 9), (12, 17)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("推进农村改厕提质增效。实施乡村建设行动，完成高标准农田建设任务。", "report"),
        ("记者近日从市住建局获悉，全市将开展老旧小区加装电梯试点。", "news"),
        ("市住建局7月3日发布通知，全市将开展老旧小区加装电梯试点。", "news"),
        ("这是一个短标题\n\n\n正文第一段写了今年的工作。\n\n正文第二段。", "broadcast"),
        ("政府表示，這個計劃會在今年推出，為市民提供更多選擇，與各區發展配合。", "hk"),
    ],
)
def test_genre_guess(text, expected):
    assert genre(text) == expected
