"""Strip simple HTML and Markdown markup, keeping an offset map.

Scraped news often arrives as ``<p>…</p>`` fragments or as Markdown exports
(``# title``, ``**lead**``, ``![](img)``).  Block-level tags become a line
break so that paragraphs stay apart; inline tags vanish; entities become the
character they stand for.

Linear time on any input: every branch of the pattern is bounded, and the two
constructs whose end may be anywhere later in the text (``<!-- … -->`` and
``<script> … </script>``) find their end with a search that is remembered, so
a thousand unclosed ``<!--`` cost one scan of the text, not a thousand.
"""

from __future__ import annotations

import html
import re

from ..offsets import Edit, OffsetMap, rewrite
from .invisible import drop_invisible

_BLOCK = r"(?:p|div|br|hr|li|ul|ol|tr|table|h[1-6]|figure|figcaption|section|article|header|footer|blockquote|pre)"
# Attribute runs stop at the next < as well as at >: ``<p<p<p…`` must not read
# 2000 characters ahead from every ``<p``.
_MARKUP = re.compile(
    r"""
      (?P<drop><(?P<dropname>script|style|noscript|template|title)\b[^<>]{0,2000}>)  # not body text: ends at its closing tag
    | (?P<comment><!--)                                                # ends at the next -->
    | (?P<block></?BLOCK\b[^<>]{0,2000}>)                              # paragraph breaks
    | (?P<tag></?[a-zA-Z][a-zA-Z0-9:-]*\b[^<>]{0,2000}>)                # inline tags
    | (?P<entity>&(?:\#\d{1,7}|\#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,10});)
    | (?P<image>!\[[^\[\]\n]{0,500}\]\([^()\n]{0,2000}\))                # Markdown image
    | (?P<link>\[(?=[^\[\]\n]{1,500}\]\([^()\n]{1,2000}\)))               # Markdown link: keep its text
    | (?P<linkrest>(?<=[^\n!])\]\([^()\n]{1,2000}\))
    | (?P<emph>\*\*|__)
    | (?P<heading>^\#{1,6}[ \t]+)
    """.replace("BLOCK", _BLOCK),
    re.VERBOSE | re.MULTILINE | re.IGNORECASE,
)
_CLOSE_COMMENT = re.compile("-->")
# <title> goes with them: it is the page's, read apart by page_title().
_CLOSE_DROP = {
    name: re.compile(rf"</{name}\s*>", re.IGNORECASE) for name in ("script", "style", "noscript", "template", "title")
}


def strip_markup(text: str) -> tuple[str, OffsetMap]:
    if "<" not in text and "&" not in text and "*" not in text and "#" not in text and "](" not in text:
        return text, OffsetMap.identity(len(text))
    edits = []
    for kind, start, end, group in _markup_matches(text):
        if kind == "block":
            rep = "\n"
        elif kind == "entity":
            rep = html.unescape(group)
            if rep == group:
                continue
            rep = drop_invisible(rep.replace("\xa0", " "))  # &#8203; and &shy; show nothing either
        else:
            rep = ""
        edits.append(Edit(start, end, rep))
    return rewrite(text, edits)


# Every branch of _MARKUP opens with one of these characters (the anchor and the
# look-behind before # and ] are zero-width).  _MARKUP itself opens with groups,
# so the engine would try all of it at every position of the text.
_MARKUP_FIRST = re.compile(r"[<&!\[\]*_#]")


class _NextClose:
    """The first match of a closing pattern at or after a position, remembered.

    Positions asked about only grow, so a remembered answer stays right until
    the position passes it, and "none after q" stays right for good: the text
    is scanned once per pattern however many openers are unclosed.
    """

    def __init__(self, pattern: re.Pattern[str], text: str) -> None:
        self.pattern, self.text = pattern, text
        self.asked = -1
        self.found: re.Match[str] | None = None  # the match for positions in (prev, asked]

    def after(self, pos: int) -> re.Match[str] | None:
        if self.asked >= 0 and pos >= self.asked and (self.found is None or self.found.start() >= pos):
            return self.found
        self.asked, self.found = pos, self.pattern.search(self.text, pos)
        return self.found


def _markup_matches(text: str):
    """``(kind, start, end, text)`` of every piece of markup, left to right."""
    closers: dict[str, _NextClose] = {}
    pos = 0
    while (c := _MARKUP_FIRST.search(text, pos)) is not None:
        m = _MARKUP.match(text, c.start())
        if m is None:
            pos = c.start() + 1
            continue
        kind, end = m.lastgroup, m.end()
        if kind in ("comment", "drop"):
            key = m.group("dropname").lower() if kind == "drop" else "comment"
            if key not in closers:
                closers[key] = _NextClose(_CLOSE_DROP[key] if kind == "drop" else _CLOSE_COMMENT, text)
            close = closers[key].after(end)
            if close is None:
                # Unclosed: a comment opener is left as text, as before; an
                # unclosed <script …> is an ordinary tag.
                if kind == "comment":
                    pos = c.start() + 1
                    continue
                kind = "tag"
            else:
                end = close.end()
        yield kind, m.start(), end, text[m.start() : end]
        pos = end


# The page's <title>, read apart from the body (meta.title when the text has no
# headline of its own).  It sits in <head>: only the start of a page is searched.
_PAGE_TITLE = re.compile(r"<title\b[^<>]{0,200}>(?P<title>[^<]{1,300})</title\s*>", re.IGNORECASE)
_TITLE_REACH = 20_000


def page_title(text: str) -> str | None:
    """The text of an HTML page's ``<title>``, unescaped and stripped, or None."""
    m = _PAGE_TITLE.search(text, 0, _TITLE_REACH) if "<" in text else None
    title = html.unescape(m.group("title")).replace("\xa0", " ").strip() if m else ""
    return title or None
