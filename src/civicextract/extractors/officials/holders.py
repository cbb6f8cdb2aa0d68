"""Office-holders the news names without a title: the names of models/officeholders.txt.

``officeholders`` loads the list (two prefix-tree patterns, its two-character names, its
Hong Kong sections); ``known_holder_at`` reads a listed name the name reader refuses
after a post (韩国总统李在明); ``known_holders`` adds the listed names an article
names bare (李克强与大家深入交流, a headline's 习近平：…), where the text's subject,
the name's edges and the sentence around it (a Hong Kong office, not a namesake in a
provincial roster or after a private role) say it is the office-holder.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .edges import DOTS, all_han, follower_at, is_han
from .names import name_after
from .tagging import is_common_word, opens_predicate


@lru_cache(maxsize=1)
def officeholders() -> tuple[tuple[re.Pattern[str], ...], frozenset[str], frozenset[str]]:
    """models/officeholders.txt as two prefix-tree patterns (its names split by first character:
    one tree over the list's ~240 first characters scans markedly slower than two over half
    each, as the engine tries a branch's alternatives in turn), its two-character names, and the
    names of its sections marked ``(local`` (Hong Kong legislators and officials: read only in
    a text about Hong Kong, as many are also common mainland names)."""
    from ...regexrun import dispatched_alternation
    from ...resources import model_path

    names: list[str] = []
    local: set[str] = set()
    is_local = False
    for line in model_path("officeholders.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("# ---"):
            is_local = "(local" in line
        elif line.strip() and not line.startswith("#"):
            names.append(line.strip())
            if is_local:
                local.add(line.strip())
    firsts = sorted({n[0] for n in names})
    half = set(firsts[: len(firsts) // 2])
    return (
        tuple(re.compile(dispatched_alternation(g)) for g in ([n for n in names if n[0] in half], [n for n in names if n[0] not in half]) if g),
        frozenset(n for n in names if len(n) == 2),
        frozenset(local),
    )


def known_holder_at(text: str, i: int) -> int | None:
    """End of a name of models/officeholders.txt (three characters or more) starting at ``i``:
    names whose characters the name reader refuses (李在明, 文在寅: 在 opens no given name)."""
    ends = [m.end() for p in officeholders()[0] for m in [p.match(text, i)] if m is not None and m.end() - i >= 3]
    return max(ends) if ends else None


def _holder_spans(text: str) -> list[tuple[int, int]]:
    """The list's names in ``text``, leftmost and longest first, none overlapping another (what one
    pattern over the whole list would find)."""
    found = sorted((m.start(), -m.end()) for p in officeholders()[0] for m in p.finditer(text))
    spans, end = [], -1
    for s, neg_e in found:
        if s >= end:
            spans.append((s, -neg_e))
            end = -neg_e
    return spans


# a text about Hong Kong, where a local office-holder's bare name is his
_HONG_KONG = re.compile("香港|港府|港人|本港|港区|特区|特首|立法会|区议会|行政会议|林郑|民建联|民主党|公民党")
# A local name counts bare only in a sentence about the work of an office (指派A取代B主持内会, A在立法会
#质询): fit's Hong Kong gold leaves out a former or future legislator named as a party member, an
# election opponent or a defendant (民建联A和工联会B, 民主党A及B旁听), one who 参选, and one after a
# private role (教省秘书A).  The cue is an institution's or its business's name, never a post word
# (区议员, 专员), which would be another person's title in the same sentence.
# The business of a sitting is a cue too (round 15): the chamber and its floor (会议厅, 议事厅,
# 主席台), its rules and papers (议事规则, 决议案, 修正案), its votes (赞成票, 反对票) and a member's
# speech (发言, not 发言人: a spokesman's is no sitting's), as a report of a debate names its
# members bare sentence after sentence (甲和乙手持议事规则离座, 丙作总结发言之后被请出会议厅).
_OFFICE_CUE = re.compile(
    "立法会|议会|议席|内会|行政会议|行政长官|特首|法案|质询|委任"
    "|会议厅|议事厅|主席台|议事规则|决议案|修正案|赞成票|反对票|发言(?!人)"
)
_ROLE_BEFORE = ("秘书", "牧师", "主教", "教授", "学者", "律师", "会长", "党员", "成员", "主席", "召集人")
_SENTENCE_ENDS = "。！？!?\n"


# a text about public affairs, where a two-character office-holder's name is his (李强, 王毅, 韩正)
_POLITICAL = re.compile(
    "中共中央|党中央|国务院|全国人大|人民代表大会|政协|政治局|总书记|中央委员|行政长官|特首|特区政府|立法会"
    "|台当局|国台办|民进党|国民党|代表团|总统|总理|首相"
)
# the leader's name opening a doctrine's or a book's (习近平新时代中国特色社会主义思想, 邓小平理论,
# 习近平经济思想): no mention of the person (fit's gold leaves those out)
_DOCTRINE = re.compile(r"(?:新时代[\u4e00-\u9fff]{0,12}|[\u4e00-\u9fff]{0,4})(?:思想|理论|文选|文集|著作选)")
# a private role right before the name (村民李强): a namesake, no office-holder
_PRIVATE_BEFORE = (
    "村民", "市民", "居民", "网友", "网民", "记者", "学生", "患者", "工人", "老人", "游客", "选手", "球员",
    "演员", "歌手", "教练", "律师", "医生", "教授", "老师", "同学", "农民", "小朋友", "主持人",
)
_HOLDER_JOINS = "、的和与及同对向在由据是请让给"


def known_holders(text: str, people: dict, add, post_ends=()) -> None:
    """Office-holders named without a title (李克强与大家深入交流, a chief executive named bare,
    a headline's 习近平：…): the names of models/officeholders.txt.  A two-character
    name (李强, 韩正) counts only in a text about public affairs and at clean edges
    (not 李强调, 韩正式宣布); no name counts opening a doctrine's name, inside a book's title
    or after a private role."""
    _, two, local = officeholders()
    political = hong_kong = None
    taken = None
    for s, e in _holder_spans(text):
        name = text[s:e]
        if name in people or _DOCTRINE.match(text, e) or text[max(0, s - 3) : s].endswith(_PRIVATE_BEFORE):
            continue
        if e < len(text) and text[e] in DOTS or s > 0 and text[s - 1] in DOTS:
            continue  # 宣布阿巴斯·穆萨维为…: a part of a dotted name is no listed holder's bare name
        if taken is None:
            taken = [span for p in people.values() for span in p.spans]
        if any(ps <= s and e <= pe for ps, pe in taken) or any(
            k in post_ends and all_han(text[k:s]) and not is_common_word(text[k:s]) and not follower_at(text, k)
            for k in (s - 1, s - 2)
        ):
            # 副旗长查干巴特尔: the tail of a longer name after a post (a Mongolian given name);
            # not after a verb (市长委任|王某某)
            continue
        if name in local:
            if hong_kong is None:
                hong_kong = _HONG_KONG.search(text) is not None
            if (
                not hong_kong
                or text.startswith(("参选", "出选"), e)
                or text[max(0, s - 3) : s].endswith(_ROLE_BEFORE)
                or not _in_office_sentence(text, s, e)
            ):
                continue
        if _named_vessel(text, s, e):
            continue  # “布什”号航母, 里根号: a ship named after a president is no holder named bare
        if _named_place(text, e):
            continue  # 港口城市阿巴斯港: a port or island bearing the name is no holder named bare
        lb = text.rfind("《", max(0, s - 30), s)
        if lb >= 0 and "》" not in text[lb:s] and "》" in text[e : e + 40]:
            continue  # 《习近平与大学生朋友们》: a book's title
        if _in_local_roster(text, s, e):
            continue  # 吴靖平、李悦、张志军、曹宇光出席会议: a namesake among a province's own leaders
        if name in two:
            if s > 0 and is_han(text[s - 1]) and text[s - 1] not in _HOLDER_JOINS:
                continue
            if e < len(text) and is_han(text[e]) and text[e] not in "等和与及同" and not (
                follower_at(text, e) or opens_predicate(text, e)
            ):
                continue
            if political is None:
                political = _POLITICAL.search(text) is not None
            if not political:
                continue
        add(s, e, None, bare=True)


def _named_vessel(text: str, s: int, e: int) -> bool:
    """Is the listed name ``text[s:e]`` a ship's (or another thing's) name: followed by 号,
    bare or closing its quotes (“布什”号航母打击群, 林肯号)."""
    k = e + 1 if text[e : e + 1] in "”\"'’」" else e
    return text[k : k + 1] == "号"


# Round 25: the place words a listed name may open (阿巴斯港, Bandar Abbas), but not Hong Kong's own words
# after a chief executive's name (某某港府, 港澳)
_PLACE_AFTER = "港湾岛"
_HONG_KONG_AFTER = ("港澳", "港府", "港区", "港人")


def _named_place(text: str, e: int) -> bool:
    """Is the listed name ending at ``e`` the first part of a place's name (阿巴斯港一家广播电台)?"""
    return e < len(text) and text[e] in _PLACE_AFTER and not text.startswith(_HONG_KONG_AFTER, e)


def is_listed_holder(text: str, s: int, e: int) -> bool:
    """Is ``text[s:e]`` a whole name of models/officeholders.txt?"""
    return text[s:e] in officeholders()[1] if e - s == 2 else known_holder_at(text, s) == e


def _in_local_roster(text: str, s: int, e: int) -> bool:
    """Is the listed name ``text[s:e]`` the only listed one of a bare 、-list of at least three names?
    A provincial paper lists its own leaders bare (吴靖平、李悦、张志军、曹宇光出席会议): one of them
    sharing a national leader's name is that leader's namesake, where a list of the centre's leaders
    holds more listed names (石泰峰、何维、武维华、邵鸿、王东峰、杨震等参加: 杨震 is left out of the list
    as too common, the others are in it)."""
    mates = listed = 0
    k = s
    while k > 1 and text[k - 1] == "、" and mates < 12:
        b = max(max(text.rfind(c, max(0, k - 5), k - 1) for c in "、，。；：！？ \n") + 1, k - 4)
        if not (2 <= k - 1 - b <= 3 and all_han(text[b : k - 1]) and name_after(text, b, strict=True) == k - 1):
            break
        mates += 1
        listed += is_listed_holder(text, b, k - 1)
        k = b
    k = e
    while k + 1 < len(text) and text[k] == "、" and mates < 12:
        ne = name_after(text, k + 1, strict=True)
        if ne is None or ne - k - 1 not in (2, 3):
            break
        mates += 1
        listed += is_listed_holder(text, k + 1, ne)
        k = ne
    return mates >= 2 and listed == 0


def _in_office_sentence(text: str, s: int, e: int) -> bool:
    """The sentence around ``text[s:e]`` (at most 120 characters either side) names a public office."""
    a = max(max(text.rfind(c, max(0, s - 120), s) for c in _SENTENCE_ENDS) + 1, s - 120, 0)
    b = min([j for j in (text.find(c, e, e + 120) for c in _SENTENCE_ENDS) if j >= 0] or [min(len(text), e + 120)])
    return _OFFICE_CUE.search(text, a, b) is not None
