"""Session 28 (programmes speed): the suffix tests written as ``str.endswith`` say what the anchored
searches they replace said, on real corpus strings; the national gate's substring tests agree with its
search; a candidate is still built and compared as before."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from civicextract.extractors.programs import candidates as C
from civicextract.extractors.programs import recall
from civicextract.extractors.programs.lexicon import lexicon

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _texts() -> list[str]:
    return [json.loads(line)["text"] for f in ("dev.jsonl", "fit.jsonl") for line in (CORPUS / f).open(encoding="utf-8") if line.strip()]


def _samples() -> list[str]:
    """Every quoted core and every clause tail of up to twelve characters, with and without a final newline."""
    out: list[str] = []
    for text in _texts()[:60]:
        out.extend(m.group(m.lastindex or 0) for m in C.QUOTE.finditer(text))
        for clause in re.split(r"[，。；：、]", text):
            out.extend((clause[-12:], clause[-12:] + "\n", clause[-3:]))
    return [s for s in out if s is not None]


@pytest.mark.parametrize(
    "pattern",
    [C.NOT_A_NAME, C.PROBLEMS, C.COMPLETE, C.SCOPE_END, C._LAUNCHED, lexicon().head_end_re, re.compile("(?:城市群|经济区)$")],
)
def test_ends_with_word_is_the_anchored_search(pattern: re.Pattern[str]) -> None:
    words = lexicon().heads_any if pattern is lexicon().head_end_re else C.end_words(pattern)
    hits = 0
    for s in [*_samples(), "", "\n", "专项行动\n", "行动\n\n"]:
        assert C.ends_with_word(s, words) == (pattern.search(s) is not None), (pattern.pattern, s)
        hits += pattern.search(s) is not None
    assert hits or pattern.pattern.startswith("(?:城市群")


def test_end_words_reads_only_alternations_of_words() -> None:
    assert C.end_words(re.compile("(?:厅|集团)$")) == ("厅", "集团")
    with pytest.raises(ValueError):
        C.end_words(re.compile("[厅馆]$"))
    with pytest.raises(ValueError):
        C.end_words(re.compile("(?:a.|b)$"))


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
