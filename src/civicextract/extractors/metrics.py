"""metrics extraction — not built yet (see the issue tracker); yields nothing."""

from __future__ import annotations


def extract(doc) -> list:
    return []
