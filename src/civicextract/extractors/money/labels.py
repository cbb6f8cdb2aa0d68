"""The label a line opens with, for an amount whose own words name only the act of paying it.

Policy-payment notices and work reports write one item a line: a label, then its money
(``新增某类企业奖励：年初安排资金N万元``; ``1、某项奖励申报N家，实际奖励M家N万元``).
The rules read such an amount's own words (年初安排市本级资金, 实际奖励23家): they name the act of
allocating, or how many were paid, not what for.  The line's label does (round 28).
"""

from __future__ import annotations

import re

from ...records import Money

# a line's list number, if any (1、 / （二） / 三、)
_NUMBER = r"[ \t\u3000]*(?:\d{1,2}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)?"
# the label up to the line's colon (新增某类企业奖励：)
_COLON_LABEL_RE = re.compile(_NUMBER + r"([^，。；：:！？\n\d]{2,16}?)[：:]")
# a numbered item's name up to its count of applications (1、某项奖励申报N家)
_ITEM_LABEL_RE = re.compile(r"[ \t\u3000]*(?:\d{1,2}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)])([^，。；：:！？\n\d]{2,20}?)(?:申报|申请)")
# a label that names money paid out (a reward, subsidy or fund), not a heading of any kind
_LABEL_END_RE = re.compile(r"(?:奖励|补助|补贴|资助|奖补|扶持|补偿|资金)$")
# the words of an amount that name only the act: a time, an allocation verb and a bare fund
# (年初安排市本级资金), or a count of those paid (实际奖励23家)
_ACT_ONLY_RE = re.compile(
    r"(?:年初|今年|全年|当年|目前|共|累计|实际)?(?:安排|下达|拨付|发放|兑现|奖励|补助|补贴|资助)了?"
    r"(?:(?:[省市县区镇]|市县)?本级|省级|市级|县级|区级|财政)?(?:资金|\d+(?:家|个|户|人|名)次?)?"
)


def line_labels(text: str, records: list[Money]) -> list[Money]:
    """Each amount whose purpose names only the act of paying takes its line's money label, when the line has one."""
    out = records
    for i, rec in enumerate(records):
        if not rec.purpose or not _ACT_ONLY_RE.fullmatch(rec.purpose):
            continue
        line = text.rfind("\n", 0, rec.start) + 1
        label = _COLON_LABEL_RE.match(text, line, rec.start) or _ITEM_LABEL_RE.match(text, line, rec.start)
        if label is not None and _LABEL_END_RE.search(label.group(1)):
            if out is records:
                out = list(records)
            out[i] = Money(rec.text, rec.amount, rec.currency, rec.start, rec.end, rec.amount_max, rec.qualifier, label.group(1).strip())
    return out
