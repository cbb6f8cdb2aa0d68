"""Footers: the editor's credit, and an outlet naming itself.

* ``编辑 樊一婧``, ``责编：史健 | 审校：…``, ``编辑 马丹二审 马丹``, ``[编辑：刘凯丽]``,
  ``【责任编辑：陈小茹】``;
* an outlet's own app or subscription (``下载“齐鲁壹点”APP``, ``成为众新闻的月费订户``),
  its own reporters and exclusives (``澎湃新闻记者从…获悉``, ``*文汇独家稿件``), and the
  outlet as the one asked or told (``告诉澎湃新闻``, ``回复某报查询``, ``向某台表示``,
  ``某报向某署查询``, ``澎湃新闻注意到``), an outlet finding things itself
  (``澎湃新闻从知情人士处获悉``), its graphics (``众新闻制图``) and its own stories
  (``本文由盖饭娱乐原创``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from itertools import islice

from . import lexicon as _lexicon
from .found import FROM_BYLINE, FROM_SELF_MENTION, Found
from .lazy import LazyPattern
from .lexicon import (
    HAN,
    NAME,
    ROLE,
    SEP,
    STOP,
    clean_outlet,
    is_credit_name,
    is_outlet,
    is_person_name,
    name_glued_at,
    name_lexicons,
    outlet_at,
    outlet_pattern,
)

# Patterns whose methods are called below are bound by assignment, not imported by name: CPython
# 3.11 compiles NAME.search(...) as an attribute load and a new bound method per call when an
# import binds NAME (tests/test_method_calls.py).
DESK_BEFORE = _lexicon.DESK_BEFORE
DESK_TAIL = _lexicon.DESK_TAIL

# (◆ and ● part a WeChat account's credits: ◆编辑：张三◆责任编审：…, round 20; a workflow desk's 流程编辑
# glued after the name, 编辑 谢某某流程编辑 刘某, round 24, ends it as a STOP word since round 25; an intern's note after it: 责任编辑：某某（实习）, round 25c)
_FOOTER_EDITOR = LazyPattern(
    rf"(?:责任编辑|责编|编辑){SEP}*[：:/ |｜丨]?{SEP}*(?P<name>{NAME}?)(?=\s|{STOP}|{ROLE}|编审|[|｜\]】【）)*\d◆●]|[（(](?:实习|见习)|$)", re.MULTILINE
)
_CHIEF_AFTER = LazyPattern(rf"{SEP}+责编{SEP}+(?P<name>{NAME})(?=\s|{STOP}|$)")
_FOOTER_OUTLET = LazyPattern(
    rf"成为(?P<a>[{HAN}]{{2,8}}?)的月费订户|(?:下载|关注|搜索)[“\"](?P<b>[{HAN}]{{2,8}})[”\"](?:APP|App|app|客户端)"
)
# Both open with a group the regex engine cannot skip ahead to, so it tries every
# position: footers() looks for their words first.
# (each found with str.find: as one pattern, the engine stopped at every 的)
_FOOTER_OUTLET_HINTS = ("的月费订户", "下载", "关注", "搜索")
_FOOTER_OUTLET_HINT_CHARS = tuple(zip(_FOOTER_OUTLET_HINTS, "订载注搜", strict=True))
# What the outlet's own reporter does for the story (round 15: 亲自到商场试用, 亲身体验; round 25: 某新闻记者根据
# 公众号上的电话联系上景区; round 25c: 某新闻记者电话采访了…)
_OWN_REPORTER_VERBS = "电话采访|电话联系|从|根据|来到|赶到|前往|抵达|拨打|获悉|了解到|近日|日前|访问|采访|走访|致电|查询|联络|联系|实地|搜索|检索|查阅|注意到|留意到|发现|梳理|统计|暗访|探访|核实|求证|亲身|亲自"
# (or glued after a photo's 供图 credit: …某景区供图某报社记者了解到，, round 25)
_OWN_REPORTER = LazyPattern(rf"(?:^|[\s。，”）]|供图)(?P<outlet>[{HAN}]{{2,8}}?)记者(?:{_OWN_REPORTER_VERBS})")
# Its tail, a plain word the engine skips to: a match starts at most _OWN_REPORTER_REACH
# characters before the first one (its opening, 供图 the longest, and 8 characters of the outlet), so
# the search for the whole starts there instead of trying every character before.
_OWN_REPORTER_TAIL = LazyPattern(f"记者(?:{_OWN_REPORTER_VERBS})")
_OWN_REPORTER_REACH = len("供图") + 8
# A graphic the outlet made itself (a caption 众新闻制图): the outlet publishing the story.
# and its own file photo (某报资料图片): a listed outlet's, checked by the caller
_OWN_GRAPHIC = LazyPattern(rf"(?:^|[\s。，（(])(?P<outlet>[{HAN}]{{2,8}}?)(?:制图|资料图片|资料图)")
# The same after its separator: a class the engine skips to (the ^ branch made it try every position).
_OWN_GRAPHIC_AFTER_SEP = LazyPattern(rf"[\s。，（(](?P<outlet>[{HAN}]{{2,8}}?)(?:制图|资料图片|资料图)")
# ...but never a wire agency's: its file photo or graphic is licensed by every paper that runs it
# (路透社资料图片 on a Hong Kong page; the agency's own stories have their own datelines).
_WIRE_AGENCIES = frozenset(("路透社", "法新社", "美联社", "彭博社", "共同社", "时事社", "塔斯社", "俄新社", "德新社", "埃菲社", "安莎社", "韩联社", "越通社"))
_EXCLUSIVE = LazyPattern(rf"(?:^|[\s*＊。）)】])(?P<outlet>[{HAN}]{{2,8}})独家稿件")
# The outlet after a verb of telling or answering, or before one of noticing or asking.
_TOLD = LazyPattern(r"告诉|回复|答复|回应|回信|接受|向|对")
# (回信某报讲述…, 向某报证实 / 确认: a letter to the outlet, a fact confirmed to it)
# (回复某报时表示, 接受某报电话访问: the time word and the way of the interview between)
_TOLD_END = LazyPattern(r"记者|查询|(?:电话|视像|书面|独家)?(?:采访|访问)|提问|时|表示|透露|证实|确认|讲述|[（(，。]")
# Its words, each with a character it needs, tested first (str.find of one
# character is C-speed; the alternation's scan tested every character against six).
_TOLD_WORDS = (
    ("告诉", "诉"), ("回复", "复"), ("答复", "复"), ("回应", "应"), ("回信", "信"), ("接受", "受"), ("向", "向"), ("对", "对")
)


def _told(text: str) -> list[tuple[int, str]]:
    """Where each of the first _MAX_TRIES matches of ``_TOLD.finditer(text)`` ends, and its word.

    At most one word opens at a position (回复 and 回应 part at their second
    character), and none opens with another's second character (诉复应受), so the
    matches are all the words' occurrences, in order."""
    out = []
    for word, c in _TOLD_WORDS:
        if c in text:
            i = text.find(word)
            while i >= 0:
                out.append((i, word))
                i = text.find(word, i + len(word))
    out.sort()
    return [(i + len(w), w) for i, w in out[:_MAX_TRIES]]


# (the asked one may be quoted: 向某公司「某某」，查询; or phoned, written to: 某报曾致电某人查询)
# (each verb with the words after it written out: a branch that opens with a group, not a
# character, costs the pattern the engine's skip to its first characters, and every position of
# the text was tried; the verbs tried in the same order, the same matches)
_ASKED = "[^。！？\n]{2,30}?查询"
_NOTICED = LazyPattern("注意到|" + "|".join(v + _ASKED for v in ("向", "致电", "去电", "去信", "去函", "电邮")))
# An adverb between the outlet and its asking: 某报曾两度向某公司查询, 某台多次向…查询
# or a time word: 某报昨日去信某署查询, 某报早前曾向…查询
_ASKED_ADVERB = LazyPattern(
    r"(?:(?:昨日|昨天|今日|今天|日前|早前|近日)(?:曾|已|亦|也|再)?|(?:曾|已|亦|也|再)?(?:两度|多次|一再|再次|曾))$"
)
_OWN_FINDING_BODY = (
    rf"(?P<outlet>[{HAN}]{{2,8}})(?:\d{{1,2}}月\d{{1,2}}日)?"
    rf"(?:从[^，。！？\n]{{1,20}}?(?:获悉|了解到)|在[^，。！？\n]{{1,30}}?(?:看到|发现|查询|注意到|获悉))"
)
_OWN_FINDING = LazyPattern(rf"(?:^|(?<=[\s。，”）…])){_OWN_FINDING_BODY}")
# The same after its separator, consumed: a class the engine skips to (the
# look-behind made it try every position of the lead, most of footers' time).
_OWN_FINDING_AFTER_SEP = LazyPattern(rf"[\s。，”）…]{_OWN_FINDING_BODY}")
# (one pattern: five str.find calls read the lead five times, 2x slower)
_OWN_FINDING_WORD = LazyPattern("获悉|看到|发现|查询|注意到|了解到")
_OWN_FINDING_WORDS = (("获悉", "悉"), ("看到", "看"), ("发现", "现"), ("查询", "询"), ("注意到", "注"), ("了解到", "解"))
# (the shortest outlet before the word: 某报从多方了解到， is _OWN_FINDING's, its outlet 某报)
_LEARNED = LazyPattern(rf"(?:^|(?<=[\s。，”）…]))(?P<outlet>[{HAN}]{{2,8}}?)(?:获悉|了解到)，")
_OWN_STORY = LazyPattern(rf"本文由(?P<outlet>[{HAN}]{{2,8}}?)(?:原创|独家|首发|出品|发布)")
_OUTLET_BEFORE = 10
_COMPILED_BY = LazyPattern(rf"(?:以上|本文|本页)?内容由(?P<outlet>[{HAN}]{{2,8}}?)(?:根据|依据|综合)[^。，\n]{{0,12}}?整理")
_FOLLOW_US = LazyPattern(rf"(?:点击|点)(?:上面|上方|标题下|蓝字)?[ \t]*[“\"](?P<outlet>[{HAN}]{{2,10}})[”\"][ \t]*关注我们")
_FOLLOW_US_REACH = 2 + 3 + 1 + 10 + 1
_PORTAL_TAIL = LazyPattern(rf"[。！？”](?P<outlet>[{HAN}]{{2,12}})返回搜狐，查看更多")
_PORTAL_TAIL_ZONE = 40
_STOP_AT = LazyPattern(STOP)
_PRINT_FOOTER = LazyPattern(
    rf"《[ \t]*(?P<o>[{HAN}]{{2,8}}报)[ \t]*》[ \t]*[（(][ \t]*\d{{4}}年\d{{1,2}}月\d{{1,2}}日[ \t]*\d{{1,3}}[ \t]*版[ \t]*[）)]"
)
_PRINT_ZONE = 300
_LEAD = 1000
_MAX_TRIES = 40


def _editor_credits(text: str) -> Iterator[re.Match[str]]:
    """``_FOOTER_EDITOR.finditer(text)`` (a trainee's 实习编辑 last), tried only where 责任编辑, 责编 or 编辑
    starts: around each 编, found with str.find (the pattern's two opening
    characters made the engine test every character of the text).  The
    candidate starts come in order (a 编 can only be 责任编辑's or 责编's own)."""
    pos = 0
    trainees = []
    i = text.find("编")
    while i >= 0:
        for s, word in ((i - 2, "责任编辑"), (i - 1, "责编"), (i, "编辑")):
            if s >= pos and text.startswith(word, s):
                m = _FOOTER_EDITOR.match(text, s)
                if m is not None:
                    if word == "编辑" and text.startswith(_TRAINEE, s - 2):
                        # 实习编辑：张三 责任编辑：李四: the editor in charge first; 编辑 谢某流程编辑 刘某:
                        # the workflow desk's 流程编辑 after the article's editor (round 24)
                        trainees.append(m)
                    else:
                        yield m
                    pos = m.end()
        i = text.find("编", i + 1)
    yield from trainees


_TRAINEE = ("实习", "见习", "流程")


def footers(text: str, f: Found) -> None:
    """The editor's credit, the closing credits that name the source (a print edition's footer,
    a video's maker), then, where nothing has named the source yet, the first outlet naming
    itself of ``_SELF_MENTIONS`` (tried in that order: the surest first)."""
    if f.editor is None:
        _editor(text, f)
    zone = max(0, len(text) - _PRINT_ZONE)  # (the closing credits' zone, searched in place: no slice of it)
    if not f.has_source(FROM_BYLINE) and text.find("版", zone) >= 0:
        # 《 人民日报 》（ 2023年08月02日   05 版）: the print edition's footer names the paper
        m = _PRINT_FOOTER.search(text, zone)
        if m is not None:
            f.source(m.group("o"), FROM_BYLINE, m.start("o"))
            f.spans.append((m.start(), m.end(), "footer"))
    if not f.has_source(FROM_BYLINE) and text.find("制作", zone) >= 0:
        _produced_by(text, f)
    if f.has_source():
        return
    lead = text[:_LEAD]
    for mention in _SELF_MENTIONS:
        found = mention(text, lead)
        if found is not None:
            f.source(found[0], FROM_SELF_MENTION, found[1])
            return


def _editor(text: str, f: Found) -> None:
    """The editor's credit (编辑 樊一婧, 责编：史健, [编辑：刘凯丽]) and the desk's credits around it,
    or else an editor's name glued to the lead."""
    for m in _editor_credits(text):
        name = m.group("name")
        spaced = _spaced_two(text, m.end("name")) if len(name) == 1 else None
        if spaced is not None:
            name += spaced  # 编辑 | 方 堃: a two-character name spaced to the width of the credits' longer ones
        # Behind its label's colon or slash an editor needs no listed surname (编辑：仉英).
        bracketed = (
            m.start() > 0 and text[m.start() - 1] in "（([【" and text[m.end() : m.end() + 1] in ("）", ")", "]", "】")
        )
        labelled = bracketed or (m.start("name") > 0 and text[m.start("name") - 1] in "：:/|｜丨")
        if name and (is_person_name(name) or labelled and is_credit_name(name)):
            f.editor = name
            chief = _CHIEF_AFTER.match(text, m.end()) if text.startswith("编辑", m.start()) and not labelled else None
            if chief is not None and is_person_name(chief.group("name")):
                # 编辑 彭疆 责编 官莉: of a spaced desk run the editor in charge is the
                # article's editor (as the fit gold reads such 红星新闻 credits)
                f.editor = chief.group("name")
                m = chief
            # The desk's other credits after it go too: 编辑 马丹二审 马丹 冯相清三审 李凯
            tail = DESK_TAIL.match(text, m.end() + (2 if spaced else 0))
            # and the credits before it: 监审：窦俊平编辑：聂丽
            head = DESK_BEFORE.search(text, max(0, m.start() - 40), m.start())
            s, e = head.start() if head else m.start(), tail.end() if tail else m.end() + (2 if spaced else 0)
            if bracketed:  # （编辑 仉英）, [编辑：刘凯丽]: the bracket goes with it
                s, e = min(s, m.start() - 1), max(e, m.end() + 1)
            f.spans.append((s, e, "byline"))
            break
    else:
        _glued_editor(text, f)


def _spaced_two(text: str, end: int) -> str | None:
    """The second character of a two-character name a credit spaces out (方 堃), after its surname at
    ``end - 1``: one space, one Han character, then the line's or the credit's end."""
    if text[end : end + 1] not in (" ", "\t") or not is_person_name(text[end - 1] + text[end + 1 : end + 2]):
        return None
    after = text[end + 2 : end + 3]
    return text[end + 1] if after in ("", "\n", " ", "\t", "|", "｜", "丨", "）", ")", "】", "]") else None


# Each self-mention stage below: (text, its first _LEAD characters) -> the outlet naming itself
# and where it stands, or None.


def _own_app(text: str, lead: str) -> tuple[str, int] | None:
    """The outlet's own app or subscription: 下载“齐鲁壹点”APP, 成为众新闻的月费订户."""
    # (each word's rarest character first: str.find of one character is 5x faster than of a word)
    hint = min((i for w, c in _FOOTER_OUTLET_HINT_CHARS if c in text and (i := text.find(w)) >= 0), default=-1)
    if hint >= 0:
        # A match holds one of the words at most 10 characters after its start
        # (成为 + 2-8 characters + 的月费订户), so none starts earlier.
        for m in _FOOTER_OUTLET.finditer(text, max(0, hint - 10)):
            outlet = m.group("a") or m.group("b")
            if is_outlet(outlet):
                return outlet, m.start()
    return None


def _follow_us(text: str, lead: str) -> tuple[str, int] | None:
    """点击上面“凤冈家乡通”关注我们: the account asking to be followed publishes the page."""
    if "注" in text and "关注我们" in text:  # (one character's find first)
        i = text.find("关注我们")
        m = _FOLLOW_US.search(text, max(0, i - _FOLLOW_US_REACH), i + 4)
        if m is not None:
            return m.group("outlet"), m.start("outlet")
    return None


def _compiler(text: str, lead: str) -> tuple[str, int] | None:
    """以上内容由证券之星根据公开信息整理: the site compiling the page says so."""
    start = max(0, len(text) - _LEAD)
    if "整理" in text and text.find("内容由", start) >= 0:
        m = _COMPILED_BY.search(text, start)
        if m is not None and m.group("outlet")[0] not in _NOT_NAMING:
            return m.group("outlet"), m.start("outlet")
    return None


def _own_story(text: str, lead: str) -> tuple[str, int] | None:
    """本文由盖饭娱乐原创: the outlet saying the story is its own."""
    if "由" in text and "本文由" in text:  # (one character's find first: 5x faster than a word's)
        m = _OWN_STORY.search(text, max(0, len(text) - _LEAD))
        if m and m.group("outlet")[0] not in _NOT_NAMING and m.group("outlet") not in ("作者", "笔者", "小编"):
            return m.group("outlet"), m.start("outlet")
    return None


def _exclusive(text: str, lead: str) -> tuple[str, int] | None:
    """*文汇独家稿件: the outlet's exclusive."""
    if "稿" in text and "独家稿件" in text:
        m = _EXCLUSIVE.search(text)
        if m:
            return m.group("outlet"), m.start("outlet")
    return None


def _own_reporter(text: str, lead: str) -> tuple[str, int] | None:
    """An outlet's own reporter at work in the lead: 澎湃新闻记者从…获悉, 众新闻记者访问…, 某网记者搜索发现."""
    tail = _OWN_REPORTER_TAIL.search(lead) if "者" in lead else None  # (one character's find first)
    m = _OWN_REPORTER.search(lead, max(0, tail.start() - _OWN_REPORTER_REACH)) if tail is not None else None
    if m and (outlet := clean_outlet(m.group("outlet"))) and not m.group("outlet").startswith("据"):  # 据新华社记者…: cited
        return outlet, m.start("outlet")
    return None


def _own_graphic(text: str, lead: str) -> tuple[str, int] | None:
    """A listed outlet's own graphic or file photo (众新闻制图, 某报资料图片), not a wire agency's."""
    if "图" in text and ("制图" in text or "资料图" in text):
        for m in islice(_own_graphics(text), _MAX_TRIES):
            if outlet_pattern().fullmatch(m.group("outlet")) and m.group("outlet") not in _WIRE_AGENCIES:
                return m.group("outlet"), m.start("outlet")
    return None


def _own_graphics(text: str) -> Iterator[re.Match[str]]:
    """``_OWN_GRAPHIC.finditer(text)``: its ^ matches at the text's start only, where the
    pattern itself is tried; after it, or after position 0, only the separator's branch can."""
    first = _OWN_GRAPHIC.match(text)
    if first is not None:
        yield first
    yield from _OWN_GRAPHIC_AFTER_SEP.finditer(text, first.end() if first is not None else 1)


def _own_finding(text: str, lead: str) -> tuple[str, int] | None:
    """A listed outlet that learned or found something itself: 8月1日，澎湃新闻从知情人士处获悉,
    澎湃新闻8月9日在浙江省政务服务网…看到."""
    for m in islice(_own_findings(lead), _MAX_TRIES):
        if outlet_pattern().fullmatch(m.group("outlet")):
            return m.group("outlet"), m.start("outlet")
    return None


def _learned(text: str, lead: str) -> tuple[str, int] | None:
    """...or learned it with nothing between, a comma after: 某报获悉，… (from sources it does not name)."""
    verbs = [i for i in (lead.find("获悉，"), lead.find("了解到，")) if i >= 0]
    if verbs:
        # (no match starts more than an outlet's 8 characters before the first verb: the pattern, opening with a
        # look-behind, has no character to skip to, so the scan starts there)
        for m in islice(_LEARNED.finditer(lead, max(0, min(verbs) - 8)), _MAX_TRIES):
            if outlet_pattern().fullmatch(m.group("outlet")):
                return m.group("outlet"), m.start("outlet")
    return None


def _own_desk_work(text: str, lead: str) -> tuple[str, int] | None:
    """A listed outlet doing its own desk work in the body: 某报统计 / 翻查 / 比较 / 取得,
    某报记者到场观察, 某报早前报道 (its own earlier story, not one it cites: 据某报报道 is not)."""
    for at, word in _desk_work(text):
        outlet = _listed_outlet_ending_at(text, at)
        if outlet and not (word.endswith("报道") and text[max(0, at - len(outlet) - 1) : at - len(outlet)] == "据"):
            return outlet, at - len(outlet)
    return None


def _told_outlet(text: str, lead: str) -> tuple[str, int] | None:
    """The outlet as the one told or asked: 告诉澎湃新闻, 回复某报查询, 向某台表示, 回复《某报》查询.
    (At most a few tries: a self-mention is a last resort, not worth a long text's scan.)"""
    for end, word in _told(text):
        o = outlet_at(text, end)
        if o and _TOLD_END.match(text, o.end()):
            return o.group(), o.start()
        if o is None and word in ("回复", "答复", "回应") and text.startswith("《", end):
            # 回复《某报》查询: answering the outlet's own query (接受《某台》访问 may cite another's)
            o = outlet_at(text, end + 1)
            if o and text.startswith("》查询", o.end()):
                return o.group(), o.start()
        if word == "告诉":
            # 告诉荆门新闻：an outlet in no list, by its ending, when only the outlet
            # writing the story is told things (接受…采访 names other outlets too).
            outlet = _unlisted_at(text, end)
            if outlet:
                return outlet, end
    return None


def _portal_account(text: str, lead: str) -> tuple[str, int] | None:
    """The account's name between the last sentence and the portal's link: …做好准备。”每日经济新闻返回搜狐."""
    tail = _PORTAL_TAIL.search(text, max(0, len(text) - _PORTAL_TAIL_ZONE))
    if tail and is_outlet(tail.group("outlet")) and not _STOP_AT.search(tail.group("outlet")):
        return tail.group("outlet"), tail.start("outlet")
    return None


def _noticing_outlet(text: str, lead: str) -> tuple[str, int] | None:
    """The outlet before a verb of noticing or asking: 澎湃新闻注意到, 某报向某署查询, 某报曾两度向…查询."""
    if not ("注" in text and "注意到" in text) and not ("询" in text and "查询" in text):
        return None
    for m in islice(_NOTICED.finditer(text), _MAX_TRIES):
        end = m.start()
        adverb = _ASKED_ADVERB.search(text, max(0, end - 5), end)
        outlet = _outlet_ending_at(text, end) or (adverb and _outlet_ending_at(text, adverb.start()))
        if outlet:
            return outlet, text.rfind(outlet, 0, end)
    return None


# The stages of an outlet naming itself, in the order they are tried: the first that answers names
# the source.
_SELF_MENTIONS: tuple[Callable[[str, str], tuple[str, int] | None], ...] = (
    _own_app,
    _follow_us,
    _compiler,
    _own_story,
    _exclusive,
    _own_reporter,
    _own_graphic,
    _own_finding,
    _learned,
    _own_desk_work,
    _told_outlet,
    _portal_account,
    _noticing_outlet,
)


# A labelled editor's name glued to the lead after it: 每经编辑：杜宇当地时间8月1日，
_EDITOR_LABEL = LazyPattern(r"(?:责任编辑|责编|编辑)[：:]")
_GLUED_EDITOR_ZONE = 200


# A video's closing credit run ends with who made it: 新华社音视频部制作, 某台新闻中心制作 (round 16),
# 新华社音视频部、某某分社联合出品 (round 20: the first department listed is the outlet's).
_PRODUCED = LazyPattern(rf"(?P<who>[{HAN}]{{2,16}})(?:、[{HAN}]{{2,12}}){{0,3}}(?:联合)?(?:制作|出品)(?=[ \t]*(?:分享|返回|\n|$))")
_DEPARTMENT = LazyPattern(rf"[{HAN}]{{0,6}}(?:部|中心|频道|工作室|团队)")


def _produced_by(text: str, f: Found) -> None:
    m = _PRODUCED.search(text, max(0, len(text) - _PRINT_ZONE))
    if m is None:
        return
    who = m.group("who")
    # the outlet nearest the credit: a run of supporting outlets may come before it (…南昌广播电视台新华社音视频部)
    for k in range(len(who) - 2, -1, -1):
        o = outlet_at(who, k)
        if o is not None and o.end() < len(who) and _DEPARTMENT.fullmatch(who, o.end()):
            f.source(o.group(), FROM_BYLINE, m.start("who") + k)
            f.spans.append((m.start("who") + k, m.end(), "footer"))
            return


def _glued_editor(text: str, f: Found) -> None:
    i = text.find("编", 0, _GLUED_EDITOR_ZONE)  # (one character's find: most leads hold none)
    m = _EDITOR_LABEL.search(text, max(0, i - 2), _GLUED_EDITOR_ZONE) if i >= 0 else None
    name = name_glued_at(text, m.end(), short=True) if m else None
    if name and is_person_name(name):
        assert m is not None  # (name is None when m is)
        f.editor = name
        f.spans.append((m.start(), m.end() + len(name), "byline"))


def _own_findings(lead: str) -> Iterator[re.Match[str]]:
    """The outlets of ``_OWN_FINDING.finditer(lead)``: its match at the start, then
    those after a separator.  A match ends in a Han word (获悉, 看到), never a
    separator, so the next one's separator lies after it, as the scan expects.
    Every match ends in one of its closing words, at most 45 characters after
    the outlet starts (8 + a date's 6 + 从/在 + 30): none starts 46 or more
    before the first such word, and without one there is none; none ends after
    the last such word ends, so the scan stops there (the same matches: the
    pattern looks at nothing after its closing word).
    (each word found by str.find, after a character it needs: the alternation's
    scan tested every character of the lead against five)"""
    spans = [(i, lead.rfind(w) + len(w)) for w, c in _OWN_FINDING_WORDS if c in lead and (i := lead.find(w)) >= 0]
    if not spans:
        return
    hint = min(i for i, _ in spans)
    last_end = max(e for _, e in spans)
    first = _OWN_FINDING.match(lead)
    if first is not None:
        yield first
    yield from _OWN_FINDING_AFTER_SEP.finditer(lead, first.end() if first is not None else max(0, hint - 46), last_end)


# The outlet's own desk work: a word of it right after the outlet (某报统计), an adverb and
# 报道 (某报早前报道: its own earlier story), or its reporter at work (某报记者到场).
# (each word found with str.find: the alternation's scan tested every character of a long
# text, 15 % of the meta finder)
_DESK_WORDS = ("统计", "翻查", "查阅", "比较", "取得", "获得", "收到")
_REPORTED_AFTER = ("早前", "当时", "昨日", "日前", "曾")
_REPORTER_AT = frozenset(("到场", "到访", "在场", "现场", "观察", "目睹", "发现", "翻查", "直击", "追访", "实测"))


# Every word of _desk_work found in one scan, each by its first character (so that overlapping
# words, 翻查阅, are all seen); that character says which word (the first characters differ).
_DESK_AT = LazyPattern(
    "|".join(
        [w[0] + "(?=" + w[1:] + ")" for w in _DESK_WORDS]
        + [a[0] + "(?=" + a[1:] + "报道)" for a in _REPORTED_AFTER]
        + ["记(?=者(?:" + "|".join(sorted(_REPORTER_AT)) + "))"]
    )
)
_DESK_WORD_OF = {**{w[0]: w for w in _DESK_WORDS}, **{a[0]: "报道" for a in _REPORTED_AFTER}, "记": "记者"}


def _desk_work(text: str) -> list[tuple[int, str]]:
    """Where the outlet before each desk word must end, and the word, in order.
    (One regex scan: nine ``str.find`` passes over the text cost twice as much.)"""
    ends = _outlet_ends()
    found: dict[str, list[int]] = {}
    for m in _DESK_AT.finditer(text, 2):  # (an outlet of two characters at least before)
        at = m.start()
        if text[at - 1] in ends:
            found.setdefault(_DESK_WORD_OF[text[at]], []).append(at)
    out: list[tuple[int, str]] = []
    for word in (*_DESK_WORDS, "报道", "记者"):  # (the cap taken in this order, as before)
        for at in found.get(word, ()):
            if len(out) >= _MAX_TRIES:
                break
            out.append((at, word))
    out.sort()
    return out[:_MAX_TRIES]


@lru_cache(maxsize=1)
def _listed() -> frozenset[str]:
    return frozenset(name_lexicons()[2])


@lru_cache(maxsize=1)
def _outlet_ends() -> frozenset[str]:
    return frozenset(o[-1] for o in _listed() if o)


def _listed_outlet_ending_at(text: str, end: int) -> str | None:
    """The listed outlet ending right at ``end``, opening its clause (not a word's tail)."""
    listed = _listed()
    for n in range(min(_OUTLET_BEFORE, end), 1, -1):
        cand = text[end - n : end]
        if cand in listed:
            s = end - n
            return cand if s == 0 or text[s - 1] in _CLAUSE_OPENERS else None
    return None


_CLAUSE_OPENERS = frozenset("\n。，；：！？”」）)》《 \t根据、和与及")


def _outlet_ending_at(text: str, end: int) -> str | None:
    """The listed outlet, or the longest suffix-rule one, that ends right at ``end``."""
    for n in range(min(_OUTLET_BEFORE, end), 1, -1):
        cand = text[end - n : end]
        if is_outlet(cand) and outlet_pattern().fullmatch(cand):
            return cand
    # One in no list, by its ending, that a sentence opens with: 。荆门新闻注意到
    for n in range(min(_OUTLET_BEFORE, end), 2, -1):
        cand = text[end - n : end]
        opens = end - n == 0 or not "\u4e00" <= text[end - n - 1] <= "\u9fff"  # (HAN, compared: no pattern compiled)
        if opens and _unlisted_name(cand):
            return cand
    return None


_HAN_RUN = LazyPattern(f"[{HAN}]+")
# Words that make an outlet-shaped phrase no name: 该报, 本网, 当地电视台, 各新闻.
_NOT_NAMING = "该本此我某各当其这那全多两"


def _unlisted_name(cand: str) -> bool:
    return len(cand) >= 3 and cand[0] not in _NOT_NAMING and _HAN_RUN.fullmatch(cand) is not None and is_outlet(cand)


def _unlisted_at(text: str, start: int) -> str | None:
    """The longest outlet-shaped name at ``start`` followed by what a teller's sentence goes on with."""
    for n in range(_OUTLET_BEFORE, 2, -1):
        cand = text[start : start + n]
        if len(cand) == n and _unlisted_name(cand) and _TOLD_END.match(text, start + n):
            return cand
    return None
