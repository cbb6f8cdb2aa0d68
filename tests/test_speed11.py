"""speed11 (round 11): the A/B stage benchmark keeps running as the pipeline changes (a smoke run)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SRC = str(ROOT / "src")


@pytest.mark.slow
def test_stage_ab_reports_every_stage_of_both_trees():
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "stage_ab.py"), SRC, SRC, "--rounds", "1", "--reps", "1",
         "--limit", "2", "--json"],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    fig = json.loads(proc.stdout)
    stages = {"extract", "extract_many", "normalize", "money", "metrics", "programs", "officials"}
    for tree in ("base", "new"):
        assert set(fig["best"][tree]) == stages
        assert len(fig["runs"][tree]) == 1
        assert all(v > 0 for v in fig["best"][tree].values())
