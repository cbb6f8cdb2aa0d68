"""Where the package's data lives (``models/`` in a checkout, bundled in a wheel)."""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent
_CANDIDATES = (_HERE / "models", _HERE.parent.parent / "models")


def model_path(name: str) -> Path:
    for base in _CANDIDATES:
        p = base / name
        if p.exists():
            return p
    raise FileNotFoundError(f"civicextract data file {name!r} not found in {', '.join(map(str, _CANDIDATES))}")
