"""Layouts of round 25b that no other reader covers, each behind a cheap gate (a word found with str.find):

* a wire service's press-release dateline, ``青禾2023年8月14日 /美通社/ --``;
* a listed finance app opening the story with the local time, ``财联社当地时间周日（8月13日），``;
* a repost's note naming the app it took the story from in 【】, ``本文转自【某新闻客户端】；`` (a dateline beats it);
* a district account's name after a dash, its author in bar form, ``——某某海淀 | 作者 某某``;
* a video contest's bracketed label, ``【作者】甲、乙【报送单位】…``;
* a feature's photographers listed after 摄影, ``摄影：甲 乙 丙 部分图片为资料图``;
* a correspondent's name glued to the next credit's outlet, ``通讯员 甲某报天眼新闻记者 乙``;
* a finance site's head bar credits, ``来源：某财经作者 | 甲编辑 | 乙8月14日…``: its editor is the article's,
  not the portal's closing 责任编辑 (of a desk run the first, fit's t071);
* an e-paper's page properties that the scrape left as text after the story (Founder's ENP, which many
  papers' e-paper sites run: ``2021-11-17 1 1 中国改革报 content_44733.htm 1 <headline> /enpproperty-->``,
  round 27c): the paper and the issue's date.
"""

from __future__ import annotations

from .found import FROM_BYLINE, FROM_DATELINE, Found
from .lazy import LazyPattern
from .lexicon import (
    HAN,
    NAME,
    ROLE,
    is_credit_name,
    is_outlet,
    is_person_name,
    name_glued_at,
    outlet_pattern,
    outlet_suffixes,
)

_ZONE = 200
_RELEASE = LazyPattern(rf"[{HAN}]{{2,8}}\d{{4}}年\d{{1,2}}月\d{{1,2}}日[ \t]*/(?P<o>[{HAN}]{{2,6}})/[ \t]*(?:--|——|－－)")
_LOCAL_TIME = LazyPattern(rf"[ \t]*(?P<o>[{HAN}]{{2,8}}?)当地时间")
_REPOSTED = LazyPattern(rf"本文转(?:载)?自【(?P<o>[{HAN}A-Za-z]{{2,12}})】")
_ACCOUNT_AUTHOR = LazyPattern(rf"——(?P<o>[{HAN}]{{2,10}})[ \t]*[|｜丨][ \t]*作者[ \t]*(?P<name>{NAME}?)(?=\d|[ \t]|$)")
_AUTHOR_LABEL = LazyPattern(rf"【作者】(?P<names>{NAME}(?:、{NAME}){{0,5}})(?=【)")
_PHOTOGRAPHERS = LazyPattern(rf"摄影[：:][ \t]*(?P<names>[{HAN}· \t]{{2,120}})")
_GLUED_CORRESPONDENT = LazyPattern(rf"通讯员[：:]?[ \t]*(?P<rest>[{HAN}]{{5,15}}?)(?:全媒体|融媒体)?记者")
_HEAD_BAR_EDITOR = LazyPattern(
    rf"作者[ \t]?[|｜丨][ \t]?{NAME}?编辑[ \t]?[|｜丨][ \t]?(?P<name>{NAME}?)(?=\d|[ \t，。]|$)"
)
_HEAD_BAR_ZONE = 60
_BAR_ROLE = LazyPattern(r"[ \t]*[|｜丨][ \t]*(?:记者|通讯员|作者)")
_ROLE_AT = LazyPattern(rf"[{HAN}]{{0,4}}?{ROLE}")
_PHOTO_OUTLET_NAME = LazyPattern(rf"图/(?P<rest>[{HAN}]{{4,12}})")
_ENP = LazyPattern(rf"(?P<date>\d{{4}}-\d{{2}}-\d{{2}})[ \t]+\d+[ \t]+\d+[ \t]+(?P<o>[{HAN}]{{2,12}})[ \t]+content_\d+\.htm")
_ENP_ZONE = 400


def rare_layouts(text: str, f: Found) -> None:
    head = text[:_ZONE]
    tail = max(0, len(text) - _ENP_ZONE)
    if text.find("enpproperty", tail) >= 0:
        _epaper_properties(text, tail, f)
    if "/" in head and "年" in head:
        m = _RELEASE.search(text, 0, _ZONE)
        if m is not None:
            f.source(m.group("o"), FROM_DATELINE, m.start("o"))
            f.spans.append((m.start(), m.end(), "dateline"))
    if not f.has_source(FROM_BYLINE + 1) and "当地时间" in text[:16]:
        m = _LOCAL_TIME.match(text)
        if m is not None and is_outlet(m.group("o")):
            f.source(m.group("o"), FROM_DATELINE, m.start("o"))
            f.spans.append((m.start("o"), m.end("o"), "dateline"))
    if "本文转自【" in head or "本文转载自【" in head:  # (as every match opens: no compile without)
        m = _REPOSTED.search(text, 0, _ZONE)
        if m is not None:
            # (only where no dateline or byline has named an outlet: round 5's m5-13 本文转自【中国军网】；解放军报讯
            # names 解放军报, round 16's r16-c10 keeps its 文/某报记者's paper; the broadcaster's group in a closing
            # bracket, （总台央视记者 某某）, yields to it)
            if not f.decided(FROM_BYLINE + 1):
                f.source(m.group("o"), FROM_BYLINE, m.start("o"))
            f.spans.append((m.start(), m.end(), "header"))
    if "——" in head and "作者" in head:
        m = _ACCOUNT_AUTHOR.search(text, 0, _ZONE)
        if m is not None and is_person_name(m.group("name")):
            f.source(m.group("o"), FROM_BYLINE, m.start("o"))
            if not f.has_reporter(m.group("name")):
                f.reporter(m.group("name"), m.start("name"))
            f.spans.append((m.start(), m.end(), "byline"))
    if not f.has_source(FROM_BYLINE + 1) and ("|" in head or "｜" in head or "丨" in head):
        _outlet_bar_role(text, f)
    # (a rare character of each word first: str.find of one character is 5x faster than of a word)
    if "/" in text and "图/" in text:
        _photo_outlet_name(text, f)
    if "【" in text and "【作者】" in text:
        _author_label(text, f)
    if "摄" in text and "摄影" in text:
        _photographers(text, f)
    if "讯" in text and "通讯员" in text:
        _glued_correspondent(text, f)
    if "编辑" in text[:_HEAD_BAR_ZONE] and "作者" in text[:_HEAD_BAR_ZONE]:
        m = _HEAD_BAR_EDITOR.search(text, 0, _HEAD_BAR_ZONE + 10)
        if m is not None and is_person_name(m.group("name")):
            f.editor = m.group("name")
            f.spans.append((m.start("name"), m.end("name"), "byline"))


def _author_label(text: str, f: Found) -> None:
    m = _AUTHOR_LABEL.search(text)
    if m is None:
        return
    names = m.group("names").split("、")
    if all(is_person_name(n) for n in names):
        off = m.start("names")
        for n in names:
            off = text.index(n, off)
            if not f.has_reporter(n):
                f.reporter(n, off)
        f.spans.append((m.start(), m.end(), "byline"))


def _photographers(text: str, f: Found) -> None:
    """摄影：甲 乙 丙 部分图片…: the names set apart by spaces, up to the first word that is none."""
    for m in _PHOTOGRAPHERS.finditer(text):
        off = m.start("names")
        read = []
        for token in m.group("names").split():
            # (a three-character name whose surname no list holds, after listed ones: 甲 乙 茶某某)
            unlisted = len(read) >= 2 and len(token) == 3 and is_credit_name(token) and not any(c in token for c in "图片照等")
            if not (is_person_name(token) or unlisted):
                break
            off = text.index(token, off)
            read.append((off, token))
            off += len(token)
        if len(read) < 2:
            continue  # (one name is read by the byline runs already)
        for pos, n in read:
            if not f.has_reporter(n):
                f.reporter(n, pos)
        f.spans.append((m.start(), read[-1][0] + len(read[-1][1]), "byline"))


def _glued_correspondent(text: str, f: Found) -> None:
    """通讯员 甲某报天眼新闻记者 乙: 甲 ends where the next credit's outlet starts."""
    endings = outlet_suffixes()
    for m in _GLUED_CORRESPONDENT.finditer(text):
        rest = m.group("rest")
        # (a name of three or two characters: the split whose outlet a list holds first)
        splits = [k for k in (3, 2) if is_person_name(rest[:k]) and rest[k:].endswith(endings) and len(rest) - k >= 3]
        k = next((k for k in splits if is_outlet(rest[k:])), splits[0] if splits else 0)
        if not k or f.has_reporter(rest[:k]):
            continue
        f.reporter(rest[:k], m.start("rest"))
        f.spans.append((m.start(), m.start("rest") + k, "byline"))


def _outlet_bar_role(text: str, f: Found) -> None:
    """…标题某日报客户端 | 记者 甲: a listed outlet glued to the headline, its credits after a bar."""
    for o in outlet_pattern().finditer(text, 0, _ZONE):
        if _BAR_ROLE.match(text, o.end()):
            f.source(o.group(), FROM_BYLINE, o.start())
            return


def _photo_outlet_name(text: str, f: Found) -> None:
    """图/某新闻甲某研究院…: a photo credit naming the outlet, its photographer glued to the next sentence."""
    endings = outlet_suffixes()
    for m in _PHOTO_OUTLET_NAME.finditer(text):
        rest = m.group("rest")
        for k in range(2, min(9, len(rest) - 1)):
            o = rest[:k]
            if not (is_outlet(o) or o.endswith(endings)):
                continue
            at = m.start("rest") + k
            if _ROLE_AT.match(text, at):
                return  # 文、图/某报全媒体记者 某某: a byline run, read by the runs
            # (both readings return only names is_person_name accepts)
            name = name_glued_at(text, at) or next((text[at : at + n] for n in (3, 2) if is_person_name(text[at : at + n])), None)
            if name is not None and not f.has_reporter(name):
                f.reporter(name, m.start("rest") + k)
                f.spans.append((m.start(), m.start("rest") + k + len(name), "byline"))
                return


def _epaper_properties(text: str, tail: int, f: Found) -> None:
    """The paper and the issue's date of an e-paper page's property line (``_ENP``): the page's own, after
    any header or byline that named them."""
    m = _ENP.search(text, tail)
    if m is None:
        return
    if not f.decided(FROM_BYLINE + 1):
        f.source(m.group("o"), FROM_BYLINE, m.start("o"))
    f.published = f.published or m.group("date")
    f.spans.append((m.start(), m.end(), "header"))
