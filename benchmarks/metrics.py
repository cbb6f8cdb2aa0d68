"""Throughput of metrics extraction on the dev corpus, beside normalisation alone.

    .venv/bin/python benchmarks/metrics.py [--chars 2000000] [--corpus corpus/dev.jsonl]

The corpus is repeated until about ``--chars`` characters, then timed in one
process on one core: (1) ``normalize`` alone, (2) ``normalize`` + metrics
extraction (what the pipeline does for this kind), (3) metrics extraction on
already-normalised documents.  Figures are characters of original input per
second of CPU time of this process (``time.process_time``: on a shared
machine wall-clock time measures the neighbours), best of ``--repeat`` runs,
as timeit does.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from _corpus import load_articles, repeat_to, time_extractor

from civicextract.extractors.metrics import extractor as metrics

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus" / "dev.jsonl")
    ap.add_argument("--chars", type=int, default=2_000_000)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()

    texts = repeat_to([x["text"] for x in load_articles(a.corpus)], a.chars)
    total = sum(map(len, texts))
    times = time_extractor(texts, metrics.extract, a.repeat)
    t_norm, t_metrics, t_both, found = times.normalize, times.extract, times.both, times.found
    print(f"corpus {a.corpus.name}: {len(texts)} articles, {total:,} chars, {found:,} metrics per pass")
    print(f"{'normalize alone':<28}{total / t_norm:>14,.0f} chars/s")
    print(f"{'normalize + metrics':<28}{total / t_both:>14,.0f} chars/s")
    print(f"{'metrics alone (on docs)':<28}{total / t_metrics:>14,.0f} chars/s")
    print(f"metrics share of normalize+metrics: {t_metrics / t_both:.1%}")


if __name__ == "__main__":
    main()
