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
_BARE_VERB_RE = re.compile(r"^(?P<body>\w{1,8}?(?:部|会|院|署|局|府))?(?:共|总共|合计|另)?(?:编列|原列|匡列|列)(?:共|总计|合计)?$")
# a quoted bill or programme of the sentence before the amount
_QUOTED_RE = re.compile(r"[「“]([^「」“”]{4,40})[」”]")
# a budget bill as the object of the sentence's verb (处理某年度总预算案)
_BILL_RE = re.compile(r"(?:处理|通过|审查|审议|提出)(\w{4,30}?(?:预算案|预算|条例))")
# the use the next clause gives
_USE_AFTER_RE = re.compile(r"[，,]\s*(?:主要|均|全数)?(?:为|用于|用以|作为)(?:办理)?([^，,。；;]{4,40})")


def tw_use(p: Phrases) -> str | None:
    """The bill or use of a New Taiwan dollar amount after a bare budget verb, else ``None``."""
    rec = p.rec
    verb = _BARE_VERB_RE.match(p.raw_before or "") if rec.currency == "TWD" else None
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
