"""What an amount of money is for: a phrase of the same sentence.

News writes purpose in a few fixed shapes, tried in this order:

1. a purpose marker after the amount: ``投资2400万元进行城中村、棚户区改造``,
   ``投入265万元用于铁西区村内道路建设``, ``下拨50万元专项资金对7个村……进行升级改造``,
   or a next clause that starts with 用于 (``安排资金500万元，用于老旧小区改造``);
2. an allocation verb before it (安排, 下拨, 预留, 注资 …): the object after
   the amount (``预留约3亿元创新基金``) or, when the amount closes its
   clause, the next clause (``已安排180亿元资金，支持各地更新老旧电梯``);
   what stands before the verb is the money only when it names money
   (``专项扶贫资金累计投入``): a doer (``政府将预留``) is never the purpose;
3. the subject before it: ``地区生产总值达到1.2万亿元``,
   ``冒领村集体占地补偿款共计168.95万元``, ``工程批复总投资36744.28万元``
   (linking verbs and qualifier words such as 达到/共计/突破 are trimmed);
4. a noun after it: ``带来650万元产值``, ``将711.5万元改造款存入……``;
5. otherwise what the sentence already said: the purpose of the amount just
   before (``突破3万亿元、达3.6万亿元``), a leading ``为……，`` clause, or the
   previous clause (``宽免……费用，以每户每月500元为上限``).

Before these: a conversion (``160.6亿美元、折合1148亿元人民币``) and a change
(``从6000万元增长到了近30亿元``) take the purpose of the amount they restate;
a subsidy ceiling (``最高补助500万元``) takes its object (``对X``, the holder,
or what the clause before supports); a threshold (``10亿元以上重大产业项目``)
and an amount's size (``总投资10亿元的X项目``) take the noun they describe;
a money noun right after the amount (``16元车费``) is what the money is.

``None`` when none of these finds words.  Everything works on a window around
the amount, so the cost grows with the number of amounts, not the text.

The stages are modules of this package: :mod:`.clauses` (where a clause and a sentence
begin and end), :mod:`.trim` (the phrase next to an amount cut to what it names),
:mod:`.lexicon` (the word classes several stages share), :mod:`.shapes` (the rules' patterns),
:mod:`.rules` (the ordered rules above, one amount at a time: :mod:`.phrases` cuts the phrases
around the amount, then :mod:`.frames`, :mod:`.changes`, :mod:`.grants` and :mod:`.steps` hold
the rules), :mod:`.context` (look-ups in the rest of the sentence), :mod:`.lists` (amounts in a
list), :mod:`.labels` (a line's money label); this module runs them over an article's amounts
and rewrites what one amount's rules leave: a cut with no content, an anaphor (该项目), a
relief's period.
"""

from __future__ import annotations

import re
from functools import cache

from ...records import Money
from . import lexicon
from .clauses import SENTENCE_CHARS, WINDOW, clause_end
from .labels import line_labels
from .lexicon import BARE_MONEY_VERBS, LIST_GAP, MONEY_NOUN_RE, money_head
from .lists import respectively, uses_after
from .rules import purpose_of
from .trim import clean_before

# The patterns whose methods this module calls are bound here by assignment, not imported by
# name: CPython 3.11 compiles NAME.search(...) on a name an import binds (it may be a module) as an
# attribute load and a call of a new bound method, +5 % of money's instructions a pass.
SUFFIX_RE = lexicon.SUFFIX_RE


def _shared_noun(text: str, rec: Money) -> str | None:
    """The money noun after an amount (3000元不等的慈善款资助 -> 慈善款资助), if any."""
    e = rec.end
    while True:
        m = SUFFIX_RE.match(text, e)
        if not m:
            break
        e = m.end()
    after = text[e : clause_end(text, e)]
    if after.startswith("的"):
        after = after[1:]
    return money_head(after)


# Word classes with no content of their own, as jieba's dictionary tags them: adverbs (稳步),
# locatives (最后), pronouns (你), conjunctions, prepositions, time words, numerals, measure
# words, particles and punctuation.  A phrase made only of them, or of them and one-character
# verbs (定, 出), names nothing the money is for: the cut around the amount missed its noun.
_FUNCTION_TAGS = frozenset("d f r c p t m q u uj ul uz ug uv ud y e o x".split())
# ... unless it holds a verb of paying or receiving: then it says what the money is (派$10000: a
# handout; 可获200坡元: what one receives; 罚: a fine)
_PAYING = BARE_MONEY_VERBS | frozenset("获得拎发")
_CONTENTLESS_MAX = 8
# one search before tagging: a verb of paying anywhere, or a money noun at the end (罚款, 总投资)
_CONTENT_HINT_RE = re.compile("[" + "".join(sorted(_PAYING)) + "]|" + MONEY_NOUN_RE.pattern)


@cache
def _tagger():
    """jieba's part-of-speech tagger: rjieba's when installed (the segmenter's engine), else jieba's."""
    try:
        import rjieba

        # the dictionary's tags, no HMM for unknown words (whose first use builds a model: ~0.1 s)
        return lambda s: rjieba.tag(s, False)
    except ImportError:  # pragma: no cover - the test extra installs rjieba
        try:
            from jieba import posseg
        except ImportError:
            return None
        return lambda s: [(p.word, p.flag) for p in posseg.lcut(s)]


def _contentless(phrase: str) -> bool:
    # (a function-word phrase is short: longer ones are not asked)
    if len(phrase) > _CONTENTLESS_MAX or _CONTENT_HINT_RE.search(phrase):
        return False
    tag = _tagger()
    if tag is None:
        return False
    return all(t in _FUNCTION_TAGS or (t == "v" and len(w) == 1) for w, t in tag(phrase))


def _elided(text: str, rec: Money, prev: Money | None) -> str | None:
    """The purpose of an amount whose own cut is contentless: the previous amount's, when
    that stands earlier in the same sentence (一般公共预算收入增加近1000亿元，稳步达到3000亿元以上:
    the second clause names no subject of its own), else none."""
    if (
        prev is not None
        and prev.purpose
        and prev.end <= rec.start
        and rec.start - prev.end <= WINDOW // 2
        and not any(c in SENTENCE_CHARS for c in text[prev.end : rec.start])
    ):
        return prev.purpose
    return None


def find_purpose(text: str, records: list[Money]) -> list[Money]:
    out: list[Money] = []
    for i, rec in enumerate(records):
        prev = out[i - 1] if i else None
        nxt = records[i + 1] if i + 1 < len(records) else None
        purpose = purpose_of(text, rec, prev, nxt, out[i - 2] if i > 1 else None)
        if purpose and _contentless(purpose):
            purpose = _elided(text, rec, prev)
        # built positionally: dataclasses.replace re-inspects the fields on every call
        out.append(
            Money(rec.text, rec.amount, rec.currency, rec.start, rec.end, rec.amount_max, rec.qualifier, purpose)
            if purpose
            else rec
        )
    # 获得8000元、5000元和3000元不等的慈善款资助: a list of amounts shares the
    # money noun after its last one
    i = len(out) - 2
    while i >= 0:
        j = i
        while j >= 0 and text[out[j].end : out[j + 1].start] in LIST_GAP:
            j -= 1
        if j < i:
            noun = _shared_noun(text, out[i + 1])
            if noun and out[i + 1].purpose and noun in out[i + 1].purpose:  # type: ignore[operator]
                for k in range(j + 1, i + 1):
                    r = out[k]
                    out[k] = Money(r.text, r.amount, r.currency, r.start, r.end, r.amount_max, r.qualifier, noun)
            elif out[i + 1].purpose and not (
                # (总产值达到3500亿元、百亿元以上产业链达到15条: a threshold describes its own noun)
                out[i + 1].text.endswith(("以上", "以下")) and not out[i].text.endswith(("以上", "以下"))
            ):
                # 分别投入45万元、1200万元用于X和Y, 获得8000元、5000元和3000元不等的X:
                # what the last says after the list is said of the whole list
                last = out[i + 1]
                after_list = text.find(last.purpose, last.end, last.end + WINDOW) >= 0  # type: ignore[arg-type]
                for k in range(j + 1, i + 1):
                    r = out[k]
                    if r.purpose is None or after_list:
                        out[k] = Money(
                            r.text, r.amount, r.currency, r.start, r.end, r.amount_max, r.qualifier, out[i + 1].purpose
                        )
        i = min(i, j) - 1
    return line_labels(text, _relief_without_period(respectively(text, uses_after(text, [_resolve_anaphor(text, r) for r in out]))))


# A Hong Kong budget's relief names the tax and the quarters or year it covers
# (宽免2019/20年度首两季的差饷, 预算案建议宽减2018/19年度的薪俸税): the relief and the tax
# are what the money is for, the period and the proposal verb are not
_RELIEF_PERIOD_RE = re.compile(
    r"^(?:[^，。；：]{0,8}?(?:建议|宣布|提出))?(宽免|宽减|豁免|减免|代缴|退还|退)"
    r"(?:\d{4}/\d{2}|\d{2}/\d{2}|\d{4}(?:至\d{2,4})?)年度(?:首[一二两三四]季|[一二两三四]季|全年|上半年|下半年)?的?"
    r"([\u4e00-\u9fff]{2,8})$"
)


def _relief_without_period(out: list[Money]) -> list[Money]:
    """宽免2019/20年度首两季的差饷 -> 宽免差饷 (only a relief's period is dropped)."""
    for i, r in enumerate(out):
        m = _RELIEF_PERIOD_RE.match(r.purpose) if r.purpose and "年度" in r.purpose else None
        if m is not None:
            out[i] = Money(r.text, r.amount, r.currency, r.start, r.end, r.amount_max, r.qualifier, m.group(1) + m.group(2))
    return out


# 该项目总投资3亿元: the project is the one the text named before (城东污水处理厂项目…。该项目总投资3亿元)
# (session 25: 这项/这个/该项 too, and the grants and measures a text names before: 长者生活津贴…。该津贴每月…)
_ANAPHOR_RE = re.compile(rf"^(?:{lexicon.ANAPHOR_DETERMINER}|本)(项目|工程|基金|计划|园区|基地|活动|专项|津贴|补贴|补助|资助|措施|方案|行动)")
# A verb that introduces the name (政府推出长者生活津贴, 市里启动了城北污水处理厂扩建项目): the name is after it
_INTRODUCED_RE = re.compile(r"^.*(?:推出|启动|实施|设立|推行|开展|成立|发放|提供|开设|引入|落实|宣布|公布|决定|上调|提高|增加)了?")


def _resolve_anaphor(text: str, rec: Money) -> Money:
    m = _ANAPHOR_RE.match(rec.purpose) if rec.purpose else None
    if m is None:
        return rec
    head = m.group(1)
    lo = max(0, rec.start - 2 * WINDOW)
    at = text.rfind(rec.purpose, lo, rec.start)  # type: ignore[arg-type]
    hi = at if at >= 0 else rec.start
    name = None
    for n in re.finditer(r"[\u4e00-\u9fffA-Za-z0-9“”]{2,24}" + head, text[lo:hi]):
        cand = n.group()
        if not _ANAPHOR_RE.match(cand) and len(cand) > len(head) + 1:
            name = cand
    if name is None:
        return rec
    cut = _INTRODUCED_RE.match(name)
    if cut is not None and len(name) - cut.end() >= len(head) + 2:
        name = name[cut.end() :]
    name = clean_before(name)
    purpose = name + rec.purpose[m.end() :]  # type: ignore[index]
    return Money(rec.text, rec.amount, rec.currency, rec.start, rec.end, rec.amount_max, rec.qualifier, purpose)
