"""``civicextract run -``: JSON Lines from standard input, like ``civicextract extract -``.

Read as a stream with the JSONL reader (gzip or zstd input is recognised by its
first bytes, so ``zcat`` is not needed).  Line ``N`` of the input is
``<stdin>:N`` in provenance and default ids.  ``--resume`` works when the
same data is piped again: items before the checkpoint are read and passed over.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import IO, Any

from .items import Provenance
from .readers import decompressed, read_inputs, read_jsonl

STDIN = "-"
NAME = "<stdin>"

_MAGIC = {b"\x1f\x8b": ".gz", b"\x28\xb5": ".zst"}


def read_stdin(max_bytes: int, stream: IO[bytes] | None = None) -> Iterator[Any]:
    raw = stream if stream is not None else sys.stdin.buffer
    head = raw.peek(2)[:2] if hasattr(raw, "peek") else b""
    fh = decompressed(f"stdin.jsonl{_MAGIC.get(head, '')}", raw)
    yield from read_jsonl(fh, Provenance(NAME), NAME, max_bytes)


def read_all(paths: Iterable[str], **options: Any) -> Iterator[Any]:
    """``readers.read_inputs`` with ``-`` read from standard input, in the order given."""
    group: list[str] = []
    for path in paths:
        if path != STDIN:
            group.append(path)
            continue
        if group:
            yield from read_inputs(group, **options)
            group = []
        yield from read_stdin(options["max_bytes"])
    if group:
        yield from read_inputs(group, **options)
