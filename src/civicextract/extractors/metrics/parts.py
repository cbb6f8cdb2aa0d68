"""Subjects of metrics, a last pass of round 25: a part told right after its whole, and the next
item of a list of things counted that closes on what they did.

Mainland news counts a whole and then a part of it without naming the part's noun again
(共设置38个展位，其中有21个来自中国): what follows the part says where it comes from or what became
of it, and the part counts what the whole counts.  A list of noun-and-count items closed by what
they were used for (出动舰艇55万艘次、航空器6000架次执行任务) counts each item's own noun; the task
after the last count is no subject.
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
# the next item of a list: 、 and its noun, nothing else
_ITEM_GAP_RE = re.compile(r"、([\u4e00-\u9fff]{1,6})")
# (a verb opening the gap makes it a clause of its own: 新建学校3所、改造5所)
_VERB_FIRST = frozenset("新改建扩增减提降完实开举引培组出投签召发推打设收接查办招治整修种造转带帮培累共")


def parts_and_items(text: str, hits: list[Hit], out: list[str | None]) -> None:
    """Give a part told after its whole the whole's subject, and a listed item its own noun."""
    for i in range(1, len(hits)):
        h, before = hits[i], hits[i - 1]
        subj, before_subj = out[i], out[i - 1]
        if not subj or not before_subj or h.unit in RATE_UNITS or before.unit in RATE_UNITS:
            continue
        gap = text[before.tail : h.start]
        if _SENTENCE_END_RE.search(gap):
            continue
        part = _PART_GAP_RE.search(gap) if h.unit == before.unit else None
        if part and (
            # 其中有21个来自中国: what the part did, after it
            (not part.group(1) and text.startswith(subj, h.tail) and _PART_VERB_RE.match(subj))
            # 其中已办结2350条: what the part did, before it
            or (part.group(1).endswith(subj) and _PART_VERB_RE.match(part.group(1)))
        ):
            out[i] = before_subj
            continue
        if not text.startswith(subj, h.tail):
            continue  # (only a subject read from after the figure is replaced)
        item = _ITEM_GAP_RE.fullmatch(gap)
        if (
            item
            and item.group(1)[0] not in _VERB_FIRST
            # (the item before is a noun-and-count item too: its subject read from before it)
            and text[before.start - len(before_subj) : before.start].endswith(before_subj)
        ):
            out[i] = item.group(1)
