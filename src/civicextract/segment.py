"""Segmentation with jieba's dictionary and semantics, plus the domain dictionary.

Loaded once per process.  Spans jieba would split are protected and handed
over as single tokens: ``N+M`` codes (``10+5``, ``1+10+3+N``), whose ``+``
jieba's user dictionary cannot hold (fxsjy/jieba#385), and short quoted
names (``“五定”``).

The engine is rjieba (jieba-rs) when installed: the same dictionary, the same
DAG + HMM algorithm, about 18x faster (benchmarks/segmentation.py checks it
token for token against jieba on the corpus); plain jieba otherwise, or when
``CIVICEXTRACT_SEGMENTER=jieba``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from .resources import model_path

_PROTECT = re.compile(r"\d+(?:\+(?:\d+|N))+|“[^“”\n]{1,12}”")


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int


def _domain_words() -> list[tuple[str, int, str]]:
    out = []
    for line in model_path("domain_dict.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            word, freq, tag = line.split()
            out.append((word, int(freq), tag))
    return out


@lru_cache(maxsize=1)
def _engine():
    """Return ``(name, cut)`` for the chosen engine, dictionaries loaded."""
    choice = os.environ.get("CIVICEXTRACT_SEGMENTER", "auto")
    if choice in ("auto", "rjieba"):
        try:
            import rjieba

            seg = rjieba.Jieba()
            for word, freq, tag in _domain_words():
                seg.add_word(word, freq, tag)
            return "rjieba", lambda text: seg.cut(text, True)
        except ImportError:
            if choice == "rjieba":
                raise
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    for word, freq, tag in _domain_words():
        tk.add_word(word, freq, tag)
    return "jieba", lambda text: tk.lcut(text, HMM=True)


def engine_name() -> str:
    return _engine()[0]


def segment(text: str) -> Iterator[Token]:
    cut = _engine()[1]
    pos = 0
    for m in _PROTECT.finditer(text):
        yield from _cut(cut, text, pos, m.start())
        yield Token(m.group(), m.start(), m.end())
        pos = m.end()
    yield from _cut(cut, text, pos, len(text))


def _cut(cut, text: str, start: int, end: int) -> Iterator[Token]:
    if start >= end:
        return
    pos = start
    for word in cut(text[start:end]):
        yield Token(word, pos, pos + len(word))
        pos += len(word)
