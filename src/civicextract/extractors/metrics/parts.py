"""Subjects of metrics, a last pass of round 25: shapes of mainland news the rules before it read
from the wrong side.

- A part told after its whole (共设置38个展位，其中有21个来自中国; 其中已办结2350条): what the part
  did or where it comes from is no noun; the part counts what the whole counts.
- A list of noun-and-count items closed by what they did (出动舰艇55万艘次、航空器6000架次执行任务):
  each count counts its own noun; the task after the last count is no subject.
- A count, a modifier of ability or standard and 的 (新建600个标准化的“司机之家”, 新增60个可与周边
  连通的“开放式服务区”): the noun after 的 is counted.
- A rate told as the pace of a change (先行调解以季均28%的增幅稳步增长): the rate of what grows,
  named before 以.
- A change whose subject is only its comparison frame (…，与“十三五”末相比增长超40倍; 实现营收86.5
  亿元，较上年同期的37.3亿元增长131.9%): the change of what the clause before measures (the
  figure before's subject, or that clause without its amount).  Bare 同比/较上年 changes are left
  as the gold writes them.
"""

from __future__ import annotations

import re

from .hit import RATE_UNITS, Hit

_SENTENCE_END_RE = re.compile(r"[。！？；;\n]")
# what closes the gap between the whole and its part, and what the part did when told before it
# (其中已办结2350条)
_PART_GAP_RE = re.compile(r"[，,]其中(?:有|包括)?([^，,、。]{0,6})$")
# a verb opening what follows the part (为/是 name the part's own kind: 其中300家为外资企业)
_PART_VERB_RE = re.compile(
    r"来自|已经?|位于|分布在|集中在|落户|面向|用于|属于|获得?|实现|完成|通过|入选|参加|参与|进入|来源于"
)
# where a part stands, told after it (5起正在积极扑救, 3人仍在治疗, 2处尚未修复)
_PART_STATE_RE = re.compile(r"正在|仍在|仍|尚在|尚未|尚|未|还在|暂未|均已|全部")
# the next item of a list: 、 and its noun, nothing else
_ITEM_GAP_RE = re.compile(r"、([\u4e00-\u9fff]{1,6})")
# (a verb opening the gap makes it a clause of its own: 新建学校3所、改造5所)
_VERB_FIRST = frozenset("新改建扩增减提降完实开举引培组出投签召发推打设收接查办招治整修种造转带帮累共")


# a modifier of ability or standard between a count and its noun, closed by 的 (a noun before 的,
# 12个村的村民, is what is counted and is left alone)
_MODIFIER_DE_RE = re.compile(
    r"(?:可|能够?|可以|具有|具备|配备|符合|面向|标准化|规范化|高标准|现代化|智能化|功能齐全)[^，,。；;、“”]{0,10}?"
    # (round 27, B: 50个能自由移动、能扛重物的搬运机器人: a second ability after 、)
    r"(?:、(?:可|能够?|可以)[^，,。；;、“”]{0,10}?)?的"
    r"(“[^”]{2,12}”|[\u4e00-\u9fff]{2,8})"
)
# what a match of _MODIFIER_DE_RE opens with: a figure followed by none of these is tested in one look-up
_MODIFIER_FIRST = frozenset("可能具配符面标规高现智功")


# what grows at the rate, from the last stop to 以 and its period word, right before the figure
_PACE_TOPIC_RE = re.compile(r"([^，,。；;、：:\n]{2,16})以(?:年均|季均|月均|日均|每年|每月|平均)?$")
_PACE_WORDS = ("增幅", "速度", "增速", "幅度", "速率")
_ADVERB_LAST = ("在", "将", "会", "正", "仍", "还", "都", "均", "也")


# a subject that is only a comparison frame: against when, and the change
# (bare 同比/比上年 changes are left as the gold writes them: only a frame 与…相比 or one against an
# amount, 较上年同期的37.3亿元, names no period alone)
# (a frame opens with 与, 较 or 比: the fullmatch below is tried only on those)
_FRAME_FIRST = frozenset("与较比")
_FRAME_ONLY_RE = re.compile(
    r"(?:与[^，,。；;]{1,14}?(?:相比|相较)|(?:较|比)[^，,。；;]{0,10}?\d[^，,。；;]{0,8}?)"
    r"(?:增长|增加|提升|提高|下降|减少|降低|上涨|上升|暴涨|大涨|扩大|缩小|翻番)"
)
# the clause before the frame, and an amount it ends on (营收86.5亿元)
_CLAUSE_BEFORE_RE = re.compile(r"([^，,。；;：:\n]{2,20}?)(?:[\d.,]+[万亿千百]*(?:元|美元|港元|欧元)?)?[，,]$")


def parts_and_items(text: str, hits: list[Hit], out: list[str | None]) -> None:
    """Re-read, in place, the subject of each figure of the five shapes above."""
    part_before = False  # whether the figure before was re-read as a part of its whole
    for i, h in enumerate(hits):
        was_part, part_before = part_before, False
        subj = out[i]
        if not subj:
            continue  # (every reading below re-reads a subject)
        before_subj = out[i - 1] if i else None
        start, _, _, tail, _, _, _, unit, _, _ = h  # (the fields as locals: a NamedTuple field is a descriptor call each time)
        after = text[tail : tail + 1]
        rate = unit in RATE_UNITS
        if (
            not rate
            and after in _MODIFIER_FIRST
            and (m := _MODIFIER_DE_RE.match(text, tail))
            and (text.startswith(subj, tail) or text.endswith(subj, 0, start))
        ):
            out[i] = m.group(1)  # 600个标准化的“司机之家”: the noun after the modifier
            continue
        if unit == "%" and after == "的" and subj.startswith(_PACE_WORDS):
            pace = _PACE_TOPIC_RE.search(text, max(0, start - 24), start)
            if pace and not pace.group(1).endswith(_ADVERB_LAST):  # (每年都在以…: the topic is further back)
                out[i] = pace.group(1)  # 先行调解以季均28%的增幅稳步增长: what grows, not the pace
                continue
        if rate and subj[0] in _FRAME_FIRST and _FRAME_ONLY_RE.fullmatch(subj) and text.endswith(subj, 0, start):
            topic = _topic_before_frame(text, hits, out, i, start - len(subj))
            if topic:
                out[i] = topic
                continue
        if not before_subj or rate:
            continue
        before = hits[i - 1]  # (i > 0: the first figure has no subject before it)
        if before.unit in RATE_UNITS:
            continue
        if (
            was_part
            and unit == before.unit
            and text.startswith(subj, tail)
            and (_PART_VERB_RE.match(subj) or _PART_STATE_RE.match(subj))
            and text.find("，", before.tail, start) >= 0
            and not _SENTENCE_END_RE.search(text, before.tail, start)
        ):
            # (round 27) 其中10起已合围，5起正在积极扑救: the next part of the same whole, and what it is doing
            out[i] = before_subj
            part_before = True
            continue
        # (the two readings below need 其中 between figures of one unit, or the subject after the figure
        # and 、 right after the figure before: most figures have neither, and skip the gap's tests)
        part_may = unit == before.unit and text.find("其中", before.tail, start) >= 0
        if not part_may and not (text.startswith("、", before.tail) and text.startswith(subj, tail)):
            continue
        gap = text[before.tail : start]
        if _SENTENCE_END_RE.search(gap):
            continue
        part = _PART_GAP_RE.search(gap) if part_may else None
        if part and (
            # 其中有21个来自中国: what the part did, after it
            (not part.group(1) and text.startswith(subj, tail) and _PART_VERB_RE.match(subj))
            # 其中已办结2350条: what the part did, before it
            or (part.group(1).endswith(subj) and _PART_VERB_RE.match(part.group(1)))
        ):
            out[i] = before_subj
            part_before = True
            continue
        if not text.startswith(subj, tail):
            continue  # (only a subject read from after the figure is replaced)
        item = _ITEM_GAP_RE.fullmatch(gap)
        if (
            item
            and item.group(1)[0] not in _VERB_FIRST
            # (the item before is a noun-and-count item too: its subject read from before it)
            and text[before.start - len(before_subj) : before.start].endswith(before_subj)
        ):
            out[i] = item.group(1)


def _topic_before_frame(text: str, hits: list[Hit], out: list[str | None], i: int, frame: int) -> str | None:
    """What the clause before a comparison frame (at ``frame``) measures: the figure before's subject
    when that figure is in the same sentence, else the clause itself without an amount it ends on."""
    if i and out[i - 1] and not _SENTENCE_END_RE.search(text, hits[i - 1].tail, frame):
        return out[i - 1]
    m = _CLAUSE_BEFORE_RE.search(text, max(0, frame - 32), frame)
    return m.group(1) if m else None
