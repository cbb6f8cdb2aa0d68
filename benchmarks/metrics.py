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
import json
import time
from pathlib import Path

from civicextract.document import normalize
from civicextract.extractors import metrics

ROOT = Path(__file__).resolve().parent.parent


def _texts(path: Path, chars: int) -> list[str]:
    base = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    out, n = [], 0
    while n < chars:
        for t in base:
            out.append(t)
            n += len(t)
            if n >= chars:
                break
    return out


def _best(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus" / "dev.jsonl")
    ap.add_argument("--chars", type=int, default=2_000_000)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()

    texts = _texts(a.corpus, a.chars)
    total = sum(map(len, texts))
    metrics.extract(normalize(texts[0]))  # load lexicons and compile patterns outside the timing

    docs: list = []
    t_norm = _best(lambda: docs.__setitem__(slice(None), [normalize(t) for t in texts]), a.repeat)
    found = [0]

    def extract_only() -> None:
        found[0] = sum(len(metrics.extract(d)) for d in docs)

    t_metrics = _best(extract_only, a.repeat)
    t_both = _best(lambda: [metrics.extract(normalize(t)) for t in texts], a.repeat)

    print(f"corpus {a.corpus.name}: {len(texts)} articles, {total:,} chars, {found[0]:,} metrics per pass")
    print(f"{'normalize alone':<28}{total / t_norm:>14,.0f} chars/s")
    print(f"{'normalize + metrics':<28}{total / t_both:>14,.0f} chars/s")
    print(f"{'metrics alone (on docs)':<28}{total / t_metrics:>14,.0f} chars/s")
    print(f"metrics share of normalize+metrics: {t_metrics / t_both:.1%}")


if __name__ == "__main__":
    main()
