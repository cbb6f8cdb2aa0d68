"""Metrics, stage 2c: counts of people, and what a bare 万/亿 figure counts.

A bare ``万``/``亿`` figure has no unit; it counts people when a people word
stands near it (``近7万群众``, ``总人口超过6万``: ``person_near``) and the
counted noun right after it otherwise (``3.78万农牧民``: ``noun_after``); a
``not`` form that is itself a people word (``380万市民``) blocks no count
(``people_word_covers``).  A small group already named (``3名被告…3人``,
``四名被告…判四人``, ``其姐姐和姐夫两人``) is referred back to by its number and
counted once (``group_named_before``, ``group_named_before_cn``,
``back_reference``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .context import list_before
from .phrases import CLAUSE_STOPS, HARD_STOPS, RIGHT_WINDOW
from .scan import Lexicon
from .tagging import tags


def people_word_covers(text: str, e: int, end: int, lex: Lexicon) -> bool:
    """A people word (村民, 市民, 女生) starts at e and reaches at least to end."""
    pp = lex.person_first.get(text[e : e + 1])
    pm = None if pp is None else pp.match(text, e)
    return pm is not None and pm.end() >= end


# After a bare 万/亿 figure with no unit and no people word near, the segmenter's noun
# that follows is what is counted when its head is a head of counted things: people
# (农牧民, 入场人士, 打工仔), households, animals, views (3.78万农牧民, 400万浏览次数, 6亿流浪
# 动物: the spec's 5.2万监测对象).  Other nouns after a bare 万 are mostly money with no
# currency word (40万罚金, 6亿行政费, 3000亿工程费), which is no metric.
_NOUN_TAGS = frozenset({"n", "nz", "vn", "v"})
_COUNTED_HEAD_RE = re.compile(r"(?:[民者员工生童友众士属兵警师客手迷仔户]|动物|次数|人次|对象|主体|家庭|企业|车辆|设备|终端)$")
_MONEY_CHARS_RE = re.compile(r"[元币金款费资税价钱贷债]")


def noun_after(text: str, e: int) -> str | None:
    """The counted noun right after a bare 万/亿 figure (农牧民 in 3.78万农牧民就业), or None."""
    if not ("\u4e00" <= text[e : e + 1] <= "\u9fff"):
        return None
    w = ""
    for word, tag in tags(text[e : e + 8])[:2]:
        if tag not in _NOUN_TAGS or len(w) + len(word) > 6:
            break
        w += word
        if _COUNTED_HEAD_RE.search(w):
            return None if _MONEY_CHARS_RE.search(w) or len(w) < 2 else w
    return None


# Words before N人 that make it a new count (等4人, 一行3人: the names listed; 另有3人, 共5人, 约4人)
_NEW_COUNT_BEFORE = frozenset("等另共约近逾超有余多行")  # (一行3人: the party just named)
_BACK_MAX = 20  # a small group of people is referred back to by its number; crowds are not
_BACK_WINDOW = 3000  # how far back the group may have been named (a long court report)
_AMONG_BEFORE_RE = re.compile(r"(?:中|其中|当中|之中)[，,]?$")


def group_named_before(text: str, s: int, core: str, prev: str | None) -> bool:
    """3人 after 3名被告 (or 3名涉案的被告) earlier in the text: the same people again, no new count.

    Court and council reports name a small group once with 名 or 位 and refer to it
    afterwards by its number (判處3人…, 3人當時…): the gold counts the group once.
    """
    if not core.isdigit() or int(core) > _BACK_MAX or (prev and (prev in _NEW_COUNT_BEFORE or prev.isdigit())):
        return False
    if _AMONG_BEFORE_RE.search(text, max(0, s - 4), s):
        return False  # 搜救出的15名被困人员中，4人已无生命危险: some of a larger group, a count of its own
    # (名 and 位 count people; 第3名, 前3名 are ranks, 3位数 digits)
    # (a window, not the whole text before: a text of many such figures stays linear)
    return _named_group_re(core).search(text, max(0, s - _BACK_WINDOW), s) is not None


# The patterns of a group named before, one per numeral: compiled once each (a few dozen at
# most: digits up to _BACK_MAX and _CN_SMALL's forms), not looked up in re's shared cache per
# call, which the pipeline's other patterns evict between passes (a compile each time).
@lru_cache(maxsize=64)
def _named_group_re(core: str) -> re.Pattern:
    return re.compile(rf"(?<![\d.第前后]){core}(?:名|位)(?!数)[\u4e00-\u9fff]")


@lru_cache(maxsize=16)
def _named_group_cn_re(forms: str) -> re.Pattern:
    return re.compile(rf"(?<![零一二两三四五六七八九十百千万第前后])[{forms}](?:名|位)(?!数)[\u4e00-\u9fff]")


_CN_SMALL = {"两": "两二", "二": "两二", **{c: c for c in "三四五六七八九十"}}
# What a report puts before the group it refers back to: a sentence's or a judge's verb
# (判三人入狱, 考虑三人并无预谋, 对三人), not a noun whose excess or share it counts (超员两人)
_PEOPLE_OBJECT_BEFORE = frozenset("判处罚控告押把将对向令让使虑指称及与和")


def group_named_before_cn(text: str, s: int, core: str, prev: str | None) -> bool:
    """判四人入狱 after 四名被告: a court report's group referred back to by its Chinese numeral.

    As group_named_before for digits: the same numeral with 名 or 位 before a noun earlier in
    the text names the group (not 十三名: the numeral is a whole number's last).  Only after a
    verb that takes the people as its object (判, 考虑, 对 …): 超员两人 counts the excess, and
    另/共/等 before the figure or 中 (some of a larger group) keep it a count.
    """
    if core not in _CN_SMALL or not prev or prev not in _PEOPLE_OBJECT_BEFORE:
        return False
    if _AMONG_BEFORE_RE.search(text, max(0, s - 4), s):
        return False
    return _named_group_cn_re(_CN_SMALL[core]).search(text, max(0, s - _BACK_WINDOW), s) is not None


def back_reference(text: str, s: int) -> bool:
    """两人 / 三人 that names no new people: after a list of them or opening a clause."""
    prev = text[s - 1] if s else "，"
    return prev in CLAUSE_STOPS or prev in "的“这那该此" or list_before(text, s)



def person_near(text: str, s: int, e: int, lex: Lexicon) -> str | None:
    """A people noun after a bare 万/亿 number (43万儿童) or before it (总人口超过6万)."""
    right = text[e : e + RIGHT_WINDOW]
    cut = len(right)
    for i, ch in enumerate(right):
        if ch in HARD_STOPS or ch in "元":
            cut = i
            break
    for m in lex.person_re.finditer(right, 0, cut):
        if lex.person_units[m.group()] == "人":  # a counted noun (家庭) only right after: 3万家庭
            return m.group()
    left = text[max(0, s - 12) : s]
    for stop in CLAUSE_STOPS:
        i = left.rfind(stop)
        if i >= 0:
            left = left[i + 1 :]
    t = _PEOPLE_TOTAL_RE.search(left)
    if t is None:
        # 其中失能老人约3500万, 接待游客1200万: a people noun, then only a verb of
        # reaching or a qualifier, before the number
        k = _REACH_TAIL_RE.search(left).start()  # type: ignore[union-attr]  # (all of it optional: it always matches)
        for n in range(min(k, 6), 1, -1):
            w = left[k - n : k]
            if lex.person_units.get(w) == "人":
                return w
        return None
    pm = lex.person_re.match(left, t.start())
    if pm is None and left.startswith("人次", t.start()):
        return "人次"  # 总人次8.16亿: visits are the unit (no people word of the lexicon)
    return pm.group() if pm else None


_REACH_TAIL_RE = re.compile(r"(?:已经|已|累计|共有|共|有)?(?:超过|达到|突破|约为|达|为|约|逾|近|超|多达|高达)?$")


# 总人口超过6万, 参保人数超过13.6亿, 用户突破3500万: a total of people (or of a
# counted noun) right before the number, a period between allowed (交易客户数第二季度为4307万)
_PEOPLE_TOTAL_RE = re.compile(
    r"(?:人口|人数|用户|会员|志愿者|客户|受众|员额|人次)(?:总数|总量|规模|数量|数)?"
    r"(?:第[一二三四]季度|上半年|下半年|全年|今年|去年|当月|同期"
    # (round 24, Hong Kong's statistics releases: 本港人口在年中为741.3万, 人口临时数字为)
    r"|在?年[中底末初]|临时数字)?(?:则|也|亦|均|仍)?(?:已经|已|累计)?"  # (round 28: 入境人次则为527万)
    r"(?:超过|达到|突破|约为|达|为|约|逾|近|超)?$"
)
