"""What a Taiwan budget amount is for, where the words before it are only the budget's verb.

Taiwan's budget news lists amounts after a bare 编列 / 原列 / 匡列 (a bill quoted first, then
编列共N元; 立法院今处理某某预算案，原列N元; 某部共编列N元，全数用于…): the general rules then keep the verb
alone, which names nothing.  The bill the sentence named before (quoted, or
the object of 处理 / 通过 / 审查), or the use the next clause gives after 主要为 / 用于, is what the
money is.  New Taiwan dollars only (session 25, tw25).
"""

from __future__ import annotations

import re

from .phrases import Phrases

# the verb alone, with 共 / 总 around it (编列共, 共编列, 原列, 匡列, 追加)
# (round 28: 共计/总计 before the verb too, 追加预算案，共计编列N元)
_BARE_VERB_RE = re.compile(r"^(?P<body>\w{1,8}?(?:部|会|院|署|局|府))?(?:共计|总计|共|总共|合计|另)?(?:编列|原列|匡列|列)(?:共|总计|合计)?$")
# a quoted bill or programme of the sentence before the amount
_QUOTED_RE = re.compile(r"[「“]([^「」“”]{4,40})[」”]")
# a budget bill as the object of the sentence's verb (处理某年度总预算案)
_BILL_RE = re.compile(r"(?:处理|通过|审查|审议|提出)(\w{4,30}?(?:预算案|预算|条例))")
# a quoted item right before the amount (包含「某某补助」预算N元): the item is what the money is
_QUOTED_ITEM_RE = re.compile(r"[「“]([^「」“”]{2,30})[」”](?:的)?(?:预算|经费|款项)?(?:共|为|达|约)?$")
# an amount closing a quoted name: the name's words before it
_IN_QUOTE_RE = re.compile(r"[「“]([^「」“”\d]{2,20})$")
# a second verb on the same item (删减某宣传费N元并冻结M元): M is that item's money too
_SAME_ITEM_VERB_RE = re.compile(r"^(?:并|另|再|且)?(?:冻结|减列|删减|删除|追加|保留)$")
# the use the next clause gives
_USE_AFTER_RE = re.compile(r"[，,]\s*(?:主要|均|全数)?(?:为|用于|用以|作为)(?:办理)?([^，,。；;]{4,40})")


def tw_use(p: Phrases) -> str | None:
    """The item, bill or use of a New Taiwan dollar amount named in one of the shapes above, else ``None``."""
    rec = p.rec
    if rec.currency != "TWD":
        return None
    raw = p.raw_before or ""
    inside = _IN_QUOTE_RE.search(p.text, p.sent, p.s)
    if inside and p.text[p.e : p.e + 1] in "」”":
        return inside.group(1)  # 「普发某某1万元」: the words of the quote before the figure
    # (the sentence's head, not the phrase: a figure inside the quote, 「普发某某1万元」预算N元, cuts the phrase)
    item = _QUOTED_ITEM_RE.search(p.text, p.sent, p.s)
    if item and item.start() > p.sent:
        return item.group(1)
    if _SAME_ITEM_VERB_RE.match(raw) and p.prev is not None and p.prev_in_sentence and p.prev.purpose:
        return p.prev.purpose
    cap = _CAP_AFTER_RE.match(p.text, p.e)
    if cap:
        return cap.group(1)  # 政院原提出N元经费上限: the cap
    if raw.endswith("编列") and (use := _use_right_after(p)) is not None:
        return use
    verb = _BARE_VERB_RE.match(raw)
    if verb is None:
        return None
    after = _USE_AFTER_RE.match(p.text, p.e)
    if after:
        return after.group(1)
    if verb.group("body"):
        return None  # 某部主管原列N元: the body named is what the general rules keep
    head = p.text[p.sent : p.s]
    quoted = list(_QUOTED_RE.finditer(head))
    if quoted:
        return quoted[-1].group(1)
    bill = list(_BILL_RE.finditer(head))
    return bill[-1].group(1) if bill else None


# (round 25b) a cap named right after the amount (原提出N元经费上限)
_CAP_AFTER_RE = re.compile(r"((?:经费|预算|补助|金额|总额)?上限)")

# (round 25b) the use written right after a budgeted amount, in the same clause: 公所每年编列80万元经费维护设施,
# 以代垫款编列90万元营运接驳车: the words after the figure (经费 / 预算 and 用于 dropped) up to the clause's end.
_USE_RIGHT_AFTER_RE = re.compile(r"(?:的)?(?:经费|预算|费用)?(?:来|以|用于|用来|用以)?([^\W\d_]{2,12})(?=[，,。；;！？\n])")
_NOT_A_USE = frozenset({"经费", "预算", "费用", "左右", "以上", "以下", "之多"})


def _use_right_after(p: Phrases) -> str | None:
    m = _USE_RIGHT_AFTER_RE.match(p.text, p.e)
    if m is None or m.group(1) in _NOT_A_USE:
        return None
    return m.group(1)

