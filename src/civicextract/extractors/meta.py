"""Article meta: source, publication time, editor, reporters, title.

Works on the Simplified, width-normalised text *before* the body is cut out
of it, because the header and the bylines are what it reads; it returns the
spans it used, so that the document builder can keep them out of the body
(a reporter is not an official, a header date is not a metric).

Forms handled (all seen in the dev corpus or the seed):

* header lines ``新闻来源：眉山网`` / ``更新时间：2020-08-04 10:25:28`` / ``责任编辑：何海娟``;
* datelines ``中新网拉萨8月3日电（记者 江飞波）``, ``新京报讯（记者陈琳）``,
  ``央视网消息（新闻联播）：``, also glued to a header value
  (``来源：人民网－青海频道人民网海晏8月4日电 (马可欣)``);
* bylines ``□眉山网记者 余毅``, ``极目新闻记者 刘俊华通讯员 周宜 王梦圆``,
  ``大众网记者 张艺馨 青岛报道``, ``（图/文 王琴 赖叙）``, ``作者：马莉莎``,
  ``文/北京青年报记者 李涛``, ``李军广 摄``, ``摄影 华小峰``;
* footers ``编辑 樊一婧``, ``责编：史健 | 审校：…``, ``（新华每日电讯记者王阳）``,
  an outlet's own app in a tip-line footer (``下载“齐鲁壹点”APP``);
* a Markdown ``# title`` first line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..records import Meta
from ..resources import data_lines

HAN = r"\u4e00-\u9fff"
_ROLE = r"(?:(?:全媒体)?(?:首席)?(?:特约记者|记者|通讯员|实习生)|摄影|作者|撰文|图/文|文/图|文/|图/)"
# Byline parts never cross a line: a newline after a byline belongs to the body's layout.
_SEP = r"[ \t]"
# A name is 2-4 Han characters (4 with a compound surname: 欧阳娜娜), or a minority
# name with ·, that ends where a byline ends: a space, a bracket, the next role,
# a digit, punctuation or the line end.
_NAME = rf"[{HAN}]{{1,4}}(?:·[{HAN}]{{1,8}})?"
_NAME_END = rf"(?=[\s）)\]】，。、|0-9]|$|{_ROLE}|摄|编辑|责编|校对)"
_NAMES = rf"(?:(?!{_ROLE}){_NAME}{_NAME_END}(?:{_SEP}|、)*)+"
_MARKERS = "□■◆●▲★◇○"


@lru_cache(maxsize=1)
def name_lexicons() -> tuple[frozenset[str], frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """Single and double surnames, outlet names and outlet suffixes (officials and bylines share them)."""
    surnames = [x.strip() for x in data_lines("surnames.txt")]
    outlets, suffixes = [], []
    for x in data_lines("outlets.txt"):
        x = x.strip()
        (suffixes if x.startswith("*") else outlets).append(x.lstrip("*"))
    single = frozenset(s for s in surnames if len(s) == 1)
    double = frozenset(s for s in surnames if len(s) == 2)
    return single, double, tuple(outlets), tuple(suffixes)


def is_person_name(s: str) -> bool:
    single, double, _, _ = name_lexicons()
    if "·" in s:
        return 3 <= len(s) <= 20
    if not 2 <= len(s) <= 4:
        return False
    if s[:2] in double:
        return len(s) >= 3
    return s[0] in single and len(s) <= 3


def is_outlet(s: str) -> bool:
    _, _, outlets, suffixes = name_lexicons()
    return bool(s) and (s in outlets or (2 <= len(s) <= 12 and s.endswith(suffixes)))


def _longest_outlet(s: str) -> str | None:
    """``中新网拉萨`` -> ``中新网``: a dateline runs the outlet into the place."""
    for n in range(min(len(s), 12), 1, -1):
        if is_outlet(s[:n]):
            return s[:n]
    return None


_HEADER = re.compile(
    rf"""^[ \t]*(?:
        (?:新闻)?来源[：:]{_SEP}*(?P<source>[^\s|]{{2,30}})
      | (?:更新|发布|发稿|发表)?(?:时间|日期)[：:]{_SEP}*(?P<date>\d{{4}}[-/.年]\d{{1,2}}[-/.月]\d{{1,2}}日?(?:{_SEP}+\d{{1,2}}[:：]\d{{2}}(?:[:：]\d{{2}})?)?)
      | (?:责任编辑|责编|编辑)[：:/]{_SEP}*(?P<editor>{_NAME})(?={_SEP}*$)
    )""",
    re.VERBOSE | re.MULTILINE,
)
# The rest of a header line is furniture too when it is short and not a sentence.
_HEADER_REST = re.compile(r"[^\n。！？，]{0,40}$", re.MULTILINE)

# At a line start (or after a header value): outlet + place, an optional
# bracket, an optional date, then 电/讯/消息; an optional bracket after it
# holds the reporter or the programme: （记者 江飞波） / (马可欣) / （新闻联播）：
_DATELINE = re.compile(
    rf"""[ \t{_MARKERS}]*
    (?P<pre>[{HAN}A-Za-z－-]{{2,24}}?)
    (?:[（(][^）)\n]{{1,20}}[）)])?
    (?:\d{{1,2}}月\d{{1,2}}日)?
    (?:电|讯(?!员)|消息)
    (?:{_SEP}*[（(](?P<inner>[^）)\n]{{1,40}})[）)][：:]?)?
    {_SEP}*""",
    re.VERBOSE,
)

# A run of roles and names: 记者 张三 李四 通讯员 王五, with the outlet before
# it and a ``place报道`` after it.
_BYLINE = re.compile(
    rf"""(?P<outlet>(?:[文图]/)?[{HAN}]{{2,12}}?(?:、[{HAN}]{{2,12}}?)*(?<!特约)(?<!全媒体)(?<!首席))?
    (?P<run>(?:{_ROLE}[：:]?{_SEP}*{_NAMES})+)
    (?:[{HAN}]{{2,6}}?报道)?""",
    re.VERBOSE,
)
# The core of every role, as plain alternatives the regex engine scans for quickly;
# 全媒体首席记者 is found at its 记者 and matched from up to _OUTLET_REACH before.
# (文/|图/ spelt out: one branch opening with a class instead of a character
# stops the engine from skipping to the roles' first characters, 3.5x slower)
_ROLE_WORD = re.compile("记者|通讯员|实习生|摄影|作者|撰文|文/|图/")
# How far before its role word a byline may start: 文/ + an outlet list such as 沈阳晚报、沈报全媒体.
_OUTLET_REACH = 40
_ROLE_NAMES = re.compile(rf"{_ROLE}[：:]?{_SEP}*({_NAMES})")
_COLON_ROLE = re.compile(rf"{_ROLE}[：:]")
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
_ONE_NAME = re.compile(rf"(?!{_ROLE}){_NAME}{_NAME_END}")
_PHOTO = re.compile(rf"(?:(?<=[\s。）)])|^)(?P<name>{_NAME}){_SEP}+摄(?![{HAN}]{{0,1}}[像影制])", re.MULTILINE)
_FOOTER_EDITOR = re.compile(
    rf"(?:责任编辑|责编|编辑){_SEP}*[：:/ ]?{_SEP}*(?P<name>{_NAME}?)(?=\s|校对|审校|\||$)", re.MULTILINE
)
_TITLE = re.compile(r"\A\s*#\s+(?P<title>[^\n]{2,120})")
_FIRST_LINE = re.compile(r"\A\s*(?P<title>[^\n]{2,120})(?=\n|\Z)")
# An outlet names itself in its subscription or tip-line footer.
_FOOTER_OUTLET = re.compile(
    rf"成为(?P<a>[{HAN}]{{2,8}}?)的月费订户|(?:下载|关注|搜索)[“\"](?P<b>[{HAN}]{{2,8}})[”\"](?:APP|App|app|客户端)"
)
# Both open with a group the regex engine cannot skip ahead to, so it tries every
# position: _footers looks for their words first (_FOOTER_OUTLET_WORDS, 记者).
_FOOTER_OUTLET_WORDS = re.compile("的月费订户|下载|关注|搜索")
_OWN_REPORTER = re.compile(rf"(?:^|[\s。，”）])(?P<outlet>[{HAN}]{{2,8}}?)记者(?:从|获悉|了解到|近日|日前)")


def _iso(date: str) -> str:
    m = re.match(r"(\d{4})\D(\d{1,2})\D(\d{1,2})日?(?:\s+(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?", date)
    if not m:
        return date
    y, mo, d, h, mi, s = m.groups()
    out = f"{y}-{int(mo):02d}-{int(d):02d}"
    if h is not None:
        out += f"T{int(h):02d}:{mi}:{s or '00'}"
    return out


def _names(run: str, *, closed: bool = False) -> list[str]:
    """Names of a role run.  In a closed bracket (``（记者 苍雁 石洪宇）``) every
    name-shaped word is a name; elsewhere the surname lexicon must agree."""
    out = []
    for m in _ROLE_NAMES.finditer(run):
        for n in _ONE_NAME.finditer(m.group(1)):
            name = n.group()
            if is_person_name(name) or (closed and 2 <= len(name) <= 3):
                out.append(name)
    return out


_OWN_PAPER = re.compile(r"本[报台网刊社站]")
_STAFF_TAIL = re.compile(r"(?:全媒体|首席)+$")


def _clean_outlet(raw: str | None) -> str | None:
    if not raw:
        return None
    first = raw.split("、")[0]
    for prefix in ("文/", "图/", "据"):
        first = first.removeprefix(prefix)
    first = _STAFF_TAIL.sub("", first)
    if _OWN_PAPER.fullmatch(first):
        return None  # 本报记者: "this paper", the outlet is not named
    return first if is_outlet(first) else None


def _clean_outlet_header(value: str) -> str:
    """``人民网－青海频道人民网海晏8月4日电`` -> ``人民网－青海频道``: a header value runs into the dateline."""
    m = re.search(r"\d{1,2}月\d{1,2}日[电讯]", value)
    if not m:
        return value
    prefix = value[: m.start()]
    _, _, outlets, _ = name_lexicons()
    cut = max((prefix.rfind(o) for o in outlets), default=-1)
    return prefix[:cut] if cut > 0 else prefix or value


class _Found:
    """Meta fields as they are found, first finding wins."""

    def __init__(self) -> None:
        self.source: str | None = None
        self.published: str | None = None
        self.editor: str | None = None
        self.title: str | None = None
        self.reporters: list[str] = []
        self.spans: list[tuple[int, int, str]] = []


def find_meta(text: str, *, titled: bool = False) -> tuple[Meta, list[tuple[int, int, str]]]:
    """Meta fields and the ``(start, end, kind)`` spans they were read from.

    ``titled``: the first line is a title (the input opened with a Markdown
    heading, whose ``#`` the markup step has already removed).
    """
    f = _Found()
    m = _TITLE.match(text) or (_FIRST_LINE.match(text) if titled else None)
    if m:
        f.title = m.group("title").strip()
        f.spans.append((m.start(), m.end(), "title"))
    header_ends = _headers(text, f)
    _datelines(text, f, header_ends)
    _bylines(text, f)
    _footers(text, f)
    meta = Meta(
        source=f.source,
        published=f.published,
        editor=f.editor,
        reporters=tuple(dict.fromkeys(r for r in f.reporters if r != f.editor)),
        title=f.title,
    )
    return meta, f.spans


def _headers(text: str, f: _Found) -> list[int]:
    ends = []
    for m in _HEADER.finditer(text[:600]):
        end = m.end()
        if m.group("source"):
            value = _clean_outlet_header(m.group("source"))
            f.source = f.source or value
            end = m.start("source") + len(value)
        elif m.group("date"):
            f.published = f.published or _iso(m.group("date"))
        elif m.group("editor"):
            f.editor = f.editor or m.group("editor")
        rest = _HEADER_REST.match(text, end)
        if rest and not _DATELINE.match(text, end):
            end = rest.end()
        f.spans.append((m.start(), end, "header"))
        ends.append(end)
    return ends


def _datelines(text: str, f: _Found, header_ends: list[int]) -> None:
    starts = sorted({0, *header_ends, *(m.end() for m in re.finditer(r"[\n。>]", text[:300]))})
    for pos in starts:
        m = _DATELINE.match(text, pos)
        if not m or m.group("pre").startswith("据"):
            continue
        outlet = _longest_outlet(m.group("pre"))
        if outlet is None:
            continue
        if not outlet.startswith("本报"):
            f.source = f.source or outlet
        inner = m.group("inner")
        if inner and re.search(_ROLE, inner) is None and is_person_name(inner.strip()):
            # An unlabelled name in the bracket after a dateline is its reporter: 电 (马可欣)
            f.reporters.append(inner.strip())
        f.spans.append((m.start("pre"), m.end(), "dateline"))
        return


def _byline_matches(text: str) -> Iterator[re.Match[str]]:
    """``_BYLINE.finditer(text)``, tried only near a role word.

    A byline holds a role word and its outlet is at most a few words long, so
    the pattern is matched at the few positions before each role instead of
    at every position of the text: the same matches, at a tenth of the cost.
    """
    pos = 0
    for r in _ROLE_WORD.finditer(text):
        if r.start() < pos or not _ROLE_NAMES.match(text, r.start()):
            continue  # a role word with no name after it (记者了解到) starts no byline run
        for s in range(max(pos, r.start() - _OUTLET_REACH), r.start() + 1):
            m = _BYLINE.match(text, s)
            if m:
                yield m
                pos = max(m.end(), s + 1)
                break


def _photo_matches(text: str) -> Iterator[re.Match[str]]:
    """``_PHOTO.finditer(text)``, tried only just before each ``摄``."""
    pos = 0
    for q in re.finditer("摄", text):
        for s in range(max(pos, q.start() - 14), q.start()):
            m = _PHOTO.match(text, s)
            if m:
                yield m
                pos = m.end()
                break


def _bylines(text: str, f: _Found) -> None:
    for m in _byline_matches(text):
        raw_outlet = m.group("outlet")
        outlet = _clean_outlet(raw_outlet)
        if outlet is None and raw_outlet and not _OWN_PAPER.fullmatch(_STAFF_TAIL.sub("", raw_outlet)):
            # The words before the role are body text, not an outlet: 该局记者…
            start = m.start("run")
            outlet_trail = re.search(r"[文图]/$", raw_outlet)
            if outlet_trail:
                start -= len(outlet_trail.group())
        else:
            start = m.start()
        s, e = start, m.end()
        # Both neighbours must exist: an empty slice is "in" every string.
        closed = s > 0 and e < len(text) and text[s - 1] in "（(" and text[e] in "）)"
        if _COLON_ROLE.search(m.group("run")) and not closed and not _LINE_END.match(text, e):
            continue  # 记者：李部长，您好 opens an interview turn, not a byline
        names = _names(m.group("run"), closed=closed)
        if not names:
            continue
        if outlet and f.source is None:
            f.source = outlet
        f.reporters.extend(names)
        if closed:
            s, e = s - 1, e + 1
        f.spans.append((s, e, "byline"))

    for m in _photo_matches(text):
        if is_person_name(m.group("name")):
            f.reporters.append(m.group("name"))
            f.spans.append((m.start(), m.end(), "byline"))


def _footers(text: str, f: _Found) -> None:
    if f.editor is None:
        for m in _FOOTER_EDITOR.finditer(text):
            if m.group("name") and is_person_name(m.group("name")):
                f.editor = m.group("name")
                f.spans.append((m.start(), m.end(), "byline"))
                break
    hint = _FOOTER_OUTLET_WORDS.search(text) if f.source is None else None
    if hint is not None:
        # A match holds one of the words at most 10 characters after its start
        # (成为 + 2-8 characters + 的月费订户), so none starts earlier.
        for m in _FOOTER_OUTLET.finditer(text, max(0, hint.start() - 10)):
            outlet = m.group("a") or m.group("b")
            if is_outlet(outlet):
                f.source = outlet
                break
    if f.source is None:
        # An outlet's own reporter mentioned in the lead: 澎湃新闻记者从…获悉
        m = _OWN_REPORTER.search(text[:400]) if "记者" in text[:400] else None
        if m and _clean_outlet(m.group("outlet")):
            f.source = _clean_outlet(m.group("outlet"))
