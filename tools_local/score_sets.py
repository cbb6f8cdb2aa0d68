"""Officials P/R/F1 per hold-out set and per A/B half with the code on PYTHONPATH (never the check split)."""
import json
import sys

sys.path.insert(0, "/work/shared/eval")
import score as S  # noqa: E402

from civicextract import Pipeline  # noqa: E402

R = "corpus/holdout_officials"
H = "/work/hkextra/officials"
SETS = {
    "dev": ("/work/evaldata/dev", None),
    "fit": ("/work/evaldata/fit", None),
    "ho3": (R, "ho02 ho04 ho06 ho09 ho11 ho15 ho18 ho20"),
    "ho4": (R + "_r4", "or4-c02 or4-c04 or4-c08 or4-c09 or4-c14 or4-d03 or4-d05 or4-d06 or4-d09 or4-d12 or4-e02 or4-e03 or4-e07 or4-g02 or4-x06"),
    "ho5": (R + "_r5", "or5-c03 or5-c05 or5-c16 or5-c18 or5-x01 or5-x03 or5-x05 or5-x07 or5-x09 or5-x11 or5-x13 or5-x15 or5-x17 or5-x20"),
    "ho6": (R + "_r6", "or6-x04 or6-x06 or6-y01 or6-y02 or6-y06 or6-c02 or6-c03 or6-c05 or6-c07 or6-c09 or6-c11"),
    "ho7": (R + "_r7", "or7-m05 or7-m08 or7-m09 or7-m11 or7-m13 or7-m14 or7-n02 or7-n04"),
    "hk3": (H + "/hk_officials", "hk02 hk03 hk06"),
    "hk4": (H + "_r4/hk_r4", "hk4-02 hk4-05 hk4-07"),
    "hk5": (H + "_r5/hk_r5", "hk5-03 hk5-05 hk5-08 hk5-10 hk5-12"),
    "hk6": (H + "_r6/hk_r6", "hk6-01 hk6-02 hk6-04 hk6-08"),
    "hk7": (H + "_r7/hk_r7", "hk7-02 hk7-04 hk7-06"),
    "ho9": (R + "_r9", "or9-03 or9-h02 or9-h04 or9-h06 or9-h08 or9-h10 or9-h12"),
    "hk9": (H + "_r9/hk_r9", "hk9-02 hk9-04 hk9-06 hk9-08"),
}


def load(p):
    with open(p, encoding="utf-8") as f:
        return {r["id"]: r for r in map(json.loads, f)}


def f1(gold, pred):
    t = S.score(gold, pred)
    tp, g, p = t.c["officials", "tp"], t.c["officials", "gold"], t.c["officials", "pred"]
    pr, rc = (tp / p if p else 1.0), (tp / g if g else 1.0)
    return (2 * pr * rc / (pr + rc) if pr + rc else 0.0), pr, rc, g


HIDE_B = {"ho9", "hk9"}  # round 9's blind halves: shown only with --show-b (once, after the last fix)


def main(argv):
    show_b = "--show-b" in argv
    argv = [a for a in argv if a != "--show-b"]
    gold_suffix = argv[1] if len(argv) > 1 else ".gold.jsonl"
    bsplits = {}
    pipe = Pipeline()
    for k, (base, b) in SETS.items():
        try:
            texts, gold = load(base + ".jsonl"), load(base + gold_suffix)
        except FileNotFoundError:
            continue
        pred = {}
        for aid, r in texts.items():
            if aid in gold:
                art = pipe.extract(r["text"], id=aid)
                pred[aid] = {"officials": [{"name": o.name, "titles": list(o.titles)} for o in art.officials]}
        bset = set((b or "").split()) or bsplits.get(k, set())
        row = [k]
        for lab, ids in (("all", gold), ("A", [i for i in gold if bset and i not in bset]), ("B", [i for i in gold if i in bset])):
            if not ids or lab != "A" and k in HIDE_B and not show_b:
                continue
            g = {i: gold[i] for i in ids}
            F, P, Rc, n = f1(g, pred)
            row.append(f"{lab} F{F:.3f} P{P:.3f} R{Rc:.3f} n{n}")
        print("  ".join(row))


if __name__ == "__main__":
    main(sys.argv)
