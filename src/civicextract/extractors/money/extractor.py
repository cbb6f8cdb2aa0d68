"""Money: every amount written with a currency word.

One compiled pass of ``MONEY_RE`` over ``doc.text`` finds amounts that carry a
currency word (``2400万元``, ``1.12万美元``, ``人民币3000万``, ``HK$500``); a
bare ``1600万`` is not money.  Each match is parsed by
:func:`civicextract.numbers.parse_number`, so values are exact ``Decimal``.

* ``text`` is the amount as written, with its qualifier: a one-character
  qualifier glued before the number (``约1.5亿元``, ``超800亿元``, ``近23万元``)
  and a suffix qualifier after it (``30亿元以上``, ``45万元左右``, ``亿元以上``)
  are part of it, the same on both sides; a qualifier word before it is not
  (``超过1亿元`` -> ``1亿元``, qualifier ``over``).  The span covers the whole
  surface, pieces and spaces included (``3万2000元``, ``两块五``,
  ``约 860.5 亿元人民币``), so ``original[start:end]`` is ``text``'s surface.
* ``currency``: the currency word's ISO code; a bare ``元``/``$`` (and the
  subunits ``毛``/``角``/``块``) is the money of the place it belongs to, decided
  per amount (:class:`_Places`): HKD for Hong Kong money, TWD in Taiwan text,
  CNY for mainland money even in a Hong Kong report.
* ``purpose``: see :mod:`civicextract.extractors.money.purpose`.

>>> from civicextract.document import normalize
>>> [(m.text, str(m.amount), m.qualifier, m.purpose) for m in extract(normalize("投资8000多万元对城区14个农贸市场提档升级"))]
[('8000多万元', '80000000', 'over', '对城区14个农贸市场提档升级')]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from ...numbers import (
    CORE,
    CORE_CLOSED,
    DIGITS,
    PREFIX_WORDS,
    QUALIFIER_PREFIX,
    QUALIFIER_SUFFIX,
    RANGE_SEP,
    UNITS,
    parse_number,
    prefix_qualifier,
    suffix_qualifier,
)
from ...records import Money
from ...regexrun import bucketed_alternation, run_start
from ...resources import alternation, data_lines
from .compared import compared_topic, without_hedge
from .fronted import dollar_ranges, fronted_amounts
from .hk_uses import fare_steps, tightened
from .purpose import find_purpose

LOCAL = "LOCAL"
# Spaced style of wire and tech sites (120 亿美元, 约 860.5 亿元): one space
# may stand between a qualifier, the digits, the magnitude and the currency.
_SPACE = "[ \u00a0\u3000]"
_SPACED_MAGNITUDE = "[千百]万|[万亿]{1,2}"
_ENGLISH_MAGNITUDE = {"million": 10**6, "mn": 10**6, "billion": 10**9, "bn": 10**9, "trillion": 10**12}
_PHRASE_END = r"(?=钱|[，。、；：！？,.;:!?）)\s]|$)"
# 约 closing a word (签约, 节约, 合约, 违约 …) is no approximation: 项目签约3543亿元 is exact.
# (QUALIFIER_PREFIX itself refuses such a 约, and reads 流失约 as "about"; this list is for 约为/约达 below)
_WORD_BEFORE_YUE = "签节合制公预契违履特邀条缔续解毁践守爽失"
_QUALIFIER = QUALIFIER_PREFIX
# 约 with a verb between it and the amount (约为, 约达, 约有, 约占): still about.
_ABOUT_VERB = frozenset({"约为", "约达", "约有", "约占", "约计"})


class _Tables(NamedTuple):
    codes: dict[str, str]
    money_re: re.Pattern
    hit_re: re.Pattern
    back_re: re.Pattern
    note_re: re.Pattern
    cues_re: re.Pattern
    cue_weights: dict[str, tuple[str, int]]
    back_last: frozenset
    outlets: dict[str, tuple[str, int]]
    scales: dict[str, Decimal]  # 毛钱 0.1: a subunit's worth in its currency


def _rows(name: str):
    return (line.split("\t") for line in data_lines(name))


def _currency_words() -> tuple[dict[str, str], dict[str, Decimal], list[str], list[str]]:
    """currencies.tsv: each currency word's code, a subunit's worth in its currency (毛 0.1), and the
    words written after a number (万元, 美元) and before it (人民币, HK$)."""
    codes: dict[str, str] = {}
    scales: dict[str, Decimal] = {}
    suffix, prefix = [], []
    for word, code, position, *scale in _rows("currencies.tsv"):
        codes[word] = code
        if scale:
            scales[word] = Decimal(scale[0])
        if position in ("suffix", "both"):
            suffix.append(word)
        if position in ("prefix", "both"):
            prefix.append(word)
    return codes, scales, suffix, prefix


def _suffix_alternation(suffix: list[str]) -> str:
    """The currency words after a number, longest first, each with the guard that keeps it from
    being part of another word."""
    # 元 is not money in 多元/元旦/元素/一元化/二元结构 …; 角 and 毛 alone are
    # money only after digits at a phrase's end (3角。, 5毛，), not in 三角形,
    # 金三角。 or 毛重; 块
    # alone only with its jiao digit after it (两块五), not in 两块地.
    guards = {
        # 元首, not 3万元首先; 元组 (a tuple), not 3000万元组成 / 5万元组织开展; 元年 and 元月, not 100元年费 /
        # 3000元月租; 元老, not 500元老人; 元结构, not 3万元结余; 元制, not 5万元制作; 元体, not 200元体检;
        # 元次 (an equation's degree), not 132亿元次之 (second largest, round 28)
        "元": (
            "(?![化素旦宵件器帅凶勋音神谋朝代曲古始气论方性思宇]|次(?!之)|首(?!先)|组(?![成织建])|年(?![费薪终])"
            "|月(?![薪租供费])|老(?![人年])|结(?![余算])|制(?![作定])|体(?![检验]))"
        ),
        "角": _PHRASE_END,
        "毛": _PHRASE_END,
        "块": "(?=[一二两三四五六七八九1-9](?![花星官块]))",
        "蚊": "(?![子虫香帐叮媒])",  # Cantonese dollars (300蚊, 8万蚊), not 蚊子/蚊虫
        "欧": "(?![洲盟美亚陆式姆])",  # 1500万欧 (euros), not 3万欧洲游客, 欧盟, 欧美
        "毫子": "(?![都也])",  # 五毫子, not the idiom 一毫子都唔俾 (as 一分钱 is left out)
        "毫": _PHRASE_END,  # 车费加3毫，: not 5毫米, 3毫克
    }
    # 角/毛/毫 alone after Arabic digits only: 金三角。, 五毛 and 丝毫 are words
    return "|".join(
        re.escape(w) + ("(?<=\\d" + w + ")" if w in ("角", "毛", "毫") else "") + guards.get(w, "")
        for w in sorted(suffix, key=len, reverse=True)
    )


def _money_re(cur: str, pre: str) -> re.Pattern:
    """One amount: a qualifier, a prefix currency word, the number (a range, its magnitude), the
    currency word after it (``cur``), jiao and fen, a note, a second bound, a suffix qualifier."""
    return re.compile(
        rf"""
        (?P<pre>{_QUALIFIER}|过(?=[百千万亿]))?     # 超过 / 约 / 近 / 过亿
        (?:{_SPACE}(?=\d))?                               # 约 860.5 亿元
        (?:(?<![A-Za-z])(?P<sym>{pre})\s?)?               # 人民币 / HK$ / USD before the number (not BUSD)
        (?<![\d.,第])(?P<a>{CORE_CLOSED})                 # the amount (not inside a number or 第一)
        (?:{_SPACE}(?P<mag>{_SPACED_MAGNITUDE}))?          # 120 亿美元: digits, a space, the magnitude
        (?:{_SPACE}?(?P<emag>million|billion|trillion|bn|mn)(?![A-Za-z]))?   # USD 200 million
        (?:(?P<sep>{RANGE_SEP})(?P<b>{CORE_CLOSED}))?      # 3000至5000 万元
        (?:{_SPACE}(?={cur}))?                             # 3000 元
        (?P<cur>(?(sym)(?:{cur})?|(?:{cur})))              # 万元 / 美元; optional after a prefix word
        (?P<jiao>(?<=[元块])[一二两三四五六七八九1-9][角毛](?:钱|[一二两三四五六七八九1-9]分(?!之))?   # 3元5角, 两块五毛钱, 50元6角3分
           |(?<=块)[一二两三四五六七八九1-9])?             # 两块五
        (?:(?:(?P<note>（[^（）\n]{{1,12}}）)|以上(?={RANGE_SEP}))?   # （新台币，下同）; 3万坡元以上至8万坡元
           (?P<sep2>{RANGE_SEP})(?P<b2>{CORE})(?P<cur2>{cur}))?   # 14万元 至 28万元
        (?P<post>{QUALIFIER_SUFFIX})?                     # 以上 / 左右
        """,
        re.VERBOSE,
    )


def _place_cues() -> tuple[dict[str, tuple[str, int]], dict[str, tuple[str, int]]]:
    """currency_places.tsv: the words that point to a place's currency, with their weight, and the
    outlets whose money is their place's."""
    weights: dict[str, tuple[str, int]] = {}
    outlets: dict[str, tuple[str, int]] = {}
    for row in _rows("currency_places.tsv"):
        cue, code, w = row[:3]
        (outlets if row[3:] == ["outlet"] else weights)[cue] = (code, int(w))
    return weights, outlets


def _backward(pre: str, prefix: list[str]) -> tuple[re.Pattern, frozenset]:
    """The number read backwards from a currency word, and every character it can end with."""
    back_re = re.compile(
        rf"(?:{_QUALIFIER}|过(?=[百千万亿]))?(?:{_SPACE}(?=\d))?(?:(?:{pre})\s?)?(?<![\d.,第])(?:{CORE_CLOSED})"
        rf"(?:{_SPACE}(?:{_SPACED_MAGNITUDE}))?(?:{RANGE_SEP}(?:{CORE_CLOSED}))?{_SPACE}?$"
        rf"|(?:{_QUALIFIER})$"
    )
    # every character a back_re match can end with: a number's last character,
    # a currency prefix word's (人民币 3000万), a qualifier word's (约人民币)
    back_last = frozenset(
        "0123456789" + "".join(DIGITS) + "".join(UNITS) + "兆廿卅多余几点 \t\u3000\u00a0"
        + "".join(w[-1] for w in prefix) + "".join(w[-1] for w in PREFIX_WORDS) + "近过"
    )
    return back_re, back_last


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    codes, scales, suffix, prefix = _currency_words()
    cur = _suffix_alternation(suffix)
    pre = alternation(prefix)
    money_re = _money_re(cur, pre)
    codes_words = [w for w, c in codes.items() if c not in (LOCAL, "LOCAL_DOLLAR") and not w.isascii()]
    note_re = re.compile(rf"（({alternation(codes_words)})[，,]\s*下同）")
    weights, outlets = _place_cues()
    # Scanning for currency words first and reading the number backwards from
    # each is several times faster than trying MONEY_RE at every position.
    # Every branch opens with a literal (角's digit test comes after it), so
    # the engine skips in C to the next possible first character.
    hit_re = re.compile(rf"{cur}|{pre}")
    back_re, back_last = _backward(pre, prefix)
    return _Tables(
        codes, money_re, hit_re, back_re, note_re, re.compile(bucketed_alternation(weights)),
        weights, back_last, outlets, scales
    )

def local_currency(
    text: str, source: str | None = None, script: str = "simplified", cues: Iterable[str] | None = None
) -> tuple[str, str]:
    """(currency of a bare 元, of a bare $) for an article as a whole.

    An explicit note (``（新台币，下同）``) decides; otherwise Hong Kong or
    Taiwan institutions, bodies and districts (``models/currency_places.tsv``)
    must weigh at least 2, else the money is mainland money (CNY), even when a
    Hong Kong outlet reports it.  A Hong Kong or Taiwan outlet (``source``)
    and Traditional script each add 1 to a place the text already names, so
    neither alone makes mainland news local money.
    :class:`_Places` refines this per amount, by the sentence.  ``cues``: the cues found, in
    the order of the text; two places of equal weight go to the one named first.
    """
    t = _tables()
    note = t.note_re.search(text)
    if note:
        code = t.codes[note.group(1)]
        return code, code if code != "CNY" else "USD"
    found = t.cues_re.findall(text) if cues is None else list(cues)
    score = _score(t, found)
    if "TWD" in score and "HKD" in score and all(c in _SHARED_BUDGET_CUES for c in found if t.cue_weights[c][0] == "HKD"):
        # 预算案 is Taiwan's bill word as much as Hong Kong's budget (特别预算案, 总预算案): beside a Taiwan cue it
        # names no Hong Kong money (round 28: a Taiwan legislator on a special budget came out HKD by the tie-break)
        del score["HKD"]
    if not score and script == "traditional" and _SHARED_HK_RE.search(text):
        score["HKD"] = 1
    hk = score.get("HKD", 0)
    # (written Cantonese can only tip a Traditional page, an outlet's or one HK cue's: not
    # scanned for in the rest, most mainland news)
    if hk < 2 and (script == "traditional" or hk == 1 or source in t.outlets) and _cantonese(text):
        score["HKD"] = hk + 1
    for code in [c for c in score if c != "CNY"]:
        if source in t.outlets and t.outlets[source][0] == code:
            score[code] += t.outlets[source][1]
        if script == "traditional":
            score[code] += 1
    best = max(((c, w) for c, w in score.items() if c != "CNY"), key=lambda kv: kv[1], default=("CNY", 0))
    if best[1] >= 2:
        return best[0], best[0]
    # the mainland writes no bare $ and Taiwan writes NT$ or 元: a bare $ of a Traditional page
    # that names no place is a Hong Kong dollar (劏房月租$4,500), never a US one
    return "CNY", "HKD" if script == "traditional" and best[0] in ("CNY", "HKD") else "USD"


# Session 24, wave 2: a Hong Kong department whose name another economy also uses (环保署 was
# Taiwan's agency, 渔护署 …) is no cue in models/currency_places.tsv.  (消防处 stays out: a
# sentence naming it alone is no place's money, tests/test_purpose_round5.py.)  On a Traditional page
# that names no place's cue at all (no Taiwan, Macau, mainland or Hong Kong word) they weigh 1
# for HKD, so with the script's 1 the page's bare 元 is Hong Kong money (环保署表示…罚款5万元).
# 香港 counts where it opens a sentence or clause (香港高等法院判…, 香港某公司招股) or names one of its
# public bodies (…，由香港警方); not inside a list of firms (深圳某公司、香港黎氏药业等10家企业拟入驻, a
# mainland page whose Traditional copy must keep its records: tests/test_traditional_records.py), and
# not 审计署, the mainland's National Audit Office too.
# Hong Kong cues that Taiwan's budget news writes too
_SHARED_BUDGET_CUES = frozenset({"预算案"})
_SHARED_HK_RE = re.compile("环保署|渔护署|(?:^|(?<=[。！？：；，\n]))香港|香港(?:警方|警察|政府|特区|海关|法院|入境处)", re.M)

# Written Cantonese (two distinct particles or words: 唔…嘅, 咗, 啲, a price in 蚊)
# is Hong Kong (or Macau) text: it weighs 1 for HKD, so with Traditional script a
# page that names no institution (a workers' complaint quoting 300蚊) is Hong Kong
# money; a Macau page's own cues outweigh it.  No article of dev, fit or the
# mainland hold-outs has two of them.
_CANTONESE = re.compile("[嘅咗喺冇啲嘢嚟哋嗰唔佢蚊]")  # one class: the engine skips to it in C


def _cantonese(text: str) -> bool:
    seen: set[str] = set()
    for m in _CANTONESE.finditer(text):
        c = m.group()
        if c == "蚊" and not (m.start() and text[m.start() - 1] in "0123456789几百千万"):
            continue  # 蚊 only as a price (300蚊), not 蚊子
        seen.add(c)
        if len(seen) >= 2:
            return True
    return False


def _score(t: _Tables, cues: Iterable[str]) -> dict[str, int]:
    """The weight of each place's distinct cues (a repeat adds nothing), places in the order their
    first cue comes in ``cues``: max() then gives a tie to the place named first.  (A set's order
    follows the process's hash seed: 立法院…总预算案 came out TWD or HKD by the process.)"""
    score: dict[str, int] = {}
    for cue in dict.fromkeys(cues):
        code, w = t.cue_weights[cue]
        score[code] = score.get(code, 0) + w
    return score


_SENTENCE_END = re.compile(r"[。！？!?；;\n]")


class _Places:
    """The currency of a bare 元/$ per amount: the place whose money it is.

    The article's local currency (:func:`local_currency`) is the default; the
    sentence of the amount overrides it when its cues name another place only:
    mainland money in a Hong Kong article (内地, 深圳 …: CNY), Hong Kong or
    Taiwan money in mainland news (two cues' weight in the sentence, as for an
    article).  A sentence naming both the default place and another keeps the
    default.  Cue positions and sentence ends are found once per article.
    """

    def __init__(self, doc, t: _Tables) -> None:
        text = doc.text
        meta = getattr(doc, "meta", None)
        self.t = t
        self.cues = [(m.start(), m.group()) for m in t.cues_re.finditer(text)]
        self.default = local_currency(
            text, getattr(meta, "source", None), getattr(doc, "script", "simplified"), [c for _, c in self.cues]
        )
        self.noted = t.note_re.search(text) is not None
        self.traditional = getattr(doc, "script", "simplified") == "traditional"
        if self.default[0] == "CNY":
            # in mainland news only Hong Kong / Taiwan cues can change a sentence's money
            self.cues = [(p, c) for p, c in self.cues if t.cue_weights[c][0] != "CNY"]
        self.cue_starts = [c for c, _ in self.cues]
        # sentence ends only matter where there are cues (most mainland news has none)
        self.ends = [m.start() for m in _SENTENCE_END.finditer(text)] if self.cues and not self.noted else []

    def currency(self, code: str, start: int) -> str:
        cny, dollar = self.default
        home = cny if code == LOCAL else dollar
        if self.noted or not self.cues:
            return home
        i = bisect.bisect_left(self.ends, start)
        lo = self.ends[i - 1] + 1 if i else 0
        hi = self.ends[i] if i < len(self.ends) else 1 << 62
        a, b = bisect.bisect_left(self.cue_starts, lo), bisect.bisect_left(self.cue_starts, hi)
        if a == b:
            return home
        score = _score(self.t, [cue for _, cue in self.cues[a:b]])
        if code != LOCAL:
            # 内地网民…议论香港政府向长者派发$5000: the mainland writes no $, so a mainland cue never
            # decides a dollar; a Hong Kong or Taiwan cue in the sentence does, else the article's
            other = [kv for kv in score.items() if kv[0] != "CNY"]
            return max(other, key=lambda kv: kv[1])[0] if other else home
        if score.get(cny, 0) > 0:
            return home
        place, weight = max(score.items(), key=lambda kv: kv[1])
        if cny == "TWD" and place == "HKD" and weight < 2:
            # a Taiwan article's sentence naming one weak Hong Kong word (特别预算案 holds 预算案) is
            # still Taiwan money: it takes a Hong Kong cue of weight 2 to make it Hong Kong's
            return home
        if place == "CNY" or (cny != "CNY" and weight >= 1) or weight >= 2:
            return place if code == LOCAL or place != "CNY" else "USD"
        return home


# A cap or floor word a few words before the amount in its clause
# (最高支持2000万元, 最高给予院士补助1000万元, 不超过每户5万元): the verb between
# keeps it from being glued to the number, where NUMBER_RE reads it.
# 最高人民法院/最高检 are courts and 最高的一次 a superlative, not caps;
# 最低工资 / 最低生活保障 are nouns (the minimum wage itself), not floors.
_LOOSE_QUALIFIERS = {
    "最高": "at_most", "最多": "at_most", "不超过": "at_most", "不高于": "at_most",
    "至少": "at_least", "不少于": "at_least", "不低于": "at_least", "最低": "at_least",
    # round 24, Hong Kong pages: 大概是300亿元, 大约有5000元
    "大概": "approx", "大约": "approx",
    # round 25b, Taiwan pages: 约 before the budgeting verb (每年约编列80万元, 约需8亿元)
    "约编列": "approx", "约需": "approx",
}
_LOOSE_QUALIFIER_RE = re.compile(
    rf"({'|'.join(_LOOSE_QUALIFIERS)})(?!人民|检|法|的|工资|生活)[^，,。；;：:、！？!?\n\d%]{{0,8}}$"
)
_LOOSE_WINDOW = 12

# A spoken range of two neighbouring round tens sharing one unit (30、40万元 =
# "thirty or forty ten-thousands"): the second is the first plus one step of its
# last non-zero digit, a step of ten at least.  Single digits (补贴分为1、2万元两档)
# are tiers, and a list of three (20、30、40万元), figures farther apart (30、80万元)
# or figures after 分别/分为 are lists: each stays as it was.
_PAIR_FIRST = re.compile(r"(?<![\d.、])(\d{1,4})$")
_LEAD_DIGITS = re.compile(r"\d{1,4}(?![\d.,])")


def _paired_range(text: str, rec: Money) -> Money:
    b = _LEAD_DIGITS.match(rec.text)
    a = _PAIR_FIRST.search(text, max(0, rec.start - 6), rec.start - 1)
    before = text[max(0, a.start() - 16):a.start()] if a else ""
    if b is None or a is None or rec.qualifier != "exact" or "分别" in before or "分为" in before:
        return rec
    lo, hi = int(a.group(1)), int(b.group())
    step = 10 ** (len(str(lo)) - len(str(lo).rstrip("0")))
    if lo <= 0 or step < 10 or hi != lo + step or rec.amount % hi:
        return rec
    scale = rec.amount / hi
    return Money(text[a.start():rec.end], lo * scale, rec.currency, a.start(), rec.end, rec.amount,
                 "range", rec.purpose)


# 不超5,000元: 不 before a glued 超 is "not over", at most (不超过 is a prefix word of its own)
def _not_over(text: str, rec: Money) -> Money:
    s = rec.start
    if text[s - 1] == "不" and rec.qualifier == "over" and rec.text.startswith("超") and not rec.text.startswith("超过"):
        return Money(text[s - 1 : rec.end], rec.amount, rec.currency, s - 1, rec.end, rec.amount_max, "at_most", rec.purpose)
    return rec


# 补贴增加200元至3800元, 票价下调2元至8元: after a verb of change, 至/到 joins the change and the level it
# reaches, two amounts, not a range (由300元提高至500元 has the verb between and is read so already).
_CHANGE_BEFORE_RE = re.compile(r"(?:增加|提高|上调|调高|调升|提升|上涨|下调|调低|调降|降低|减少|下降)了?$")
_CHANGE_WINDOW = 4


def _change_then_level(text: str, m: re.Match, t: _Tables, rec: Money) -> tuple[tuple[Money, int], ...]:
    if m["sep2"] not in ("至", "到") or _CHANGE_BEFORE_RE.search(text, max(0, rec.start - _CHANGE_WINDOW), rec.start) is None:
        return ((rec, m.end()),)
    left = t.money_re.match(text, m.start(), m.start("sep2"))
    right = t.money_re.match(text, m.start("b2"))
    first = _record(left, t) if left is not None and left.end() == m.start("sep2") else None
    second = _record(right, t) if right is not None else None
    if first is None or second is None or first.amount_max is not None or second.amount_max is not None:
        return ((rec, m.end()),)
    return ((first, left.end()), (second, right.end()))  # type: ignore[union-attr]


_BACK = 40  # longest number with its qualifier word that we read backwards
_SINGLE_CHAR_PREFIX = frozenset("约近超逾过")


def extract(doc) -> list[Money]:
    text = doc.text
    t = _tables()
    found: list[tuple[Money, int]] = []  # record, end of its match (with 以上 / a note)
    places: _Places | None = None
    last_end = last_rec_end = 0
    for hit in t.hit_re.finditer(text):
        h = hit.start()
        if h < last_end:
            continue
        # back_re's matches end at h: skip the search where no match can end there
        # (from where the characters back_re can consume begin: regexrun says why the match is the same)
        back = t.back_re.search(text, run_start(t.back_re, text, max(last_end, h - _BACK), h), h) if h and (text[h - 1] in t.back_last or text[h - 1].isdigit()) else None
        m = t.money_re.match(text, back.start() if back else h)
        if m is None or m.end() <= h:
            continue
        last_end = m.end()
        rec = _record(m, t)
        if rec is None:
            continue
        # (an amount matched with its second bound: a change and the level it reaches may be two)
        parts = ((rec, m.end()),) if m["b2"] is None else _change_then_level(text, m, t, rec)
        for rec, rec_end in parts:
            code = rec.currency
            if code in (LOCAL, "LOCAL_DOLLAR"):
                if places is None:
                    places = _Places(doc, t)
                cur = places.currency(code, rec.start)
                if cur == "CNY" and places.default[0] == "CNY" and rec.text.endswith(("蚊", "毫子")) and places.traditional:
                    # 蚊 (and its 毫子) is the spoken Hong Kong dollar: a Traditional page pricing in it is Hong Kong
                    # money (in Simplified text one Cantonese word is not enough: tests/test_purpose_round6.py)
                    cur = "HKD"
                rec = Money(rec.text, rec.amount, cur, rec.start, rec.end, rec.amount_max, rec.qualifier, rec.purpose)
                if cur != "HKD" and rec.text.endswith("毫"):
                    continue  # 毫 alone is the Hong Kong ten cents (车费加3毫); elsewhere it is a cut 毫米 (雨量达到70毫)
            if rec.qualifier == "exact":
                loose = _LOOSE_QUALIFIER_RE.search(text, max(last_rec_end, rec.start - _LOOSE_WINDOW), rec.start)
                if loose is not None:
                    rec = Money(rec.text, rec.amount, rec.currency, rec.start, rec.end, rec.amount_max,
                                _LOOSE_QUALIFIERS[loose.group(1)], rec.purpose)
            if rec.amount_max is None and rec.start > 1 and text[rec.start - 1] == "、":
                rec = _paired_range(text, rec)
            if rec.start >= 1 and text[rec.start - 1] == "不":
                rec = _not_over(text, rec)
            last_rec_end = rec_end
            found.append((rec, rec_end))
    if "下同" in text:
        found = _noted_amounts(text, t, found)
    # The Hong Kong passes (fronted_amounts, tightened, without_hedge, compared_topic) decide by the
    # amount and its words, never by the page's script: Traditional input must give its Simplified
    # original's records (tests/test_traditional_records.py), and a mainland amount keeps the general
    # rules' purpose.
    if not found:
        return fronted_amounts(text, [])
    counts: dict[str, int] = {}  # (one count per distinct name: a page of quoted prices stays linear)
    found = [f for f in found if not _quoted_name(text, f[0], counts)]
    if not found:
        return fronted_amounts(text, [])
    found = _share_currency_words(text, found)
    records = dollar_ranges(text, find_purpose(text, _share_suffix_qualifiers(text, found)))
    return fronted_amounts(
        text,
        fare_steps(text, [r if r.currency == "CNY" else tightened(text, without_hedge(compared_topic(text, r))) for r in records]),
    )


_OPEN_QUOTES = "“‘「『"
_CLOSE_QUOTES = "”’」』"
_NAME_MAX = 8
_OPEN_QUOTE_RE = re.compile("[" + _OPEN_QUOTES + "]")


def _quoted_name(text: str, rec: Money, counts: dict[str, int]) -> bool:
    """Whether the amount is a word of a short quoted name the article repeats (“捐一元”公益项目 …
    ‘捐一元·月捐月爱’ … 支持“捐一元”; “一元侠”): a name, not money.  A quote said once
    (「38亿元一分不少」) or a long one (“15岁女生拒买47元水果捞被骂小三”) stays money."""
    lo = max(0, rec.start - _NAME_MAX)
    if _OPEN_QUOTE_RE.search(text, lo, rec.start) is None:
        return False  # (most amounts: one C search)
    opens = max(text.rfind(q, lo, rec.start) for q in _OPEN_QUOTES)
    if opens < 0 or any(c in _CLOSE_QUOTES for c in text[opens + 1 : rec.start]):
        return False
    hi = min(len(text), rec.end + _NAME_MAX)
    close = min((i for i in (text.find(q, rec.end, hi) for q in _CLOSE_QUOTES) if i >= 0), default=-1)
    if close < 0:
        return False
    name = text[opens + 1 : close]
    dot = name.find("·", rec.end - opens - 1)
    name = name[:dot] if dot >= 0 else name  # ‘捐一元·月捐月爱’: the name before the dot
    if len(name) > _NAME_MAX or len(name) <= len(rec.text) or any(c in "，。；！？" for c in name):
        return False
    if name not in counts:
        counts[name] = text.count(name)
    return counts[name] >= 2


def _record(m: re.Match, t: _Tables) -> Money | None:
    """The amount ``m`` matched, or ``None`` when it is no amount: its number, its value, whether it
    is an amount at all, its qualifier, its currency and its span, in that order."""
    a, b, b2 = m["a"], m["b"], m["b2"]
    if m["mag"]:
        if not a.replace(".", "").replace(",", "").isdigit():
            return None  # 三 亿元: only digits are spaced from their magnitude
        a += m["mag"]
    value = _value(m, t, a, b, b2)
    if value is None:
        return None
    amount, amount_max, number_qualifier, as_written = value
    pre, post = m["pre"], m["post"]
    if _not_an_amount(m, a, b, pre, post):
        return None
    qualifier = _qualifier(m, number_qualifier, amount, amount_max, pre, post)
    if amount_max == amount:
        amount_max = None
    code = _currency_code(m, t)
    start, end = _span(m, b2, pre, post)
    return Money(
        text=m.string[start:end],
        amount=amount if as_written else _plain(amount),
        currency=code,
        start=start,
        end=end,
        amount_max=amount_max,
        qualifier=qualifier,
    )


def _value(m: re.Match, t: _Tables, a: str, b: str | None, b2: str | None) -> tuple[Decimal, Decimal | None, str, bool] | None:
    """The value of the number ``a`` (to ``b``, or to ``b2`` with its own currency word) in its
    currency, its upper bound, the qualifier the number carries, and whether the value stands as
    parsed (no subunit scale, jiao or English magnitude applied); ``None`` for no amount."""
    number = a if b is None else a + m["sep"] + b
    parsed = parse_number(number)
    if parsed is None or parsed.percent:
        return None
    amount, amount_max = parsed.value, parsed.value_max
    if m["emag"]:
        if not (m["sym"] and m["sym"].isascii()) or m["mag"] or b is not None:
            return None  # English magnitudes go with an ISO code or symbol: USD 200 million, US$3.5 billion
        amount *= _ENGLISH_MAGNITUDE[m["emag"]]
    scale = t.scales.get(m["cur"])
    if scale is not None:  # 5毛钱 = 0.5 元
        amount, amount_max = amount * scale, (None if amount_max is None else amount_max * scale)
    if m["jiao"]:  # 两块五 = 2.5 元, 3元5角 = 3.5 元
        jiao, fen = parse_number(m["jiao"][0]), m["jiao"][-1] == "分" and parse_number(m["jiao"][-2])
        if jiao is None or fen is None or amount_max is not None:
            return None
        amount += jiao.value / 10 + (fen.value / 100 if fen else 0)
    if b2 is not None:
        hi = parse_number(b2)
        if hi is None:
            return None
        amount_max = hi.value_max if hi.value_max is not None else hi.value
    return amount, amount_max, parsed.qualifier, scale is None and not m["jiao"] and not m["emag"]


# A bare 万元 beside a cash handout (Taiwan's 普发现金万元 of 2025) is 10,000, not a word like 万元户
_TEN_THOUSAND_CASH = re.compile("(?:普发|现金)万元|万元现金")


def _not_an_amount(m: re.Match, a: str, b: str | None, pre: str | None, post: str | None) -> bool:
    """Is the match a word or a name that only looks like an amount (万元户, 三元 the place, 陆元盛)?"""
    if a[0] == "0" and a[1:2].isdigit():
        return True  # 4，000元 read from its 000: a number never opens with two zeros' worth of digits
    if not m["cur"] and not any(c.isdigit() or c in "万亿千百" for c in a):
        return True  # 人民币一年期: after a prefix word alone, a lone numeral is no amount
    bare = not any(c.isdigit() or c in "一二两三四五六七八九十零〇廿卅壹贰叁肆伍陆柒捌玖拾" for c in a)
    if bare and a == "万" and _TEN_THOUSAND_CASH.search(m.string, max(0, m.start("a") - 2), m.end("cur") + 2):
        return False  # 普发万元现金, 普发现金万元: Taiwan's flat handout of 10,000, an amount
    if bare and not (pre or post or a[0] in "数几上" or "余" in a or "多" in a or len(a) > 1):
        return True  # 万元户, 百元大钞: a word, not an amount (面对千亿元财政赤字, 百亿元基金 are amounts)
    if (
        len(a) == 1 and b is None and not pre and not m["sym"] and m["cur"] == "元"
        and (m.string[m.end("cur") : m.end("cur") + 1] in ("、", "区") or m.string[m.start("a") - 1 : m.start("a")] == "、")
        and _PRICE_CUE.isdisjoint(m.string[max(0, m.start("a") - 6) : m.start("a")])
    ):
        return True  # 辖永安1市、三元、沙县2区: a place in a list of names, not three yuan
    if len(a) == 1 and a in "陆伍" and b is None and not m["sym"] and not m["jiao"]:
        return True  # 陆元盛, 大陆元首, 队伍元气: a surname or a word's character, not a financial numeral
    return False


def _qualifier(
    m: re.Match, number_qualifier: str, amount: Decimal, amount_max: Decimal | None, pre: str | None, post: str | None
) -> str:
    """range, a qualifier word before or after the amount, else the number's own (约 then a verb: approx)."""
    if amount_max is not None and amount_max != amount:
        qualifier = "range"
    elif pre:
        qualifier = prefix_qualifier(pre) or "over"  # 过亿元
    elif post:
        qualifier = suffix_qualifier(post) or "exact"
    else:
        qualifier = number_qualifier
    at = m.start("a")
    if qualifier == "exact" and at >= 2 and m.string[at - 2 : at] in _ABOUT_VERB:
        if at < 3 or m.string[at - 3] not in _WORD_BEFORE_YUE:
            qualifier = "approx"  # 全球防务开支约为2.63万亿美元: 约 then a verb (round 20)
    return qualifier


def _currency_code(m: re.Match, t: _Tables) -> str:
    """The ISO code of the amount's currency word (LOCAL for a bare 元 or $, decided later by place)."""
    cur_word = m["cur2"] or m["cur"] or m["sym"]  # 人民币3000万 has only the prefix word
    code = t.codes.get(cur_word, LOCAL)
    if m["sym"] and t.codes.get(m["sym"]) not in (None, LOCAL, "LOCAL_DOLLAR") and cur_word in ("元", "块钱"):
        code = t.codes[m["sym"]]  # 人民币3000万元, 港币500元
    return code


def _span(m: re.Match, b2: str | None, pre: str | None, post: str | None) -> tuple[int, int]:
    """Where the amount's text starts and ends: a symbol and a one-character qualifier before it and
    a suffix qualifier after it are part of it, a prefix currency word is not."""
    start = m.start("a")
    if m["sym"] and (m["sym"].isascii() or not m["sym"].isalpha()):
        start = m.start("sym")  # HK$500, ￥300 read as one amount; 人民币 is a word before it
    if pre and pre in _SINGLE_CHAR_PREFIX:
        start = m.start("pre")
    end = m.end("cur2") if b2 is not None else m.end("jiao") if m["jiao"] else m.end("cur")
    if post:
        end = m.end("post")  # 30亿元以上: a suffix qualifier is part of the text, as a prefix one is
    return start, end

# A number whose currency is only the note after it: 以12万（新台币，下同）售出.  Its
# magnitude or digits must be written out (a lone 三 before a note is no amount).
_NOTED_HEAD_RE = re.compile(rf"(?<![\d.,第])(?:{CORE})$")


def _noted_amounts(text: str, t: _Tables, found: list[tuple[Money, int]]) -> list[tuple[Money, int]]:
    """``found`` with the amounts whose currency word is a ``（新台币，下同）`` note (notes are rare:
    one search per note, on the 20 characters before it)."""
    ends = {rec.end for rec, _ in found} | {end for _, end in found}
    added = []
    for note in t.note_re.finditer(text):
        p = note.start()
        if p in ends:
            continue
        head = _NOTED_HEAD_RE.search(text, max(0, p - 20), p)
        if head is None or not any(c.isdigit() for c in head.group()) or not any(c in "万亿千" for c in head.group()):
            continue
        parsed = parse_number(head.group())
        if parsed is None or parsed.percent or parsed.value_max is not None:
            continue
        rec = Money(head.group(), parsed.value, t.codes[note.group(1)], head.start(), p, None, parsed.qualifier)
        added.append((rec, note.end()))
    if not added:
        return found
    return sorted(found + added, key=lambda pair: pair[0].start)


def _plain(d: Decimal) -> Decimal:
    d = d.normalize()
    return d.quantize(Decimal(1)) if d == d.to_integral_value() else d


# Words of a price before a lone numeral (门票每张三元、学生半价): then 元 is money.
_PRICE_CUE = frozenset("每价费收售票付花买卖")
_LIST_JOIN = re.compile(r"[、和及与]|以及")
_SUFFIX_TAIL = re.compile(rf"(?:{QUALIFIER_SUFFIX})$")


# 75万或150万元, 3000万、5000万元: the first amount of a two-item list shares
# the second's currency word.  Its magnitude must be written (1、2万元 is list
# numbering or a shared magnitude, not 1 yuan), and nothing but the joiner
# stands between the two.
_LIST_HEAD_RE = re.compile(rf"(?<![\d.,第])(?:{CORE})(?=(?:或者|[、或和及与])$)")
_LIST_WINDOW = 24
_LIST_JOINERS = frozenset("、或和及与")


def _share_currency_words(text: str, found: list[tuple[Money, int]]) -> list[tuple[Money, int]]:
    out: list[tuple[Money, int]] = []
    last_end = 0
    for rec, end in found:
        heads: list[Money] = []
        pos = rec.start  # (10万、10万和2万元: every item before the last, walked back one joiner at a time)
        while (
            pos > last_end and rec.amount_max is None and rec.text[:1].isdigit()
            and (text[pos - 1] in _LIST_JOINERS or text.startswith("或者", pos - 2))
        ):
            head = _LIST_HEAD_RE.search(text, max(last_end, pos - _LIST_WINDOW), pos)
            if head is None or head.group()[-1] not in "万亿" or head.group()[-1] not in rec.text:
                break
            parsed = parse_number(head.group())
            if parsed is None or parsed.percent or parsed.value_max is not None:
                break
            heads.append(Money(head.group(), parsed.value, rec.currency, head.start(), head.end(), None, parsed.qualifier))
            pos = head.start()
        out.extend((h, h.end) for h in reversed(heads))
        out.append((rec, end))
        last_end = end
    return out


def _share_suffix_qualifiers(text: str, found: list[tuple[Money, int]]) -> list[Money]:
    """分别为2亿元、3亿元以上: a suffix after the last item qualifies the whole list."""
    out = [r for r, _ in found]
    shared: str | None = None
    for i in range(len(out) - 1, -1, -1):
        rec = out[i]
        if shared is None and rec.qualifier != "exact" and _SUFFIX_TAIL.search(rec.text) and rec.text[:1] not in "百千万亿":
            # (not a bare threshold: 总产值3500亿元、百亿元以上产业链 — 以上 is the 产业链's alone)
            shared = rec.qualifier
            continue
        if shared is None:
            continue
        if i + 1 < len(out) and rec.qualifier == "exact" and _LIST_JOIN.fullmatch(text, found[i][1], out[i + 1].start):
            out[i] = Money(rec.text, rec.amount, rec.currency, rec.start, rec.end, rec.amount_max, shared, rec.purpose)
        else:
            shared = None
    return out
