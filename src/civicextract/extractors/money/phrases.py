"""The phrases around one amount that the purpose rules read: the first stage of :func:`.rules.purpose_of`.

Where the amount's sentence and clause begin, the phrase before it (cut after an amount or a list of
figures of its clause, emptied after a reporting verb) and the phrase after it (up to its clause's end
or the next amount, cut by :func:`.trim.clean_after`), and what opens that phrase (a predicate, 的 and
the noun after it).  The rules of :mod:`.frames`, :mod:`.changes`, :mod:`.grants` and :mod:`.steps`
only read them.  They are all cut here, before any rule: the single function they came from cut
some of them between its early returns, but cutting has no effect other than its result, so every
rule sees the same phrases and answers the same.
"""

from __future__ import annotations

from ...records import Money
from . import lexicon, shapes
from .clauses import clause_end, clause_start, sentence_start
from .context import SPEAKER_RE as _SPEAKER_RE
from .shapes import FORECAST_VERBS
from .trim import clean_after, clean_before

# The patterns whose methods this module calls are bound here by assignment, not imported by
# name: CPython 3.11 compiles NAME.search(...) on a name an import binds (it may be a module) as an
# attribute load and a call of a new bound method, +5 % of money's instructions a pass.  (context's
# under another name, not through its module: context is in the package's import cycle, and
# mypyc, type-checking the cycle as one, could not determine the type of context.SPEAKER_RE.)
SPEAKER_RE = _SPEAKER_RE
ACTOR_RE = lexicon.ACTOR_RE
DIGIT_RE = lexicon.DIGIT_RE
SUFFIX_RE = lexicon.SUFFIX_RE
UNIT_RE = lexicon.UNIT_RE
BARE_INVEST_RE = shapes.BARE_INVEST_RE
CAP_AFTER_RE = shapes.CAP_AFTER_RE
CONVERSION_RE = shapes.CONVERSION_RE
COUNT_RE = shapes.COUNT_RE
DE_NOUN_RE = shapes.DE_NOUN_RE
EXAMPLE_AFTER_RE = shapes.EXAMPLE_AFTER_RE
FIGURE_LIST_RE = shapes.FIGURE_LIST_RE
FRAME_END_RE = shapes.FRAME_END_RE
GENERIC_DE_RE = shapes.GENERIC_DE_RE
PAREN_AFTER_RE = shapes.PAREN_AFTER_RE
PREDICATE_RE = shapes.PREDICATE_RE
PREV_NOUN_JOIN_RE = shapes.PREV_NOUN_JOIN_RE
REPORT_END_RE = shapes.REPORT_END_RE
TO_NEXT_RE = shapes.TO_NEXT_RE


class Phrases:
    """One amount, its neighbours and the phrases around it (offsets into ``text``).

    Built once per amount by :func:`phrases` and only read after that.  A slotted class rather than
    a NamedTuple: every rule reads several fields, and a slot is read faster than a NamedTuple's
    field (a descriptor call each time); a frozen dataclass would set each field through
    ``object.__setattr__``, several microseconds an amount."""

    __slots__ = (
        "text", "rec", "prev", "nxt", "prev2", "s", "e", "sent", "clause", "seg", "same_clause_prev",
        "prev_in_sentence", "before", "raw_before", "converted", "capped", "after_end", "after_raw",
        "cleaned", "used", "predicate", "opens_de", "after", "after_de",
    )

    text: str
    rec: Money
    prev: Money | None  # the amount before it in the article, with the purpose found for it
    nxt: Money | None
    prev2: Money | None  # the amount before ``prev``
    s: int  # where the amount starts
    e: int  # where it ends, past a suffix read with it (以上, （新台币，下同）)
    sent: int  # where its sentence starts
    clause: int  # where its clause starts
    seg: int  # where the phrase before it starts (after an amount or a list of figures of its clause)
    same_clause_prev: bool  # the amount before ends in this clause, before this one
    prev_in_sentence: bool  # the amount before ends in this sentence, before this one
    before: str  # the phrase before, cleaned (empty after a reporting verb or a frame verb)
    raw_before: str  # text[seg:s] with only the separators at its ends stripped
    converted: bool  # the phrase before ends in a conversion (折合, 约合人民币)
    capped: bool  # the phrase after makes the amount a cap (以8,000元为上限); after_raw is then empty
    after_end: int  # where the phrase after ends: its clause's end, or the next amount
    after_raw: str  # the phrase after as written (past a bracket right after the amount)
    cleaned: str  # after_raw cut by clean_after, before a predicate or 的 empties it
    used: bool  # cleaned is what follows 用于 / 进行
    predicate: bool  # a predicate opens cleaned (也, 就, 已经): it names nothing of the amount
    opens_de: bool  # 的 opens cleaned (and no predicate): the noun after 的 is after_de
    after: str  # cleaned, or empty when a predicate or 的 opens it
    after_de: str  # the noun after 的 up to the next figure, empty when generic (水平, 规模)

    def __init__(
        self,
        text: str,
        rec: Money,
        prev: Money | None,
        nxt: Money | None,
        prev2: Money | None,
        s: int,
        e: int,
        sent: int,
        clause: int,
        seg: int,
        same_clause_prev: bool,
        prev_in_sentence: bool,
        before: str,
        raw_before: str,
        converted: bool,
        capped: bool,
        after_end: int,
        after_raw: str,
        cleaned: str,
        used: bool,
        predicate: bool,
        opens_de: bool,
        after: str,
        after_de: str,
    ) -> None:
        self.text = text
        self.rec = rec
        self.prev = prev
        self.nxt = nxt
        self.prev2 = prev2
        self.s = s
        self.e = e
        self.sent = sent
        self.clause = clause
        self.seg = seg
        self.same_clause_prev = same_clause_prev
        self.prev_in_sentence = prev_in_sentence
        self.before = before
        self.raw_before = raw_before
        self.converted = converted
        self.capped = capped
        self.after_end = after_end
        self.after_raw = after_raw
        self.cleaned = cleaned
        self.used = used
        self.predicate = predicate
        self.opens_de = opens_de
        self.after = after
        self.after_de = after_de


def phrases(text: str, rec: Money, prev: Money | None, nxt: Money | None, prev2: Money | None) -> Phrases:
    """The phrases around ``rec`` (``prev``, ``nxt``: the amounts next to it in the article)."""
    s, e = rec.start, rec.end
    while True:  # step over 以上 / （新台币，下同）
        m = SUFFIX_RE.match(text, e)
        if not m:
            break
        e = m.end()
    sent = sentence_start(text, s)
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
    capped = CAP_AFTER_RE.match(after_raw.strip()) is not None
    if capped:
        # 每户以8,000元为上限: a cap of the measure the sentence names (关于宽减差饷安排; see
        # frames.after_frame), or of nothing the phrase after says
        after_raw = ""
    if EXAMPLE_AFTER_RE.match(after_raw):
        after_raw = ""  # 以去年的最低工资30元为例: the amount illustrates what comes before it
    elif after_raw.endswith("为例"):
        after_raw = after_raw[:-2]  # 以一份30元的套餐为例: the noun after it is the thing priced
    cleaned, used = clean_after(after_raw)
    predicate = bool(cleaned and not used and PREDICATE_RE.match(cleaned))
    after = "" if predicate else cleaned
    opens_de = after.startswith("的")
    if opens_de:
        # 的 + a noun, up to the next figure (的消毒液2.25吨……“辽沈…); a count
        # first is how many of it (总投资2万亿元的389个省重点项目)
        count = COUNT_RE.match(after, 1)
        after_de = DE_NOUN_RE.match(after, count.end() if count else 1).group().rstrip('”’"」』）)')  # type: ignore[union-attr]
        if GENERIC_DE_RE.fullmatch(after_de):
            after_de = ""
        after = ""
    else:
        after_de = ""
    raw_before = text[seg:s].strip(" 、，,")
    prev_in_sentence = prev is not None and prev.end > sent and prev.end <= s
    converted = CONVERSION_RE.search(raw_before) is not None
    return Phrases(
        text, rec, prev, nxt, prev2, s, e, sent, clause, seg, same_clause_prev, prev_in_sentence, before, raw_before,
        converted, capped, after_end, after_raw, cleaned, used, predicate, opens_de, after, after_de,
    )
