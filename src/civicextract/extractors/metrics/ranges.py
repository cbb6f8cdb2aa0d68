"""Metrics, stage 2e: figures joined to their neighbours into one record, or sharing a unit.

A figure written in pieces (``3万2000人``: ``joined_pieces``), two neighbouring
numerals joined by ``、`` (``三、四十人``, ``六、七成``: ``dun_range``,
``dun_cheng``), a range with its unit at both ends (``3个至5个``:
``unit_range``), figures of a list that share the unit written after the last
(``约1800及1900宗``: ``shared_unit``) and a sign or ``零下`` before a
temperature (``below_zero``).  Each grows or reads one candidate from the
figures or words beside it; ``candidates`` decides whether it is kept.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ... import numbers as _numbers
from ...numbers import RANGE_SEP, ParsedNumber
from .figures import parse_figure
from .forms import CHENG_VERBS_BEFORE
from .hit import Hit
from .scan import Lexicon

# Patterns whose methods are called below are bound by assignment, not imported by name: CPython
# 3.11 compiles NAME.search(...) as an attribute load and a new bound method per call when an
# import binds NAME (tests/test_method_calls.py).
NUMBER_RE = _numbers.NUMBER_RE

# 3万2000人, 1亿5000万人次: a figure written in pieces, the lower piece in digits right
# after the upper piece's 万/亿 (the number reader stops at 万 before digits)
_PIECE_BEFORE_RE = re.compile(r"(?:(超过|将近|大约|约|近|超|逾|不到|不足))?(?<![\d.])(\d{1,4})([万亿])$")
_PIECE_QUALIFIER = {
    "超过": "over", "超": "over", "逾": "over", "约": "approx", "大约": "approx",
    "近": "under", "将近": "under", "不到": "under", "不足": "under",
}
_PIECE_SCALE = {"万": Decimal(10000), "亿": Decimal(100000000)}


def joined_pieces(text: str, hit: Hit) -> Hit:
    """The hit grown to take the upper piece before it (3万 of 3万2000人), else the hit."""
    s = hit.num_start
    if not text[s : s + 1].isdigit() or hit.value_max is not None:
        return hit
    p = _PIECE_BEFORE_RE.search(text, max(0, s - 10), s)
    if p is None:
        return hit
    scale = _PIECE_SCALE[p.group(3)]
    if hit.value >= scale or hit.value != hit.value.to_integral_value():
        return hit  # 3万20000人, 3万2.5人: no piece of a figure
    q = hit.qualifier if hit.qualifier != "exact" or p.group(1) is None else _PIECE_QUALIFIER[p.group(1)]
    return hit._replace(start=p.start(), num_start=p.start(2), value=Decimal(int(p.group(2)) * scale + hit.value), qualifier=q)


# 兩、三個, 三、四十人, 六、七成: two neighbouring numerals joined by 、 are one
# rough range, the first taking the second's magnitude (not a list: 一、二、三,
# 第一、二名, list numbering at a line's start).
_DUN_LOW = {c: i for i, c in enumerate("一二三四五六七八", 1)} | {"两": 2, "兩": 2}
_DUN_HIGH = {c: i for i, c in enumerate("二三四五六七八九", 2)}
_DUN_NOT_BEFORE = frozenset("、第\n一二两兩三四五六七八九十")


def dun_range(text: str, hit: Hit) -> Hit:
    s = hit.num_start
    low, high = _DUN_LOW.get(text[s - 2]), _DUN_HIGH.get(text[s])
    if low is None or high != low + 1 or (s >= 3 and text[s - 3] in _DUN_NOT_BEFORE) or s == 2:
        return hit
    scale = hit.value / high
    if hit.start != s or scale not in _DUN_SCALES:
        return hit  # (三、四十五人: the second figure is no round multiple of its first numeral)
    return hit._replace(
        start=s - 2, num_start=s - 2, value=low * scale, value_max=hit.value,
        qualifier="range" if hit.qualifier == "exact" else hit.qualifier,
    )


def dun_cheng(text: str, s: int) -> bool:
    """有六、七成居民: the verb of share stands before the range's first numeral."""
    return s >= 3 and text[s - 1] == "、" and text[s - 2] in _DUN_LOW and text[s - 3] in CHENG_VERBS_BEFORE


_DUN_SCALES = frozenset(Decimal(10) ** k for k in range(9))
_UNIT_RANGE_RE = re.compile(RANGE_SEP)


def below_zero(text: str, s: int) -> int | None:
    """Where a sign or 零下 before a temperature starts (-18℃, 零下5摄氏度), else None."""
    if s >= 1 and text[s - 1] in "-－−" and (s < 2 or not text[s - 2].isdigit()):
        return s - 1
    return s - 2 if text.startswith("零下", s - 2) and s >= 2 else None


def unit_range(text: str, tail: int, form: str, parsed: ParsedNumber) -> tuple[ParsedNumber, int] | None:
    """3个至5个, 3万平方米-5万平方米: a range with its unit written at both ends."""
    r = _UNIT_RANGE_RE.match(text, tail)
    if r is None:
        return None
    m2 = NUMBER_RE.match(text, r.end())
    if m2 is None or m2.group("pre") or m2.group("b") is not None or m2.group("post"):
        return None
    if not text.startswith(form, m2.end()):
        return None
    p2 = parse_figure(m2.group())
    if p2 is None or p2.value_max is not None or p2.percent or p2.value <= parsed.value:
        return None
    return ParsedNumber(parsed.value, p2.value, "range", parsed.percent), m2.end() + len(form)


SHARED_CHARS = frozenset("及和与、或")
_SHARED_KINDS = frozenset({"count", "measure", "percent"})
_MAX_SHARED = 6  # figures in one 、-list that wait for the unit of the last


def shared_unit(text: str, e: int, lex: Lexicon) -> re.Match | None:
    """The unit after the next figures of a list (约1800及1900宗, 120、80和60家), or None.

    Only Arabic figures share (一、二、三 is list numbering), and only a unit of
    things counted or measured: 2019和2020年, 1和2号线 stay dates and names.
    """
    for _ in range(_MAX_SHARED):
        if text[e : e + 1] not in SHARED_CHARS or not text[e + 1 : e + 2].isdigit():
            return None
        m2 = NUMBER_RE.match(text, e + 1)
        if m2 is None or m2.group("b") is not None:
            return None
        e = m2.start("post") if m2.group("post") else m2.end()
        if text[e - 1] in "%‰":
            e -= 1  # 5.2和6.1%
        um = lex.unit_re.match(text, e)
        if um is not None:
            return um if lex.units[um.group()].kind in _SHARED_KINDS else None
    return None
