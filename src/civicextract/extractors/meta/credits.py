"""Credits after the lead: names in closing brackets, footers' trailing names, and the layouts' dispatch.

``credits`` runs after ``bylines``. It reads the names alone in a bracket closing a
paragraph (``（黄永 黄珊）``, ``（甘肃省宕昌县委宣传部 刘国庆）``), contributors
(``（综合任旭、刘宝瑞等来稿）``), names alone after the last sentence (``。黄永 黄珊返回搜狐``),
an outlet alone in a closing bracket (``（光明日报）``) and Hong Kong column bylines
(``【某某·专栏】``); then it calls each layout reader of ``brackets`` and ``glued``
where that layout's cheap gate (a desk word, a marker, a zone) lets it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .brackets import (
    CLOSING_CREDIT_ZONE,
    NAME_THEN_ROLE_ZONE,
    author_box,
    bracket_header,
    bracketed_outlet_closing,
    bracketed_outlet_opening,
    compiled_by,
    name_after_source_label,
    name_slash_credit,
    name_then_role,
    outlet_line,
    outlet_with_account,
)
from .found import FROM_BYLINE, Found
from .glued import MARKER_ZONE, glued_byline, marked_names, may_outlet_name_date, outlet_name_date
from .lazy import LazyPattern
from .lexicon import (
    HAN,
    NAME,
    SEP,
    is_common_word,
    is_outlet,
    is_person_name,
    outlet_pattern,
    split_glued,
)
from .roles import AFTER_CLOSING, DESK_OR_ROLE, FOOTER_ZONE, OUTLET_NAME_ZONE, PARAGRAPH_END, TRAILING_ZONE

# Names alone in a bracket: （黄永 黄珊）, （陈健贤）, （甘肃省宕昌县委宣传部 刘国庆）; an app's too, （某日报客户端 某某）:
# its name, as a county centre's (（汕尾融媒 某某）, fit), names no source unless a list holds it (round 25).
# (a trainee's role may part two names: （海外网 刘强 实习生 鲁嘉琪）; the writer who took the
# photos too says so last: （王天定 图/文）)
_CLOSING_PART = rf"(?:{SEP}+(?:实习生|见习记者|通讯员|记者){SEP}*|{SEP}+|、)"
_CLOSING_TAIL = rf"(?:{SEP}*(?:图/文|文/图|图文|文图))?{SEP}*[）)]"
_CLOSING = LazyPattern(
    rf"[（(](?:(?P<org>[{HAN}]{{3,16}}?[部委局办厅站所院队团会报台网社馆室组中心处科庭端]){SEP}+)?"
    rf"(?P<names>{NAME}(?:{_CLOSING_PART}{NAME}){{0,7}}){_CLOSING_TAIL}"
)
# The same with a listed outlet too short for an office's name: （新华网 郝芳芳）
_LISTED_CLOSING = LazyPattern(
    rf"[（(](?P<org>[{HAN}]{{2,3}}){SEP}+(?P<names>{NAME}(?:{_CLOSING_PART}{NAME}){{0,7}}){_CLOSING_TAIL}"
)
_CLOSING_ROLES = ("实习生", "见习记者", "通讯员", "记者")  # (none opens another: the first that opens a token is its role)

_CONTRIBUTED = LazyPattern(rf"综合(?P<names>{NAME}(?:、{NAME}){{0,20}})等(?:来稿|报道)")

# The desk words that open a footer's credits, spelt out so the engine skips to them.
_DESK = LazyPattern("责任编辑|编辑|责编|校对|审校|审核|监制|返回")
# A character every one of them holds: tested with str.find first, ten times
# faster than the engine's scan (half the footers hold none).
_DESK_CHARS = "编校审监返"


def _may_desk(text: str, footer: int) -> bool:
    """False only where ``_DESK`` finds nothing from ``footer`` on."""
    tail = text[max(0, footer) :]
    return any(c in tail for c in _DESK_CHARS)
_OUTLET_AND_NAME = LazyPattern(rf"(?:(?<=[。！？”\s])|^)(?P<outlet>[{HAN}]{{2,12}}){SEP}+(?P<name>{NAME}){SEP}*$")

_COLUMN = LazyPattern(rf"【(?P<name>[{HAN}]{{2,4}})[·・]专栏】")  # ・ as Hong Kong sites write it
# A Hong Kong column's byline opening a line, the writer and the column's name: 【陈大文・城市观察】
# (a surname must open it: 【读者来函・回音】 is a section, not a writer)
_NAMED_COLUMN = LazyPattern(rf"^[ \t]*【(?P<name>[{HAN}]{{2,4}})[·・][^】\n]{{2,12}}】", re.MULTILINE)


def _open_brackets(text: str, pos: int = 0) -> Iterator[int]:
    """Where each ``（`` or ``(`` is from ``pos`` on, in order (str.find: a regex
    class of two characters tests every character against both, 10x slower)."""
    i, j = text.find("（", pos), text.find("(", pos)
    while i >= 0 or j >= 0:
        if j < 0 or 0 <= i < j:
            yield i
            i = text.find("（", i + 1)
        else:
            yield j
            j = text.find("(", j + 1)


# Names alone after the last sentence, before the portal's footer or the end:
# 。黄永 黄珊 刘伟返回搜狐 (a scrape drops the bracket and may glue two names).
# (each word runs to its end or to 返回: a failed match is not retried at every shorter cut)
_WORD = rf"[{HAN}]{{2,6}}(?:(?![{HAN}])|(?=返回))"
# (the sentence's end consumed, not looked behind at: a class the engine skips to, where the look-behind
# had it try every position of the tail; searched from one character earlier, the names start where they did)
_TRAILING = LazyPattern(
    rf"[。！？”][ \t]*(?P<names>{_WORD}(?:[ \t　]+{_WORD}){{1,7}})[ \t]*(?=返回|\n|$)"
)
_TRAILING_ONE = LazyPattern(rf"[。！？”][ \t　]+(?P<name>[{HAN}]{{2,3}})[ \t　]+(?=返回搜狐)")


def _trailing_names(text: str, f: Found) -> None:
    pos = max(0, len(text) - TRAILING_ZONE)
    tail = text[pos:]
    if " " not in tail and "\t" not in tail and "　" not in tail:
        return  # two names or more, set apart by a space: none without one (the look-behind tried every position)
    m = _TRAILING.search(text, max(0, pos - 1))
    if m is None:
        # one name alone, set apart by spaces, before the portal's link: …权益。 邹新 返回搜狐
        one = _TRAILING_ONE.search(text, max(0, pos - 1))
        # (an account's 关注 button before the link is a word, not a name: the tagger says which)
        if one is not None and is_person_name(one.group("name")) and not is_common_word(one.group("name")):
            f.reporter(one.group("name"), one.start("name"))
            f.spans.append((one.start("name"), one.end("name"), "byline"))
        return
    if DESK_OR_ROLE.search(m.group("names")):
        return
    found = []
    for t in re.finditer(f"[{HAN}]+", m.group("names")):
        names = split_glued(t.group())
        if names is None:
            return
        off = m.start("names") + t.start()
        for n in names:
            found.append((off, n))
            off += len(n)
    for off, n in found:
        f.reporter(n, off)
    f.spans.append((m.start("names"), m.end(), "byline"))


# A listed outlet alone in a bracket closing the story credits it: …目标。(光明日报)  【编辑:某某】
_OUTLET_BRACKET = LazyPattern(rf"[（(](?P<o>[{HAN}]{{2,12}})[）)]")


# A ministry's or government's own site credited alone: （外交部网站）, （某县人民政府网站） (round 25b)
_OFFICE_SITE = LazyPattern(rf"[{HAN}]{{1,12}}(?:部|委|局|厅|署|办|院|政府)网站")
_STORY_KIND = LazyPattern("(?:专特稿|专稿|特稿|独家稿件|供稿|稿件|稿)$")


def _outlet_credit(text: str, s: int, f: Found) -> bool:
    m = _OUTLET_BRACKET.match(text, s)
    if m is None or not AFTER_CLOSING.match(text, m.end()):
        return False
    o = _STORY_KIND.sub("", m.group("o"))  # （新华社专特稿）: the outlet's kind of story
    if not (is_outlet(o) and outlet_pattern().fullmatch(o)) and not _OFFICE_SITE.fullmatch(o):
        return False
    f.source(o, FROM_BYLINE, m.start("o"))
    f.spans.append((m.start(), m.end(), "byline"))
    return True


def _split_role(token: str) -> list[str]:
    """A token of a closing bracket without its role word glued on: 实习生鲁嘉琪 -> 鲁嘉琪,
    a role standing alone (实习生) -> nothing."""
    for role in _CLOSING_ROLES:
        if token.startswith(role):
            return [token[len(role) :]] if len(token) > len(role) else []
    return [token]


def credits(text: str, f: Found) -> None:
    """Bracketed names closing a paragraph, contributor lists, column bylines and
    an outlet with its reporter before the desk's credits (上游新闻 杜瑜编辑：…);
    then each layout reader of ``brackets`` and ``glued`` its gate lets through."""
    footer = len(text) - FOOTER_ZONE
    _outlet_before_desk(text, footer, f)
    _closing_brackets(text, footer, f)
    if "【" in text:
        _square_bracket_names(text, footer, f)
    if "等" in text and "综" in text:  # (综合…等来稿: both, single characters str.find skips to)
        _contributed(text, f)
    # (the cheap gates of the finders below tested here: a call costs more than most looks)
    tail = text[-TRAILING_ZONE:]
    if " " in tail or "\t" in tail or "　" in tail:
        _trailing_names(text, f)
    _column_bylines(text, f)
    if text.find("综合", max(0, len(text) - FOOTER_ZONE)) >= 0:
        compiled_by(text, f)
    if text.find("□", 0, MARKER_ZONE) >= 0 or text.find("■", 0, MARKER_ZONE) >= 0 or text.find("◆", 0, MARKER_ZONE) >= 0:
        marked_names(text, f)
    glued_byline(text, f)
    if may_outlet_name_date(text):
        outlet_name_date(text, f)
    if text.find("【", 0, OUTLET_NAME_ZONE) >= 0:
        bracket_header(text, f)
    if not f.has_source():
        bracketed_outlet_opening(text, f)
    if not f.has_source() and "报道" in text[-CLOSING_CREDIT_ZONE:]:
        bracketed_outlet_closing(text, f)
    if not f.has_source():
        outlet_line(text, f)
    if text.find("撰", 0, NAME_THEN_ROLE_ZONE) >= 0 or text.find("/", 0, NAME_THEN_ROLE_ZONE) >= 0:
        name_then_role(text, f)
    if (i := text.find("来源")) >= 0 and not text[:i].strip(" \t") and text[i + 2 : i + 3] in ("：", ":"):
        name_after_source_label(text, f)
    if not f.decided(FROM_BYLINE):
        outlet_with_account(text, f)
    if "/" in tail:
        name_slash_credit(text, f)
    if " | " in text[-FOOTER_ZONE * 2 :]:
        author_box(text, f)


def _outlet_before_desk(text: str, footer: int, f: Found) -> None:
    """An outlet and its reporter set apart right before the desk's credits in the footer:
    上游新闻 杜瑜编辑：…"""
    for m in _DESK.finditer(text, max(0, footer)) if _may_desk(text, footer) else ():
        w = max(0, m.start() - 24)
        # (a space or tab parts outlet and name: without one the search of each position is skipped)
        spaced = text.find(" ", w, m.start()) >= 0 or text.find("\t", w, m.start()) >= 0
        o = _OUTLET_AND_NAME.search(text, w, m.start()) if spaced else None
        if o and is_outlet(o.group("outlet")) and is_person_name(o.group("name")):
            f.source(o.group("outlet"), FROM_BYLINE, o.start())
            f.reporter(o.group("name"), o.start("name"))
            f.spans.append((o.start(), o.end(), "byline"))
            break


def _closing_brackets(text: str, footer: int, f: Found) -> None:
    """Names alone in a bracket closing a paragraph (（黄永 黄珊）, （新华网 郝芳芳）), or in the
    footer an outlet alone in one (``_outlet_credit``)."""
    for s in _open_brackets(text):
        before = s
        while before > 0 and text[before - 1] in " \t":
            before -= 1  # …严惩。 (张波): spaces between the sentence and the bracket
        closes = before == 0 or text[before - 1] in PARAGRAPH_END + "\n）)"
        # (in a footer's credits, spaces set an outlet's bracket apart as a paragraph's end does:
        # …责任编辑：某某  (某某客户端)  【编辑:某某】, round 25b)
        if s >= footer and (closes or before < s) and _outlet_credit(text, s, f):
            continue
        if not closes:
            continue  # 市长（张三）: a name in a sentence
        m = _LISTED_CLOSING.match(text, s)
        listed = m is not None and outlet_pattern().fullmatch(m.group("org")) is not None
        if not listed:
            m = _CLOSING.match(text, s)
        if m is None:
            _glued_pair_closing(text, s, f)
            continue
        e = m.end()
        if not AFTER_CLOSING.match(text, e):
            continue
        names = [p for n in re.split(rf"(?:{SEP}|、)+", m.group("names")) for p in _split_role(n)]
        if not all(is_person_name(n) for n in names):
            if any(len(n) == 1 for n in names):
                _padded_closing(text, s, f)
            continue
        off = m.start("names")
        for n in names:
            off = text.index(n, off)
            f.reporter(n, off)
        # the outlet credits its reporter, a listed one of any length too (（人民日报客户端 某某）, round 25)
        if listed or (m.group("org") and outlet_pattern().fullmatch(m.group("org"))):
            f.source(m.group("org"), FROM_BYLINE, m.start("org"))
        f.spans.append((s, e, "byline"))


# Two names glued in a closing bracket, the space between them lost as the trailing names' (（许德华陈立平）, round 28):
# split as those are, each half a name the surname lexicon knows.
_GLUED_PAIR = LazyPattern(rf"[（(](?P<names>[{HAN}]{{5,6}})[）)]")


def _glued_pair_closing(text: str, s: int, f: Found) -> None:
    m = _GLUED_PAIR.match(text, s)
    if m is None or not AFTER_CLOSING.match(text, m.end()):
        return
    names = split_glued(m.group("names"))
    if names is None or len(names) != 2:
        return
    f.reporter(names[0], m.start("names"))
    f.reporter(names[1], m.start("names") + len(names[0]))
    f.spans.append((s, m.end(), "byline"))


# Names alone in a bracket with the two-character ones padded to the width of three, as papers set a credit
# (（周 健 刘星野 曹 莉）, round 27c): two one-character words side by side are one name.
_PADDED = LazyPattern(rf"[（(](?P<words>(?:[{HAN}]{{1,3}}[ \t])*[{HAN}]{{1,3}})[ \t]*[）)]")
_PADDED_REACH = 40


def _padded_closing(text: str, s: int, f: Found) -> None:
    m = _PADDED.match(text, s, s + _PADDED_REACH)
    if m is None or not AFTER_CLOSING.match(text, m.end()):
        return
    words = [(w.start(), w.group()) for w in re.finditer(rf"[{HAN}]+", m.group("words"))]
    names: list[tuple[int, str]] = []
    i, joined = 0, False
    while i < len(words):
        pos, word = words[i]
        if len(word) == 1:
            if i + 1 == len(words) or len(words[i + 1][1]) != 1:
                return  # a character alone is no name
            word, i, joined = word + words[i + 1][1], i + 1, True
        names.append((m.start("words") + pos, word))
        i += 1
    if joined and all(is_person_name(n) for _, n in names):
        for pos, n in names:
            f.reporter(n, pos)
        f.spans.append((s, m.end(), "byline"))


# Names alone in square brackets, as some court and county sites credit their writers: after the outlet and
# the place opening the body (…标题正风网媒 蛟河法院 【甲 乙】为贯彻…) or closing a paragraph (…。【甲 乙】).
# Two names at least: one word alone is a section's tag as often (【原标题】, 【民生】, a surname's word or not).
_SQUARE_NAMES = LazyPattern(rf"【(?P<names>{NAME}(?:(?:{SEP}+|、){NAME}){{0,5}})】")


def _square_bracket_names(text: str, footer: int, f: Found) -> None:
    for m in _SQUARE_NAMES.finditer(text):
        s = m.start()
        if OUTLET_NAME_ZONE < s < footer:
            continue  # (a bracket inside the body: a section's or a speaker's tag)
        names = re.split(rf"(?:{SEP}|、)+", m.group("names"))
        if len(names) < 2 or not all(is_person_name(n) for n in names):
            continue
        off = m.start("names")
        for n in names:
            off = text.index(n, off)
            f.reporter(n, off)
        f.spans.append((s, m.end(), "byline"))


def _contributed(text: str, f: Found) -> None:
    """A list of contributors: （综合任旭、刘宝瑞等来稿）."""
    for m in _CONTRIBUTED.finditer(text):
        names = m.group("names").split("、")
        if all(is_person_name(n) for n in names):
            s, e = m.span()
            if s > 0 and text[s - 1] in "（(" and text.startswith(("）", ")"), e):
                s, e = s - 1, e + 1
            off = m.start("names")
            for n in names:
                off = text.index(n, off)
                f.reporter(n, off)
            f.spans.append((s, e, "byline"))


def _column_bylines(text: str, f: Found) -> None:
    """Hong Kong column bylines: 【某某·专栏】, and a writer with the column's name opening a line (【陈大文・城市观察】)."""
    if "栏" in text and "专栏】" in text:  # (one character's find first: 5x faster than a word's)
        for m in _COLUMN.finditer(text):
            f.reporter(m.group("name"), m.start("name"))
            f.spans.append((m.start(), m.end(), "byline"))
    if ("・" in text or "·" in text) and (bracket := text.find("【")) >= 0:
        # (from the line of the first 【: the pattern, anchored at line starts, has no character to skip to)
        for m in _NAMED_COLUMN.finditer(text, text.rfind("\n", 0, bracket) + 1):
            if is_person_name(m.group("name")):
                f.reporter(m.group("name"), m.start("name"))
                f.spans.append((m.start(), m.end(), "byline"))


__all__ = ["credits"]
