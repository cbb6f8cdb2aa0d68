"""The progress bar: articles/s, written, failed (tqdm, on standard error, only on a terminal by default)."""

from __future__ import annotations

import sys

from .state import Counters


class Progress:
    def __init__(self, enabled: bool | None, initial: Counters, total: int | None = None):
        self._bar = None
        if enabled is False or (enabled is None and not sys.stderr.isatty()):
            return
        try:
            from tqdm import tqdm
        except ImportError:  # the bar is a comfort, not a requirement
            return

        self._bar = tqdm(
            total=total,
            initial=initial.read,
            unit=" articles",
            file=sys.stderr,
            dynamic_ncols=True,
            mininterval=0.5,
            smoothing=0.1,
        )
        self._shown = initial.read

    def update(self, c: Counters) -> None:
        if self._bar is None:
            return
        self._bar.update(c.read - self._shown)
        self._shown = c.read
        if c.read % 50 == 0:
            self._bar.set_postfix(done=c.written, failed=c.failed, skipped=c.skipped, refresh=False)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
