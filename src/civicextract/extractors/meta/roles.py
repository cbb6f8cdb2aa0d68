"""Role runs: the byline pattern, photo credits, and the names a run holds.

``BYLINE`` finds a run of roles and names (``极目新闻记者 刘俊华通讯员 周宜``,
``文/北京青年报记者 李涛``), ``PHOTO`` a photo credit (``李军广 摄``), and
``run_names`` reads a run's names word by word. The byline reader (``bylines``),
the credit reader (``credits``) and its layouts (``brackets``, ``glued``) all
start from these, so they live apart from each reader: so do the zones and the
closing marks those readers share (``FOOTER_ZONE``, ``AFTER_CLOSING`` …).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...resources import trie_alternation
from . import lexicon as _lexicon
from .lazy import LazyPattern
from .lexicon import (
    HAN,
    NAME,
    NAMES,
    ROLE,
    ROLE_FIRST,
    SEP,
    STOP,
    is_common_word,
    is_credit_name,
    is_outlet,
    is_person_name,
    name_lexicons,
)

# Patterns whose methods are called below are bound by assignment, not imported by name: CPython
# 3.11 compiles NAME.search(...) as an attribute load and a new bound method per call when an
# import binds NAME (tests/test_method_calls.py).
ONE_NAME = _lexicon.ONE_NAME

# A role's colon, or the bar some credits write for it (作者｜某某, 编辑 | 某某, 记者丨某某:
# 丨, a Han character that looks like the bar, as WeChat credits write it).
COLON = r"(?:[：:︰]|[ \t]?[｜|丨]|[/／](?=[ \t]?[\u4e00-\u9fff]))"  # (记者/张三: the slash some credits write)
# A run of roles and names: 记者 张三 李四 通讯员 王五, with the outlet before
# it and a ``place报道`` after it.  (The outlet, read lazily, ends only where a
# role may start: the look-ahead spares the look-behinds and the role's
# alternatives at every other length; 3x faster on a failed match.)
_RUN_AND_PLACE = rf"""(?P<run>(?:{ROLE}{COLON}?{SEP}*{NAMES})+)
    (?:(?P<place>[{HAN}]{{2,6}}?)报道|\d{{1,2}}月\d{{1,2}}日(?:电|讯|报道)[：:]?)?"""
BYLINE = LazyPattern(
    rf"""(?P<outlet>(?:[文图]/)?[{HAN}]{{2,12}}?(?:[、/][{HAN}]{{2,12}}?)*(?=[{ROLE_FIRST}])(?<!特约)(?<!特派)(?<!全媒体)(?<!融媒体)(?<!首席)(?<!主任)(?<!见习)(?<!资深))?
    {_RUN_AND_PLACE}""",
    re.VERBOSE,
)
# The same without an outlet (its group never matches): where the words BYLINE took
# for an outlet open with a role word, they are the run (记者范雅琴通讯员魏雅俊 is two
# credits, not the outlet 记者范雅琴).  (A look-ahead for a role at every outlet
# start BYLINE tries cost 4 % of the meta finder.)
_BARE_BYLINE = LazyPattern(rf"(?P<outlet>(?!)x)?{_RUN_AND_PLACE}", re.VERBOSE)
# The core of every role, as plain alternatives the regex engine scans for quickly;
# 全媒体首席记者 is found at its 记者 and matched from up to _OUTLET_REACH before.
# (文/|图/ spelt out: one branch opening with a class instead of a character
# stops the engine from skipping to the roles' first characters, 3.5x slower)
_PLAIN_ROLE_WORDS = (
    "记者", "通讯员", "实习生", "摄影", "作者", "撰文", "采写", "编译", "撰稿人：", "撰稿人:", "撰稿：", "撰稿:",
    "摄像：", "摄像:", "摄像丨", "摄像｜", "摄像|", "视频：", "视频:", "视频丨", "视频｜", "视频|", "实习：", "实习:",
    "报道员：", "报道员:", "通 讯 员：", "通 讯 员:", "通讯：", "通讯:",
)  # fmt: skip
_SLASH_ROLE_WORDS = (
    "文字：", "图片：", "文字｜", "图片｜", "文字丨", "图片丨", "文字/", "图片/", "文字:", "图片:", "文/", "图/", "文｜",
    "图｜", "文|", "图|", "文 ｜", "图 ｜", "文 |", "图 |", "文 丨", "图 丨", "文：", "图：", "文:", "图:",
    "文 /", "图 /",  # (文 / 焦惠标: the slash spaced as the bar, round 27c)
)  # fmt: skip
# (as prefix trees: no word is another's prefix, so at most one matches at a position and the
# tree finds what the plain alternation did, testing a position's first character once instead
# of once per word: the scan of a common one, 作 of 工作, enters one branch, not 54)
ROLE_WORD = LazyPattern(trie_alternation(_PLAIN_ROLE_WORDS + _SLASH_ROLE_WORDS))
# The same without 文/ and its kin: where no 文 or 图 stands before a slash, bar or
# colon, those can match nowhere, and the alternation of the rest finds the same
# words (in 135 articles of 139): the engine's scan tests 7 first characters, not 9,
# and 文 and 图, common words' characters, no longer send it into the pattern.
_ROLE_WORD_PLAIN = LazyPattern(trie_alternation(_PLAIN_ROLE_WORDS))
_AFTER_WEN = ("/", "｜", "|", "：", ":", "字：", "字:", "片：", "片:", "字｜", "字丨", "片｜", "片丨", "字/", "片/", " |", " ｜", " 丨", " /")  # (文字：, 图片：, 文字｜, 文字/)


def role_words(text: str) -> Iterator[re.Match[str]]:
    """``ROLE_WORD.finditer(text)``."""
    return ROLE_WORD.finditer(text) if _slash_role_may_occur(text) else plain_role_words(text)


# Every plain role word holds one of these, rare in a story's body (记者 and 作者 their 者, 报道员 its 员); the
# characters the words open with (记, 通, 实, 作 …) are common ones.
_KEY_CHARS = "者讯习摄撰写译频员"


def _key_offsets() -> dict[str, tuple[int, ...]]:
    """For each key character, where it stands in the plain role words it is the first key character of."""
    offsets: dict[str, set[int]] = {}
    for w in _PLAIN_ROLE_WORDS:
        k = next(i for i, c in enumerate(w) if c in _KEY_CHARS)  # (every word holds one: StopIteration else)
        offsets.setdefault(w[k], set()).add(k)
    return {c: tuple(sorted(ks)) for c, ks in offsets.items()}


_KEY_OFFSETS = _key_offsets()


def plain_role_words(text: str) -> Iterator[re.Match[str]]:
    """``_ROLE_WORD_PLAIN.finditer(text)``, matched only where a word's key character puts its start.
    (str.find of nine rare characters, then a match at each start they give: 9.2 -> 6.3 M instructions a
    pass over dev + fit, where the engine's scan tested every character against the words' ten common
    first characters)"""
    starts = set()
    for c, offsets in _KEY_OFFSETS.items():
        i = text.find(c)
        while i >= 0:
            for k in offsets:
                if i >= k:
                    starts.add(i - k)
            i = text.find(c, i + 1)
    pos = 0
    for s in sorted(starts):
        if s >= pos and (m := _ROLE_WORD_PLAIN.match(text, s)) is not None:
            yield m
            pos = m.end()


def _slash_role_may_occur(text: str) -> bool:
    """False only where no 文 or 图 is followed by one of ``_AFTER_WEN``
    (str.find of each: a regex class scan is 20x slower)."""
    for c in "文图":
        i = text.find(c)
        while i >= 0:
            if text.startswith(_AFTER_WEN, i + 1):
                return True
            i = text.find(c, i + 1)
    return False


# The last character before a role word that no outlet holds.
_NOT_OUTLET_TO_END = LazyPattern(rf"[^{HAN}、/][{HAN}、/]*\Z")
# How far before its role word a byline may start: 文/ + an outlet list such as 沈阳晚报、沈报全媒体.
_OUTLET_REACH = 40
_ROLE_NAMES = LazyPattern(rf"{ROLE}{COLON}?{SEP}*({NAMES})")

# A role word after these is the body speaking of a reporter: 见记者时表示, 回应记者查询.
BODY_BEFORE_ROLE = LazyPattern(r"(?:[见对向被跟让和与及等名位的]|告诉|回应|接受|答复|回答|面对|陪同)$")

# (a transliterated name may run past NAME's four characters before its dot: 新华社发（帕纳约蒂斯·莫斯卡德里欧摄）)
PHOTO = LazyPattern(
    rf"(?:(?<=[\s。！？；）)（(】”／/])|^)(?P<name>{NAME}|[{HAN}]{{5,8}}·[{HAN}]{{1,8}}){SEP}*[/／]?{SEP}*摄(?![像影制入取氏录])",
    re.MULTILINE,
)

PARAGRAPH_END = "。！？”…"

# (or the page's copyright notice: （海外网 侯兴川）海外网版权作品，未经授权不得转载; or 人民网's
# share button: （王支援 王温轩）分享让更多人看到; or a wire's keywords line: （完）（程家芮）关键词：…, round 20)
AFTER_CLOSING = LazyPattern(
    rf"[ \t]*(?:\n|$|[（(\[【]|来源|返回|分享让更多人看到|关键词[：:]|{STOP}|[{HAN}]{{0,8}}?版权|未经(?:授权|许可))"
)

FOOTER_ZONE = 400

ORGISH = LazyPattern("[委局部办厅院所站队会]$")


def byline_matches(text: str) -> Iterator[re.Match[str]]:
    """``BYLINE.finditer(text)``, tried only near a role word.

    A byline holds a role word and its outlet is at most a few words long, so
    the pattern is matched at the few positions before each role instead of
    at every position of the text: the same matches, at a tenth of the cost.
    """
    pos = 0
    named = -1  # the last role word with a name after it
    for r in role_words(text):
        if r.start() < pos or not _ROLE_NAMES.match(text, r.start()):
            continue  # a role word with no name after it (记者了解到) starts no byline run
        lo = max(pos, r.start() - _OUTLET_REACH)
        if named < lo:
            # A run starts at most 7 characters before a named role word
            # (全媒体首席特约记者), and with none in the window but this one, a
            # match starting in it reads its outlet (Han, 、 and / only) up to
            # this role's run: it starts after the last other character.
            other = _NOT_OUTLET_TO_END.search(text, lo, r.start())
            if other is not None:
                lo = other.start() + 1
        named = r.start()
        for s in range(lo, r.start() + 1):
            m = BYLINE.match(text, s)
            if m:
                outlet = m.group("outlet")
                if outlet and not outlet.startswith(("文/", "图/")) and ROLE_AT.match(text, m.start("outlet")):
                    m = _BARE_BYLINE.match(text, m.start("outlet")) or m
                yield m
                pos = max(m.end(), s + 1)
                break


def photo_matches(text: str) -> Iterator[re.Match[str]]:
    """``PHOTO.finditer(text)``, tried only just before each ``摄``."""
    pos = 0
    q = text.find("摄")  # (str.find: the regex engine's scan for one character is 10x slower)
    while q >= 0:
        for s in range(max(pos, q - 14), q):
            m = PHOTO.match(text, s)
            if m:
                yield m
                pos = m.end()
                break
        q = text.find("摄", q + 1)


def run_names(run: str, offset: int, *, closed: bool = False, own_line: bool = False) -> list[tuple[int, str]]:
    """Names of a role run.  In a closed bracket (``（记者 苍雁 石洪宇）``) or a
    labelled credit every name-shaped word is a name; so it is in a byline that
    is a line of its own, when a space parts the name from its role (``记者 仉英``,
    not ``记者招待会``); elsewhere the surname lexicon must agree."""
    out: list[tuple[int, str]] = []
    for m in _ROLE_NAMES.finditer(run):
        spaced = m.start(1) > m.start() and run[m.start(1) - 1] in " \t：:"
        tokens = _tokens(m.group(1))
        for i, n in enumerate(tokens):
            name = n.group()
            if name.endswith("报道") and is_person_name(name[:-2]):
                name = name[:-2]  # 记者王芳 李强报道：
            if is_outlet(name):
                continue  # 采写：南都记者…: the outlet, not a person
            if not spaced and n.start() == 0 and name[0] in _PREPOSITION_FIRST:
                continue  # 记者从当地获悉: the reporter as the subject of a sentence
            # Outside the surname lexicon only where the layout says it is a name, and
            # never an office (通讯员：团市委).
            labelled = closed or (own_line and (spaced or n.start() > 0))
            # the last name of a credit line that already named someone, glued to its role and ending the
            # line (晚报首席记者韩雪莹 通讯员寸志坚, round 27c): the line is a credit, the word its name, unless
            # the tagger reads it as one common word (通讯员培训)
            labelled = labelled or (
                own_line
                and bool(out)
                and i == len(tokens) - 1
                and n.start() + len(name) == len(m.group(1).rstrip())
                and not is_common_word(name)
            )
            # a name set apart between two roles is a credit's name whatever its
            # surname, four characters too (记者 吴陈幸子 实习生 张瑞之)
            between = spaced and _SPACED_ROLE.match(run, m.start(1) + n.start() + len(name)) is not None
            # so is a word set apart between two names of a closed bracket's list, four characters too
            # (（总台记者 刘晓波 呼和牧仁 薄书宁）, a Mongolian name; round 27)
            between = between or (closed and _listed_between(m.group(1), tokens, i))
            if is_person_name(name) or (
                (labelled or between) and is_credit_name(name, any_four=between) and not ORGISH.search(name)
            ):
                out.append((offset + m.start(1) + n.start(), name))
    return out


_SPACED_ROLE = LazyPattern(rf"{SEP}+{ROLE}")


def _listed_between(names: str, tokens: list[_Token], i: int) -> bool:
    """Whether token ``i`` stands between two names of the list, a space on each side."""
    if not 0 < i < len(tokens) - 1:
        return False
    before, word, after = tokens[i - 1], tokens[i], tokens[i + 1]
    gaps = (names[before.begin + len(before.name) : word.begin], names[word.begin + len(word.name) : after.begin])
    return all(g and not g.strip(" \t") for g in gaps) and is_person_name(before.name) and is_person_name(after.name)

# Prepositions that open what follows 记者 in a sentence (记者从…, 记者在…), and no name.
_PREPOSITION_FIRST = "从在向对据将把被"


class _Token:
    """A name of a run, as a match would give it: ``group()`` and ``start()``."""

    def __init__(self, name: str, start: int) -> None:
        self.name, self.begin = name, start

    def group(self) -> str:
        return self.name

    def start(self) -> int:
        return self.begin


def _tokens(names: str) -> list[_Token]:
    """The names of a run; a two-character name typeset with a space inside it
    (``王　芳``, as papers align bylines) is one name."""
    single = name_lexicons()[0]
    out = [_Token(n.group(), n.start()) for n in ONE_NAME.finditer(names)]
    i = 0
    while i < len(out) - 1:
        a, b = out[i], out[i + 1]
        gap = names[a.begin + 1 : b.begin]
        if len(a.name) == 1 and len(b.name) == 1 and a.name in single and gap and not gap.strip():
            out[i : i + 2] = [_Token(a.name + b.name, a.begin)]
        i += 1
    return out

# A name in Latin letters (Mary Chan): two to four capitalised words, the first in lower case
# after its capital (an acronym, IPAC, is an organisation's).
LATIN_NAME = LazyPattern(r"[A-Z][a-z][A-Za-z'.-]{0,14}(?: [A-Z][A-Za-z'.-]{0,15}){1,3}")

TRAILING_ZONE = 200
DESK_OR_ROLE = LazyPattern(f"{ROLE}|{STOP}|摄")

OUTLET_NAME_ZONE = 200

ROLE_AT = LazyPattern(ROLE)
