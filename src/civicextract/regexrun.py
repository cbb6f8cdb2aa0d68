"""Narrowing a search for a match that must end at a given position.

``pattern.search(text, lo, hi)`` with a pattern anchored by ``$`` tries every
start in ``[lo, hi)``, and each try walks the pattern's optional openings
before failing: for a window of forty characters, most of the search.  A match
that ends at ``hi`` consumes every character of ``text[start:hi]``, so it
cannot start before the run of characters the pattern can consume that ends
at ``hi``: searching from there finds the same leftmost match (look-behinds
still see the text before the new ``lo``).  The characters are read off the
compiled pattern itself, so the shortcut follows any edit of the pattern.
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser as _p  # type: ignore[attr-defined]
from typing import NamedTuple

from .resources import trie_alternation


class Consumed(NamedTuple):
    """What a pattern's matches are made of: literal characters, and whether any
    digit (``\\d``; ``str.isdigit`` tested, a superset) or space may be among them."""

    chars: frozenset[str]
    digits: bool
    spaces: bool


class _Unbounded(Exception):
    pass


def consumed(pattern: re.Pattern[str]) -> Consumed | None:
    """``_consumed(pattern)``, looked up by identity (hashing a pattern hashes its compiled code)."""
    hit = _BY_ID.get(id(pattern))
    if hit is None or hit[0] is not pattern:
        if len(_BY_ID) > 256:
            _BY_ID.clear()  # (patterns built at run time: kept bounded)
        hit = _BY_ID[id(pattern)] = (pattern, _consumed(pattern))
    return hit[1]


_BY_ID: dict[int, tuple[re.Pattern[str], Consumed | None]] = {}


@lru_cache(maxsize=64)
def _consumed(pattern: re.Pattern[str]) -> Consumed | None:
    """The characters ``pattern`` can consume, or None when that is not a small known
    set (``.``, a negated class, a case-insensitive pattern, a category other than ``\\d``/``\\s``)."""
    if pattern.flags & (re.IGNORECASE | re.ASCII | re.MULTILINE) or not isinstance(pattern.pattern, str):
        return None
    tree = _p.parse(pattern.pattern, pattern.flags)
    if not _anchored(tree):
        return None  # a match could end before ``hi``: nothing to narrow
    chars: set[str] = set()
    cats: set = set()
    try:
        _walk(tree, chars, cats)
    except _Unbounded:
        return None
    digit, space = _c.CATEGORY_DIGIT, _c.CATEGORY_SPACE
    if cats - {digit, space}:
        return None
    return Consumed(frozenset(chars), digit in cats, space in cats)


def _anchored(sub) -> bool:
    """Whether every match of ``sub`` ends with ``$`` (each alternative's last item)."""
    if not len(sub):
        return False
    op, av = sub[-1]
    if op is _c.AT:
        return av is _c.AT_END
    if op is _c.BRANCH:
        return all(_anchored(b) for b in av[1])
    if op is _c.SUBPATTERN:
        return _anchored(av[3])
    return False


def _class_chars(items, chars: set[str], cats: set, *, any_category: bool) -> None:
    """Adds a character class's characters to ``chars`` and its categories to ``cats``
    (only ``\\d`` unless ``any_category``); raises _Unbounded for what is no small set."""
    for o, a in items:
        if o is _c.LITERAL:
            chars.add(chr(a))
        elif o is _c.RANGE and a[1] - a[0] < 256:
            chars.update(map(chr, range(a[0], a[1] + 1)))
        elif o is _c.CATEGORY and (any_category or a is _c.CATEGORY_DIGIT):
            cats.add(a)
        else:
            raise _Unbounded


def _walk(sub, chars: set[str], cats: set) -> None:
    for op, av in sub:
        if op is _c.LITERAL:
            chars.add(chr(av))
        elif op is _c.IN:
            _class_chars(av, chars, cats, any_category=True)
        elif op is _c.SUBPATTERN:
            _walk(av[3], chars, cats)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            _walk(av[2], chars, cats)
        elif op is _c.ATOMIC_GROUP:
            _walk(av, chars, cats)
        elif op is _c.BRANCH:
            for b in av[1]:
                _walk(b, chars, cats)
        elif op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
            pass  # look-arounds and anchors consume nothing
        else:
            raise _Unbounded


def run_start(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> int:
    """The first position in ``[lo, hi]`` from which ``text[pos:hi]`` holds only
    characters ``pattern`` can consume (``lo`` when that is not known)."""
    c = consumed(pattern)
    if c is None:
        return lo
    chars, digits, spaces = c
    # ($ also matches before a newline that ends the window)
    i = hi - 1 if hi > lo and text[hi - 1] == "\n" else hi
    while i > lo:
        ch = text[i - 1]
        if ch in chars or (digits and ch.isdigit()) or (spaces and ch.isspace()):
            i -= 1
        else:
            break
    return i


def two_char_ahead(words) -> str:
    """A look-ahead that only the first two characters of one of ``words`` pass, to put before
    their alternation (``""`` if a word is shorter).

    Where an alternation's words start with common characters the engine enters
    it at a large share of positions, each entry trying the branch's first
    characters one by one; the look-ahead's two class tests rule most of those
    positions out first (the officials' post pattern does the same).  It changes
    no match: every match begins with a word's first two characters.
    """
    words = list(words)
    if not words or min(map(len, words)) < 2:
        return ""
    firsts = "".join(sorted({w[0] for w in words}))
    seconds = "".join(sorted({w[1] for w in words}))
    return f"(?=[{re.escape(firsts)}][{re.escape(seconds)}])"


def _class(chars) -> str:
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


def bucketed_alternation(words, per: int = 32, *, fast: bool = True) -> str:
    """What ``two_char_ahead(words) + trie_alternation(words)`` matches (``fast=False``
    returns just that: the reference), faster on a long list of common first characters.

    Behind the look-ahead the tree's first level is split into buckets of ``per`` first
    characters, each behind a look-ahead of its own first and second characters, so an
    entry tests a class per bucket instead of the literal of every first character (the
    same matches: a position's first character selects one subtree either way, and the
    buckets hold disjoint first characters).  Over dev + fit the officials' 293 posts
    (158 first characters) scan in 22 µs per 1,000 chars instead of 28, the money
    extractor's 207 place cues in 17 instead of 21.  The programmes' known forms use the
    same build (programs/lexicon.bucketed_trie).
    """
    words = list(dict.fromkeys(words))
    reference = two_char_ahead(words) + trie_alternation(words)
    firsts = sorted({w[0] for w in words})
    if not fast or not words or min(map(len, words)) < 2 or len(firsts) <= per:
        return reference
    parts = []
    for i in range(0, len(firsts), per):
        chars = set(firsts[i : i + per])
        bucket = [w for w in words if w[0] in chars]
        parts.append(f"(?={_class(chars)}{_class({w[1] for w in bucket})}){trie_alternation(bucket)}")
    return f"{two_char_ahead(words)}(?:{'|'.join(parts)})"


def pair_dispatched_alternation(words, *, fast: bool = True) -> str:
    """What ``two_char_ahead(words) + trie_alternation(words)`` matches (``fast=False`` returns
    just that: the reference), scanned faster where the words are many and their first
    characters common (the officials' posts).

    A pattern opening with a look-ahead is entered at every position of the text (about 320
    instructions a character for the posts); one opening with a class lets the engine skip
    to the positions holding one of its characters (about 55 a character).  So the first
    character is consumed by a class, then the second tested, and the tree is entered by its
    second character: one branch per second character, which the engine rejects by a literal
    test without entering it, each holding a look-behind per first character that forms a
    word's first two with it, then the tree's own subtree under those two.  A position's
    first two characters select one path, as in the plain tree, so the matches are the same
    (longest first, and shorter ones on backtracking).  The posts over dev + fit: 40.7 -> 33.0
    M instructions a pass (callgrind), where ``bucketed_alternation``'s look-ahead buckets were
    the fastest form tried in session 26.
    """
    words = list(dict.fromkeys(words))
    reference = two_char_ahead(words) + trie_alternation(words)
    if not fast or not words or min(map(len, words)) < 2:
        return reference
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = None
    by_second: dict[str, list[tuple[str, dict]]] = {}
    for first, node in tree.items():
        for second, sub in node.items():
            by_second.setdefault(second, []).append((first, sub))
    alts = []
    for second, pairs in sorted(by_second.items()):
        inner = [f"(?<={re.escape(first)}{re.escape(second)}){_subtree(sub)}" for first, sub in sorted(pairs)]
        alts.append(re.escape(second) + (inner[0] if len(inner) == 1 else "(?:" + "|".join(inner) + ")"))
    return f"{_class(tree)}(?={_class(by_second)})(?:{'|'.join(alts)})"


def _subtree(node: dict) -> str:
    """The pattern of a prefix tree's node below its path (``trie_alternation``'s form): what may
    follow, longest first, optional where a word ends at the node."""
    alts = [re.escape(ch) + _subtree(sub) for ch, sub in sorted(node.items()) if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return "(?:" + body + ")?" if "" in node else body


def dispatched_alternation(words, per: int = 16, *, fast: bool = True) -> str:
    """What ``trie_alternation(words)`` matches (``fast=False`` returns just that: the
    reference), for a long list whose first characters are many and common (names).

    The plain tree opens with its first characters' literals: the engine skips in C to
    a position holding one, then tries the first level's branches in turn.  Here the
    first character is consumed by one class (the engine still skips to it), the second
    tested by another, and the first level is entered through look-behinds on buckets
    of ``per`` first characters, each then on its characters: the subtree after the
    first character is the tree's own, so the matches are the same (one path leads to
    it, as one first character selects one branch).  Over dev + fit the officials' ~950
    office-holders in two trees: 19 -> 12 µs per 1,000 chars.
    """
    words = list(dict.fromkeys(words))
    if not fast or not words or min(map(len, words)) < 2:
        return trie_alternation(words)
    rests: dict[str, list[str]] = {}
    for w in words:
        rests.setdefault(w[0], []).append(w[1:])
    firsts = sorted(rests)
    parts = []
    for i in range(0, len(firsts), per):
        bucket = firsts[i : i + per]
        alts = "|".join(f"(?<={re.escape(c)}){trie_alternation(rests[c])}" for c in bucket)
        parts.append(f"(?<={_class(bucket)})(?:{alts})")
    return f"(?:{_class(firsts)}(?={_class({w[1] for w in words})})(?:{'|'.join(parts)}))"



def first_chars(pattern: re.Pattern[str]) -> tuple[frozenset[str], bool] | None:
    """The characters a match of ``pattern`` can start with, and whether a digit (``\\d``:
    ``str.isdecimal``) can; None when that is not a small known set (``.``, a negated
    class, a category other than ``\\d``, flags, a pattern that can match the empty string).

    ``pattern.match(s, pos)`` fails where ``s[pos]`` is none of them: a set look-up
    instead of a call into the engine (whose set-up costs more than most failed matches).
    """
    if pattern.flags & (re.IGNORECASE | re.ASCII | re.LOCALE) or not isinstance(pattern.pattern, str):
        return None
    chars: set[str] = set()
    cats: set = set()
    try:
        if _first(_p.parse(pattern.pattern, pattern.flags), chars, cats):
            return None  # it can match the empty string
    except _Unbounded:
        return None
    if cats - {_c.CATEGORY_DIGIT} or not (chars or cats):
        return None
    return frozenset(chars), bool(cats)


def first_gate(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A character class of ``first_chars(pattern)``, or None.

    ``pattern.search(s)`` starts its leftmost match at or after ``g.start()`` of
    ``gate.search(s)`` (and finds none when the gate finds none): searching from there
    finds the same match.  Worth it where the engine cannot skip ahead by itself: a
    pattern whose alternatives open with groups or classes (not literals) is entered at
    every position of the string, the gate's class is tested in one scan.
    """
    first = first_chars(pattern)
    if first is None:
        return None
    chars, digits = first
    return re.compile("[" + ("\\d" if digits else "") + "".join(re.escape(c) for c in sorted(chars)) + "]")


def _first(sub, chars: set[str], cats: set) -> bool:
    """Adds to ``chars``/``cats`` what the items of ``sub`` can start with; True when
    they can all match the empty string (what follows them can start the match then)."""
    for op, av in sub:
        if op is _c.LITERAL:
            chars.add(chr(av))
            return False
        if op is _c.IN:
            _class_chars(av, chars, cats, any_category=False)
            return False
        if op is _c.SUBPATTERN:
            if not _first(av[3], chars, cats):
                return False
        elif op is _c.BRANCH:
            empty = False
            for b in av[1]:
                empty = _first(b, chars, cats) or empty
            if not empty:
                return False
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            if not _first(av[2], chars, cats) and av[0] > 0:
                return False
        elif op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
            pass  # look-arounds and anchors consume nothing (and see the same text from any start)
        else:
            raise _Unbounded
    return True


class _Anything:
    def __contains__(self, ch: object) -> bool:
        return True


def match_gate(pattern: re.Pattern[str]) -> frozenset[str] | _Anything:
    """What ``pattern.match(s, pos)`` needs of ``s[pos]`` (``pos`` inside the string and the
    window): to be in this set, or a digit (``str.isdecimal``, as ``\\d``) where ``first_chars``
    says a digit can start a match; a set holding every character when that is not known.
    Testing ``s[pos] in gate or s[pos].isdecimal()`` before the call is always safe
    (``digit_free_gate`` for patterns no digit can start)."""
    first = first_chars(pattern)
    return _Anything() if first is None else first[0]


def digit_free_gate(pattern: re.Pattern[str]) -> frozenset[str] | _Anything:
    """``match_gate`` for a pattern no digit can start: ``s[pos] in gate`` is the whole test
    (a set holding every character when a digit can start a match or nothing is known)."""
    first = first_chars(pattern)
    return _Anything() if first is None or first[1] else first[0]
