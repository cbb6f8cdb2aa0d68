"""The progress bar (tqdm, on standard error, only on a terminal by default).

When the size of the inputs is known (files, folders, standard input
redirected from a file) the bar counts bytes read of the total and so shows a
percentage and an ETA, whatever the article sizes; articles/s, written and
failed ride along.  Otherwise (a pipe, or ``--limit``) it counts articles.
Rates count this run's work only: a resumed run starts from its checkpoint.
"""

from __future__ import annotations

import os
import stat
import sys
import threading
import time

from .readers import kind_of
from .state import Counters

STDIN_NAMES = ("-", "<stdin>")


class ByteMeter:
    """Bytes of the inputs read so far, of their total.

    Files are done when reading moves to the next one; inside the file being
    read, the position of the descriptor open on it (Linux's
    ``/proc/self/fdinfo``; elsewhere the bar moves file by file), which for a
    compressed file or an archive is the compressed bytes read, the same unit
    as its size on disk.  Folders are sized by a walk in a background thread:
    the total (and the ETA) appears when the walk ends.
    """

    def __init__(self, inputs: list[str]):
        self._total: int | None = 0
        self._sizes: dict[str, int] = {}
        self._current: str | None = None
        self._done = 0
        self._fd: int | None = None
        self.unknown = False  # True for a pipe: no total, ever
        folders = []
        for path in inputs:
            if path in STDIN_NAMES:
                st = os.fstat(0)
                if not stat.S_ISREG(st.st_mode):
                    self._total, self.unknown = None, True
                    return
                self._sizes["<stdin>"] = st.st_size
            elif os.path.isdir(path):
                folders.append(path)
            else:
                try:
                    self._sizes[path] = os.path.getsize(path)
                except OSError:
                    self._sizes[path] = 0
        files = sum(self._sizes.values())
        if not folders:
            self._total = files
            return
        self._total = None
        threading.Thread(target=self._walk, args=(folders, files), daemon=True).start()

    def _walk(self, folders: list[str], total: int) -> None:
        for folder in folders:
            for dirpath, _, filenames in os.walk(folder):
                for name in filenames:
                    if kind_of(name) is not None:  # the only files read
                        try:
                            total += os.path.getsize(os.path.join(dirpath, name))
                        except OSError:
                            pass
        self._total = total

    @property
    def total(self) -> int | None:
        return self._total

    def saw(self, path: str) -> None:
        """An item was read from ``path`` (its provenance's input)."""
        if path != self._current:
            if self._current is not None:
                self._done += self._size(self._current)
            self._current, self._fd = path, None

    def position(self) -> int:
        if self._current is None:
            return self._done
        size = self._size(self._current)
        return self._done + min(size, self._within(self._current))

    def _size(self, path: str) -> int:
        if path not in self._sizes:
            try:
                self._sizes[path] = os.path.getsize(path)
            except OSError:
                self._sizes[path] = 0
        return self._sizes[path]

    def _within(self, path: str) -> int:
        try:
            if self._fd is None:
                self._fd = 0 if path == "<stdin>" else _open_fd(path)
                if self._fd is None:
                    return 0
            with open(f"/proc/self/fdinfo/{self._fd}", encoding="ascii") as fh:
                for line in fh:
                    if line.startswith("pos:"):
                        return int(line.split()[1])
        except (OSError, ValueError):
            self._fd = None
        return 0


def _open_fd(path: str) -> int | None:
    """The descriptor this process has open on ``path`` (the reader's), if any."""
    real = os.path.realpath(path)
    for name in os.listdir("/proc/self/fd"):
        try:
            if os.readlink(f"/proc/self/fd/{name}") == real:
                return int(name)
        except OSError:
            continue
    return None


class Progress:
    # Bytes are looked up at most this often (a few system calls each), not per article.
    EVERY = 0.25

    def __init__(
        self, enabled: bool | None, initial: Counters, total: int | None = None, meter: ByteMeter | None = None
    ):
        self._bar = None
        if not self.wanted(enabled):
            return
        try:
            from tqdm import tqdm
        except ImportError:  # the bar is a comfort, not a requirement
            return

        self._meter = meter if total is None and meter is not None and not meter.unknown else None
        self._start, self._first = time.monotonic(), initial.read
        self._next = 0.0
        common = {"file": sys.stderr, "dynamic_ncols": True, "mininterval": 0.5, "smoothing": 0.1}
        if self._meter is not None:
            self._bar = tqdm(total=self._meter.total, unit="B", unit_scale=True, unit_divisor=1024, **common)
            self._shown = 0
        else:
            self._bar = tqdm(total=total, initial=initial.read, unit=" articles", **common)
            self._shown = initial.read

    @staticmethod
    def wanted(enabled: bool | None) -> bool:
        return enabled is True or (enabled is None and sys.stderr.isatty())

    def update(self, c: Counters) -> None:
        if self._bar is None:
            return
        if self._meter is None:
            self._bar.update(c.read - self._shown)
            self._shown = c.read
            if c.read % 50 == 0:
                self._bar.set_postfix(done=c.written, failed=c.failed, skipped=c.skipped, refresh=False)
            return
        now = time.monotonic()
        if now < self._next:
            return
        self._next = now + self.EVERY
        if self._bar.total is None and self._meter.total is not None:
            self._bar.total = self._meter.total
        pos = self._meter.position()
        rate = (c.read - self._first) / max(now - self._start, 1e-9)  # this run's articles only
        self._bar.set_postfix_str(
            f"{rate:.0f} articles/s, done={c.written}, failed={c.failed}, skipped={c.skipped}", refresh=False
        )
        self._bar.update(pos - self._shown)
        self._shown = pos

    def close(self, finished: bool = False) -> None:
        if self._bar is None:
            return
        if finished and self._meter is not None and self._meter.total is not None:
            self._bar.total = self._meter.total
            self._bar.update(self._meter.total - self._shown)  # the last file's descriptor is closed by now
        self._bar.close()
