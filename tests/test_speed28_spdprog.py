"""Session 28 (programmes speed): the national gate's substring tests agree with its search; a candidate
is still built and compared as before; the patterns dispatched by second character match as the prefix
trees they replace, on dev + fit."""

from __future__ import annotations

import json
import re
from pathlib import Path

from civicextract.extractors.programs import candidates as C
from civicextract.extractors.programs import recall
from civicextract.extractors.programs.lexicon import lexicon

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _texts() -> list[str]:
    return [json.loads(line)["text"] for f in ("dev.jsonl", "fit.jsonl") for line in (CORPUS / f).open(encoding="utf-8") if line.strip()]


def test_national_gate_by_substrings_is_its_search() -> None:
    lex = lexicon()
    gate = recall._national_re(lex)[1]
    for text in [*_texts(), "建设美丽中国", "书香社会", ""]:
        assert recall._gate_held(text, gate) == (recall._national_gate(lex).search(text) is not None)


def test_candidate_fields_and_equality() -> None:
    a = C.Candidate("双创", 3, 5, kind="known", known="双创")
    assert (a.name, a.start, a.end, a.core, a.kind, a.known) == ("双创", 3, 5, None, "known", "双创")
    assert a == C.Candidate("双创", 3, 5, kind="known", known="双创") != C.Candidate("双创", 3, 5)


def test_left_stops_match_as_the_prefix_tree() -> None:
    """The dispatched stop pattern finds the stops the plain tree of the words (longest first) found."""
    from civicextract.resources import trie_alternation

    tree = re.compile(trie_alternation(sorted(C._LEFT_STOP_WORDS, key=len, reverse=True)))
    for text in _texts():
        assert [m.span() for m in C.LEFT_STOPS.finditer(text)] == [m.span() for m in tree.finditer(text)]
        for k in range(0, len(text), 37):
            a, b = C.LEFT_STOPS.search(text, k, k + 24), tree.search(text, k, k + 24)
            assert (a and a.span()) == (b and b.span())


def test_dispatched_heads_and_verbs_match_as_their_trees() -> None:
    """head_re and recall's object pattern open with their words dispatched by the second character:
    the matches of the plain prefix trees (session 27's patterns)."""
    from civicextract.resources import trie_alternation

    lex = lexicon()
    heads, desc = trie_alternation(lex.heads_any), trie_alternation(lex.descriptors)
    head_tree = re.compile(rf"(?:{heads})(?:(?:{desc}){{0,2}}(?:{heads}))*")
    verb_tree = trie_alternation(recall._VERBS.split("|"))
    object_tree = re.compile(rf"{verb_tree}([^，。；：、！？\n“”‘’（）《》()\s]{{2,30}})(、?)")
    for text in _texts():
        assert [m.span() for m in lex.head_re.finditer(text)] == [m.span() for m in head_tree.finditer(text)]
        got = [(m.span(), m.span(1), m.group(2)) for m in recall._OBJECT.finditer(text)]
        assert got == [(m.span(), m.span(1), m.group(2)) for m in object_tree.finditer(text)]
