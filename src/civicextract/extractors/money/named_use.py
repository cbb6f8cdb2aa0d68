"""The use a sentence names when the rules' phrase names none (session 29).

The rules of :mod:`.rules` take the phrase next to an amount; on fresh text that phrase is
sometimes only the money and the act of paying it (落实资金, 成功获得补助经费, 同意核拨经费,
涉及总金额, 总批给金额, a bare 经费 or 拨款 after the amount) or a subject with the verb that
reports the figure still on it (港股通则取得, 股价收于, 录得).  Neither is what the money is for:

* a bare money phrase yields to the noun phrase right before ``的N元`` (通过X工程的23.9亿元拨款)
  or to the clause before in the same sentence, which names what was granted or done
  (推进以旧换新扩围提质，落实资金280多亿元; 了解7件基层需要的工程，并同意核拨经费N元), unless
  that clause counts a result (发现问题2个，涉及资金32万元: the gold keeps 涉及资金);
* a reporting verb is cut off what it reports (港股通则取得 -> 港股通); left with nothing,
  the clause before names the measure (博彩税收入按月下挫17%，录得8.82亿美元).
"""

from __future__ import annotations

import re

from .clauses import clause_start
from .lexicon import COUNTED_RE as _COUNTED_RE
from .lexicon import GENERIC, doer
from .lexicon import MONEY_NOUN_RE as _MONEY_NOUN_RE
from .phrases import Phrases
from .shapes import SETTING_RE as _SETTING_RE
from .shapes import SPOKEN_CLAUSE_RE as _SPOKEN_CLAUSE_RE
from .trim import clean_before

# The patterns whose methods this module calls are bound by assignment, not imported by name (as in
# grants.py: CPython 3.11 calls a method of an imported name through a new bound method each time;
# tests/test_method_calls.py)
COUNTED_RE = _COUNTED_RE
MONEY_NOUN_RE = _MONEY_NOUN_RE
SETTING_RE = _SETTING_RE
SPOKEN_CLAUSE_RE = _SPOKEN_CLAUSE_RE

# Only money and the act of granting, getting or totalling it: adverbs of manner and sum, a verb of
# allocating or receiving, a word of total, then a generic money noun.  Nothing in it says a use.
_BARE_ACT = (
    r"(?:成功|同意|已经?|共计?|合共|累计|另|再|额外|并|亦|也|还|这次|此次)*"
    r"(?:安排|下拨|拨付|拨出|落实|争取|投入|下达|核拨|核准|批出|批给|签核|筹集|整合|获得|获|取得|涉及|动用)?"
    r"(?:总|合共|共计?)?"
)
BARE_MONEY_RE = re.compile(_BARE_ACT + r"(?:补助|批给|拨款|投资)?(?:资金|经费|金额|款项|拨款|总额|总金额|总值)")
# What may stand before an amount whose bare money noun follows it (共计N元经费) for the clause before
# to name its use; a verb of its own (盘活了20亿元资金) makes the money that verb's object instead
_BARE_ACT_RE = re.compile(_BARE_ACT)
# The head of a noun phrase before 的N元拨款 that names a use: a work, a scheme or a grant (通过X工程的
# N元拨款), not a place or a clause (解冻伊朗在韩国的N元资金)
_USE_HEAD_RE = re.compile(r"(?:工程|项目|计划|计画|建设|发展|改造|研究|设计|工作|服务|设施|措施|方案|活动|行动|补贴|补助|津贴|资助)$")
# A verb that reports a figure, closing the phrase before it (股价收于, 港股通则取得, 录得), with the
# adverbs that may stand before it
# (a bare 报 only as the whole phrase, 跌10.89%，报42.15港币: 申报, 举报 and 汇报 report no figure)
_REPORTED_RE = re.compile(r"(?:则|均|都|共|累计|再|亦|也|更|已)*(?:报收于|收盘报|收报|收于|录得|取得|^报)$")
# 实现 and 完成 report a figure only after the measure they complete (社会消费品零售总额实现, 固定资产
# 投资完成); after a doer they take an object (玻尔智造完成N元融资), which the rules already read
_COMPLETED_RE = re.compile(r"(?:累计|共|均|都|已)*(?:实现|完成)$")
# A change clause's subject: up to its first figure or verb of change (博彩税收入按月下挫17%)
_CHANGE_SUBJECT_RE = re.compile(
    r"^([^\d，。；：！？（(]{2,24}?)(?:按年|按月|同比|环比)?(?:[上下]?[跌涨]|下挫|下滑|回落|上升|下降|增长|减少|微升|微跌|[升降增减]|\d|[（(])"
)


# A doer and its act of approving, seeking or learning of what the money is for (财务委员会今日通过X,
# 乡公所积极向内政部争取“X”, 林县长了解X): the use is the object after the verb
_OBJECT_AFTER_RE = re.compile(r"^[^，。“”「」]{0,16}?(?:审议通过|通过|批准|核准|争取|了解到?|会勘|视察)了?")


def _object(phrase: str) -> str:
    m = _OBJECT_AFTER_RE.match(phrase) if len(phrase) > 4 else None
    rest = phrase[m.end() :] if m is not None else ""
    if len(rest) < 4:
        return phrase
    if rest[0] == "“" and rest[-1] == "”" and rest.count("“") == 1:
        return rest[1:-1]  # (争取“X计划”: the name, not its quote marks)
    return rest


def bare_money(phrase: str) -> bool:
    return BARE_MONEY_RE.fullmatch(phrase) is not None


def _names_use(phrase: str) -> bool:
    return (
        len(phrase) >= 2
        and phrase not in GENERIC
        and not bare_money(phrase)
        and not doer(phrase)
        and SPOKEN_CLAUSE_RE.search(phrase) is None
        and SETTING_RE.fullmatch(phrase) is None
    )


def _clause_before(p: Phrases) -> str | None:
    """The clause before the amount's, in its sentence, cleaned; ``None`` at a sentence's start."""
    if p.clause <= p.sent:
        return None
    if p.prev_in_sentence and p.prev is not None and p.prev.start >= clause_start(p.text, p.clause - 1, p.sent):
        return None  # (that clause holds an amount of its own: its words are that amount's)
    pc = clause_start(p.text, p.clause - 1, p.sent)
    phrase = _object(clean_before(p.text[pc : p.clause - 1]))
    return phrase if _names_use(phrase) else None


def named_use(p: Phrases, found: str) -> str | None:
    """What to say instead of ``found`` (the rules' answer), or ``None`` to keep it."""
    if bare_money(found):
        raw = p.text[p.seg : p.s]
        if raw.endswith("的"):
            noun = _object(clean_before(raw[:-1]))
            return noun if _names_use(noun) and _USE_HEAD_RE.search(noun) else None
        if not (found in p.before or _BARE_ACT_RE.fullmatch(clean_before(raw))):
            return None
        before = _clause_before(p)
        # (发现问题2个，涉及资金32万元; 涉及补助项目104个，共安排补助资金N元: a clause that counts what
        # was found or covered reports a result, and the money it involves is named by its noun alone)
        return None if before is None or COUNTED_RE.search(before) else before
    if found[-1] in "现成":
        completed = _COMPLETED_RE.search(found)
        if completed is None:
            return None
        measure = clean_before(found[: completed.start()])
        return measure if MONEY_NOUN_RE.search(measure) and _names_use(measure) else None
    # (a phrase across a comma, 坚朗五金涨5.88%，收盘报: whose figure it is lies past the clause's own words)
    reported = _REPORTED_RE.search(found) if found[-1] in "于报得" and "，" not in found else None
    if reported is None:
        return None
    subject = clean_before(found[: reported.start()])
    if _names_use(subject) and not subject.endswith(("%", "，", "为", "是")):
        return subject
    before = _clause_before(p)
    if before is None:
        return None
    m = _CHANGE_SUBJECT_RE.match(before)
    return m.group(1) if m and not m.group(1).endswith(("为", "是")) else None
