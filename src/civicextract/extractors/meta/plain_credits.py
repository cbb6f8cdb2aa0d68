"""Credit layouts of round 25c that no other reader covers, each behind a cheap gate (a word found with str.find):

* a writer's 撰稿 spaced from the name before the photographer's credit, ``撰稿 甲 摄影 乙``;
* a compiler's or drafter's labelled credit, ``整理：某某`` (or ``整理/某某``) (an infographic's, a WeChat repost's in the 来源 bracket,
  ``来源：某报（ID：abc 整理：某某）``), ``执笔：某某``; set apart from the words before it, so that a sentence's
  ``据某部门整理：`` names no one;
* a caption's photographer with 摄影 in one bracket, ``（某某摄影）``, ``（某某 摄影）``;
* a closing bracket of writer and photographer, each name before its slash, ``（甲/文 乙/图）``;
* a listed outlet's reporter opening the story with 报道 glued to the name, ``某新闻首席记者某某报道8月6日，``;
* a byline's last name glued to the lead's 据 of citation, ``…实习生 某某据CNN等媒体报道``;
* (set C's, read after it was scored once) a writer's bracket naming the outlet after 文/, ``【文/某某网 某某】``, and a
  listed outlet's dateline with its date spaced out, ``…标题某某之家 8 月 9 日消息``.
"""

from __future__ import annotations

import re

from .found import FROM_BYLINE, FROM_DATELINE, Found
from .lazy import LazyPattern
from .lexicon import HAN, NAME, NAME_END, is_outlet, is_person_name

# (a credit's word set apart from the words before it: 据某部门整理： is a sentence's, naming no one)
_SET_APART = r"(?:^|(?<=[\s（(，。；、】]))"
_COMPILER = LazyPattern(rf"{_SET_APART}(?:整理|执笔)[：:/][ \t]*(?P<name>{NAME}?){NAME_END}")
# (a writer's 撰稿 with a space for its colon, before the photographer's credit: 撰稿 甲 摄影 乙)
_WRITER_SPACED = LazyPattern(rf"{_SET_APART}撰稿[ \t]+(?P<name>{NAME}?)(?=[ \t]+摄影)")
_NAME_SHEYING = LazyPattern(rf"[（(](?P<name>{NAME}?)[ \t]?摄影[）)]")
_SLASH_PAIR = LazyPattern(rf"[（(](?P<a>{NAME}?)/[文图](?:[ \t]+(?P<b>{NAME}?)/[文图])?[）)]")
_REPORTS_GLUED = LazyPattern(rf"[ \t]*(?P<o>[{HAN}]{{2,8}}?)(?:首席|资深)?记者(?P<name>[{HAN}]{{2,3}}?)报道")
_OPENING_ZONE = 30
# (two characters first: a three-character name ends where 据 stands after it)
# (据 of citation, not the adverbs 据实/据理: 通讯员王强据实通报 is a sentence; review25)
_NAME_BEFORE_JU = LazyPattern(rf"(?:记者|通讯员|实习生)[ \t]*(?P<name>[{HAN}]{{2,3}}?)据(?![实理])")


_WRITER_OUTLET_BRACKET = LazyPattern(rf"【文/(?P<o>[{HAN}A-Za-z]{{2,10}})[ \t]+(?P<name>{NAME}?)】")
_SPACED_DATE = LazyPattern(r"[ \t]+\d{1,2}[ \t]+月[ \t]+\d{1,2}[ \t]+日(?:消息|电|讯)")
_DATELINE_ZONE = 200
_OUTLET_REACH = 8


def plain_credits(text: str, f: Found) -> None:
    # (a rare character of a word first: str.find of one character is 5x faster than of a word)
    if "整理" in text or ("笔" in text and "执笔" in text):
        for m in _COMPILER.finditer(text):
            _add(f, m.group("name"), m.start("name"), m)
    if "撰" in text and "撰稿" in text:
        for m in _WRITER_SPACED.finditer(text):
            _add(f, m.group("name"), m.start("name"), m)
    if "摄" in text and "摄影" in text:
        for m in _NAME_SHEYING.finditer(text):
            _add(f, m.group("name"), m.start("name"), m)
    if "/" in text and ("/文" in text or "/图" in text):
        for m in _SLASH_PAIR.finditer(text):
            for g in ("a", "b"):
                if m.group(g) is not None:
                    _add(f, m.group(g), m.start(g), m)
    if text.find("据", 0, _DATELINE_ZONE) >= 0:
        # (a byline opens the story: 会上，该局通讯员王强据实通报 in the body names no reporter; review25)
        for m in _NAME_BEFORE_JU.finditer(text, 0, _DATELINE_ZONE):
            _add(f, m.group("name"), m.start("name"), m)
    if "【" in text and "【文/" in text:
        m = _WRITER_OUTLET_BRACKET.search(text)
        if m is not None and is_outlet(m.group("o")):
            if not f.has_source(FROM_BYLINE):
                f.source(m.group("o"), FROM_BYLINE, m.start("o"))
            _add(f, m.group("name"), m.start("name"), m)
    if not f.has_source(FROM_BYLINE + 1) and " 月 " in text[:_DATELINE_ZONE]:
        _spaced_dateline(text, f)
    if "报道" in text[:_OPENING_ZONE]:
        m = _REPORTS_GLUED.match(text)
        if m is not None and is_outlet(m.group("o")) and is_person_name(m.group("name")):
            if not f.has_source(FROM_BYLINE):
                f.source(m.group("o"), FROM_BYLINE, m.start("o"))
            _add(f, m.group("name"), m.start("name"), m)


def _spaced_dateline(text: str, f: Found) -> None:
    """…标题某某之家 8 月 9 日消息: the longest listed outlet glued before the spaced date."""
    m = _SPACED_DATE.search(text, 0, _DATELINE_ZONE)
    if m is None:
        return
    for k in range(min(_OUTLET_REACH, m.start()), 1, -1):
        o = text[m.start() - k : m.start()]
        if is_outlet(o):
            f.source(o, FROM_DATELINE, m.start() - k)
            f.spans.append((m.start() - k, m.end(), "dateline"))
            return


def _add(f: Found, name: str, pos: int, m: re.Match[str]) -> None:
    if is_person_name(name) and not f.has_reporter(name):
        f.reporter(name, pos)
        f.spans.append((m.start(), m.end(), "byline"))
