"""Coordinated names before one head: 蓝天、碧水、净土保卫战; 雄商、济滨高铁; 森林城市、森林乡村建设.

The finders see the last item with the head (净土保卫战, 济滨高铁) as a name of its own.  Which one
the article names depends on the list: one campaign fought on three fronts (the whole), two works
that share a works word (each item with the head), or a list of generic work types (optional
either way).  This module reads the list back from a candidate's first mention; the decision is
the extractor's (issue: round 12).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .lexicon import Lexicon


@lru_cache(maxsize=1)
def _recall_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    # recall imports candidates, which calls this module: its patterns are read on first use
    from .recall import _LEAD_VERB, _WORK_END_ANY

    return _LEAD_VERB, _WORK_END_ANY


@lru_cache(maxsize=1)
def _candidates_functions():
    # (candidates imports this module: its functions are read on first use, once)
    from .candidates import distinguishing, left_start

    return distinguishing, left_start


def lead_verb(text: str, s: int, e: int) -> int | None:
    """Where a name starting at ``s`` starts once a leading verb (recall's list) is cut, or None."""
    lead = _recall_patterns()[0].match(text, s, e)
    return lead.end() if lead is not None and lead.end() > s else None


def _distinguishing(item: str, lex: Lexicon) -> bool:
    return _candidates_functions()[0](item, lex, 2)


def _left_start(text: str, end: int, lex: Lexicon) -> int:
    return _candidates_functions()[1](text, end, _MAX_ITEM, lex)


# Characters of a list item: Han, digits, Latin letters and the middle dot (两岸青山·千里林带).
_ITEM_CHAR = re.compile(r"[\u4e00-\u9fff0-9A-Za-z·]")
_MAX_ITEM = 12
_MAX_ITEMS = 8
# Work words a generic type of work ends in (城中村、棚户区改造): no programme word, but the head
# such a list shares.
_WORK_TAIL = re.compile(r"(?:改造|建设|改革|治理|提升|保护|修复|整治|创建|试点)")
_QUOTE = re.compile(r"[“”‘’\"「」『』]")


class Coordination(NamedTuple):
    """A list of items sharing the head of the last one: ``items`` in order, each without the head."""

    items: tuple[str, ...]
    head: str
    start: int  # where the first item starts
    end: int  # where the head ends
    whole: str  # text[start:end]
    bounded: bool  # the first item starts at a break or after a verb, not where a length cut it

    def split(self) -> tuple[str, ...]:
        """Each item with the head: 雄商高铁, 济滨高铁."""
        return tuple(it + self.head for it in self.items)


def head_of(name: str, lex: Lexicon, shortest: bool = False, *, fast: bool = True) -> str | None:
    """The longest tail of ``name`` that is a programme, works or work word chain, leaving an item of
    two characters or more before it (净土保卫战 -> 保卫战; 防灾减灾救灾固本强基三年行动 -> 三年行动).

    ``fast=False``: each tail tried with each pattern in turn (the reference of the tests); fast, one
    search of the three patterns joined and anchored at the end: its leftmost match is the longest tail."""
    if fast and not shortest:
        m = _tail_re(lex).search(name, 2) if len(name) >= 4 else None
        if m is None or m.start() > len(name) - 2:
            return None  # (the leftmost match is a tail of one character: none of two or more)
        return name[m.start() :]
    works = _recall_patterns()[1]
    for k in range(len(name) - 2, 1, -1) if shortest else range(2, len(name) - 1):
        tail = name[k:]
        if lex.suffix_re.fullmatch(tail) or works.fullmatch(tail) or _WORK_TAIL.fullmatch(tail):
            return tail
    return None


_TAIL_RE: tuple[Lexicon | None, re.Pattern[str] | None] = (None, None)


def _tail_re(lex: Lexicon) -> re.Pattern[str]:
    global _TAIL_RE
    if _TAIL_RE[0] is not lex:  # one entry, replaced as a whole (a Lexicon is not hashable)
        works = _recall_patterns()[1]
        _TAIL_RE = (lex, re.compile(f"(?:{lex.suffix_re.pattern}|{works.pattern}|{_WORK_TAIL.pattern})\\Z"))
    pattern = _TAIL_RE[1]
    assert pattern is not None  # set with the lexicon just above
    return pattern


def coordinated(text: str, s: int, e: int, lex: Lexicon) -> Coordination | None:
    """The list whose last item, with the shared head, is ``text[s:e]``; None when ``s`` follows no 、,
    no head word ends the name, or an earlier item carries the head itself (a list of whole names)."""
    if s < 2 or text[s - 1] != "、" or e - s < 3:
        return None
    name = text[s:e]
    head = head_of(name, lex)
    if head is None or _QUOTE.search(name):
        return None  # (a quoted item is a name of its own: 统筹管理、“农业保险+”改革)
    last_word = head_of(name, lex, shortest=True) or head
    items = [name[: len(name) - len(head)]]
    longest = len(items[0])
    bounded = True
    pos = s - 1  # the 、 before the item read last
    start = s
    for _ in range(_MAX_ITEMS):
        j = pos
        while j > 0 and pos - j < _MAX_ITEM and _ITEM_CHAR.match(text, j - 1):
            j -= 1
        item = text[j:pos]
        interior = j > 0 and text[j - 1] == "、"
        if not interior or len(item) > longest + 3:
            # the first item: a verb or a clause may come before it (深入打好蓝天、…; 2028年分别建成津潍、…);
            # it starts where the noun phrase ending at the 、 starts, after a leading verb
            ls = _left_start(text, pos, lex)
            if ls < j or ls >= pos:
                bounded = False  # no break or verb where an item would start: the length of the others
                ls = max(j, pos - longest)
            lead = _recall_patterns()[0].match(text, ls, pos)
            if lead and lead.end() < pos:
                ls = lead.end()
            j, item, interior = ls, text[ls:pos], False
        if not item or item.endswith(last_word) or head_of(item, lex) or lex.suffix_re.fullmatch(item):
            return None  # 、、, 计划、…工程, A工程、B提升工程, A铁路、B铁路甘肃段: each item a whole name
        items.insert(0, item)
        longest = max(longest, len(item))
        start = j
        if not interior:
            break
        pos = j - 1
    else:
        return None
    if len(items[-1]) > len(items[-2]) + 1 and len(items[-2]) >= 3:
        # Parallel items are as long as each other (汾河谷地、太原盆地大气污染提质增效行动: 太原盆地, and
        # the head shared is 大气污染提质增效行动), where a word ends there (孕育和出生… is cut at no word);
        # items of two characters are abbreviations, a longer name after them one of its own (医改、林改、
        # 科技特派员制度)
        cut = len(items[-2])
        if cut in _word_ends(name):
            items[-1], head = name[:cut], name[cut:]
    return Coordination(tuple(items), head, start, e, text[start:e], bounded)


def _word_ends(s: str) -> set[int]:
    """Where the segmenter's words of ``s`` end (rjieba's cut: a few µs; its tagger costs milliseconds)."""
    from ...segment import segment

    return {t.end for t in segment(s)}


# Items that are entities of another kind (an event, a body, a venue): a list of them is no
# programme's parts.
_ENTITY_END = re.compile(r"(?:会|节|展|赛|局|委|厅|部|院|校|馆|所|站|中心|公司|集团)$")

# The longest item of a list named whole (蓝天、碧水、净土 2; 粮油生产、储备、加工能力 4; 小县大城、强镇带村…
# 4): longer items are noun phrases of their own (学前教育普及普惠县、义务教育优质均衡发展县创建), and the
# judge's rule already pairs a whole of short items with its last one.  Chosen by grouped
# cross-validation over the in-sample sets (benchmarks/programs_coordinated.py --cv).
WHOLE_MAX_ITEM = 4
# The shortest items of a list of two named whole (汾河谷地、太原盆地大气污染提质增效行动): two words
# of two characters are as often a noun and an epithet (企业、优质项目).
WHOLE_MIN_PAIR = 4


def whole_start(text: str, s: int, e: int, lex: Lexicon) -> int | None:
    """Where the name ending at ``e`` starts when the short items before ``text[s:e]`` share its
    programme word (蓝天、碧水、净土保卫战 is one campaign); None to keep ``s``.  A works word as the
    head shares out instead (雄商、济滨高铁 are two railways: recall's ``_shared_heads``), and so does
    a type of work (城中村、棚户区改造), which no programme word ends."""
    co = coordinated(text, s, e, lex)
    if co is None or not co.bounded:
        return None
    word = head_of(co.whole[-len(co.head) - 1 :], lex, shortest=True) or co.head  # (…提质增效行动: 行动)
    if not lex.suffix_re.fullmatch(word) or _recall_patterns()[1].search(co.head):
        return None
    lengths = {len(it) for it in co.items}
    if max(lengths) > WHOLE_MAX_ITEM or not all(_distinguishing(it, lex) for it in co.items):
        return None
    if len(co.items) == 2 and (len(lengths) > 1 or min(lengths) < WHOLE_MIN_PAIR):
        return None  # 企业、优质项目; 世界最大、引调水工程: two unlike words, no parallel list of names
    if any(_ENTITY_END.search(it) for it in co.items[:-1]):
        return None  # 智博会、西洽会、国才会、中新双边合作机制: events (bodies, venues) listed, then a name
    if len(co.items[-1]) > max(map(len, co.items[:-1])) + 1:
        return None  # 智博会、西洽会、国才会、中新双边合作机制: the last item is a name of its own
    return co.start


def known_items(text: str, s: int, e: int, lex: Lexicon) -> list[tuple[str, int, int]]:
    """Earlier items of a list that are known programmes once given the tail of ``text[s:e]``:
    安全生产治本攻坚、防灾减灾救灾固本强基三年行动 names 安全生产治本攻坚三年行动 (a national action of
    models/program_strategies.txt) for its first item.  ``(name, start, end)``, the span the item's."""
    if s < 2 or text[s - 1] != "、":
        return []
    name = text[s:e]
    tails = [name[k:] for k in range(1, len(name) - 1) if lex.suffix_re.fullmatch(name, k)]
    if not tails:
        return []
    out = []
    pos = s - 1
    for _ in range(_MAX_ITEMS):
        j = pos
        while j > 0 and pos - j < _MAX_ITEM and _ITEM_CHAR.match(text, j - 1):
            j -= 1
        interior = j > 0 and text[j - 1] == "、"
        if not interior:
            ls = _left_start(text, pos, lex)
            j = ls if j <= ls < pos else j
        for a in range(j, pos - 1):  # the item, or its tail when words before it are no part of it
            hit = next((text[a:pos] + t for t in tails if text[a:pos] + t in lex.known), None)
            if hit:
                out.append((hit, a, pos))
                break
        if not interior:
            break
        pos = j - 1
    return out
