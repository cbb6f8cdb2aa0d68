"""Metrics, stage 2e: a unit after a figure that makes the figure part of a word, a name or a rank.

``candidate`` (``candidates``) has found a counting unit or a unit of measure
after a number; these tests say when the two together are still no count:
a name (``营销四部``, ``三期工程``), a place's name or a back-reference to places
(``五棵松``, ``三区三州``), a campaign's name (``0.1微克攻坚行动``), a grade, the
unit a price is per (``7元一斤``), a rank (``前三名``) — ``unit_in_word`` — and
the tests of single units, where the unit's character is a word of its own
there (``只`` as "only", ``度`` of an angle, ``人`` of people named before, ``个``
of a duration …) — ``refused_by_unit``, run only for ``CHECKED_UNITS``.
Each answers True when the figure is to be dropped, in ``candidate``'s order.
"""

from __future__ import annotations

import re

from .context import (
    COUNTING_VERB_ENDS,
    PLACE_MEASURES,
    abbreviations_before,
    fused_place,
    in_place_run,
    level,
    list_before,
)
from .people import back_reference, group_named_before, group_named_before_cn

_TENS = frozenset("十百千")
# A campaign's head right after a figure and its unit of measure: the figure is part of
# the campaign's name (深入实施0.1微克攻坚行动), as numbers inside names are not metrics
# (计划任务, 计划目标, 计划指标 are amounts of work planned: the figure counts).  A project's
# capacity is no such name: fit counts 年印染2万吨织布+1800台大圆机制造项目 and 年产2GW…项目.
_NAME_HEAD_RE = re.compile(r"(?:攻坚行动|专项行动|行动计划|行动|攻坚战|攻坚|计划|战略)(?![量任目指])")
# 目前, 此前, 提前 …: 前 that ends a word is no rank before a percentage
NOT_RANK_QIAN = frozenset("目当此之以提年日月")


def unit_in_word(
    text: str, s: int, tail: int, core: str, chinese: bool, prev: str, unit: str, kind: str
) -> bool:
    """The figure ``core`` at ``s`` and its ``unit`` (of ``kind``, ending at ``tail``) are a name,
    a place, a campaign, a grade, a price's unit or a rank, not a count."""
    # A Chinese numeral before a named measure word counts when it is ten or
    # more (举办十九期培训班) or a verb of holding or adding comes first
    # (开展三期培训, 新增五班); names and ordinals use small ones after a noun
    # (营销四部, 三期工程).
    if (
        kind == "named" and chinese and not core.startswith(("两", "几"))
        and _TENS.isdisjoint(core) and prev not in COUNTING_VERB_ENDS
    ):
        return True  # 营销四部, 三期工程: names, not counts
    if chinese and unit == "字":
        return True  # 八字方针, 十字路口, 两字之差: words and set phrases; a count of characters is in digits (3000字)
    if chinese and unit in PLACE_MEASURES and fused_place(text, s, tail, prev):
        return True  # 西单、五棵松, 三家子村: the segmenter reads a place's name through the figure
    if kind == "admin" and chinese and not (
        list_before(text, s) or in_place_run(text, s, tail) or abbreviations_before(text, s, core, unit)
    ):
        # 三区三州, 十六区, 连通两地: names and back-references; 番禺与威宁两地,
        # 鄂湘赣三省 and 两省（区）两县两镇7村 count places
        return True
    if kind == "measure" and _NAME_HEAD_RE.match(text, tail):
        return True  # 0.1微克攻坚行动: a measure that names the campaign after it
    if kind == "level" and not level(text, s, tail, core, chinese):
        return True
    if core == "一" and kind == "measure" and ((prev and prev in "元钱") or text[tail : tail + 1].isdigit()):
        return True  # 7元一斤, 一平米9500: the unit a price is per, not a quantity
    if (prev == "前" and text[s - 2 : s - 1] not in NOT_RANK_QIAN) or (unit == "位" and prev == "后"):
        # 前三名, 前两部, 身份证号后6位: a rank or a selection, not a count
        # (目前5名嫌疑人, 此前3家: 前 ends a word, the figure counts)
        return True
    return False


# The units refused_by_unit tests one by one (国, 只, P …): every other unit skips those tests.
CHECKED_UNITS = frozenset({"国", "只", "P", "面", "伏", "分贝", "回", "度", "段", "对", "单", "人", "个", "层", "条", "起", "次", "手"})
# 国 followed by these is a word of its own (国家, 国际, 国内, 国产, 国有 …), not the unit
_GUO_WORD_ENDS = frozenset("家际内产有资企道务民标库债")
_ONLY_AFTER = frozenset("是有能要需会可")
# 个 then 多/半 and a span of time (两个多星期, 一个半小时): a duration
_SPAN_AFTER_GE_RE = re.compile(r"[多半](?:星期|礼拜|月|小时|钟头|钟|工作日|季度|年头)")
# words 一 begins after N个 that make the thing counted (四个一线城市, 两个一流学科)
_YI_WORDS = frozenset("线流级类等体批期")
# 五度参选, 两度获得: 度 as "times" after a small Chinese numeral and before a verb
# (not 度电, 三度以上, 两度的温差)
_TIMES_CORES = frozenset("两三四五六七八九")
_TIMES_AFTER_RE = re.compile(r"(?![电左以的高低上下角])[\u4e00-\u9fff]")
_FEW = frozenset({"两", "二", "三", "俩"})
_GROUP_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:小组|团队|队伍|团|组|班子|队)")


def refused_by_unit(text: str, s: int, tail: int, core: str, chinese: bool, prev: str, unit: str) -> bool:
    """The test of the one unit of ``CHECKED_UNITS`` after the figure ``core`` at ``s``: its
    character is a word of its own there, or the figure is a year, an address or people
    already counted."""
    if unit == "国" and ("万" in core or "亿" in core or text[tail : tail + 1] in _GUO_WORD_ENDS):
        # 60亿防疫开支: money then a word; countries are never counted in 万;
        # 煤炭2030国家科技重大专项: 国 opens a word (国家, 国际), the figure is a year
        return True
    if unit == "只" and text[tail : tail + 1] in _ONLY_AFTER:
        return True  # 50亿只是用4年: 只 is "only" there, not a measure word
    if unit == "P" and not ("万" in core or "亿" in core or "算力" in text[max(0, s - 12) : s]):
        return True  # 1080P, 720P: a video resolution; 算力规模11.4万P is computing power
    if unit == "手" and chinese:
        return True  # 两手抓, 两手并用: hands; lots traded are written in digits (10.55万手)
    if unit in ("面", "伏", "分贝") and chinese:
        # 三面环山, 两面针: sides, not banners (10面锦旗); 三伏: the dog days;
        # 拿下三分贝蒂斯: three points, then a name
        return True
    if unit == "回" and not (text[tail : tail + 1].isdigit() or text.startswith("线", tail)):
        return True  # 4回750千伏线路, 两回线 count circuits; 来回, 两回事 do not
    if unit == "度" and "万" not in core and "亿" not in core and not (
        chinese and core in _TIMES_CORES and _TIMES_AFTER_RE.match(text, tail)
    ):
        # 5.25亿度 is energy and 五度参选 a count of times; 360度, 30度 are
        # angles and temperatures
        return True
    if unit == "段" and (chinese or (prev and prev in "路街道")):
        # 忠孝东路4段: a section of an address; 划分为五段, 八段锦: parts of a
        # whole and names (改造道路12段 counts)
        return True
    if unit in ("对", "单") and (text[tail : tail + 1].isdigit() or (prev and prev in "号幢栋楼")):
        return True  # 1对1帮扶: one-to-one, not pairs; 8号2单1东: an address
    if unit == "人" and text.startswith("限聚令", tail):
        return True  # 四人限聚令, 4人限聚令: a rule named by its number (here, not in
        # metric_exclusions.txt: a phrase opening with 人 is tried at every 人 of the text)
    if unit == "人" and chinese and core in _FEW and (
        back_reference(text, s) or (text.startswith("的", tail) and not _GROUP_AFTER_RE.match(text, tail + 1))
    ):
        # (就连两人的电邮信箱: whose, so the two are named before; 两人的小组 is a group)
        return True  # 其姐姐和姐夫两人, ，两人都存在: people already named
    if unit == "人" and not chinese and text[tail : tail + 1] != "次" and group_named_before(text, s, core, prev):
        return True  # 3名被告…法官指出，3人當時年輕: the defendants already counted
    if unit == "人" and chinese and text[tail : tail + 1] != "次" and group_named_before_cn(text, s, core, prev):
        return True  # 四名被告…判四人入獄: the same, in Chinese numerals
    if unit == "个" and _SPAN_AFTER_GE_RE.match(text, tail):
        return True  # 两个多星期, 三个多月: a duration
    if unit == "个" and text.startswith("亿", tail) and not text.startswith("亿元", tail):
        return True  # 三个亿: spoken money; 61个亿元以上项目 stays a count
    if unit == "个" and chinese and text.startswith("一", tail) and text[tail + 1 : tail + 2] not in _YI_WORDS:
        # 七个一, 五个一, 两个一百年: a slogan's name, not a count (四个一线城市 counts)
        return True
    if unit == "层" and prev == "号":
        return True  # 东兰路1260号2层: a floor of an address, not a count
    if unit == "条" and prev == "》":
        return True  # 《某某法》35条: an article of the law, not a count
    if unit == "起" and len(core) == 4 and core[:2] in ("19", "20"):
        return True  # 从2011起: a year
    if unit == "次" and text.startswith(("会议", "全会", "大会"), tail) and "届" in text[max(0, s - 10) : s]:
        return True  # 十四届全国人大四次会议: which session, not how many
    return False
