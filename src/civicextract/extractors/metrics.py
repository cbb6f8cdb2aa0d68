"""Metrics: every counted or measured quantity that is not money.

One pass of ``NUMBER_RE`` over ``doc.text`` finds the numbers; each is kept
only if a unit or measure word from ``models/units.tsv`` follows it (or, for
a bare ``万``/``亿`` number, a word for people is near), and none of the spec's
exclusions applies (money, dates, durations, ordinals, names, idioms).  The
subject is a phrase of the same clause: the noun phrase after the unit when
one follows (``432个申报点位``), else the clause before the number
(``拆除违章建筑1.8万平方米``).

>>> from civicextract.document import normalize
>>> [(m.text, str(m.value), m.unit, m.subject) for m in extract(normalize("抓好全域3000余个非申报点位的创建"))]
[('3000余个', '3000', '个', '非申报点位')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from ..numbers import NUMBER_RE, ParsedNumber, parse_number
from ..records import Metric
from ..resources import model_path


class _Unit(NamedTuple):
    unit: str
    kind: str


class _Lexicon(NamedTuple):
    units: dict[str, _Unit]
    unit_re: re.Pattern
    person_re: re.Pattern
    excluded_re: re.Pattern
    candidate_re: re.Pattern  # numbers that may be metrics: see _numbers


def _alternation(forms) -> str:
    # Longest first, so 个百分点 wins over 个 and 平方公里 over 公里; an ASCII
    # symbol must not run on into a word (1090m is metres, 5mm is not m).
    parts = []
    for f in sorted(forms, key=len, reverse=True):
        p = re.escape(f)
        if f[-1].isascii() and f[-1].isalpha():
            p += r"(?![A-Za-z])"
        parts.append(p)
    return "|".join(parts)


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    units: dict[str, _Unit] = {}
    persons = []
    for line in model_path("units.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        form, unit, kind = line.split("\t")
        if kind == "person":
            persons.append(form)
        else:
            units[form] = _Unit(unit, kind)
    phrases = [
        s.strip()
        for s in model_path("metric_exclusions.txt").read_text(encoding="utf-8").splitlines()
        if s.strip() and not s.startswith("#")
    ]
    firsts = "".join(sorted({f[0] for f, u in units.items() if u.kind != "not"}))
    return _Lexicon(
        units=units,
        unit_re=re.compile(_alternation(units)),
        person_re=re.compile(_alternation(persons)),
        excluded_re=re.compile(_alternation(phrases)),
        # an anchor whose run holds 万/亿/% (people, overruns, percentages) or is
        # followed by a unit's first character or by a range or fraction
        candidate_re=re.compile(
            rf"{_ANCHOR}(?:{_RUN}*[万亿萬億%‰]{_RUN}*|{_RUN}*(?=[{re.escape(firsts)}]|{_OPEN}))"
        ),
    )


# NUMBER_RE reads qualifier words glued to the number (近15万, 超过1万); these
# are the ones it cannot, because a verb sits between (约为70平方米).
_LOOSE_PREFIXES = (("约为", "approx"), ("约占", "approx"), ("多达", "exact"), ("高达", "exact"))
# Verbs that qualify the number but are not part of how it is written, so the
# record's text starts after them (突破1000公里 -> 1000公里).
_VERB_QUALIFIERS = frozenset({"突破", "超出", "未达到", "未达"})
_RANK_CHARS = frozenset("排位名列居")
_RANK_RE = re.compile(r"(?:排名|排在|排位|位居|位列|名列|列第|居第)[^，。；]{0,4}$")

# Written after the unit: 50户以上, 约50人左右, 3000吨级及以上.
_SUFFIX_RE = re.compile(r"级?及?(以上|以下|以内|左右|上下)")
_SUFFIX_QUALIFIER = {"以上": "over", "以下": "at_most", "以内": "at_most", "左右": "approx", "上下": "approx"}

_CN_NUMERAL = set("零〇一二两三四五六七八九十百千万亿廿卅几数")
_POWERS = set("十百千万亿")
# Characters right before a number that make it something else: 第 (ordinal),
# 每 (a rate's denominator: 每万人口), letters and joiners of codes (PM2.5,
# 2019/20, “2·25”, 4×100米接力).
_BLOCKING_PREV = set("第每·/.#×") | set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")

_HARD_STOPS = "，。；：！？\n,;!?…"
_CLAUSE_STOPS = _HARD_STOPS + "、"
_LEFT_WINDOW = 30
_RIGHT_WINDOW = 14

# Where a noun phrase after the unit ends: verbs and function words that
# follow a counted noun in this genre (432个申报点位|工作规范化 is a longer
# phrase than needed, but still holds the subject).
_RIGHT_STOP_RE = re.compile(
    r"[，。；：！？、\n,;!?…（(）)“”\"《》<>\s0-9]|的|或|将|已|并|每|各|也|还|又|则|把|了|着"
    # one-character words, kept from splitting the compounds they end or begin
    # (国有企业, 欠发达县, 公共服务, 高等级公路, 就业岗位, 人均, 位于, 作为)
    r"|(?<![普涉])及(?!时)|和(?![美谐])|与|(?<![高平中初同一二三特])等(?!级)|(?<![存所现实正内外自])在|(?<![位属对关由处])于"
    r"|(?<![首])都|(?<![人平])均|(?<![公总])共|(?<![作行认成])为|是|(?<![国所现拥享特固占具原没既])有"
    r"|从(?!业|事)|对(?!象|口)|(?<![自理])由|(?<![可所难得予加])以(?![上下内])|(?<![许认])可(?!持)|就(?!业|医|学|近|地)"
    r"|(?<![通到发抵送直下传表])达(?!标)"
    r"|进行|开展|实施|完成|参加|参与|投入|得到|获得|实现|纳入|进入|入驻|入围|上榜|成为|达到|开工|建成|落户|拟|正在"
    r"|主动|得以|通过|接受|推进|累计|合计|分别|需要|全部|全面|先行|提档|结对|开通|运行"
)
# Connectors between a left-side subject and the number (…比重为35.9%),
# stripped from the end of the phrase: matched on the reversed phrase, so the
# cost does not grow with the phrase's length.
_LEFT_TRAIL = (
    "分别 年均 同比 共计 合计 累计 共有 共 总计 约为 约 达到 达 为 是 有 至 到 超过 超 突破 逾 近 接近 将近 "
    "不足 不到 已 了 的 各 均 保持在 稳定在 提高至 提升至 增加至 降至 增至 在 仅 只有 就有 计 从 将 可 要"
).split()
# (均 of 平均 and 人均 is part of the noun: reversed, 均 must not be followed by 平/人)
_LEFT_TRAIL_REV = re.compile(
    "(?:"
    + "|".join(re.escape(w[::-1]) + ("(?![平人])" if w == "均" else "") for w in sorted(_LEFT_TRAIL, key=len, reverse=True))
    + ")+"
)
# list numbering (4. 临汾市…, （一）), and words that lead into the phrase
_LEFT_LEAD_RE = re.compile(
    r"^(?:\d{1,2}[.．、]\s*|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}是)?"
    r"(?:其中|其余|另外|另|此外|并|又|还|共有|现有|拥有|共|已|为)*"
)
# A time phrase at the end: 农产品加工转化率从2020年的 -> 农产品加工转化率.
_LEFT_TIME_RE = re.compile(r"(?:从|较|比|到|至|于)?\d{2,4}年(?:底|末|初|上半年|下半年)?的?$")
# A left phrase that is only function words (将从, 对, 就收) or a place's "whole" (全区) names nothing.
_LEFT_EMPTY_RE = re.compile(
    r"(?:将|从|对|向|给|就|把|在|由|按照|按|以|可|再|又|还|已|共|均|都|各|仅|只|便|才)+.?|全(?:市|区|县|省|州|国|镇|乡|村)"
)
# 在…下 / 在…中: an adverbial, not what is counted.
_ADVERBIAL_RE = re.compile(r"在.{0,14}(?:下|中|上|里|后|前|时|期间)")
# 从17.9%提升到35.5%: the second number measures the same thing.
_CONTINUATION_RE = re.compile(
    r"(?:提升|提高|增加|增长|下降|降低|减少|上升|扩大|缩小|升|降|增)?(?:到|至)[^，。；：！？]{0,8}"
)
_PERSON_UNITS = frozenset({"人", "人次"})
_RESPECTIVELY = "分别"


class _Hit(NamedTuple):
    start: int  # record span in doc.text
    end: int
    num_start: int  # where the digits begin (after a qualifier word)
    tail: int  # end of unit and suffix qualifier: where a right-side subject may begin
    value: Decimal
    value_max: Decimal | None
    qualifier: str
    unit: str
    person_noun: str | None


def extract(doc) -> list[Metric]:
    text = doc.text
    hits = list(_candidates(text))
    if not hits:
        return []
    subjects = _subjects(text, hits)
    return [
        Metric(
            text=text[h.start : h.end],
            value=h.value,
            unit=h.unit,
            start=h.start,
            end=h.end,
            value_max=h.value_max,
            qualifier=h.qualifier,
            subject=subj,
        )
        for h, subj in zip(hits, subjects, strict=True)
    ]


def _candidates(text: str, prefilter: bool = True) -> Iterator[_Hit]:
    lex = _lexicon()
    excluded = [m.span() for m in lex.excluded_re.finditer(text)]
    last_end = 0
    for m in _numbers(text, lex if prefilter else None):
        hit = _candidate(text, m, lex)
        if hit is None or hit.start < last_end:
            continue
        if excluded and any(a < hit.end and hit.start < b for a, b in excluded):
            continue
        last_end = hit.end
        yield hit


# NUMBER_RE.finditer tries its qualifier-word alternation at every character
# (about 1.5M chars/s); a number must begin with one of these characters, so
# jumping from one to the next and matching there finds the same numbers
# several times faster (tests/test_metrics.py checks the equivalence).  The
# anchor takes the run of digits, numerals and magnitudes after it along: where
# such a run ends, a metric's unit must begin.
_ANCHOR = r"(?:[\d零〇○一壹二两兩贰貳三叁參参四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万萬亿億廿卅]|[数几上](?=[十百千万亿拾佰仟萬億]))"
_RUN = r"[\d.,零〇○一壹二两兩贰貳三叁參参四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万萬亿億廿卅几多余点%‰]"
_OPEN = r"(?:[-—–~～至到]|分之)"  # a range or a fraction goes on after the run
_ANCHOR_RE = re.compile(_ANCHOR)
_PREFIX_FIRST = frozenset("近不未至最超突多高将接低少大约逾")


def _numbers(text: str, lex: _Lexicon | None = None) -> Iterator[re.Match]:
    """The matches of ``NUMBER_RE.finditer(text)``, found from anchors.

    With ``lex``, only the numbers that may be metrics are matched: those with
    a unit after their run of digits, or %/万/亿 in it; 2023年, 12337热线 and
    一是 are passed over without the costly match.  tests/test_metrics.py checks
    both that the plain scan equals NUMBER_RE.finditer and that the filtered
    one finds the same metrics.
    """
    pos = 0
    search = (_ANCHOR_RE if lex is None else lex.candidate_re).search
    match = NUMBER_RE.match
    while True:
        a = search(text, pos)
        if a is None:
            return
        p = a.start()
        m = match(text, p)
        if m is None:
            pos = p + 1
            continue
        # a qualifier word just before (近15万, 不少于500) starts the match earlier
        lo = max(pos, p - 3)
        if not _PREFIX_FIRST.isdisjoint(text[lo:p]):
            for q in range(lo, p):
                if text[q] in _PREFIX_FIRST:
                    mq = match(text, q)
                    if mq is not None and mq.group("pre") and mq.end("pre") == p:
                        m = mq
                        break
        yield m
        pos = m.end() if m.end() > p else p + 1


# A magnitude glued to what follows: 1亿千瓦 is 1亿 + 千瓦, 183万60岁 is 183万 + 60岁.
_OVERRUN_RE = re.compile(r"(?<=[万亿])(?:[千百十]|\d+)$")


def _candidate(text: str, m: re.Match, lex: _Lexicon) -> _Hit | None:
    s = m.start()
    e = m.start("post") if m.group("post") else m.end()
    # Cheapest test first: most numbers (2023年, 500万元, 12337平台) have no unit.
    um = lex.unit_re.match(text, e)
    if um is None or lex.units[um.group()].kind == "not":
        blocked = um is not None  # 500万元, 2023年, 三个月: money, a date, a duration
        um = None
        g = text[s:e]
        if "万" in g or "亿" in g:
            o = _OVERRUN_RE.search(text, s, e)
            if o is not None:
                e = o.start()
                um = lex.unit_re.match(text, e)
                if um is not None and lex.units[um.group()].kind == "not":
                    return None
            elif blocked:
                return None
        elif blocked or not (g[-1] in "%‰" or m.group("den")):
            return None
    pre = m.group("pre")
    num_start = m.end("pre") if pre else s
    if num_start >= e:
        return None
    prev = text[s - 1] if s else ""
    if prev in _BLOCKING_PREV:
        return None
    head = text[num_start]
    if head in "几数":  # 数十个院落, 几千人: vague, not a figure
        return None
    core = text[num_start:e]
    chinese = head in _CN_NUMERAL
    if head == "0" and len(core) > 1 and core[1].isdigit():
        return None  # 08092期, 04队: a code, not a count
    if chinese and not pre:
        if core in ("一", "二", "一二"):
            # 一个 / 一处 is "a"; 二期, 二次, 二部 are ordinals (a count of two is 两);
            # 一二类苗 is a grade, not a range (one or two is 一两)
            return None
        if core != "十" and core[-1] not in "余多" and all(c in _POWERS for c in core) and prev != "上":
            # 万人问卷, 亿万人民, 万吨级: a bare power of ten is a word, not a count
            # (十项措施, 千余头, 百余名 are counts)
            return None
    if prev == "届" or (not _RANK_CHARS.isdisjoint(text[max(0, s - 6):s]) and _RANK_RE.search(text, max(0, s - 6), s)):
        return None  # 六届六次全会; 排名在30名开外

    unit = kind = person = None
    tail = e
    pm = lex.person_re.match(text, e)
    if pm is not None and ("万" in core or "亿" in core):
        unit, kind, person = "人", "count", pm.group()  # 近7万群众: people, not 群
    elif um is not None:
        u = lex.units[um.group()]
        if u.kind == "not":
            return None
        unit, kind = u.unit, u.kind
        tail = um.end()
        if kind in ("admin", "named") and chinese and not core.startswith(("两", "几")):
            return None  # 三区三州, 十六区, 营销四部, 三期工程: names, not counts
        if prev == "前":
            return None  # 前三名, 前两部: a rank or a selection, not a count
        if unit == "个" and text.startswith("亿", tail) and not text.startswith("亿元", tail):
            return None  # 三个亿: spoken money; 61个亿元以上项目 stays a count
        if unit == "起" and len(core) == 4 and core[:2] in ("19", "20"):
            return None  # 从2011起: a year
    parsed = _parse(text[s:e] if e != m.end() else m.group())
    if parsed is None:
        return None
    if chinese and len(core) > 1 and parsed.qualifier != "range" and not any(c in _POWERS for c in core):
        return None  # 唯一一个, 统一: digits read one by one are a year or a word, never a count here
    if parsed.percent:
        if unit is not None and kind != "percent":
            return None
        unit, kind = ("‰" if parsed.per_mille else "%"), "percent"
    if unit is None:
        if "万" not in core and "亿" not in core:
            return None
        person = _person_near(text, s, e, lex)
        if person is None:
            return None
        unit, kind = "人", "count"
    if _inside_name(text, s, e):
        return None

    qualifier = parsed.qualifier
    start = num_start if pre in _VERB_QUALIFIERS else s
    if not pre:
        for w, q in _LOOSE_PREFIXES:
            if s >= len(w) and text.startswith(w, s - len(w)):
                if qualifier == "exact":
                    qualifier = q
                break
    end = tail
    sm = _SUFFIX_RE.match(text, tail)
    if sm:
        if qualifier == "exact":
            qualifier = _SUFFIX_QUALIFIER[sm.group(1)]
        tail = sm.end()
    return _Hit(start, end, num_start, tail, parsed.value, parsed.value_max, qualifier, unit, person)


_SIMPLE_RE = re.compile(r"(\d+(?:\.\d+)?)([万亿]?)(%?)")
_MAGNITUDE = {"": 1, "万": 10**4, "亿": 10**8}


@lru_cache(maxsize=8192)
def _parse(surface: str) -> ParsedNumber | None:
    """parse_number, with a fast path for the plain figures that are most numbers (1.8万, 95.5%)."""
    f = _SIMPLE_RE.fullmatch(surface)
    if f is None:
        return parse_number(surface)
    v = (Decimal(f.group(1)) * _MAGNITUDE[f.group(2)]).normalize()
    if v == v.to_integral_value():
        v = v.quantize(_ONE)
    return ParsedNumber(v, None, "exact", bool(f.group(3)))


_ONE = Decimal(1)


def _person_near(text: str, s: int, e: int, lex: _Lexicon) -> str | None:
    """A people noun after a bare 万/亿 number (43万儿童) or before it (总人口超过6万)."""
    right = text[e : e + _RIGHT_WINDOW]
    cut = len(right)
    for i, ch in enumerate(right):
        if ch in _HARD_STOPS or ch in "元":
            cut = i
            break
    m = lex.person_re.search(right, 0, cut)
    if m:
        return m.group()
    left = text[max(0, s - 12) : s]
    for stop in _CLAUSE_STOPS:
        i = left.rfind(stop)
        if i >= 0:
            left = left[i + 1 :]
    m = lex.person_re.search(left)
    return m.group() if m and left.endswith(("人口", "人口超过", "人口达", "人口为", "人口约")) else None


def _inside_name(text: str, s: int, e: int) -> bool:
    """Numbers in a short quoted name (“五个一”, “3个100万”) or a title (《…“三十三问”》)."""
    lq = text.rfind("“", max(0, s - 9), s)
    if lq >= 0 and "”" not in text[lq:s]:
        rq = text.find("”", e, lq + 11)
        if rq >= 0:
            return True
    lb = text.rfind("《", max(0, s - 30), s)
    return lb >= 0 and "》" not in text[lb:s]


# --- subjects ---------------------------------------------------------------


def _subjects(text: str, hits: list[_Hit]) -> list[str | None]:
    starts = {h.num_start: h for h in hits} | {h.start: h for h in hits}
    out: list[str | None] = []
    prev_end = 0
    prev_hit: _Hit | None = None
    run: list[int] = []  # indices of the current 、-list of numbers (21.2%、39.9%、37.8%)
    for i, h in enumerate(hits):
        gap = text[prev_end : h.start] if prev_hit is not None else None
        listed = gap is not None and gap in ("、", "和", "及") and prev_hit.unit == h.unit
        if gap is not None and out and out[-1] and (gap == "" or _CONTINUATION_RE.fullmatch(gap)):
            subj = out[-1]  # 核心群200群4万只; 从17.9%提升到35.5%
        else:
            subj = _subject(text, h, prev_end if prev_hit is not None else 0, starts)
            if subj is None and listed and out:
                subj = out[-1]
        if listed and run:
            run.append(i)
        else:
            _respectively(text, hits, run, out)
            run = [i]
        out.append(subj)
        prev_end, prev_hit = h.tail, h
    _respectively(text, hits, run, out)
    return out


def _subject(text: str, h: _Hit, floor: int, starts: dict[int, _Hit]) -> str | None:
    right, after = _right_phrase(text, h.tail)
    if h.person_noun:
        return right or h.person_noun

    def left() -> str:
        b = _left_phrase_start(text, h.start, floor)
        raw = text[b:h.start]
        phrase = _clean_left(raw)
        if not phrase and raw and _only_connectors(raw) and b > floor + 1 and text[b - 1] in "，、":
            # 企业数量实现翻番、达1.8万家: only a connector before the number, so
            # what it measures is the clause before
            b2 = _left_phrase_start(text, b - 1, floor)
            phrase = _clean_left(text[b2:b - 1])
        return phrase

    if h.unit in _PERSON_UNITS:
        # 人 is itself the noun: what precedes says who (率队一行6人), what
        # follows says what they did (其余15人被困).
        return left() or _raw_right(text, h.tail) or None
    if h.unit in ("%", "‰", "个百分点"):
        # a rate follows what it measures (破案率100%), unless a noun follows
        # that it modifies (100%的乡镇, 完成90%箱梁施工); 51%提升到2025年 is no noun
        if right and not (after < len(text) and text[after].isdigit()):
            return right
        return left() or _raw_right(text, h.tail) or None
    if right:
        nxt = starts.get(after)
        if nxt is not None and nxt.unit == h.unit and not text.startswith("等", h.start - 1):
            label = left()
            if label:
                return label  # 主线1条支线4条: 支线 labels the next number
        return right
    return left() or _raw_right(text, h.tail) or None


def _right_phrase(text: str, pos: int) -> tuple[str, int]:
    """The noun phrase after the unit, and where it ends."""
    if text.startswith("的", pos):
        pos += 1
    lead = ""
    if text.startswith("“", pos):
        q = text.find("”", pos, pos + _RIGHT_WINDOW)
        if q > 0:
            lead, pos = text[pos : q + 1], q + 1
    elif text.startswith(("（", "("), pos):
        q = text.find("）", pos, pos + 8)
        if q > 0:
            pos = q + 1  # 26座（条）湘江过江通道: the aside is not the noun
    window = text[pos : pos + _RIGHT_WINDOW]
    m = _RIGHT_STOP_RE.search(window)
    phrase = window[: m.start()] if m else window
    if m and m.group() == "、" and 0 < len(phrase) <= 4:
        # 2—3个优势突出、带动能力强的主导产业: the noun is after the 的
        rest = text[pos + m.end() : pos + m.end() + _RIGHT_WINDOW]
        d = rest.find("的")
        if d >= 0 and not any(c in _HARD_STOPS or c.isdigit() for c in rest[:d]):
            tail = rest[d + 1 :]
            m2 = _RIGHT_STOP_RE.search(tail)
            head = tail[: m2.start()] if m2 else tail
            if head:
                return head, pos + m.end() + d + 1 + len(head)
    return lead + phrase, pos + len(phrase)


def _raw_right(text: str, pos: int) -> str:
    """What follows up to the clause's end: a predicate when no noun follows (3人主动投案)."""
    if text.startswith("的", pos):
        pos += 1
    window = text[pos : pos + _RIGHT_WINDOW]
    for i, ch in enumerate(window):
        if ch in _CLAUSE_STOPS or ch.isdigit():
            window = window[:i]
            break
    return window.strip()


def _left_bounds(text: str, start: int, floor: int, stops: str) -> int:
    lo = max(floor, start - _LEFT_WINDOW)
    b = lo
    for i in range(start - 1, lo - 1, -1):
        if text[i] in stops:
            b = i + 1
            break
    return b


def _left_phrase_start(text: str, start: int, floor: int) -> int:
    """Where the phrase before a number begins: the clause's start, or the last 、
    that follows another figure (道板2000余平方米、清除违建30余处) — a 、 between
    words is part of the phrase (新改扩建中小学、幼儿园4868所)."""
    b = _left_bounds(text, start, floor, _HARD_STOPS)
    k = text.rfind("、", b, start)
    while k >= 0:
        seg_start = text.rfind("、", b, k)
        seg = text[(seg_start + 1 if seg_start >= 0 else b):k]
        if any(c.isdigit() for c in seg) or _PREDICATE_RE.search(seg):
            return k + 1  # a figure, or a predicate (稳居全国前十强、增长4.8%), before the 、
        k = seg_start
    return b


# Verbs that make a 、-separated piece a predicate of its own, not a list item.
_PREDICATE_RE = re.compile(r"居|建成|投产|完成|实现|达到|增长|下降|提高|提升|开工|突破|超过|成为|获得|形成|取得|通过|启动")


def _clean_left(phrase: str) -> str:
    phrase = phrase.strip(" -*·•、")
    for _ in range(2):  # 比重从2020年的 -> 比重从 -> 比重
        t = _LEFT_TRAIL_REV.match(phrase[::-1])
        if t is not None:
            phrase = phrase[: len(phrase) - t.end()]
        t = _LEFT_TIME_RE.search(phrase)
        if t is None:
            break
        phrase = phrase[: t.start()]
    phrase = _LEFT_LEAD_RE.sub("", phrase, count=1)
    phrase = _balanced(phrase)
    if _LEFT_EMPTY_RE.fullmatch(phrase) or _ADVERBIAL_RE.fullmatch(phrase):
        return ""
    return phrase


def _balanced(phrase: str) -> str:
    """Drop a quote mark or bracket at either end that has lost its partner."""
    for a, b in (("“", "”"), ("（", "）"), ("(", ")")):
        if phrase.count(a) != phrase.count(b):
            phrase = phrase.strip(a + b)
    return phrase.strip(" 、")


_REACHING_RE = re.compile(
    r"(?:均|已|共|累计|共计|合计|总计)(?:达到|达|为|约为|约|超过|超|突破|逾|近|接近)?"
    r"|(?:达到|达|为|约为|约|超过|超|突破|逾|近|接近|至|到)"
)


def _only_connectors(raw: str) -> bool:
    """达, 已达到, 约为: a verb of reaching, with nothing of what reached."""
    return _REACHING_RE.fullmatch(raw) is not None


def _respectively(text: str, hits: list[_Hit], run: list[int], out: list[str | None]) -> None:
    """地区生产总值、固定资产投资分别增长21.2%、39.9%: the i-th number belongs to the i-th item."""
    if len(run) < 2:
        return
    first = hits[run[0]].start
    b = _left_bounds(text, first, 0, _HARD_STOPS)
    clause = text[b:first]
    k = clause.rfind(_RESPECTIVELY)
    if k < 0:
        return
    head = clause[:k]
    if not _clean_left(head) and b >= 2:
        # 万亿产业、先进制造业集群从无到有，分别达2个、3个: the list is one clause back
        b2 = _left_bounds(text, b - 1, 0, _HARD_STOPS)
        head = text[b2 : b - 1]
    items = [_clean_left(x) for x in head.split("、")]
    items = [x for x in items if x]
    if len(items) == len(run):
        for idx, item in zip(run, items, strict=True):
            out[idx] = item
    elif head.strip():
        whole = _clean_left(head)
        for idx in run:
            out[idx] = whole or out[idx]
