"""Join hard-wrapped lines back into paragraphs.

Text copied out of a PDF (the provinces publish their work reports as PDF),
out of an e-mail, or from a page that ends every visual line with ``<br>``
breaks each paragraph into lines of one width: mid-sentence, mid-name, even
mid-number (``投资30\\n00万元``).  Every extractor reads a line end as a
boundary, so such an article loses about a fifth of its money and most of its
purposes and subjects (``benchmarks/layout_perturb.py``).

A line break is joined only in an article whose lines carry the signature of a
wrap: at least :data:`MIN_FULL_LINES` lines, and a large share of all its long
lines, are *full* (within a few characters of the article's wrap width) and
end mid-sentence.  An ordinary article's lines are paragraphs that end with
``。！？”`` and vary in length; its headline, byline and headings end open but
are few and of any width, so it passes through untouched (its map is the
identity).  Inside a wrapped article a break is kept where the next line is
indented (a new paragraph) or the full line ends a sentence; a page number on a
line of its own between two lines of a paragraph (``— 3 —``) goes with the break.
"""

from __future__ import annotations

import re

from ..offsets import Edit, OffsetMap, rewrite

__all__ = ["unwrap_lines"]

# A line ending in one of these may end its paragraph; any other end is open.
_CLOSERS = frozenset("。！？；：…”’）」』】!?;:")
MIN_FULL_LINES = 4
# Full lines among all lines of at least _LONG characters: a wrapped paragraph of n lines has
# n - 1 full ones, an ordinary article almost none.
MIN_FULL_SHARE = 0.4
_LONG = 8
# Lines that open with these are list items, headings, quotes or markup, never the run-on of a wrapped
# line: they are neither counted as wrapped lines nor joined to the line before.
_MARKERS = frozenset("-*+•·●■□◆◇▲△★☆○>#|<【[")
# A field of a header or form (发文机关：某某市人民政府办公厅, 成文日期：…): not counted as a wrapped
# line, so a block of them alike in width is no wrap (a wrapped byline's first line still joins).
_FIELD_LINE = re.compile(r"\s*[\u4e00-\u9fff]{2,6}[：:]")
# An item of a numbered list or a numbered heading (1. 2、 （一） 一、 第三条): a line of its own.
_ITEM = re.compile(
    r"\s*(?:[0-9]{1,3}(?:[.．](?![0-9])|[、）)])|[（(][0-9一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十百]{1,4}[章节条])"
)
# A row of a table laid out as text: cells apart by a tab or a run of spaces.
_CELLS = re.compile(r"\S(?:\t|   )\s*\S")
# Narrower than this (display columns) no text is wrapped: such lines are headers, forms or lists.
_MIN_WRAP = 40
# A full line's display width against the wrap width: Han characters are two columns wide and
# digits or Latin letters one, so a wrapped line of figures holds more characters.
_FULL_FROM = 0.85


# A page number on a line of its own, as PDF text carries them between a paragraph's lines:
# — 3 —, - 12 -, 3, 第3页, 第 3 页 共 20 页.
_PAGE_NUMBER = re.compile(
    r"\s*(?:[-—–－]\s*)?(?:第\s*)?[0-9]{1,4}(?:\s*页(?:\s*共\s*[0-9]{1,4}\s*页)?)?(?:\s*[-—–－])?\s*"
)


def _width(line: str) -> int:
    # Display columns: one per ASCII character, two per CJK one (three UTF-8 bytes for one
    # character); encoding runs in C, cheaper than looking at each character.
    n = len(line)
    return n + (len(line.encode("utf-8")) - n) // 2


def unwrap_lines(text: str) -> tuple[str, OffsetMap]:
    """``text`` with the line breaks of a hard wrap removed, and the map back to ``text``."""
    if text.count("\n") < MIN_FULL_LINES:
        return text, OffsetMap.identity(len(text))
    lines = text.split("\n")
    bodies = [line.rstrip() for line in lines]
    long_lines = [b for b in bodies if len(b.strip()) >= _LONG]
    open_lines = [
        b
        for b in long_lines
        if b[-1] not in _CLOSERS
        and b.lstrip()[0] not in _MARKERS
        and not _FIELD_LINE.match(b)
        and not _ITEM.match(b)
        and not _CELLS.search(b)
    ]
    if len(open_lines) < MIN_FULL_LINES:
        return text, OffsetMap.identity(len(text))
    # The wrap width, in display columns (a PDF's lines) and in characters (a wrap by count): the
    # upper quartile of the open lines' (a wrapped paragraph's last line is shorter).
    q = len(open_lines) * 3 // 4
    wrap_width = sorted(_width(b) for b in open_lines)[q]
    if wrap_width < _MIN_WRAP:
        return text, OffsetMap.identity(len(text))
    low_width = wrap_width * _FULL_FROM
    low_chars = sorted(len(b) for b in open_lines)[q] * _FULL_FROM

    def is_full(body: str) -> bool:
        return len(body) >= low_chars or _width(body) >= low_width

    full = sum(1 for b in open_lines if is_full(b))
    if full < MIN_FULL_LINES or full < MIN_FULL_SHARE * len(long_lines):
        return text, OffsetMap.identity(len(text))
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    edits = []
    i = 0
    while i < len(lines) - 1:
        body = bodies[i]
        if not body.strip() or body[-1] in _CLOSERS or not is_full(body) or _CELLS.search(body):
            i += 1
            continue
        # A PDF's page number between two lines of one paragraph (— 3 —) goes with the break.
        j = i + 2 if i + 2 < len(lines) and _PAGE_NUMBER.fullmatch(lines[i + 1]) else i + 1
        nxt = lines[j]
        if not nxt.strip() or nxt[0].isspace() or nxt[0] in _MARKERS or _ITEM.match(nxt):
            # a blank line, an indent, a list item
            i += 1
            continue
        cut_from = starts[i] + len(body)  # trailing spaces go with the break
        before, after = body[-1], nxt[0]
        # Latin words keep a space between them; figures and Han text close up (投资2|99.2亿元).
        joint = " " if before.isascii() and before.isalpha() and after.isascii() and after.isalpha() else ""
        edits.append(Edit(cut_from, starts[j], joint))
        i = j
    if not edits:
        return text, OffsetMap.identity(len(text))
    return rewrite(text, edits)
