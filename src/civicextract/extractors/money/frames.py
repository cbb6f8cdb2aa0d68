"""Frames right at the amount that settle its purpose before the numbered steps of :mod:`.steps`.

The same money said again (in a bracket, as the total a handout involves); a frame the phrase after
the amount completes (a cap, a lot won, an item sold, money taken for or spent so as to do
something, a bare verb's object, what a cost buys); a predicate or 的 opening that phrase; a noun
right after the amount (the fine a penalty verb imposes, the thing a bare unit describes); a fine
and its offence; a price and what it bought.  Each function answers one of these questions from the
phrases of :mod:`.phrases` (its rules in their order, each with an example) and returns ``None``
when none of its frames is there; :func:`.rules.purpose_of` asks them in this file's order.
"""

from __future__ import annotations

from . import lexicon, shapes
from .clauses import WINDOW, clause_end, clause_start, next_clause
from .context import cap_measure, instrument_made, sold_item, won_lot
from .lexicon import BARE_MONEY_VERBS, GENERIC
from .phrases import Phrases
from .shapes import PENALTY_ENDS, PENALTY_VERBS
from .trim import clean_before

# The patterns whose methods this module calls are bound here by assignment, not imported by
# name: CPython 3.11 compiles NAME.search(...) on a name an import binds (it may be a module) as an
# attribute load and a call of a new bound method, +5 % of money's instructions a pass.
DIGIT_RE = lexicon.DIGIT_RE
SO_AS_RE = lexicon.SO_AS_RE
BARE_RE = shapes.BARE_RE
BOUND_END_RE = shapes.BOUND_END_RE
BUY_RE = shapes.BUY_RE
CAUSE_LEAD_RE = shapes.CAUSE_LEAD_RE
COST_LEAD_RE = shapes.COST_LEAD_RE
COST_THEN_RE = shapes.COST_THEN_RE
FINE_BEFORE_RE = shapes.FINE_BEFORE_RE
HAN_RE = shapes.HAN_RE
INVOLVED_RE = shapes.INVOLVED_RE
ITEM_AFTER_RE = shapes.ITEM_AFTER_RE
NOUN_AFTER_RE = shapes.NOUN_AFTER_RE
ONE_OF_RE = shapes.ONE_OF_RE
PAREN_RESTATE_RE = shapes.PAREN_RESTATE_RE
PENALTY_LEAD_RE = shapes.PENALTY_LEAD_RE
PENALTY_NOUN_RE = shapes.PENALTY_NOUN_RE
PRICE_AFTER_RE = shapes.PRICE_AFTER_RE
PUNISHED_RE = shapes.PUNISHED_RE
RAISED_TO_RE = shapes.RAISED_TO_RE
SIZE_END_RE = shapes.SIZE_END_RE
SOLD_AFTER_RE = shapes.SOLD_AFTER_RE
SOLD_RE = shapes.SOLD_RE
SO_AS_NOT_RE = shapes.SO_AS_NOT_RE
TAKEN_FOR_RE = shapes.TAKEN_FOR_RE
TAKE_END_RE = shapes.TAKE_END_RE


def restated(p: Phrases) -> str | None:
    """Is the amount the one before said again: in a bracket after it, or as the total it involves?"""
    text, s, prev = p.text, p.s, p.prev
    sent = p.sent
    if prev is not None and prev.purpose and sent <= prev.end <= s and PAREN_RESTATE_RE.fullmatch(text, prev.end, s):
        return prev.purpose  # 15亿美元（约合人民币107.82亿元）: the same money restated
    seg = p.seg
    if (
        prev is not None
        and text.find("涉", seg, s) >= 0
        and INVOLVED_RE.fullmatch(text, seg, s)
        and prev.purpose
        and sent < prev.end <= s
        and s - prev.end <= WINDOW // 2
    ):
        return prev.purpose  # 每户发放8000元，估计有300万户受惠，涉款240亿元: the handout's total
    return None


def after_frame(p: Phrases) -> str | None:
    """Does the phrase after the amount complete a frame: a cap of a measure the sentence names, a lot
    won, an item sold, money taken for something (来 …), 以 and the aim it is spent for, a bare verb's
    object, or what a cost buys?"""
    text, s, sent = p.text, p.s, p.sent
    if p.capped:
        # 每户以8,000元为上限: a cap of the measure the sentence names (关于宽减差饷安排)
        measure = cap_measure(text, sent, s)
        if measure:
            return measure
    clause, after_raw = p.clause, p.after_raw
    won = won_lot(text, clause, s, after_raw)
    if won:
        return won
    if SOLD_AFTER_RE.match(after_raw.strip()) and not SOLD_RE.search(text, clause, s):
        item = sold_item(text, sent, clause, s)
        if item:
            return item
    taken = TAKEN_FOR_RE.match(after_raw) if after_raw[:1] in "的来用去" else None
    if taken and TAKE_END_RE.search(text, max(clause, s - 6), s):
        # 只要撥出50億元的5%來增聘社工, 动用5亿元来资助X: money taken (or a share of it),
        # then 来 and what it is taken for
        aim = after_raw[taken.end() :].strip()
        if len(aim) >= 2:
            return aim
    so = SO_AS_RE.match(after_raw) if after_raw[:1] in "以用借藉" else None
    if so and not DIGIT_RE.search(after_raw) and not SO_AS_NOT_RE.match(after_raw, so.end()):
        # 每月赚取6千元以维持生活, 拨款3亿元以支持X: 以 + a verb right after the amount is its aim
        aim = after_raw[so.end() :].strip()
        if aim:
            return aim
    before, after, used = p.before, p.cleaned, p.used  # (the phrase after as clean_after left it)
    if before in BARE_MONEY_VERBS and after and not used and 2 <= len(after) <= 8 and HAN_RE.fullmatch(after):
        return after  # 合共退了1亿元差饷: a bare verb before the amount, its object after it
    if not used and COST_LEAD_RE.search(before):
        bought = after or (next_clause(text, p.after_end, p.nxt) or "")  # (只需花9.9元，即可享受X)
        then = COST_THEN_RE.match(bought)
        if then and bought[then.end() :].strip():
            return bought[then.end() :].strip()  # 仅需800元就可以代考许可证: what the money buys
    return None


def opening_after(p: Phrases) -> str | None:
    """What opens the phrase after the amount: a predicate (the money before, again), or 的 and a noun
    the money is (an instrument set up, a thing sized, one offer)?"""
    prev = p.prev
    if p.predicate and not p.before and prev is not None and prev.purpose and p.s - prev.end <= WINDOW // 2:
        return prev.purpose  # 每月支付抚养费1200元……现在，1500元也不够了
    if not p.opens_de:
        return None
    text, s, clause = p.text, p.s, p.clause
    seg, after_de = p.seg, p.after_de
    made = instrument_made(text, clause, s, after_de)
    if made:
        return made  # 设立总额不超过5000万元的“算力券”: the instrument the money is set up as
    if after_de and SIZE_END_RE.search(p.before) and not BOUND_END_RE.search(text, seg, s):
        return after_de  # 总数达约500亿元的纾困措施: a size before the amount, the thing after 的
    if len(after_de) >= 2 and ONE_OF_RE.search(text, seg, s):
        return after_de  # 接受了一份超过1亿欧元的报价: 一份 counts the noun after 的, which the money is
    return None


def noun_after_amount(p: Phrases) -> str | None:
    """Is a noun right after the amount what it is: the fine a penalty verb before it imposes, or the
    thing a bare unit (亿元以上项目) describes?"""
    text, s, seg = p.text, p.s, p.seg
    if text.endswith(PENALTY_ENDS, seg, s) and not text.endswith(("到处", "办处"), seg, s):
        # 并处500元罚款, 可处一万元以上十万元以下的罚款, 并处8万至40万元不等罚金
        e = p.e
        fine = PENALTY_NOUN_RE.search(text, e, clause_end(text, e))
        if fine:
            return fine.group()
    if BARE_RE.search(p.rec.text):  # 亿元以上项目: the amount describes the noun after it
        noun = NOUN_AFTER_RE.match(p.after_raw)
        if noun and noun.group() not in GENERIC:  # (跨过万亿元大关: a size, not a thing)
            return noun.group()
    return None


def fine_or_offence(p: Phrases) -> str | None:
    """Is the amount a fine: the fine named before it, or the offence it punishes (the clause before
    a bare penalty verb, the cause before 被处罚)?"""
    text, s, clause = p.text, p.s, p.clause
    fine = FINE_BEFORE_RE.search(text[clause:s].rstrip())
    if fine:
        return fine.group()
    sent, before = p.sent, p.before
    last_item = before.rsplit("、", 1)[-1]
    if last_item[-1:] in "罚处" and PENALTY_LEAD_RE.sub("", last_item) in PENALTY_VERBS and clause > sent:
        # 违规发布不实讯息，最高囚2年、罚新台币100万元: the offence is the clause before
        pc = clause_start(text, clause - 1, sent)
        offence = clean_before(text[pc : clause - 1])
        if offence:
            return offence
    raw_before = p.raw_before
    punished = PUNISHED_RE.search(raw_before)
    if punished:
        offence = CAUSE_LEAD_RE.sub("", clean_before(raw_before[: punished.start()]))
        if offence:
            return offence
    return None


def traded(p: Phrases) -> str | None:
    """Is the amount a value something was raised to, a price, or what bought a thing?  An empty
    answer: a sale's frame matched but left no words of what was sold (no purpose)."""
    text, s, clause = p.text, p.s, p.clause
    raised = RAISED_TO_RE.search(text, clause, s)
    if raised:
        return raised.group(1)  # 把抚养费增加到每个月1500元: the money raised
    after_raw = p.after_raw
    price = PRICE_AFTER_RE.match(after_raw)
    if price:
        # 将焦炭以80余万元的价格售出: what was sold; 以每斤3元的价格收购了1000斤西瓜: what
        # was bought, the rest of the clause
        sold = SOLD_RE.search(text, clause, s)
        if sold:
            return clean_before(sold.group(1))  # (empty: purpose_of answers None)
        if after_raw[price.end() :].strip():
            return after_raw[price.end() :].strip()
    after = p.after
    if after and BUY_RE.search(p.raw_before):
        item_m = ITEM_AFTER_RE.match(after)
        if item_m:
            return item_m.group()
    return None
