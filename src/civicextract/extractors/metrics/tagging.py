"""Metrics: what rjieba's part-of-speech tagger says of a phrase, for the few rules that ask.

The subject rules are plain string and regex work; a few rare paths ask the
tagger whether a phrase ends in a predicate (``predicate``), is nouns only
(``nouns_only``), ends in a noun (``ends_in_noun``) or only says where and when
(``where_when``), and ``without_predicate`` drops a verb that ends a noun
phrase.  ``tags`` imports rjieba on first use and answers [] without it, so
the rest of the package never imports the tagger.
"""

from __future__ import annotations

from typing import Any

from .phrases import CJK_RE as _CJK_RE

# Patterns whose methods are called below are bound by assignment, not imported by name: CPython
# 3.11 compiles NAME.search(...) as an attribute load and a new bound method per call when an
# import binds NAME (tests/test_method_calls.py).
# (imported under another name, not as the module: mypyc, type-checking the package as one import
# cycle through ``from . import phrases``, could not determine this global's type)
CJK_RE = _CJK_RE


# Part-of-speech tags of a clause's last word that make it a predicate (adjective,
# idiom, verb), not a noun that owns what follows 的.
_PREDICATE_TAGS = frozenset({"a", "ad", "an", "i", "l", "v", "vd"})
_tag: Any = None  # rjieba's tag, False without rjieba (None: not looked up yet)


def tags(phrase: str) -> list[tuple[str, str]]:
    """``phrase`` cut into (word, part of speech); [] without rjieba's tagger (only rare paths call it)."""
    global _tag
    if _tag is None:
        try:
            from rjieba import tag as _tag_fn
        except ImportError:  # pragma: no cover - rjieba is the default segmenter
            _tag_fn = False  # type: ignore[assignment]
        _tag = _tag_fn
    return _tag(phrase) if _tag else []


def predicate(phrase: str) -> bool:
    """Whether ``phrase`` ends in a predicate (悬而未决, 群众反映强烈, 设施完善)."""
    words = tags(phrase)
    # (68个区域中存在的X: a locative after the counted noun, the count keeps its noun)
    return bool(words) and words[-1][1] in _PREDICATE_TAGS and all(t != "f" for _, t in words)


_NOUN_TAGS = frozenset({"n", "ns", "nz", "nt", "nr", "j"})
# What may follow a noun phrase as well as a verb (a particle, a conjunction, an
# adverb or preposition opening the predicate: 72名顶尖选手将在…); 了/着/过 follow verbs only
_NOUN_FOLLOWERS = frozenset("的和与及等或在是为将已也都还正被把对从向由于")
_VERB_TAGS = frozenset({"v", "vd", "vi"})  # (vn, a verbal noun, stays: 危房改造, 技能培训)


def without_predicate(phrase: str, after: str) -> str:
    """The noun phrase after a count without the verb that ends it (24个省区市确定参加,
    11名师生失去生命): the stops above list the frequent verbs, the tagger finds the
    rest of that open class.  Only a verb right after a noun goes, two characters stay,
    and only where the clause goes on after the verb (its object or complement, a
    figure): the tagger calls many nouns verbs (通道, 选手, 组织, 举措), and a noun
    ends its phrase at a stop or a function word (特高压通道，, 顶尖选手的)."""
    if len(phrase) < 4 or not after or after in _NOUN_FOLLOWERS or not (after.isdigit() or CJK_RE.match(after)):
        return phrase
    words = tags(phrase)
    if len(words) >= 2 and words[-1][1] in _VERB_TAGS and words[-2][1] in _NOUN_TAGS:
        kept = phrase[: len(phrase) - len(words[-1][0])]
        if len(kept) >= 2:
            return kept
    return phrase


def nouns_only(phrase: str) -> bool:
    """Whether ``phrase`` is nouns alone (港股, 平陆运河): an owner, not a verb's clause."""
    words = tags(phrase)
    return bool(words) and all(t in _NOUN_TAGS for _, t in words)


# Parts of speech no noun phrase holds: verbs, adjectives, adverbs, prepositions, conjunctions,
# particles, pronouns, locatives, idioms.
_NOT_NOMINAL_TAGS = frozenset(
    {"v", "vd", "vi", "vn", "a", "ad", "an", "d", "p", "c", "u", "uj", "ul", "uz", "ug", "uv", "r", "f", "i", "l"}
)


def nominal(phrase: str) -> bool:
    """Whether ``phrase`` holds no verb, adjective or function word: nouns, and the rare nouns the
    tagger reads as numerals (大项, 分项: round 27's 参加7个大项15个分项91个小项)."""
    words = tags(phrase)
    return bool(words) and all(t not in _NOT_NOMINAL_TAGS for _, t in words)


def ends_in_noun(phrase: str) -> bool:
    """Whether ``phrase`` ends in a common noun (养老机构), not a place, a pronoun or a verb."""
    words = tags(phrase) if phrase else []
    return bool(words) and words[-1][1] in ("n", "nz", "vn", "j")


# Parts of speech of a phrase that only says where or when (宁乡, 6天5地): place names,
# numerals, measure words, times.
_WHERE_WHEN_TAGS = frozenset({"ns", "m", "q", "t", "mq", "uv"})


def where_when(phrase: str) -> bool:
    words = tags(phrase)
    return bool(words) and all(t in _WHERE_WHEN_TAGS for _, t in words)
