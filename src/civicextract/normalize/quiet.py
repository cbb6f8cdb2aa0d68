"""One scan for what three cleaning steps look for, before any of them runs.

The first steps look for lone surrogates and invisible format characters, ``widths`` for wide
forms (``０``, ``\\u3000``), ``convert`` for the characters OpenCC's ``t2s`` may change.  Each looks
with a class of characters that the regex engine tests every character of the text against (about
50 instructions a character), and most articles hold none of them: one class of all of them costs
what one of those scans did, and where it finds nothing the steps are skipped (the text they would
give back is the text they were given).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .convert import t2s_class
from .invisible import INVISIBLE_CHARS
from .widths import WIDE_CLASS, WRITTEN

__all__ = ["nothing_to_clean"]


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str] | None:
    """The class of all of them; None where ``t2s`` may change any text (no table for this
    OpenCC) or a character ``widths`` writes (then the text it gives ``convert`` is another)."""
    t2s = t2s_class()
    if t2s is None:
        return None
    changed = re.compile(f"[{t2s}]")
    if any(changed.match(c) for c in WRITTEN + "".join(map(chr, range(128)))):
        return None
    return re.compile(f"[\\ud800-\\udfff{INVISIBLE_CHARS}{WIDE_CLASS}{t2s}]")


def nothing_to_clean(text: str) -> bool:
    """True only where ``text`` holds no lone surrogate, invisible character, wide form or
    character ``t2s`` may change."""
    pattern = _pattern()
    return pattern is not None and pattern.search(text) is None
