"""Offset maps: unit cases for ``rewrite``/``OffsetMap`` and Hypothesis properties
of whole documents built from real fragments."""

from __future__ import annotations

import html
import os
import re

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from civicextract.document import normalize
from civicextract.normalize.convert import convert_char
from civicextract.normalize.markup import strip_markup
from civicextract.normalize.pinyin import remove_pinyin_notes
from civicextract.normalize.widths import normalize_widths
from civicextract.offsets import Edit, OffsetChain, OffsetMap, rewrite

from .strategies import article_texts, text_and_span

# CIVICEXTRACT_EXAMPLES=5000 for a deeper search than the everyday run.
PROPERTY = settings(
    max_examples=int(os.environ.get("CIVICEXTRACT_EXAMPLES", "300")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


# --- rewrite ------------------------------------------------------------------


def test_rewrite_deletes_and_maps_around_the_deletion():
    text = "东坡區(qū)委常委"
    out, m = rewrite(text, [Edit(3, 7)])
    assert out == "东坡區委常委"
    assert m.span(0, 3) == (0, 3)  # touches the deletion, does not take it in
    assert m.span(3, 6) == (7, 10)
    assert m.span(2, 4) == (2, 8)  # crosses it: takes it in


def test_rewrite_replacement_maps_as_a_whole():
    out, m = rewrite("a&amp;b", [Edit(1, 6, "&")])
    assert out == "a&b"
    assert m.span(1, 2) == (1, 6)
    assert m.span(2, 3) == (6, 7)


def test_rewrite_replacement_longer_than_source():
    out, m = rewrite("x<br>y", [Edit(1, 5, "\n\n")])
    assert out == "x\n\ny"
    assert m.span(1, 2) == (1, 5) and m.span(2, 3) == (1, 5)
    assert m.span(3, 4) == (5, 6)


def test_rewrite_merges_adjacent_edits():
    out, m = rewrite("<p><b>中</b></p>", [Edit(0, 3), Edit(3, 6), Edit(7, 11), Edit(11, 15)])
    assert out == "中"
    assert m.span(0, 1) == (6, 7)


def test_rewrite_without_edits_is_identity():
    out, m = rewrite("文明城市", [])
    assert out == "文明城市" and m.is_identity and m.span(1, 3) == (1, 3)


@pytest.mark.parametrize(
    "edits",
    [
        [Edit(2, 5), Edit(4, 6)],  # overlap
        [Edit(4, 6), Edit(0, 2)],  # not sorted
        [Edit(3, 2)],  # negative length
        [Edit(5, 9)],  # beyond the end
    ],
    ids=["overlap", "unsorted", "reversed", "out-of-range"],
)
def test_rewrite_rejects_bad_edits(edits):
    with pytest.raises(ValueError, match="overlaps an earlier edit or leaves the text"):
        rewrite("卫生城市创建", edits)


def test_chain_composes_in_order():
    a, m1 = rewrite("<p>區(qū)域</p>", [Edit(0, 3), Edit(9, 13)])
    b, m2 = rewrite(a, [Edit(1, 5)])
    chain = OffsetChain([m1, OffsetMap.identity(len(b)), m2])
    assert (a, b) == ("區(qū)域", "區域")
    assert len(chain.maps) == 2  # identities are dropped
    assert chain.span(0, 2) == (3, 9)
    assert chain.span(1, 2) == (8, 9)


@st.composite
def _text_with_edits(draw):
    text = draw(st.text(alphabet="ab中文(xq)<>", max_size=30))
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8)))
    edits = []
    for s, e in zip(cuts[::2], cuts[1::2], strict=False):
        edits.append(Edit(s, e, draw(st.sampled_from(["", "", "\n", "&", "xy"]))))
    return text, edits


@given(_text_with_edits())
@PROPERTY
def test_rewrite_maps_are_monotone_in_range_and_consistent(case):
    text, edits = case
    out, m = rewrite(text, edits)
    prev = (0, 0)
    for i in range(len(out)):
        s, e = m.span(i, i + 1)
        assert 0 <= s <= e <= len(text)  # s == e only for a pure insertion
        assert s >= prev[0] and e >= prev[1]
        prev = (s, e)
        if s < e and not any(
            ed.start <= s < ed.end or ed.start < e <= ed.end for ed in edits if ed.replacement or ed.end > ed.start
        ):
            assert text[s:e] == out[i]  # untouched characters map one to one
    for i in range(len(out) + 1):
        s, e = m.span(i, i)
        assert 0 <= s == e <= len(text)


# --- whole documents ------------------------------------------------------------

# What a normaliser may delete outright: tags, comments, pinyin notes, Markdown marks.
_DELETABLE = re.compile(
    r"(?:<!--.*?-->|<[^<>]*>|[(（][a-zA-Zàáǎèéěìíǐòóǒùúǔùǖǘǚǜüāēīōūńňǹḿ]{1,7}[1-5]?[)）]"
    r"|\*\*|__|\#{1,6}[ \t]+|!\[[^\]]*\]\([^)]*\)|\[|\]\([^)]*\)|[\s\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff])*",
    re.DOTALL,
)


def _deletable(piece: str) -> bool:
    # An entity for a space (&nbsp;) at either end of the body goes with the edge whitespace.
    spaces = re.sub(r"&[#\w]{2,10};", lambda m: " " if not html.unescape(m.group()).strip() else m.group(), piece)
    return _DELETABLE.fullmatch(spaces) is not None


# Characters the widths stage reads by their neighbours, so a lone one may map otherwise: a
# straight quote beside Chinese text, an ASCII full stop in an article that ends sentences with
# it, a full-width thousands separator, a Windows or old Mac line end, single quotes ‘’ where they are
# the article's only quotes (session 22: read as “”).
_BY_CONTEXT = {('"', "“"), ('"', "”"), (".", "。"), ("，", ","), ("\r", " "), ("\r", "\n"), ("‘", "“"), ("’", "”")}


def _agrees(surface: str, ch: str) -> bool:
    """Whether normalised character ``ch`` may come from original ``surface``."""
    if surface == ch or (surface, ch) in _BY_CONTEXT:
        return True
    if surface[:1] in "<&*#[]":  # markup, merged into one edit when adjacent
        return ch in normalize_widths(strip_markup(surface)[0])
    w = normalize_widths(surface)
    return w == ch or (len(w) == 1 and convert_char(w) == ch) or (w == "著" and ch == "着")


def _regions(doc):
    return [doc.to_original(i, i + 1) for i in range(len(doc.text))]


@given(article_texts)
@PROPERTY
def test_every_character_maps_to_a_surface_it_can_come_from(text):
    doc = normalize(text)
    removed = {(r.start, r.end) for r in doc.removed}
    for i, (s, e) in enumerate(_regions(doc)):
        assert 0 <= s < e <= len(text)
        if doc.text[i] == " " and (s, e) in removed:
            continue  # a cut between two numbers leaves a space so they stay apart
        assert _agrees(text[s:e], doc.text[i]), (i, text[s:e], doc.text[i])


@given(article_texts)
@PROPERTY
def test_maps_are_monotone_and_gaps_are_only_what_was_cut(text):
    doc = normalize(text)
    removed = [(r.start, r.end) for r in doc.removed]
    prev_end = 0
    prev = None
    for s, e in _regions(doc):
        if (s, e) == prev:  # one replacement giving several characters
            continue
        assert s >= prev_end
        for piece in _uncovered(prev_end, s, removed):
            assert _deletable(text[piece[0] : piece[1]]), (text[prev_end:s], text[piece[0] : piece[1]])
        prev_end, prev = e, (s, e)
    for piece in _uncovered(prev_end, len(text), removed):
        assert _deletable(text[piece[0] : piece[1]])


def _uncovered(start: int, end: int, covers: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Parts of ``[start, end)`` outside every cover (what only a normaliser may have deleted)."""
    out, pos = [], start
    for cs, ce in sorted(covers):
        if ce <= pos or cs >= end:
            continue
        if cs > pos:
            out.append((pos, cs))
        pos = max(pos, ce)
    if pos < end:
        out.append((pos, end))
    return out


@given(text_and_span())
@PROPERTY
def test_spans_map_to_the_regions_of_their_ends(case):
    text, _, _ = case
    doc = normalize(text)
    n = len(doc.text)
    s = min(case[1], n)
    e = min(max(case[2], s), n)
    os_, oe = doc.to_original(s, e)
    assert 0 <= os_ <= oe <= len(text)
    if e > s:
        assert os_ == doc.to_original(s, s + 1)[0]
        assert oe == doc.to_original(e - 1, e)[1]


@given(text_and_span())
@PROPERTY
def test_pinyin_step_original_slice_cleans_to_the_span(case):
    text, s, e = case
    out, m = remove_pinyin_notes(text)
    s, e = min(s, len(out)), min(e, len(out))
    os_, oe = m.span(s, e)
    # The note's reading depends on the character before it, so clean the slice in context.
    cleaned, _ = remove_pinyin_notes(text[:oe])
    prefix, _ = remove_pinyin_notes(text[:os_])
    assert cleaned[len(prefix) :] == out[s:e]


@given(text_and_span())
@PROPERTY
def test_markup_step_original_slice_cleans_to_the_span(case):
    text, s, e = case
    assume("](" not in text)  # a Markdown link's "[" is read from what follows it
    out, m = strip_markup(text)
    s, e = min(s, len(out)), min(e, len(out))
    os_, oe = m.span(s, e)
    cleaned, _ = strip_markup(text[:oe])
    prefix, _ = strip_markup(text[:os_])
    assert cleaned.startswith(prefix)
    # A span that ends inside a merged replacement (<p><p> -> two line breaks)
    # maps to all of it: compare with the span widened to whole replacements.
    while s > 0 and m.span(s - 1, s)[0] == os_ and e > s:
        s -= 1
    while e < len(out) and m.span(e, e + 1)[1] == oe and e > s:
        e += 1
    assert cleaned[len(prefix) :] == out[s:e]


@given(st.text())
@settings(max_examples=500, deadline=None)
def test_normalize_never_raises_on_any_unicode(text):
    doc = normalize(text)
    assert isinstance(doc.text, str)
    for r in doc.removed:
        assert 0 <= r.start <= r.end <= len(text)


def test_to_original_rejects_spans_outside_the_text():
    doc = normalize("中新网拉萨8月3日电（记者 江飞波）")
    with pytest.raises(ValueError, match="outside the document text"):
        doc.to_original(0, len(doc.text) + 1)


def test_a_document_pickles_by_constructor_with_every_offset():
    # The seed article: Traditional, pinyin notes and a site's header and footer, so the chain
    # holds several maps and the document removals; a pickled copy must map every span alike.
    import json
    import pickle
    from pathlib import Path

    line = (Path(__file__).resolve().parent.parent / "corpus" / "seed.jsonl").read_text(encoding="utf-8")
    doc = normalize(json.loads(line)["text"], id="seed")
    assert len(doc.offsets.maps) >= 2 and doc.removed
    copy = pickle.loads(pickle.dumps(doc))
    assert (copy.original, copy.text, copy.id, copy.script, copy.meta, copy.removed) == (
        doc.original, doc.text, doc.id, doc.script, doc.meta, doc.removed
    )
    n = len(doc.text)
    assert [copy.to_original(i, min(i + 3, n)) for i in range(n)] == [doc.to_original(i, min(i + 3, n)) for i in range(n)]
    assert doc.offsets.span(0, 40) != (0, 40)  # (the maps are not the identity: the test compares something)
