"""The resume checkpoint: a work folder inside OUTDIR that makes ``--resume`` exact.

``OUTDIR/.civicextract-run/`` holds ``manifest.json`` (what the run was asked
to do), ``articles.part.jsonl`` and ``errors.part.jsonl`` (appended strictly
in reading order) and ``checkpoint.json``: the number of items committed, the
byte length of each part file at that moment and the counters.  The
checkpoint is written only after the parts are flushed and fsynced, and
replaced atomically, so after a ``kill -9`` the parts are cut back to the
checkpointed lengths and reading restarts at the first uncommitted item:
bytes past the checkpoint are exactly the ones that will be written again.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import asdict, dataclass, field
from typing import IO, Any

WORK = ".civicextract-run"


class StateError(Exception):
    """OUTDIR cannot be used as asked (message is shown as is)."""


@dataclass
class Counters:
    read: int = 0
    written: int = 0
    skipped: int = 0
    failed: int = 0
    skipped_by_reason: dict[str, int] = field(default_factory=dict)
    failed_by_stage: dict[str, int] = field(default_factory=dict)


def atomic_write(path: str, data: bytes) -> None:
    tmp = f"{path}.tmp-{os.getpid()}"
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def fsync_dir(path: str) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class RunState:
    def __init__(self, outdir: str, manifest: dict[str, Any], *, resume: bool, force: bool, outputs: list[str]):
        self.outdir = outdir
        self.dir = os.path.join(outdir, WORK)
        self.manifest = manifest
        self.committed = 0
        self.complete = False
        self.counters = Counters()
        sizes = {"articles": 0, "errors": 0}
        if resume and os.path.exists(os.path.join(self.dir, "manifest.json")):
            self._check_manifest()
            cp = self._load("checkpoint.json") or {}
            self.committed = cp.get("committed", 0)
            self.complete = cp.get("complete", False)
            self.counters = Counters(**cp.get("counters", {}))
            sizes = cp.get("sizes", sizes)
            self.resumed = True
        else:
            if not resume and not force:
                taken = [n for n in (WORK, *outputs, "summary.json") if os.path.exists(os.path.join(outdir, n))]
                if taken:
                    hint = "pass --resume to continue it" if taken[0] == WORK else "pass --force to replace it"
                    raise StateError(f"{outdir} already holds a run ({taken[0]}); {hint}")
            shutil.rmtree(self.dir, ignore_errors=True)
            os.makedirs(self.dir)
            atomic_write(os.path.join(self.dir, "manifest.json"), _dumps(manifest))
            self.resumed = False
        self.parts: dict[str, IO[bytes]] = {}
        for name, size in sizes.items():
            path = self.part(name)
            fh = open(path, "r+b" if os.path.exists(path) else "w+b")
            fh.truncate(size)  # drop what was written after the last checkpoint
            fh.seek(size)
            self.parts[name] = fh

    def part(self, name: str) -> str:
        return os.path.join(self.dir, f"{name}.part.jsonl")

    def _load(self, name: str) -> dict[str, Any] | None:
        try:
            with open(os.path.join(self.dir, name), "rb") as fh:
                return json.load(fh)
        except FileNotFoundError:
            return None

    def _check_manifest(self) -> None:
        old = self._load("manifest.json") or {}
        for key, value in self.manifest.items():
            if old.get(key) != value:
                raise StateError(
                    f"--resume: {self.outdir} was started with a different {key} ({old.get(key)!r}, now {value!r}); start again with --force"
                )

    def write(self, name: str, line: str | bytes) -> None:
        """Append one line (``bytes`` are UTF-8 already, as the workers send them)."""
        fh = self.parts[name]
        fh.write(line if isinstance(line, bytes) else line.encode("utf-8"))
        fh.write(b"\n")

    def checkpoint(self, committed: int, *, complete: bool = False) -> None:
        sizes = {}
        for name, fh in self.parts.items():
            fh.flush()
            os.fsync(fh.fileno())
            sizes[name] = fh.tell()
        self.committed, self.complete = committed, complete
        cp = {"committed": committed, "complete": complete, "sizes": sizes, "counters": asdict(self.counters)}
        atomic_write(os.path.join(self.dir, "checkpoint.json"), _dumps(cp))

    def close(self) -> None:
        for fh in self.parts.values():
            fh.close()

    def remove(self) -> None:
        self.close()
        shutil.rmtree(self.dir, ignore_errors=True)


def _dumps(obj: Any) -> bytes:
    try:
        return (json.dumps(obj, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")
    except UnicodeEncodeError:
        # an input path with undecodable bytes (surrogates): \u escapes round-trip it exactly
        return (json.dumps(obj, indent=1, sort_keys=True) + "\n").encode("ascii")
