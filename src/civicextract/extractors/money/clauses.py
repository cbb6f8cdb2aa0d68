"""Where the clause and the sentence of an amount begin and end.

Every rule of :mod:`.rules` reads a window around the amount cut at these stops: a clause
stop is punctuation or a comma not between two digits (1,200 is one number), a sentence
stop is 。；！？ or a newline.  Each boundary is one C-level regex call (see the comments
below), since the rules ask for them several times per amount.
"""

from __future__ import annotations

import re

from ...records import Money

# (a table cell ends a clause too: | 交通津贴 | 每月600元 | -> 交通津贴)
# A clause stop: punctuation, or a comma not between two digits (1,200 is a number).
_CLAUSE_PLAIN = r"[，。；：！？\n!?;|]|(?<!\d),|,(?!\d)"
# The same one-character matches, written to open with one class: the regex
# engine then skips to a stop character in C (an alternation opening with a
# look-behind is tried at every position).  After the character, a comma is
# tested as above ((?<!\d,): no digit before it; (?!\d): none after it);
# any other stop passes (?<=[^,]).  tests/test_perf12_perfnum12.py checks the two.
CLAUSE = re.compile(r"[，。；：！？\n!?;|,](?:(?<=[^,])|(?<!\d,)|(?!\d))")
SENTENCE_CHARS = "。；！？\n!?;"
WINDOW = 160

# Up to the last clause or sentence stop before a position: greedy, then back to
# the last stop, in one C call (a Python loop over finditer, or one rfind per
# stop character, cost a frame or a scan each).  Every CLAUSE match is one
# character, so the end of the last one is the end of this match; the matches
# run with the same pos/endpos, so the look-arounds of CLAUSE see the same text.
_LAST_CLAUSE_RE = re.compile(f"(?s:.*)(?:{CLAUSE.pattern})")
_LAST_SENTENCE_RE = re.compile(f"(?s:.*)[{re.escape(SENTENCE_CHARS)}]")


def clause_start(text: str, pos: int, floor: int, fast: bool = True) -> int:
    if fast:
        m = _LAST_CLAUSE_RE.match(text, floor, pos)
        return floor if m is None else m.end()
    last = floor
    for m in CLAUSE.finditer(text, floor, pos):
        last = m.end()
    return last


def clause_end(text: str, pos: int) -> int:
    m = CLAUSE.search(text, pos, pos + WINDOW)
    return m.start() if m else min(len(text), pos + WINDOW)


def sentence_start(text: str, pos: int, fast: bool = True) -> int:
    lo = max(0, pos - WINDOW)
    if fast:
        m = _LAST_SENTENCE_RE.match(text, lo, pos)
        return lo if m is None else m.end()
    return max(lo, *(text.rfind(c, lo, pos) + 1 for c in SENTENCE_CHARS))


def next_clause(text: str, pos: int, nxt: Money | None) -> str | None:
    """The clause after ``pos`` when it is in the same sentence and holds no other amount."""
    if pos >= len(text) or text[pos] in SENTENCE_CHARS:
        return None
    start = pos + 1
    end = clause_end(text, start)
    if nxt is not None and nxt.start < end:
        return None
    phrase = text[start:end].strip()
    return phrase or None
