"""Holders a post names other than by a name right after it: lists, 的-phrases, gaps, counts.

The main loop asks these when no name follows a post at once: the post's holders
listed after 有/包括 (``list_after_verb``) or district by district
(``district_list``), ``POST的NAME，`` (``name_after_of``, ``holder_after_of``), a
name after spaces or a line break (``name_after_gap``: a work report's byline), a
head count naming its holders (``counted_holders``: 6位区议员甲、乙……).  And the
names a chain shares: the bare names after the first holder (``list_members``),
``甲、乙等6位委员`` (``names_before_list``), and a bare list opening with an official
named before (``list_mates``).
"""

from __future__ import annotations

import re

from ..meta import name_lexicons
from .edges import follower_at, is_han
from .namechars import plausible
from .names import name_after
from .people import find_all
from .posts import lexicon
from .tagging import opens_predicate, tagged_word
from .unclosed import predicate_end


def list_mates(text: str, people: dict, add) -> None:
    """``贺彬、沈豪连夜带队…`` after ``办案民警贺彬``: a bare list that opens
    with an official named before, with no title of its own, names that
    official's colleagues; they share the title.  The list must open its
    clause and every item be a surname-list name, so 村支书张三、村民李四
    (a title of its own) and 张三、李四家 (no clean end) stay out."""
    for name, p in list(people.items()):
        if not p.chains or not any(p.public) or name + "、" not in text:
            continue  # (one substring test spares most people the walk below)
        chain = next(c for c, pub in zip(p.chains, p.public, strict=True) if pub)
        for i in find_all(text, name):
            e = i + len(name)
            if e >= len(text) or text[e] != "、" or i > 0 and is_han(text[i - 1]):
                continue
            mates = []
            while e < len(text) and text[e] == "、":
                ne = name_after(text, e + 1, strict=True) or predicate_end(text, e + 1)
                if ne is None or lexicon().pattern.search(text, e + 1, ne + 4):
                    break  # (郝爱国、原党支部副书记郝启厚: a new title, the main loop's)
                mates.append((e + 1, ne))
                e = ne
            # (the list closes before punctuation, a verb of the news or a predicate: not 李四家|的)
            if not mates or e < len(text) and is_han(text[e]) and follower_at(text, e) < 2 and not opens_predicate(text, e):
                continue
            for ms, me in mates:
                if text[ms:me] not in people:
                    add(ms, me, chain, True)


GAP_CHARS = " \u3000\t\n"
_LIST_VERBS = ("有：", "有:", "包括：", "包括:", "有", "包括", "：", ":")
LIST_FIRSTS = frozenset(v[0] for v in _LIST_VERBS)


# a numeral (or 多/余/数) and a measure word right before a chain: a head count
COUNTED = re.compile(r"[0-9０-９一二两三四五六七八九十百千万多余数几][名位]")
MEASURES = frozenset("名位")


def name_after_of(text: str, post, start: int = -1) -> tuple[int, int] | None:
    """``POST的NAME，``: an official post, 的, then a surname-list name that closes
    its clause (晋升为督察的陈志明，, 时任教育局局长的梁淑芬。).  After a verb that
    gives a post (现任…的, 时任…的, 担任…的: the chain at ``start``) the name may go
    on into its predicate (现任县文旅局局长的周明表示).  """
    i = post.end
    if not post.official or text[i : i + 1] != "的":
        return None
    e = name_after(text, i + 1, strict=True)
    if e is None:
        return None
    attached = start > 0 and text.endswith(_GIVES_POST, 0, start)
    # (a four-char name, 此前担任…主席的罗布顿珠，, only after a verb that gives the post)
    if not (attached and 2 <= e - i - 1 <= 3 and follower_at(text, e)) and (
        e - i - 1 not in ((3, 4) if attached else (3,)) or text[e : e + 1] not in ("，", "。", "；", "、")
    ):
        return None
    if tagged_word(text, i + 1, e):
        return None  # (特首的施政，: a dictionary word, not a name)
    return i + 1, e


# verbs that give the post after them to the name after its 的 (现任县长的王某表示)
_GIVES_POST = ("现任", "时任", "担任", "曾任", "身为", "作为", "出任", "兼任")


def holder_after_of(text: str, post, start: int, post_starts: dict) -> tuple[int, int] | None:
    """``本身是全国人大代表的某党副主席某某``: after a verb that gives a post, the post, 的, a
    second title and its holder's name: the holder holds the first post too."""
    i = post.end
    if not post.official or text[i : i + 1] != "的" or not text.endswith(_GIVES_POST + _IS_ALSO, 0, start):
        return None
    for k in range(i + 1, min(len(text), i + 12)):
        if not is_han(text[k]):
            return None
        p2 = post_starts.get(k)
        if p2 is not None and not p2.weak:
            end = p2.end
            while end in post_starts:  # (the second title's last post)
                end = post_starts[end].end
            e = name_after(text, end, strict=True)
            return None if e is None else (end, e)
    return None


# 是 before a title a person holds besides the one named next (本身是…的…某某, 也是…的…某某)
_IS_ALSO = ("本身是", "本身为", "也是", "同时是")


def list_after_verb(text: str, post) -> tuple[int, int] | None:
    """The first name of ``<post>有A、B、C`` (参加会议的县领导有…): a list of two
    or more names, or one name closing its clause after a post that is not weak."""
    if not post.official or not text.startswith(_LIST_VERBS, post.end):
        return None  # (one call: most posts have none of the verbs after them)
    verb = next(v for v in _LIST_VERBS if text.startswith(v, post.end))
    s = post.end + len(verb)
    e = name_after(text, s, strict=True)
    if e is None:
        return None
    if e < len(text) and text[e] == "、" and name_after(text, e + 1, strict=True) is not None:
        return s, e
    # (镇长：李国强 as a notice's line; 书记：我们… is a turn, no name follows)
    return (s, e) if not post.weak and (e == len(text) or text[e] in "。；，\n") else None
# Hong Kong's eighteen districts (complete), as a party's councillors are listed by them
_HK_DISTRICTS = re.compile("中西区|湾仔|东区|南区|油尖旺|深水埗|九龙城|黄大仙|观塘|荃湾|屯门|元朗|北区|大埔|西贡|沙田|葵青|离岛")


def district_list(text: str, post) -> list[tuple[int, int]]:
    """``<post>包括深水埗A、B，黄大仙C，屯门D、E``: the holders listed district by
    district (each group a district's name, then names joined by 、; groups
    joined by ，), at least two names, the list closing its sentence."""
    if text[post.end : post.end + 1] not in LIST_FIRSTS or not post.official or post.weak:
        return []  # (one char test spares most posts the verbs' scan)
    verb = next((v for v in _LIST_VERBS if text.startswith(v, post.end)), None)
    if verb is None:
        return []
    i = post.end + len(verb)
    spans: list[tuple[int, int]] = []
    while len(spans) < 24:
        m = _HK_DISTRICTS.match(text, i)
        if m is None:
            return []
        e = name_after(text, m.end(), strict=True)
        if e is None:
            return []
        spans.append((m.end(), e))
        while text[e : e + 1] == "、":
            ne = name_after(text, e + 1, strict=True)
            if ne is None:
                return []
            spans.append((e + 1, ne))
            e = ne
        if text[e : e + 1] in ("，", ","):
            i = e + 1
            continue
        break
    assert e is not None  # (each pass of the loop returns or sets e to a name's end)
    return spans if len(spans) >= 2 and (e == len(text) or text[e] in "。；\n") else []


# a byline name spaced out to the width of a title: 龚 正 (then the line ends)
_SPACED_NAME = re.compile(r"([\u4e00-\u9fff])[ \u3000]{1,3}([\u4e00-\u9fff])(?=[ \u3000\t]*(?:\n|$))")


def name_after_gap(text: str, i: int, *, weak: bool) -> tuple[int, int, str] | None:
    """A name after a post and a gap: spaces (``辅警 靳慧町``) or one line
    break (a work report's byline ``省长\n王建华``).  Across a line break the
    name must fill its line."""
    j = i
    while j < len(text) and j - i < 4 and text[j] in " \u3000\t":
        j += 1
    newline = j < len(text) and text[j] == "\n"
    if newline:
        j += 1
        while j < len(text) and j - i < 6 and text[j] in " \u3000\t":
            j += 1
    if j >= len(text) or j - i > 6 or not is_han(text[j]):
        return None
    single, double, _, _ = name_lexicons()
    m = _SPACED_NAME.match(text, j)
    if m and (m.group(1) in single) and text.count(m.group(1) + m.group(2)) <= text.count(m.group()):
        return j, m.end(), m.group(1) + m.group(2)
    e = name_after(text, j, strict=True)
    if e is None:
        return None
    rest = text[e : e + 8].lstrip(" \u3000\t")
    if newline and rest and rest[0] != "\n":
        return None  # a new line of prose, not a byline
    if weak and not newline and text.count(text[j:e]) < 2:
        return None
    return j, e, text[j:e]


# a report of a people's congress in session, whose 代表 are its deputies
CONGRESS = re.compile("人大|人民代表大会|代表团|两会")

# 等 closing a list of names before the post they share: 等6位委员, 等同志
LIST_BEFORE = re.compile(r"等(?:[0-9一二三四五六七八九十两]+[位名])?")


def names_before_list(text: str, end: int) -> list[tuple[int, int]]:
    """The names of ``甲、乙、丙`` ending at ``end``: two or more items of 2-4
    Han characters, each opening with a surname, the first after punctuation."""
    single, double, _, _ = name_lexicons()
    items: list[tuple[int, int]] = []
    e = end
    while True:
        s = e
        while s > 0 and is_han(text[s - 1]) and e - s < 5:
            s -= 1
        cand = text[s:e]
        if not 2 <= len(cand) <= 4 or not (cand[0] in single or cand[:2] in double) or not plausible(cand):
            # 在听取罗保铭、刘赐贵等代表发言后: the first item glued to the verb that opens the list
            first = _after_list_opener(text, e, single) if items else None
            if first is None:
                return []  # (王家村、李家村等5名村干部: places, not names)
            items.append((first, e))
            return items[::-1]
        items.append((s, e))
        if s == 0 or text[s - 1] != "、":
            break
        e = s - 1
    if len(items) < 2 or (s > 0 and text[s - 1] not in "，,：:。；;（(\n 　"):
        return []
    return items[::-1]


# verbs that open a list of people (听取甲、乙等代表发言, 会见甲、乙等)
_LIST_OPENERS = ("听取", "包括", "邀请", "会见", "看望", "慰问", "陪同", "表彰")


def _after_list_opener(text: str, e: int, single) -> int | None:
    """Start of a 2-3 char name ending at ``e`` right after a list-opening verb, or None."""
    for n in (3, 2):
        s = e - n
        if s >= 2 and text[s] in single and plausible(text[s:e]) and text[s - 2 : s] in _LIST_OPENERS:
            return s
    return None


_NUMERALS = {c: i for i, c in enumerate("零一二三四五六七八九十")} | {"两": 2}
_COUNT = re.compile(r"([0-9]{1,2}|[一二两三四五六七八九十]{1,3})([名位])")


def _count_at(text: str, start: int) -> tuple[int, int] | None:
    """The head count at a chain's start (三位|副市长) or right before it
    (8位|区议员, 一名|消防员): (count, where the chain proper starts), or None
    where the count is vague (200余名, 数名, 多位) or absent."""
    for i in range(max(0, start - 3), start + 1):
        m = _COUNT.match(text, i)
        if m is not None and start - 1 <= m.end() - 1 <= start and (i == 0 or not text[i - 1].isdigit() and text[i - 1] not in _NUMERALS):
            digits = m.group(1)
            if digits.isdigit():
                return int(digits), m.end()
            if digits[0] == "十":
                digits = "一" + digits
            if len(digits) == 1:
                return _NUMERALS[digits], m.end()
            if digits[1] == "十":
                return _NUMERALS[digits[0]] * 10 + (_NUMERALS[digits[2]] if len(digits) == 3 else 0), m.end()
            return None
    return None


def counted_holders(text: str, start: int, end: int):
    """(where the chain proper starts, the holders' spans) when a head count
    introduces its holders by name: ``6位区议员陈志伟、吴家豪……林国栋组成``
    (as many names, joined by 、, as the count says: the count bounds the
    last one, which needs no clean end), ``一名警员郑嘉文，``.  None for a
    count that names no one (4名议员方可…, 200余名村干部): no one's title."""
    got = _count_at(text, start)
    if got is None or not 1 <= got[0] <= 12:
        return None
    n, cs = got
    spans: list[tuple[int, int]] = []
    s = end
    while len(spans) < n:
        last = len(spans) == n - 1
        e = name_after(text, s, strict=not last or n == 1)
        if e is None:
            return None
        spans.append((s, e))
        if last:
            break
        if text[e : e + 1] != "、":
            return None
        s = e + 1
    e = spans[-1][1]
    if n == 1 and not (e == len(text) or not is_han(text[e]) or follower_at(text, e) > 0):
        return None  # (a lone name closes its clause or meets a verb of the news)
    if e < len(text) and text[e] == "、":
        return None  # (more names than the count: not its holders)
    return cs, spans


def list_members(text, e, chain, public, post_starts, add) -> None:
    """``副主任刘文明、康峰镐、李万洙出席``: bare names after 、 share the chain;
    so does the last one after 及 or 和 (立法会议员王文华及周家明出席) when a verb
    of the news or punctuation closes it (not 张三和李四家)."""
    while e < len(text) and text[e] in "、及和" and e + 1 not in post_starts:
        s = e + 1
        ne = name_after(text, s, strict=True)
        if ne is None:
            return
        # a new chain starting here (原党支部副书记郝启厚) is the main loop's
        if any(text.startswith(m, s) for m in ("原", "前")):
            return
        closing = text[e] != "、"
        # (a predicate the reader knows closes it too, as it closes a 、 list in list_mates:
        # 立法会议员甲、乙及丙到场声援, 区议员甲和乙一同出席)
        if closing and not (
            ne == len(text) or not is_han(text[ne]) or follower_at(text, ne) > 1 or opens_predicate(text, ne)
        ):
            return
        add(s, ne, chain, public)
        if closing:
            return
        e = ne
