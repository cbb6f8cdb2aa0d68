"""What the benchmark scripts share: the corpus, repeated to a size, and a CPU-time best-of."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path


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
