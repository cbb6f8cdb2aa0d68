"""Metrics, their subjects and money purposes stay linear on hostile input.

Each case repeats a unit n and 4n times and compares the CPU time of the two
runs (best of three, process time, so other processes on the machine do not
count): a linear stage takes about 4x as long, a quadratic one 16x.  The bound
of 8 leaves room for noise and fails any rescan from every position.  Before
the fix, ``1%`` x 16,000 took 1.9 s against 0.16 s at 4,000 (12x), ``1.1.1``
76 s against 4.7 s, and a set phrase repeated (``千家万户5个``) 14 s against 1 s.
"""

from __future__ import annotations

import time

import pytest

from civicextract.document import normalize
from civicextract.extractors.metrics import extractor as metrics
from civicextract.extractors.money import extractor as money

from .linear_time import collector_off

N = 3000
BOUND = 8.0

HOSTILE_METRICS = [
    "1%",  # a run of percentages: the candidate scan re-read the run from each anchor
    "1",  # one long digit run
    "一",  # one long numeral run
    "1.1.1",  # digits and points
    "1亿%",
    "千家万户5个",  # a set phrase between every two metrics: one overlap test per pair
    "5个、",  # a 、 list as long as the text
    "分别增长1%、",
    "“5个",  # an open quote before each number (the quoted-name test)
    "《5个",
    "群众5万",  # a bare 万 number looking for a people noun around it
    "五成以上，",
    "从5%提升到",  # continuations chained over the whole text
    "接待游客12万人次，实现收入9亿元，分别增长5%和",
    "三大流域、",  # N大X: the noun after 大 and a list before it
    "陕西、甘肃两省",
    "省市县乡村五级",
    "达到5万元、增长5%",  # a change after 、 looks back for the figure before
    "6个世界级、",  # grades sharing a noun: one chain as long as the text
    # round 2: the spaced style, figures sharing a unit, units at both ends of a
    # range, editions, hours, nouns after plain figures
    "5 个 ",  # a space taken out before every unit: the view and the span map
    "约 5 ",  # spaces before digits look ahead for a unit (capped)
    "1、",  # a list of figures that each look ahead for a shared unit (capped)
    "5个至",  # a range's second end tried after every unit
    "了五届“",
    "1000小时，",
    "300贫困户、",
]

HOSTILE_MONEY = [
    "投资5元，",
    "安排5元",
    "为了安排5元，",
    "价值5万元的5个",
    "5元，用于",
    "8000元、",  # a list of amounts sharing the noun after the last
    "折合5元",
    "最高补助5元，对",
]


def _cpu(fn, arg) -> float:
    best = float("inf")
    with collector_off():
        for _ in range(3):
            t0 = time.process_time()
            fn(arg)
            best = min(best, time.process_time() - t0)
    return max(best, 1e-4)


def _ratio(fn, unit: str) -> tuple[float, int, int]:
    small, large = normalize(unit * N), normalize(unit * 4 * N)
    fn(small)  # warm caches (lexicons, lru caches) before timing
    return _cpu(fn, large) / _cpu(fn, small), len(fn(small)), len(fn(large))


@pytest.mark.parametrize("unit", HOSTILE_METRICS)
def test_metrics_grow_linearly(unit):
    ratio, n_small, n_large = _ratio(metrics.extract, unit)
    assert n_large >= 4 * n_small - 1  # every repetition found again: the work is not skipped
    assert ratio < BOUND, f"{unit!r}: 4x the input took {ratio:.1f}x the time"


@pytest.mark.parametrize("unit", HOSTILE_MONEY)
def test_money_purposes_grow_linearly(unit):
    ratio, n_small, n_large = _ratio(money.extract, unit)
    assert n_small > 0 and n_large >= 4 * n_small - 1
    assert ratio < BOUND, f"{unit!r}: 4x the input took {ratio:.1f}x the time"


def test_candidate_scan_finds_the_last_number_of_a_long_run():
    # the bounded lookahead still sees a unit after a run of digits of ordinary length
    text = "群众" + "、".join(["1%"] * 5000) + "，新建" + "1" * 20 + "个"
    found = metrics.extract(normalize(text))
    assert len(found) == 5001
    assert found[-1].unit == "个" and found[-1].value == int("1" * 20)
