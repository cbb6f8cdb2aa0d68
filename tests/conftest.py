"""Shared fixtures: real text from ``corpus/`` (the seed and the copyable dev articles)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import settings

# CI runs the property tests derandomized (HYPOTHESIS_PROFILE=ci, set by .ci/run):
# the examples are then the same on every run of a commit, so a fresh clone run
# here predicts CI's outcome.  A developer's run draws new examples each time,
# which is how the stale reference in test_perfmeta was found.
settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def load_jsonl(name: str) -> dict[str, str]:
    """``{id: text}`` of a corpus file, in file order."""
    out = {}
    for line in (CORPUS / name).read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            out[rec["id"]] = rec["text"]
    return out


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The seed article as scraped: Traditional, pinyin notes, header, byline and footer kept."""
    return load_jsonl("seed.jsonl")["seed"]


@pytest.fixture(scope="session")
def dev_articles() -> dict[str, str]:
    """``{id: text}`` of corpus/dev.jsonl: the seed, 45 mainland articles, 10 Traditional ``-t`` variants."""
    return load_jsonl("dev.jsonl")
