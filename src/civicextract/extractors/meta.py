"""Article meta: source, publication time, editor, reporters, title.

Works on the Simplified, width-normalised text *before* the body is cut out
of it, because the header and the bylines are what it reads; it returns the
spans it used, so that the document builder can keep them out of the body
(a reporter is not an official, a header date is not a metric).

Forms handled (all seen in the dev corpus or the seed):

* header lines ``新闻来源：眉山网`` / ``更新时间：2020-08-04 10:25:28`` / ``责任编辑：何海娟``;
* datelines ``中新网拉萨8月3日电（记者 江飞波）`` and ``新京报讯（记者陈琳）``;
* bylines ``□眉山网记者 余毅``, ``极目新闻记者 刘俊华通讯员 周宜 王梦圆``,
  ``（图/文 王琴 赖叙）``, ``作者：马莉莎``, ``李军广 摄``, ``摄影 华小峰``;
* footers ``编辑 樊一婧``, ``责编：史健 | 审校：…``, ``（新华每日电讯记者王阳）``;
* a Markdown ``# title`` first line.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..records import Meta
from ..resources import model_path

HAN = r"\u4e00-\u9fff"
_ROLE = r"(?:(?:全媒体)?(?:首席)?(?:记者|通讯员|实习生|特约记者)|摄影|作者|图/文|文/图|文/|图/|撰文)"
# A name is 2-4 Han characters (or a minority name with ·) that ends where a
# byline ends: a space, a bracket, the next role, a digit, punctuation or the line end.
_NAME = rf"[{HAN}]{{1,3}}(?:·[{HAN}]{{1,8}})?"
_NAME_END = rf"(?=[\s）)\]】，。、|0-9]|$|{_ROLE}|报道|摄)"


@lru_cache(maxsize=1)
def _lexicons() -> tuple[frozenset[str], frozenset[str], tuple[str, ...], tuple[str, ...]]:
    surnames = [
        x.strip()
        for x in model_path("surnames.txt").read_text(encoding="utf-8").splitlines()
        if x.strip() and not x.startswith("#")
    ]
    outlets, suffixes = [], []
    for x in model_path("outlets.txt").read_text(encoding="utf-8").splitlines():
        x = x.strip()
        if not x or x.startswith("#"):
            continue
        (suffixes if x.startswith("*") else outlets).append(x.lstrip("*"))
    single = frozenset(s for s in surnames if len(s) == 1)
    double = frozenset(s for s in surnames if len(s) == 2)
    return single, double, tuple(outlets), tuple(suffixes)


def is_person_name(s: str) -> bool:
    single, double, _, _ = _lexicons()
    if "·" in s:
        return 3 <= len(s) <= 20
    if not 2 <= len(s) <= 4:
        return False
    if s[:2] in double:
        return len(s) >= 3
    return s[0] in single and len(s) <= 3


def is_outlet(s: str) -> bool:
    _, _, outlets, suffixes = _lexicons()
    return bool(s) and (s in outlets or (2 <= len(s) <= 12 and s.endswith(suffixes)))


_HEADER = re.compile(
    rf"""^[ \t]*(?:
        (?:新闻)?来源[：:]\s*(?P<source>[^\s|]{{2,30}})
      | (?:更新|发布|发稿|发表)?(?:时间|日期)[：:]\s*(?P<date>\d{{4}}[-/.年]\d{{1,2}}[-/.月]\d{{1,2}}日?(?:\s+\d{{1,2}}[:：]\d{{2}}(?:[:：]\d{{2}})?)?)
      | (?:责任编辑|责编|编辑)[：:/]\s*(?P<editor>{_NAME})\s*$
    )[^\n]*$""",
    re.VERBOSE | re.MULTILINE,
)

_DATELINE = re.compile(
    rf"""(?:^|(?<=[\n。>]))[ \t□]*
    (?P<outlet>[{HAN}A-Za-z－-]{{2,20}}?)(?:[（(][^）)\n]{{1,20}}[）)])?
    (?P<tail>(?:[{HAN}]{{0,8}}\d{{1,2}}月\d{{1,2}}日)?[电讯]|消息)
    """,
    re.VERBOSE,
)

# A run of roles and names: 记者 张三 李四 通讯员 王五
_BYLINE = re.compile(
    rf"""(?P<outlet>[{HAN}]{{2,12}}?(?:、[{HAN}]{{2,12}}?)*)?
    (?P<run>(?:{_ROLE}\s*(?:{_NAME}{_NAME_END}\s*)+)+)""",
    re.VERBOSE,
)
_ROLE_NAMES = re.compile(rf"{_ROLE}\s*((?:{_NAME}{_NAME_END}\s*)+)")
_PHOTO = re.compile(rf"(?:(?<=[\s。）)])|^)(?P<name>{_NAME})\s+摄(?![{HAN}]{{0,1}}[像影制])")
_FOOTER_EDITOR = re.compile(rf"(?:责任编辑|责编|编辑)\s*[：:/ ]?\s*(?P<name>{_NAME}?)(?=\s|校对|审校|\||$)", re.MULTILINE)
_TITLE = re.compile(r"\A\s*#\s+(?P<title>[^\n]{2,120})")
_MD_TITLE_LINE = re.compile(r"\A\s*[^\n]{2,120}(?=\n)")
_SUBSCRIBE = re.compile(rf"成为(?P<outlet>[{HAN}]{{2,8}}?)的月费订户")


def _iso(date: str) -> str:
    m = re.match(r"(\d{4})\D(\d{1,2})\D(\d{1,2})日?(?:\s+(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?", date)
    if not m:
        return date
    y, mo, d, h, mi, s = m.groups()
    out = f"{y}-{int(mo):02d}-{int(d):02d}"
    if h is not None:
        out += f"T{int(h):02d}:{mi}:{s or '00'}"
    return out


def _names(run: str) -> list[str]:
    out = []
    for m in _ROLE_NAMES.finditer(run):
        out.extend(n for n in m.group(1).split() if is_person_name(n))
    return out


def _clean_outlet(raw: str | None) -> str | None:
    if not raw:
        return None
    first = raw.split("、")[0]
    for prefix in ("文/", "图/", "据"):
        first = first.removeprefix(prefix)
    first = re.sub(r"(?:全媒体|首席)+$", "", first)
    return first if is_outlet(first) else None


def find_meta(text: str) -> tuple[Meta, list[tuple[int, int, str]]]:
    """Meta fields and the ``(start, end, kind)`` spans they were read from."""
    source = published = editor = title = None
    reporters: list[str] = []
    spans: list[tuple[int, int, str]] = []

    m = _TITLE.match(text)
    if m:
        title = m.group("title").strip()
        spans.append((m.start(), m.end(), "title"))

    head = text[:600]
    for m in _HEADER.finditer(head):
        if m.group("source"):
            source = source or _clean_outlet_header(m.group("source"))
        elif m.group("date"):
            published = published or _iso(m.group("date"))
        elif m.group("editor"):
            editor = editor or m.group("editor")
        spans.append((m.start(), m.end(), "header"))

    # Datelines in the first lines: 中新网拉萨8月3日电 / 新京报讯 / 央视网消息
    for m in _DATELINE.finditer(text[:300]):
        outlet = m.group("outlet")
        if outlet.startswith("本报") or not _clean_outlet(outlet):
            continue
        source = source or _clean_outlet(outlet)
        spans.append((m.start("outlet"), m.end(), "dateline"))
        # An unlabelled name in the bracket after a dateline is its reporter: 电 (马可欣)
        after = re.match(rf"\s*[（(](?P<name>{_NAME})[）)]", text[m.end():])
        if after and is_person_name(after.group("name")):
            reporters.append(after.group("name"))
            spans.append((m.end(), m.end() + after.end(), "byline"))
        break

    for m in _BYLINE.finditer(text):
        names = _names(m.group("run"))
        if not names:
            continue
        outlet = _clean_outlet(m.group("outlet"))
        start = m.start("run") if outlet is None and m.group("outlet") else m.start()
        if outlet and source is None:
            source = outlet
        reporters.extend(names)
        # Take the surrounding brackets with the byline: （记者 陈琳）
        s, e = start, m.end()
        if text[s - 1 : s] in "（(" and text[e : e + 1] in "）)":
            s, e = s - 1, e + 1
        spans.append((s, e, "byline"))

    for m in _PHOTO.finditer(text):
        if is_person_name(m.group("name")):
            reporters.append(m.group("name"))
            spans.append((m.start(), m.end(), "byline"))

    if editor is None:
        for m in _FOOTER_EDITOR.finditer(text):
            if m.group("name") and is_person_name(m.group("name")):
                editor = m.group("name")
                spans.append((m.start(), m.end(), "byline"))
                break

    if source is None:
        m = _SUBSCRIBE.search(text)
        if m and is_outlet(m.group("outlet")):
            source = m.group("outlet")
    if source is None:
        # An outlet's own reporter mentioned in the lead: 澎湃新闻记者从…获悉
        m = re.search(rf"(?:^|[\s。，”）])(?P<outlet>[{HAN}]{{2,8}}?)记者(?:从|获悉|了解到|近日|日前)", text[:400])
        if m and _clean_outlet(m.group("outlet")):
            source = _clean_outlet(m.group("outlet"))

    meta = Meta(
        source=source,
        published=published,
        editor=editor,
        reporters=tuple(dict.fromkeys(r for r in reporters if r != editor)),
        title=title,
    )
    return meta, spans


def _clean_outlet_header(value: str) -> str:
    """``人民网－青海频道人民网海晏8月4日电`` -> ``人民网－青海频道``: a header value runs into the dateline."""
    m = re.search(r"\d{1,2}月\d{1,2}日电", value)
    if not m:
        return value
    prefix = value[: m.start()]
    _, _, outlets, _ = _lexicons()
    cut = max((prefix.rfind(o) for o in outlets), default=-1)
    return prefix[:cut] if cut > 0 else prefix or value
