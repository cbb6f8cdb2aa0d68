"""Money, Hong Kong pages: what an amount compared with another amount is, and a purpose
without the hedge before its amount (round 24).

A columnist's 公共、私人投资合计，第二季还要比第一季少28亿元 names what the money is in
the clause before the comparison; the purpose rules read the comparison itself
(第二季还要比第一季少), which names no money.  On a Traditional page, a purpose that is
only such a comparison gives way to the noun of the clause before it.
"""

from __future__ import annotations

import re

from ...records import Money

# the purpose is a comparison and nothing else: (第二季还要)比第一季少, 比6月刚好多
_COMPARISON_RE = re.compile(r"比[^，,。；;]{1,10}?(?:少|多|高|低|增加|减少|增|减)了?$")
_CLAUSE_ENDS = "，,。；;！？!?\n"
# a topic's closing word: 合计, 总计 (the money is their sum)
_TOPIC_TAIL_RE = re.compile(r"(?:合计|合共|总计|加起来)$")
_TOPIC_MAX = 20


def compared_topic(text: str, rec: Money) -> Money:
    """rec with the noun of the clause before as its purpose where its purpose is a bare comparison."""
    if not rec.purpose or _COMPARISON_RE.search(rec.purpose) is None:
        return rec
    comma = max(text.rfind(c, 0, rec.start) for c in "，,")
    if comma < 0 or any(c in text[comma + 1 : rec.start] for c in _CLAUSE_ENDS):
        return rec
    begin = max(text.rfind(c, 0, comma) for c in _CLAUSE_ENDS) + 1
    topic = _TOPIC_TAIL_RE.sub("", text[begin:comma].strip())
    topic = topic.rpartition("的")[2] if len(topic) > 8 else topic  # 统计处公布的酒楼收益也有总值
    if not 2 <= len(topic) <= _TOPIC_MAX or any(c.isdigit() for c in topic):
        return rec
    return Money(rec.text, rec.amount, rec.currency, rec.start, rec.end, rec.amount_max, rec.qualifier, topic)


# 防疫开支大概是560亿元: the hedge word before the amount is its qualifier, not its purpose
_HEDGE_TAIL_RE = re.compile(r"(?:大概|大约)$")


def without_hedge(rec: Money) -> Money:
    if not rec.purpose or _HEDGE_TAIL_RE.search(rec.purpose) is None:
        return rec
    purpose = _HEDGE_TAIL_RE.sub("", rec.purpose)
    return Money(rec.text, rec.amount, rec.currency, rec.start, rec.end, rec.amount_max, rec.qualifier, purpose or None)
