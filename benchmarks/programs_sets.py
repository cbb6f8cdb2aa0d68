"""Programmes F1 (the judge's pairing) on every in-sample set and round 12's part A, with a tree's code.

    SRC=/path/to/src python benchmarks/programs_sets.py [--b] [--errors SET]

``--b`` also scores round 12's part B (blind: scored before the round's first fix and after its last
only).  ``--errors SET`` lists that set's misses (FN) and false positives (FP).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, os.environ.get("SRC", str(ROOT / "src")))
sys.path.insert(0, str(ROOT.parent / "shared" / "eval"))  # the judge, beside the project

import score as judge  # noqa: E402

from civicextract.document import normalize  # noqa: E402
from civicextract.extractors.programs import extractor  # noqa: E402

A12 = {f"pr12-c{i:02d}" for i in (1, 3, 5, 7, 9, 11, 13, 15)}


def _score(arts, gold, show: bool) -> tuple[int, int, int]:
    tp = fp = fn = 0
    for art in arts:
        g = gold[art["id"]]
        pred = [{"name": p.name} for p in extractor.extract(normalize(art["text"], id=art["id"]))]
        pairs, ignored = judge.pair_programs(g.get("programs", []), g.get("programs_optional", []), pred)
        tp, fp = tp + len(pairs), fp + len(pred) - len(pairs) - ignored
        fn += len(g.get("programs", [])) - len(pairs)
        if show:
            used = {id(p) for _, p in pairs}
            for x in g.get("programs", []):
                if not any(x is gg for gg, _ in pairs):
                    print("  FN", art["id"], x["name"])
            for p in pred:
                optional = any(judge.program_match(o, p["name"]) for o in g.get("programs_optional", []))
                if id(p) not in used and not optional:
                    print("  FP", art["id"], p["name"])
    return tp, fp, fn


def main() -> None:
    show = sys.argv[sys.argv.index("--errors") + 1] if "--errors" in sys.argv else None
    corpus = ROOT / "corpus"
    sets = ["dev", "fit"] + sorted(
        p.name[:-6] for p in corpus.glob("holdout_programs*.jsonl") if not p.name.endswith(".gold.jsonl")
    )
    for name in sets:
        gold = {g["id"]: g for g in map(json.loads, (corpus / f"{name}.gold.jsonl").open(encoding="utf-8"))}
        lines = (corpus / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        arts = [a for a in map(json.loads, filter(None, lines)) if a["id"] in gold]
        parts = [("", arts)]
        if name.endswith("_r12"):
            parts = [("A", [a for a in arts if a["id"] in A12])]
            if "--b" in sys.argv:
                parts.append(("B", [a for a in arts if a["id"] not in A12]))
        for tag, part in parts:
            tp, fp, fn = _score(part, gold, show in (name, name + tag))
            p = tp / (tp + fp) if tp + fp else 0.0
            r = tp / (tp + fn) if tp + fn else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            print(f"{name + tag:26} P {p:.3f} R {r:.3f} F1 {f:.3f}  tp {tp} fp {fp} fn {fn}")


if __name__ == "__main__":
    main()
