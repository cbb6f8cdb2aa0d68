"""Programmes: a character CRF that proposes names the rule finders never proposed (issue 10).

The rule finders and the learned scorer (``scorer.py``) choose among candidates; a name no finder
proposes is a recall loss no scorer wins back (benchmarks/programs_coverage.py).  This tagger
labels characters B/I (a programme name), BO/IO (an optional name) or O with a linear-chain CRF
(CRFsuite) trained on every annotated programme set (``python benchmarks/programs_tagger_train.py``),
so it can propose a span of any shape.

Not wired into the extractor: round 13's grouped cross-validation (benchmarks/programs_tagger.md)
found it short of the gain asked, at several times the pipeline's cost per character.  It lives
here, beside its trainer and benchmarks/programs_tagger_cv.py, not in the package: to repeat the
experiment on more data.

It reads only sentences with a cue (a programme word, a quote mark, a known or strategy name): over
the annotated sets those are 59 % of the text and hold 1094 of the 1158 gold names located.  Its
features are built a character at a time in Python (about 3.7 µs per character of dev + fit on one
core, tagging included), which is why a cheaper gate would be the first work if it is ever wired in.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple

from civicextract.extractors.programs.lexicon import Lexicon
from civicextract.resources import trie_alternation

MODEL_FILE = "programs_tagger.crfsuite"
MAX_SENTENCE = 200  # characters; a longer "sentence" (a table, a list without stops) is cut in windows
_SENTENCE = re.compile(r"[^。！？；\n]+[。！？；]?")
_QUOTE_OPEN = "“‘「『"
_QUOTE_CLOSE = "”’」』"
_QUOTES = re.compile(r"[“”‘’\"「」『』]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_NUM = re.compile(r"[0-9０-９一二三四五六七八九十百千万两]")
_LATIN = re.compile(r"[A-Za-z]")


class Span(NamedTuple):
    start: int
    end: int
    score: float  # the smallest marginal of the labels along the span (the weakest link)


def _kind(ch: str) -> str:
    if _HAN.match(ch):
        return "N" if _NUM.match(ch) else "H"
    if ch.isdigit():
        return "D"
    if _LATIN.match(ch):
        return "L"
    if ch in _QUOTE_OPEN:
        return "QO"
    if ch in _QUOTE_CLOSE:
        return "QC"
    return "P"


_CACHE: dict[tuple[str, int], object] = {}  # (what, id of the lexicon) -> its pattern (the lexicon is loaded once)


def _cue_re(lex: Lexicon) -> re.Pattern[str]:
    key = ("cue", id(lex))
    if key in _CACHE:
        return _CACHE[key]  # type: ignore[return-value]
    parts = [lex.head_re.pattern, '[“”‘’"「」『』]']
    if lex.known_re is not None:
        parts.append(lex.known_re.pattern)
    if lex.national:
        parts.append(trie_alternation(lex.national))
    _CACHE[key] = pat = re.compile("|".join(f"(?:{p})" for p in parts))
    return pat


def _national_re(lex: Lexicon) -> re.Pattern[str] | None:
    key = ("national", id(lex))
    if key not in _CACHE:
        _CACHE[key] = re.compile(trie_alternation(lex.national)) if lex.national else None
    return _CACHE[key]  # type: ignore[return-value]


def windows(text: str, lex: Lexicon, *, cued: bool = True) -> list[tuple[int, int]]:
    """The sentences the tagger reads: those with a cue (all of them when ``cued`` is false)."""
    cue = _cue_re(lex)
    out = []
    for m in _SENTENCE.finditer(text):
        s, e = m.span()
        if cued and cue.search(text, s, e) is None:
            continue
        while e - s > MAX_SENTENCE:
            out.append((s, s + MAX_SENTENCE))
            s += MAX_SENTENCE
        out.append((s, e))
    return out


def _marks(n: int, matches, prefix: str, feats: list[list[str]], s: int) -> None:
    for m in matches:
        a, b = m.start() - s, m.end() - s
        if b <= a:
            continue
        if b - a == 1:
            feats[a].append(prefix + "S")
            continue
        feats[a].append(prefix + "B")
        for k in range(a + 1, b - 1):
            feats[k].append(prefix + "I")
        feats[b - 1].append(prefix + "E")


def features(text: str, s: int, e: int, lex: Lexicon, words: list[str] | None = None) -> list[list[str]]:
    """The features of each character of ``text[s:e]`` (``words``: its jieba words, if cut)."""
    sent = text[s:e]
    n = len(sent)
    pad = "^^" + sent + "$$"
    kinds = [_kind(c) for c in sent]
    feats: list[list[str]] = []
    depth = 0
    for i, c in enumerate(sent):
        j = i + 2
        p1, p2, n1, n2 = pad[j - 1], pad[j - 2], pad[j + 1], pad[j + 2]
        f = [
            "bias",
            "c=" + c,
            "c-1=" + p1,
            "c-2=" + p2,
            "c+1=" + n1,
            "c+2=" + n2,
            "b-1=" + p1 + c,
            "b+1=" + c + n1,
            "t-1=" + p2 + p1 + c,
            "t+1=" + c + n1 + n2,
            "k=" + kinds[i],
            "kk=" + (kinds[i - 1] if i else "^") + kinds[i] + (kinds[i + 1] if i + 1 < n else "$"),
        ]
        if c in _QUOTE_OPEN:
            depth += 1
        elif c in _QUOTE_CLOSE:
            depth = max(0, depth - 1)
        elif depth:
            f.append("inq")
        feats.append(f)
    _marks(n, lex.head_re.finditer(sent), "hw", feats, 0)
    if lex.known_re is not None:
        _marks(n, lex.known_re.finditer(sent), "kn", feats, 0)
    nat = _national_re(lex)
    if nat is not None:
        _marks(n, nat.finditer(sent), "na", feats, 0)
    # how far the next programme word ends to the right (a name's left edge is a guess the rules make)
    ends = [m.end() for m in lex.head_re.finditer(sent)]
    for i in range(n):
        k = bisect_left(ends, i + 1)
        if k < len(ends):
            d = ends[k] - i
            feats[i].append("hd=" + ("1" if d <= 2 else "2" if d <= 4 else "3" if d <= 8 else "4" if d <= 16 else "5"))
    if words is not None:
        i = 0
        for w in words:
            m = len(w)
            if m == 1:
                feats[i].append("w=S")
            else:
                feats[i].append("w=B")
                for k in range(i + 1, i + m - 1):
                    feats[k].append("w=M")
                feats[i + m - 1].append("w=E")
            if 2 <= m <= 4:
                for k in range(i, i + m):
                    feats[k].append("wd=" + w)
            i += m
    return feats


def decode(tagger, labels: list[str], s: int) -> list[Span]:
    """The B/I spans of a tagged window, each with its weakest marginal, in text coordinates."""
    out = []
    start = None
    low = 1.0
    for i, y in enumerate(labels + ["O"]):
        if start is not None and y != "I":
            out.append(Span(s + start, s + i, low))
            start = None
        if y == "B" or (y == "I" and start is None):
            start, low = i, 1.0
        if start is not None:
            low = min(low, tagger.marginal(y, i))
    return out


def clean_name(surface: str) -> str:
    """A programme name from a tagged surface: the spec's names carry no quote marks."""
    return _QUOTES.sub("", surface).strip()
