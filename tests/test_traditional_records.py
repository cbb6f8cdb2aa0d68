"""Traditional input gives the same records as its Simplified original (the brief's target),
over every copyable dev and fit article converted with OpenCC's s2t, s2hk and s2tw."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import traditional_records as T  # noqa: E402


@pytest.mark.slow
def test_every_copyable_article_gives_its_records_in_traditional_script():
    texts = T.simplified_articles([ROOT / "corpus" / "dev.jsonl", ROOT / "corpus" / "fit.jsonl"])
    assert len(texts) == 129
    assert T.differences(texts, ("s2t", "s2hk", "s2tw")) == {"s2t": [], "s2hk": [], "s2tw": []}


def test_the_particle_in_taiwan_script_and_what_is_compared():
    # the Taiwan form writes 承載著 (t2s kept 著 until models/t2s_zhu.txt)
    texts = [("x", "青浦承载着一系列重大战略，全市投入资金3000万元用于绿化。")]
    assert T.differences(texts, ("s2tw",)) == {"s2tw": []}
    # surfaces, offsets and the title are the script's; everything else must agree
    assert T.comparable({"money": [{"amount": 1, "text": "1元", "start": 0, "end": 2}], "meta": {"title": "t"}}) == {
        "money": [{"amount": 1}], "metrics": [], "programs": [], "officials": [], "meta": {},
    }  # fmt: skip
