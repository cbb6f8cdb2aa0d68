"""Programmes F1 (judge's pairing) on every in-sample set + round 12's part A, with the worktree's code.
usage: prog_sets.py [--b] [--errors SET]   (--b also scores round 12's blind part B: only twice!)"""
import json, sys
from pathlib import Path
ROOT = Path(__file__).resolve().parent.parent
import os; sys.path.insert(0, os.environ.get("SRC", str(ROOT / "src"))); sys.path.insert(0, "/work/shared/eval")
import score as S  # noqa
from civicextract.document import normalize  # noqa
from civicextract.extractors.programs import extractor  # noqa

A12 = {"pr12-c%02d" % i for i in (1, 3, 5, 7, 9, 11, 13, 15)}
sets = ["dev", "fit"] + sorted(p.name[:-6] for p in (ROOT / "corpus").glob("holdout_programs*.jsonl") if not p.name.endswith(".gold.jsonl"))
show = sys.argv[sys.argv.index("--errors") + 1] if "--errors" in sys.argv else None
rows = []
for name in sets:
    parts = [("", None)]
    if name.endswith("_r12"):
        parts = [("A", True)] + ([("B", False)] if "--b" in sys.argv else [])
    gold = {g["id"]: g for g in map(json.loads, open(ROOT / "corpus" / f"{name}.gold.jsonl"))}
    arts = [json.loads(l) for l in open(ROOT / "corpus" / f"{name}.jsonl") if l.strip()]
    for tag, isA in parts:
        tp = fp = fn = 0
        for a in arts:
            if a["id"] not in gold or (isA is not None and (a["id"] in A12) != isA):
                continue
            g = gold[a["id"]]
            pred = [{"name": p.name} for p in extractor.extract(normalize(a["text"], id=a["id"]))]
            pairs, ign = S.pair_programs(g.get("programs", []), g.get("programs_optional", []), pred)
            tp += len(pairs); fp += len(pred) - len(pairs) - ign; fn += len(g.get("programs", [])) - len(pairs)
            if show and show in (name + tag, name):
                used = {id(p) for _, p in pairs}
                for x in g.get("programs", []):
                    if not any(x is gg for gg, _ in pairs): print("  FN", a["id"], x["name"])
                for p in pred:
                    if id(p) not in used and not any(S.program_match(o, p["name"]) for o in g.get("programs_optional", [])):
                        print("  FP", a["id"], p["name"])
        P = tp / (tp + fp) if tp + fp else 0; R = tp / (tp + fn) if tp + fn else 0
        F = 2 * P * R / (P + R) if P + R else 0
        rows.append((name + tag, P, R, F, tp, fp, fn))
for r in rows:
    print("%-26s P %.3f R %.3f F1 %.3f  tp %d fp %d fn %d" % r)
