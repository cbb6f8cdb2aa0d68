"""What the benchmark scripts share: the corpus, repeated to a size, and a CPU-time best-of."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple


def load_articles(path: Path) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def repeat_to(texts: list[str], chars: int) -> list[str]:
    """The texts in order, again and again, until they hold at least ``chars`` characters."""
    out, n = [], 0
    while n < chars:
        for t in texts:
            out.append(t)
            n += len(t)
            if n >= chars:
                break
    return out


def best_cpu(fn: Callable[[], object], repeat: int) -> float:
    """Least CPU time of ``repeat`` calls (one core: other processes do not count)."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best


class ExtractorTimes(NamedTuple):
    docs: list  # the normalised documents, for further timings
    normalize: float  # CPU seconds: normalize() alone
    extract: float  # the extractor alone, on normalised documents
    both: float  # normalize() + the extractor
    found: int  # records per pass


def time_extractor(texts: list[str], extract: Callable[[Any], list], repeat: int) -> ExtractorTimes:
    """One extractor timed alone and behind normalisation, beside normalisation alone."""
    from civicextract.document import normalize

    extract(normalize(texts[0]))  # load lexicons and compile patterns outside the timing
    docs: list = []
    t_norm = best_cpu(lambda: docs.__setitem__(slice(None), [normalize(t) for t in texts]), repeat)
    found = [0]
    t_alone = best_cpu(lambda: found.__setitem__(0, sum(len(extract(d)) for d in docs)), repeat)
    t_both = best_cpu(lambda: [extract(normalize(t)) for t in texts], repeat)
    return ExtractorTimes(docs, t_norm, t_alone, t_both, found[0])
