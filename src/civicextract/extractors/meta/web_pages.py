"""Layouts of government-site, portal and e-paper web pages (rounds 27c and 28) that no other reader covers, each
behind a cheap gate (a character or word found with str.find in a bounded zone):

* a press release's closing date line with its weekday in brackets, as the Hong Kong and Macau governments'
  releases end (``2024年5月3日（星期五）`` then ``香港时间12时48分``): the release's date, where no header gave one;
* a closing source bracket that goes on with the desk's editor and the date, comma-separated
  (``（来源：吉首市住建局，湖南环保产业网周立新编辑，2012年06月18日）``);
* a photo credit the scrape glued between the caption and the next sentence (``…签约仪式现场刘敏摄据介绍，…``):
  a name the surname lexicon knows right before 摄, a lead's opening word right after it;
* a closing credit bracket whose opening bracket the scrape lost, the names right after the last sentence
  (``…融合发展。周晓峰、彭丽)``);
* a photo report's credit line, the names then 摄影报道 (``唐建军 曾雅琪 摄影报道(衡阳图片网)``).
"""

from __future__ import annotations

from .found import Found
from .headers import DATE, iso
from .lazy import LazyPattern
from .lexicon import HAN, is_common_word, is_credit_name, is_person_name
from .roles import AFTER_CLOSING

_TAIL = 300
# (the weekday in brackets sets the line apart from a notice's signature date, which never carries one)
_RELEASE_DATE = LazyPattern(rf"(?m)^[ \t]*(?P<date>{DATE})[ \t]*[（(]星期[一二三四五六日天][）)][ \t]*$")
_CLOSING_SOURCE = LazyPattern(r"[（(]来源[：:]")
_CLOSING_PART = LazyPattern(rf"[ \t]*(?P<date>{DATE})[ \t]*|[ \t]*(?P<desk>[^，,]{{2,30}}?)编辑[ \t]*")
# What opens the sentence after a glued photo credit: a lead's citation or time word.
_LEAD_AFTER_PHOTO = (
    "据了解",
    "据悉",
    "据介绍",
    "据统计",
    "近日",
    "日前",
    "目前",
    "当天",
    "当日",
    "昨天",
    "昨日",
    "今天",
    "今年",
    "记者",
)
_HAN_RUN = LazyPattern(rf"[{HAN}]{{3}}")
_LOST_OPENING = LazyPattern(rf"(?P<names>[{HAN}]{{2,3}}(?:[、 \t][{HAN}]{{2,3}}){{0,4}})[）)]")
_LOST_REACH = 20
_PHOTO_REPORT = LazyPattern(rf"(?m)^[ \t]*(?P<names>[{HAN}]{{2,4}}(?:[ \t]+[{HAN}]{{2,4}}){{0,3}})[ \t]*摄影报道")
_NAME_WORD = LazyPattern(rf"[{HAN}]+")


def web_pages(text: str, f: Found) -> None:
    tail = max(0, len(text) - _TAIL)
    if f.published is None and text.find("星期", tail) >= 0:
        m = _RELEASE_DATE.search(text, tail)
        if m is not None:
            f.published = iso(m.group("date"))
            f.spans.append((m.start("date"), m.end(), "footer"))
    if text.find("编辑", tail) >= 0 and text.find("来源", tail) >= 0:
        _closing_source(text, tail, f)
    if "摄" in text:
        _glued_photo_credits(text, f)
        if "摄影报道" in text:
            _photo_report(text, f)
    if not f._reporters and (text.find(")", tail) >= 0 or text.find("）", tail) >= 0):
        _lost_opening(text, tail, f)


def _closing_source(text: str, tail: int, f: Found) -> None:
    """``（来源：某单位，某网某某编辑，2012年06月18日）``: the editor and the date after the source, each its own part."""
    m = _CLOSING_SOURCE.search(text, tail)
    if m is None:
        return
    close = min((i for i in (text.find("）", m.end()), text.find(")", m.end())) if i >= 0), default=-1)
    if close < 0 or text.find("\n", m.end(), close) >= 0:
        return
    inside = text[m.end() : close]
    pos = m.end()
    for part in inside.replace(",", "，").split("，")[1:]:
        pos = text.find(part, pos)
        p = _CLOSING_PART.fullmatch(part)
        if p is None:
            continue
        if p.group("date") and f.published is None:
            f.published = iso(p.group("date"))
        elif p.group("desk") and f.editor is None:
            desk = p.group("desk")
            # the editor's name ends the desk's words (湖南环保产业网周立新): three characters, else two
            name = next((desk[-n:] for n in (3, 2) if len(desk) >= n and is_person_name(desk[-n:])), None)
            if name is not None:
                f.editor = name
    f.spans.append((m.start(), close + 1, "footer"))


def _glued_photo_credits(text: str, f: Found) -> None:
    q = text.find("摄")
    while q >= 0:
        # (glued on both sides: a space or slash before 摄 is the ordinary credit, 张谢雅 摄, 罗寒/摄, read by PHOTO)
        if text.startswith(_LEAD_AFTER_PHOTO, q + 1) and _HAN_RUN.fullmatch(text, max(0, q - 3), q):
            # (no 摄 inside the name: 通讯员摄摄记者 holds no 员摄, a property test found it)
            name = next((w for w in (text[q - 3 : q], text[q - 2 : q]) if "摄" not in w and is_person_name(w)), None)
            if name is not None and not f.has_reporter(name):
                f.reporter(name, q - len(name))
                f.spans.append((q - len(name), q + 1, "byline"))
        q = text.find("摄", q + 1)


def _lost_opening(text: str, tail: int, f: Found) -> None:
    """``…融合发展。周晓峰、彭丽)``: names the surname lexicon knows, between the last sentence and a closing bracket
    that ends the paragraph (each bracket found with str.find, the sentence's end looked for just before it)."""
    for close in ")）":
        c = text.find(close, tail)
        while c >= 0:
            # (a name's last character right before the bracket, else no look back: most brackets close a figure or a quote)
            if not "\u4e00" <= text[c - 1] <= "\u9fff":
                c = text.find(close, c + 1)
                continue
            start = max(text.rfind(e, max(0, c - _LOST_REACH), c) for e in "。！？”") + 1
            m = _LOST_OPENING.fullmatch(text, start, c + 1) if start > 0 else None
            if m is not None and AFTER_CLOSING.match(text, m.end()):
                names = [(n.start(), n.group()) for n in _NAME_WORD.finditer(m.group("names"))]
                if all(is_person_name(n) for _, n in names):
                    for pos, n in names:
                        f.reporter(n, m.start("names") + pos)
                    f.spans.append((m.start(), m.end(), "byline"))
                    return
            c = text.find(close, c + 1)


def _photo_report(text: str, f: Found) -> None:
    """``唐建军 曾雅琪 摄影报道``: a photo report's credit line, its names set apart at the line's start."""
    for m in _PHOTO_REPORT.finditer(text):
        names = [(n.start(), n.group()) for n in _NAME_WORD.finditer(m.group("names"))]
        if all(is_credit_name(n) and not is_common_word(n) for _, n in names):
            for pos, n in names:
                f.reporter(n, m.start("names") + pos)
            f.spans.append((m.start("names"), m.end(), "byline"))
