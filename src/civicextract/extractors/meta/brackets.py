"""Credits in brackets and outlet lines: the layouts ``credits`` reads besides role runs.

A compiler's note (``每日经济新闻综合央视新闻``), a ``【大河财立方 记者 …】`` header,
a name before its role (``王芳 记者``), a name after a ``来源：`` label, an outlet's
bracket opening or closing the story (``【中国网】``, ``（来源：中国网）``), a WeChat
account's name and ID, ``纪玉/文`` closing a commentary and Hong Kong author boxes
(``博客 | 某某``). Each is one small reader with its own zone, called by
``credits.credits`` where its cheap gate allows.
"""

from __future__ import annotations

import re

from .found import FROM_BYLINE, FROM_SELF_MENTION, Found
from .lazy import LazyPattern
from .lexicon import (
    HAN,
    NAME,
    ROLE,
    clean_outlet,
    is_credit_name,
    is_outlet,
    is_own_paper,
    is_person_name,
    name_glued_at,
    outlet_at,
    outlet_pattern,
    unlisted_outlet,
)
from .roles import FOOTER_ZONE, LATIN_NAME, OUTLET_NAME_ZONE, TRAILING_ZONE

# An outlet that compiled the story from others, after its last sentence:
# …纯粹是“小道消息”。每日经济新闻综合央视新闻, 。潇湘晨报综合
_COMPILED = LazyPattern(rf"[。！？”\n](?P<o>[{HAN}]{{2,12}}?)综合")
_COMPILED_REACH = 1 + 12


def compiled_by(text: str, f: Found) -> None:
    zone = max(0, len(text) - FOOTER_ZONE)
    # A match ends in 综合 at most 13 characters after it starts: none starts before
    # the zone's first 综合 less 13 (the class opening the pattern was tried at every 。 before).
    first = text.find("综合", zone)
    if first < 0:
        return
    m = _COMPILED.search(text, max(zone, first - _COMPILED_REACH))
    if m and is_outlet(m.group("o")) and not is_own_paper(m.group("o")):
        f.source(m.group("o"), FROM_BYLINE, m.start("o"))


# A bracketed header naming the outlet before its reporter: 【大河财立方 记者 王宁宁 深圳报道】
# (or an outlet's report, the reporter's post before the role: 【环球时报-环球网报道 赴成都特派记者 …】)
_BRACKET_HEADER = LazyPattern(rf"【(?P<outlet>[{HAN}]{{2,12}}|[{HAN}]{{2,12}}[-－][{HAN}]{{2,12}}(?=报道))(?:报道)?[ \t]+(?=[{HAN}]{{0,6}}?{ROLE})")


def bracket_header(text: str, f: Found) -> None:
    m = _BRACKET_HEADER.search(text, 0, OUTLET_NAME_ZONE)
    if m is None or "】" not in text[m.end() : m.end() + 60]:
        return
    outlet = clean_outlet(m.group("outlet")) or unlisted_outlet(m.group("outlet"))
    if outlet:
        f.source(outlet, FROM_BYLINE, m.start("outlet"))


# A name and then the part it did, opening the article: 李永星 撰文/摄影 擀毡是…
_NAME_THEN_ROLE = LazyPattern(
    rf"[ \t]*(?P<name>[{HAN}]{{2,4}})[ \t]+(?:撰文|摄影|文图|图文|文|图)(?:/(?:摄影|图|文))?(?=[ \t]|\n)"
)
NAME_THEN_ROLE_ZONE = 120


def name_then_role(text: str, f: Found) -> None:
    # (called only where 撰 or / opens the zone: a lone 文 or 摄影 after a name is too
    # common a word to look for by itself)
    line = 0
    while 0 <= line < NAME_THEN_ROLE_ZONE:  # (matched at each line's start, not searched)
        m = _NAME_THEN_ROLE.match(text, line, NAME_THEN_ROLE_ZONE)
        if m and is_credit_name(m.group("name")):
            f.reporter(m.group("name"), m.start("name"))
            f.spans.append((m.start("name"), m.end(), "byline"))
            return
        line = text.find("\n", line, NAME_THEN_ROLE_ZONE)
        line = line + 1 if line >= 0 else -1


# The writer set apart after the source label opening the article, the lead glued to the
# name: 来源：华尔街见闻 杜玉巴菲特最看重的…
_SOURCE_THEN_NAME = LazyPattern(rf"[ \t]*来源[：:][ \t]*(?P<o>[{HAN}]{{2,12}})[ \t]+(?=[{HAN}])")


def name_after_source_label(text: str, f: Found) -> None:
    m = _SOURCE_THEN_NAME.match(text)
    if m is None or not is_outlet(m.group("o")):
        return
    name = name_glued_at(text, m.end(), short=True)
    if name is None:
        alone = _ALONE_NAME.match(text, m.end())
        name = alone.group() if alone and is_person_name(alone.group()) else None
    if name is not None:
        f.reporter(name, m.end())
        f.spans.append((m.end(), m.end() + len(name), "byline"))


_ALONE_NAME = LazyPattern(rf"[{HAN}]{{2,3}}(?=[ \t]*(?:\n|$))")


# A listed outlet opening a line in a bracket near the top: 【众新闻】记者：…,
# 【众新闻国际组 周末读物】, （香港电台）立法会今日…  The outlet tags its own page.
_OPENING_BRACKETS = "【[（("
_LINE_BRACKET = LazyPattern(r"[ \t]*([【\[（(])")
_OPENING_ZONE = 300
_OUTLET_CLOSES = LazyPattern(r"(?:报道|专讯|讯|消息)?[）)]")  # （星岛日报报道）


def bracketed_outlet_opening(text: str, f: Found) -> None:
    if f.has_source():
        return
    # Only a bracket opening a line counts: each line start of the zone is looked
    # at once (finding every bracket of the zone first cost three times as much).
    # The first kind of bracket in _OPENING_BRACKETS wins, then the first line.
    best = None
    line = 0
    while 0 <= line < _OPENING_ZONE:
        b = _LINE_BRACKET.match(text, line, _OPENING_ZONE)
        if b is not None:
            c = b.group(1)
            o = outlet_at(text, b.end())
            if o is not None and (c in "【[" or _OUTLET_CLOSES.match(text, o.end())):
                # (（新华社记者…: a bracketed byline, read by the byline finder)
                key = (_OPENING_BRACKETS.index(c), o.start())
                if best is None or key < best[0]:
                    best = (key, o)
        line = text.find("\n", line, _OPENING_ZONE)
        line = line + 1 if line >= 0 else -1
    if best is not None:
        f.source(best[1].group(), FROM_BYLINE, best[1].start())


# A listed outlet alone on one of the first lines, as a page prints its site's name
# above or under the headline: 2023年12月3日\n众新闻\n…
_OUTLET_LINES = 3


def outlet_line(text: str, f: Found) -> None:
    ls = 0
    for _ in range(_OUTLET_LINES):
        le = text.find("\n", ls, _OPENING_ZONE)
        if le < 0:
            return
        raw = text[ls:le]
        line = raw.strip(" \t　")
        if 2 <= len(line) <= 12 and (o := outlet_at(line, 0)) is not None and o.end() == len(line):
            f.source(line, FROM_SELF_MENTION, ls + len(raw) - len(raw.lstrip(" \t　")))
            return
        ls = le + 1


# A listed outlet crediting itself in a bracket that closes the story: …拨款3亿元。（某日报报道）
_CLOSING_CREDIT = LazyPattern(r"[（(](?P<o>[^（）()\n]{2,14}?)(?:记者)?报道[）)]\s*\Z")
CLOSING_CREDIT_ZONE = 40


def bracketed_outlet_closing(text: str, f: Found) -> None:
    m = _CLOSING_CREDIT.search(text, max(0, len(text) - CLOSING_CREDIT_ZONE))
    if m is not None and m.group("o")[0] != "据" and is_outlet(m.group("o")):  # （据某报报道）: cited
        f.source(m.group("o"), FROM_BYLINE, m.start("o"))
        f.spans.append((m.start(), m.end(), "byline"))


# An outlet naming its account in a bracket, as WeChat reposts credit it:
# 北京日报（ID：Beijing_Daily）综合…, 南方都市报（nddaily）、N视频报道; and a paper's
# print edition: 《光明日报》（2023年07月30日 10版）.
_ACCOUNT = LazyPattern(r"[（(](?:ID|id|微信号|微信ID)?[：: ]?[A-Za-z][A-Za-z0-9_-]{2,30}[）)]")
_EDITION = LazyPattern(rf"《(?P<p>[{HAN}]{{2,12}})》[（(]\d{{4}}年\d{{1,2}}月\d{{1,2}}日[ \t]*(?:第[ \t]*)?\d{{1,3}}[ \t]*版[）)]")
_HAN_BEFORE = 30
# Both close a repost or a print page: looked for in its last 300 characters only.
_ACCOUNT_ZONE = 300


def _account_brackets(text: str, zone: int) -> list[int]:
    """The brackets after ``zone`` that open with a Latin letter or 微 (an account's
    ID, 微信号): str.find and a character test each, no generator, no regex."""
    out = []
    for c in "（(":
        b = text.find(c, zone)
        while b >= 0:
            after = text[b + 1 : b + 2]
            if "A" <= after <= "z" or after == "微":
                out.append(b)
            b = text.find(c, b + 1)
    return sorted(out) if len(out) > 1 else out


def outlet_with_account(text: str, f: Found) -> None:
    # (each pattern opens with a bracket the engine skips to; the outlet before an
    # account's bracket is read backwards from it, not tried at every position)
    if f.decided(FROM_BYLINE):
        return  # a label or a dateline names the source already: an account's outlet cannot win
    zone = max(0, len(text) - _ACCOUNT_ZONE)
    for b in _account_brackets(text, zone):
        m = _ACCOUNT.match(text, b)
        if m is None:
            continue
        k = m.start()
        while k > max(0, m.start() - _HAN_BEFORE) and "\u4e00" <= text[k - 1] <= "\u9fff":
            k -= 1
        o = text[k : m.start()]
        if len(o) < 2 or (k > 0 and "\u4e00" <= text[k - 1] <= "\u9fff"):
            continue  # no word, or one longer than any outlet and its caption
        if len(o) > 12 or not is_outlet(o):
            # a photo's caption glued before it (…五合校区北京日报（ID：…）): the listed outlet ending it
            tail = [x for x in outlet_pattern().finditer(o) if x.end() == len(o)]
            o = tail[-1].group() if tail else ""
        if o and is_outlet(o) and not is_own_paper(o):
            f.source(o, FROM_BYLINE, m.start() - len(o))
            return
    if text.find("》", zone) >= 0:
        for m in _EDITION.finditer(text, zone):
            if is_outlet(m.group("p")):
                f.source(m.group("p"), FROM_BYLINE, m.start())
                return


# A name and the part it wrote closing a commentary: …为代价。纪玉/文
# (or two, the writer's and the photographer's: …为代价。张三/文 李四/图)
_NAME_SLASH = LazyPattern(
    rf"(?<=[。！？”\s])(?P<name>{NAME})[ \t]*/[ \t]*[文图](?:/[文图])?"
    rf"(?:[ \t]+(?P<second>{NAME})[ \t]*/[ \t]*[文图])?(?=[ \t]*(?:\n|$|返回))"
)


def name_slash_credit(text: str, f: Found) -> None:
    m = _NAME_SLASH.search(text, max(0, len(text) - TRAILING_ZONE))
    if m and is_person_name(m.group("name")) and (m.group("second") is None or is_person_name(m.group("second"))):
        f.reporter(m.group("name"), m.start("name"))
        if m.group("second"):
            f.reporter(m.group("second"), m.start("second"))
        f.spans.append((m.start(), m.end(), "byline"))


# The author's box a Hong Kong site prints after the story: 博客 | 某某, 主笔 | 某某
_AUTHOR_BOX = LazyPattern(
    rf"^[ \t]*(?:博客|主笔|专栏作者|作者)[ \t]+\|[ \t]+(?P<name>[{HAN}·]{{2,8}}|{LATIN_NAME.pattern})[ \t]*$", re.MULTILINE
)


# The honorific a box writes after the author's name (博客 | 何国栋博士): no part of it.
_HONORIFIC = LazyPattern("(?:博士|教授|医生|律师|先生|女士|牧师|神父)$")


def author_box(text: str, f: Found) -> None:
    start = max(0, len(text) - FOOTER_ZONE * 2)
    # (the box's label holds 作者, 博客 or 主笔: where none stands, its pattern is not even compiled)
    if text.find("作者", start) < 0 and text.find("博客", start) < 0 and text.find("主笔", start) < 0:
        return
    m = _AUTHOR_BOX.search(text, start)
    name = _HONORIFIC.sub("", m.group("name")) if m else ""
    if m and (is_credit_name(name) or LATIN_NAME.fullmatch(name)):  # 博客 | 特约转载: a desk, not a name
        f.reporter(name, m.start("name"))
        f.spans.append((m.start(), m.end(), "byline"))
