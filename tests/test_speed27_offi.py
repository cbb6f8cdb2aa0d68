"""Session 27's speed shortcuts in the officials extractor, each against the code it replaced,
on real articles: the shortcut must answer exactly as the slower form did."""

from __future__ import annotations

import json
import re
from pathlib import Path

from civicextract.extractors.officials import bare as B

_CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _texts() -> list[str]:
    out = []
    for name in ("dev.jsonl", "fit.jsonl", "seed.jsonl"):
        lines = (_CORPUS / name).read_text(encoding="utf-8").splitlines()
        out += [json.loads(line)["text"] for line in lines if line.strip()]
    return out


# the alternation bare_participants scanned with before session 27
_PROTOCOL_VERBS = re.compile("参加|陪同|出席|主持|列席|举行会谈|举行会晤|通电话")


def test_protocol_verbs_by_find_are_the_alternations_matches():
    texts = _texts()
    assert sum(bool(B._protocol_verbs(t)) for t in texts) > 30  # (the corpus holds them)
    for text in texts + ["出席出席", "举行会谈举行会晤通电话参加", "陪同陪"]:
        assert B._protocol_verbs(text) == [(m.start(), m.group()) for m in _PROTOCOL_VERBS.finditer(text)]
        assert B.protocol_hint(text) == (_PROTOCOL_VERBS.search(text) is not None)


def test_post_pattern_by_second_char_is_the_plain_tree():
    """The posts' pattern (regexrun.pair_dispatched_alternation) finds what the plain prefix tree
    behind a two-character look-ahead finds: every match of finditer, and match at every position."""
    from civicextract.extractors.officials import posts as PO
    from civicextract.regexrun import pair_dispatched_alternation

    lex = PO.lexicon()
    words = sorted(lex.official | lex.weak | lex.other, key=len, reverse=True)
    fast = pair_dispatched_alternation(words)
    assert lex.pattern.pattern.startswith(fast)
    reference = re.compile(pair_dispatched_alternation(words, fast=False) + lex.pattern.pattern[len(fast) :])
    texts = _texts()
    assert sum(len(lex.pattern.findall(t)) for t in texts) > 500
    for text in texts:
        assert [m.span() for m in lex.pattern.finditer(text)] == [m.span() for m in reference.finditer(text)]
    for text in texts[:20]:
        for i in range(len(text)):
            a, b = lex.pattern.match(text, i), reference.match(text, i)
            assert (a and a.span()) == (b and b.span())


def test_pair_dispatched_alternation_keeps_longest_first_and_backtracks():
    from civicextract.regexrun import pair_dispatched_alternation

    words = ["市长", "市长助理", "市委书记", "副市长", "长官"]
    p = re.compile(pair_dispatched_alternation(words) + "(?!期)")
    assert [m.group() for m in p.finditer("副市长助理和市委书记、市长期间长官")] == ["副市长", "市委书记", "长官"]
    assert p.match("市长助理，", 0).group() == "市长助理"  # (the longest first)
    assert p.match("市长助理期", 0).group() == "市长"  # (the look-ahead refuses it: a shorter word on backtracking)
