"""Quality gate: the pipeline on the copyable dev corpus, scored by the project's scorer.

Floors only move up: raise them when extraction improves, never lower them to
make a change pass (say why in the commit if a floor ever has to move down).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from civicextract import Pipeline

from . import dev_scorer

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

# kind -> minimum F1 on corpus/dev.jsonl (56 articles, without the evaluation-only ones)
F1_FLOORS = {"money": 0.0, "metrics": 0.0, "programs": 0.94, "officials": 0.97}
# secondary figures -> minimum accuracy
ACC_FLOORS = {"purpose": 0.0, "subject": 0.0, "titles": 0.97, "meta": 0.0, "spans": 1.0}


def _load(name: str) -> dict[str, dict]:
    out = {}
    for line in (CORPUS / name).read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            out[rec["id"]] = rec
    return out


@pytest.fixture(scope="module")
def tally():
    corpus = _load("dev.jsonl")
    gold = _load("dev.gold.jsonl")
    pipeline = Pipeline()
    pred = {aid: pipeline.extract(rec["text"], id=aid).to_dict() for aid, rec in corpus.items()}
    return dev_scorer.score(gold, pred, corpus)


@pytest.mark.parametrize("kind", sorted(F1_FLOORS))
def test_f1_floor(tally, kind):
    p, r, f = tally.prf(kind)
    assert f >= F1_FLOORS[kind], f"{kind}: F1 {f:.3f} (P {p:.3f}, R {r:.3f}) fell below its floor {F1_FLOORS[kind]}"


@pytest.mark.parametrize("name", sorted(ACC_FLOORS))
def test_accuracy_floor(tally, name):
    acc, n = tally.ratio(name)
    if n == 0:
        pytest.skip(f"no {name} pairs to score yet")
    assert acc >= ACC_FLOORS[name], f"{name}: {acc:.3f} over {n} fell below its floor {ACC_FLOORS[name]}"
