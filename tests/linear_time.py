"""Growth checks: a step is linear when 4x the input costs about 4x the CPU time.

No wall-clock limit (machines differ); the ratio of the best of a few CPU-time
runs at n and at 4n is compared with a bound halfway between linear (4) and
quadratic (16) in log scale, so a quadratic step fails whatever the machine.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

LINEAR_BOUND = 8.0


@contextmanager
def collector_off() -> Iterator[None]:
    """The garbage collector off while timing: its full passes cost in proportion to every object
    alive in the test session, so one landing in the larger run alone reads as growth the algorithm
    does not have (a fresh-clone CI run read 8.5x for a step that measures 4.2x)."""
    gc.collect()
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _best_time(fn: Callable[[str], object], text: str, repeat: int) -> float:
    best = float("inf")
    with collector_off():
        for _ in range(repeat):
            t0 = time.process_time()
            fn(text)
            best = min(best, time.process_time() - t0)
    return best


def growth(fn: Callable[[str], object], unit: str, n: int, *, repeat: int = 5, floor: float = 0.02) -> float:
    """CPU time of ``fn`` on ``unit`` repeated to 4n characters over that at n characters.
    ``n`` doubles until the smaller run takes ``floor`` seconds: a run of a few milliseconds is
    mostly the machine's noise (a 4 ms one read 8.2x once for a step that measures 4-5x)."""
    small = unit * max(1, n // len(unit))
    fn(small)  # warm caches and lazy lexicons outside the timing
    while n < 2_000_000 and _best_time(fn, small, 1) < floor:
        n *= 2
        small = unit * max(1, n // len(unit))
    large = unit * max(1, 4 * n // len(unit))
    return _best_time(fn, large, repeat) / max(_best_time(fn, small, repeat), 1e-6)
