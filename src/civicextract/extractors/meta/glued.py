"""Credits glued to a headline: the layouts where nothing but the words marks a byline.

Names after a ``■`` marker closing a headline (``■周  韵  曾建伟``), an outlet and
its reporter set apart before the date opening the body (``乐居财经 严明会 8月2日``),
and an outlet's reporter glued between headline and body (``标题新华社记者贾启龙暴雨之后``).
No bracket or line break bounds them, so each reads only inside the first few
hundred characters and checks its names against the lexicons; ``credits.credits``
calls them behind cheap gates (``may_outlet_name_date``, a marker's ``str.find``).
"""

from __future__ import annotations

import re

from .found import FROM_BYLINE, Found
from .lazy import LazyPattern
from .lexicon import (
    HAN,
    ROLE,
    clean_outlet,
    is_credit_name,
    is_outlet,
    is_person_name,
    is_place,
    name_glued_at,
    name_lexicons,
    outlet_pattern,
)
from .roles import BODY_BEFORE_ROLE, DESK_OR_ROLE, OUTLET_NAME_ZONE, ROLE_AT, ROLE_WORD

# A marker before the names closing a headline: □孙连宇8月11日召开的…,
# 标题■周  韵  曾建伟  马鹏飞“王英…, 标题■豆加波  解放军报记者  李建文7月…
_MARKERS = "□■◆"
MARKER_ZONE = 300
# The names after a marker: Han words and the spaces papers align them with, to
# the first other character (a quote, a digit, a comma) at most 40 characters on.
_ROLE_RANK_END = LazyPattern("(?:全媒体|融媒体)?(?:特约|见习|首席|主任|资深)?$")
_MARKED_RUN = LazyPattern(rf"[ \t]*[{HAN}][{HAN} \t　]{{0,40}}")


def marked_names(text: str, f: Found) -> None:
    # (str.find of each marker: the class made the engine test every character)
    at = min((i for i in (text.find(c, 0, MARKER_ZONE) for c in _MARKERS) if i >= 0), default=-1)
    if at < 0:
        return
    run = _MARKED_RUN.match(text, at + 1)
    if run is None:
        return
    seg = run.group()
    role = ROLE_WORD.search(seg)
    if role is not None:
        # names, then the outlet of a role run (豆加波  解放军报记者): BYLINE reads the run
        seg = _ROLE_RANK_END.sub("", seg[: role.start()])  # 解放军报特约通讯员: the rank goes with the role
        glued = re.search(rf"[{HAN}]+$", seg)
        if glued is not None:
            cut = _outlet_after_name(glued.group())
            if cut is None:
                return  # words before the role that are no outlet: not a list of names
            seg = seg[: glued.start() + cut]
    words = []
    offs = [(m.start(), m.group()) for m in re.finditer(rf"[{HAN}]+", seg)]
    # two single characters set apart are one name aligned to the width of three (周  韵)
    single = name_lexicons()[0]
    i = 0
    while i < len(offs):
        o, w = offs[i]
        if len(w) == 1 and w in single and i + 1 < len(offs) and len(offs[i + 1][1]) == 1:
            words.append((o, w + offs[i + 1][1]))
            i += 2
            continue
        words.append((o, w))
        i += 1
    if not words:
        return
    base = run.start()
    found = []
    runs_on = False
    for k, (o, w) in enumerate(words):
        last = k == len(words) - 1 and role is None
        # a list of names, or one before a role run, says names stand here (豆加波);
        # a word alone after a marker may be a section's (■要闻): a surname must agree
        named = is_credit_name(w) if len(words) > 1 or role is not None else is_person_name(w)
        if 2 <= len(w) <= 3 and named and not DESK_OR_ROLE.search(w):  # ■来源 is a label
            found.append((base + o, w))
        elif last and (name := name_glued_at(text, base + o)):
            found.append((base + o, name))  # 许宏远军民同心: the body runs on after the last name
            runs_on = len(words) == 1 and is_person_name(name)
        else:
            return
    if role is None and 2 * sum(is_person_name(n) for _, n in found) <= len(found):
        return  # ■要闻 今天: most names of a list have a known surname
    end = found[-1][0] + len(found[-1][1])
    if len(found) == 1 and role is None and not runs_on and not re.match(r"[\s\d]", text[end : end + 1]):
        # one word alone after a marker: a name only where the body's date or line follows it (□孙连宇8月11日),
        # or where the body runs on glued to a known surname's name (□江德斌近日，: a commentator's byline)
        return
    for pos, name in found:
        f.reporter(name, pos)
    end = found[-1][0] + len(found[-1][1])
    f.spans.append((at, end, "byline"))


def _outlet_after_name(w: str) -> int | None:
    """Where the outlet starts in the words before a role: 解放军报 -> 0,
    吕志浩解放军报 -> 3 (a name glued to it); None when they end in no outlet."""
    o = outlet_pattern().search(w)
    if o is not None and o.end() == len(w) and (o.start() == 0 or is_person_name(w[: o.start()])):
        return o.start()
    for k in (3, 2):
        # (a place is no name: 宁乡市 + 融媒体中心 is one outlet)
        if len(w) - k >= 3 and is_person_name(w[:k]) and not is_place(w[:k]) and is_outlet(w[k:]):
            return k
    return 0 if is_outlet(w) else None


# An outlet and its reporter set apart between the headline and the date opening
# the body: …涉及恒大事项 乐居财经 严明会 8月2日，…
_OUTLET_NAME_DATE_BODY = (
    rf"(?P<outlet>[{HAN}]{{2,12}})[ \t　]+(?P<name>[{HAN}]{{2,3}})[ \t　]+(?=\d{{1,2}}月\d{{1,2}}日|\d{{1,2}}日)"
)
_OUTLET_NAME_DATE = LazyPattern(rf"(?:^|(?<=[ \t　])){_OUTLET_NAME_DATE_BODY}")
# The same after its space, consumed: a class the engine skips to (the look-behind
# made it try every position); a match's start is its outlet's.
_OUTLET_NAME_DATE_AFTER_SPACE = LazyPattern(rf"[ \t　]{_OUTLET_NAME_DATE_BODY}")


def may_outlet_name_date(text: str) -> bool:
    """False only where neither pattern can match: both need a space and a 日
    before OUTLET_NAME_ZONE (their look-ahead sees no further).  (Four searches
    for one character: half the leads have no space, the patterns' classes
    made the engine test every character.)"""
    zone = text[:OUTLET_NAME_ZONE]
    return "日" in zone and (" " in zone or "\t" in zone or "　" in zone)


def outlet_name_date(text: str, f: Found) -> None:
    if not may_outlet_name_date(text):
        return
    m = _OUTLET_NAME_DATE.match(text, 0, OUTLET_NAME_ZONE) or _OUTLET_NAME_DATE_AFTER_SPACE.search(
        text, 0, OUTLET_NAME_ZONE
    )
    if m is None or not is_person_name(m.group("name")):
        return
    outlet = clean_outlet(m.group("outlet"))
    if outlet is None:
        return
    f.source(outlet, FROM_BYLINE, m.start("outlet"))
    f.reporter(m.group("name"), m.start("name"))
    f.spans.append((m.start("outlet"), m.end("name"), "byline"))


# An outlet's reporter glued between the headline and the body: 夜探洪涝灾区新华社记者贾启龙暴雨之后…
_GLUED_ZONE = 200

_SENTENCE_MARK = LazyPattern("[，。；：！？、,;:!?]")


def glued_byline(text: str, f: Found) -> None:
    if not _role_may_follow(text, _GLUED_ZONE):
        return  # no outlet of the zone can have its role after it (two articles in three)
    for o in outlet_pattern().finditer(text, 0, _GLUED_ZONE):
        # (《某报》记者X: the title marks around the outlet, as Hong Kong pages write it)
        booked = text[o.start() - 1 : o.start()] == "《" and text.startswith("》", o.end())
        if booked and BODY_BEFORE_ROLE.search(text, max(0, o.start() - 3), o.start() - 1):
            continue  # 向《某报》记者表示: the body speaking to another outlet's reporter
        r = _ROLE_AFTER_OUTLET.match(text, o.end() + booked)
        if r is None:
            continue
        line = text.rfind("\n", 0, o.start()) + 1
        if text.startswith("原标题", line):
            line = text.find("：", line, o.start()) + 1 or line  # the label's colon opens no sentence
        # a dateline before the headline, and the genre's label opening it, are no sentence:
        # 新华社巴黎8月6日电 综述：法国多地打破高温纪录…新华社记者张百慧近日
        line = max([line] + [de for ds, de, k in f.spans if k == "dateline" and line <= ds and de <= o.start()])
        genre = _GENRE.match(text, line)
        line = genre.end() if genre else line
        if _SENTENCE_MARK.search(text, line, o.start()) or text[o.start() - 1 : o.start()] == "据":
            return  # 据新华社记者了解: a sentence citing the outlet
        name = name_glued_at(text, r.end())
        four = _FOUR_GLUED.match(text, r.end()) if name is None else None
        if four is not None:
            # a name and one word in four characters, glued to a quote's title mark or the like:
            # 宋清影据《今日印度》… (a space after the four closes one name: 黎梁娜梓 见习记者…; round 20)
            name = name_glued_at(text, r.end(), short=True)
        if name is None and (whole := _NAME_BEFORE_DIGIT.match(text, r.end())) is not None and is_person_name(whole.group()):
            name = whole.group()  # 北京日报客户端 | 记者 徐慧瑶2019年，…: the lead opens with a year (round 20)
        if name is None:
            return
        f.source(o.group(), FROM_BYLINE, o.start())
        f.reporter(name, r.end())
        f.spans.append((o.start(), r.end() + len(name), "byline"))
        return


_NAME_BEFORE_DIGIT = LazyPattern(rf"[{HAN}]{{2,3}}(?=\d)")
_FOUR_GLUED = LazyPattern(rf"[{HAN}]{{4}}(?=[《“\"（(【])")


# A story's genre, labelled before its headline: 综述：, 特写：
_GENRE = LazyPattern(r"[ \t]*(?:综述|述评|特写|通讯|专访|快评|时评|评论|调查|观察|侧记|纪实|访谈)[：:]")
# The role after an outlet, a bar between them as some apps print it (北京日报客户端 | 记者 高健…),
# or the paper's WeChat account between (北京日报微信公众号 | 记者 张力: the account credits the paper)
_ROLE_AFTER_OUTLET = LazyPattern(rf"(?:(?:官方)?(?:微信公众号|公众号))?(?:[ \t]*[|｜][ \t]*)?{ROLE}[ \t]*")
_SPACES = LazyPattern(r"[ \t]*")
# A role is at most 10 characters and a look-ahead of one (全媒体首席特约通讯员, 文图：).
_ROLE_REACH = 12


def _role_may_follow(text: str, zone: int) -> bool:
    """False only where ``_ROLE_AFTER_OUTLET`` matches at no position 1..zone: no
    role opens there, and no bar there or after the spaces running on from it.
    (One short search; the outlets' scan of the zone costs eight times more.)"""
    role = ROLE_AT.search(text, 1, zone + _ROLE_REACH)
    if role is not None and role.start() <= zone:
        return True
    if zone < len(text):
        spaces = _SPACES.match(text, zone)
        assert spaces is not None  # ([ \t]* matches anywhere)
        end = spaces.end() + 1
    else:
        end = zone
    return "|" in text[:end] or "｜" in text[:end]
