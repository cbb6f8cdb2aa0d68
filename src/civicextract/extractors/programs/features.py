"""Features of one programme record for the learned scorer (``scorer.py``).

A record is described by what found it (the candidate kinds), the shape of its
name (length, head word, first and last characters, numerals, quotes, place
prefix, descriptors) and the words around its first mention.  Every feature is
a string; the scorer sums the weights of the ones present.  Work is per record
(a few dozen string operations), never per character of the article.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ...records import Program
from ...regexrun import first_gate, match_gate
from . import candidates as _candidates
from . import recall as _recall
from .candidates import LEFT_STOP_LASTS, distinguishing, numbered, place_match
from .lexicon import Lexicon

# Patterns whose methods are called below are bound by assignment, not imported by name: CPython
# 3.11 compiles NAME.search(...) as an attribute load and a new bound method per call when an
# import binds NAME (tests/test_method_calls.py).
LEFT_STOPS = _candidates.LEFT_STOPS
DENG_CLASS = _recall.DENG_CLASS

_HAN = re.compile(r"[\u4e00-\u9fff]")
# Shape of a name, one regex per end of it (a call costs more than the alternation):
# how it starts, what class of word ends it, what it has inside.
_LEAD = re.compile(
    r"(?P<verb_lead>推进|推动|加快|实施|开展|深化|完善|健全|建立|打造|构建|加强|提升|促进|落实|支持|服务|融入|对接|聚焦|"
    r"用于|查看|调研|主动|深度|全力|大力|力争|争取|围绕|坚持|持续|巩固|拓展|统筹|做好|抓好|参与|参加|组织)"
    r"|(?P<plural_lead>一批|多个|若干|各类|各项|\d+个|约|超|近|新)"
)
_LEAD_FIRST = match_gate(_LEAD)
_END_WORDS = {
    "strategy_end": "一体化发展|协同发展|一体化|大开发|新通道|示范区|先行区|试验区|引领区|城市群|都市圈|经济带|经济圈|经济区",
    "infra_end": "高铁|铁路|高速公路|高速|城际|通道|大桥|特大桥|枢纽|运河|水库|机场|港|航道|隧道|电站|核电|线|延伸|二期|三期|一期"
    "|灌区|国家公园|油田|气田",  # (round 12: 复兴油田 in a list of works)
    "event_end": "会议|大会|仪式|论坛|博览会|展会|节|赛|讲座|培训|座谈会|发布会",
}
_END_CLASS = re.compile("(?:" + "|".join(f"(?P<{g}>{w})" for g, w in _END_WORDS.items()) + ")$")
# A match of _END_CLASS ends the name (a name holds no newline, before which $ also matches):
# its last character is one of its words' last characters.
_END_LASTS = frozenset(w[-1] for words in _END_WORDS.values() for w in words.split("|"))
# A count or a clause inside a name: 约40项重大科技攻关项目, 现场共计签订招商引资项目, 左岸47座水库.
_INSIDE = re.compile(
    r"(?P<count_inside>\d+(?:多|余)?[个项条家批座处所台辆]|约|共计|多个|更多|一批|[拟预]计|力争)"
    r"|(?P<verb_inside>签订|签约|招募|审批|核准|解决|赢得|融入|推介|进行|建设深|取得|实现|完成|达到|提升至|投入|新增|累计|面向|进一步|第一时间)"
    r"|(?P<conjunction>[和与及、，])"
    r"|(?P<clause_word>[是有了吗呢吧])"  # a sentence someone wrote in quotes: 上海的鸟类有519种
)
_INSIDE_GATE = first_gate(_INSIDE) or re.compile("")
_LEFT_CONTEXT = 6
_COUNT_WINDOW = 20000  # occurrences are counted in the first 20k characters: constant work per record
_DIGIT = re.compile(r"\d")
_LEN = ("2", "2", "2", "3", "4", "5-6", "5-6", "7-9", "7-9", "7-9", "10-14", "10-14", "10-14", "10-14", "10-14")
_COUNT = ("1", "1", "2", "3-4", "3-4")
_QUOTES = '“‘"'
_AFTER_WORK = ("工作", "活动", "行动", "”工作", "”活动", "”行动", "”建设", "建设")


def record_features(text: str, rec: Program, kinds: frozenset[str], lex: Lexicon) -> list[str]:
    """The features of ``rec`` (names in ``doc.text`` coordinates), distinct strings in an order fixed whatever the hash seed."""
    f, c, group = feature_parts(text, rec, kinds, lex)
    f.extend(c)
    g = group + "&"
    f.extend([g + x for x in c])
    f.append("group=" + group)
    return f


def feature_parts(text: str, rec: Program, kinds: frozenset[str], lex: Lexicon) -> tuple[list[str], list[str], str]:
    """``record_features`` before its crossing: (the features up to the crossed ones, the ones crossed
    with the group, the group).  The scorer reads the crossed weights from a table per group
    (``Scorer.keep_parts``) instead of building and hashing a dozen joined strings per record.

    The stages append to the two lists in turn (the order of each list is the model's)."""
    name = rec.name
    n = len(name)
    # c: the features crossed with what found the record (a short quote is another thing than a
    # short object); collected apart so that crossing is one pass over a dozen strings.
    c = [
        "len=" + (_LEN[n] if n < 15 else "15+"),
        "mentions=" + (_COUNT[len(rec.mentions)] if len(rec.mentions) < 5 else "5+"),
        "end1=" + name[-1:],
        "end2=" + name[-2:],
    ]
    kind_features, rule, group = _kind_parts(kinds)
    f = list(kind_features)
    quoted = bool(rec.mentions) and _quoted(text, rec.mentions[0][0])
    is_numbered = numbered(name)
    _support_features(rec, kinds, lex, rule, quoted, is_numbered, f)
    _shape_features(name, is_numbered, f, c)
    _head_features(name, lex, f, c)
    _ending_features(name, lex, f)
    if rec.mentions:
        s, e = rec.mentions[0]
        _mention_features(text, s, e, quoted, f, c)
    _article_features(text, name, f)
    return f, c, group


def _support_features(
    rec: Program, kinds: frozenset[str], lex: Lexicon, rule: bool, quoted: bool, is_numbered: bool, f: list[str]
) -> None:
    """What supports the record besides its finders: aliases, components, a known entry, and whether
    a rule finder's name is vetted."""
    if rec.aliases:
        f.append("aliases")
    if rec.components:
        f.append("components")
    known = _known(rec, lex)
    if known:
        f.append("known")
    if rule and (
        "quote" in kinds or "known" in kinds or known or quoted or (bool(rec.components) and is_numbered)
    ):
        f.append("vetted")  # as vetted() says (_listed_set), without computing its parts twice


def _shape_features(name: str, is_numbered: bool, f: list[str], c: list[str]) -> None:
    """The shape of the name: numbered, a code, no Han, a place before it, how it opens, a count or
    a clause inside it, a digit."""
    if is_numbered:
        c.append("numbered")
    if "+" in name:  # CODE's matches all hold a +: a search is never needed
        f.append("code")
    # (a name opening with a Han character has one: no search; _LEAD's first characters tested
    # before its match, which most names fail)
    first = name[:1]
    if not ("\u4e00" <= first <= "\u9fff" or _HAN.search(name)):
        f.append("no_han")
    if place_match(name):
        f.append("place_prefix")
    m = _LEAD.match(name) if first in _LEAD_FIRST or first.isdecimal() else None
    if m:
        f.append(m.lastgroup)  # type: ignore[arg-type]  # (its branches are all named groups)
    g = _INSIDE_GATE.search(name)  # (the engine enters _INSIDE at every position: its class first)
    if g is not None and _INSIDE.search(name, g.start()):  # (most names have none: no set built for them)
        # (dict.fromkeys, not a set: the first-seen order whatever the hash seed, so the scorer sums
        # the weights in one order in every process)
        inside = (m.lastgroup for m in _INSIDE.finditer(name) if m.lastgroup != "verb_inside" or m.start())
        f.extend(dict.fromkeys(inside))  # type: ignore[arg-type]
    if _DIGIT.search(name):
        f.append("digit")


def _head_features(name: str, lex: Lexicon, f: list[str], c: list[str]) -> None:
    """Where the name's programme word (its head) stands, what comes before it, and the words of
    that modifier."""
    n = len(name)
    head = lex.head_re.search(name)
    head_start = n
    if head is None:
        c.append("no_head")
    elif head.end() == n:
        c.append("ends_head")
        head_start = head.start()
        modifier = name[:head_start]
        if not distinguishing(modifier, lex, 2):
            f.append("weak_modifier")
        elif len(modifier) >= 7:
            f.append("long_modifier")
        c.append("head=" + head.group())
    else:
        f.append("inner_head")
    _word_features(name, head_start, f, c)


def _ending_features(name: str, lex: Lexicon, f: list[str]) -> None:
    """The class of word that ends the name (a strategy, a work, an event), and a generic name."""
    if name[-1:] in _END_LASTS or name[-1:] == "\n":
        m = _END_CLASS.search(name, max(0, len(name) - 6))  # its words are five characters at most, then $
        if m:
            f.append(m.lastgroup)  # type: ignore[arg-type]  # (named groups only)
    if name in lex.generic:
        f.append("generic")


def _mention_features(text: str, s: int, e: int, quoted: bool, f: list[str], c: list[str]) -> None:
    """The first mention, ``text[s:e]``: is it quoted, what is written right before and after it."""
    if quoted:
        c.append("quoted")
    before = text[max(0, s - _LEFT_CONTEXT) : s].lstrip(_QUOTES)
    # only a stop ending at the last or the one before counts: one of those characters ends a stop word
    if before[-1:] in LEFT_STOP_LASTS or before[-2:-1] in LEFT_STOP_LASTS:
        stop = None  # the last stop: a search per stop (a finditer's iterator costs more)
        m = LEFT_STOPS.search(before)
        while m is not None:
            stop = m
            m = LEFT_STOPS.search(before, m.end())
        if stop is not None and stop.end() >= len(before) - 1:
            f.append("left_stop=" + stop.group())
    prev = text[s - 1] if s > 0 else "^"
    if prev in _QUOTES:
        prev = text[s - 2] if s > 1 else "^"
    c.append("prev=" + (prev if "\u4e00" <= prev <= "\u9fff" else "punct"))
    nxt = text[e : e + 1].lstrip('”’"') or text[e + 1 : e + 2]
    c.append("next=" + (nxt if nxt and "\u4e00" <= nxt <= "\u9fff" else "punct"))
    # the first item of a list that ends in a kind of works (莱临、德商、聊邯长铁路; 雄商、济滨高铁):
    # the items share that word, each names one line or work
    if text.startswith("、", e) and _SHARED_WORKS.match(text, e):
        f.append("shared_works")
    if s < 120:
        f.append("early")
    # both end at s ($; or before a newline there): the character before s ends one of their words
    last = text[s - 1] if s else ""
    if (last in _COUNTED_LASTS or last == "\n") and _COUNTED.search(text, max(0, s - 5), s):
        f.append("counted_before")
    if (last in _AFTER_VERB_LASTS or last == "\n") and _AFTER_VERB.search(text, max(0, s - 5), s):
        c.append("after_verb")
    if text.startswith(_AFTER_WORK, e):
        f.append("work_after")
    if "等" in text[e : e + 3] or text.startswith("、", e, e + 2):  # (most names have neither after them)
        listed = DENG_CLASS.match(text, e)
        if listed:
            f.append("deng=" + listed.group(1))  # one of a class: “天目云贷”等低利率贷款产品


def _article_features(text: str, name: str, f: list[str]) -> None:
    """The article: how often it repeats the name, whether its first line holds it, its length."""
    _, first_line, doc = _article_parts(text)
    # A name the article repeats, or puts in its first line, is more likely one it names on purpose.
    if len(name) >= 2:
        k = text.count(name, 0, _COUNT_WINDOW)
        f.append("occurs=" + ("1" if k <= 1 else "2" if k == 2 else "3+"))
        if name in first_line:
            f.append("first_line")
    f.append(doc)


_LAST_ARTICLE: tuple[str | None, str, str] = (None, "", "")


def _article_parts(text: str) -> tuple[str | None, str, str]:
    """``(text, its first line (at most 200 characters), its doc= feature)``: the same for every record
    of an article, computed once (one entry, read and replaced as a whole, as quote_matches does)."""
    global _LAST_ARTICLE
    last = _LAST_ARTICLE
    if last[0] is not text:
        nl = text.find("\n", 0, 200)
        # The genre shows in the length: a work report names dozens of programmes, a local news item one or two.
        doc = "doc=" + ("short" if len(text) < 1500 else "medium" if len(text) < 5000 else "long")
        last = _LAST_ARTICLE = (text, text[: nl if nl > 0 else 200], doc)
    return last


@lru_cache(maxsize=256)  # a set of kind names: a few dozen combinations occur
def _kind_parts(kinds: frozenset[str]) -> tuple[tuple[str, ...], bool, str]:
    """What the kinds that found a record give: their features, whether a rule finder is among
    them, and the group its features are crossed with."""
    rule = not kinds.isdisjoint(RULE_KINDS)
    # sorted: a set's order follows the per-process hash seed, and the scorer's float sum with it
    features = ("bias", "nkinds=" + str(min(len(kinds), 3)), *["kind=" + k for k in sorted(kinds)])
    return features, rule, "rule" if rule else "wide:" + "+".join(sorted(kinds))


def vetted(text: str, rec: Program, kinds: frozenset[str], lex: Lexicon) -> bool:
    """A rule finder's name the scorer need not judge: quoted, a known programme, or a listed set.

    Held out, those are right nine times in ten (192 of 208 in dev + fit); the rule
    finders' unquoted names (招商引资项目, 高端文旅项目) are where the scorer's veto pays,
    and judging only them keeps the cost of scoring to a fraction of the records.
    """
    if kinds.isdisjoint(RULE_KINDS) or "quote" in kinds or "known" in kinds:
        return not kinds.isdisjoint(RULE_KINDS)
    return _known(rec, lex) or (bool(rec.mentions) and _quoted(text, rec.mentions[0][0])) or _listed_set(rec)


def _listed_set(rec: Program) -> bool:
    """A numbered set whose parts the article lists (实施“A、B、C、D、E”等五大行动): a name by the spec."""
    return bool(rec.components) and numbered(rec.name)


def _known(rec: Program, lex: Lexicon) -> bool:
    return rec.name in lex.known or (bool(rec.aliases) and any(a in lex.known for a in rec.aliases))


def _quoted(text: str, s: int) -> bool:
    return (s > 0 and text[s - 1] in _QUOTES) or text[s : s + 1] in ("“", "‘")


def _word_features(name: str, head_start: int, f: list[str], c: list[str]) -> None:
    """What the words of the name before its programme word are (jieba's part-of-speech tags).

    Why: a generic description (招商引资项目, 高端文旅项目) is common nouns and verbs before
    its programme word; a name carries a place, a person's or a proper name, an
    abbreviation (沪苏湖铁路, 陇电入川工程) or a number.  One tagger call per record.
    """
    if not head_start:
        f.append("mod=none")
        return
    mf, mc = _modifier_features(name[:head_start])
    f.extend(mf)
    c.extend(mc)


@lru_cache(maxsize=1 << 12)  # a modifier recurs across articles (乡村振兴, 城市更新): tagged once
def _modifier_features(modifier: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``_word_features``' features of one modifier: (uncrossed, crossed)."""
    f: list[str] = []
    words = _tag(modifier)
    tags = {_TAG_CLASS.get(t) or t[:1] for _, t in words}
    c = ["mod_tag=" + t for t in sorted(tags)]  # sorted: see record_features
    f.append("mod_words=" + ("1" if len(words) == 1 else "2" if len(words) == 2 else "3+"))
    if tags <= _COMMON_TAGS:
        c.append("mod_common")
    # proper names jieba does not tag as such: a province's one-character name (湘猪, 津潍, 沪苏湖)
    # or a road, river or island (兴联路, 沅水, 长兴岛)
    if _PROVINCE.search(modifier):
        c.append("mod_province")
    if _FEATURE_NAME.search(modifier):
        f.append("mod_geo")
    f.append("mod_last=" + words[-1][0])
    return tuple(f), tuple(c)


# jieba's tags folded to a few classes: proper names (places, people, organisations, other
# proper nouns, abbreviations), numerals, foreign letters, and the first letter for the rest.
_TAG_CLASS = {"ns": "place", "nr": "person", "nrt": "person", "nrfg": "person", "nt": "org", "nz": "proper",
              "j": "abbr", "m": "num", "mq": "num", "eng": "eng", "x": "x"}
_COMMON_TAGS = frozenset({"n", "v", "a", "b", "d", "f", "s", "t", "l", "i", "u", "p", "c"})
_PROVINCE = re.compile("[京津沪渝冀豫辽湘皖鲁苏浙赣鄂桂甘晋陕闽粤琼黔滇蜀渝]")
_FEATURE_NAME = re.compile(r"[\u4e00-\u9fff](?:路|街|大道|河|江|湖|水|山|岛|湾|峡)")
_SHARED_WORKS = re.compile(
    r"(?:、[\u4e00-\u9fff0-9]{1,10}?){1,6}?(?:铁路|高铁|城际|高速公路|高速|机场|水库|枢纽|大桥|航道|运河|通道)"
)
_COUNTED = re.compile(r"(?:\d+|[一二两三四五六七八九十百千几多数]+)(?:个|项|批|类|大|余个|多个)$|(?:一批|一些|各类|多个|若干)$")
_COUNTED_LASTS = frozenset("个项批类大些干")  # the last characters of _COUNTED's words


def _tag(s: str) -> list[tuple[str, str]]:
    global _TAGGER
    if _TAGGER is None:
        _TAGGER = _tagger()
    return _TAGGER(s)


_TAGGER: Callable[[str], list[tuple[str, str]]] | None = None


@lru_cache(maxsize=1)
def _tagger():
    try:
        import rjieba

        return rjieba.tag
    except ImportError:  # plain jieba: the same dictionary and tags, slower
        import jieba.posseg

        return lambda s: [(w.word, w.flag) for w in jieba.posseg.lcut(s)]


RULE_KINDS = frozenset({"quote", "head", "known", "item", "title", "linked"})
_AFTER_VERBS = "实施|推动|推进|开展|深化|落实|融入|建设|加快|获批|创建|建成|投用|开工|启动|共建|打造|完成|参与|推出|举办|发起|围绕"
_AFTER_VERB = re.compile(rf"(?:{_AFTER_VERBS})[“‘\"]?$")
_AFTER_VERB_LASTS = frozenset([*(w[-1] for w in _AFTER_VERBS.split("|")), "“", "‘", '"'])
