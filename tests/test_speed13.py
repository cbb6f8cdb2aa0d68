"""speed13 (round 12): each shortcut is held to its ``fast=False`` reference in src.

The regex builders of ``regexrun`` return, with ``fast=False``, the pattern the
extractors compiled before (``two_char_ahead + trie_alternation`` for the posts and
the money extractor's place cues, ``trie_alternation`` for the office-holders); the
fast forms must find the same matches, also where a look-ahead after the words
makes the engine backtrack into them.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from civicextract.extractors.money.extractor import _tables
from civicextract.extractors.officials.holders import officeholders
from civicextract.extractors.officials.posts import lexicon as posts_lexicon
from civicextract.regexrun import bucketed_alternation, dispatched_alternation, pair_dispatched_alternation

_CHARS = "一二三东乡京大中国新长农天双两四市委书记局"
# A tail as the posts pattern has: a negative look-ahead (with a look-behind in it) that
# rejects some ends, so that the engine backtracks to a shorter word of the same tree.
_TAILS = ("", "(?![团处])", "(?!记|(?<=长)[期效])")
_WORDS = st.lists(st.text(alphabet=_CHARS, min_size=1, max_size=4), min_size=1, max_size=40)
_TEXT = st.text(alphabet=_CHARS + "，的", max_size=80)


def _spans(pattern: str, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(pattern, text)]


@settings(max_examples=400, deadline=None)
@given(words=_WORDS, text=_TEXT, per=st.sampled_from([1, 2, 3, 5, 32]), tail=st.sampled_from(_TAILS))
@example(words=["市委书记", "书记", "局长", "市长", "长期"], text="市委书记、局长李四和市长长期", per=1, tail=_TAILS[2])
@example(words=["书记", "书", "局长"], text="书记局长书", per=1, tail="")  # a one-character word: the reference
def test_bucketed_alternation_finds_the_references_matches(words, text, per, tail):
    ordered = sorted(words, key=len, reverse=True)
    reference = bucketed_alternation(ordered, per, fast=False)
    assert _spans(bucketed_alternation(ordered, per) + tail, text) == _spans(reference + tail, text)


@settings(max_examples=400, deadline=None)
@given(words=_WORDS, text=_TEXT, per=st.sampled_from([1, 2, 3, 5, 16]), tail=st.sampled_from(_TAILS))
@example(words=["李四", "李四光", "王五", "王"], text="李四光和王五", per=1, tail="")
@example(words=["李四", "李四光", "王五"], text="李四光团和王五处", per=1, tail=_TAILS[1])
def test_dispatched_alternation_finds_the_references_matches(words, text, per, tail):
    ordered = sorted(words, key=len, reverse=True)
    reference = dispatched_alternation(ordered, per, fast=False)
    assert _spans(dispatched_alternation(ordered, per) + tail, text) == _spans(reference + tail, text)


def test_reference_forms_are_the_plain_trees():
    words = ["市委书记", "书记", "局长"]
    assert bucketed_alternation(words, 1, fast=False) == "(?=[书局市][委记长])(?:(?:书记|局长|市委书记))"
    assert dispatched_alternation(words, 1, fast=False) == "(?:(?:书记|局长|市委书记))"
    # the fast forms, spelled out: buckets behind look-aheads / look-behinds
    assert bucketed_alternation(words, 2) == (
        "(?=[书局市][委记长])(?:(?=[书局][记长])(?:(?:书记|局长))|(?=[市][委])(?:市委书记))"
    )
    assert dispatched_alternation(words, 2) == (
        "(?:[书局市](?=[委记长])(?:(?<=[书局])(?:(?<=书)(?:记)|(?<=局)(?:长))|(?<=[市])(?:(?<=市)(?:委书记))))"
    )


# The shipped lexicons, as the extractors compile them, against their references on
# sentences of the kind they read (posts, place cues and office-holders' names).
_SENTENCES = [
    "市委书记、市长李四主持会议，常务副市长王五，副局长赵六出席。",
    "香港特区政府财政司司长表示，深圳前海和澳门的合作区投入100亿元。",
    "国家主席习近平会见美国总统，李强总理和王毅外长参加。",
    "长期以来，市长热线和局长信箱、书记处、主席团会见代表。",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_SENTENCES) | st.text(alphabet="市长委书记局副主席总理香港深圳李习王，", max_size=12),
                max_size=6).map("".join))  # fmt: skip
def test_shipped_patterns_match_as_their_references(text):
    lex = posts_lexicon()
    words = sorted(lex.official | lex.weak | lex.other, key=len, reverse=True)
    # the posts' tree entered by its first and second characters since session 27 (regexrun.pair_dispatched_alternation)
    fast, ref = pair_dispatched_alternation(words), bucketed_alternation(words, fast=False)
    assert lex.pattern.pattern.startswith(fast)
    tail = lex.pattern.pattern[len(fast) :]
    assert _spans(lex.pattern.pattern, text) == _spans(ref + tail, text)

    cues = list(_tables().cue_weights)
    assert _tables().cues_re.pattern == bucketed_alternation(cues)
    assert _spans(_tables().cues_re.pattern, text) == _spans(bucketed_alternation(cues, fast=False), text)

    for p in officeholders()[0]:
        assert p.pattern.startswith("(?:[")  # the dispatched form
    # the two trees' references: the office-holders split as officeholders splits them
    # (the names are what the fast patterns match; the reference rebuilt from them)
    names = _holder_names()
    for p, group in zip(officeholders()[0], names, strict=True):
        assert p.pattern == dispatched_alternation(group)
        assert _spans(p.pattern, text) == _spans(dispatched_alternation(group, fast=False), text)


def _holder_names() -> list[list[str]]:
    from civicextract.resources import model_path

    names = [
        line.strip()
        for line in model_path("officeholders.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    firsts = sorted({n[0] for n in names})
    half = set(firsts[: len(firsts) // 2])
    return [g for g in ([n for n in names if n[0] in half], [n for n in names if n[0] not in half]) if g]


# The listed outlets (meta.lexicon.outlet_pattern): its fast form against the grouped classes.
_OUTLET_PIECES = ["新华社", "人民日报", "眉山网", "央视新闻", "记者", "讯", "8月18日", "，", "\n", "中", "新", "网", "报", "社"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_OUTLET_PIECES) | st.text(alphabet="中新华人民日报网社央视眉山", max_size=6),
                max_size=12).map("".join), st.integers(0, 20))  # fmt: skip
@example("夜探洪涝灾区新华社记者贾启龙暴雨之后", 0)
def test_outlet_pattern_matches_as_its_reference(text, lo):
    from civicextract.extractors.meta.lexicon import outlet_pattern

    fast, ref = outlet_pattern(), outlet_pattern(fast=False)
    assert fast.pattern != ref.pattern
    assert [m.span() for m in fast.finditer(text, lo, lo + 200)] == [m.span() for m in ref.finditer(text, lo, lo + 200)]


def test_outlet_pattern_fast_form_on_the_corpus():
    import json
    from pathlib import Path

    from civicextract.extractors.meta.lexicon import outlet_pattern

    root = Path(__file__).resolve().parent.parent / "corpus"
    texts = [json.loads(x)["text"] for n in ("dev.jsonl", "fit.jsonl") for x in open(root / n, encoding="utf-8") if x.strip()]
    fast, ref = outlet_pattern(), outlet_pattern(fast=False)
    found = [[m.span() for m in fast.finditer(t)] for t in texts]
    assert found == [[m.span() for m in ref.finditer(t)] for t in texts]
    assert sum(map(len, found)) > 10  # (outlets are found: the comparison is not of empty lists)
