"""Segmentation with jieba's dictionary and semantics, plus the domain dictionary.

Loaded once per process.  Spans jieba would split are protected and handed
over as single tokens: ``N+M`` codes (``10+5``, ``1+10+3+N``), whose ``+``
jieba's user dictionary cannot hold (fxsjy/jieba#385), and short quoted
names (``“五定”`` gives ``“`` ``五定`` ``”``: the quotes stay tokens of their own,
as jieba makes them).

The engine is rjieba (jieba-rs) when installed: the same dictionary, the same
DAG + HMM algorithm, about 10x faster.  It differs from jieba in one place:
a run of non-Han characters outside the dictionary (``30-40%``, ``AR-E3000``)
is one token in jieba-rs, while jieba splits it with its ``finalseg.re_skip``
pattern (``30`` ``-`` ``40%``); :func:`_as_jieba` applies that split, after which
the two engines agree token for token on the dev corpus and on 30,000 fuzzed
strings (benchmarks/segmentation.py measures both and counts mismatches).
Plain jieba is used when rjieba is missing, or with ``CIVICEXTRACT_SEGMENTER=jieba``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from itertools import accumulate
from typing import NamedTuple

from .resources import data_lines

_PROTECT = re.compile(r"\d+(?:\+(?:\d+|N))+|(?<=“)[^“”\n，。！？、；：,.!?;:\s]{1,12}(?=”)")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# jieba.finalseg.re_skip: how jieba splits a non-Han run it has no word for.
_SKIP = re.compile(r"([a-zA-Z0-9]+(?:\.\d+)?%?)")
# The only words of jieba's dict.txt without a Han character (tests/test_segment.py
# checks this against the installed dictionary): jieba keeps them whole.
_JIEBA_NON_HAN_WORDS = frozenset({"AT&T", "c#", "C#", "c++", "C++"})


class Token(NamedTuple):
    """A word and its offsets in the text it was cut from (a tuple: cheap to make by the thousand)."""

    text: str
    start: int
    end: int


def _domain_words() -> list[tuple[str, int, str]]:
    out = []
    for line in data_lines("domain_dict.txt"):
        word, freq, tag = line.split()
        out.append((word, int(freq), tag))
    return out


def _as_jieba(words: Iterable[str]) -> Iterator[str]:
    for w in words:
        # Most tokens start with a Han character: one comparison rules them out.
        if (
            "\u4e00" <= w[0] <= "\u9fff"
            or len(w) == 1
            or _HAN.search(w)
            or _SKIP.fullmatch(w)
            or w in _JIEBA_NON_HAN_WORDS
        ):
            yield w
        else:
            yield from (x for x in _SKIP.split(w) if x)


def _rjieba() -> Callable[[str], list[str]]:
    import rjieba

    seg = rjieba.Jieba()
    for word, freq, tag in _domain_words():
        seg.add_word(word, freq, tag)
    return lambda text: list(_as_jieba(seg.cut(text, True)))


def _jieba() -> Callable[[str], list[str]]:
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    for word, freq, tag in _domain_words():
        tk.add_word(word, freq, tag)
    tk.initialize()
    return lambda text: tk.lcut(text, HMM=True)


@cache
def _engine(choice: str | None = None) -> tuple[str, Callable[[str], list[str]]]:
    """``(name, cut)`` for the chosen engine, dictionaries loaded (once per process)."""
    choice = choice or os.environ.get("CIVICEXTRACT_SEGMENTER", "auto")
    if choice not in ("auto", "rjieba", "jieba"):
        from .errors import ArgumentError

        raise ArgumentError("CIVICEXTRACT_SEGMENTER", choice, "auto, rjieba or jieba")
    if choice in ("auto", "rjieba"):
        try:
            return "rjieba", _rjieba()
        except ImportError:
            if choice == "rjieba":
                raise
    return "jieba", _jieba()


def engine_name() -> str:
    return _engine()[0]


def segment(text: str, *, engine: str | None = None) -> Iterator[Token]:
    """Tokens of ``text`` with their offsets; ``engine`` overrides the environment's choice."""
    cut = _engine(engine)[1]
    pos = 0
    for m in _PROTECT.finditer(text):
        yield from _cut(cut, text, pos, m.start())
        yield Token(m.group(), m.start(), m.end())
        pos = m.end()
    yield from _cut(cut, text, pos, len(text))


def _cut(cut, text: str, start: int, end: int) -> list[Token]:
    if start >= end:
        return []
    words = cut(text[start:end])
    bounds = list(accumulate(map(len, words), initial=start))
    return list(map(Token, words, bounds, bounds[1:]))
