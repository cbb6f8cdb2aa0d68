"""What an article says a programme consists of, and the names it links to it.

Components come from the enumeration attached to the name:

* a quoted list before it: 按照“定领导、定部门、定任务”的“五定”要求
* a list ending in 等 right before it: 开展了集贸市场及周边环境整治、文明养宠等“10+5”专项…
* a list directly before a numbered name: 藏羊、牦牛、羔羊、奶牛、肉牛“五大产业基地”
* a list after it: “七大工程”，包括：A、B和C。 / “五个一”的宣传形式，即A、B、C。
"""

from __future__ import annotations

import re

from . import candidates as _candidates
from .candidates import Candidate

# Patterns whose methods are called below are bound by assignment, not imported by name: CPython
# 3.11 compiles NAME.search(...) as an attribute load and a new bound method per call when an
# import binds NAME (tests/test_method_calls.py).
LEFT_STOPS = _candidates.LEFT_STOPS

CN_DIGITS = {
    "一": 1,
    "二": 2,
    "两": 2,
    "双": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
}

_QUOTED_LIST = re.compile(r"“([^“”]{2,80}、[^“”]{2,80})”[的等]?$")
_LIST_ITEM_MAX = 24


def _before_list(before: str) -> tuple[str, str | None] | None:
    """The list of items set off by 、 that ends ``before`` (no other punctuation in it), and
    the 等 or 的 after its last item: ``(items, tail)``.

    What ``((?:[^、]{1,24}、)+[^、]{1,24}?)(等|的)?$`` found, without its backtracking (the
    nested quantifiers took milliseconds per mention on a long run of 、).
    """
    parts = before.split("、")
    last, tail = parts[-1], None
    if len(last) >= 2 and last[-1] in "等的":
        last, tail = last[:-1], last[-1]
    if not 1 <= len(last) <= _LIST_ITEM_MAX:
        return None
    # the leftmost start: the earliest part after which every part is a whole item
    k = len(parts) - 2
    while k > 0 and 1 <= len(parts[k]) <= _LIST_ITEM_MAX:
        k -= 1
    while k < len(parts) - 1 and not parts[k]:
        k += 1
    if k >= len(parts) - 1:
        return None
    first = parts[k][-_LIST_ITEM_MAX:]  # an overlong part: the list starts inside it
    return "、".join([first, *parts[k + 1 : -1], last]), tail


# 即 as "namely", not 即日 / 即将 / 即可 (…“绿影发现家”活动即日起到10月15日…).
_AFTER_LIST = re.compile(
    r"^[^，。；\n]{0,12}?[，,]?(?:即(?![日将可使便时])|包括|分别是|主要包括)[：:]?([^。；\n]{4,300})"
)
_AFTER_COMMAS = re.compile(r"^[，,]([^。；\n]{4,120})。")


_COUNT_WORD = re.compile(r"([一二两三四五六七八九十])(?:[个大张条项种类所]|.$)")
_PAIR_WORD = re.compile(r"(双)[个大张条项种类所]")


_COUNT_FIRST = frozenset("一二两三四五六七八九十双")  # the first characters _COUNT_WORD and _PAIR_WORD match


def _count(name: str) -> int | None:
    """How many parts a numbered name announces: 五定 -> 5, 三张清单 -> 3; 三湘护农 announces none."""
    if name[:1] not in _COUNT_FIRST:
        return None  # (most names: no pattern call)
    m = _COUNT_WORD.match(name) or _PAIR_WORD.match(name)
    return CN_DIGITS.get(m.group(1)) if m else None


_ITEM_SPLIT = re.compile(r"[、，,]")
_QUOTE_MARK = re.compile("[“”‘’]")


def _items(s: str) -> list[str]:
    parts = [p.strip() for p in _ITEM_SPLIT.split(s) if p.strip()]
    if parts and "和" in parts[-1]:
        a, _, b = parts[-1].rpartition("和")
        if a and b:
            parts[-1:] = [a, b]
    return [p.strip("“”‘’") for p in parts if not _QUOTE_MARK.search(p.strip("“”‘’"))]


def _first_item(s: str) -> str:
    """Cut the verb phrase off the first item: 开展了集贸市场及周边环境整治 -> 集贸市场及周边环境整治."""
    start = 0
    for m in LEFT_STOPS.finditer(s):
        if m.group() not in "和及与个":
            start = m.end()
    # a list cut at a quote can start with the conjunction of the sentence before:
    # …“三个明显改善”和重污染天气、劣Ⅴ类断面… -> 重污染天气
    return s[start:].lstrip("和及与并")


def _start(c: Candidate) -> int:
    return c.start


def components_for(text: str, group: list[Candidate], name: str, *, fast: bool = True) -> tuple[str, ...]:
    """The parts the article lists for the programme ``name``; ``fast=False``: without the gates on
    the lists before and after a mention (the reference of tests/test_perf12_perfprog12.py)."""
    n = _count(name)
    for c in sorted(group, key=_start) if len(group) > 1 else group:
        if c.kind not in ("quote", "head"):
            continue
        qs = c.start - 1 if c.start > 0 and text[c.start - 1] in "“‘" else c.start
        # Only the clause right before the name can hold its list: cut there first, so the
        # anchored patterns below never scan far (they backtrack over every start position).
        lo = max(0, qs - 200)
        if text.endswith(("”", "”的", "”等"), lo, qs):  # “A、B、C”等五大行动
            m = _QUOTED_LIST.search(text[text.rfind("“", lo, qs - 1) : qs] if text.find("“", lo, qs) >= 0 else "")
            if m and (len(_items(m.group(1))) == n if n else not m.group().endswith("”")):
                # “三大支撑、八项重点”“发展六仗”: a list of another count, or a quoted list set right
                # before another quote without 的/等 of a name that announces no count, is another name
                return tuple(_items(m.group(1)))
        # Both windows are sliced only where a list can be (a 、 before, a cue word or comma after):
        # most candidates have neither, and the slices were a third of this function's time.
        # (the clause [bs, qs) lies in the window [lo, qs): without a 、 in the window, none in the clause)
        listed = None
        # A list before the mention is taken only with as many items as the name announces (n) or
        # with 等 right before it (its tail, the last character before qs): for a name announcing no
        # count and no 等 there, nothing below can be taken (most mentions: no slices, no rfinds).
        if (not fast or n or (qs > 0 and text[qs - 1] == "等")) and text.find("、", lo, qs) >= 0:
            rfind = text.rfind
            cut = max(
                rfind("，", lo, qs), rfind("。", lo, qs), rfind("；", lo, qs), rfind("：", lo, qs),
                rfind("“", lo, qs), rfind("”", lo, qs), rfind("\n", lo, qs),
            )
            bs = max(cut + 1, lo)  # no break in the window: the window, not the whole text
            if text.find("、", bs, qs) >= 0:
                before = text[bs:qs]
                if cut >= 0 and text[cut] in "“”" and 0 <= before.find("、") <= 3:
                    # cut inside a quoted item (算力“四网融合”工程、城市…工程等“十大…项目”): the first item is a fragment
                    before = before[before.index("、") + 1 :]
                listed = _before_list(before) if "、" in before else None
        if listed and "等" in listed[0]:
            listed = None  # 金龙社区、三苏镇等一大批亮丽的“双创”: the list is of something else
        if listed and (listed[1] == "等" or (n and len(_items(listed[0])) == n)):
            items = _items(listed[0])
            items[0] = _first_item(items[0])
            items = [i for i in items if i]
            if listed[1] == "等" or len(items) == n:
                return tuple(items)
        # after = text[c.end : c.end + 320].lstrip("”’"), in positions: text[a:b]
        b = min(c.end + 320, len(text))
        a = c.end
        while a < b and text[a] in "”’":
            a += 1
        cue = text.find("即", a, min(a + 16, b)) >= 0 or text.find("包括", a, min(a + 20, b)) >= 0
        cue = cue or text.find("分别是", a, min(a + 20, b)) >= 0
        ordinal = text.find("一是", a, min(a + _ORDINAL_LEAD, b)) >= 0
        # (a list after a comma is taken only with as many items as the name announces)
        if not (cue or ordinal or ((n or not fast) and text.startswith(("，", ","), a, b))):
            continue  # none of the lists below can follow
        after = text[a:b]
        m = _AFTER_LIST.match(after) if cue else None
        if m:
            # an explanation after 即 is a list only where its items are set off by 、
            items = _items(m.group(1).split("，")[0]) if "、" in m.group(1) else []
            if len(items) >= 2:
                return tuple(items)
        m = _AFTER_COMMAS.match(after)
        if m and n and m.group(1).count("、") >= n - 1:
            # only items set off by 、 (“五个十大”，选树一批…，打造一批… lists actions, not parts)
            items = _items(m.group(1))
            if len(items) == n:
                return tuple(items)
        items = _ordinal_items(after) if ordinal else []
        items = [i for i in (_first_item(i) for i in (items[:n] if n else items)) if i]
        if len(items) >= 2 and (n is None or len(items) == n):
            return tuple(items)  # 一是实施强基工程: the verb is not the part's name
    return ()


# 实施“五大行动”：一是A行动，…；二是B行动，…  The items start with 一是, 二是 … in order,
# close after the name; each item is the clause up to its first punctuation mark.
_ORDINAL_LEAD = 12
_ORDINALS = "一二三四五六七八九十"
_ORDINAL_ITEM = re.compile(r"([一二三四五六七八九十])是([^，。；：、\n]{2,24})")


def _ordinal_items(after: str) -> list[str]:
    items: list[str] = []
    for m in _ORDINAL_ITEM.finditer(after):
        if m.group(1) != _ORDINALS[len(items) % len(_ORDINALS)] or len(items) >= len(_ORDINALS):
            break
        if not items and m.start() > _ORDINAL_LEAD:
            break
        items.append(m.group(2))
    return items


_SHORT_FOR = re.compile(r"[（(](?:以下)?简称“([^“”]{1,12})”[）)]")


def explicit_aliases(text: str) -> list[tuple[int, str]]:
    """``(where the full name ends, abbreviation)`` where the article says so: X（以下简称“Y”）."""
    if "简称" not in text:
        return []  # the pattern opens with a class: the engine tries every position
    return [(m.start(), m.group(1)) for m in _SHORT_FOR.finditer(text)]
