"""regexrun.run_start: a search for a $-anchored match from the narrowed start finds the same match."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from civicextract.extractors.money.extractor import _BACK, _tables
from civicextract.regexrun import consumed, run_start, two_char_ahead
from civicextract.resources import trie_alternation

_ALPHABET = "0123456789.,约近超过多余万亿千百十一二三人民币港元美金 \n第，。的投资"


def test_consumed_reads_literals_classes_and_categories():
    c = consumed(re.compile(r"(?:约|近)?[0-9一二]+\s?万?$|超过$"))
    assert c is not None
    assert set("约近一二万超过0") <= c.chars and c.spaces and not c.digits
    assert consumed(re.compile(r"(?:ab|\d+)$")).digits


def test_unanchored_or_unbounded_patterns_are_not_narrowed():
    assert consumed(re.compile(r"ab|c$")) is None  # the first alternative may end anywhere
    assert consumed(re.compile(r".b$")) is None
    assert consumed(re.compile(r"[^a]b$")) is None
    assert consumed(re.compile(r"\wb$")) is None
    assert consumed(re.compile(r"ab$", re.IGNORECASE)) is None
    assert consumed(re.compile(r"ab$", re.MULTILINE)) is None
    assert run_start(re.compile(r".b$"), "xxab", 0, 4) == 0


def test_run_start_stops_at_the_first_character_the_pattern_cannot_consume():
    p = re.compile(r"(?:约)?\d+万$")
    assert run_start(p, "投资约2400万", 0, 8) == 2
    assert run_start(p, "投资约2400万", 4, 8) == 4
    assert run_start(p, "投资", 0, 2) == 2


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=60), st.data())
def test_money_back_search_finds_the_same_match(text, data):
    back = _tables().back_re
    h = data.draw(st.integers(0, len(text)))
    lo = max(0, h - _BACK)
    a = back.search(text, lo, h)
    b = back.search(text, run_start(back, text, lo, h), h)
    assert (a and a.span()) == (b and b.span())


def test_two_char_ahead_needs_two_characters_in_every_word():
    assert two_char_ahead(["香港", "九龙城"]) == "(?=[九香][港龙])"
    assert two_char_ahead(["港", "九龙城"]) == ""
    assert two_char_ahead([]) == ""


_CUE_TEXT = "".join(sorted({ch for w in _tables().cue_weights for ch in w})) + "，。的在"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_CUE_TEXT, max_size=80))
def test_money_cues_match_as_without_the_look_ahead(text):
    t = _tables()
    plain = re.compile(trie_alternation(t.cue_weights))
    assert [m.span() for m in t.cues_re.finditer(text)] == [m.span() for m in plain.finditer(text)]
