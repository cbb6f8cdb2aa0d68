"""The worker pool on its own: order-free results, workers that die idle or busy."""

from __future__ import annotations

import os
import signal
import time

from civicextract.batch.items import JSON_LINE, Provenance, RawItem
from civicextract.batch.pool import WorkerPool

KINDS = ("money",)


def item(n: int, text: str = "投资50万元") -> RawItem:
    line = f'{{"id": "a{n}", "text": "{text}"}}\n'.encode()
    return RawItem(Provenance("x.jsonl", line=n), JSON_LINE, line, default_id=f"x.jsonl:{n}")


def drain(pool: WorkerPool, expected: int) -> dict[int, tuple]:
    got: dict[int, tuple] = {}
    deadline = time.monotonic() + 60
    while len(got) < expected and time.monotonic() < deadline:
        for seq, line, error in pool.results(0.05):
            got[seq] = (line, error)
    return got


def test_every_item_comes_back_once():
    pool = WorkerPool(2, KINDS, factory="civicextract.pipeline:Pipeline", timeout=30, max_bytes=1 << 20, prefetch=3)
    try:
        sent = 0
        got: dict[int, tuple] = {}
        while sent < 40 or len(got) < 40:
            while sent < 40 and pool.has_room():
                pool.submit(sent, item(sent))
                sent += 1
            for seq, line, error in pool.results(0.05):
                assert seq not in got
                got[seq] = (line, error)
        assert sorted(got) == list(range(40)) and all(err is None for _, err in got.values())
    finally:
        pool.close()


def test_a_worker_killed_while_idle_is_replaced_without_losing_the_article():
    pool = WorkerPool(1, KINDS, factory="civicextract.pipeline:Pipeline", timeout=30, max_bytes=1 << 20)
    try:
        (pid,) = [p for p in pool.pids() if p != os.getpid()]
        os.kill(pid, signal.SIGKILL)
        time.sleep(0.2)
        pool.submit(0, item(0))
        got = drain(pool, 1)
        assert got[0][1] is None and b'"a0"' in got[0][0]
    finally:
        pool.close()


def test_a_worker_dying_inside_a_batch_blames_only_its_article():
    # 20 articles go out in batches; the worker dies on the 8th: that one is an
    # error row, the ones before and behind it (re-sent to a fresh worker) are fine.
    pool = WorkerPool(
        1, KINDS, factory="tests.test_batch_helpers:StuckPipeline", timeout=30, max_bytes=1 << 20, prefetch=16, batch=8
    )
    try:
        got: dict[int, tuple] = {}
        for n in range(20):
            while not pool.has_room():
                for seq, line, error in pool.results(0.05):
                    got[seq] = (line, error)
            pool.submit(n, item(n, "CRASH" if n == 7 else "投资50万元"))
        got.update(drain(pool, 20 - len(got)))
        assert sorted(got) == list(range(20))
        assert got[7][0] is None and got[7][1]["error_type"] == "WorkerDied"
        assert all(got[n][1] is None and f'"a{n}"'.encode() in got[n][0] for n in range(20) if n != 7)
    finally:
        pool.close()


def test_the_time_limit_is_not_swallowed_by_an_extractor_that_catches_exception():
    # officials and programs turn any Exception on messy text into "no records":
    # the limit must still end the article (it was written with records missing).
    from civicextract.batch.items import TEXT
    from civicextract.batch.work import process

    class Swallowing:
        def extract(self, text, *, id=None):
            try:
                time.sleep(5)
            except Exception:  # noqa: BLE001 - what the extractors do
                pass
            raise AssertionError("extraction went on past the time limit")

    raw = RawItem(Provenance("x.txt"), TEXT, "财政投入50万元".encode(), default_id="x.txt")
    line, error = process(raw, Swallowing(), timeout=0.2)
    assert line is None and (error["stage"], error["error_type"]) == ("extract", "Timeout")
