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
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from itertools import accumulate, repeat
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
    """jieba's split of each word (the reference: ``_rjieba`` applies it only where it may split)."""
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


# A run of ASCII letters and digits (the characters _SKIP keeps together).
_ALNUM = re.compile(r"[a-zA-Z0-9]+")


def _split_as_jieba(text: str, words: list[str]) -> list[str]:
    """``list(_as_jieba(words))`` for the words that tile ``text``, looking at a few words only.

    ``_as_jieba`` changes a word only when it holds no Han character, an ASCII letter or
    digit, and some other character (a word without a letter or digit is one _SKIP piece
    or none, one of letters and digits alone matches _SKIP whole).  Such a word holds a
    letter or digit next to one of its other characters, so it holds the first or the last
    character of a run of letters and digits of the text and reaches past that run: the
    words at the two ends of each run are the only ones to look at.  Running the generator
    over every word cost more than rjieba's own cut (most words are Han)."""
    bounds: list[int] | None = None
    todo: set[int] = set()
    for m in _ALNUM.finditer(text):
        s, e = m.span()
        if bounds is None:
            bounds = list(accumulate(map(len, words), initial=0))
        i = bisect_right(bounds, s) - 1  # the word holding the run's first character
        if bounds[i] < s or bounds[i + 1] > e:
            todo.add(i)
        j = bisect_right(bounds, e - 1) - 1  # the word holding its last one
        if j != i and bounds[j + 1] > e:
            todo.add(j)
    for i in sorted(todo, reverse=True):  # (from the end: a split moves the words after it)
        words[i : i + 1] = _as_jieba((words[i],))
    return words


def _rjieba() -> Callable[[str], list[str]]:
    import rjieba

    seg = rjieba.Jieba()
    for word, freq, tag in _domain_words():
        seg.add_word(word, freq, tag)
    return lambda text: _split_as_jieba(text, seg.cut(text, True))


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


def _protected(text: str) -> Iterator[re.Match[str]]:
    """``_PROTECT.finditer(text)``.  Without a ``+`` only the quoted names can match, each right
    after a ``“``: matched there alone (the pattern opens with a look-behind and a repeat, so
    the engine tries all of it at every position of the text, more than rjieba's cut costs)."""
    if "+" in text:
        yield from _PROTECT.finditer(text)
        return
    q = text.find("“")
    while q >= 0:
        m = _PROTECT.match(text, q + 1)
        if m is not None:
            yield m
        q = text.find("“", q + 1 if m is None else m.end())


def segment(text: str, *, engine: str | None = None) -> Iterator[Token]:
    """Tokens of ``text`` with their offsets; ``engine`` overrides the environment's choice."""
    return iter(tokens(text, engine=engine))


def tokens(text: str, *, engine: str | None = None) -> list[Token]:
    """``list(segment(text))``: the words of each stretch between protected spans and the
    spans themselves, in order, then their offsets in one pass (the words tile the text)."""
    cut = _engine(engine)[1]
    if "+" not in text and "“" not in text:  # (no protected span: each needs one of them)
        words = cut(text) if text else []
    else:
        words = []
        pos = 0
        for m in _protected(text):
            s, e = m.span()
            if pos < s:
                words += cut(text[pos:s])
            words.append(m.group())
            pos = e
        if pos < len(text):
            words += cut(text[pos:])
    bounds = list(accumulate(map(len, words), initial=0))
    # tuple.__new__ called from C (a NamedTuple's own __new__ is a Python function: most of
    # the time it took to wrap a word; bounds holds one more: its end)
    return list(map(tuple.__new__, repeat(Token), zip(words, bounds, bounds[1:], strict=False)))
