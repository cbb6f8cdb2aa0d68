"""Per-stage CPU time of two source trees, measured alternately in the same run.

    .venv/bin/python benchmarks/stage_ab.py BASE_SRC NEW_SRC [--rounds 2] [--reps 3] [--json]

A speed change is judged against its base on the same machine at the same time
(the machine is shared: a figure from an earlier run measures the neighbours).
Each round runs a fresh process per tree, pinned to one core, over corpus/dev.jsonl
+ corpus/fit.jsonl repeated ``--reps`` times, after one warm-up pass.  Reported in
µs of CPU time per 1,000 input chars: ``extract`` (one article at a time),
``extract_many`` (batches), ``normalize()``, and each extractor alone on
documents normalised beforehand; per tree the least of its rounds (the least
disturbed), and every round with ``--json``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_CHILD = r"""
import json, os, sys, time
if hasattr(os, "sched_setaffinity"):
    os.sched_setaffinity(0, {max(os.sched_getaffinity(0))})
from civicextract.document import normalize
from civicextract.pipeline import Pipeline
from civicextract.records import RECORD_KINDS
paths, reps, limit = sys.argv[1].split(","), int(sys.argv[2]), int(sys.argv[3])
base = [json.loads(x)["text"] for p in paths for x in open(p, encoding="utf-8") if x.strip()][: limit or None]
texts = base * reps
chars = sum(map(len, texts))
p = Pipeline()
for t in base:
    p.extract(t)
list(p.extract_many(base))
out = {}
def timed(name, fn, items):
    t0 = time.process_time()
    for x in items:
        fn(x)
    out[name] = (time.process_time() - t0) / chars * 1e9
timed("extract", p.extract, texts)
timed("extract_many", lambda ts: list(p.extract_many(ts)), [texts])
timed("normalize", normalize, texts)
docs = [normalize(t) for t in texts]
for kind in RECORD_KINDS:
    timed(kind, p._extractors[kind], docs)
print(json.dumps(out))
"""


def _measure(src: str, reps: int, limit: int) -> dict[str, float]:
    corpora = ",".join(str(ROOT / "corpus" / n) for n in ("dev.jsonl", "fit.jsonl"))
    env = {**os.environ, "PYTHONPATH": src}
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, corpora, str(reps), str(limit)],
        env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    return json.loads(out.stdout)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("base", help="the base tree's src directory (e.g. a `git worktree add` of main)")
    ap.add_argument("new", help="the changed tree's src directory")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--reps", type=int, default=3, help="passes over the corpus per figure")
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles (smoke runs)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    runs: dict[str, list[dict[str, float]]] = {"base": [], "new": []}
    for _ in range(args.rounds):
        for name in ("base", "new"):
            runs[name].append(_measure(getattr(args, name), args.reps, args.limit))
    best = {name: {k: min(r[k] for r in rs) for k in rs[0]} for name, rs in runs.items()}
    if args.json:
        print(json.dumps({"best": best, "runs": runs}))
        return
    print(f"{'µs per 1,000 chars':<20}{'base':>10}{'new':>10}{'change':>10}")
    for k, b in best["base"].items():
        n = best["new"][k]
        print(f"{k:<20}{b:>10.1f}{n:>10.1f}{(n - b) / b:>+10.1%}")


if __name__ == "__main__":
    main()
