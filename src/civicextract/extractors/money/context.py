"""Look-ups in the rest of the amount's sentence that the rules call.

When the amount's own phrase names nothing, what it is for is often said elsewhere in the
sentence: the clause before (:func:`prior_object`, :func:`opening_clause`), the measure a cap
caps (:func:`cap_measure`, :func:`ceiling_object`), the lot won or the thing sold
(:func:`won_lot`, :func:`sold_item`), the money noun a clause opens with (:func:`named_money`),
the instrument the money is set up as (:func:`instrument_made`), or whether the next clause
gives a use (:func:`use_follows`).  :func:`says_nothing` and :func:`built_with` judge the
phrases the rules cut (a doer and a verb only; what the money built).
"""

from __future__ import annotations

import re

from ...records import Money
from ...resources import alternation, data_lines
from . import clauses, lexicon
from .clauses import clause_end, clause_start, next_clause
from .lexicon import GENERIC, NOUN_VERBS
from .trim import clean_before

# The patterns whose methods this module calls are bound here by assignment, not imported by
# name: CPython 3.11 compiles NAME.search(...) on a name an import binds (it may be a module) as an
# attribute load and a call of a new bound method, +5 % of money's instructions a pass.
CLAUSE = clauses.CLAUSE
ACTOR_RE = lexicon.ACTOR_RE
AIM_RE = lexicon.AIM_RE
ALLOC_RE = lexicon.ALLOC_RE
COUNTED_RE = lexicon.COUNTED_RE
DIGIT_RE = lexicon.DIGIT_RE
GENERIC_MONEY_TAIL_RE = lexicon.GENERIC_MONEY_TAIL_RE
MARKER_RE = lexicon.MARKER_RE
MEASURED_RE = lexicon.MEASURED_RE
SO_AS_RE = lexicon.SO_AS_RE
USE_RE = lexicon.USE_RE

# A ceiling of a subsidy with no object (单个项目最高支持2000万元, 每年最高补助300万元):
# the object is a 对X of the sentence or what the clause before supports.
CEILING_RE = re.compile(r"最高(?:可)?(?:支持|补助|奖励|给予|给与|补贴|资助|配置资金|配置|奖补|扶持)$")
_TO_WHOM_RE = re.compile(r"(?<![针面相绝反应核比])对([^，。；：！？\n对]{2,24}?)(?:，|最高|给予|给与|每年|分别|按)")
_SUPPORT_LEAD_RE = re.compile(r"^(?:将|并|还|同时|滚动|重点|大力)*(?:支持|实施|设立|扶持|鼓励|推动|建设)")
SPEAKER_RE = re.compile(r"(?:他|她|我|我们|他们|她们|外界|市场|专家|分析|机构|业界|业内|人士|官员|当局|政府|报告)$")
_CAUSE_RE = re.compile(r"由于|因为|因")
_SOLD_BEFORE_RE = re.compile(r"(?:最后|最终|终于|终|仍然|仍|则|才|又|再|均|各|分别|竟)*以$")
# X的措施, X的计划 …: what a cap in the sentence caps
_MEASURE_OF_RE = re.compile(r"([^，。；：！？\n的]{2,12})的(?:措施|计划|政策|方案)")

# A columnist's turn to a topic (先谈谈退差饷的方案, 再说说…): the words that announce
# the topic are no part of the measure named
_TOPIC_TURN_RE = re.compile(r"^(?:先|再|然后|接着|最后)?(?:谈谈|谈一谈|说说|讲讲|看看)")

# A Hong Kong budget's relief before its cap in the same sentence (宽减2022/23年度的薪俸税，每宗
# 个案以8,000元为上限; 宽减七成，每宗个案以…): the relief and its tax, without the period
_RELIEF_CLAUSE_RE = re.compile(
    r"(宽免|宽减|豁免|减免|代缴)(?:(?:\d{4}/\d{2}|\d{2}/\d{2}|\d{4})年度(?:首[一二两三四]季|[一二两三四]季|全年)?的?)?([\u4e00-\u9fff]{0,8})"
)


def cap_measure(text: str, sent: int, s: int) -> str | None:
    """每间公司以2万元为上限: the measure (措施/计划/政策/方案) the sentence names, if any,
    else the relief it caps (宽减…薪俸税)."""
    measure = _MEASURE_OF_RE.findall(text, sent, s)
    if not measure:
        reliefs = list(_RELIEF_CLAUSE_RE.finditer(text, sent, s))
        relief = reliefs[-1] if reliefs else None
        # (宽减七成 names no tax: the relief's size is no part of what it relieves, and a
        # relief with nothing after it leaves the sentence to the other rules)
        obj = _CHINESE_SHARE_RE.sub("", relief.group(2)) if relief is not None else ""
        return relief.group(1) + obj if relief is not None and len(obj) >= 2 else None
    return clean_before(_TOPIC_TURN_RE.sub("", measure[-1])) or None


_CHINESE_SHARE_RE = re.compile(r"^[一二两三四五六七八九十]成.*|^一半.*")

# Setting money up as an instrument (设立…的“算力券”, 拿出…的消费券): the instrument is its purpose
_SET_UP_RE = re.compile(r"设立|设置|安排|拿出|筹集|筹措|推出|发行|派发")
_INSTRUMENT_END_RE = re.compile(r"(?:券|基金|资金池|专项资金|奖补资金|补贴|补助|奖金|红包)$")


def instrument_made(text: str, clause: int, s: int, after_de: str) -> str | None:
    """The instrument after 的 when the clause sets the money up as one (a new small rule of
    round 17; 总额不超过 before the amount is a bound the size rule above passes over)."""
    name = after_de.lstrip("“「『\"")
    if 2 <= len(name) <= 12 and _INSTRUMENT_END_RE.search(name) and _SET_UP_RE.search(text, clause, s):
        return name
    return None


# A clause that says only that some work advances (X持续深化, X扎实推进): X is the work.
_ADVANCES_RE = re.compile(
    r"([^，。；：！？\n\d]{2,16}?)(?:持续|不断|进一步|扎实|深入|稳步|加快|全面)?(?:深化|推进|加强|拓展|提升|加力)"
)


def prior_object(text: str, sent: int, clause: int, prev: Money | None, lead: bool = False) -> str | None:
    """What the clause before sets up or supports (设立X, 实施X, 支持X), when no amount stands in it
    (with ``lead``, only a clause opening with such a policy verb: 持续优化X)."""
    if clause <= sent:
        return None
    pc = clause_start(text, clause - 1, sent)
    if prev is not None and pc <= prev.start < clause:
        return None
    prior = text[pc : clause - 1].strip()
    if lead and not _POLICY_LEAD_RE.match(prior):
        # 对口援青和东西部协作持续深化，落实资金27.3亿元: the work that advances is what
        # the money is for (round 20)
        topic = _ADVANCES_RE.fullmatch(prior)
        phrase = clean_before(topic.group(1)) if topic else ""
        return phrase if len(phrase) >= 2 and phrase not in GENERIC else None
    opener = _SUPPORT_LEAD_RE.match(prior)
    phrase = clean_before(prior[opener.end() :] if opener else prior)
    return phrase if len(phrase) >= 2 and phrase not in GENERIC else None


# A Hong Kong land sale or auction: the lot, then 由 and the bidders, then 以 the price and the
# verb of winning (最后地皮由甲及乙联合以N亿元夺得): the price is the lot's, not the verb's
_WON_AFTER_RE = re.compile(r"^(?:夺得|投得|奪得|购得|投中|拍得|买入|购入)")
_WON_BEFORE_RE = re.compile(r"([^，。；：！？\n由]{2,12})由[^，。；：！？\n由]{1,30}以$")


def won_lot(text: str, clause: int, s: int, after_raw: str) -> str | None:
    """地皮由甲以N亿元投得: the lot (地皮), not 投得."""
    if not _WON_AFTER_RE.match(after_raw.strip()):
        return None
    m = _WON_BEFORE_RE.search(text, clause, s)
    if m is None:
        return None
    return clean_before(_WON_LEAD_RE.sub("", m.group(1))) or None


# (最后该幅商业地: when it was won and which one are no part of the lot)
_WON_LEAD_RE = re.compile(r"^(?:最后|最终|结果|其后)?(?:该|这)?(?:幅|块)?")


def sold_item(text: str, sent: int, clause: int, s: int) -> str | None:
    """What a sale price is the price of: the words before 以 in the amount's clause (这批字画最后以80万元售出),
    else the sentence's opening clause (一幅字画在拍卖会上亮相，最终以120万元成交)."""
    lead = _SOLD_BEFORE_RE.search(text, clause, s)
    if lead is None:
        return None
    item = clean_before(text[clause : lead.start()])
    if len(item) >= 2 and not SPEAKER_RE.fullmatch(item):
        return item
    if clause > sent:
        first = clean_before(text[sent : clause_end(text, sent)])
        if len(first) >= 2:
            return first
    return None


def opening_clause(text: str, sent: int, clause: int, prev: Money | None) -> str | None:
    """The sentence's first clause up to a cause (消防处由于去年…: 消防处), when no amount
    stands in it and it is not the amount's own clause."""
    end = clause_end(text, sent)
    if end >= clause or (prev is not None and sent <= prev.start < end):
        return None
    phrase = text[sent:end]
    cause = _CAUSE_RE.search(phrase)
    if cause and cause.start() >= 2:
        phrase = phrase[: cause.start()]
    phrase = clean_before(phrase)
    return phrase if len(phrase) >= 2 and phrase not in GENERIC else None


def ceiling_object(text: str, sent: int, clause: int, s: int) -> str | None:
    """What a subsidy ceiling is for: 对X before it, the holder before 最高 (每个研究院),
    or what the clause before supports (支持院士工作站建设，最高补助500万元)."""
    to_whom = _TO_WHOM_RE.findall(text, sent, s)  # the sentence is at most WINDOW long
    if to_whom:
        return to_whom[-1]
    m = CEILING_RE.search(text, clause, s)
    holder = clean_before(text[clause : m.start()]) if m else ""
    if holder and not GENERIC_HOLDER_RE.fullmatch(holder):
        return holder
    if clause > sent:
        pc = clause_start(text, clause - 1, sent)
        prior = text[pc : clause - 1].strip()
        lead = _SUPPORT_LEAD_RE.match(prior)
        if lead and prior[lead.end() :]:
            return prior[lead.end() :]
    return None


# 单个项目最高支持: the holder is any project, not a use
GENERIC_HOLDER_RE = re.compile(r"(?:单个|每个|每|各)?(?:项目|企业|单位|家|个|户)?(?:每年|年度|一次性)?")


def use_follows(text: str, pos: int, nxt: Money | None) -> bool:
    """Whether the next clause of the sentence opens with a use (，用于X / ，提供X / ，鼓励X)."""
    follow = next_clause(text, pos, nxt)
    return follow is not None and (
        USE_RE.match(follow) is not None
        or MARKER_RE.match(follow) is not None
        or SO_AS_RE.match(follow) is not None
        or (AIM_RE.match(follow) is not None and not DIGIT_RE.search(follow))
    )


_POLICY_LEAD_RE = re.compile(
    r"^(?:持续|继续|深入|全面|大力|加快|积极|着力|进一步)?(?:优化|实施|推进|设立|支持|建设|完善|深化|开展|推动|落实|启动|打造|扶持|鼓励)"
)
# A money noun of the closed class (models/money_nouns.txt) opening a clause (电子消费券分5个月发放)
_LISTED_NOUN_RE = re.compile(r"\s*([\u4e00-\u9fff]{0,3}?(?:" + alternation(data_lines("money_nouns.txt")) + "))")


def named_money(text: str, lo: int, hi: int) -> str | None:
    """The last money noun of the closed class that opens a clause of text[lo:hi] (its subject:
    生活津贴按季发放, not 按工资高低)."""
    found = None
    start = lo
    for m in CLAUSE.finditer(text, lo, hi):
        hit = _LISTED_NOUN_RE.match(text, start, m.start())
        found = hit.group(1) if hit else found
        start = m.end()
    hit = _LISTED_NOUN_RE.match(text, start, hi)
    return hit.group(1) if hit else found


def says_nothing(before: str) -> bool:
    """省财政厅投入资金, 县财政共安排: a doer, an allocation verb and at most 资金."""
    rest = GENERIC_MONEY_TAIL_RE.sub("", before)
    verb = ALLOC_RE.search(rest)
    if verb is None or verb.group() in NOUN_VERBS:
        return not rest  # (每户再补贴2000元: 补贴 is what the money is)
    rest = clean_before(rest[: verb.start()]).removeprefix("统筹")  # (统筹安排省级财政资金: how, not who)
    # 保护区累计争取投入, 该区通过多方筹措: how and how long it was raised say nothing either
    rest = _RAISED_HOW_RE.sub("", rest) if rest[-1:] in _RAISED_HOW_LAST else rest
    return not rest or (len(rest) <= 10 and ACTOR_RE.search(rest) is not None)


_RAISED_HOW = ("累计", "共计", "共", "先后", "积极", "主动", "多方", "多渠道", "通过", "争取", "筹集", "筹措", "整合", "统筹")
_RAISED_HOW_RE = re.compile("(?:" + "|".join(_RAISED_HOW) + ")+$")
_RAISED_HOW_LAST = frozenset(w[-1] for w in _RAISED_HOW)  # (the sub runs only where a word can end)

# A clause after the money that opens by building or carrying out something and ends on how
# much of it (新建村级道路35公里, 建成培训基地1处): the money built it, the count is its size.
_BUILT_LEAD_RE = re.compile(r"(?:新建|建成|建设|改建|扩建|修建|实施|改造|购置)[^\d，。；：！？\n]{2,24}")


# What was built when it names nothing but a generic head (实施项目681个: round 20): the
# clause before names what the money is for.
_BUILT_GENERIC = frozenset({"项目", "工程", "重点项目", "工程项目", "建设项目"})


def built_with(follow: str) -> str | None:
    lead = _BUILT_LEAD_RE.match(follow)
    if lead is None or not (COUNTED_RE.search(follow) or MEASURED_RE.search(follow)):
        return None
    if lead.group()[2:] in _BUILT_GENERIC:
        return None
    rest = follow[lead.end() :]
    return lead.group() if COUNTED_RE.fullmatch(rest) or MEASURED_RE.fullmatch(rest) else None
