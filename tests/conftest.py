"""Shared fixtures: real text from ``corpus/`` (the seed and the copyable dev articles)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

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
