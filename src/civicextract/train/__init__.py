"""Training entry points: ``python -m civicextract.train KIND [options]`` rebuilds a model in ``models/``.

Each kind is one module with a ``main(argv) -> int``; adding a kind is one line in ``TRAINERS``.
Training needs the ``train`` extra only where a module says so; the models it writes
are plain files read at run time without it.
"""

from __future__ import annotations

from importlib import import_module

# kind -> module (under civicextract.train) with main(argv) -> int
TRAINERS: dict[str, str] = {
    "programs": "programs",
    "names": "names",
}


def run(kind: str, argv: list[str]) -> int:
    if kind not in TRAINERS:
        raise SystemExit(f"unknown kind {kind!r}; one of: {', '.join(sorted(TRAINERS))}")
    return import_module(f"{__name__}.{TRAINERS[kind]}").main(argv)
