"""Grouped cross-validation of genre features for the programmes scorer (round 16).

    taskset -c 0 .venv/bin/python benchmarks/programs_genre_cv.py

Today's recipe (dev + fit + rounds 3-9, dev and fit twice, the shipped thresholds) against the same recipe
with features saying what kind of text a record stands in (``benchmarks/programs_genre.py``: hk, broadcast,
news, report), alone and crossed with the features that describe genericness.  Each of dev, fit and every
round's hold-out set up to round 15 is held out in turn (as benchmarks/programs_grouped_cv.py; round 16 is
evaluation data and is not among them); the mean over the groups is the figure a variant is chosen by.
Per-genre F1 pools the held-out articles of every group by their genre.  The variants add strings to each
example's features, so the extractor's candidates and today's features are shared by all of them.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from programs_genre import GENRES, genre  # noqa: E402
from programs_grouped_cv import FIXED, ROUNDS_3_9, SETS  # noqa: E402

from civicextract.train import programs as tp  # noqa: E402

# What says a name is generic or specific: what found it, how it starts and ends, whether it is quoted.
GENERIC_EXACT = frozenset(
    {"verb_lead", "plural_lead", "strategy_end", "infra_end", "event_end", "generic", "weak_modifier",
     "mod_common", "after_verb", "counted_before", "work_after", "no_head", "ends_head", "quoted", "numbered",
     "vetted", "known"}
)
GENERIC_PREFIX = ("kind=", "group=", "nkinds=")


def _generic(f: str) -> bool:
    return f in GENERIC_EXACT or f.startswith(GENERIC_PREFIX)


def _all_uncrossed(f: str) -> bool:
    return "&" not in f and f != "bias" and not f.startswith(("mod_last=", "end1=", "end2=", "prev=", "next="))


def _generic_no_kind(f: str) -> bool:
    return f in GENERIC_EXACT


# name -> (the genres that get features, None for all; which features are crossed with the genre)
VARIANTS = {
    "today": (None, None),
    "genre alone": (None, lambda f: False),
    "genre x genericness": (None, _generic),
    "genre x all uncrossed": (None, _all_uncrossed),
    "genre x genericness (no kinds)": (None, _generic_no_kind),
    "news only x genericness": ({"news"}, _generic),
}


def with_genre(arts, genres, variant):
    only, crossed = variant
    if crossed is None:
        return arts
    out = []
    for a in arts:
        if only is not None and genres[a.id] not in only:
            out.append(a)
            continue
        g = "genre=" + genres[a.id]
        exs = tuple(
            replace(e, features=tuple(sorted({*e.features, g, *(g + "&" + f for f in e.features if crossed(f))})))
            for e in a.examples
        )
        out.append(replace(a, examples=exs))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.parse_args()
    base = {s: tp.load_articles(ROOT / "corpus", s) for s in SETS}
    genres = {rec["id"]: genre(text) for s in SETS for rec, text, _ in tp.annotated(ROOT / "corpus", s)}
    sets, twice = ROUNDS_3_9, {"dev", "fit"}
    rows = {g: [] for g in SETS}
    per_genre = {v: {k: [0, 0, 0] for k in GENRES} for v in VARIANTS}  # tp, gold, pred
    means = {}
    for v, variant in VARIANTS.items():
        arts = {s: with_genre(base[s], genres, variant) for s in SETS}
        total = 0.0
        for g in SETS:
            # one run: the trainer has had no seed since session 22 (the exact minimum)
            train = sets - {g}
            pool = [x for s in SETS if s in train for x in arts[s]]
            dup = [x for s in SETS if s in train and s in twice for x in arts[s]]
            w = tp.fit([e for x in [*pool, *dup] for e in x.examples])
            kept = tp.kept_at(arts[g], tp._scores(w, arts[g]), *FIXED)
            f = tp.prf(arts[g], kept)[2]
            for k in GENRES:
                sub = [x for x in arts[g] if genres[x.id] == k]
                if sub:
                    _, _, _, t, ng, npred = tp.prf(sub, kept)
                    acc = per_genre[v][k]
                    acc[0], acc[1], acc[2] = acc[0] + t, acc[1] + ng, acc[2] + npred
            rows[g].append(f"{f:.3f}")
            total += f
            print(f"  {v} / {g}: {f:.3f}", file=sys.stderr, flush=True)
        means[v] = total / len(SETS)
    print("| held out | " + " | ".join(VARIANTS) + " |\n|---|" + "---|" * len(VARIANTS))
    for g in SETS:
        print(f"| {g} | " + " | ".join(rows[g]) + " |")
    print("| **mean** | " + " | ".join(f"**{means[v]:.4f}**" for v in VARIANTS) + " |")
    print("\n| genre (held-out articles pooled) | " + " | ".join(VARIANTS) + " |\n|---|" + "---|" * len(VARIANTS))
    for k in GENRES:
        cells = []
        for v in VARIANTS:
            t, ng, npred = per_genre[v][k]
            p = t / npred if npred else 1.0
            r = t / ng if ng else 1.0
            cells.append(f"{2 * p * r / (p + r) if p + r else 0.0:.3f} (gold {ng})")
        print(f"| {k} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
