"""Datelines: the outlet, a place, a date, then 电/讯/消息, and the reporters in the bracket after it.

``中新网拉萨8月3日电（记者 江飞波）``, ``新华网合肥3月17日电 (张明 李强)``,
``齐鲁晚报讯（孙华 钱丽 记者 赵峰）``, ``央广网成都5月2日消息（记者刘洋）``,
``中国青年报客户端北京3月1日电（中青报·中青网记者 陈晨）``, ``经济日报讯 （记者…）``,
``红网时刻8月9日综合（常德日报记者 胡秋菊 通讯员 明洋 文/图）``, ``【环球网报道】``.

A dateline opens a line or follows a header, a caption's full stop or a
headline that the scrape glued to it (``原标题：…中新社北京8月18日电``): there
it is found by the listed outlet names, since the headline's last words and
the outlet's first ones cannot be told apart by shape alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from .found import FROM_DATELINE, Found
from .lazy import LazyPattern
from .lexicon import (
    HAN,
    ROLE,
    SEP,
    STOP,
    is_credit_name,
    is_outlet,
    is_person_name,
    listed_suffix,
    longest_outlet,
    outlet_before_place,
    outlet_pattern,
    outlet_suffixes,
    placed_centre,
    places,
    split_glued,
)

_MARKERS = "□■◆●▲★◇○"
# 电 needs a date (电力, 电话 open body sentences); 讯 and 消息 may stand alone.
DATELINE_RE = LazyPattern(
    rf"""[ \t{_MARKERS}【\[]*
    (?P<pre>[{HAN}A-Za-z0-9－\-·+]{{2,24}}?)
    (?:[（(][^（）()\n]{{1,20}}[）)])?
    (?:(?P<date>\d{{1,2}}月\d{{1,2}}日)(?:电|讯(?![员息])|消息|综合|报道)|讯(?![员息])|消息|报道[】\]])
    (?:{SEP}*[（(](?P<inner>[^（）()\n]{{1,60}})[）)])?[：:]?
    {SEP}*""",
    re.VERBOSE,
)
# The same in two parts, for _dateline_at: the words before the date, and the rest.
_LEAD = LazyPattern(rf"[ \t{_MARKERS}【\[]*(?P<pre>[{HAN}A-Za-z0-9－\-·+]{{2,24}})")
_AFTER_PRE = LazyPattern(
    rf"""(?:[（(][^（）()\n]{{1,20}}[）)])?
    (?P<word>(?P<date>(?:\d{{1,2}}月)?\d{{1,2}}日|\d{{1,2}}月\d{{1,2}}(?=电))(?:电|讯(?![员息])|消息|综合|报道|(?=[ \t]*[（(]))|讯(?![员息])|消息|报道(?=[】\]]|[ \t]*[（(]|[ \t]+{ROLE})|微?特稿(?=[】\]]))[】\]]?
    (?:{SEP}*[（(](?P<inner>[^（）()\n]{{1,60}})[）)])?[：:]?
    {SEP}*""",
    re.VERBOSE,
)


# Every match of _AFTER_PRE holds one of these (its date's 日, 讯, 消息, 报道, 特稿),
# at most _WORD_REACH - 1 characters after it starts (a bracket of 22, 12月31日):
# where none follows a start, no dateline opens there; one class search of a few
# dozen characters costs less than the scan and the matches it spares (most line
# starts of an article without a dateline), and less than a str.find of each
# character (six calls from Python, 12 k instructions a start).
_WORD_CHARS = "日讯消报稿电"  # (电 alone: 中新网7月24电, a dateline that lost its 日)
_WORD_CHAR = LazyPattern(f"[{_WORD_CHARS}]")
_WORD_REACH = 22 + 6


def _may_open_after(text: str, lo: int, hi: int) -> bool:
    """False only where no match of _AFTER_PRE starts in ``lo..hi - _WORD_REACH``."""
    return _WORD_CHAR.search(text, lo, hi) is not None


# Every match of _AFTER_PRE opens with one of these: its bracket, the date, 讯, 消息, 报道, 微特稿, 特稿.
# (one class: a branch of two classes gives the engine no first characters to skip to)
_AFTER_FIRST = LazyPattern(r"[（(讯消报微特\d]")


class _Dateline(NamedTuple):
    start: int
    pre: int  # where the outlet starts
    end: int
    inner: tuple[str, int] | None  # the bracket after it and where its text starts


_ZONE = 400
# The writer named after a dateline with no bracket, as army papers print it: 讯 某某报道：
_NAME_REPORTS = LazyPattern(rf"[ \t]*(?P<name>[{HAN}]{{2,4}}?)报道[：:][ \t]*")
# What every dateline holds, as words the engine skips to; the pattern above opens with classes.
# (【环球网报道 见习记者 某某】 and 【新华社微特稿】 open a story as a dateline does)
# (电 after a date that lost its 日, 7月24电, tested by a look-behind after the 电: one before
# it, (?<=月\d)电, would be the first item of its branch and cost the whole pattern the
# engine's skip to these first characters, so every character of the zone would be tried)
_CORE = LazyPattern(r"电(?<=月\d电)|电(?<=月\d\d电)|日(?:电|讯|消息|综合|报道|[ \t]*[（(])|讯(?![员息])|消息|报道[ \t]*[】\]（(]|报道[ \t]+[见记通实特首全融主资摄]|特稿[】\]]")
_BEFORE_CORE = 24 + 22 + 10
# Where a place name ends and the body begins: a dateline's place is short.
_MAX_PLACE = 8
# (和 and 与 are in place names: 呼和浩特, 和田, 与 rarely; a clause has 的/了/是/在 first)
_NOT_PLACE = LazyPattern(r"记者|的|了|是|在")
# A place never ends like an office: 中央社会工作部讯 is an office's, not 中央社 dated at 会工作部.
_ORGAN_END = LazyPattern(r"[部委局厅办处署]$")
_ROLE_RE = LazyPattern(ROLE)
_STOP_RE = LazyPattern(STOP)
_ROLE_WITH_OUTLET = LazyPattern(rf"[^\s、，,（(]*?{ROLE}")
_TOKEN = LazyPattern(rf"[{HAN}·]+")


def bracket_names(inner: str) -> list[tuple[int, str]]:
    """Reporters of a dateline's bracket, with their offsets in it.

    ``孙华 钱丽 记者 赵峰``, ``记者刘洋``, ``中青报·中青网记者 陈晨``,
    ``常德日报记者 胡秋菊 通讯员 明洋 文/图``: the words before a role are its
    outlet and go; the rest must be names.  An unlabelled bracket
    (``新闻联播``) gives names only when every word in it is one.
    """
    labelled = _ROLE_RE.search(inner) is not None
    # Blank out roles with the outlet glued before them, and the 文/图 credits.
    blanked = _ROLE_WITH_OUTLET.sub(lambda m: " " * len(m.group()), inner)
    blanked = re.sub(r"[文图]/[文图]|/[文图]|[文图]/", lambda m: " " * len(m.group()), blanked)
    out = []
    unlisted = 0
    for t in _TOKEN.finditer(blanked):
        name = t.group()
        if _STOP_RE.search(name):
            if labelled:
                continue
            return []  # （来源：…）: a credit of another kind
        if is_person_name(name) or (labelled and is_credit_name(name)):
            out.append((t.start(), name))
        elif labelled and (two := split_glued(name)):
            out += [(t.start(), two[0]), (t.start() + len(two[0]), two[1])]  # 通讯员黄雅滨尤慷临
        elif not labelled and len(name) <= 3 and is_credit_name(name) and not unlisted:
            # One word of a name's shape whose surname no list holds, set apart by
            # spaces among listed names (阿琳娜 季晓宇 樊星辉): the others vouch for it.
            unlisted += 1
            out.append((t.start(), name))
        elif not labelled:
            return []
    if unlisted and len(out) - unlisted < 2:
        return []  # (one listed name is too few to vouch: （新闻 联播）)
    return out


def datelines(text: str, f: Found, header_ends: list[int]) -> None:
    if not _header_dateline(text, f, header_ends):
        _closing_dateline(text, f)
        _xun_bracket(text, f)


# The reporters' bracket after a 讯 whose outlet is no name of its own (…被盗刷早报讯
# （记者某某 通讯员某某）): the bracket is a credit even where the dateline is not read.
_XUN_BRACKET = LazyPattern(r"讯[ \t]*[（(](?P<inner>[^（）()\n]{2,60})[）)]")


def _xun_bracket(text: str, f: Found) -> None:
    m = _XUN_BRACKET.search(text, 0, _ZONE)
    if m is None or not _ROLE_RE.search(m.group("inner")):
        return
    names = bracket_names(m.group("inner"))
    for off, name in names:
        f.reporter(name, m.start("inner") + off)
    if names:
        f.spans.append((m.start("inner") - 1, m.end(), "byline"))


# An outlet naming itself (本报讯, 本网讯, 本台消息) says nothing the page does not;
# 本溪日报讯 is Benxi's daily, not a self-reference.
_SELF_NAMED = LazyPattern(r"本[报网台刊站社号端]+(?:平台|频道)?")


# A dateline closing the story in a bracket, as features print it: …（新华社石家庄8月4日电）
_CLOSING = LazyPattern(r"[（(](?P<inner>[^（）()\n]{4,30}?日电)[）)]")
_CLOSING_ZONE = 120


def _closing_dateline(text: str, f: Found) -> None:
    tail = max(0, len(text) - _CLOSING_ZONE)
    closing = text[tail:]
    if "日电）" not in closing and "日电)" not in closing:  # (as every match ends: no compile without)
        return
    m = max(_CLOSING.finditer(text, tail), key=lambda x: x.start(), default=None)  # the last one
    if m is None:
        return
    found = _dateline_at(text, m.start("inner"))
    if found is None or found[0].end < m.end("inner"):
        return
    d, outlet = found
    if not _SELF_NAMED.fullmatch(outlet):
        f.source(outlet, FROM_DATELINE, d.pre)
        f.spans.append((m.start(), m.end(), "dateline"))


# (a headline ends in a figure's % too: …同比增长88%中证网讯（记者 昝秀丽）)
# (one class first, the engine skipping through the text to it in C: a break mark alone, or a space
# and one more at least; as two branches opening with classes it was tried at every position)
_BREAK = LazyPattern(r"[\n。>】！？!?→%％ \t　](?:(?<![ \t　])|[ \t　]+)")


def _header_dateline(text: str, f: Found, header_ends: list[int]) -> bool:
    found = _find_header_dateline(text, header_ends)
    if found is None:
        return False
    d, outlet = found
    pre = d.pre  # where the span starts: the first outlet of a slash pair glued to a headline
    pair = _PAIRED_OUTLET.search(text, max(0, d.pre - _PAIRED_REACH), d.pre)
    if pair is not None and is_outlet(pair.group("o")) and (pair.start() == 0 or text[pair.start() - 1] in _SET_APART):
        # 新海南客户端、南海网8月3日消息: two outlets print the story, the first publishes it
        outlet = pair.group("o")
    elif pair is not None and text[d.pre - 1] == "/" and (first := listed_suffix(pair.group("o"))):
        # 大江网/大江新闻客户端讯: a site and its app, the slash the pair's mark; glued to a
        # headline (…药房大江网/…) only a listed outlet's name tells where the site's starts
        outlet = first
        pre = d.pre - 1 - len(first)
    if not _SELF_NAMED.fullmatch(outlet):
        f.source(outlet, FROM_DATELINE, d.pre)
    end = d.end
    if d.inner:
        for off, name in bracket_names(d.inner[0]):
            f.reporter(name, d.inner[1] + off)
    elif (r := _NAME_REPORTS.match(text, d.end)) is not None and is_credit_name(r.group("name")):
        f.reporter(r.group("name"), r.start("name"))  # 解放军报讯 牟妮卡报道：the writer after the 讯
        end = r.end()
    opening = text[d.start : d.pre]
    f.spans.append((d.start if "【" in opening or "[" in opening else pre, end, "dateline"))
    return True


def _find_header_dateline(text: str, header_ends: list[int], *, fast: bool = True) -> tuple[_Dateline, str] | None:
    """The header's dateline and its outlet: the first start, in order, where one
    reads, among the line starts, the listed outlets' starts a little before a
    core (电/讯/消息) and the starts of outlets named after a place.
    ``fast=False`` gathers every start before trying any (the reference the
    shortcuts are tested against)."""
    cores = [m.start() for m in _CORE.finditer(text, 0, _ZONE)]
    if not cores:
        return None
    if not fast:
        all_starts = {0, *header_ends, *(m.end() for m in _BREAK.finditer(text, 0, _ZONE))}
        for p in _outlet_window_starts(text, cores, len(text)):
            all_starts.add(p)
        all_starts |= {p for c in cores for p in _place_named_starts(text, c)}
        all_starts |= set(_slash_pair_starts(text))
        found = _first_dateline(text, iter(sorted(all_starts)), set())
        return None if found is None else found[1]
    # (a scrape that lost the line breaks leaves a headline's ！ or → or a run of spaces)
    # The first start, in order, where a dateline reads wins.  The breaks and the
    # outlets' starts are costly to find (a scan of the zone, a scan of the
    # lexicon's names before each core), so the line starts are tried first, in
    # order as the breaks are found: an outlet's start can only win before the
    # first of them that reads, and only the cores whose window opens before
    # that one are scanned (most datelines open the text or the line after the header).
    starts: set[int] = set()
    first = _first_dateline(text, _line_starts(text, header_ends), starts)
    bound = len(text) if first is None else first[0]
    # A dateline glued to a headline starts at a listed outlet a little before its 电/讯.
    extra = set(_outlet_window_starts(text, cores, bound))
    # or at an unlisted outlet named after a place (…品牌发布黔东南网8月18日讯: a
    # listed 东南网 sits inside it), whose name the headline cannot run into.
    # (such a start lies at most _PLACE_NAMED_REACH + 5 before its core)
    extra |= {p for c in cores if max(0, c - _PLACE_NAMED_REACH - 5) < bound for p in _place_named_starts(text, c)}
    # or after a listed site's slash, at its app's name (大江网/大江新闻客户端讯)
    extra.update(_slash_pair_starts(text))
    found = _first_dateline(text, iter(sorted(p for p in extra - starts if p < bound)), set()) or first
    return None if found is None else found[1]


def _outlet_window_starts(text: str, cores: list[int], bound: int) -> Iterator[int]:
    """Where a listed outlet starts within _BEFORE_CORE before a core, in windows
    opening before ``bound``; each run of overlapping windows is searched once."""
    lo = hi = -1
    for c in [*cores, None]:
        if c is not None and c - _BEFORE_CORE <= hi:
            hi = c
            continue
        if hi >= 0 and lo < bound:
            for m in outlet_pattern().finditer(text, lo, hi):
                yield m.start()
        if c is not None:
            lo, hi = max(0, c - _BEFORE_CORE), c


_PAIRED_REACH = 14
_PAIRED_OUTLET = LazyPattern(rf"(?P<o>[{HAN}A-Za-z]{{2,12}})[、/]$")


def _slash_pair_starts(text: str) -> Iterator[int]:
    """After each slash of the zone that a listed outlet's name ends at: where the
    second outlet of a pair (大江网/大江新闻客户端讯) starts."""
    i = text.find("/", 2, _ZONE)
    while i >= 0:
        if listed_suffix(text[max(0, i - _PAIRED_REACH) : i]):
            yield i + 1
        i = text.find("/", i + 1, _ZONE)

_SET_APART = "\n 。！？”】\t（("


def _line_starts(text: str, header_ends: list[int]) -> Iterator[int]:
    """0, the header ends and the ends of the zone's breaks, in order (a repeat
    may come twice), the breaks found as they are needed.
    (merged here: heapq.merge cost more than the scan it saves)"""
    fixed = sorted({0, *header_ends})
    k = 0
    for m in _BREAK.finditer(text, 0, _ZONE):
        e = m.end()
        while k < len(fixed) and fixed[k] <= e:
            yield fixed[k]
            k += 1
        yield e
    yield from fixed[k:]


def _first_dateline(
    text: str, starts: Iterator[int], tried: set[int]
) -> tuple[int, tuple[_Dateline, str]] | None:
    """The first of ``starts`` (ascending) where a dateline reads, and it;
    ``tried`` collects those tried before it."""
    for pos in starts:
        if pos in tried:
            continue
        tried.add(pos)
        if text[pos - 1 : pos] == "据":
            continue  # 据新福建客户端7月31日消息: a cited outlet
        found = _dateline_at(text, pos)
        if found is not None:
            return pos, found
    return None


_DATE_BEFORE = LazyPattern(r"(?:\d{1,2}月)?\d{1,2}$")
_PLACE_NAMED_REACH = 20
_PLACE_LEVEL = "市州区县盟"


def _place_named_starts(text: str, core: int) -> list[int]:
    """Where an outlet named after a place and an outlet ending (三门峡日报, 黔东南网,
    岳阳晚报) starts, when it ends just before the dateline's date or 讯 at ``core``
    (a place of the dateline may stand between: 黔东南网贵阳8月1日电)."""
    b = core
    if text.startswith("日", core):
        d = _DATE_BEFORE.search(text, max(0, core - 5), core)
        if d is None:
            return []
        b = d.start()
    s = text[max(0, b - _PLACE_NAMED_REACH) : b]
    known, endings = places(), outlet_suffixes()
    ends = [len(s)] + [len(s) - k for k in range(2, 6) if k < len(s) and s[-k:] in known]
    out = []
    for e in ends:
        r = s[:e]
        if not r.endswith(endings):
            continue  # (one C call for all endings; most words end in none)
        suffix = next(x for x in endings if r.endswith(x))
        inner = next((x for x in endings if r[: -len(suffix)].endswith(x)), "")
        suffix = inner + suffix  # 衢州新闻网: 新闻 and 网 both
        stem = r[: -len(suffix)]
        k = max((k for k in range(2, 6) if k <= len(stem) and stem[-k:] in known), default=0)
        if not k and stem[-1:] in _PLACE_LEVEL:
            # 绵阳市融媒体中心, 大理州融媒体中心, 海淀区融媒体中心: a listed place and its level
            k = max((k + 1 for k in range(2, 6) if k < len(stem) and stem[-k - 1 : -1] in known), default=0)
        if not k and (centre := placed_centre(r)):
            # 交口县融媒体中心讯: a county's centre, its place in no list
            suffix, k = centre, 0
        start = b - (len(s) - e) - len(suffix) - k
        if not k and not centre:
            continue
        # inside a listed outlet it is no name of its own: 据新福建客户端 is no 福建客户端
        inside = any(o.start() < start < o.end() for o in outlet_pattern().finditer(text, max(0, start - 8), b))
        if not inside:
            out.append(start)
    return out


def _dateline_at(text: str, pos: int) -> tuple[_Dateline, str] | None:
    """The dateline starting at ``pos`` whose words before 电/讯/消息 are an outlet and a place.

    Every length of those words is tried, shortest first: the first 消息 met is
    not always the dateline's (参考消息网7月31日报道: 参考 is no outlet).
    """
    lead = _LEAD.match(text, pos)
    if lead is None:
        return None
    ps = lead.start("pre")
    if not _may_open_after(text, ps + 2, ps + len(lead.group("pre")) + _WORD_REACH):
        return None
    # (_AFTER_PRE is tried only where it can open: most lengths of the words hold
    # none of its first characters, and a failed match still costs a call)
    for q in _AFTER_FIRST.finditer(text, ps + 2, ps + len(lead.group("pre")) + 1):
        k = q.start() - ps
        after = _AFTER_PRE.match(text, ps + k)
        if after is None:
            continue
        pre = text[ps : ps + k]
        if pre.startswith(("据", "另据", "又据", "还据", "并据")):  # (另据某台26日报道: a cited outlet)
            return None
        if pre[-1].isdigit() or pre[-1] == "月":
            continue  # 北京8月1 + 2日电: the date is not the place
        outlet = longest_outlet(pre)
        if outlet and "供图" in outlet:
            return None  # 主办方供图人民网北京…电: a caption's credit glued before; the outlet's own start reads
        place = pre[len(outlet) :] if outlet else ""
        inner = (after.group("inner"), after.start("inner")) if after.group("inner") else None
        if outlet and len(place) <= _MAX_PLACE and not _NOT_PLACE.search(place) and not _ORGAN_END.search(place):
            return _Dateline(lead.start(), ps, after.end(), inner), outlet
        # a line's start, or a sentence's when the outlet is shaped as one (…上线啦！正义之声网讯 )
        line_start = ps == 0 or text[ps - 1] == "\n" or (text[ps - 1] in "！？!?。" and is_outlet(pre))
        if outlet is None and _unlisted(pre, after, inner, line_start=line_start):
            unlisted = outlet_before_place(pre)
            if unlisted:
                return _Dateline(lead.start(), ps, after.end(), inner), unlisted
    return None


# Words of a clause, never of an outlet's name or a place: 会议于12日（星期二）.
_CLAUSE_WORD = LazyPattern(r"[于将从对为把被向]")
# Words ending in 讯 that are no dateline's: 通讯, 资讯, 快讯, 喜讯, 简讯 …
_NOT_XUN = "通资快喜简短音视传死警电"


def _unlisted(pre: str, after: re.Match[str], inner: tuple[str, int] | None, *, line_start: bool) -> bool:
    """Whether a dateline whose outlet is in no lexicon is one by its shape: the
    outlet and place are short, and a bracket of reporters or a dated 电/讯 followed
    by a break (not 电话, 电视) closes it."""
    if len(pre) > 14 or _NOT_PLACE.search(pre) or _CLAUSE_WORD.search(pre) or pre.startswith("本"):
        return False
    word = after.group("word")
    if word.startswith("讯") and pre[-1] in _NOT_XUN:
        return False
    if inner and bracket_names(inner[0]):
        return True
    text, end = after.string, after.end("word")
    broken = text[end : end + 1] in ("", " ", "\t", "\n", "：", ":", "　")
    # 掌上长沙讯 近日…: an undated 讯 only opening a line, as a paper's own story opens.
    dated = after.group("date") is not None or (line_start and len(pre) <= 8)
    return dated and word[-1] in "电讯" and broken
