"""Growth guards for the number grammar (issue 13): hostile inputs take linear time.

Each generator builds an adversarial input of about ``n`` characters; the
test times the work at ``n`` and ``4n`` (best of a few runs, so a busy
machine only makes the ratio smaller, never larger) and bounds the ratio:
linear work grows 4x, quadratic 16x, exponential without bound.  No
wall-clock limit: the inputs are sized so the whole module runs in a few
seconds, and a regression shows as a ratio, on any machine.

The generators are the repros of issue 13 (``1`` + ``万``×n + ``元`` was
exponential in ``numbers.CORE``; digit runs, ``1,``×n and ``1.``×n quadratic)
and other shapes of the grammar: runs of every class of character a number
is made of, and runs that start a number over and over without ending one.
"""

from __future__ import annotations

import gc
import time

import pytest

import civicextract
from civicextract.document import normalize
from civicextract.extractors.money import extract as money
from civicextract.numbers import NUMBER_RE, parse_number

GENERATORS = {
    "wan_run": lambda n: "投入1" + "万" * n + "元",  # was exponential
    "yiwan_run": lambda n: "投入1" + "亿万" * (n // 2) + "元",  # was exponential
    "wan_run_no_currency": lambda n: "1" + "万" * n,
    "digit_run": lambda n: "9" * n,
    "fullwidth_digit_run": lambda n: "１" * n,
    "digit_run_then_yuan": lambda n: "9" * n + "万元",
    "comma_run": lambda n: "1," * (n // 2),
    "dot_run": lambda n: "1." * (n // 2),
    "thousands_run": lambda n: "1" + ",000" * (n // 4) + "元",
    "decimal_run": lambda n: "1." + "5" * n + "亿元",
    "cn_digit_run": lambda n: "三" * n,
    "cn_power_run": lambda n: "十" * n,
    "cn_digit_power_run": lambda n: "三千" * (n // 2) + "元",
    "vague_run": lambda n: "1多" * (n // 2),
    "point_run": lambda n: "三点" * (n // 2),
    "range_run": lambda n: "1-" * (n // 2),
    "zhi_run": lambda n: "1至" * (n // 2) + "万元",
    "fraction_run": lambda n: "三分之" * (n // 3),
    "percent_run": lambda n: "1%" * (n // 2),
    "yuan_run": lambda n: "1元" * (n // 2),
    "qualifier_run": lambda n: "近" * n + "1万元",
    "currency_prefix_run": lambda n: "人民币" * (n // 3) + "1",
    "spaced_digits": lambda n: "1 " * (n // 2) + "亿元",
    "hk_dollar_run": lambda n: "HK$" * (n // 3) + "1",
    "zhao_run": lambda n: "新台币1" + "兆" * n + "元",
    "kuai_jiao_run": lambda n: "两块五" * (n // 3),
    "yuan_jiao_run": lambda n: "1元5角" * (n // 4),
    "spaced_magnitude_run": lambda n: "1 万" * (n // 3) + "元",
    "iso_code_run": lambda n: "USD " * (n // 4) + "1 million",
    "cap_word_run": lambda n: "最高" * (n // 2) + "1万元",
    "list_run": lambda n: "75万或" * (n // 4) + "150万元",
    "place_cue_run": lambda n: "港府拨款1亿元。深圳投入2亿元。" * (n // 16),
}


def _ratio(f, gen, n: int, repeats: int = 5) -> float:
    """t(4n) / t(n), each the best of ``repeats`` runs taken in turn with GC off, in CPU time.

    Best-of and interleaving make the figure robust on a shared machine: a
    preempted run is discarded, and a busy spell hits both sizes alike.
    """
    small, large = gen(n), gen(4 * n)
    f(small)  # warm caches (compiled patterns, lexicons)
    best_small = best_large = float("inf")
    enabled = gc.isenabled()
    gc.disable()
    try:
        for _ in range(repeats):
            t0 = time.process_time()
            f(small)
            t1 = time.process_time()
            f(large)
            t2 = time.process_time()
            best_small, best_large = min(best_small, t1 - t0), min(best_large, t2 - t1)
    finally:
        if enabled:
            gc.enable()
    # a floor of 0.5 ms keeps timer noise on tiny inputs from reading as growth
    return max(best_large, 5e-4) / max(best_small, 5e-4)


def _numbers(text: str) -> list:
    return [parse_number(m.group()) for m in NUMBER_RE.finditer(text)]


@pytest.mark.parametrize("name", sorted(GENERATORS))
def test_number_re_and_parse_number_grow_linearly(name):
    assert _ratio(_numbers, GENERATORS[name], 4000) < 8


@pytest.mark.parametrize("name", sorted(GENERATORS))
def test_money_grows_linearly(name):
    gen = GENERATORS[name]
    assert _ratio(money, lambda n: normalize(gen(n)), 1500) < 8


@pytest.mark.parametrize("name", sorted(GENERATORS))
def test_whole_pipeline_grows_linearly(name):
    assert _ratio(civicextract.extract, GENERATORS[name], 600) < 8


def test_exponential_repro_returns_whole():
    # the 45-byte article of issue 13: one money record for the whole amount or
    # none, but an answer (it took 3.9 s at 24 万 and doubled with each more)
    art = civicextract.extract("投入1" + "万" * 40 + "元")
    assert all(m.start >= 2 for m in art.money)
