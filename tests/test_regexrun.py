"""regexrun.run_start: a search for a $-anchored match from the narrowed start finds the same match."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from civicextract.extractors.money.extractor import _BACK, _tables
from civicextract.regexrun import (
    consumed,
    digit_free_gate,
    first_chars,
    first_gate,
    match_gate,
    run_start,
    two_char_ahead,
)
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


# first_chars / first_gate / match_gate: what a match can start with, as a cheap test before the engine.
_GATED = [
    re.compile(r"(?P<count>\d+(?:多|余)?[个项])|(?P<verb>签订|进一步)|(?P<conj>[和与、])"),
    re.compile(r"(?:[厅馆室]|三角|个月)$"),
    re.compile(r"\d+(?:版|%)|个月|^[千百万](?:年|里)"),
    re.compile(r"(?:要|以)?(?:推进|开展)+"),
    re.compile(r"(?=推进)推进工作|(?<!的)开展"),
]
_GATE_ALPHABET = "0123一千百万年里个项多余签订进一步和与、厅馆室三角月版%要以推开展工作的 \n"


def test_first_chars_reads_literals_classes_optional_heads_and_digits():
    assert first_chars(_GATED[0]) == (frozenset("签进和与、"), True)
    assert first_chars(_GATED[1]) == (frozenset("厅馆室三个"), False)
    assert first_chars(_GATED[2]) == (frozenset("个千百万"), True)
    assert first_chars(_GATED[3]) == (frozenset("要以推开"), False)  # an optional head: what follows it can open
    assert first_chars(_GATED[4]) == (frozenset("推开"), False)  # look-arounds consume nothing


def test_unknown_or_empty_openings_give_no_gate():
    assert first_chars(re.compile(r".b")) is None
    assert first_chars(re.compile(r"[^a]b")) is None
    assert first_chars(re.compile(r"\wb")) is None
    assert first_chars(re.compile(r"a?")) is None  # matches the empty string anywhere
    assert first_chars(re.compile(r"ab", re.IGNORECASE)) is None
    assert first_gate(re.compile(r".b")) is None
    assert "x" in match_gate(re.compile(r".b")) and "x" in digit_free_gate(re.compile(r"\d|a"))
    assert digit_free_gate(_GATED[3]) == frozenset("要以推开")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_GATE_ALPHABET, max_size=40), st.integers(0, 4), st.data())
def test_gated_search_and_match_find_what_the_pattern_finds(text, k, data):
    pattern = _GATED[k]
    gate = first_gate(pattern)
    g = gate.search(text)
    expected = pattern.search(text)
    got = None if g is None else pattern.search(text, g.start())
    assert (got and got.span()) == (expected and expected.span())
    chars = match_gate(pattern)
    pos = data.draw(st.integers(0, len(text)))
    if pattern.match(text, pos):
        assert pos < len(text) and (text[pos] in chars or text[pos].isdecimal())
