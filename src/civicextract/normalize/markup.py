"""Strip simple HTML and Markdown markup, keeping an offset map.

Scraped news often arrives as ``<p>…</p>`` fragments or as Markdown exports
(``# title``, ``**lead**``, ``![](img)``).  Block-level tags become a line
break so that paragraphs stay apart; inline tags vanish; entities become the
character they stand for.
"""

from __future__ import annotations

import html
import re

from ..offsets import Edit, OffsetMap, rewrite

_BLOCK = r"(?:p|div|br|hr|li|ul|ol|tr|table|h[1-6]|figure|figcaption|section|article|header|footer|blockquote|pre)"
_MARKUP = re.compile(
    r"""
      (?P<drop><(script|style|noscript|template)\b[^>]*>.*?</\2\s*>)   # invisible content
    | (?P<comment><!--.*?-->)
    | (?P<block></?BLOCK\b[^>]{0,2000}>)                               # paragraph breaks
    | (?P<tag></?[a-zA-Z][a-zA-Z0-9:-]*\b[^<>]{0,2000}>)                # inline tags
    | (?P<entity>&(?:\#\d{1,7}|\#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,10});)
    | (?P<image>!\[[^\]\n]{0,500}\]\([^)\n]{0,2000}\))                   # Markdown image
    | (?P<link>\[(?=[^\]\n]{1,500}\]\([^)\n]{1,2000}\)))                  # Markdown link: keep its text
    | (?P<linkrest>(?<=[^\n!])\]\([^)\n]{1,2000}\))
    | (?P<emph>\*\*|__)
    | (?P<heading>^\#{1,6}[ \t]+)
    """.replace("BLOCK", _BLOCK),
    re.VERBOSE | re.DOTALL | re.MULTILINE | re.IGNORECASE,
)


def strip_markup(text: str) -> tuple[str, OffsetMap]:
    if "<" not in text and "&" not in text and "*" not in text and "#" not in text and "](" not in text:
        return text, OffsetMap.identity(len(text))
    edits = []
    for m in _markup_matches(text):
        kind = m.lastgroup
        if kind == "block":
            rep = "\n"
        elif kind == "entity":
            rep = html.unescape(m.group())
            if rep == m.group():
                continue
            rep = rep.replace("\xa0", " ")
        else:
            rep = ""
        edits.append(Edit(m.start(), m.end(), rep))
    return rewrite(text, edits)


# Every branch of _MARKUP opens with one of these characters (the anchor and the
# look-behind before # and ] are zero-width).  _MARKUP itself opens with groups,
# so the engine would try all of it at every position of the text.
_MARKUP_FIRST = re.compile(r"[<&!\[\]*_#]")


def _markup_matches(text: str):
    """``_MARKUP.finditer(text)``, matched only where a markup character stands."""
    pos = 0
    while (c := _MARKUP_FIRST.search(text, pos)) is not None:
        m = _MARKUP.match(text, c.start())
        if m is None:
            pos = c.start() + 1
            continue
        yield m
        pos = m.end()
