"""Quality gate: the pipeline on the copyable dev corpus, scored by the project's scorer.

Floors only move up: raise them when extraction improves, never lower them to
make a change pass (say why in the commit if a floor ever has to move down).
"""

from __future__ import annotations

import json
from pathlib import Path

import opencc
import pytest

from civicextract import Pipeline
from civicextract.normalize.pinyin import remove_pinyin_notes
from civicextract.normalize.widths import normalize_widths

from . import dev_scorer

_T2S = opencc.OpenCC("t2s")
CORPUS = Path(__file__).resolve().parent.parent / "corpus"

# kind -> minimum F1 on corpus/dev.jsonl (56 articles, without the evaluation-only ones)
F1_FLOORS = {"money": 0.99, "metrics": 0.98, "programs": 0.97, "officials": 0.99}
# secondary figures -> minimum accuracy
ACC_FLOORS = {"qualifier": 0.99, "purpose": 0.95, "subject": 0.97, "titles": 0.99, "meta": 0.99}


def _load(name: str) -> dict[str, dict]:
    out = {}
    for line in (CORPUS / name).read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            out[rec["id"]] = rec
    return out


@pytest.fixture(scope="module")
def corpus():
    return _load("dev.jsonl")


@pytest.fixture(scope="module")
def pred(corpus):
    pipeline = Pipeline()
    return {aid: pipeline.extract(rec["text"], id=aid).to_dict() for aid, rec in corpus.items()}


@pytest.fixture(scope="module")
def tally(corpus, pred):
    return dev_scorer.score(_load("dev.gold.jsonl"), pred, corpus)


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


def _clean(surface: str) -> str:
    """The original surface as the records spell it: no pinyin notes, Simplified, ASCII digits."""
    text, _ = remove_pinyin_notes(surface)
    return _T2S.convert(normalize_widths(text))


def test_every_span_slices_its_surface(corpus, pred):
    """Offsets are sacred: original[start:end], cleaned, is the record's text, for every record.

    Stricter than the scorer's ``spans`` figure, which compares digits only and
    so counts every record written without Arabic digits (两个, 近万名) as wrong.
    """
    bad = []
    for aid, article in pred.items():
        original = corpus[aid]["text"]
        for kind in ("money", "metrics"):
            for r in article[kind]:
                if _clean(original[r["start"] : r["end"]]) != r["text"]:
                    bad.append((aid, kind, r["text"], original[r["start"] : r["end"]]))
    assert bad == []
