"""Headed names: a programme word (行动, 工程, 机制, 攻坚战) and the words before it that say which.

``headed`` reads each programme word the lexicon's head pattern finds, walks left to where its
name starts (``candidates.left_start``) and keeps the names whose words before the head
distinguish one programme (沪苏湖铁路, 两大沙地歼灭战, 打击整治“飙车炸街”违法犯罪专项行动),
not a kind of work (一批项目, 主题活动, 健身运动).  Split from ``candidates.py`` (the other
finders, and the patterns and helpers this one shares with the quoted finder) as a stage of
its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from . import candidates as _candidates
from .candidates import (
    HEAD_CONTINUED,
    NUMERALS,
    Candidate,
    distinguishing,
    ends_with_head,
    inside,
    left_start,
    quoted_prefix,
    strip_quotes,
)
from .coordination import whole_start
from .lexicon import Lexicon

# Patterns whose methods are called below are bound by assignment, not imported by name: CPython
# 3.11 compiles NAME.search(...) as an attribute load and a new bound method per call when an
# import binds NAME (tests/test_method_calls.py).
COMPLETE = _candidates.COMPLETE
HEAD_CONTINUES = _candidates.HEAD_CONTINUES
NOT_A_NAME = _candidates.NOT_A_NAME
NUMBERED_SET = _candidates.NUMBERED_SET
_PLAN_PERIOD = _candidates._PLAN_PERIOD
SENTENCE_PUNCT = _candidates.SENTENCE_PUNCT


_CODED = re.compile(r"[+＋]|\d")
_CAMPAIGN = re.compile(r"宣传月|宣传周|活动月|百日|专项|竞赛|评比|创建|争创|整治|攻坚|[月周年]$")
_PLURAL = ("一批", "一大批", "一系列", "多个", "若干", "一些", "各类")
_NUMBERED_SET_END = re.compile(rf"[{NUMERALS}]+大$")


_DUTY_HEAD = re.compile(r"(?:长|清单|销号|包保|负责)制")
_AND = re.compile(r"[和及与]")
_COMPANY_END = re.compile(r"(?:集团|公司|局|企业|单位)$")


def headed(text: str, lex: Lexicon, quotes: list[tuple[int, int]]) -> Iterator[Candidate]:
    for m in lex.head_re.finditer(text):
        hs, he = m.start(), m.end()
        if hs > 0 and text[hs - 1] in '”’"':
            continue  # the suffix of a quoted name: handled there
        if inside(quotes, hs, he) or (text.endswith(HEAD_CONTINUED, 0, he) and HEAD_CONTINUES.match(text, he)):
            continue
        start = left_start(text, hs, 24, lex)
        if start < 0:
            continue
        if start >= 2 and text[start - 1] == "、":
            whole = whole_start(text, start, he, lex)
            if whole is not None:  # 蓝天、碧水、净土提升攻坚战: the short items share the programme word
                yield Candidate(text[whole:he], whole, he, kind="head")
                continue
        core = None
        if start > 1 and text[start - 1] in "”’" and start < hs:
            opened = _quote_before(text, start - 1)
            if opened is not None:
                # 打击整治“飙车炸街”违法犯罪专项行动, “彩虹城市·爱心妈妈”结对困境儿童关爱行动: the quote is
                # the name's distinctive part, the words after it up to the programme word belong to it
                core = text[opened + 1 : start - 1]
                if m.group() == "活动" and not _CAMPAIGN.search(text, start, hs):
                    continue  # “创投天府·周周见”投资路演活动: the quote names it, 投资路演活动 says what it is
                if m.group() == "项目" and text[start:hs] == "建设":
                    continue  # “两重”建设项目: projects under the quoted name, which the quoted finder reads (round 25)
                if m.group() == "项目" and _PLAN_PERIOD.fullmatch(core):
                    continue  # “十五五”重大项目 (session 27): the projects of a plan's period, not a programme
                if _EVENT_TAIL.search(text, start, hs) or COMPLETE.search(core):
                    continue  # “三个一批”项目建设驻马店分会场活动: an event held under the name; “桥计划”综合服务项目: work under a complete name
                prefix, pstart = quoted_prefix(text, opened, core, True, lex)
                start = pstart if prefix else opened
                name = strip_quotes(text[start:he])
                if name not in lex.generic and not NOT_A_NAME.search(name):
                    yield Candidate(name, start, he, core=core, kind="head")
                continue
        counted = False
        if start == hs:
            ns = _NUMBERED_SET_END.search(text, max(0, hs - 4), hs)
            if ns:
                start = ns.start()  # …”等五大行动: the leading count is the name
        elif start >= 2 and NUMBERED_SET.fullmatch(text, start - 2, start):
            start -= 2  # 两大沙地歼灭战: the count of a numbered set is part of its name
            counted = True
        modifier = text[start:hs]
        if "和" in modifier or "及" in modifier or "与" in modifier:
            start = _after_named_conjunct(modifier, start, lex)
            modifier = text[start:hs]
        head = m.group()
        if head == "计划" and _PLANS_TO.match(text, he):
            continue  # 杭州机场计划试验双跑道…, 北山景区管委会计划年内新开…: the verb "plans to", not a plan's name
        if head == "活动" and not _CAMPAIGN.search(modifier) and not lex.known_re.search(modifier):  # type: ignore[union-attr]
            continue  # 寻访雷锋足迹主题活动, 系列科学考察活动: events; 违法建设宣传月活动 is a campaign
        if head == "运动" and _SPORT.search(modifier):
            continue  # 社区居民健身运动, 冰雪运动: sport, not a mass campaign
        if head.endswith("模式") and not _CODED.search(modifier):
            continue  # 政企合作模式, 智能制造新模式 describe a way of working; named ones are quoted or coded
        if text.endswith(_PLURAL, max(0, start - 4), start) or text.endswith(_PLURAL, start, hs):
            continue  # 一批未来产业领域技术攻关项目, 投建运营一批项目: a kind of project, not one
        if modifier[:1] == "最":
            continue  # 中国在建最大引水工程 (session 27): a superlative describes the work the sentence names, not a name
        if "一批" in modifier or "一系列" in modifier:
            continue  # 精准布局一批重大关键技术攻关项目 (session 27): a count inside the words before the programme word
            # counts a kind of work, and the words before the count are the sentence's verb
        if head in ("机制", "新机制") and ("和" in modifier or "与" in modifier) and len(modifier) > 8:
            continue  # 人才培养与经济社会发展需要适配机制: a relation between two kinds of work
        need = 1 if _DUTY_HEAD.match(head) else 4
        if NUMBERED_SET.fullmatch(modifier):
            need = 0  # 等五大行动, 十大工程: a numbered set of named parts
        elif counted:
            need = 2
        if not modifier or not distinguishing(modifier, lex, need):
            continue
        name = text[start:he]
        tail = _AND.split(name)[-1]
        if name in lex.generic or modifier in lex.generic or tail in lex.generic or NOT_A_NAME.search(name):
            continue
        if _COMPANY_END.search(modifier):
            continue  # a company's works, not a programme
        if head in _WORK_ACTS and _works_joined(modifier):
            continue  # 西南岩溶国家公园和南宁国家植物园创建: two named works and the act, each work read by recall (round 25b)
        yield Candidate(name, start, he, kind="head")


def _after_named_conjunct(modifier: str, start: int, lex: Lexicon) -> int:
    """Where the last programme's name starts when ``A和B`` joins two named programmes (session 27).

    实施提振消费专项行动和服务消费提质惠民行动: a part before 和 / 及 / 与 that ends in a programme word of its own
    is a name (its own head match proposes it); the programme word after the conjunction heads only the part
    after it.  Four or more characters must stand on each side, so a short code or a single word before the
    conjunction (攻坚和…) keeps the whole.
    """
    k = max(modifier.rfind("和"), modifier.rfind("及"), modifier.rfind("与"))
    if k < 4 or len(modifier) - k - 1 < 4 or not ends_with_head(modifier[:k], lex):
        return start
    return start + k + 1


# The acts done to a named work (创建, 建设): before one of them, ``A和B`` whose A is a named work or zone is a
# list of works, not one programme's name.
_WORK_ACTS = frozenset(("创建", "建设"))


def _works_joined(modifier: str) -> bool:
    first, sep, _ = modifier.partition("和")
    if not sep or len(first) < 4:
        return False
    return any(m.end() == len(first) for m in _work_ends().finditer(first))


@lru_cache(maxsize=1)
def _work_ends() -> re.Pattern[str]:
    # recall imports candidates, which imports this module: its pattern is read on first use
    from .recall import _WORK_END_ANY

    return _WORK_END_ANY


# What follows a bare 计划 when it is the verb "plans to" (round 25): a time or the act planned (candidates'
# HEAD_CONTINUES reads 计划在/于 + a time and 计划投资/开工, round 16).  Not 实施, 开展, 落地, 报名, 招募 or 在 + a
# place, which follow a plan's name as often (西部计划招募, 增收计划实施以来, 星火助学计划在全县推开).
_PLANS_TO = re.compile(r"(?:今年|明年|年内|年底|近期|择期|试验|开通|新开|投入|新增|发射|举办)")
_SPORT = re.compile(r"(?:健身|体育|冰雪|户外|水上|球类|田径|竞技|冬季|夏季)$")  # 冬季, 夏季: round 25b (亚洲冬季运动高水平训练中心)
_EVENT_TAIL = re.compile(r"会场|仪式|大会|现场|发布会|推进会|启动会|签约")


def _quote_before(text: str, close: int) -> int | None:
    """Where the short quoted name closing at ``close`` opens, or None (speech, a list, too long)."""
    opening = "“" if text[close] == "”" else "‘"
    q = text.rfind(opening, max(0, close - 13), close)
    if q < 0 or close - q < 3:
        return None
    core = text[q + 1 : close]
    if SENTENCE_PUNCT.search(core) or "”" in core or "’" in core or "，" in core:
        return None
    return q
