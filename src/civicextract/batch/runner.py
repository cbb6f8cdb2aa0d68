"""The local engine: read in order, extract in worker processes, commit in order.

Items are numbered in reading order (``seq``).  Outcomes come back from the
workers in any order and wait in a small reorder buffer until every earlier
item is committed, so the output order never depends on timing, and at most
``jobs * prefetch`` items are ever held in memory.  A checkpoint after every
few seconds of commits is what ``--resume`` restarts from (see ``state``).
"""

from __future__ import annotations

import glob
import json
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from .dedupe import Duplicates, from_json
from .items import RawItem, ReadFailure, Skip
from .readers import fingerprint
from .state import WORK, Counters, RunState, atomic_write
from .stdin import read_all as read_inputs  # '-' is standard input
from .work import DEFAULT_FACTORY, failure_row

CHECKPOINT_SECONDS = 2.0
# Outcomes waiting behind a slow earlier article; past this, reading pauses (bounded memory).
MAX_PENDING = 1024


@dataclass
class RunConfig:
    inputs: list[str]
    outdir: str
    kinds: tuple[str, ...]
    jobs: int = 1
    timeout: float | None = 60.0
    limit: int | None = None
    max_bytes: int = 10 << 20
    formats: tuple[str, ...] = ("jsonl",)
    db: str | None = None
    resume: bool = False
    force: bool = False
    progress: bool | None = None  # None: only on a terminal
    dedupe: str = "keep-first"  # or "keep-all" (see dedupe.py)
    factory: str = DEFAULT_FACTORY
    checkpoint_every: float = CHECKPOINT_SECONDS
    follow_symlinks: bool = False  # links out of an input folder are skipped unless set

    def manifest(self) -> dict[str, Any]:
        """What must not change between a run and its resumption."""
        return {
            "inputs": [os.path.abspath(p) for p in self.inputs],
            # OUTDIR is left out: its work files change while the run reads
            "input_files": [fingerprint(p, (self.outdir,), self.follow_symlinks) for p in self.inputs],
            "follow_symlinks": self.follow_symlinks,
            "kinds": list(self.kinds),
            "limit": self.limit,
            "max_bytes": self.max_bytes,
            "timeout": self.timeout,
            "formats": list(self.formats),
            "db": self.db,
            "dedupe": self.dedupe,
            "factory": self.factory,
        }

    def outputs(self) -> list[str]:
        names = ["errors.jsonl"]
        if "jsonl" in self.formats:
            names.append("articles.jsonl")
        if "parquet" in self.formats:
            names += ["articles.parquet", "money.parquet"]
        if self.db:
            names.append(os.path.basename(self.db))
        return names


@dataclass
class RunResult:
    counters: Counters
    outdir: str
    elapsed: float
    resumed: bool
    files: list[str] = field(default_factory=list)
    duplicates: Duplicates = field(default_factory=Duplicates)
    # Items read by this process (a resumed run's earlier work excluded): what articles/s counts.
    read_now: int = 0


def run(cfg: RunConfig) -> RunResult:
    started = time.monotonic()
    os.makedirs(cfg.outdir, exist_ok=True)
    done = os.path.join(cfg.outdir, "summary.json")
    if cfg.resume and not os.path.exists(os.path.join(cfg.outdir, WORK)) and os.path.exists(done):
        # Killed after the last rename: the run is finished, its outputs stand.
        with open(done, encoding="utf-8") as fh:
            s = json.load(fh)
        counters = Counters(
            **{k: s[k] for k in ("read", "written", "skipped", "failed", "skipped_by_reason", "failed_by_stage")}
        )
        return RunResult(counters, cfg.outdir, 0.0, True, duplicates=from_json(s.get("duplicates")))
    state = RunState(cfg.outdir, cfg.manifest(), resume=cfg.resume, force=cfg.force, outputs=cfg.outputs())
    before = state.counters.read
    try:
        if not state.complete:
            _extract_all(cfg, state)
        files, counters, dups = _finalise(cfg, state)
    except BaseException:
        state.close()
        raise
    state.remove()
    elapsed = time.monotonic() - started
    return RunResult(counters, cfg.outdir, elapsed, state.resumed, files, dups, state.counters.read - before)


def _numbered(cfg: RunConfig, start: int) -> Iterator[tuple[int, RawItem | ReadFailure | Skip]]:
    items = read_inputs(cfg.inputs, max_bytes=cfg.max_bytes, exclude=(cfg.outdir,), follow_symlinks=cfg.follow_symlinks)
    for seq, item in enumerate(items):
        if cfg.limit is not None and seq >= cfg.limit:
            return
        if seq >= start:  # items before the checkpoint are re-read (cheap) but not re-extracted
            yield seq, item


def _extract_all(cfg: RunConfig, state: RunState) -> None:
    from .pool import WorkerPool
    from .progress import ByteMeter, Progress

    c = state.counters
    committed = state.committed
    pending: dict[int, tuple[bytes | None, dict | None, str | None]] = {}  # seq -> (line, error, skip reason)
    source = _numbered(cfg, committed)
    exhausted = False
    pool = WorkerPool(cfg.jobs, cfg.kinds, factory=cfg.factory, timeout=cfg.timeout, max_bytes=cfg.max_bytes)
    meter = ByteMeter(cfg.inputs) if Progress.wanted(cfg.progress) and cfg.limit is None else None
    bar = Progress(cfg.progress, initial=c, total=cfg.limit, meter=meter)
    last_cp = time.monotonic()
    try:
        while True:
            while not exhausted and pool.has_room() and len(pending) < MAX_PENDING:
                nxt = next(source, None)
                if nxt is None:
                    exhausted = True
                    break
                seq, item = nxt
                if meter is not None:
                    meter.saw(item.prov.input)
                if isinstance(item, RawItem):
                    pool.submit(seq, item)
                elif isinstance(item, Skip):
                    pending[seq] = (None, None, item.reason)
                else:
                    pending[seq] = (None, failure_row(item), None)
            busy = pool.outstanding() > 0
            for seq, line, error in pool.results(0.05 if busy and committed not in pending else 0):
                pending[seq] = (line, error, None)
            while committed in pending:
                line, error, skip = pending.pop(committed)
                _commit(state, line, error, skip)
                committed += 1
                bar.update(c)
            if time.monotonic() - last_cp >= cfg.checkpoint_every:
                state.checkpoint(committed)
                last_cp = time.monotonic()
            if exhausted and not pending and pool.outstanding() == 0:
                break
        state.checkpoint(committed, complete=True)
    except BaseException:
        pool.terminate()
        bar.close()
        raise
    pool.close()
    bar.close(finished=True)


def _commit(state: RunState, line: bytes | None, error: dict | None, skip: str | None) -> None:
    c = state.counters
    c.read += 1
    if line is not None:
        state.write("articles", line)
        c.written += 1
    elif error is not None:
        state.write("errors", json.dumps(error, ensure_ascii=False))
        c.failed += 1
        c.failed_by_stage[error["stage"]] = c.failed_by_stage.get(error["stage"], 0) + 1
    else:
        reason = (skip or "skipped").split(":")[0]
        c.skipped += 1
        c.skipped_by_reason[reason] = c.skipped_by_reason.get(reason, 0) + 1


def _finalise(cfg: RunConfig, state: RunState) -> tuple[list[str], Counters, Duplicates]:
    from .dedupe import find
    from .writers import publish_copy, write_db, write_parquet

    state.checkpoint(state.committed, complete=True)
    out = cfg.outdir
    # Temporary files of a run killed while writing these outputs (named by its pid).
    for stale in glob.glob(os.path.join(glob.escape(out), "*.tmp-[0-9]*")):
        os.remove(stale)
    # Repeated ids are found from the part file, so a resumed run finds the same ones.
    dups, articles = find(state.part("articles"), cfg.dedupe, os.path.join(state.dir, "articles.dedup.jsonl"))
    counters = deduplicated(state.counters, dups)
    files = []
    if "jsonl" in cfg.formats:
        publish_copy(articles, os.path.join(out, "articles.jsonl"))
        files.append("articles.jsonl")
    if "parquet" in cfg.formats:
        files += write_parquet(articles, out)
    if cfg.db:
        write_db(articles, state.part("errors"), cfg.db)
        files.append(cfg.db)
    publish_copy(state.part("errors"), os.path.join(out, "errors.jsonl"))
    files.append("errors.jsonl")
    summary = summary_dict(counters, cfg, dups)
    atomic_write(
        os.path.join(out, "summary.json"),
        (json.dumps(summary, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode(),
    )
    files.append("summary.json")
    return files, counters, dups


def deduplicated(c: Counters, dups: Duplicates) -> Counters:
    """The counters once ``keep-first`` has dropped repeats: they count as skipped, so read = written + skipped + failed."""
    if not dups.dropped:
        return c
    reasons = {**c.skipped_by_reason, "duplicate id": c.skipped_by_reason.get("duplicate id", 0) + dups.dropped}
    return replace(c, written=c.written - dups.dropped, skipped=c.skipped + dups.dropped, skipped_by_reason=reasons)


def summary_dict(c: Counters, cfg: RunConfig, dups: Duplicates) -> dict[str, Any]:
    # No timings or absolute paths: a resumed run must leave the same bytes as an uninterrupted one.
    return {
        "read": c.read,
        "written": c.written,
        "skipped": c.skipped,
        "failed": c.failed,
        "skipped_by_reason": dict(sorted(c.skipped_by_reason.items())),
        "failed_by_stage": dict(sorted(c.failed_by_stage.items())),
        "inputs": list(cfg.inputs),
        "kinds": list(cfg.kinds),
        "engine": "local",
        "duplicates": dups.summary(),
    }
