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
