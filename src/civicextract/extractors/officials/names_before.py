"""Names read leftwards from a known right edge: a post, 同志, a bracket, a speech verb.

``name_filling`` takes the run of Han characters before the edge when punctuation
opens it (its left edge given too: ``。倪向军（副区长）``); ``name_before`` reads the
last 2-3 characters whose first is a surname where no boundary opens the run
(``贯彻习近平总书记``); ``speech_names`` finds people a speech verb alone confirms
(``叶老桂认为``), for recall on people without a title.
"""

from __future__ import annotations

import re

from ..meta import name_lexicons
from .edges import ORG_END, all_han, follower_at, is_han
from .namechars import NAME_LAST_OK, NON_NAME_CHARS, NOT_GIVEN_TAGS, NOT_NAMES, is_honorific, plausible_chars
from .tagging import (
    dict_tags,
    is_word,
    tagged_name,
)


def name_filling(text: str, e: int, *, strict: bool = False) -> int | None:
    """Start of a name that fills the run of Han characters ending at ``e``,
    the run opening after punctuation, a space or the text's start
    (``。倪向军（副区长）``, ``，向东（县政协主席）``, ``沈山州（区长）``): there the
    left edge is given, so given-name characters that are also function words
    or place ends (向, 和, 州) need no other proof."""
    single, double, _, _ = name_lexicons()
    # the run of Han characters ending at ``e`` (read reversed, one match): six or more is no name's
    run = _HAN_RUN.match(text[max(0, e - 6) : e][::-1]).end()  # type: ignore[union-attr]
    if run > 5:
        return None
    s = e - run
    cand = text[s:e]
    sur = 2 if cand[:2] in double else 1 if cand[:1] in single else 0
    if not sur or not sur + 1 <= len(cand) <= sur + 2 or cand in NOT_NAMES or is_honorific(text, s, sur):
        return None
    if cand[-1] in ORG_END and cand[-1] not in NAME_LAST_OK or is_word(cand):
        return None  # (市政府（…）, 同时（…）: a body or a word)
    if strict:
        # before a post or 同志 (no bracket): the plain characters of a name, and
        # no word of another kind inside (，从当副县长起, 应台湾总统)
        if not plausible_chars(cand) or follower_at(text, s):
            return None
        if any(len(w) > 1 and (t in NOT_GIVEN_TAGS or t.startswith(("v", "ns"))) for w, t in dict_tags(cand[sur:])):
            return None  # (a given name may be a noun, 海峰 n, never a verb or a place)
        if any(len(w) > sur and not t.startswith("nr") for w, t in dict_tags(cand)[:1]):
            return None
    return s


# a run of Han characters (is_han's), possibly empty
_HAN_RUN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]*")


def name_before(text: str, e: int) -> int | None:
    """Start of a name ending at ``e`` (before a post, 同志 or a bracket), or None.

    Used where the left edge has no boundary (``贯彻习近平总书记``): the last
    2-3 Han characters whose first is a surname, preferring 3; a 2-character
    name needs a boundary before it.
    """
    single, double, _, _ = name_lexicons()
    for n in (3, 2, 4):
        s = e - n
        if s < 0:
            continue
        cand = text[s:e]
        if not all_han(cand) or not plausible_chars(cand) or cand[-1] in ORG_END:
            continue
        if n == 4 and cand[:2] not in double:
            continue
        if n < 4 and cand[0] not in single and cand[:2] not in double:
            continue
        if n == 2 and s > 0 and is_han(text[s - 1]) and text[s - 1] not in NON_NAME_CHARS and not _after_body(text, s):
            continue
        return s
    return None


def _after_body(text: str, s: int) -> bool:
    """Does a body's end stand right before ``s`` (省林业局陈晟处长, 监测中心陈晟处长)?  It is a boundary that
    a 2-character name written between a body and its post may open at."""
    return text[s - 1] in ORG_END or text.endswith("中心", 0, s)


_SPEECH_AFTER_NAME = re.compile(r"(?:说|表示|认为|指出|强调|介绍|透露|坦言|称|告诉|建议|解释|回忆|笑言|直言)")


def speech_names(text: str) -> list[tuple[int, int]]:
    """Names confirmed by a speech verb alone (``叶老桂认为``), for recall on
    people without a title; officials never rest on this signal alone."""
    out = []
    for m in _SPEECH_AFTER_NAME.finditer(text):
        e = m.start()
        s = name_before(text, e)
        if s is None:
            continue
        if (s == 0 or not is_han(text[s - 1]) or text[s - 1] in NON_NAME_CHARS) or tagged_name(text, s, e):
            out.append((s, e))
    return out
