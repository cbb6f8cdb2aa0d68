"""The benchmark scripts keep running as the pipeline changes (smoke runs, tiny inputs)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"


def _run(script: str, *args: str) -> str:
    proc = subprocess.run([sys.executable, str(BENCH / script), *args], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


@pytest.mark.slow
def test_throughput_reports_every_figure():
    fig = json.loads(_run("throughput.py", "--min-chars", "1", "--json"))
    rates = fig["chars_per_s"]
    assert {"pipeline (all kinds)", "normalize()", "jieba.lcut (baseline)", "OpenCC t2s (baseline)"} <= set(rates)
    assert all(r > 0 for r in rates.values())
    assert fig["peak_rss_mb"] > 0 and fig["first_record_s"] > 0
    assert 0 < fig["pipeline_peak_rss_mb"] < fig["peak_rss_mb"]


@pytest.mark.slow
def test_segmentation_reports_no_mismatch():
    out = _run("segmentation.py", "--repeat", "1", "--fuzz", "500")
    assert "after the re_skip split 0, segment() 0" in out
    assert "mismatches after the split 0" in out


def test_roundtrip_is_exact():
    assert "CER 0.0000%" in _run("roundtrip.py")


def test_score_intervals_sum_articles_to_the_judges_table(tmp_path):
    # The bootstrap adds per-article counts: that is only right if scoring the articles one by one
    # and summing gives the judge's own counts for the set. Dev's first 12 articles, extracted now.
    sys.path.insert(0, str(BENCH))
    from collections import Counter

    import score_intervals

    import civicextract

    root = BENCH.parent / "corpus"
    texts = [json.loads(x) for x in (root / "dev.jsonl").read_text(encoding="utf-8").splitlines()[:12]]
    ids = {t["id"] for t in texts}
    gold = {g["id"]: g for g in map(json.loads, (root / "dev.gold.jsonl").read_text(encoding="utf-8").splitlines()) if g["id"] in ids}
    pred = {t["id"]: civicextract.extract(t["text"], id=t["id"]).to_dict() for t in texts}
    corpus = {t["id"]: t for t in texts}
    counts = score_intervals.per_article_counts(gold, pred, corpus)
    whole = score_intervals.dev_scorer.score(gold, pred, corpus).c
    assert sum(counts, Counter()) == +whole and whole["metrics", "gold"] > 30
    point = score_intervals.figures(sum(counts, Counter()))
    spread = score_intervals.intervals(counts, rounds=200, seed=7)
    assert all(spread[k][0] <= point[k] <= spread[k][1] for k in spread)
    assert spread == score_intervals.intervals(counts, rounds=200, seed=7)  # (a fixed seed: the same figures)
