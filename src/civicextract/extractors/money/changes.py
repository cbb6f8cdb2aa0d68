"""Amounts that change, repeat or share a measure named elsewhere in their sentence.

A change whose measure the clause before names (由800亿元减至500亿元, 较上年预算增加四成至2.4亿元),
the same cost needed again, a conversion, the same figure said again, another period's value, a share
each one receives, a change from the amount before: what they are for was said before them, so
these rules look back (the clause before, the sentence's topic, the purpose of ``prev``) instead of
at the words around the amount.  :func:`.rules.purpose_of` tries them in this file's order, after
the frames of :mod:`.frames`.
"""

from __future__ import annotations

from . import lexicon, shapes
from .clauses import WINDOW, clause_start
from .context import opening_clause
from .lexicon import money_head
from .phrases import Phrases
from .trim import clean_before

# The patterns whose methods this module calls are bound here by assignment, not imported by
# name: CPython 3.11 compiles NAME.search(...) on a name an import binds (it may be a module) as an
# attribute load and a call of a new bound method, +5 % of money's instructions a pass.
DIGIT_RE = lexicon.DIGIT_RE
ADDED_ON_RE = shapes.ADDED_ON_RE
ASPECT_RE = shapes.ASPECT_RE
BARE_CHANGE_RE = shapes.BARE_CHANGE_RE
BASE_LEAD_RE = shapes.BASE_LEAD_RE
BASE_RE = shapes.BASE_RE
CAP_CLAUSE_RE = shapes.CAP_CLAUSE_RE
CHANGE_RE = shapes.CHANGE_RE
CHANGE_START_RE = shapes.CHANGE_START_RE
COMPARED_CHANGE_RE = shapes.COMPARED_CHANGE_RE
DELTA_RE = shapes.DELTA_RE
MODAL_CHANGE_RE = shapes.MODAL_CHANGE_RE
NAMED_SCHEME_RE = shapes.NAMED_SCHEME_RE
NEED_ONLY_RE = shapes.NEED_ONLY_RE
PERIOD_RE = shapes.PERIOD_RE
RECEIVE_RE = shapes.RECEIVE_RE
TOPIC_RE = shapes.TOPIC_RE


def changed_measure(p: Phrases) -> str | None:
    """Is the amount a change (or the same cost needed again) of a measure the sentence named before?"""
    text, s, sent = p.text, p.s, p.sent
    clause, prev = p.clause, p.prev
    raw_before, same_clause_prev, prev_in_sentence = p.raw_before, p.same_clause_prev, p.prev_in_sentence
    if CHANGE_START_RE.match(raw_before) and CHANGE_RE.match(p.after_raw.strip()) and clause > sent:
        # 报告将去年与今年的防疫开支对比，由800亿元减至500亿元: the clause before names it
        pc = clause_start(text, clause - 1, sent)
        phrase = clean_before(text[pc : clause - 1])
        if phrase:
            return phrase
    if prev_in_sentence and prev.purpose and not p.after and not p.after_de and NEED_ONLY_RE.fullmatch(p.before):  # type: ignore[union-attr]
        return prev.purpose  # type: ignore[union-attr]  # 首期投入600万元，之后每年另需300万元: the same cost again
    if not same_clause_prev and clause > sent and COMPARED_CHANGE_RE.fullmatch(text, clause, s):
        # 增幅最大的是救护车队，较上年预算增加四成至2.4亿元: the measure changed is the
        # clause before's (unless an amount stands in it)
        pc = clause_start(text, clause - 1, sent)
        if prev is None or prev.end <= pc:
            phrase = clean_before(text[pc : clause - 1])
            if phrase:
                return phrase
    if not same_clause_prev and clause > sent and (
        MODAL_CHANGE_RE.fullmatch(text, clause, s) or CAP_CLAUSE_RE.fullmatch(text, clause, s)
    ):
        # X的免税额，会升至12万元; 推出助学贷款，上限可借3万元: the clause before names it
        # (its last item when it lists several: 包括A、B的免税额)
        pc = clause_start(text, clause - 1, sent)
        if prev is None or prev.end <= pc:
            raw = text[pc : clause - 1]
            item = raw.rsplit("、", 1)[-1].strip() if "、" in raw else ""
            phrase = item if len(item) >= 4 and not DIGIT_RE.search(item) else clean_before(raw)
            if phrase:
                return phrase
    if not same_clause_prev and clause > sent and BARE_CHANGE_RE.fullmatch(text, clause, s):
        # 消防处由于去年已大增，今年增幅放缓，但仍增加5.2%至80.3亿元: the measure is the sentence's subject
        first = opening_clause(text, sent, clause, prev)
        if first:
            return first
    return None



def prior_money(p: Phrases) -> str | None:
    """Is the amount money said before it again (converted, the same figure, another period's value),
    a change in an aspect the sentence names, a share someone receives (of the money before, of the
    sentence's topic or named scheme), or a change from the amount before?"""
    text, s, sent = p.text, p.s, p.sent
    clause, prev = p.clause, p.prev
    before, raw_before, prev_in_sentence = p.before, p.raw_before, p.prev_in_sentence
    after, after_de = p.after, p.after_de
    if p.converted and prev_in_sentence and prev.purpose:  # type: ignore[union-attr]
        # a conversion names no use of its own: the amount converted's (and never
        # the converted amount's text, which is the clause before: see step 5)
        return prev.purpose  # type: ignore[union-attr]
    if prev_in_sentence and prev.purpose and ADDED_ON_RE.fullmatch(raw_before):  # type: ignore[union-attr]
        # 议定补偿款12亿元，再加上3亿元: more of the same item, not a use called 加上 (round 28)
        return prev.purpose  # type: ignore[union-attr]
    if (
        prev is not None
        and prev.purpose
        and prev.text == p.rec.text
        and not before
        and s - prev.end <= WINDOW // 2
        and not money_head(after)
    ):
        return prev.purpose  # 每日1,820元。每日1,820元这个金额……: the same money again
    if DELTA_RE.match(raw_before) and not prev_in_sentence:
        aspect = ASPECT_RE.findall(text, sent, s)
        if aspect:
            return aspect[-1]
    if prev is not None and prev.purpose and s - prev.end <= 40 and PERIOD_RE.fullmatch(before):
        return prev.purpose  # 资产总额4962.61亿元，上年末为4487.23亿元: the same measure a year before
    received = RECEIVE_RE.search(before)
    if (
        received
        and not (after or after_de)
        and prev_in_sentence
        and prev.purpose  # type: ignore[union-attr]
        and len(clean_before(before[: received.start()])) <= 4
    ):
        return prev.purpose  # type: ignore[union-attr]  # 派发总值5亿元的消费券，每人可获200元: a share of the money before
    if received and not (after or after_de) and clause > sent:
        # 就每名成功转介的学员，机构可获2000港元; 至于X计划，…，每名居民可获1万元: who gets
        # it is no purpose; what it is paid for is the sentence's topic clause
        topic = TOPIC_RE.findall(text, sent, clause)
        if topic:
            return topic[-1]
        scheme = NAMED_SCHEME_RE.findall(text, sent, clause)
        if scheme:
            return scheme[-1]  # 方案中有“长者补贴两档制”，合资格者获派约900元
    if prev_in_sentence and prev.purpose and (DELTA_RE.match(raw_before) or BASE_RE.match(raw_before)):  # type: ignore[union-attr]
        prev2 = p.prev2
        if (
            prev2 is not None
            and prev2.purpose
            and prev2.end > sent
            and BASE_LEAD_RE.match(text, clause_start(text, prev.start, sent))  # type: ignore[union-attr]
        ):
            # 来年预算定为6.3亿元，比去年修订预算7.1亿元，减少约8千万元: the change is the
            # measure's, not the base's it was compared with
            return prev2.purpose
        return prev.purpose  # type: ignore[union-attr]  # 较“十三五”末的9323.1亿元增加4374.4亿元; 共减了455亿元
    if prev_in_sentence and prev.purpose and CHANGE_RE.match(raw_before):  # type: ignore[union-attr]
        return prev.purpose  # type: ignore[union-attr]  # 税收贡献从6000万元增长到了2022年的近30亿元: the same money
    return None
