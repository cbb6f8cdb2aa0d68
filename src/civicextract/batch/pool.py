"""Worker processes for extraction, with a per-article time limit that holds.

Why not ``multiprocessing.Pool``: its task feeder drains the whole input
iterator (unbounded memory on a crawl), and a worker stuck in C code cannot be
stopped without breaking the pool.  Here the caller submits only while
:meth:`WorkerPool.has_room`, each worker loads the pipeline once, and a worker
that overruns ``timeout`` despite SIGALRM is killed and replaced; its article
becomes an error row and the articles queued behind it are sent elsewhere.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import queue
import signal
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any

from .items import RawItem
from .work import error_row, load_pipeline, process

Result = tuple[int, str | None, dict | None]


def _worker_main(
    tasks: Connection,
    results: Connection,
    kinds: tuple[str, ...],
    factory: str,
    timeout: float | None,
    max_bytes: int,
    parent: int,
) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    pipeline = load_pipeline(kinds, factory)
    inbox: queue.SimpleQueue = queue.SimpleQueue()

    def receive() -> None:
        # A separate reader thread keeps the task pipe drained, so the parent
        # never blocks sending while this process blocks sending a result.
        # It also ends the process when the parent is gone (kill -9 leaves no
        # one to send the stop sentinel, and forked siblings keep pipes open).
        try:
            while True:
                if tasks.poll(1.0):
                    task = tasks.recv()
                    inbox.put(task)
                    if task is None:
                        return
                elif os.getppid() != parent:
                    os._exit(0)
        except (EOFError, OSError):
            inbox.put(None)

    threading.Thread(target=receive, daemon=True).start()
    while (task := inbox.get()) is not None:
        seq, item = task
        line, error = process(item, pipeline, timeout=timeout, max_bytes=max_bytes)
        results.send((seq, line, error))


@dataclass
class _Worker:
    process: Any
    tasks: Connection
    results: Connection
    inflight: deque = field(default_factory=deque)  # (seq, item), in the order the worker takes them
    bytes: int = 0
    busy_since: float = 0.0  # when the worker started the first in-flight item


class WorkerPool:
    def __init__(
        self,
        jobs: int,
        kinds: tuple[str, ...],
        *,
        factory: str,
        timeout: float | None,
        max_bytes: int,
        # Enough queued work that a worker never idles while the parent waits for
        # a core (3 processes on 2 cores); the byte budget bounds memory instead.
        prefetch: int = 32,
        byte_budget: int = 32 << 20,
    ):
        self._args = (kinds, factory, timeout, max_bytes)
        self.timeout = timeout
        # SIGALRM fires first; the kill is the backstop for code that never checks signals.
        self._grace = None if not timeout else timeout + max(2.0, timeout * 0.5)
        self.prefetch, self.byte_budget = prefetch, byte_budget
        method = "fork" if sys.platform.startswith("linux") else "spawn"
        self._ctx = mp.get_context(method)
        self._workers = [self._start() for _ in range(jobs)]
        self._retry: deque = deque()

    def _start(self) -> _Worker:
        task_r, task_w = self._ctx.Pipe(duplex=False)
        res_r, res_w = self._ctx.Pipe(duplex=False)
        proc = self._ctx.Process(target=_worker_main, args=(task_r, res_w, *self._args, os.getpid()), daemon=True)
        proc.start()
        task_r.close()
        res_w.close()
        return _Worker(proc, task_w, res_r)

    def outstanding(self) -> int:
        return sum(len(w.inflight) for w in self._workers) + len(self._retry)

    def has_room(self) -> bool:
        return any(self._room(w) for w in self._workers)

    def _room(self, w: _Worker) -> bool:
        return not w.inflight or (len(w.inflight) < self.prefetch and w.bytes < self.byte_budget)

    def submit(self, seq: int, item: RawItem) -> None:
        w = min(self._workers, key=lambda w: (len(w.inflight), w.bytes))
        self._send(w, seq, item)

    def _send(self, w: _Worker, seq: int, item: RawItem) -> None:
        idle = not w.inflight
        if idle:
            w.busy_since = time.monotonic()
        w.inflight.append((seq, item))
        w.bytes += len(item.payload)
        try:
            w.tasks.send((seq, item))
        except OSError:  # BrokenPipeError: the worker is dead
            if not idle:
                return  # its results pipe reports the death, with the article it died on
            # it died idle (killed from outside): nothing was lost, start another
            w.inflight.clear()
            self._send(self._restart(w), seq, item)

    def _restart(self, w: _Worker) -> _Worker:
        w.process.kill()
        w.process.join()
        w.tasks.close()
        w.results.close()
        fresh = self._start()
        self._workers[self._workers.index(w)] = fresh
        return fresh

    def results(self, wait_s: float) -> list[Result]:
        while self._retry and self.has_room():
            self.submit(*self._retry.popleft())
        out: list[Result] = []
        busy = {w.results: w for w in self._workers if w.inflight}
        if not busy:
            return out
        for conn in wait(list(busy), timeout=wait_s):
            w = busy[conn]  # type: ignore[index]
            try:
                while conn.poll():
                    seq, line, error = conn.recv()
                    _, item = w.inflight.popleft()
                    w.bytes -= len(item.payload)
                    w.busy_since = time.monotonic()
                    out.append((seq, line, error))
            except (EOFError, OSError):
                w.process.join(5)  # for its exit code
                out.extend(
                    self._replace(
                        w,
                        "WorkerDied",
                        f"the worker process died (exit code {w.process.exitcode}) while extracting this article",
                    )
                )
        if self._grace:
            now = time.monotonic()
            for w in list(self._workers):
                if w.inflight and now - w.busy_since > self._grace:
                    out.extend(
                        self._replace(w, "Timeout", f"extraction took longer than {self.timeout:g} s (worker stopped)")
                    )
        return out

    def _replace(self, w: _Worker, error_type: str, problem: str) -> list[Result]:
        self._restart(w)
        if not w.inflight:
            return []
        (seq, item), rest = w.inflight[0], list(w.inflight)[1:]
        self._retry.extendleft(reversed(rest))
        return [(seq, None, error_row(item.prov, "extract", error_type, problem, item.default_id))]

    def close(self) -> None:
        for w in self._workers:
            try:
                w.tasks.send(None)
                w.tasks.close()
            except OSError:
                pass
        deadline = time.monotonic() + 5
        for w in self._workers:
            w.process.join(max(0.0, deadline - time.monotonic()))
            if w.process.is_alive():
                w.process.kill()
                w.process.join()
            w.results.close()

    def terminate(self) -> None:
        for w in self._workers:
            w.process.kill()
        for w in self._workers:
            w.process.join()

    def pids(self) -> list[int]:
        return [w.process.pid for w in self._workers if w.process.pid] + [os.getpid()]
