"""Metrics, stage 1: the units lexicon and the scan that finds the numbers that may be metrics.

``lexicon()`` reads ``models/units.tsv`` (units, measure words, people words)
and ``models/metric_exclusions.txt`` once and compiles what the scan needs: the
unit alternations, cut by first character (``unit_at``), and the prefilter
that jumps to numbers followed by a unit's first characters or holding
%/万/亿.  ``scan_numbers`` walks those anchors and reads each number whole
with ``NUMBER_RE``; ``despaced`` takes out the spaces of the spaced style
(``28 个村``) so the rules read figures glued to their units.  Kept apart from
the rules that judge a number (``candidates``) because it answers only "where
are the numbers", and its speed is tuned on its own (tests/test_perfmetrics.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from ... import numbers as _numbers
from ...numbers import NUMBER_RE_NO_FRACTION, PREFIX_WORDS, prefix_qualifier
from ...resources import data_lines

# Patterns whose methods are called below are bound by assignment, not imported by name: CPython
# 3.11 compiles NAME.search(...) as an attribute load and a new bound method per call when an
# import binds NAME (tests/test_method_calls.py).
NUMBER_RE = _numbers.NUMBER_RE


class UnitForm(NamedTuple):
    """What a unit form of the lexicon is: its unit as the gold writes it, and its kind."""

    unit: str
    kind: str


class Lexicon(NamedTuple):
    units: dict[str, UnitForm]
    unit_re: re.Pattern
    person_re: re.Pattern
    person_units: dict[str, str]  # a people word -> 人; a counted noun (监测对象) -> itself
    excluded_re: re.Pattern
    candidate_re: re.Pattern  # numbers that may be metrics: see scan_numbers
    candidate_bmp_re: re.Pattern  # candidate_re for a text of BMP characters only: see _bmp_digits
    # unit_re and person_re cut by first character: matched at a position, an
    # alternation tries every one of its alternatives (240 units: 425 ns a
    # call); only the ones opening with the character there can match, in the
    # same order.  See unit_at.
    unit_first: dict[str, re.Pattern]
    person_first: dict[str, re.Pattern]
    spaced_re: re.Pattern  # a space of the spaced style (28 个): see despaced


def _by_first(forms) -> dict[str, re.Pattern]:
    firsts = dict.fromkeys(f[0] for f in forms)
    return {c: re.compile(_alternation([f for f in forms if f[0] == c])) for c in firsts}


def unit_at(table: dict[str, re.Pattern], text: str, pos: int) -> re.Match | None:
    """``re.compile(_alternation(forms)).match(text, pos)`` for the forms of ``table``."""
    p = table.get(text[pos : pos + 1])
    return None if p is None else p.match(text, pos)


def _alternation(forms) -> str:
    # Longest first, so 个百分点 wins over 个 and 平方公里 over 公里; an ASCII
    # symbol must not run on into a word (1090m is metres, 5mm is not m).
    # Grouped by first character (个(?:百分点|平方米|…|)), so a match tries
    # one branch per first character, not one per form: the same matches, and
    # a third of the time with 500 forms.
    groups: dict[str, list[str]] = {}
    for f in forms:
        groups.setdefault(f[0], []).append(f)
    branches = []
    for first, fs in sorted(groups.items()):
        alts = []
        for f in sorted(fs, key=len, reverse=True):
            p = re.escape(f[1:])
            if f[-1].isascii() and f[-1].isalpha():
                p += r"(?![A-Za-z])"
            alts.append(p)
        branches.append(re.escape(first) + ("(?:" + "|".join(alts) + ")" if alts != [""] else ""))
    return "|".join(branches)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    units: dict[str, UnitForm] = {}
    persons: dict[str, str] = {}
    for line in data_lines("units.tsv"):
        form, unit, kind = line.split("\t")
        if kind in ("person", "noun"):
            persons[form] = unit
        else:
            units[form] = UnitForm(unit, kind)
    phrases = [s.strip() for s in data_lines("metric_exclusions.txt")]
    # What a unit may begin with, for the prefilter: a character that is a unit
    # itself (个, 米), else the unit's first two characters (分贝 and 分米, not
    # every 分 of 14时52分), so rare units cost the scan no candidates.
    forms = [f for f, u in units.items() if u.kind != "not"]
    singles = {f for f in forms if len(f) == 1}
    firsts = "".join(sorted(singles))
    pairs = sorted(
        {f[:2] for f in forms if f[0] not in firsts and len(f) > 1}
        | {f[:2] for f in persons if f[0] not in firsts}  # 帮扶300贫困户
        | {"小时"}  # see hours
    )
    # the pairs as a trie behind a guard on their first characters: at the end
    # of a run the scan mostly meets no unit, and one class test rejects it
    seconds: dict[str, set[str]] = {}
    for p in pairs:
        seconds.setdefault(p[0], set()).add(p[1:])
    trie = "|".join(
        re.escape(a) + "(?:" + "|".join(map(re.escape, sorted(b, key=len, reverse=True))) + ")"
        for a, b in sorted(seconds.items())
    )
    unit_start = rf"[{re.escape(firsts)}]|(?=[{re.escape(''.join(sorted(seconds)))}])(?:{trie})"
    # an anchor whose run holds 万/亿/% (people, overruns, percentages) or is
    # followed by a unit's first character or by a range or fraction.  Only
    # the anchor is consumed and the run is looked at through a bounded
    # lookahead: an unbounded run (`_RUN*[%]_RUN*`) re-read the rest of a
    # 1%1%1%… or 111… run from every anchor in it, quadratic in its length.
    # (点 only after a digit: index points, see index_points; 一点 is "a little")
    # (behind a guard on the first characters of its alternatives: the lookahead tries them at
    # every character of the run as it backs off, where one class test rejects them all)
    after_run = f"[{re.escape(''.join(sorted(set(_AFTER_RUN_FIRST + firsts + ''.join(seconds)))))}]"
    candidate = (
        rf"{_ANCHOR}(?={_RUN}{{0,{_MAX_RUN}}}(?={after_run})(?:[万亿萬億%‰成大岁届来]|巴仙|{unit_start}|(?<=\d)点|点(?:{POINT_NOUN_RE.pattern})|{_OPEN}|{_SHARED}\d))"
    )
    return Lexicon(
        units=units,
        unit_re=re.compile(_alternation(units)),
        person_re=re.compile(_alternation(persons)),
        person_units=persons,
        # a set phrase is no adjective's stem (三个代表性项目 counts projects)
        excluded_re=re.compile(f"(?:{_alternation(phrases)})(?!性)"),
        unit_first=_by_first(units),
        person_first=_by_first(persons),
        candidate_re=re.compile(candidate),
        candidate_bmp_re=re.compile(_bmp_digits(candidate)),
        # one space after digits before a unit or magnitude (28 个, 15 万平方米, 2万 个, 30 余个),
        # or between a word and digits followed by one (约 30 个, 第 3 名); the
        # lookahead is capped, so each space costs a bounded look
        # (the space opens the pattern, so the engine skips to spaces in C)
        spaced_re=re.compile(
            rf"{_SPACE}(?:(?<=[\d万亿].)(?=[万亿%‰]|[余多]?(?:{unit_start}))"
            rf"|(?<=[\u4e00-\u9fff].)(?=[\d.,]{{1,{_MAX_RUN}}}{_SPACE}?(?:[万亿%‰]|{unit_start}))"
            # a space as the thousands separator of Hong Kong government releases (2 450宗, 31 020个
            # 单位: session 25): one to three digits after a non-digit, three before a unit
            rf"|(?:(?<=[^\d.,]\d.)|(?<=[^\d.,]\d\d.)|(?<=[^\d.,]\d\d\d.))(?=\d{{3}}(?:[万亿%‰]|{unit_start})))"
        ),
    )


# The decimal digits of the BMP (what \d matches below U+10000: str.isdecimal), for _bmp_digits.
_BMP_DIGITS = "".join(c for c in map(chr, range(0x10000)) if c.isdecimal())


def _bmp_digits(pattern: str) -> str:
    """``pattern`` with its ``\\d`` written out as the BMP's decimal digits: the same matches in a
    text without characters beyond the BMP.  The scan passes every character of a text through
    its anchor class, and ``\\d`` there is a Unicode lookup for each character the class's
    bitmap does not hold (two fifths of the scan's cost); the digits written out join the
    bitmap.  (Only a class that opens with ``\\d`` or a ``\\d`` outside any class occurs.)"""
    return pattern.replace("[\\d", "[" + _BMP_DIGITS).replace("\\d", f"[{_BMP_DIGITS}]")


def _bmp_only(text: str) -> bool:
    """No character of ``text`` lies beyond the BMP (its UTF-16 form has no surrogate pairs)."""
    return len(text.encode("utf-16-le", "surrogatepass")) == 2 * len(text)


def despaced(text: str) -> tuple[str, list[int]]:
    """``text`` without the spaces of the spaced style (``28 个村``, ``约 30 %``,
    ``15 万平方米``), and where each space was taken out, in view positions.

    Tech and wire sites put a space between a figure and its unit or qualifier;
    the rules read figures glued to their units, so they read a view without
    those spaces, and the records' spans are mapped back (the space stays in
    ``text``).  Only a space right after digits and before a unit or magnitude,
    or between a word and digits that such a unit follows, is taken out.
    """
    if " " not in text and "\u00a0" not in text and "\u3000" not in text:
        return text, []
    spaced = lexicon().spaced_re
    parts: list[str] = []
    gaps: list[int] = []
    pos = 0
    for m in spaced.finditer(text):
        a = m.start()
        parts.append(text[pos:a])
        gaps.append(a - len(gaps))
        pos = a + 1
    if not gaps:
        return text, []
    parts.append(text[pos:])
    return "".join(parts), gaps


# A number must begin with one of these characters; jumping from one to the
# next and matching NUMBER_RE there finds the numbers of NUMBER_RE.finditer
# (tests/test_metrics.py checks the equivalence).  The anchor takes the run of
# digits, numerals and magnitudes after it along: where such a run ends, a
# metric's unit must begin, so numbers without one are passed over unmatched.
# On the dev corpus (normalised, one core) NUMBER_RE.finditer runs at about
# 15M chars/s, this scan at 12M, and with the metrics prefilter at 18M.  The
# anchor opens with one character class, so the regex engine skips in C.
_ANCHOR = (
    r"[\d零〇○一壹二两兩贰貳三叁參参四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万萬亿億廿卅数几上]"
    r"(?:(?<![数几上])|(?=[十百千万亿拾佰仟萬億]))"
)
# (點 as 点: a Traditional decimal point in a document left Simplified, which NUMBER_RE reads, round 29)
_RUN = r"[\d.,零〇○一壹二两兩贰貳三叁參参四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万萬亿億廿卅几多余点點%‰]"
# a range (numbers.RANGE_SEP) or a fraction goes on after the run (and Hong Kong's 百分八, 百分 without 之)
_OPEN = r"(?:[-－−﹣—–~～〜至到]|分之|(?<=百)分(?=[一二两三四五六七八九十零]))"
_SHARED = "[及和与、或]"  # 约1800及1900宗: two figures sharing the unit written after the second
# The first characters of what may follow a candidate's run, but the units' (see lexicon)
_AFTER_RUN_FIRST = "万亿萬億%‰成大岁届来巴点-－−﹣—–~～〜至到分及和与、或"
_ANCHOR_RE = re.compile(_ANCHOR)
_SPACE = "[ \u00a0\u3000]"
# The longest run of digits and numerals a metric's number is read from
# (一千二百三十四万五千六百七十八点五 is 17); longer runs are codes or noise.
_MAX_RUN = 40
_PREFIX_FIRST = frozenset("近不未至最超突多高将接低少大约逾")
# The same characters as a class: a search over a few characters of text is a
# third of the cost of frozenset.isdisjoint(text[a:b]), which makes a string
# object of each CJK character to hash it.
_PREFIX_FIRST_RE = re.compile("[" + "".join(sorted(_PREFIX_FIRST)) + "]")
# What a prefix word ends with: the character before a number that one can end at.
_PREFIX_LAST = frozenset(w[-1] for w in PREFIX_WORDS)
# the longest prefix word (不应超过, 不得超过: a modal cap is four characters)
_PREFIX_MAX = max(map(len, PREFIX_WORDS))


def scan_numbers(text: str, lex: Lexicon | None = None) -> Iterator[re.Match]:
    """The matches of ``NUMBER_RE.finditer(text)``, found from anchors.

    With ``lex``, only the numbers that may be metrics are matched: those with
    a unit after their run of digits, or %/万/亿 in it; 2023年, 12337热线 and
    一是 are passed over without the costly match.  tests/test_metrics.py checks
    both that the plain scan equals NUMBER_RE.finditer and that the filtered
    one finds the same metrics.
    """
    pos = 0
    search = (_ANCHOR_RE if lex is None else lex.candidate_bmp_re if _bmp_only(text) else lex.candidate_re).search
    match = NUMBER_RE.match if "分之" in text else NUMBER_RE_NO_FRACTION.match
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
        lo = p - 3 if p - 3 > pos else pos  # (max(pos, p - 3) without the call)
        # (a prefix word ends right at p, so with its last character: most numbers follow
        # none, and the set test rules them out before the search, a call into the engine)
        if p > pos and text[p - 1] in _PREFIX_LAST and _PREFIX_FIRST_RE.search(text, lo, p) is not None:
            if p - _PREFIX_MAX >= pos and text[p - _PREFIX_MAX] == "不":
                lo = p - _PREFIX_MAX  # 不应超过, 不得超过: a modal cap is four characters (its last three hold 超)
            for q in range(lo, p):
                # (the pre group can end at p only if text[q:p] is a prefix word:
                # a dict lookup before the costly match)
                if text[q] in _PREFIX_FIRST and prefix_qualifier(text[q:p]) is not None:
                    mq = match(text, q)
                    if mq is not None and mq.group("pre") and mq.end("pre") == p:
                        m = mq
                        break
        yield m
        pos = m.end() if m.end() > p else p + 1
# The nouns a speaker's or a document's points are (提出三点要求, 13点驳斥 aside): 点 counts
# them; written from knowledge (round 11), a closed class of what is raised point by point.
# 两点一线, 八点半, 下午3点 are no such points (the noun must follow; no time of day before).
POINT_NOUN_RE = re.compile(
    "要求|意见|建议|希望|体会|措施|做法|经验|举措|原因|理由|共识|看法|启示|思考|感受|收获|考虑|打算|设想|主张"
    "|期望|期待|嘱托|指示|倡议|承诺|疑问|质疑|诉求|不足|问题|差距|变化|特点|优势|亮点|好处|成效|成果|结论"
    "|判断|认识|理解|内容|原则|理念|心得|教训|规定|任务|目标"
)
