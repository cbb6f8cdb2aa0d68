"""Subject accuracy of every in-sample metrics set, with each round-11 subject mechanism turned off in turn.

    PYTHONPATH=src .venv/bin/python benchmarks/metrics_subjects.py [--only NAME ...]

The sets are those of benchmarks/metrics_holdouts.py (dev, fit, every corpus/holdout_metrics*
and holdout_subject_r11 set, the Hong Kong sets under /work/hkextra when present; the sealed
check split is never read).  Columns: the judge's subject accuracy with today's code (``all``),
and without one mechanism each:

- ``-anchor``: indicators.anchor, the indicator named earlier put before a comparison-only
  subject (规上工业增加值高于全国);
- ``-head``: indicators.shared_head, a 分别 list's measure head given to its earlier items;
- ``-examples``: examples.examples_before, the examples before 等 and a generic head;
- ``-reach``: a right phrase that reaches the next figure left to that figure.

Then the reach of the indicator lexicon (models/indicators.txt) on the same pairs: ``named`` is
the share of paired gold subjects whose clause before the figure names a listed indicator,
``in_gold`` the share of gold subjects holding one.  Most changes these mechanisms make keep the
old subject inside the new one, so they seldom move the judge's figure on sets the rules were
tuned on; the columns show where they do.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from civicextract.extractors.metrics import examples, indicators, subjects
from civicextract.pipeline import Pipeline

sys.path.insert(0, str(Path(__file__).resolve().parent))
import metrics_holdouts as mh  # noqa: E402  (the sets and the judge, shared with that benchmark)

_OFF = {
    "-anchor": (indicators, "anchor", lambda *a: None),
    "-head": (indicators, "shared_head", lambda items: items),
    "-examples": (examples, "examples_before", lambda *a: None),
    "-reach": (subjects, "_REACHING_LAST", frozenset()),
}
_CLAUSE_BACK_RE = re.compile(r"[^。！？；\n]{0,40}$")


def _accuracy(sc, pipe, corpus: dict, gold: dict) -> float:
    pred = {aid: pipe.extract(rec["text"], id=aid).to_dict() for aid, rec in corpus.items()}
    return sc.score(gold, pred, corpus).ratio("subject")[0] or 0.0


def _reach(sc, pipe, corpus: dict, gold: dict) -> tuple[float, float]:
    named = in_gold = n = 0
    for aid, g in gold.items():
        text = corpus[aid]["text"]
        pred = pipe.extract(text, id=aid).to_dict()
        for a, p in sc.pair_exact(g.get("metrics", []), pred.get("metrics", []), sc.metric_key, sc.units_agree):
            if not a.get("subject"):
                continue
            n += 1
            # (Simplified, as the extractor reads it: the lexicon is written in Simplified)
            clause = pipe.document(_CLAUSE_BACK_RE.search(text, 0, p["start"]).group()).text
            named += indicators.INDICATOR_RE.search(clause) is not None
            in_gold += indicators.INDICATOR_RE.search(pipe.document(sc.clean_name(a["subject"])).text) is not None
    return (named / n if n else 0.0), (in_gold / n if n else 0.0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--only", nargs="*", help="sets to score (default: all there are)")
    a = ap.parse_args()
    sc = mh._scorer()
    pipe = Pipeline(kinds=("metrics",))
    print(f"{'set':<7}{'all':>7}" + "".join(f"{k:>10}" for k in _OFF) + f"{'named':>8}{'in_gold':>8}")
    for name, (texts, goldp, _b) in mh.SETS.items():
        if (a.only and name not in a.only) or not texts.exists() or not goldp.exists():
            continue
        corpus, gold = sc.load(str(texts)), sc.load(str(goldp))
        row = [_accuracy(sc, pipe, corpus, gold)]
        for module, attr, off in _OFF.values():
            keep = getattr(module, attr)
            setattr(module, attr, off)
            try:
                row.append(_accuracy(sc, pipe, corpus, gold))
            finally:
                setattr(module, attr, keep)
        named, in_gold = _reach(sc, pipe, corpus, gold)
        print(f"{name:<7}" + "".join(f"{x:>10.3f}" if i else f"{x:>7.3f}" for i, x in enumerate(row))
              + f"{named:>8.3f}{in_gold:>8.3f}")


if __name__ == "__main__":
    main()
