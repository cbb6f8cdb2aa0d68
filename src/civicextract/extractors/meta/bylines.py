"""Bylines: the role runs and photo credits of an article, read where they stand.

``bylines`` reads each run ``roles.byline_matches`` finds (``□眉山网记者 余毅``,
``极目新闻记者 刘俊华通讯员 周宜 王梦圆``, ``大众网记者 张艺馨 青岛报道``, ``（图/文 王琴 赖叙）``,
``作者：马莉莎``, ``文/北京青年报记者 李涛``, ``记者 王芳 见习记者 周敏``): its outlet, its
names, where it ends; and each photo credit (``李军广 摄``, ``张伟摄``, ``（李军 摄）``,
``摄影 华小峰``) and supplied photo (``某某供图``). The helpers below answer what a run's
place tells: a lone role whose name the lead runs on from (``记者 范佳大明湖街道…``),
中新网's desk reporter glued after a ``题：`` headline, a commentary's ``评论员``, a
Hong Kong ``【撰文：某某】`` credit, a run after a ``原标题：`` line, the first of two
outlets, a name glued after the last role.

The credits that no role run opens (closing brackets, footers' trailing names, outlet
brackets, glued headlines) are ``credits``'s, ``brackets``'s and ``glued``'s.
"""

from __future__ import annotations

import re

from . import lexicon as _lexicon
from .found import FROM_BYLINE, FROM_SELF_MENTION, Found
from .lazy import LazyPattern
from .lexicon import (
    HAN,
    NAME,
    NAME_END,
    ROLE,
    ROLE_FIRST,
    SEP,
    STOP,
    clean_outlet,
    is_credit_name,
    is_outlet,
    is_own_paper,
    is_person_name,
    listed_suffix,
    name_glued_at,
    name_lexicons,
    outlet_at,
    outlet_pattern,
    placed_centre,
    unlisted_outlet,
)
from .roles import (
    AFTER_CLOSING,
    BODY_BEFORE_ROLE,
    COLON,
    LATIN_NAME,
    ORGISH,
    PARAGRAPH_END,
    byline_matches,
    photo_matches,
    role_words,
    run_names,
)

# Patterns whose methods are called below are bound by assignment, not imported by name: CPython
# 3.11 compiles NAME.search(...) as an attribute load and a new bound method per call when an
# import binds NAME (tests/test_method_calls.py).
DESK_TAIL = _lexicon.DESK_TAIL

_COLON_ROLE = LazyPattern(rf"{ROLE}{COLON}")
# After a ``记者：`` run, a byline ends its line or meets the next credit; a
# sentence after it (``记者：李部长，您好``) makes it an interview turn.
# (or the lead's date: 作者：姚立伟 7月25日，…)
# (or the name's work after a slash before the next credit: 唐子雯/文图实习生：…)
_BYLINE_AFTER_COLON = LazyPattern(rf"[ \t]*(?:\n|$|[）)\]】（(\[【*|｜]|{STOP}|{ROLE}|单位[：:]|\d{{1,2}}月\d{{1,2}}日|/(?:文图|图文))")
# A header's publication time right before a labelled credit: the credit is the header's, whatever
# follows it (…标题2023-08-12 14:13:37 作者：姚立伟 8月11日，…; round 20).
_AFTER_HEADER_TIME = LazyPattern(r"\d{1,2}:\d{2}(?::\d{2})?[ \t]+$")
# ...but never a run holding a role, a desk's word or a verb (见习记者告诉·专栏摄)
_NOT_IN_A_NAME = LazyPattern(rf"{ROLE}|{STOP}|告诉|审|见习|摄")
_LINE_END = LazyPattern(r"[ \t]*(?:\n|$)")
# A line break the scrape turned into a run of spaces, before the closing source credit:
# …潇湘晨报记者 吴陈幸子   （来源：潇湘晨报）
_SOURCE_AFTER_GAP = LazyPattern(r"(?:[ \t　]{2,}|(?<=[ \t　][ \t　]))[（(]来源[：:]")  # (the run may hold the spaces)
_HAN_RE = re.compile(f"[{HAN}]")


def _outlet_in_run(run: str) -> str | None:
    """A listed outlet set apart inside a run, right before a role word: after a labelled
    credit's colon (采写：南都记者…) or after the names of a credit before it (通讯员 江川
    新民晚报记者 鲁哲).  (read back from each role word: a pattern trying every length of
    every word before a role cost 2 % of the finder)"""
    for r in role_words(run):
        k = j = r.start()
        while j > 0 and k - j < 12 and _HAN_RE.match(run, j - 1):
            j -= 1
        if j > 0 and run[j - 1] in " \t：:" and k - j >= 2:
            outlet = clean_outlet(run[j:k])
            if outlet:
                return outlet
    return None
_CLOSE_PHOTO = LazyPattern(rf"(?:{SEP}*摄)?[）)]")
_OUTLET_BEFORE_SLASH = LazyPattern(rf"(?P<o>[{HAN}]{{2,12}})/$")
_ROLE_THEN_NAME = LazyPattern(rf"{ROLE}{SEP}*([{HAN}]{{2,3}})")
# An editor's credit glued to the word before it: that word is the desk's outlet (每经编辑).
_EDITOR_AT = LazyPattern("责任编辑|编辑|责编")


_LATIN_BEFORE = LazyPattern(r"[A-Za-z0-9]{1,8}\Z")


def _whole_listed(text: str, begin: int, raw: str) -> tuple[int, str]:
    """The listed outlet a byline's outlet words are part of: one opening with Latin
    letters or digits the Han-only outlet words left behind (TVB新闻, 852邮报, 第1眼新闻),
    or one whose name ends in the role's 全媒体/融媒体 (半岛全媒体记者: the role took them)."""
    latin = _LATIN_BEFORE.search(text, max(0, begin - 8), begin)
    if latin is not None:
        for k in (latin.start(), latin.start() - 1):  # (第1眼新闻: one Han character before the digit)
            m = outlet_at(text, k) if k >= 0 else None
            if m is not None and m.end() == begin + len(raw):
                return k, m.group()
    m = outlet_at(text, begin)
    if m is not None and m.end() > begin + len(raw) and text[begin + len(raw) : m.end()] in ("全媒体", "融媒体"):
        return begin, m.group()
    return begin, raw


def bylines(text: str, f: Found) -> None:
    """The role runs and photo credits of ``text``, into ``f``: each run a role word opens, then
    the credits no run reads (a commentary's 评论员, a Hong Kong 【撰文：…】 bracket, a lone role
    glued to the lead, 中新网's desk reporter after a ``题：`` headline), then the photos."""
    for m in byline_matches(text):
        _role_run(text, m, f)
    # (a rare character of each word first: str.find of one character is 5x faster than of a word)
    if "论" in text and "评论员" in text:
        _reviewer(text, f)
    if "【" in text[:_TITLED_ZONE]:
        _titled_credit(text, f)
    if not f._reporters:
        _lone_glued_byline(text, f)
    if not f._reporters and "题" in text[:_TI_REACH]:
        _ti_glued_byline(text, f)
    _photo_credits(text, f)
    if "图" in text and "供图" in text:
        _supplied_photos(text, f)
    if "稿" in text:
        _supplier(text, f)


# The words a 图： glued after makes a caption's or a graphic's label, no photographer's credit.
_CAPTION_NOUNS = ("制", "资料", "示意", "效果", "截")


def _role_run(text: str, m: re.Match[str], f: Found) -> None:
    """One run a role word opens: its outlet, where it starts, its names, the sources it names,
    where it ends."""
    if text.startswith(("图：", "图:"), m.start("run")) and text.endswith(_CAPTION_NOUNS, 0, m.start("run")):
        # （点击查看大图）制图：某某: a graphic's maker, no reporter (round 25b); (资料图：出租车 图源：…): a
        # caption's label, what the picture shows (round 27)
        return
    begin, raw_outlet = _outlet_words(text, m)
    outlet, begin = _outlet_of_run(text, m, begin, raw_outlet)
    s = _run_start(text, m, begin, raw_outlet, outlet)
    if s is None:
        return  # 见记者时表示: the body speaking of a reporter
    e = m.end()
    close = _CLOSE_PHOTO.match(text, e)  # （通讯员 仉英 摄）: the 摄 closes it too
    closed = s > 0 and text[s - 1] in "（(" and close is not None
    read = _run_names(text, m, s, e, closed)
    if read is None:
        return  # an interview turn, or no name
    names, e = read
    if outlet is None:
        # 采写：南都记者陈斌颖: the outlet stands after a labelled credit's colon;
        # 通讯员 江川 新民晚报记者 鲁哲: after the names of a credit before its own.
        outlet = _outlet_in_run(m.group("run"))
    # (not looked for where a label or dateline has decided the source already)
    first = None if f.decided(FROM_BYLINE) else _first_of_two_outlets(text, begin if raw_outlet else m.start("run"))
    if first is not None:
        # 中国吉林网 吉刻APP记者, 济南日报·爱济南客户端记者: the paper before its app publishes it
        f.source(first.group(), FROM_BYLINE, first.start())
    if outlet:
        f.source(outlet, FROM_BYLINE, begin)
        s, names = _contributors_before(text, s, names)
    for pos, name in names:
        f.reporter(name, pos)
    s, e = _run_span(text, s, e, close if closed else None, names, f)
    f.spans.append((s, e, "byline"))


def _outlet_words(text: str, m: re.Match[str]) -> tuple[int, str | None]:
    """Where a run's outlet words start, and the words: a headline glued before them cut off, the
    listed outlet they are part of made whole, the first outlet of a slashed pair taken in."""
    raw_outlet, begin = m.group("outlet"), m.start()
    listed = outlet_pattern().search(raw_outlet) if raw_outlet else None
    if (
        listed
        and listed.start() > 0
        and raw_outlet[listed.start() - 1] != "/"
        and not (listed.start() <= 2 and is_outlet(raw_outlet))  # 黔东南网: the name holds a listed one
    ):
        # A headline glued before the outlet: 原标题：新县爱心助农河南日报客户端记者…
        begin += listed.start()
        raw_outlet = raw_outlet[listed.start() :]
    elif listed is None and raw_outlet and not is_outlet(raw_outlet) and (centre := placed_centre(raw_outlet)):
        # 原标题：…纳凉活动交口县融媒体中心记者 张明: a headline glued before a county's centre
        begin += len(raw_outlet) - len(centre)
        raw_outlet = centre
    if raw_outlet:
        begin, raw_outlet = _whole_listed(text, begin, raw_outlet)
    before = _OUTLET_BEFORE_SLASH.search(text, max(0, begin - 14), begin) if raw_outlet else None
    if before and is_outlet(before.group("o")):
        # 扬子晚报/紫牛新闻记者: the run before took the first outlet of the list as a word
        begin, raw_outlet = before.start("o"), before.group("o") + "/" + raw_outlet
    return begin, raw_outlet


def _outlet_of_run(text: str, m: re.Match[str], begin: int, raw_outlet: str | None) -> tuple[str | None, int]:
    """The outlet a run names, and where it starts: its outlet words cleaned; without any, a listed
    outlet written right before the role that Han-only words could not take (《某报》, 某网/,
    南方+); where the run is a whole credit, an outlet in no list."""
    outlet = clean_outlet(raw_outlet)
    if raw_outlet is None and (paper := _BOOK_PAPER.search(text, max(0, begin - 12), begin)) is not None:
        outlet = paper.group("o") + "报"  # (《中国新闻》报记者刘军: the paper 中国新闻报)
    elif raw_outlet is None and begin > 0 and text[begin - 1] in "》/":
        # 《某报》记者X报道, 某新闻网/记者X/台北报导: a listed outlet the run's Han-only
        # outlet words could not take (not where the body speaks to it: 向《某报》记者…)
        o = (_BOOK_OUTLET if text[begin - 1] == "》" else _SLASH_OUTLET).search(text, max(0, begin - 16), begin)
        if o is not None and is_outlet(o.group("o")) and not BODY_BEFORE_ROLE.search(text, max(0, o.start() - 2), o.start()):
            outlet, begin = o.group("o"), o.start()
    elif raw_outlet is None and begin > 0 and _LATIN_END.match(text, begin - 1):
        # 南方+记者, am730记者, 海博TV记者: a listed outlet ending in Latin, digits or +
        # that the run's Han-only outlet words could not take
        o = _LISTED_LATIN_END.search(text, max(0, begin - 16), begin)
        name = listed_suffix(o.group("o")) if o is not None else None
        if name is not None:
            outlet, begin = name, begin - len(name)
    if outlet is None and raw_outlet and (_credit_in_bracket(text, begin, m.end()) or _credit_line(text, begin, m.end())):
        # （蓝海湾记者王阳）, a line 冀云记者 王芳 通讯员 李强: nothing else than a credit
        outlet = unlisted_outlet(re.sub(r"^[文图]/", "", raw_outlet))
    return outlet, begin


def _run_start(text: str, m: re.Match[str], begin: int, raw_outlet: str | None, outlet: str | None) -> int | None:
    """Where a byline starts: at its outlet, or at its role where the words before it are no
    outlet; None where those words are the body speaking of a reporter."""
    if outlet is None and raw_outlet and not is_own_paper(raw_outlet):
        # The words before the role are body text, not an outlet: 该局记者…
        start = m.start("run")
        outlet_trail = re.search(r"[文图]/$", raw_outlet)
        if outlet_trail:
            start -= len(outlet_trail.group())
        if BODY_BEFORE_ROLE.search(text, max(0, start - 2), start):
            return None  # 见记者时表示: the body speaking of a reporter
    else:
        start = begin
    return start


def _run_names(text: str, m: re.Match[str], s: int, e: int, closed: bool) -> tuple[list[tuple[int, str]], int] | None:
    """A run's names and where they end; None where the run opens an interview turn or names no one."""
    header_credit = False
    colon_run = _COLON_ROLE.search(m.group("run")) is not None and not closed and not _BYLINE_AFTER_COLON.match(text, e)
    opening = colon_run and _opening_credit_line(text, s, e)
    if colon_run and not opening:
        if not _AFTER_HEADER_TIME.search(text, max(0, s - 12), s):
            return None  # 记者：李部长，您好 opens an interview turn, not a byline
        header_credit = True  # (its one name; the lead follows it)
    # A labelled credit standing alone (作者：朝阳 before 来源：) is as sure as a bracket.
    names = run_names(
        m.group("run"),
        m.start("run"),
        closed=closed or _COLON_ROLE.search(m.group("run")) is not None or _in_header_bracket(text, s, e),
        own_line=_LINE_END.match(text, e) is not None or _SOURCE_AFTER_GAP.match(text, e) is not None,
    )
    place = m.group("place")
    # (a role opens with one of ROLE_FIRST: where none opens the place, its pattern is not even compiled)
    if (
        names
        and place
        and place[0] in ROLE_FIRST
        and (credit := _ROLE_THEN_NAME.fullmatch(place)) is not None
        and is_person_name(credit.group(1))
    ):
        # 本报讯 记者张三 通讯员李四报道：the last credit's name before 报道, not a place
        names.append((m.start("place") + credit.start(1), credit.group(1)))
    if names and _EDITOR_AT.match(text, m.end("run")):
        p, last = names[-1]
        if p + len(last) == m.end("run") and len(last) == 2 and not is_person_name(last):
            names = names[:-1]  # 每经记者：朱成祥 每经编辑：…: the desk's outlet glued to its credit
    if opening and names and not is_person_name(names[-1][1]):
        p, last = names.pop()  # 记者：张明 近日，…: the lead's first word the run read as a name
        e = p
    if header_credit:
        names = names[:1]
        e = names[0][0] + len(names[0][1]) if names else e
    if not names:
        return None
    return names, e


_SPACED_NAME = LazyPattern(rf"[{HAN}][ \t]+")
# A government page's header line before the credit: its fields, no sentence (发布时间：… 信息来源：… 作者：张明 …).
_HEADER_FIELD = LazyPattern(r"(?:来源|时间|日期)[：:]")
_HEADER_LINE_REACH = 80


def _after_header_fields(text: str, s: int) -> bool:
    line = max(text.rfind("\n", 0, s) + 1, s - _HEADER_LINE_REACH)
    before = text[line:s]
    return _HEADER_FIELD.search(before) is not None and not any(c in before for c in "。，！？")


def _opening_credit_line(text: str, s: int, e: int) -> bool:
    """A labelled credit opening the text, a line or the body after a ``原标题：`` headline, its last name
    set apart from the lead by a space (记者：张明 通讯员：李红 县住建局近日…): a byline, where an
    interview turn runs into its sentence (记者：李部长，您好) (round 24)."""
    if not (s == 0 or text[s - 1] == "\n" or _after_original_title(text, s) or _after_header_fields(text, s)):
        return False
    # (the run may have read the lead's first word as a name, 记者：张明 近日: run_names drops it)
    return _SPACED_NAME.search(text, s, e) is not None


def _contributors_before(text: str, s: int, names: list[tuple[int, str]]) -> tuple[int, list[tuple[int, str]]]:
    """An outlet's byline with the contributors named before it on its line (刘珩 丛雨萌 四川在线记者
    钟帆): where it starts then, and all its names."""
    lead = _NAMES_BEFORE.search(text, max(0, s - _NAMES_BEFORE_REACH), s)
    if lead and (lead.start() == 0 or text[lead.start() - 1] == "\n"):
        # 刘珩 丛雨萌 四川在线记者 钟帆: contributors named before the outlet's byline
        named = [(t.start(), t.group()) for t in re.finditer(rf"[{HAN}]+", lead.group())]
        if all(is_person_name(n) for _, n in named):
            names = [(lead.start() + o, n) for o, n in named] + names
            s = lead.start()
    return s, names


def _run_span(
    text: str, s: int, e: int, close: re.Match[str] | None, names: list[tuple[int, str]], f: Found
) -> tuple[int, int]:
    """A byline's span: its brackets with it where ``close`` closes them; else up to its 报道's colon,
    the desk's credits closing its line, or a name glued to the lead after it (read into ``f``)."""
    if close is not None:
        return s - 1, close.end()
    if text[e - 2 : e] == "报道" and text[e : e + 1] in ("：", ":"):
        e += 1  # 记者王芳 李强报道：
    tail = DESK_TAIL.match(text, e)
    if tail is not None:
        # (the desk's credits closing the line end the byline: their last name, before the
        # portal's link, is a reviewer's, never one glued to a lead: …二审 刘义三审 田旻佳返回)
        e = tail.end()
    elif s == 0 or text[s - 1] == "\n" or _after_original_title(text, s):
        e = _glued_last_name(text, s, e, {p for p, _ in names}, f)
    return s, e


def _photo_credits(text: str, f: Found) -> None:
    """Each ``摄`` credit: a photographer's name (李军广 摄, 张伟摄, （李军 摄）), and the outlet sending
    out a contributor's photo （央广网发 王嵩燚摄）."""
    for m in photo_matches(text):
        name, s = m.group("name"), m.start()
        if "·" in name and _NOT_IN_A_NAME.search(name):
            continue  # （见习记者告诉·专栏摄）: a dotted run that holds a role or a verb is no transliterated name
        if len(name) == 1 and s >= 2 and text[s - 1] in " \t　" and text[s - 2] in name_lexicons()[0]:
            if s == 2 or not _HAN_AT.match(text, s - 3):
                name, s = text[s - 2] + name, s - 2  # 黎 宇摄: a two-character name aligned to the width of three
        # (a name set apart from 摄 after a sentence is a credit whatever its surname: 。泱波 摄)
        spaced = text[m.end() - 2 : m.end() - 1] in (" ", "\t")
        # (after a full stop and set apart from 摄, four characters are one name: 。贡嘎来松 摄)
        after_stop = spaced and s > 0 and text[s - 1] in "。！？"
        if is_person_name(name) or (spaced and is_credit_name(name, any_four=after_stop) and not ORGISH.search(name)):
            f.reporter(name, s)
            e = m.end()
            if s > 0 and text[s - 1] in "（(" and text.startswith(("）", ")"), e):
                s, e = s - 1, e + 1  # （李军 摄）
            elif (
                text.startswith(("）", ")"), e)
                and text[max(0, s - 16) : s].rstrip(" \t").endswith("发")  # (as every match ends: no compile without)
                and (sent := _SENT_BY.search(text, max(0, s - 16), s)) is not None
            ):
                sender = sent.group("o")
                if is_outlet(sender) and not is_own_paper(sender):
                    # （央广网发 王嵩燚摄）: the outlet that sends out its contributor's photo
                    # names itself, as a self-mention does (any label, dateline or byline wins)
                    f.source(sender, FROM_SELF_MENTION, sent.start("o"))
                    s, e = sent.start(), e + 1
            f.spans.append((s, e, "byline"))


# A person's name supplying a photo (潘明英 供图, 江川供图), set apart from the sentence before
# it; an office or a company supplying one (界首市图书馆供图, 受访者供图) is no byline.
_SUPPLIED = LazyPattern(rf"(?:(?<=[\s。！？；）)（(】”])|^)(?P<name>{NAME})(?P<sp>{SEP}*)供图")
_SUPPLIED_REACH = 6  # a name of four characters, two spaces


# An outlet sending out an office's photo: （央广网发 重庆某集团供图）
_SENT_SUPPLY = LazyPattern(rf"[（(](?P<o>[{HAN}]{{2,12}})发{SEP}+[^（）()\n]{{1,20}}?供图[）)]")
_SENT_SUPPLY_REACH = 1 + 12 + 1 + 20 + 2 + 1


def _supplied_photos(text: str, f: Found) -> None:
    q = text.find("供图")
    while q >= 0:
        for s in range(max(0, q - _SUPPLIED_REACH), q - 1):
            m = _SUPPLIED.match(text, s)
            if m is None or m.end() != q + 2:
                continue
            name = m.group("name")
            if is_person_name(name) or (m.group("sp") and is_credit_name(name) and not ORGISH.search(name)):
                f.reporter(name, s)
                f.spans.append((s, m.end(), "byline"))
            break
        sent = _SENT_SUPPLY.search(text, max(0, q - _SENT_SUPPLY_REACH), q + 3) if "发" in text[max(0, q - 34) : q] else None
        if sent is not None and sent.end() == q + 3 and is_outlet(sent.group("o")) and not is_own_paper(sent.group("o")):
            # the outlet that sends out the photo names itself, as for a contributor's 摄 credit
            f.source(sent.group("o"), FROM_SELF_MENTION, sent.start("o"))
            f.spans.append((sent.start(), sent.end(), "byline"))
        q = text.find("供图", q + 2)


_LATIN_END = LazyPattern(r"[A-Za-z0-9+＋]")
_LISTED_LATIN_END = LazyPattern(rf"(?P<o>[{HAN}A-Za-z0-9+＋]{{2,16}})$")


_BOOK_PAPER = LazyPattern(rf"《(?P<o>[{HAN}]{{2,8}})》报$")
_BOOK_OUTLET = LazyPattern(rf"《(?P<o>[{HAN}A-Za-z0-9]{{2,12}})》$")
_SLASH_OUTLET = LazyPattern(rf"(?<![{HAN}A-Za-z0-9])(?P<o>[{HAN}A-Za-z0-9]{{2,12}})/$")
_SENT_BY = LazyPattern(rf"[（(](?P<o>[{HAN}]{{2,12}})发{SEP}*\Z")
# A role, a space, and a name the lead runs on from: 记者 范佳大明湖街道… (no break
# ends the name, so no run of names reads); only where a byline opens the body.
_LONE_ROLE = LazyPattern(rf"{ROLE}{SEP}+(?=[{HAN}])")
_LONE_ZONE = 200
_ROLE_LINE_OPEN = LazyPattern(rf"[ \t]*{ROLE}")


def _role_opens_a_line(text: str) -> bool:
    """Whether a role word opens the text or one of its lines in the first _LONE_ZONE characters."""
    i = 0
    while 0 <= i < _LONE_ZONE:
        if _ROLE_LINE_OPEN.match(text, i):
            return True
        i = text.find("\n", i, _LONE_ZONE)
        i = i + 1 if i >= 0 else -1
    return False


def _lone_glued_byline(text: str, f: Found) -> None:
    if "原标题" not in text[:12] and not _role_opens_a_line(text):
        return  # (most texts: no role word opens a line near the top, no scan for them)
    for r in role_words(text[: _LONE_ZONE + 8]):  # (a slice: no scan of a long text without roles)
        s = r.start()
        m = _LONE_ROLE.match(text, s)
        if m is None or not (s == 0 or text[s - 1] == "\n" or _after_original_title(text, s)):
            continue
        name = name_glued_at(text, m.end(), short=True)
        if name is not None:
            f.reporter(name, m.end())
            f.spans.append((s, m.end() + len(name), "byline"))
            return


# 中新网's headline line after its dateline, then its desk's reporter glued to headline and lead
# alike: 中新网8月1日电 题：…文件中新财经记者陈康亮中国证监会11日… (round 20).
_TI_DESK_REPORTER = LazyPattern(rf"(?:中新财经|中新网|中新社)记者(?=[{HAN}])")
_TI_REACH = 40


def _ti_glued_byline(text: str, f: Found) -> None:
    head = _TI_HEAD.search(text, 0, _TI_REACH)
    if head is None:
        return
    m = _TI_DESK_REPORTER.search(text, head.end(), head.end() + _TITLE_REACH)
    name = name_glued_at(text, m.end(), short=True) if m is not None else None
    if name is not None:
        assert m is not None  # (name is None when m is)
        f.reporter(name, m.end())
        f.spans.append((m.start(), m.end() + len(name), "byline"))


# A commentary's writer credited as a line or the text opens: 大众网评论员 孙永莲…, 评论员 某某.
# (not a role of ROLE: a word every byline pattern would try, for a credit few pages print)
_REVIEWER = LazyPattern(rf"(?:特约|本报|本台|本网)?评论员{SEP}*(?P<name>{NAME}){NAME_END}")
_REVIEWER_REACH = 12
_CLOSING_CREDIT_ZONE = 120
_OUTLET_WORDS_END = LazyPattern(rf"[{HAN}·－\-]+$")


# A supplier's credit closing a police or county account's post: 供稿：县住建局 王芳, 供 稿：万安县公安局刘艳来源：…,
# or with a bar for its colon, 供稿 | 某总队三支队某某 (round 25)
# The office's name ends in an office's word; the person after it wrote the story, as a bracket's
# (来源：某县委宣传部 某某) does (round 24).  An office alone (供稿：县住建局) names no one.
_SUPPLIER = LazyPattern(
    rf"供[ \t]{{0,2}}稿(?:单位)?(?:[：:]|[ \t]?[|｜丨])[ \t]*(?P<office>[{HAN}]{{2,16}}?(?:中心|[委局部办厅院所站队会处科馆组]))"
    rf"[ \t]*(?P<name>[{HAN}]{{2,3}}?)(?=来源|来[ \t]源|编辑|责编|审核|返回|[ \t\n）)]|$)"
)


def _supplier_may_occur(text: str) -> bool:
    """False only where no 供 stands before its 稿 (up to two spaces between), as every ``_SUPPLIER`` match
    opens: most texts holding 稿 hold no such credit, and the pattern (six Han classes) costs a compile."""
    i = text.find("供")
    while i >= 0:
        if text[i + 1 : i + 4].lstrip(" \t").startswith("稿"):
            return True
        i = text.find("供", i + 1)
    return False


def _supplier(text: str, f: Found) -> None:
    if not _supplier_may_occur(text):
        return
    for m in _SUPPLIER.finditer(text):
        if is_person_name(m.group("name")):
            f.reporter(m.group("name"), m.start("name"))
            f.spans.append((m.start(), m.end(), "byline"))


def _reviewer(text: str, f: Found) -> None:
    i = text.find("评论员")
    while i >= 0:
        m = _REVIEWER.match(text, i)
        lo = i - 2 if text[max(0, i - 2) : i] in ("特约", "本报", "本台", "本网") else i
        # (the outlet's words only: no sentence's end inside it, 。某日报 is no outlet's name)
        words = _OUTLET_WORDS_END.search(text, max(0, lo - _REVIEWER_REACH), lo)
        first = words.start() if words is not None else lo
        outlet = next((text[k:lo] for k in range(first, lo - 1) if is_outlet(text[k:lo])), None)
        start = lo - len(outlet) if outlet else lo
        # (or closes it after its last paragraph: …安全。某日报天眼新闻评论员 某某编辑 某某二审…, round 24)
        opens = start == 0 or text[start - 1] in "\n（(【" or (
            text[start - 1] in PARAGRAPH_END and len(text) - start <= _CLOSING_CREDIT_ZONE and m is not None
        )
        if opens:
            if m is not None and is_credit_name(m.group("name")):
                at, name = m.start("name"), m.group("name")
            else:  # 评论员 某某身后…: the name glued to the lead
                at = i + 3 + len(text[i + 3 : i + 5]) - len(text[i + 3 : i + 5].lstrip(" \t"))
                name = name_glued_at(text, at, short=True)
            if name is not None:
                f.reporter(name, at)
                if outlet:
                    f.source(outlet, FROM_BYLINE, start)
                f.spans.append((start, at + len(name), "byline"))
                return
        i = text.find("评论员", i + 3)


# A labelled credit in a bracket under a commentary page's headline, as Hong Kong sites print
# it: one or more parts parted by ／ or /, each a list of roles and its names:
# 【撰文：某某】, 【撰文、访问：甲、乙／图：Ann Lee】, a writer's post after a comma
# (【撰文：某某，某会委员】) or before the name (【作者：某区区议员某某】 -> the name at its end).
# A writer holding a public post is a byline name too: the pipeline keeps a titled official
# who also signs the piece.
_CREDIT_ROLE = "(?:撰文|作者|文|访问|采访|整理|图|摄影|翻译)"
_BRACKET_CREDIT = LazyPattern(rf"【(?P<v>{_CREDIT_ROLE}[^】\n]{{1,80}})】")
# (︰, the vertical form's colon, as some Hong Kong pages type it: 【撰文︰某某】)
_CREDIT_PART = LazyPattern(rf"[ \t]*{_CREDIT_ROLE}(?:[、/]{_CREDIT_ROLE})*[ \t]*[：:︰][ \t]*")
_PART_BREAK = LazyPattern(rf"[／/](?={_CREDIT_ROLE}(?:[、/]{_CREDIT_ROLE})*[ \t]*[：:︰])")
_TITLED_ZONE = 400
_OFFICE_WORDS = ("议员", "委员", "局长", "司长", "部长", "主席", "书记", "代表", "主任", "官")


def _credit_names(v: str) -> list[tuple[int, str]] | None:
    """The names of one part's value with their offsets in it, or None where a word is none."""
    cut = min((i for i in (v.find("，"), v.find(",")) if i >= 0), default=len(v))
    head = v[:cut].rstrip(" \t")
    names, off = [], 0
    for word in head.split("、"):
        lead = len(word) - len(word.lstrip(" \t"))
        name = word.strip(" \t")
        if not (LATIN_NAME.fullmatch(name) or is_person_name(name) or (cut < len(v) and is_credit_name(name))):
            return None
        names.append((off + lead, name))
        off += len(word) + 1
    return names


def _post_then_name(v: str) -> tuple[int, str] | None:
    """【作者：某区区议员某某】: the name closing the post."""
    if not re.fullmatch(f"[{HAN}]{{3,24}}", v):
        return None
    for k in (3, 2):
        name = v[-k:]
        if len(v) > k and is_person_name(name) and not is_person_name(v[-k - 1 :]):
            return len(v) - k, name
    return None


def _titled_credit(text: str, f: Found) -> None:
    m = _BRACKET_CREDIT.search(text, 0, _TITLED_ZONE)
    if m is None:
        return
    found = []
    at = m.start("v")
    for part in _PART_BREAK.split(m.group("v")):
        role = _CREDIT_PART.match(part)
        if role is not None:
            v = part[role.end() :]
            names = _credit_names(v)
            if names is None:
                one = _post_then_name(v)
                names = [one] if one is not None else []
            found += [(at + role.end() + o, n) for o, n in names]
        at += len(part) + 1
    for pos, name in found:
        f.reporter(name, pos)
    if found and not any(w in m.group("v") for w in _OFFICE_WORDS):
        # (a credit naming a public post stays in the body: the officials read the writer there)
        f.spans.append((m.start(), m.end(), "byline"))


_TITLE_LABEL = LazyPattern(r"原标题[：:]")
_TITLE_REACH = 80


# A dateline's headline line (中新网8月1日电 题：…), and a writer's credit opening the line before
# the outlet's byline (文、图/某报记者…): a byline after them opens the body too (round 20).
_TI_HEAD = LazyPattern(r"[电讯][ \t]*题[：:]")
_WRITER_PREFIX = LazyPattern(r"[ \t]*[文图、/／]{0,4}")


def _after_original_title(text: str, s: int) -> bool:
    """A byline glued after the headline of a ``原标题：`` line (…南京地铁回应澎湃新闻记者
    何沛芸 实习生 田思近日，) or of a dateline's ``题：``, or after a writer's credit opening
    its line: it opens the body as a byline opening a line does."""
    line = text.rfind("\n", 0, s) + 1
    if _WRITER_PREFIX.fullmatch(text, line, s):
        return True
    if s - line > _TITLE_REACH:
        return False
    return _TITLE_LABEL.match(text, line) is not None or _TI_HEAD.search(text, line, s) is not None


# A listed outlet, then a space or a dot, then its app or channel, right before a byline's
# role or its outlet: 中国吉林网 吉刻APP记者, 济南日报·爱济南客户端记者.
_TWO_OUTLETS_REACH = 28
_APP_NAME = LazyPattern(rf"[{HAN}A-Za-z0-9]{{0,12}}")
_OUTLET_RUN_END = LazyPattern(rf"[{HAN}]{{2,12}}$")


def _first_of_two_outlets(text: str, end: int) -> re.Match[str] | None:
    """The first outlet of such a pair, read backwards from ``end`` (str.rfind and two
    anchored matches: a search from every position of the window cost 5 % of the finder)."""
    lo = max(0, end - _TWO_OUTLETS_REACH)
    k = max(text.rfind(" ", lo, end), text.rfind("·", lo, end), text.rfind("\t", lo, end), text.rfind("・", lo, end))
    if k < 0:
        return None
    app = _APP_NAME.match(text, k + 1, end)
    if app is None or app.end() != end:
        return None  # words after the separator that are no app's name
    while k > lo and text[k - 1] in " \t·・":
        k -= 1
    m = _OUTLET_RUN_END.search(text, max(lo, k - 12), k)
    if m is None or not is_outlet(m.group()):
        return None
    if m.start() > 0 and text[m.start() - 1] not in "\n 。！？”】\t（(":
        return None  # the words before run on into it: a sentence's, not a credit's
    # (a bracket opening the credit sets the outlet apart too: （科技日报 记者 杨 仑）)
    return m


# Names set apart before an outlet's byline opening a line: 刘珩 丛雨萌 四川在线记者 钟帆
_NAMES_BEFORE = LazyPattern(rf"(?:[{HAN}]{{2,3}}[ \t　]+){{1,6}}$")
_NAMES_BEFORE_REACH = 6 * 4

_HAN_AT = LazyPattern(f"[{HAN}]")

# The last name of a byline opening a line, glued to the lead: 记者 李军 通讯员 刘朋利初心不改，,
# 通讯员 范洪艳 李政近日，(after a role, or after the space closing the names before it)
_LAST_ROLE = LazyPattern(rf"{ROLE}{COLON}?{SEP}+(?=[{HAN}])")


# The run's last word, when the lead is glued to it (李政近日 read as one word).
_LAST_WORD = LazyPattern(rf"(?<=[ \t])[{HAN}]{{3,4}}$")


def _glued_last_name(text: str, s: int, e: int, named: set[int], f: Found) -> int:
    """Where a byline opening a line ends, with the name glued to the body after its
    last role or name (NAMES stops there, or took name and lead as one word: no
    break closes them) read by the tagger."""
    r = _LAST_ROLE.match(text, e)
    last = _LAST_WORD.search(text, s, e) if r is None else None
    if r is not None:
        at = r.end()
    elif last is not None and last.start() not in named:
        at = last.start()
    elif text[e - 1 : e] in (" ", "\t"):
        at = e
    else:
        return e
    name = name_glued_at(text, at, short=True)
    if name is None:
        return e
    f.reporter(name, at)
    return at + len(name)


_HEADER_BRACKET_REACH = 30


def _in_header_bracket(text: str, s: int, e: int) -> bool:
    """A byline that closes a 【…】 header (【环球时报-环球网报道 赴成都特派记者 乌元春 林小艺】):
    its words are names as in a closed bracket."""
    lb = text.rfind("【", max(0, s - _HEADER_BRACKET_REACH), s)
    return lb >= 0 and "】" not in text[lb:s] and text[e : e + 1] == "】"


def _credit_line(text: str, s: int, e: int) -> bool:
    """A byline that is a whole line: 冀云记者 王芳 通讯员 李强."""
    return (s == 0 or text[s - 1] == "\n") and _LINE_END.match(text, e) is not None


def _credit_in_bracket(text: str, s: int, e: int) -> bool:
    """A bracket holding just this byline, closing a paragraph: （新华每日电讯记者王阳）."""
    return (
        s > 0
        and text[s - 1] in "（("
        and text[e : e + 1] in ("）", ")")
        and (s == 1 or text[s - 2] in PARAGRAPH_END + "\n")
        and AFTER_CLOSING.match(text, e + 1) is not None
    )


__all__ = ["bylines"]
