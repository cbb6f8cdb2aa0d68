"""Purpose coverage: does any cut around an amount hold its gold purpose, and do the rules pick it?

Run: ``PYTHONPATH=src python benchmarks/purpose_coverage.py [--hk DIR ...] [--misses]``.

For every gold amount with a purpose that the extractor finds (paired by the judge's
key, currency and value), three figures:

- ``judge``: the rules' answer is right by the judge's rule (containment either way,
  or character Jaccard >= 0.5: tests/dev_scorer.py);
- ``tight``: right by the judge and at most twice the gold's length (or four characters
  more): the judge accepts any span that holds the gold, so ``judge`` alone rewards
  long answers;
- ``proposed``: some candidate phrase of benchmarks/purpose_chooser.py (the clause and
  sentence cuts around the amount, the use after a marker, the money noun, the
  previous amount's purpose …) is tightly right: what a chooser over those cuts could
  reach at best.

Sources: dev and fit (``--evaldata``, default /work/evaldata when present, else the
repository's copies), the purpose hold-outs in corpus/, and every ``--hk DIR`` (a
folder of evaluation-only Hong Kong pages: each ``*.jsonl`` with a ``.gold.jsonl``
next to it; never copied into the repository).  ``--misses`` prints the amounts the
rules get wrong (id, gold, answer, whether some cut is right), to group them into
classes by hand.  The sealed check split is never read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from purpose_chooser import candidates, paired, tight  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from dev_scorer import overlaps  # noqa: E402


def _load(texts: Path, gold: Path) -> list[tuple[str, str, dict]]:
    g = {}
    for line in gold.open(encoding="utf-8"):
        if line.strip():
            d = json.loads(line)
            g[str(d["id"])] = d
    out = []
    for line in texts.open(encoding="utf-8"):
        if line.strip():
            d = json.loads(line)
            if str(d["id"]) in g:
                out.append((str(d["id"]), d["text"], g[str(d["id"])]))
    return out


def rows(aid: str, text: str, gold: dict):
    """(gold purpose, rules' answer, cut phrases, context) of each paired amount with a purpose."""
    text, recs, pairs = paired(aid, text, gold)
    for gm, j in pairs:
        cands, _ = candidates(text, recs, j)
        r = recs[j]
        ctx = text[max(0, r.start - 40) : r.start] + "⟦" + text[r.start : r.end] + "⟧" + text[r.end : r.end + 30]
        yield gm["purpose"], r.purpose, list(cands), ctx.replace("\n", " ")


# Part B (scored blind, errors not read when the set was new) of each hold-out set, as
# corpus/SOURCES.md lists them; ``--ab`` prints A and B apart.  Hong Kong sets come as
# separate hk_A / hk_B files already.
B_IDS = {
    "holdout_purpose": {"pp02", "pp04", "pp05", "pp07", "pp08", "pp13", "pp15", "pp19"},
    "holdout_purpose_r4": {"pr02", "pr03", "pr09", "pr11", "pr13", "pr16", "pr23", "pr27",
                           "pr28", "pr32", "pr33", "pr35", "pr36", "pr38", "pr45", "pr48"},
    "holdout_purpose_r5": {"p5-03", "p5-05", "p5-08", "p5-10", "p5-11", "p5-14", "p5-16", "p5-17",
                           "p5-19", "p5-21", "p5-23", "p5-26"},
    "holdout_purpose_r6": {"p6-01", "p6-02", "p6-03", "p6-05", "p6-08", "p6-09", "p6-10", "p6-11", "p6-12",
                           "p6-18", "p6-21"},
    "holdout_purpose_r7": {"p7-02", "p7-04", "p7-06", "p7-08", "p7-10", "p7-12"},
    "holdout_purpose_r9": {"p9-02", "p9-04", "p9-09", "p9-14", "p9-17", "p9-19", "p9-20"},
    "holdout_purpose_r11": {"p11-02", "p11-06", "p11-08", "p11-10", "p11-12", "p11-14"},
    "holdout_purpose_r12": {"p12-02", "p12-04", "p12-06", "p12-08", "p12-10", "p12-12"},
    "holdout_money_r16": {"r16-c01", "r16-c08", "r16-c09", "r16-c10", "r16-c12", "r16-c15", "r16-c16", "r16-c17",
                          "r16-x09", "r16-x16"},
    "holdout_subject_r17": {"r17-c06", "r17-c10", "r17-c12", "r17-c19", "r17-c25", "r17-c27", "r17-c28", "r17-c29",
                            "r17-c32", "r17-c33"},
    "holdout_money_r20": {"r20-c04", "r20-c05", "r20-g04", "r20-q14", "r20-x03", "r20-x05", "r20-x06", "r20-x07",
                          "r20-x09", "r20-x10"},
}


def _share(k: int, n: int) -> str:
    return f"{k / n:.3f}" if n else "-"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--evaldata", default="/work/evaldata" if Path("/work/evaldata").is_dir() else str(ROOT / "corpus"))
    ap.add_argument("--hk", action="append", default=[], help="a folder of evaluation-only Hong Kong sets")
    ap.add_argument("--extra", action="append", default=[], help="NAME=TEXTS.jsonl (gold next to it)")
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--ab", action="store_true", help="also print parts A and B of each hold-out set")
    args = ap.parse_args()
    ev = Path(args.evaldata)
    sets = {"dev": (ev / "dev.jsonl", ev / "dev.gold.jsonl"), "fit": (ev / "fit.jsonl", ev / "fit.gold.jsonl")}
    for name in ("holdout_purpose", "holdout_purpose_r4", "holdout_purpose_r5", "holdout_purpose_r6", "holdout_purpose_r7", "holdout_purpose_r9",
                 "holdout_purpose_r11", "holdout_purpose_r12", "holdout_money_r16", "holdout_subject_r17",
                 "holdout_money_r20"):
        sets[name] = (ROOT / f"corpus/{name}.jsonl", ROOT / f"corpus/{name}.gold.jsonl")
    for d in args.hk:
        for t in sorted(Path(d).glob("*.jsonl")):
            if not t.name.endswith(".gold.jsonl") and t.with_suffix(".gold.jsonl").exists():
                sets[f"hk:{Path(d).name}/{t.stem}"] = (t, t.with_suffix(".gold.jsonl"))
    for spec in args.extra:
        name, path = spec.split("=", 1)
        t = Path(path)
        sets[name] = (t, t.with_name(t.name.replace(".jsonl", ".gold.jsonl")))
    print(f"{'set':28} {'n':>4} {'judge':>6} {'tight':>6} {'proposed':>8} {'miss_arts':>9}")
    for name, (t, g) in sets.items():
        n = ok = tt = prop = 0
        miss_arts = set()
        misses = []
        part = {"A": [0, 0], "B": [0, 0]}
        for aid, text, gold in _load(t, g):
            for gp, rp, cands, ctx in rows(aid, text, gold):
                n += 1
                right = overlaps(gp, rp)
                ok += right
                half = part["B" if aid in B_IDS.get(name, ()) else "A"]
                half[0] += 1
                half[1] += right
                tt += tight(gp, rp)
                has = any(tight(gp, c) for c in cands)
                prop += has
                if not right:
                    miss_arts.add(aid)
                    misses.append((aid, gp, rp, has, ctx))
        print(f"{name:28} {n:4} {_share(ok, n):>6} {_share(tt, n):>6} {_share(prop, n):>8} {len(miss_arts):9}")
        if args.ab and name in B_IDS:
            for h in "AB":
                print(f"  {h:26} {part[h][0]:4} {_share(part[h][1], part[h][0]):>6}")
        if args.misses:
            for aid, gp, rp, has, ctx in misses:
                print(f"   {aid:8} gold={gp!r} got={rp!r} cut={'y' if has else 'n'} | {ctx}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
