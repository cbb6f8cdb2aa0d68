"""Article meta: source, publication time, editor, reporters, title.

Works on the Simplified, width-normalised text *before* the body is cut out
of it, because the header and the bylines are what it reads; it returns the
spans it used, so that the document builder can keep them out of the body
(a reporter is not an official, a header date is not a metric).

One module per place meta is written: ``headers`` (header lines and
``来源：`` labels), ``datelines``, ``bylines`` (role runs, photo credits),
``credits`` (closing brackets, trailing names; it calls the layouts of
``brackets`` and ``glued``) and ``footers`` (editors, outlets naming
themselves); ``roles`` holds the role-run patterns they share, ``found``
decides which finding wins, ``lexicon`` holds the names.
"""

from __future__ import annotations

import re

from ...normalize.convert import to_simplified
from ...normalize.widths import normalize_widths
from ...records import Meta
from .bylines import bylines
from .credits import credits
from .datelines import datelines
from .footers import footers
from .found import FROM_DATELINE, Found
from .headers import headers, labels, repeated_headline_end
from .lexicon import HAN, STOP, is_outlet, is_person_name, name_glued_at, name_lexicons
from .plain_credits import plain_credits
from .rare_layouts import rare_layouts
from .roles import BYLINE, PHOTO, byline_matches, photo_matches
from .web_pages import web_pages

__all__ = [
    "BYLINE",
    "PHOTO",
    "byline_matches",
    "find_meta",
    "is_outlet",
    "is_person_name",
    "name_lexicons",
    "photo_matches",
]

_STOP_RE = re.compile(STOP)
_SQUARE = str.maketrans("［］", "[]")
# The role and desk words a credit block spaces out, each read only before a colon, bar or slash.
_SPACED_WORDS = ("记 者", "编 辑", "摄 影", "作 者", "审 核", "校 对", "监 制", "视 觉", "统 筹", "策 划", "责 编")
_SPACED_LABEL = re.compile(rf"(?<![{HAN}])(?:{'|'.join(_SPACED_WORDS)})(?=[ \t]{{0,2}}[：:|｜丨/])")


# Where a spaced credit block stands: the head and the tail; it names its reporter or its editor.
_SPACED_HEAD, _SPACED_TAIL = 300, 600


def _spaced_block(text: str) -> bool:
    """Whether 记 者 or 编 辑 stands in the text's head or tail (str.find within the zones, no generator:
    a scan of the whole text for each spaced word cost 5 % of the meta finder)."""
    tail = len(text) - _SPACED_TAIL
    if tail <= _SPACED_HEAD:
        return "记 者" in text or "编 辑" in text
    return (
        text.find("记 者", 0, _SPACED_HEAD) >= 0
        or text.find("编 辑", 0, _SPACED_HEAD) >= 0
        or text.find("记 者", tail) >= 0
        or text.find("编 辑", tail) >= 0
    )


def _unspaced(m: re.Match[str]) -> str:
    return " " + m.group().replace(" ", "")
_TITLE = re.compile(r"\A\s*#\s+(?P<title>[^\n]{2,120})")
_FIRST_LINE = re.compile(r"\A\s*(?P<title>[^\n]{2,120})(?=\n|\Z)")
_ORIGINAL_TITLE = re.compile(r"\A\s*原标题[：:](?P<title>[^\n]{2,120})(?=\n|\Z)")


# A page title names the site after the headline: 标题 - 眉山网, 标题_眉山网, 标题|眉山网.
_SITE_SUFFIX = re.compile(r"\s*(?:[_|｜]|\s[-–—]\s|——|--)\s*[^_|｜]{1,20}$")


def page_headline(page_title: str) -> str | None:
    """The headline a page's title carries: the site's name after it cut (东坡区推进城市更新_眉山网 -> 东坡区推进城市更新), Simplified."""
    title = page_title
    for _ in range(3):
        m = _SITE_SUFFIX.search(title)
        if m is None or m.start() < 4:
            break
        title = title[: m.start()]
    title = to_simplified(normalize_widths(title))[0].strip()
    return title or None


def find_meta(
    text: str, *, titled: bool = False, page_title: str | None = None
) -> tuple[Meta, list[tuple[int, int, str]]]:
    """Meta fields and the ``(start, end, kind)`` spans they were read from.

    ``titled``: the first line is a title (the input opened with a Markdown
    heading, whose ``#`` the markup step has already removed).
    ``page_title``: the HTML ``<title>``, Simplified; the title when the text
    itself has no better headline.
    """
    # A portal's full-width square brackets read as the ASCII ones every finder knows (［责任编辑：某某］); one
    # character for one, so every span still points into the text as given.
    if "［" in text or "］" in text:  # (str.translate walks every character: only where one stands)
        text = text.translate(_SQUARE)
    if _spaced_block(text):
        # A credit block's two-character labels spaced to the width of its longer ones (记 者 | 甲 乙,
        # 编 辑 | 丙, round 27): the space moved before the word, so every finder reads the label it knows;
        # one character for one again
        text = _SPACED_LABEL.sub(_unspaced, text)
    f = Found()
    m = _TITLE.match(text) or (_FIRST_LINE.match(text) if titled else None) or _ORIGINAL_TITLE.match(text)
    if m:
        f.title = m.group("title").strip()
        f.spans.append((m.start(), m.end(), "title"))
    elif page_title:
        f.title = page_headline(page_title)
    header_ends = headers(text, f)
    repeat = repeated_headline_end(text) if "原标题" in text[:12] else None
    if repeat is not None:
        header_ends.append(repeat)
    datelines(text, f, header_ends)
    bylines(text, f)
    if repeat is not None:
        _after_repeat(text, repeat, f)
    credits(text, f)
    rare_layouts(text, f)
    plain_credits(text, f)
    labels(text, f, header_ends)
    footers(text, f)
    web_pages(text, f)
    if f.title is None or (m is not None and m.re is _ORIGINAL_TITLE and _meta_inside(f, m.end())):
        # (a 原标题： line that a dateline or byline runs on in is cut where they start)
        f.title = None
        _title_from_layout(text, f)
    return f.meta(), f.spans


# An outlet's 讯 opening the story right after the repeat: the repeat ends its name
# on the left, so a name in no list is read too (…标题今日永州讯“八一”…).
_XUN_AFTER_REPEAT = re.compile(rf"[{HAN}]{{2,8}}?(?=讯(?![员息]))")


def _after_repeat(text: str, pos: int, f: Found) -> None:
    """What a repeated headline is glued to: an outlet's 讯 (…标题今日永州讯…), or
    the writer's name before the lead (…骚乱刘曦美国…)."""
    m = _XUN_AFTER_REPEAT.match(text, pos)
    if m is not None and not f.has_source(FROM_DATELINE + 1) and not _STOP_RE.search(m.group()):
        f.source(m.group(), FROM_DATELINE, pos)
        f.spans.append((pos, m.end() + 1, "dateline"))
        return
    name = name_glued_at(text, pos, short=True) if not f._reporters else None
    if name is not None:
        f.reporter(name, pos)
        f.spans.append((pos, pos + len(name), "byline"))


def _meta_inside(f: Found, end: int) -> bool:
    return any(s < end for s, _, k in f.spans if k != "title")


# A headline line: short, no sentence inside it (a full stop or a colon at its end
# makes it a paragraph or a lead-in), more text after it.
# (the spaces around it bounded: a run of spaces is not rescanned for every cut)
_HEADLINE = re.compile(r"\A[ \t]{0,8}(?P<title>[^\n。；]{4,60}?)[ \t]{0,8}\n(?=[ \t]{0,8}\S)")
_MAX_TITLE = 80
_OWN_PAPER_END = re.compile(r"本[报台网刊]讯?$")
# A report's section heading is no headline: （七）…, 三、…, 1. …
_SECTION = re.compile(r"[ \t]*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.、．])")
_GLUED_TITLE = re.compile(r"\A\s*原标题[：:](?P<title>[^\n]{2,120}?)")
# An information-disclosure page's form opens the text (索引号：…, 发文机关：…): its fields are no headline.
_FORM_FIELD = re.compile(
    r"[ \t]*(?:索引号|主题分类|发文机关|发布机构|发文字号|有效性|公开方式|公开范围|体裁分类|组配分类|主题词)[：:]"
)


def _title_from_layout(text: str, f: Found) -> None:
    """The headline when nothing marked it: the first line, if it is a headline and
    no header or byline; or a 原标题： line up to the dateline or byline glued to it."""
    first_meta = min((s for s, _, k in f.spans if k != "title"), default=len(text))
    g = _GLUED_TITLE.match(text)
    if g:
        end = text.find("\n", g.start("title"))
        end = len(text) if end < 0 else end
        title = _OWN_PAPER_END.sub("", text[g.start("title") : first_meta].rstrip(" \t【[")).strip()
        half = len(title) // 2
        if len(title) % 2 == 0 and title[:half] == title[half:]:
            title = title[:half]  # the scrape repeats the headline: 标题标题 河南日报客户端记者…
        # …活动启动扬子晚报网8月18日讯: a headline's length, no sentence inside it
        if first_meta < end and 2 <= len(title) <= _MAX_TITLE and "。" not in title:
            f.title = title
        return
    m = _HEADLINE.match(text)
    if (
        m
        and first_meta >= m.end("title")
        and not _SECTION.match(m.group("title"))
        and not _FORM_FIELD.match(m.group("title"))
    ):
        if not m.group("title").rstrip().endswith(("：", ":", "，")):
            f.title = m.group("title").strip()
