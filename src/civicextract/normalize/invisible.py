"""Remove invisible format characters: zero-width spaces and joiners, soft hyphens, BOMs, bidi marks.

Pages paste them in from word processors and WeChat, and some insert them between
characters on purpose so that copied text does not match.  They show nothing, but
every rule reads them: ``3\\u200b000万元`` is no figure, ``龚\\u200b正`` no name, and
``<br\\u200b>`` no tag.  With one every seven characters an article lost three in
four money records (``benchmarks/layout_perturb.py``).  They are deleted first,
before markup (the markup stage drops the entities that stand for one,
``&#8203;``), with an offset map, so a record that spans one still maps back to
the original characters, the invisible one included.
"""

from __future__ import annotations

import re

from ..offsets import Edit, OffsetMap, rewrite

__all__ = ["INVISIBLE_CHARS", "drop_invisible", "remove_invisible"]

# Unicode's format characters (category Cf) that occur in text: soft hyphen, Mongolian vowel
# separator, zero-width space/non-joiner/joiner, left-to-right and right-to-left marks and
# embeddings, word joiner and invisible operators, isolates, and the byte order mark.
_INVISIBLE_CHARS = (
    "\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
)
INVISIBLE_CHARS = _INVISIBLE_CHARS  # (the document builder scans for them with the surrogates: one scan)
_INVISIBLE = re.compile("[" + _INVISIBLE_CHARS + "]+")
# remove_invisible looks for them one by one first: most articles hold none, and 22 scans for one
# character (in C, word at a time) cost a quarter of one pass of the pattern (a class with a repeat
# is tried at every position): 6.6 M against 26.6 M instructions over dev + fit.


def drop_invisible(text: str) -> str:
    """``text`` without its invisible format characters (no map: for a piece that is replaced whole)."""
    return _INVISIBLE.sub("", text)


def remove_invisible(text: str) -> tuple[str, OffsetMap]:
    """``text`` without its invisible format characters, and the map back to ``text``."""
    for ch in _INVISIBLE_CHARS:
        if ch in text:
            break
    else:
        return text, OffsetMap.identity(len(text))
    return rewrite(text, (Edit(m.start(), m.end()) for m in _INVISIBLE.finditer(text)))
