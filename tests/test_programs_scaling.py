"""Programmes stay linear in the number of mentions of one name.

Each case repeats a unit n and 4n times and compares the extractor's CPU time
(best of five): linear work gives a ratio near 4, quadratic work near 16.  The
bound 8 leaves room for noise on a shared machine and still fails a quadratic
step (10,000 mentions of 双创 once took 1.6 s, an unclosed “双创 ×n 25 s).
"""

from __future__ import annotations

import time

import pytest

from civicextract.document import normalize
from civicextract.extractors.programs import extractor as programs
from civicextract.extractors.programs.lexicon import lexicon

from .linear_time import collector_off

UNITS = [
    "“双创”，",  # a known name quoted: one candidate per mention, one record
    "“双创",  # unclosed quotes
    "“百日攻坚”行动，",  # a quoted core with a suffix: each mention checked for use alone
    "开展“三个一”活动。",  # a numbered quote: components looked for before every mention
    "十大工程、",  # a run of 、 before each mention: the list before a name
    "“双创”（以下简称“双创”）",  # explicit aliases merged at every mention
]


def _cpu(text: str) -> float:
    lex = lexicon()
    best = float("inf")
    with collector_off():  # (a GC pass in the larger run alone once read 8.5x for 开展“三个一”活动。)
        for _ in range(5):  # (best of five: one fresh-clone CI run read 9.6x from a disturbed best of three)
            t0 = time.process_time()
            programs._extract(text, lex)
            best = min(best, time.process_time() - t0)
    return best


@pytest.mark.parametrize("unit", UNITS)
def test_mentions_of_one_name_scale_linearly(unit):
    n = 1500
    small, large = normalize(unit * n).text, normalize(unit * 4 * n).text
    _cpu(small)  # warm the lexicon and regex caches
    ratio = _cpu(large) / max(_cpu(small), 1e-4)
    assert ratio < 8, f"{unit!r}: 4x the mentions took {ratio:.1f}x the time"


def test_one_record_for_many_mentions():
    found = programs._extract(normalize("“双创”，" * 3000).text, lexicon())
    assert [(p.name, len(p.mentions)) for p in found] == [("双创", 3000)]
