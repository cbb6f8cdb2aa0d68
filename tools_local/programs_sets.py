"""Programmes P/R/F1 per set with the code on PYTHONPATH (never the check split).

Round 11's blind half B is shown only with --show-b (before any fix and once after the last one).
"""

import json
import sys

sys.path.insert(0, "/work/shared/eval")
import score as S  # noqa: E402

from civicextract import Pipeline  # noqa: E402

C = "corpus/"
SETS = {
    "dev": "/work/evaldata/dev",
    "fit": "/work/evaldata/fit",
    "r3": C + "holdout_programs",
    **{f"r{n}": C + f"holdout_programs_r{n}" for n in (4, 5, 6, 7, 8, 9)},
    "r11": C + "holdout_programs_r11",
}
R11_A = {f"pr11-g{n:02d}" for n in (1, 3, 5, 7, 9, 11, 15, 17, 19, 21)}


def load(p):
    with open(p, encoding="utf-8") as f:
        return {r["id"]: r for r in map(json.loads, f)}


def row(name, gold, pred):
    t = S.score(gold, pred)
    tp, g, p = t.c["programs", "tp"], t.c["programs", "gold"], t.c["programs", "pred"]
    pr, rc = (tp / p if p else 1.0), (tp / g if g else 1.0)
    f = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
    print(f"| {name} | {pr:.3f} | {rc:.3f} | **{f:.3f}** | {g} | {p} |", flush=True)


def main(argv):
    show_b = "--show-b" in argv
    only = [a for a in argv[1:] if not a.startswith("--")]
    pipe = Pipeline()
    print("| set | P | R | F1 | gold | pred |\n|---|---|---|---|---|---|")
    for name, base in SETS.items():
        if only and name not in only:
            continue
        texts, gold = load(base + ".jsonl"), load(base + ".gold.jsonl")
        pred = {}
        for i, r in texts.items():
            pred[i] = pipe.extract(r["text"], id=i).to_dict()
        if name == "r11":
            for half, ids in (("r11 A", R11_A), ("r11 B", set(texts) - R11_A)):
                if half == "r11 B" and not show_b:
                    continue
                row(half, {i: gold[i] for i in ids}, pred)
        else:
            row(name, gold, pred)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
