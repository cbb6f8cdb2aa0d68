"""How far the judge's figures on a small set could move by chance: article bootstrap intervals.

    python benchmarks/score_intervals.py GOLD PRED [--corpus TEXTS] [--rounds 2000] [--seed 7]

Scores each article once with the project's judge (``tests/dev_scorer.py``, the vendored copy of
``../shared/eval/score.py``), then resamples the articles with replacement and sums their counts,
``--rounds`` times. Prints each figure of the judge's table with its 90 % interval (the 5th and
95th percentiles of the resampled figures). Only the aggregate figures are printed: used on a
sealed set, it reports how much its table means without showing any article's errors.

Why: the sealed ``check`` split has 31 articles, some kinds a few dozen records (officials 35,
meta 36 fields, purpose 47 amounts). A change of one record moves such a figure by 0.02-0.03, and
the unseen set the project is judged on (46 articles) has the same grain: a target met or missed
by less than the interval's half-width is not yet a measured difference.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
import dev_scorer  # noqa: E402  (the judge, vendored)

RATIOS = ("qualifier", "purpose", "subject", "titles", "meta", "spans")


def per_article_counts(gold: dict, pred: dict, corpus: dict | None) -> list[Counter]:
    return [dev_scorer.score({aid: g}, pred, corpus).c for aid, g in gold.items()]


def figures(c: Counter) -> dict[str, float | None]:
    t = dev_scorer.Tally()
    t.c = c
    out: dict[str, float | None] = {k: t.prf(k)[2] for k in dev_scorer.KINDS}
    out["macro"] = sum(out[k] for k in dev_scorer.KINDS) / len(dev_scorer.KINDS)
    for name in RATIOS:
        out[name] = t.ratio(name)[0]
    return out


def intervals(counts: list[Counter], rounds: int, seed: int) -> dict[str, tuple[float, float]]:
    rng = random.Random(seed)
    samples: dict[str, list[float]] = {}
    n = len(counts)
    for _ in range(rounds):
        total: Counter = Counter()
        for _ in range(n):
            total.update(counts[rng.randrange(n)])
        for name, value in figures(total).items():
            if value is not None:
                samples.setdefault(name, []).append(value)
    out = {}
    for name, values in samples.items():
        values.sort()
        out[name] = (values[int(0.05 * (len(values) - 1))], values[int(0.95 * (len(values) - 1))])
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--corpus")
    ap.add_argument("--rounds", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args(argv)
    gold, pred = dev_scorer.load(a.gold), dev_scorer.load(a.pred)
    corpus = dev_scorer.load(a.corpus) if a.corpus else None
    counts = per_article_counts(gold, pred, corpus)
    point = figures(sum(counts, Counter()))
    spread = intervals(counts, a.rounds, a.seed)
    print(f"{len(counts)} articles, {a.rounds} resamples (seed {a.seed}): figure, 90 % interval")
    for name in (*dev_scorer.KINDS, *RATIOS, "macro"):
        value = point.get(name)
        if value is None:
            continue
        lo, hi = spread[name]
        print(f"{name:<10}{value:7.3f}   [{lo:.3f}, {hi:.3f}]")


if __name__ == "__main__":
    main()
