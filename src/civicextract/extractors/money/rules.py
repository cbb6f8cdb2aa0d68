"""The ordered rules that choose what one amount of money is for.

:func:`purpose_of` tries the shapes of :mod:`.shapes` in a fixed order (the overview is the
docstring of :mod:`.purpose`) on the phrases around one amount, and returns the first that
finds words.  It is one function because its rules share the cut phrases (``before``,
``after``, ``after_de`` …) and return early; the look-ups it calls are in :mod:`.context`.
"""

from __future__ import annotations

from ...records import Money
from . import context, lexicon, shapes
from .clauses import WINDOW, clause_end, clause_start, next_clause, sentence_start
from .context import (
    built_with,
    cap_measure,
    ceiling_object,
    instrument_made,
    named_money,
    opening_clause,
    prior_object,
    says_nothing,
    sold_item,
    use_follows,
    won_lot,
)
from .lexicon import ALLOC_VERBS, BARE_MONEY_VERBS, GENERIC, LIST_GAP, LIST_JOINS, NOUN_VERBS, money_head
from .shapes import FORECAST_VERBS, GRANT_VERBS, PENALTY_ENDS, PENALTY_VERBS, PLAIN_MONEY_NOUNS
from .trim import clean_after, clean_before

# The patterns whose methods this module calls are bound here by assignment, not imported by
# name: CPython 3.11 compiles NAME.search(...) on a name an import binds (it may be a module) as an
# attribute load and a call of a new bound method, +5 % of money's instructions a pass.
CEILING_RE = context.CEILING_RE
GENERIC_HOLDER_RE = context.GENERIC_HOLDER_RE
SPEAKER_RE = context.SPEAKER_RE
ACTOR_RE = lexicon.ACTOR_RE
AIM_RE = lexicon.AIM_RE
ALLOC_RE = lexicon.ALLOC_RE
COUNTED_RE = lexicon.COUNTED_RE
DIGIT_RE = lexicon.DIGIT_RE
GENERIC_MONEY_TAIL_RE = lexicon.GENERIC_MONEY_TAIL_RE
MARKER_RE = lexicon.MARKER_RE
MEASURED_RE = lexicon.MEASURED_RE
MONEY_NOUN_RE = lexicon.MONEY_NOUN_RE
SO_AS_RE = lexicon.SO_AS_RE
SUFFIX_RE = lexicon.SUFFIX_RE
UNIT_RE = lexicon.UNIT_RE
USE_RE = lexicon.USE_RE
AMOUNT_OF_RE = shapes.AMOUNT_OF_RE
ASPECT_RE = shapes.ASPECT_RE
BARE_CHANGE_RE = shapes.BARE_CHANGE_RE
BARE_INVEST_RE = shapes.BARE_INVEST_RE
BARE_MEASURE_RE = shapes.BARE_MEASURE_RE
BARE_RE = shapes.BARE_RE
BASE_LEAD_RE = shapes.BASE_LEAD_RE
BASE_RE = shapes.BASE_RE
BOUND_END_RE = shapes.BOUND_END_RE
BUILD_LEAD_RE = shapes.BUILD_LEAD_RE
BUY_RE = shapes.BUY_RE
CAP_AFTER_RE = shapes.CAP_AFTER_RE
CAP_CLAUSE_RE = shapes.CAP_CLAUSE_RE
CAP_RE = shapes.CAP_RE
CAUSE_LEAD_RE = shapes.CAUSE_LEAD_RE
CHANGE_RE = shapes.CHANGE_RE
CHANGE_START_RE = shapes.CHANGE_START_RE
COMPARED_CHANGE_RE = shapes.COMPARED_CHANGE_RE
CONVERSION_RE = shapes.CONVERSION_RE
COST_LEAD_RE = shapes.COST_LEAD_RE
COST_THEN_RE = shapes.COST_THEN_RE
COUNT_RE = shapes.COUNT_RE
CUMULATIVE_RE = shapes.CUMULATIVE_RE
DELTA_RE = shapes.DELTA_RE
DE_NOUN_RE = shapes.DE_NOUN_RE
DOING_RE = shapes.DOING_RE
DURATION_RE = shapes.DURATION_RE
EXAMPLE_AFTER_RE = shapes.EXAMPLE_AFTER_RE
FIGURE_LIST_RE = shapes.FIGURE_LIST_RE
FINE_BEFORE_RE = shapes.FINE_BEFORE_RE
FOR_CLAUSE_RE = shapes.FOR_CLAUSE_RE
FRAME_END_RE = shapes.FRAME_END_RE
GENERIC_DE_RE = shapes.GENERIC_DE_RE
GIVE_RE = shapes.GIVE_RE
GRANT_NOUN_RE = shapes.GRANT_NOUN_RE
GRANT_WORD_RE = shapes.GRANT_WORD_RE
GROUP_RE = shapes.GROUP_RE
HANDOUT_ONLY_RE = shapes.HANDOUT_ONLY_RE
HANDOUT_RE = shapes.HANDOUT_RE
HAN_RE = shapes.HAN_RE
HELPED_RE = shapes.HELPED_RE
INSTRUMENT_RE = shapes.INSTRUMENT_RE
INVESTED_RE = shapes.INVESTED_RE
INVOLVED_RE = shapes.INVOLVED_RE
ITEM_AFTER_RE = shapes.ITEM_AFTER_RE
MODAL_CHANGE_RE = shapes.MODAL_CHANGE_RE
NAMED_SCHEME_RE = shapes.NAMED_SCHEME_RE
NEED_ONLY_RE = shapes.NEED_ONLY_RE
NOUN_AFTER_RE = shapes.NOUN_AFTER_RE
ONE_OF_RE = shapes.ONE_OF_RE
PAREN_AFTER_RE = shapes.PAREN_AFTER_RE
PAREN_RESTATE_RE = shapes.PAREN_RESTATE_RE
PENALTY_LEAD_RE = shapes.PENALTY_LEAD_RE
PENALTY_NOUN_RE = shapes.PENALTY_NOUN_RE
PERIOD_RE = shapes.PERIOD_RE
PER_HEAD_END_RE = shapes.PER_HEAD_END_RE
PER_HEAD_RE = shapes.PER_HEAD_RE
PLAIN_MONEY_RE = shapes.PLAIN_MONEY_RE
PLAIN_TAIL_RE = shapes.PLAIN_TAIL_RE
PLANNED_RE = shapes.PLANNED_RE
PLAN_END_RE = shapes.PLAN_END_RE
PREDICATE_RE = shapes.PREDICATE_RE
PREV_NOUN_JOIN_RE = shapes.PREV_NOUN_JOIN_RE
PRICE_AFTER_RE = shapes.PRICE_AFTER_RE
PUNISHED_RE = shapes.PUNISHED_RE
RAISED_TO_RE = shapes.RAISED_TO_RE
REACH_END_RE = shapes.REACH_END_RE
RECEIVE_RE = shapes.RECEIVE_RE
RECIPIENT_RE = shapes.RECIPIENT_RE
REPORT_END_RE = shapes.REPORT_END_RE
RESULT_RE = shapes.RESULT_RE
SIZE_END_RE = shapes.SIZE_END_RE
SOLD_AFTER_RE = shapes.SOLD_AFTER_RE
SOLD_RE = shapes.SOLD_RE
SO_AS_NOT_RE = shapes.SO_AS_NOT_RE
SPENDING_TAIL_RE = shapes.SPENDING_TAIL_RE
TAKEN_FOR_RE = shapes.TAKEN_FOR_RE
TAKE_END_RE = shapes.TAKE_END_RE
THIS_IS_RE = shapes.THIS_IS_RE
THRESHOLD_WORD_RE = shapes.THRESHOLD_WORD_RE
TOPIC_RE = shapes.TOPIC_RE
TO_NEXT_RE = shapes.TO_NEXT_RE


def purpose_of(text: str, rec: Money, prev: Money | None, nxt: Money | None, prev2: Money | None = None) -> str | None:
    s, e = rec.start, rec.end
    while True:  # step over 以上 / （新台币，下同）
        m = SUFFIX_RE.match(text, e)
        if not m:
            break
        e = m.end()
    sent = sentence_start(text, s)
    if prev is not None and prev.purpose and sent <= prev.end <= s and PAREN_RESTATE_RE.fullmatch(text, prev.end, s):
        return prev.purpose  # 15亿美元（约合人民币107.82亿元）: the same money restated
    clause = clause_start(text, s, sent)
    same_clause_prev = prev is not None and prev.end > clause and prev.end <= s
    seg = max(clause, prev.end) if same_clause_prev else clause  # type: ignore[union-attr]
    if same_clause_prev and seg == prev.end:  # type: ignore[union-attr]
        unit = UNIT_RE.match(text, seg)  # 从796元/月提高至842元/月: /月 is the first amount's
        seg = unit.end() if unit and unit.end() <= s else seg
    for m in FIGURE_LIST_RE.finditer(text, seg, s):
        # (not when what is left is a bare money word: 谋划项目420个、投资429亿元; nor a bare
        # investment measure: 实施省级重点项目640个、完成投资3500亿元 is the projects' investment)
        rest = clean_before(text[m.end() : s])
        if len(rest) > 2 and not BARE_INVEST_RE.fullmatch(rest):
            seg = m.end()
    before = clean_before(text[seg:s])
    if same_clause_prev and PREV_NOUN_JOIN_RE.fullmatch(text, prev.end, s):  # type: ignore[union-attr]
        before = ""  # 以1万元现金及2万元人身担保: 现金 is the first amount's noun, not this one's
    if (
        prev is not None
        and text.find("涉", seg, s) >= 0
        and INVOLVED_RE.fullmatch(text, seg, s)
        and prev.purpose
        and sent < prev.end <= s
        and s - prev.end <= WINDOW // 2
    ):
        return prev.purpose  # 每户发放8000元，估计有300万户受惠，涉款240亿元: the handout's total
    reported = REPORT_END_RE.search(before)
    if reported:
        head = clean_before(before[: reported.start()])
        forecast = reported.group() in FORECAST_VERBS
        # 财政赤字预计达1016亿元: the measure forecast stays; 当局预计, 他预计: a speaker never does
        before = (
            head if forecast and len(head) >= 2 and not ACTOR_RE.search(head) and not SPEAKER_RE.search(head) else ""
        )
    paren = PAREN_AFTER_RE.match(text, e)
    ea = paren.end() if paren else e  # (the phrase after a bracket: 20亿坡元（约112亿港元）纾困预算)
    after_end = clause_end(text, ea)
    if nxt is not None and ea <= nxt.start < after_end:
        after_end = nxt.start
    after_raw = text[ea:after_end]
    if paren and nxt is not None and nxt.start < ea:
        digit = DIGIT_RE.search(after_raw)  # (the amount in the bracket was the next one; stop at a later figure)
        after_raw = after_raw[: digit.start()] if digit else after_raw
    if after_raw[:1].isspace():
        # a space right after the amount ends its phrase (a headline's clauses:
        # 向合资格长者派5000元　涉公帑逾10億元, 受贿800余万元 上海…)
        after_raw = ""
    if nxt is not None and after_end == nxt.start:
        # 价值6.57万元的各类生活用品和价值1.71万元的消毒液: what follows the
        # conjunction goes with the next amount
        after_raw = TO_NEXT_RE.sub("", after_raw)
    if FRAME_END_RE.search(before):
        before = ""  # 记得当年三蚊乘船优惠吗…: the amount opens a noun phrase
    if CAP_AFTER_RE.match(after_raw.strip()):
        # 每户以8,000元为上限: a cap of the measure the sentence names (关于宽减差饷安排)
        measure = cap_measure(text, sent, s)
        if measure:
            return measure
        after_raw = ""
    if EXAMPLE_AFTER_RE.match(after_raw):
        after_raw = ""  # 以去年的最低工资30元为例: the amount illustrates what comes before it
    elif after_raw.endswith("为例"):
        after_raw = after_raw[:-2]  # 以一份30元的套餐为例: the noun after it is the thing priced
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
    after, used = clean_after(after_raw)
    if before in BARE_MONEY_VERBS and after and not used and 2 <= len(after) <= 8 and HAN_RE.fullmatch(after):
        return after  # 合共退了1亿元差饷: a bare verb before the amount, its object after it
    if not used and COST_LEAD_RE.search(before):
        bought = after or (next_clause(text, after_end, nxt) or "")  # (只需花9.9元，即可享受X)
        then = COST_THEN_RE.match(bought)
        if then and bought[then.end() :].strip():
            return bought[then.end() :].strip()  # 仅需800元就可以代考许可证: what the money buys
    if after and not used and PREDICATE_RE.match(after):
        after = ""
        if not before and prev is not None and prev.purpose and s - prev.end <= WINDOW // 2:
            return prev.purpose  # 每月支付抚养费1200元……现在，1500元也不够了
    if after.startswith("的"):
        # 的 + a noun, up to the next figure (的消毒液2.25吨……“辽沈…); a count
        # first is how many of it (总投资2万亿元的389个省重点项目)
        count = COUNT_RE.match(after, 1)
        after_de = DE_NOUN_RE.match(after, count.end() if count else 1).group().rstrip('”’"」』）)')  # type: ignore[union-attr]
        if GENERIC_DE_RE.fullmatch(after_de):
            after_de = ""
        after = ""
        made = instrument_made(text, clause, s, after_de)
        if made:
            return made  # 设立总额不超过5000万元的“算力券”: the instrument the money is set up as
        if after_de and SIZE_END_RE.search(before) and not BOUND_END_RE.search(text, seg, s):
            return after_de  # 总数达约500亿元的纾困措施: a size before the amount, the thing after 的
        if len(after_de) >= 2 and ONE_OF_RE.search(text, seg, s):
            return after_de  # 接受了一份超过1亿欧元的报价: 一份 counts the noun after 的, which the money is
    else:
        after_de = ""
    if text.endswith(PENALTY_ENDS, seg, s) and not text.endswith(("到处", "办处"), seg, s):
        # 并处500元罚款, 可处一万元以上十万元以下的罚款, 并处8万至40万元不等罚金
        fine = PENALTY_NOUN_RE.search(text, e, clause_end(text, e))
        if fine:
            return fine.group()

    if BARE_RE.search(rec.text):  # 亿元以上项目: the amount describes the noun after it
        noun = NOUN_AFTER_RE.match(after_raw)
        if noun and noun.group() not in GENERIC:  # (跨过万亿元大关: a size, not a thing)
            return noun.group()
    raw_before = text[seg:s].strip(" 、，,")
    fine = FINE_BEFORE_RE.search(text[clause:s].rstrip())
    if fine:
        return fine.group()
    last_item = before.rsplit("、", 1)[-1]
    if last_item[-1:] in "罚处" and PENALTY_LEAD_RE.sub("", last_item) in PENALTY_VERBS and clause > sent:
        # 违规发布不实讯息，最高囚2年、罚新台币100万元: the offence is the clause before
        pc = clause_start(text, clause - 1, sent)
        offence = clean_before(text[pc : clause - 1])
        if offence:
            return offence
    punished = PUNISHED_RE.search(raw_before)
    if punished:
        offence = CAUSE_LEAD_RE.sub("", clean_before(raw_before[: punished.start()]))
        if offence:
            return offence
    raised = RAISED_TO_RE.search(text, clause, s)
    if raised:
        return raised.group(1)  # 把抚养费增加到每个月1500元: the money raised
    price = PRICE_AFTER_RE.match(after_raw)
    if price:
        # 将焦炭以80余万元的价格售出: what was sold; 以每斤3元的价格收购了1000斤西瓜: what
        # was bought, the rest of the clause
        sold = SOLD_RE.search(text, clause, s)
        if sold:
            return clean_before(sold.group(1)) or None
        if after_raw[price.end() :].strip():
            return after_raw[price.end() :].strip()
    if after and BUY_RE.search(raw_before):
        item_m = ITEM_AFTER_RE.match(after)
        if item_m:
            return item_m.group()
    if CHANGE_START_RE.match(raw_before) and CHANGE_RE.match(after_raw.strip()) and clause > sent:
        # 报告将去年与今年的防疫开支对比，由800亿元减至500亿元: the clause before names it
        pc = clause_start(text, clause - 1, sent)
        phrase = clean_before(text[pc : clause - 1])
        if phrase:
            return phrase
    prev_in_sentence = prev is not None and prev.end > sent and prev.end <= s
    if prev_in_sentence and prev.purpose and not after and not after_de and NEED_ONLY_RE.fullmatch(before):  # type: ignore[union-attr]
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
    converted = CONVERSION_RE.search(raw_before) is not None
    if converted and prev_in_sentence and prev.purpose:  # type: ignore[union-attr]
        # a conversion names no use of its own: the amount converted's (and never
        # the converted amount's text, which is the clause before: see step 5)
        return prev.purpose  # type: ignore[union-attr]
    if (
        prev is not None
        and prev.purpose
        and prev.text == rec.text
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
    if CEILING_RE.search(text, clause, s):
        ceiling = ceiling_object(text, sent, clause, s)
        if ceiling:
            return ceiling
    cap = CAP_RE.search(text, clause, s)
    if cap and clause > sent and GENERIC_HOLDER_RE.fullmatch(clean_before(text[clause : cap.start()])):
        # 按交易额的1%给予奖励，单个企业不超过100万元: a cap per holder is a cap of the grant
        # the sentence gave before (the nearest clause naming one)
        pc = clause - 1
        while pc > sent:
            start = clause_start(text, pc, sent)
            if prev is not None and start < prev.end <= pc:
                break
            if GRANT_WORD_RE.search(text, start, pc):
                phrase = clean_before(text[start:pc])
                if phrase:
                    return phrase
            pc = start - 1
    threshold = rec.text.endswith(("以上", "以下")) or (e > rec.end and text.startswith(("以上", "以下"), rec.end))
    if threshold and not after_raw.startswith("的"):
        # 开工建设10亿元以上重大产业项目47个: a threshold describes the noun after it
        # (以上 is in the record's text, like every suffix qualifier)
        noun = NOUN_AFTER_RE.match(after_raw)
        if noun and not USE_RE.match(noun.group()) and noun.group()[0] != "者" and noun.group() not in LIST_GAP:
            return noun.group()
    if after and (GRANT_NOUN_RE.fullmatch(after) or after in PLAIN_MONEY_NOUNS):
        follow = next_clause(text, after_end, nxt)
        use = USE_RE.match(follow) if follow else None
        if use and follow[use.end() :].strip():  # type: ignore[index]
            return follow[use.end() :].strip()  # type: ignore[index]  # 通过约85亿元拨款，用作兴建临时医院
    if after and GRANT_NOUN_RE.fullmatch(after) or not after and not use_follows(text, after_end, nxt):
        # 对乡村道路硬化给予45万元补助, 政府會向X提供300億元撥款, 为X预留12亿元:
        # who or what the grant goes to is what it is for (unless the clause
        # after says what it does: 向X撥款3億元，提供500個培訓名額…)
        to = RECIPIENT_RE.search(text, clause, s)
        if to:
            if after_de and not GRANT_NOUN_RE.fullmatch(after_de) and (
                money_head(after_de) == after_de or SPENDING_TAIL_RE.search(after_de)
            ):
                # 为每名新生儿家庭提供1000元的育儿补贴, 为X提供130亿美元的新军费开支: a named
                # grant or spending says what the money is
                return after_de
            who = to.group(1)
            per = PER_HEAD_END_RE.search(who)
            return who[: per.start()] if per and per.start() >= 2 else who  # (X的学生每人给予: the students)
    if after and after not in GENERIC and INSTRUMENT_RE.search(text, seg, s):
        return money_head(after) or after  # 该区以1200万元收购X: what is done with it (以1元象征式租金…: the rent)
    if (not after or after in GENERIC) and not after_de and not REACH_END_RE.search(raw_before):
        # (a statistic reaching a value has no use: 经济总量达到3.8万亿元，以X为核心…)
        follow = next_clause(text, after_end, nxt)
        so = SO_AS_RE.match(follow) if follow else None
        if so and follow[so.end() :].strip() and "为" not in follow[so.end() :]:  # type: ignore[index]
            return follow[so.end() :].strip()  # type: ignore[index]  # 每户发放500元，以减轻负担: the use the clause after gives
        if follow and AIM_RE.match(follow) and not DIGIT_RE.search(follow) and HANDOUT_RE.search(raw_before):
            return follow  # 向市民派发5000元，刺激社区消费: the aim of the handout
    if (
        not after
        and not after_de
        and clause > sent
        and PER_HEAD_RE.fullmatch(raw_before)
        and not ALLOC_RE.search(raw_before)
        and not GRANT_WORD_RE.search(raw_before)
    ):
        # 可领取一次性津贴，每位长者3000元: what each gets is what the clause before names
        prior = prior_object(text, sent, clause, prev)
        if prior:
            return prior
    if not after and not after_de and prev_in_sentence and prev.purpose and clause >= prev.end and GROUP_RE.fullmatch(raw_before):  # type: ignore[union-attr]
        return prev.purpose  # type: ignore[union-attr]  # 每名永久居民8000元，非永久居民5000元: the next group gets the same
    # 1. a purpose marker after the amount
    marker = MARKER_RE.match(after)
    if after and (used or (marker and marker.end() < len(after))):
        return after
    if not before and not after_de and prev is not None and prev.purpose and not money_head(after):
        gap_start = prev.end
        unit = UNIT_RE.match(text, gap_start)
        if unit:
            gap_start = unit.end()
        if text[gap_start:s].strip() in LIST_JOINS:
            # 分别提高375元、360元; 0.19元/升、0.20元/升: a later item of a list is what the first is
            # (not when a noun follows it: 8000元、5000元和3000元不等的资助 share that, see find_purpose)
            return prev.purpose
    plain = before in PLAIN_MONEY_NOUNS or (
        PLAIN_MONEY_RE.fullmatch(before) is not None and s - clause <= len(before) + 4
    )
    if plain and not after and not used:
        if clause > sent and s - clause <= max(5, len(before) + 4):
            # 为全镇路灯换上节能灯，开支约2亿元: the clause before names what is spent on
            topic = TOPIC_RE.findall(text, sent, clause)
            if topic and (prev is None or prev.end <= sent):
                return topic[-1]  # 就X补助，也会作同样处理，额外支出约2亿元: the sentence's topic
            pc = clause_start(text, clause - 1, sent)
            if prev is None or prev.end <= pc:
                phrase = clean_before(text[pc : clause - 1])
                if phrase:
                    return phrase
        return before  # 开支约为20亿元，另有配套安排: the spending, not the clause after
    if after in GENERIC:  # 安排专项资金500万元，用于老旧小区改造
        follow = next_clause(text, after_end, nxt)
        use = USE_RE.match(follow) if follow else None
        if use and follow[use.end() :].strip():  # type: ignore[index]
            return follow[use.end() :].strip()  # type: ignore[index]
        if says_nothing(before):
            # 为推进X，省财政厅投入资金1200万元: the doer and the verb say nothing of the use
            for_clauses = FOR_CLAUSE_RE.findall(text, sent, clause)
            if for_clauses:
                return for_clauses[-1]
            if (
                before
                and follow
                and not RESULT_RE.match(follow)
                and not HELPED_RE.match(follow)
                and not COUNTED_RE.search(follow)
                and not MEASURED_RE.search(follow)
            ):
                # 預留額外開支8億元，未來三年在5區開設X: what is done next is the use
                # (not a count of results: 共投入资金1.5亿元，治理隐患333处)
                return follow
            built = built_with(follow) if before and follow else None
            if built:
                return built  # 争取投入资金2890万元，实施天保工程生态修复15.4万亩: what was built, without how much
            if before and follow:
                # 持续优化X，安排省级财政资金1042.8亿元，保障用能1302万吨: the clause after reports a
                # result; the clause before names what is funded
                prior = prior_object(text, sent, clause, prev, lead=True)
                if prior:
                    return prior
        if before and GRANT_NOUN_RE.fullmatch(before) and clause > sent:
            # 資助X的水費支出，每戶每季資助上限為3000元: the grant's object is the clause before
            pc = clause_start(text, clause - 1, sent)
            phrase = clean_before(text[pc : clause - 1])
            if phrase and phrase not in GENERIC and before in phrase:  # (the same grant, named)
                return phrase
    if BARE_MEASURE_RE.fullmatch(before) and not after_de:
        # 设立基金24只、总规模934亿元; 削减百分之二的经常开支，预计节省15亿元: a total or a saving
        # names no thing; the words before it in its clause do (after a count list), else the
        # clause before, when no amount stands there (总投资10亿元的X项目 is the size of X)
        lo = clause if seg > clause else clause_start(text, clause - 1, sent) if clause > sent else -1
        if lo >= 0 and (prev is None or prev.end <= lo):
            phrase = clean_before(text[lo:s])
            if phrase and phrase != before:
                return phrase
    verb = ALLOC_RE.search(before)
    if verb is None and after not in GENERIC:
        # 专门安排财政资金75亿元加快项目落地建设: the verb before a generic money noun, for the use after
        verb = ALLOC_RE.search(GENERIC_MONEY_TAIL_RE.sub("", before))
    core = before[: verb.start()].strip() if verb else before
    core = clean_before(core) if verb else core
    if verb and core and (not after or after in GENERIC) and not after_de and REACH_END_RE.search(raw_before) and not ACTOR_RE.search(core):
        return before  # 全口径科技创新投入达到7800亿元，确保…: the 投入 measured, not a use after it
    # 2. an allocation verb before it
    if verb:
        if not core and not after and not after_de and CUMULATIVE_RE.fullmatch(raw_before):
            return raw_before  # 累计捐资1720万元，帮助2700多名新生…: the total given is the measure
        if after and after not in GENERIC:
            return after
        if verb.group() in GRANT_VERBS and after_de and not after and GIVE_RE.match(before):
            return before[GIVE_RE.match(before).end() :]  # type: ignore[union-attr]  # 给予一次性奖励300万元的政策措施: the reward
        if after_de and (not after or AMOUNT_OF_RE.search(before)):
            return after_de  # 带来三十万元以上的收入; 总投资10亿元的鑫丰生物经济产业园项目
        if verb.group() in NOUN_VERBS and not core:
            if verb.group() == "投资" and after in GENERIC:
                # 实施X项目，投资2800万元: a bare 投资 names no use; the clause after says it
                # (unless it reports a result or a rate), else the clause before
                follow = next_clause(text, after_end, nxt)
                if follow and BUILD_LEAD_RE.match(follow):
                    return follow
                prior = prior_object(text, sent, clause, prev)
                if prior and not MEASURED_RE.search(prior) and "%" not in prior:
                    return prior  # (not a clause that reports a measure: 农村公路总里程12.96万公里，投资…)
            return before  # 每户再补贴2000元
        if verb.group() in ALLOC_VERBS and after in GENERIC and not (len(core) > 4 and PLAN_END_RE.search(core)):
            # (市政府防洪排涝工程预留了6亿元: the plan before the verb is the use)
            follow = next_clause(text, after_end, nxt)
            if follow and DURATION_RE.match(follow):
                # 设立X专项，每年投入9000万元，连续支持5年: how long says nothing; the clause before names it
                prior = prior_object(text, sent, clause, prev)
                if prior:
                    return prior
                follow = None
            if follow and not RESULT_RE.match(follow) and not HELPED_RE.match(follow) and "%" not in follow:
                # (a clause that reports a result says what the money achieved,
                # not what it is for: 累计攻关投入6.7亿元，突破关键技术62项; nor
                # does a rate: 研发投入133.5亿元，分别增长10.3%)
                return follow
        if core and verb.group() in ALLOC_VERBS and verb.group() != "拨款":
            # 专项扶贫资金累计投入: the verb is not part of what the money is; but
            # 政府将预留300亿港元: a doer, never the use
            if MONEY_NOUN_RE.search(core):
                return core
            if not ACTOR_RE.search(core):
                return before  # 研发投入133.5亿元, 旅游花费1.27万亿元: a noun, verb included
        elif core:
            if verb.group() in NOUN_VERBS and after in GENERIC and ACTOR_RE.search(core):
                # 区政府投资1500万元，对辖区内老旧小区进行改造: a doer and 投资 say
                # nothing; the clause after is the use (not a rate or a result)
                follow = next_clause(text, after_end, nxt)
                if follow and not RESULT_RE.match(follow) and not HELPED_RE.match(follow) and "%" not in follow:
                    return follow
            if verb.group() == "投资" and after in GENERIC and PLANNED_RE.fullmatch(core):
                # 计划投资8.5亿元，建设X: a plan word says no more; a building clause after is the use
                follow = next_clause(text, after_end, nxt)
                if follow and BUILD_LEAD_RE.match(follow):
                    return follow
            return before
    # 3. the subject before it
    elif before and before not in GENERIC:
        if not after and not after_de and HANDOUT_ONLY_RE.fullmatch(before):
            # 津贴按季发放，每季发放1500元: a bare handout or payment verb; the money noun
            # the sentence named before is what is handed out
            named = named_money(text, sent, seg)
            if named:
                return named
        money_noun = money_head(after) if after else None
        if money_noun and (not MONEY_NOUN_RE.search(before) or PLAIN_TAIL_RE.search(before) or raw_before.endswith("的")):
            # (该科增加的3.1亿元预算开支: a clause ending in 的 describes the money noun after the
            # amount, even when it ends in a measure word of its own; the noun whole, 预算开支)
            more = money_head(after[len(money_noun) :])
            if raw_before.endswith("的") and more and len(more) <= 2:
                return money_noun + more
            # 他在支付16元车费时: the fare, not the payer; 每月主要支出是$4,200租金: the rent, not
            # the bare word for spending before it
            return money_noun
        if after and len(after) <= 4 and MONEY_NOUN_RE.search(after) and DOING_RE.search(before):
            return after  # 平台计划完成约20亿元投资: the money is the 投资, not the doer
        if after_de and not INVESTED_RE.search(before) and (
            THRESHOLD_WORD_RE.search(raw_before) or rec.text[:1] in "超逾近"
        ):
            # 经济总量超千亿元的县域, 对年度进口总额超过50亿元的企业: the measure bounded
            return before[1:] if before.startswith("对") and len(before) > 3 else before
        if after_de and (not MONEY_NOUN_RE.search(before) or AMOUNT_OF_RE.search(before)):
            return after_de  # 这笔总额3.105亿美元的交易费用
        return before
    # 4. a noun after it (up to a money noun it opens with: 30億元開支未有交代)
    if after and after not in GENERIC:
        return money_head(after) or after
    if after_de:
        return after_de
    if not before and after in PLAIN_MONEY_NOUNS:
        return after  # (该项目涉及约2亿元经费, 分别为30万或60万元费用: nothing better is said)
    # 5. what the sentence already said
    if prev is not None and prev.purpose and prev.end > sent:
        prev_clause = clause_start(text, prev.start, sent)
        if prev_clause >= clause_start(text, max(clause - 1, sent), sent):
            return prev.purpose
    for_clauses = FOR_CLAUSE_RE.findall(text, sent, clause)
    if for_clauses:
        return for_clauses[-1]
    if clause > sent and not converted:
        pc = clause_start(text, clause - 1, sent)
        if prev is not None and pc <= prev.start < clause:
            return prev.purpose
        phrase = clean_before(text[pc : clause - 1])
        if phrase and phrase not in GENERIC:
            return phrase
    if after_end < len(text) and text[after_end] in "！!。" and not after_raw.strip():
        m = THIS_IS_RE.match(text, after_end + 1)
        if m:
            return m.group(1)
    if not after_raw.strip():
        # 今年，县财政已投入45万元，完成乡村道路硬化: the scorer counts a missing
        # purpose as wrong, and the clause after is what the money did (a clause
        # with figures of its own reports results instead: 突破关键技术62项)
        follow = next_clause(text, after_end, nxt)
        if follow and not DIGIT_RE.search(follow):
            return follow
    return None
