"""Bounds and grants: what a ceiling, a cap or a threshold bounds, and what a grant is given for.

A ceiling (最高补助500万元) takes its object; a cap per holder (单个企业不超过100万元) the grant the
sentence gave before; a threshold (10亿元以上重大产业项目) the noun it describes.  A grant takes its
use (the clause after: 用作…, 以减轻负担), its recipient (对X给予, 向X提供, 为X预留) or what is done
with the means (以1200万元收购X); a per-head amount the object the clause before names, or the
purpose of the group before it.  An appropriation approved or received (财委会通过50亿元拨款，兴建X;
学校获一次过50万元拨款，启动X) takes what it pays for, not the word 拨款.  :func:`.rules.purpose_of` tries them in this file's order, after
:mod:`.changes`.
"""

from __future__ import annotations

import re

from . import lexicon, shapes
from .clauses import clause_start, next_clause
from .context import CEILING_RE as _CEILING_RE
from .context import GENERIC_HOLDER_RE as _GENERIC_HOLDER_RE
from .context import ceiling_object, prior_object, use_follows
from .lexicon import GENERIC, LIST_GAP, money_head
from .phrases import Phrases
from .shapes import PLAIN_MONEY_NOUNS
from .trim import clean_before

# The patterns whose methods this module calls are bound here by assignment, not imported by
# name: CPython 3.11 compiles NAME.search(...) on a name an import binds (it may be a module) as an
# attribute load and a call of a new bound method, +5 % of money's instructions a pass.  (context's
# under another name, not through its module: context is in the package's import cycle, and
# mypyc, type-checking the cycle as one, could not determine the types of its globals.)
CEILING_RE = _CEILING_RE
GENERIC_HOLDER_RE = _GENERIC_HOLDER_RE
AIM_RE = lexicon.AIM_RE
ALLOC_RE = lexicon.ALLOC_RE
DIGIT_RE = lexicon.DIGIT_RE
SO_AS_RE = lexicon.SO_AS_RE
USE_RE = lexicon.USE_RE
RESULT_RE = shapes.RESULT_RE
CAP_RE = shapes.CAP_RE
GRANT_NOUN_RE = shapes.GRANT_NOUN_RE
GRANT_WORD_RE = shapes.GRANT_WORD_RE
GROUP_RE = shapes.GROUP_RE
HANDOUT_RE = shapes.HANDOUT_RE
INSTRUMENT_RE = shapes.INSTRUMENT_RE
NAMED_GRANT_RE = shapes.NAMED_GRANT_RE
NOUN_AFTER_RE = shapes.NOUN_AFTER_RE
PER_HEAD_END_RE = shapes.PER_HEAD_END_RE
PER_HEAD_RE = shapes.PER_HEAD_RE
REACH_END_RE = shapes.REACH_END_RE
RECIPIENT_RE = shapes.RECIPIENT_RE
SPENDING_TAIL_RE = shapes.SPENDING_TAIL_RE
# money nouns that are verbs of giving too (资助X, 补贴X): with an object after them they say what is funded
_GIVING_HEADS = frozenset({"资助", "补贴", "补助", "奖励", "援助"})


def bounded(p: Phrases) -> str | None:
    """Is the amount a ceiling, a cap per holder or a threshold: of what?"""
    text, s, sent = p.text, p.s, p.sent
    clause, prev, after_raw = p.clause, p.prev, p.after_raw
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
    rec, e = p.rec, p.e
    threshold = rec.text.endswith(("以上", "以下")) or (e > rec.end and text.startswith(("以上", "以下"), rec.end))
    if threshold and not after_raw.startswith("的"):
        # 开工建设10亿元以上重大产业项目47个: a threshold describes the noun after it
        # (以上 is in the record's text, like every suffix qualifier)
        noun = NOUN_AFTER_RE.match(after_raw)
        if noun and not USE_RE.match(noun.group()) and noun.group()[0] != "者" and noun.group() not in LIST_GAP:
            return noun.group()
    return None


def granted(p: Phrases) -> str | None:
    """Is the amount a grant: its use the clause after gives, its recipient, what is done with it as
    the means, the aim of a handout; or what each one gets (每位长者3000元): the object the clause
    before names, or the purpose of the group before it in a list of groups?"""
    text, s, clause = p.text, p.s, p.clause
    nxt, after_end = p.nxt, p.after_end
    after, after_de = p.after, p.after_de
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
            grant = to.group("grant")
            if grant and len(grant) > 2 and NAMED_GRANT_RE.fullmatch(grant):
                # 为辖区老年人发放高龄津贴1860万元: a grant named between the verb and the amount says
                # what the money is, as 提供1000元的育儿补贴 does after it (fit's gold: 为…学生捐赠助学金 -> 助学金)
                return grant
            who = to.group(1)
            per = PER_HEAD_END_RE.search(who)
            return who[: per.start()] if per and per.start() >= 2 else who  # (X的学生每人给予: the students)
    if after and after not in GENERIC and INSTRUMENT_RE.search(text, p.seg, s):
        head = money_head(after)
        if head in _GIVING_HEADS and len(after) > len(head) + 1:
            return after  # 以N元资助某机构推行X: the grant with whom and what it funds (round 28)
        return head or after  # 该区以1200万元收购X: what is done with it (以1元象征式租金…: the rent)
    raw_before = p.raw_before
    if (not after or after in GENERIC) and not after_de and not REACH_END_RE.search(raw_before):
        # (a statistic reaching a value has no use: 经济总量达到3.8万亿元，以X为核心…)
        follow = next_clause(text, after_end, nxt)
        so = SO_AS_RE.match(follow) if follow else None
        if so and follow[so.end() :].strip() and "为" not in follow[so.end() :]:  # type: ignore[index]
            return follow[so.end() :].strip()  # type: ignore[index]  # 每户发放500元，以减轻负担: the use the clause after gives
        if follow and AIM_RE.match(follow) and not DIGIT_RE.search(follow) and HANDOUT_RE.search(raw_before):
            return follow  # 向市民派发5000元，刺激社区消费: the aim of the handout
    sent, prev = p.sent, p.prev
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
    if not after and not after_de and p.prev_in_sentence and prev.purpose and clause >= prev.end and GROUP_RE.fullmatch(raw_before):  # type: ignore[union-attr]
        return prev.purpose  # type: ignore[union-attr]  # 每名永久居民8000元，非永久居民5000元: the next group gets the same
    return None


# A body approves an appropriation or a holder receives one (财委会今日通过, 学校获一次过): the
# amount, then 拨款 after it.
_APPROVED_RE = re.compile(r"(?:通过|批准|批出|核准|审批|获批|获得|获)了?(?:一次过|一次性)?\s*$")
# (拨款将分三年发放 tells of the money itself, not its use)
_BRACKET_RE = re.compile(r"[（(].*$")
_ABOUT_MONEY_RE = re.compile(r"(?:该|这笔|此|有关)?(?:拨款|款项|资金|经费)")


def appropriated(p: Phrases) -> str | None:
    """An appropriation approved or received (…通过约50亿元拨款，兴建X; …获50万元拨款兴建X): what it
    pays for, the words after 拨款 or the clause after it (not one of results or figures)."""
    after = p.after
    if not after.startswith("拨款") or not _APPROVED_RE.search(p.raw_before):
        return None
    rest = after[2:]
    use = USE_RE.match(rest)
    rest = rest[use.end() :] if use else rest
    if rest:
        # (这是通过50万元拨款的结果: a 的 phrase after 拨款 tells of something else; 拨款 stays)
        return rest if len(rest) >= 2 and rest[0] not in "的是了" else None
    follow = next_clause(p.text, p.after_end, p.nxt)
    if not follow or DIGIT_RE.search(follow) or RESULT_RE.match(follow) or _ABOUT_MONEY_RE.match(follow):
        return None
    use = USE_RE.match(follow)
    follow = follow[use.end() :].strip() if use else follow.removeprefix("以")
    follow = _BRACKET_RE.sub("", follow)  # (启动X（包括…）: the use, not its list of inclusions)
    return follow if len(follow) >= 2 else None
