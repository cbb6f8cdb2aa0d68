"""The package's data files (``models/`` in a checkout, bundled in a wheel) and
the two things every lexicon does with them: read their lines, and turn a word
list into a regex alternation."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

_HERE = Path(__file__).resolve().parent
_CANDIDATES = (_HERE / "models", _HERE.parent.parent / "models")


def model_path(name: str) -> Path:
    for base in _CANDIDATES:
        p = base / name
        if p.exists():
            return p
    raise FileNotFoundError(f"civicextract data file {name!r} not found in {', '.join(map(str, _CANDIDATES))}")


def data_lines(name: str) -> list[str]:
    """The lines of a data file that carry data: not blank, not a ``#`` comment."""
    text = model_path(name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def alternation(words: Iterable[str]) -> str:
    """``a|b|…`` of the escaped words, longest first, so the longest one at a position wins."""
    return "|".join(re.escape(w) for w in sorted(dict.fromkeys(words), key=len, reverse=True))


def trie_alternation(words: Iterable[str]) -> str:
    """What ``alternation(words)`` matches, as a prefix tree: ``开(?:展了?|始了)`` for 开展了|开展|开始了.

    The words matching at one position are prefixes of one another, so both forms
    try them longest first, also on backtracking: the same matches.  The tree tests
    a position's first character once instead of once per word.
    """
    words = list(dict.fromkeys(words))
    if not words or "" in words:
        return alternation(words)
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = None

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return "(?:" + emit(trie) + ")"
