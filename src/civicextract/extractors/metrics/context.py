"""Metrics, stage 2b: the words around a figure that make it no count, or a count after all.

A number with a unit is still no metric inside a short quoted name or a title
(``“五个一”``, ``《…十大…》``: ``inside_name``), after a code's letters or joiners
(``BLOCKING_PREV``, with ``±`` of a tolerance the exception: ``tolerance``),
inside a place's name (``五棵松``: ``fused_place``), or as a grade (``三级医院``,
unlike ``省市县乡村五级`` and a wind's force: ``level``).  Counts of places in
Chinese numerals are names or back-references (``三区三州``) unless a list of
names, a run of place counts or the provinces' abbreviations stand before
(``list_before``, ``in_place_run``, ``abbreviations_before``).  These tests
read only the text around one figure; ``candidates`` calls them in its order.
"""

from __future__ import annotations

import re

from .phrases import HARD_STOPS
from .tagging import tags

# Characters right before a number that make it something else: 第 (ordinal),
# 每 (a rate's denominator: 每万人口), letters and joiners of codes (PM2.5,
# 2019/20, “2·25”, 4×100米接力), and ± of a rating (±800千伏特高压).
BLOCKING_PREV = set("第每·/.#×±") | set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


# ± before a figure is a rating (±800千伏特高压) unless the words around make it a
# tolerance: a word of precision or control before it (误差, 精度, 控制在 …) or a limit
# after it (±1毫米以内).  After a digit (25±2℃) it is a reading's spread: left out.
_TOLERANCE_BEFORE_RE = re.compile(r"(?:误差|精度|偏差|公差|容差|控制在|浮动|波动|上下|不超过)[^，。；！？\n]{0,4}$")
_TOLERANCE_AFTER_RE = re.compile(r"[^，。；！？\n]{1,10}?(?:以内|之内|范围内)")


def tolerance(text: str, pm: int) -> bool:
    """The ± at pm opens a tolerance (精度控制在±1毫米以内, 误差±0.5℃), not a rating."""
    if pm and text[pm - 1].isdigit():
        return False
    return (
        _TOLERANCE_BEFORE_RE.search(text, max(0, pm - 10), pm) is not None
        or _TOLERANCE_AFTER_RE.match(text, pm + 1) is not None
    )


# A small Chinese numeral and its measure word inside a place's name (五棵松, 三家子, 八里庄):
# the segmenter keeps the name whole, tagged as a place or a name, past the measure word.
_FUSED_TAGS = frozenset({"ns", "nr", "nz"})
# the measure words place names are built with (五棵松, 三家子, 八里庄, 二道河, 九间房, 三眼井)
PLACE_MEASURES = frozenset({"棵", "家", "里", "道", "条", "间", "眼", "座", "户", "门", "台", "井"})


def fused_place(text: str, s: int, tail: int, prev: str) -> bool:
    if prev in COUNTING_VERB_ENDS or not ("\u4e00" <= text[tail : tail + 1] <= "\u9fff"):
        return False  # (a count's verb before, or nothing a name could go on with: no tagging)
    lo = max(0, s - 2)
    pos = lo
    for word, tag in tags(text[lo : tail + 3]):
        if pos <= s < pos + len(word):
            return tag in _FUSED_TAGS and pos + len(word) > tail
        pos += len(word)
    return False


# last characters of 举办, 开展, 新增, 增设, 组建, 共, 共计, 办了, 分 (分三期建设) …: what follows is a count
COUNTING_VERB_ENDS = frozenset("办展增设建共计了有达分")
# The one-character abbreviations of the provinces and regions (京津冀, 鄂湘赣,
# 粤港澳): N of them right before N地/N省 name the places counted.
_PROVINCE_ABBREVIATIONS = frozenset("京津沪渝冀豫云滇辽黑湘皖鲁新苏浙赣鄂桂甘陇晋蒙陕秦吉闽贵黔粤青藏川蜀宁琼港澳台")
_SMALL = {"两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def abbreviations_before(text: str, s: int, core: str, unit: str = "") -> bool:
    # Two abbreviations name the places before 两省 (川渝两省, 湘鄂两省, as fit counts 陕西、
    # 甘肃两省); before 两地 they do not (京藏两地 stays out in fit), so 地 needs three.
    n = _SMALL.get(core)
    least = 2 if unit.startswith("省") else 3
    return n is not None and least <= n <= s and all(c in _PROVINCE_ABBREVIATIONS for c in text[s - n : s])


_PLACE_LIST_RE = re.compile(r"[\u4e00-\u9fff（）()]{1,8}(?:[、与和及][\u4e00-\u9fff（）()]{1,8})+$")
_PLACE_RUN_BEFORE_RE = re.compile(r"[两三四五六七八九十\d][省市县区镇乡村州地](?:[（(][^）)]{1,3}[）)])?$")
_PLACE_RUN_AFTER_RE = re.compile(r"(?:[（(][^）)]{1,3}[）)])?[两三四五六七八九十\d]+[省市县区镇乡村州地]")


def list_before(text: str, s: int) -> bool:
    """A list of names right before the number, in the same clause (陕西、甘肃两省, 番禺与威宁两地)."""
    left = text[max(0, s - 18) : s]
    for stop in HARD_STOPS:
        i = left.rfind(stop)
        if i >= 0:
            left = left[i + 1 :]
    return _PLACE_LIST_RE.search(left) is not None


def in_place_run(text: str, s: int, tail: int) -> bool:
    """两省（区）两县两镇7村: counts of places written one after another."""
    return (
        _PLACE_RUN_BEFORE_RE.search(text, max(0, s - 8), s) is not None
        or _PLACE_RUN_AFTER_RE.match(text, tail) is not None
    )


# The levels a count of levels lists before it (省市县乡村五级, 区街居三级, 市区两级:
# the train annotators count 市区两级防汛工作调度会 too, the levels being listed)
# and the words a count of levels names after it (四级组织架构, 三级网络).
_LEVELS_BEFORE_RE = re.compile(r"[省市县区乡镇村组街道社居户]{2,}$")
_LEVELS_AFTER_RE = re.compile(r"[^，。；、]{0,4}?(?:网络|体系|架构|组织|联动|网格|全覆盖|书记|贯通|联创|联席|法院|检察院|政府|党委)")
# measure words of a count right before N级 (69个三级子体系), and the numerals that count them
_COUNT_MEASURES = frozenset("个家项所类批种支座条")
_CN_DIGITS = frozenset("一二两三四五六七八九十百千万")
_QUAKE_RE = re.compile(r"地震|强震|余震|震级|里氏")
# A wind's force on the Beaufort scale is a magnitude too (最大阵风可达10级, 雷暴
# 大风8～10级, 七级大风), read only with the wind word right beside the figure:
# further off, 台风 sits near response grades (防台风三级应急响应) that are no measure.
_WIND_BEFORE_RE = re.compile(r"(?:阵风|风力|大风|狂风|暴风|强风)(?:最大|最高|瞬时)?(?:可达|达到|达|为|有|约|在)?$")
# An area word right before the figure, a wind word in the words before it
# (…雷暴大风8～10级，局地11～12级): a forecast's stronger wind in places
_AREA_BEFORE_RE = re.compile(r"(?:局地|局部|部分地区|山区|沿海)(?:可达|达)?$")
_WIND_NEAR_RE = re.compile(r"大风|阵风|风力|狂风|暴风|强风")
_WIND_AFTER_RE = re.compile(r"(?:以上|左右)?的?(?:雷暴|短时)?(?:大风|阵风|狂风|暴风|强风)")


def level(text: str, s: int, tail: int, core: str, chinese: bool) -> bool:
    """N级 is a count of levels or a magnitude (earthquake, wind); otherwise a grade (三级医院, 四级响应)."""
    if _WIND_BEFORE_RE.search(text, max(0, s - 8), s) or _WIND_AFTER_RE.match(text, tail):
        return core != "一"
    if _AREA_BEFORE_RE.search(text, max(0, s - 4), s) and _WIND_NEAR_RE.search(text, max(0, s - 30), s):
        return core != "一"  # 雷暴大风8～10级，局地11～12级: the same wind, stronger in places
    if not chinese:
        return _QUAKE_RE.search(text, max(0, s - 12), tail + 6) is not None
    if core not in ("两", "三", "四", "五", "六"):
        return False
    if s >= 2 and text[s - 1] in _COUNT_MEASURES and (text[s - 2].isdigit() or text[s - 2] in _CN_DIGITS):
        return False  # (round 27) 20个二级子体系、69个三级子体系: after a count, N级 grades what is counted
    b = _LEVELS_BEFORE_RE.search(text, max(0, s - 8), s)
    if b is not None and (len(b.group()) >= 3 or core == "两"):
        return True
    return _LEVELS_AFTER_RE.match(text, tail) is not None


_QUOTED_REMARK_RE = re.compile(r"[的了是有，,、\d]")


_NAME_OPENERS_RE = re.compile("[“‘《]")
# Cantonese particles and pronouns, and 有/是/了, mark a quote as speech
_SPEECH_RE = re.compile("[嘅咗佢哋啲係冇唔嘢喺咁吖呀啦喇嚟返有是了]")
_SPEECH_ENDS = frozenset("。！？，")
# a year inside a quoted name before its number: an award's or a list's title
_TITLE_YEAR_RE = re.compile(r"(?:19|20)\d{2}|年度")


# What may close a quoted figure after its number (“5.5%左右”, “30%以上”): a suffix qualifier or nothing
_FIGURE_ONLY_TAILS = frozenset({"", "左右", "上下", "以上", "以下", "以内"})


def inside_name(text: str, s: int, e: int, *, fast: bool = True) -> bool:
    """Numbers in a short quoted name (“五个一”, “3个100万”) or a title (《…“三十三问”》).
    ``fast=False`` skips the first test (the reference it is tested against)."""
    if fast and _NAME_OPENERS_RE.search(text, s - 30 if s > 30 else 0, s) is None:
        return False  # (no opening mark within the reach of any test below: one search, not three)
    lo = s - 9 if s > 9 else 0
    lq = text.rfind("“", lo, s)
    if lq >= 0 and "”" not in text[lq:s]:
        rq = text.find("”", e, lq + 11)
        if rq >= 0 and lq == s - 1 and text[e:rq] in _FIGURE_ONLY_TAILS:
            return False  # (round 28) 比“3%左右”的调控目标低: a figure quoted alone is that figure, not a name
        if rq >= 0:
            # “救到嘅有2个”, “今年得返3个。”: quoted speech (a particle or a verb of
            # having before the figure), not a name
            return _SPEECH_RE.search(text, lq + 1, s) is None and text[rq - 1 : rq] not in _SPEECH_ENDS
        if lq == s - 1:
            # a name the number opens may run longer (“六大重大科技战略行动”);
            # a quoted remark does not (“20人的调研团却有50多人陪同”)
            rq = text.find("”", e, lq + 21)
            if rq >= 0 and _QUOTED_REMARK_RE.search(text, e, rq) is None:
                return True
        if _TITLE_YEAR_RE.search(text, lq + 1, s) and text.find("”", e, lq + 24) >= 0:
            return True  # “2025全球十大工程成就”, “2024年度十大新闻”: a dated list's title
    lq = text.rfind("‘", lo, s)  # an inner quote: “实施‘九大战略’人大代表在行动”
    if lq >= 0 and "’" not in text[lq:s] and text.find("’", e, lq + 11) >= 0:
        return True
    lb = text.rfind("《", max(0, s - 30), s)
    return lb >= 0 and "》" not in text[lb:s]
