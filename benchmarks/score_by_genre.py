"""The judge's table per genre of text: where a set's losses sit, in aggregate.

    python benchmarks/score_by_genre.py GOLD PRED --corpus TEXTS [--kinds programs,officials,...]

Each article is given a genre by ``programs_genre.genre`` on its normalised text (``hk``: a Hong Kong /
Traditional page; ``broadcast``: a 新闻联播 section; ``news``: a story with a dateline, byline or quotes;
``report``: work-report paragraphs and notices), then the project's judge (``tests/dev_scorer.py``, the
vendored ``../shared/eval/score.py``) scores each genre's articles apart, and all of them together.
Only aggregate figures are printed, one row per figure and a column per genre, so that it can report a
sealed set (the ``check`` split) without showing any article's errors, as the issues report money on
unseen articles for mainland and Hong Kong pages apart.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "src"))

from programs_genre import GENRES, genre  # noqa: E402

import dev_scorer  # noqa: E402  (the judge, vendored)
from civicextract.document import normalize  # noqa: E402

RATIOS = ("qualifier", "purpose", "subject", "titles", "meta", "spans")


def genres(corpus: dict) -> dict[str, str]:
    """Article id -> genre guessed from its normalised text."""
    # (Traditional script is read off the original: normalisation converts it to Simplified)
    return {
        aid: "hk" if genre(rec["text"]) == "hk" else genre(normalize(rec["text"], id=aid).text)
        for aid, rec in corpus.items()
    }


def table(gold: dict, pred: dict, corpus: dict) -> list[str]:
    """The table's lines: a row per figure, a column per genre present and one for all articles."""
    by = genres(corpus)
    cols = [g for g in GENRES if any(by.get(a) == g for a in gold)] + ["all"]
    tallies = {}
    for col in cols:
        ids = [a for a in gold if col == "all" or by.get(a) == col]
        tallies[col] = (len(ids), dev_scorer.score({a: gold[a] for a in ids}, pred, corpus))
    lines = ["figure".ljust(18) + "".join(f"{c} ({tallies[c][0]})".rjust(15) for c in cols)]
    for kind in dev_scorer.KINDS:
        row = []
        for col in cols:
            t = tallies[col][1]
            p, r, f = t.prf(kind)
            row.append(f"{f:.3f} ({t.c[kind, 'gold']})" if t.c[kind, "gold"] or t.c[kind, "pred"] else "-")
        lines.append(f"{kind} F1 (gold)".ljust(18) + "".join(x.rjust(15) for x in row))
    for name in RATIOS:
        row = []
        for col in cols:
            acc, n = tallies[col][1].ratio(name)
            row.append("-" if acc is None else f"{acc:.3f} ({n})")
        lines.append(f"{name} (n)".ljust(18) + "".join(x.rjust(15) for x in row))
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--corpus", required=True, help="JSONL with id and original text (the genre is read from it)")
    a = ap.parse_args(argv)
    gold, pred, corpus = dev_scorer.load(a.gold), dev_scorer.load(a.pred), dev_scorer.load(a.corpus)
    print("\n".join(table(gold, pred, corpus)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
