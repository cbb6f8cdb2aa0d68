"""Worker processes for extraction, with a per-article time limit that holds.

Why not ``multiprocessing.Pool``: its task feeder drains the whole input
iterator (unbounded memory on a crawl), and a worker stuck in C code cannot be
stopped without breaking the pool.  Here the caller submits only while
:meth:`WorkerPool.has_room`, each worker loads the pipeline once, and a worker
that overruns ``timeout`` despite SIGALRM is killed and replaced; its article
becomes an error row and the articles queued behind it are sent elsewhere.

The parent shares the cores with the workers, so its per-article cost is kept
small: tasks go out in batches of plain tuples (one pickle and one write per
batch, no dataclass pickling), and each worker answers with length-prefixed
frames on a raw pipe holding the finished JSON line as UTF-8 bytes, which the
parent reads many at a time with one ``os.read`` and writes out unchanged.
A worker extracts the tasks of one message together (``work.process_many``:
each stage over all of them: 9-18 % less CPU per article), then sends their
results one by one.  When a worker dies, the article it died on is the first
one without a result if that article came in a message of its own; if it came
with others, they all go again, each alone, and the one that stops a worker
again is named.
"""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import queue
import select
import signal
import struct
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import Any

from .items import Provenance, RawItem
from .work import batch_extractor, error_row, item_id, load_pipeline, process, process_many

# (seq, JSON line as UTF-8 bytes, None) or (seq, None, error row)
Result = tuple[int, bytes | None, dict | None]

# A result frame: body length, seq, kind (0: JSON line, 1: error row as JSON), then the body.
_HEAD = struct.Struct("<IqB")
_LINE, _ERROR = 0, 1


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _worker_main(
    tasks: Connection,
    results: int,
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
                    batch = tasks.recv()
                    inbox.put(batch)
                    if batch is None:
                        return
                elif os.getppid() != parent:
                    os._exit(0)
        except (EOFError, OSError):
            inbox.put(None)

    threading.Thread(target=receive, daemon=True).start()
    batched = batch_extractor(pipeline) is not None
    while (batch := inbox.get()) is not None:
        items = [
            RawItem(Provenance(*prov), fmt, payload, charset, default_id)
            for _, fmt, payload, charset, default_id, prov in batch
        ]
        if batched and len(items) > 1:
            # The tasks of one message extracted together (each stage over them all);
            # the parent knows they were, should this process die in their midst.
            outcomes = process_many(items, pipeline, timeout=timeout, max_bytes=max_bytes)
        else:
            outcomes = (process(item, pipeline, timeout=timeout, max_bytes=max_bytes) for item in items)
        for (seq, *_), (line, error) in zip(batch, outcomes, strict=True):
            if line is not None:
                body, kind = line.encode("utf-8"), _LINE
            else:
                body, kind = json.dumps(error, ensure_ascii=False).encode("utf-8"), _ERROR
            _write_all(results, _HEAD.pack(len(body), seq, kind) + body)


@dataclass
class _Worker:
    process: Any
    tasks: Connection
    results: int  # read end of the raw results pipe
    inflight: deque = field(default_factory=deque)  # (seq, item), in the order the worker takes them
    outbox: list = field(default_factory=list)  # tasks submitted but not yet sent (the tail of inflight)
    buf: bytearray = field(default_factory=bytearray)  # result bytes not yet a whole frame
    bytes: int = 0
    busy_since: float = 0.0  # when the worker started the first in-flight item


class WorkerPool:
    NAP = 0.01

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
        # Tasks per message: a worker is topped up once it is down to prefetch - batch.
        batch: int = 16,
    ):
        self._args = (kinds, factory, timeout, max_bytes)
        self.timeout = timeout
        # SIGALRM fires first; the kill is the backstop for code that never checks signals.
        self._grace = None if not timeout else timeout + max(2.0, timeout * 0.5)
        self.prefetch, self.byte_budget = prefetch, byte_budget
        self.batch = max(1, min(batch, prefetch // 2 or 1))
        method = "fork" if sys.platform.startswith("linux") else "spawn"
        self._ctx = mp.get_context(method)
        self._poll = select.poll()
        self._by_fd: dict[int, _Worker] = {}
        self._workers = [self._start() for _ in range(jobs)]
        self._retry: deque = deque()  # (seq, item) to send again, each in a message of its own
        self._alone: set[int] = set()  # in-flight seqs sent in a message of their own
        self._filling: _Worker | None = None
        self._count = 0  # items in flight over all workers
        self._chunk = bytearray(1 << 20)  # read buffer, reused (os.read would allocate 1 MB a call)
        self._view = memoryview(self._chunk)

    def _start(self) -> _Worker:
        task_r, task_w = self._ctx.Pipe(duplex=False)
        res_r, res_w = os.pipe()
        os.set_blocking(res_r, False)
        proc = self._ctx.Process(target=_worker_main, args=(task_r, res_w, *self._args, os.getpid()), daemon=True)
        proc.start()
        task_r.close()
        os.close(res_w)
        w = _Worker(proc, task_w, res_r)
        self._by_fd[res_r] = w
        self._poll.register(res_r, select.POLLIN)
        return w

    def outstanding(self) -> int:
        return self._count + len(self._retry)

    def has_room(self) -> bool:
        w = self._filling
        if w is not None and len(w.inflight) < self.prefetch and w.bytes < self.byte_budget:
            return True
        if w is not None and w.outbox:
            self._flush(w)
        low = self.prefetch - self.batch
        best = None
        for w in self._workers:
            if not w.inflight or (len(w.inflight) <= low and w.bytes < self.byte_budget):
                if best is None or len(w.inflight) < len(best.inflight):
                    best = w
        self._filling = best
        return best is not None

    def submit(self, seq: int, item: RawItem) -> None:
        w = self._filling
        if w is None or not (len(w.inflight) < self.prefetch and w.bytes < self.byte_budget):
            w = min(self._workers, key=lambda w: (len(w.inflight), w.bytes))
        if not w.inflight:
            w.busy_since = time.monotonic()
        w.inflight.append((seq, item))
        w.bytes += len(item.payload)
        self._count += 1
        p = item.prov
        prov = (p.input, p.member, p.line, p.url, p.warc_record_id, p.fetch_date)
        w.outbox.append((seq, item.fmt, item.payload, item.charset, item.default_id, prov))
        if len(w.outbox) >= self.batch:
            self._flush(w)

    def flush(self) -> None:
        """Send every submitted task (results() does this first)."""
        for w in self._workers:
            if w.outbox:
                self._flush(w)

    def _flush(self, w: _Worker) -> None:
        batch, w.outbox = w.outbox, []
        if len(batch) == 1:
            self._alone.add(batch[0][0])
        idle = len(w.inflight) == len(batch)  # nothing sent before this batch is unfinished
        try:
            w.tasks.send(batch)
        except OSError:  # BrokenPipeError: the worker is dead
            if not idle:
                return  # its results pipe reports the death, with the article it died on
            # it died idle (killed from outside): nothing was lost, start another
            items = list(w.inflight)
            self._forget(w)
            fresh = self._restart(w)
            for seq, item in items:
                self._filling = fresh
                self.submit(seq, item)
            if fresh.outbox:
                self._flush(fresh)

    def _forget(self, w: _Worker) -> None:
        self._count -= len(w.inflight)
        w.inflight.clear()
        w.outbox = []
        w.bytes = 0

    def _restart(self, w: _Worker) -> _Worker:
        w.process.kill()
        w.process.join()
        w.tasks.close()
        self._poll.unregister(w.results)
        del self._by_fd[w.results]
        os.close(w.results)
        fresh = self._start()
        self._workers[self._workers.index(w)] = fresh
        if self._filling is w:
            self._filling = None
        return fresh

    def results(self, wait_s: float) -> list[Result]:
        while self._retry and self.has_room():
            self.flush()
            self.submit(*self._retry.popleft())
            self.flush()  # (alone: see _replace)
        self.flush()
        out: list[Result] = []
        if not self._count:
            return out
        if wait_s and all(len(w.inflight) >= self.batch for w in self._workers):
            # Every worker has a full batch queued: nap and take several results
            # per wake-up instead of waking for each one (the parent's CPU is
            # taken from the workers on a machine with as many cores as jobs).
            time.sleep(min(wait_s, self.NAP))
        for fd, _ in self._poll.poll(int(wait_s * 1000)):
            w = self._by_fd.get(fd)
            if w is None:
                continue
            try:
                n = os.readv(fd, [self._chunk])
            except BlockingIOError:
                continue
            except OSError:
                n = 0
            if n:
                w.buf += self._view[:n]
                self._frames(w, out)
                continue
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

    def _frames(self, w: _Worker, out: list[Result]) -> None:
        buf, pos, size = w.buf, 0, _HEAD.size
        while len(buf) - pos >= size:
            n, seq, kind = _HEAD.unpack_from(buf, pos)
            if len(buf) - pos - size < n:
                break
            body = bytes(buf[pos + size : pos + size + n])
            pos += size + n
            _, item = w.inflight.popleft()
            self._alone.discard(seq)
            w.bytes -= len(item.payload)
            self._count -= 1
            out.append((seq, body, None) if kind == _LINE else (seq, None, json.loads(body)))
        if pos:
            del buf[:pos]
            w.busy_since = time.monotonic()

    def _replace(self, w: _Worker, error_type: str, problem: str) -> list[Result]:
        items = list(w.inflight)
        self._forget(w)
        self._restart(w)
        if not items:
            return []
        (seq, item), rest = items[0], items[1:]
        if seq not in self._alone:
            # It stopped in a message of several tasks, which a worker may extract
            # together (work.process_many): the article that stopped it is not known.
            # Each goes again alone, so the one that stops a worker again is named.
            self._retry.extendleft(reversed(items))
            return []
        self._alone.discard(seq)
        self._retry.extendleft(reversed(rest))
        return [(seq, None, error_row(item.prov, "extract", error_type, problem, item_id(item)))]

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
            os.close(w.results)

    def terminate(self) -> None:
        for w in self._workers:
            w.process.kill()
        for w in self._workers:
            w.process.join()

    def pids(self) -> list[int]:
        return [w.process.pid for w in self._workers if w.process.pid] + [os.getpid()]
