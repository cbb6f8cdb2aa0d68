"""Metric subjects hold when what the rules should not depend on changes.

Sentence shapes of the genre, each filled with several counted nouns, rates,
places and figures: the subject must come out exactly as the shape says.
Sentences are synthetic, written for these tests.
"""

from __future__ import annotations

import itertools

import pytest

import civicextract

PIPE = civicextract.Pipeline(kinds=("metrics",))
NOUNS = (("污水处理厂", "村级卫生室"), ("标准化厂房", "养老床位"), ("公共充电桩", "便民服务中心"))
PLACES = ("全县", "该市")
FIGURES = (("12", "7", "85.6", "92"), ("356", "48", "3.5", "67.3"))

# (shape, subjects in order); {n}/{n2} counted nouns, {r} a rate, {p} a place, {k}/{j} counts, {x}/{y} percents
SHAPES = [
    # a verb after an adverb with no object: the topic a clause or two back (clauses of time skipped)
    ("像这样的{n}，{p}已建成{k}个。", ["{n}"]),
    ("{n}方面，今年以来，{p}已完成{k}个。", ["{n}"]),
    # changes after a clause of several figures: one owner each, with or without 分别
    ("{p}{n}、{n2}分别达到{k}个、{j}个，同比增长{x}%、{y}%。", ["{p}{n}", "{n2}", "{p}{n}", "{n2}"]),
    ("{p}{n}{k}个、{n2}{j}个，分别增长{x}%、{y}%。", ["{p}{n}", "{n2}", "{p}{n}", "{n2}"]),
    ("{p}居民人均可支配收入分别达4.2万元、2.1万元，增长{x}%、{y}%。", ["{p}居民人均可支配收入"] * 2),
    # a change continues the figure before, 下调至 like 提升至; 由 is trimmed
    ("{p}{r}由{x}%提升至{y}%。", ["{p}{r}", "{p}{r}"]),
    ("{p}{n}数量由{k}个下调至{j}个。", ["{p}{n}数量", "{p}{n}数量"]),
    ("{p}{n}数量由{k}个减至{j}个。", ["{p}{n}数量", "{p}{n}数量"]),
    # the same verb after another doer counts the same thing
    ("每名调解员每月可受理{k}宗{n}，见习调解员一年内可受理{j}宗。", ["{n}", "{n}"]),
    # a stage with no doer keeps its own words
    ("今年计划新开工{n}{k}个，目前已开工{j}个。", ["今年计划新开工{n}", "目前已开工"]),
]
RATES = ("森林覆盖率", "城镇化率")


@pytest.mark.parametrize(
    ("shape", "want", "nouns", "place", "figures", "rate"),
    [(s, w, n, p, f, r) for (s, w), n, p, f, r in itertools.product(SHAPES, NOUNS, PLACES, FIGURES, RATES[:1])],
)
def test_shape_gives_the_subject(shape, want, nouns, place, figures, rate):
    k, j, x, y = figures
    fill = {"n": nouns[0], "n2": nouns[1], "p": place, "r": rate, "k": k, "j": j, "x": x, "y": y}
    got = [m.subject for m in PIPE.extract(shape.format(**fill)).metrics]
    assert got == [w.format(**fill) for w in want]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aim is no topic; a source (据统计) is stepped over
        ("为加快项目建设进度，该县已开工12个。", [("12个", "该县已开工")]),
        ("像这样的污水处理厂，据统计，全县已建成12个。", [("12个", "污水处理厂")]),
        # a figure alone in its sentence is named by the 这是 sentence after it; one inside a sentence is not
        ("3000多万人！这是截至今年9月底，全国农民工的务工规模。", [("3000多万人", "全国农民工的务工规模")]),
        ("超过2万个！这是今年新建的村级服务站。", [("超过2万个", "今年新建的村级服务站")]),
        ("全县有12个。这是好事。", [("12个", None)]),
        # the kept words: 理由, 原则, 规则 end in 由 and 则 and stay whole
        ("共修订规则12条。", [("12条", "修订规则")]),
        ("该项目提出的理由有3个。", [("3个", "该项目提出的理由")]),
        # a noun of its own after the verb: no topic sought (累计完成X)
        ("在城镇化建设方面，累计完成棚户区改造1200户。", [("1200户", "累计完成棚户区改造")]),
        # the clause before holds figures of its own: not a topic, and with no doer the verb stays
        ("全县建成污水处理厂12个，已建成7个。", [("12个", "全县建成污水处理厂"), ("7个", "建成")]),
    ],
)
def test_boundaries(text, expected):
    assert [(m.text, m.subject) for m in PIPE.extract(text).metrics] == expected
