"""Trimming the phrase next to an amount down to what it names.

The phrase before an amount ends on words that say how much, not what (达到, 共计, 约,
人民币, 2023年度 …) and opens with connectives and times (并, 其中, 今年以来 …):
:func:`clean_before` cuts both.  The phrase after an amount opens with its unit, a bracket
or a use marker: :func:`clean_after` cuts those and says whether a marker (用于/进行) was
there.  The fast paths of :func:`clean_before` are pinned against the plain ``sub`` by
tests/test_perf12_perfnum12.py.
"""

from __future__ import annotations

import re

from . import lexicon
from .lexicon import LIST_GAP, UNIT

# The patterns whose methods this module calls are bound here by assignment, not imported by
# name: CPython 3.11 compiles NAME.search(...) on a name an import binds (it may be a module) as an
# attribute load and a call of a new bound method, +5 % of money's instructions a pass.
USE_RE = lexicon.USE_RE

_AFTER_HEAD_RE = re.compile(r"^(?:" + UNIT + r"|的?(?:专项资金|专项经费|资金|经费|款项|专款)(?=.)|规模(?=的))")

# Trailing words of the phrase before an amount that say how much, not what
# (a comparison too: 每月收入低于8000元 is about 收入).
# One-character words carry look-behinds so that the words they end are kept
# (原则, 人均, 通过, 累计, 作为, 附近 …).
_TRAIL_RE = re.compile(
    r"(?:超过|超出|突破|不少于|不低于|不超过|不高于|不多于|不大于|至少|最少|最多|最高|高达|多达|将近|接近|不到|不足|"
    r"大约|约为|约合|(?<![节合签制公])约|(?<![附最接将邻])近|逾|(?<![高赶])超|(?<![通经超不越度路难])过|"
    r"达到|跨上|跨过|迈上|迈过|迈入|跨入|涉款|涉及|涉资|高于|低于|少于|多于|(?<![表到传下抵送发直高多])达|(?<![作成行认因以称视])为|(?<![但还或就正总凡于即])是|"
    r"共计|合计|合共|总计|累计|累积|总共|(?<![公总])共|首次|再次|再度|已经|已达|已|要|(?<![即必])将|(?<![许认])可|就|只有|仅有|仅|(?<![首])都|"
    r"(?<![人平])均|分别|保持在|保持|(?<![理自缘事])由|从|(?<![得达收受做遇感])到|(?<![甚乃以直])至|"
    r"原来|原定|原本|原先|提升至|提升到|上升至|跌至|跌到|涨至|涨到|上调至|下调至|扩阔至|扩大至|放宽至|收紧至|调高至|调低至|削减至|缩减至|调整为|调整至|降至|增至|降到|升至|加至|加到|减至|减到|提高到|增加到|下降到|上升到|(?<![目])的|(?<![为除])了|再|又|也|折合|折算|各|"
    r"每[\u4e00-\u9fff]|人民币|港币|港元|新台币|美元|澳门币|澳门元|(?:\d{4}|今|去|上|当|明)年度?|\d{1,2}月份?|上限为|上限|"
    r"(?<![所可予加得足难用])以|(?<![存现正实所内外])在|(?<![原规细准法守总否实])则|其中|"
    r"双双|同比|先后|陆续|相继|不应|不得|不能|不可|不宜|[、和及与]|[（(][^）)]*[）)]|[（(“「『【]|\s)$"
)
_LEAD_RE = re.compile(
    r"^(?:台阶|大关|关口|并按照|并按|并|按照|按|其中的|其中|以上|由|以|从|而且|而|且|但是|但|则|再|还|也|此外|同时|另外|将|把|向|[、和及与]|或者|或(?!许)|的|[-•·*]|【[^】\n]{0,12}】|"
    r"累计|累积|共计|合计|合共|总计|先后|陆续|相继|"
    # a bracketed part of an amount before (投资总额6.8亿元（含土地款1.2亿元）): what it holds
    r"[（(](?:含|包括|包含|其中|即)?|"
    # a target's lead (力争交易额达到100亿元, 确保全年完成投资): the aim, not the measure
    r"力争|确保|力求|努力|全力|力促|"
    # (a two-character measure whole: 每公顷救助…, not 顷救助; a year's 度 with its year: 2013年度市经信委…
    # loses 2013年度, not 2013年 alone, round 28)
    r"每(?:公顷|公斤|公里|公升|公吨)|每[\u4e00-\u9fff]|(?:首|前|后|其后|最后|头)?[一二两三四五六七八九十\d]+个?(?:季度?|年度?|月|天|周)(?:内|来|以来)?|"
    r"(?:今年|去年|年初|近年|近期|上半年|下半年)以来|(?:\d{4}|[〇零一二三四五六七八九]{4})年(?:\d{1,2}月(?:\d{1,2}日)?)?|今年|去年|明年|上半年|下半年|年内|目前|当前|当时|现时|届时|过往|以往|其后|此后|随后|此前|之前|先前|早前|日前|近年来|“(?=[^”]*$)|\s)+"
)
_LOCATIVE_RE = re.compile(r"^在[^，。]{1,8}$")


def _trail_parse():
    # (the stdlib's own parser: the bounds follow every edit of the pattern)
    try:
        from re import _parser
    except ImportError:  # Python 3.10
        import sre_parse as _parser
    (op, (_, branches)), _at = _parser.parse(_TRAIL_RE.pattern).data
    assert op is _parser.BRANCH
    return _parser, branches


def _trail_width() -> int:
    """The longest match of a bounded branch of ``_TRAIL_RE`` (all but the bracketed aside)."""
    _parser, branches = _trail_parse()
    widths = [b.getwidth()[1] for b in branches]
    bounded = [w for w in widths if w < _parser.MAXREPEAT]
    assert len(bounded) == len(widths) - 1  # (only the bracketed aside is unbounded)
    return max(bounded)


def _trail_lasts() -> tuple[frozenset[str], frozenset[str], bool] | None:
    """What the last character of a ``_TRAIL_RE`` match can be: (characters, characters
    a wide class ending a branch must follow (每 of 每[\u4e00-\u9fff]), whether a space
    can), read from the pattern; None where a branch's end is none of the known forms
    (then every phrase is searched)."""
    _parser, branches = _trail_parse()
    lasts: set[str] = set()
    seconds: set[str] = set()
    space = False

    def last_of(items) -> bool:  # adds the last characters of ``items``; False if unknown
        nonlocal space
        items = [it for it in items if it[0] not in (_parser.ASSERT, _parser.ASSERT_NOT)]
        if not items:
            return False
        op, av = items[-1]
        if op is _parser.LITERAL:
            lasts.add(chr(av))
            return True
        if op is _parser.MAX_REPEAT and av[0] == 0 and av[1] == 1:  # X? : X's last, or what stands before
            return last_of(av[2]) and last_of(items[:-1])
        if op is _parser.IN:
            for cop, cav in av:
                if cop is _parser.LITERAL:
                    lasts.add(chr(cav))
                elif cop is _parser.CATEGORY and cav is _parser.CATEGORY_SPACE:
                    space = True
                elif cop is _parser.RANGE and cav[1] - cav[0] < 64:
                    lasts.update(map(chr, range(cav[0], cav[1] + 1)))
                elif cop is _parser.RANGE and len(items) >= 2 and items[-2][0] is _parser.LITERAL:
                    seconds.add(chr(items[-2][1]))  # 每[\u4e00-\u9fff]: gated by the 每 before
                else:
                    return False
            return True
        return False

    for b in branches:
        if not last_of(list(b)):
            return None
    return frozenset(lasts), frozenset(seconds), space


# _TRAIL_RE.sub tries its long alternation at every position of the phrase, and
# every match ends at the phrase's end ($).  Where the phrase ends in neither a
# newline (where $ also matches one character earlier) nor a closing bracket
# (the one branch of unbounded length, a bracketed aside), a match starts
# within the last _TRAIL_WIDTH characters, so a search from there finds the
# same leftmost match, and cutting it off is what sub does (no branch matches
# the empty string, so sub replaces nothing after it).  Look-behinds still see
# the text before the search's start.  And such a match ends with the phrase's
# last character, so where that is no branch's last (most phrases end in a
# noun) there is nothing to search for.
_TRAIL_WIDTH = _trail_width()
_TRAIL_LASTS = _trail_lasts()
_TRAIL_SEARCH = _TRAIL_RE.search


def _may_trail(s: str) -> bool:
    if _TRAIL_LASTS is None:
        return True
    lasts, seconds, space = _TRAIL_LASTS
    return s[-1] in lasts or s[-2:-1] in seconds or (space and s[-1].isspace())


def clean_before(s: str, fast: bool = True) -> str:
    prev = None
    while prev != s:
        prev = s
        if fast and s and s[-1] not in "\n)）":
            if not _may_trail(s):
                break
            m = _TRAIL_SEARCH(s, len(s) - _TRAIL_WIDTH if len(s) > _TRAIL_WIDTH else 0)
            if m is not None:
                s = s[: m.start()]
        else:
            s = _TRAIL_RE.sub("", s)
    if fast:
        # ^ anchors _LEAD_RE: its one match is at 0, and sub removes only that
        m = _LEAD_RE.match(s)
        if m is not None:
            s = s[m.end() :]
    else:
        s = _LEAD_RE.sub("", s)
    return s.strip()


def clean_after(s: str) -> tuple[str, bool]:
    """(phrase, whether it was introduced by 用于/进行)."""
    s = s.strip().lstrip("）)”」』】").strip()  # (a bracket or quote the amount stood in closes first)
    if s.startswith("、"):  # 完成投资2929亿元、超年度计划28%: the next item of a list, not a noun
        return "", False
    s = _AFTER_HEAD_RE.sub("", s)
    m = USE_RE.match(s)
    if m:
        return s[m.end() :].strip(), True
    if s.startswith("者"):  # 月入2万元以下者可申请津贴: those who earn it
        s = s[1:]
    if _LOCATIVE_RE.match(s) or s in _WHO_SUFFIXES or s in LIST_GAP:  # (…以上至10万元: a range goes on)
        return "", False
    return s, False


# 月入2万元以下者, 月入1万元的: "those who", never what the money is
_WHO_SUFFIXES = frozenset({"者", "的", "的人", "人士"})
