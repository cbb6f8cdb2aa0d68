"""Names and outlets: the lexicons every meta finder (and the officials extractor) shares,
and the regex pieces that say what a byline name looks like."""

from __future__ import annotations

import re
from functools import lru_cache

from ...regexrun import bucketed_alternation
from ...resources import data_lines, trie_alternation

HAN = r"\u4e00-\u9fff"
# Reporter roles.  Longer spellings first: 摄影记者 before 摄影, so the 记者 of
# 摄影记者 is never read as a name.  见习/特约/首席/主任 are part of the role
# (``见习记者 周敏`` gives 周敏, never a reporter named 见习).
# Written out so that every alternative opens with a character: the regex
# engine then checks that character of each alternative and enters only the one
# that fits.  ``(?:全媒体|融媒体)?(?:首席|主任|资深)?(?:记者|…)`` means the same,
# tried in the same order, but each optional group is entered and left at every
# position tried (a failed ROLE cost three times as much; bylines try it at
# every length of every outlet).
_ROLE_CORE = "(?:摄影记者|特约记者|特约通讯员|特派记者|见习记者|实习记者|记者|通讯员|实习生)"
_ROLE_RANK = "(?:首席|主任|资深)"
ROLE = (
    # (a county centre's 融媒记者 after its name: 某县融媒体中心融媒记者 某某, round 25; elsewhere 融媒 ends
    # the outlet's name, 汕尾融媒记者)
    f"(?:全媒体{_ROLE_RANK}?{_ROLE_CORE}|融媒体{_ROLE_RANK}?{_ROLE_CORE}|融媒记者(?<=中心融媒记者)"
    f"|首席{_ROLE_CORE}|主任{_ROLE_CORE}|资深{_ROLE_CORE}"
    "|摄影记者|特约记者|特约通讯员|特派记者|见习记者|实习记者|记者|通讯员|实习生"
    r"|摄影|作者|撰文|采写|图/文|文/图|文[/｜|]|图[/｜|]|文图(?=[：:])|图文(?=[：:])|文(?=[：:])|图(?=[：:])"
    # (the slash spaced as a bar is: 文 / 焦惠标, round 27c; spelt out: a branch opening with a class stops the
    # engine's skip to the roles' first characters)
    r"|文[ \t]/(?=[ \t])|图[ \t]/(?=[ \t])"
    # a translator's credit, with its slash or colon only (编译/钟忠、涂颀): 编译 in a sentence is a verb
    r"|编译[/／｜|]|编译(?=[：:])"
    # a writer's and a photographer's labelled credits (文字：张三 图片：李四, 撰稿：张三, （撰稿人：张三）;
    # a WeChat box's bars too, 文字｜张三 图片｜李四, round 20; and slashes, 文字/张三 图片/李四, round 24),
    # and a TV story's camera credit beside its reporter's (记者：张三摄像：李四), or in its credit roll
    # of bars (…编导丨张三摄像丨李四 王五剪辑丨…: round 20)
    r"|文字(?=[：:｜丨/])|图片(?=[：:｜丨/])|撰稿人(?=[：:])|撰稿(?=[：:])|摄像(?=[：:丨｜|])"
    # a video's maker beside the reporter, labelled only (记者：张三 视频：李四, round 25)
    r"|视频(?=[：:丨｜|])"
    # a writer's bar credit spaced from its bar, heading a finance desk's story (文 | 张三 李四   编辑 | 王五, round 25)
    r"|文(?=[ \t][｜|丨])|图(?=[ \t][｜|丨])"
    # an intern's labelled credit after the reporters' (记者：张三 李四 实习：王五 赵六)
    r"|实习(?=[：:])"
    # Xinhua's local staff abroad and in its video credits (报道员：张三), labelled only
    r"|报道员(?=[：:])"
    # a reposting account's credit spaced to the width of its other labels (通 讯 员：张三), labelled only (round 20)
    r"|通[ ]讯[ ]员(?=[：:])"
    # a correspondent's credit shortened to 通讯, labelled only: （通讯：甲 乙） (round 27); 通讯 in a
    # sentence is a noun (通讯设备, 移动通讯)
    r"|通讯(?=[：:]))"
)
# The characters a role opens with.
ROLE_FIRST = "全融首主资摄特见记通实作撰采图文编报视"
# Words that end a run of reporter names: the desk's roles (an editor is not a
# reporter) and the page furniture that follows a byline.
STOP = r"(?:责任编辑|编辑|责编|流程(?=编辑)|校对|审校|编校|审核|监审|监制|[一二三初终签]审|审发|核稿|签发|出品|来源|返回|制图|图源(?=[/／：:丨｜|])|统筹|策划|本文由|视觉|素材(?=支持|提供)|单位(?=[：:])|剪辑(?=[：:丨｜|]))"
# Byline parts never cross a line: a newline after a byline belongs to the body's layout.
SEP = r"[ \t]"
# A name is 2-4 Han characters (4 with a compound surname: 欧阳娜娜), or a minority
# name with ·, that ends where a byline ends: a space, a bracket, a quote, the next
# role or desk word, a digit, punctuation or the line end.
# No role or desk word inside a name either (李涛编辑/朱葳, 马丹二审).
# (the look-ahead first checks the few characters a role or desk word opens with:
# trying all of their spellings at every character of every name is slow)
_ROLE_OR_STOP_FIRST = "全融首主资摄特见记通实作撰采图文责编校审监一二三初终核签出来返制统策本视单报素剪流"
# (after a name's first character, 文｜ and 图｜ start no role: a bar after a name ending
# in 文 parts two credits, 撰文：陈大文｜摄影：李小明; 文｜张三 图｜李四 still opens with two)
# (nor does 文/ before a place and 报道, or before 摄: a Taiwan byline 记者陈大文/台北报导 and a
# credit 陈大文/摄 name 陈大文, not 陈大; nor before a lone 文, the writer's own credit:
# 记者 王文/文 李四/图 names 王文)
_ROLE_IN_NAME = ROLE.replace("文[/｜|]|图[/｜|]", rf"文/(?!摄|文(?![{HAN}])|[{HAN}]{{2,4}}报[道导])|图/")
_NAME_FIRST = rf"(?:(?!(?=[{_ROLE_OR_STOP_FIRST}])(?:{ROLE}|{STOP}|摄))[{HAN}])"
_NAME_CHAR = rf"(?:(?!(?=[{_ROLE_OR_STOP_FIRST}])(?:{_ROLE_IN_NAME}|{STOP}|摄))[{HAN}])"
NAME = rf"{_NAME_FIRST}{_NAME_CHAR}{{0,3}}(?:·{_NAME_CHAR}{{1,8}})?"
# (and the block and arrow marks an app prints after a credit: 南都记者 梁令菲▊ 南都君特选)
# (and an interview's writer-up: （…，本报记者朱磊采访整理）, round 20)
NAME_END = rf"(?=[\s（(）)\]】，。、|｜丨/0-9“”\"：:*；▊▋▌■□◆●▲▼►→↓]|$|{ROLE}|摄|{STOP}|采访整理)"
NAMES = rf"(?:{NAME}{NAME_END}(?:{SEP}|、|/[文图](?![{HAN}]))*)+"
ONE_NAME = re.compile(rf"{NAME}{NAME_END}")
# The desk's credits closing a footer line (校对 李海慧, 二审 马丹 冯相清三审 李凯): cut with
# the byline or editor credit before them.
DESK_TAIL = re.compile(rf"{SEP}*{STOP}[^\n。！？，]{{0,60}}?(?={SEP}*(?:\n|$|返回))")
DESK_BEFORE = re.compile(rf"(?:{STOP}[：: ]?{SEP}*{NAME}{SEP}*)+$")
# What a body sentence says of a reporter, never a byline: 见记者时表示, 回应记者查询.
# Nor does a credit that names no one: （通讯员供图）, 供稿, 整理.
_VERBISH = re.compile(
    r"(?:表示|证实|查询|透露|介绍|获悉|了解|采访|报道|提问|问及|发现|指出|强调|供图|供稿|配图|提供|整理|编译|来稿|原创|首发|转载"
    # a headline's reporter doing the story (【某某记者实测】, 记者实录): the verb, no name
    r"|实测|实录)$"
    # a day after 记者 in the body (记者上周六亦曾到场): a time, no name
    r"|^(?:(?:上|下|本|这)(?:周|星期|礼拜)|星期|礼拜)[一二三四五六日天末]"
)
# A credit's role or desk word where a layout expects a name (记者｜博客, 周博客摄): never in a name.
_ROLE_WORD = re.compile("记者|通讯员|编辑|责编|来源|博客|主笔|专栏|作者|特约|制图|摄影|单位")  # （作者单位：…）
# A post after a surname-like place word is no name: 区议员 (区 is a Hong Kong surname), 区长, 市委书记.
_POST_END = re.compile(r"(?:议员|委员|代表|主任|主席|书记|[部局处科县市区镇乡村校院社所队组署司]长)$")


_DOTTED = re.compile(f"[{HAN}]+(?:·[{HAN}]+)+")
# A Chinese name is Han characters only: 文/ after a header date is a credit label, not 文 with a slash.
_ALL_HAN = re.compile(f"[{HAN}]+")


@lru_cache(maxsize=1)
def name_lexicons() -> tuple[frozenset[str], frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """Single and double surnames, outlet names and outlet suffixes (officials and bylines share them)."""
    surnames = [x.strip() for x in data_lines("surnames.txt")]
    outlets: list[str] = []
    suffixes: list[str] = []
    for x in data_lines("outlets.txt"):
        x = x.strip()
        (suffixes if x.startswith("*") else outlets).append(x.lstrip("*"))
    single = frozenset(s for s in surnames if len(s) == 1)
    double = frozenset(s for s in surnames if len(s) == 2)
    return single, double, tuple(outlets), tuple(suffixes)


def is_person_name(s: str) -> bool:
    single, double, _, _ = name_lexicons()
    if "·" in s:  # a minority or foreign name: words on both sides of the dot
        return 3 <= len(s) <= 20 and _DOTTED.fullmatch(s) is not None
    if not 2 <= len(s) <= 4 or _VERBISH.search(s) or _ROLE_WORD.search(s) or _POST_END.search(s) or s in _UNNAMED:
        return False
    if not _ALL_HAN.fullmatch(s):
        return False
    if s[:2] in double:
        return len(s) >= 3
    return s[0] in single and len(s) <= 3


def is_outlet(s: str) -> bool:
    if not s:
        return False
    if s in _outlet_set():
        return True
    if not (2 <= len(s) <= 12 and s.endswith(name_lexicons()[3])):
        return False
    # A county's media centre is named after its place: 交口县融媒体中心, never 县融媒体中心.
    centre = next((x for x in _PLACE_NAMED if s.endswith(x)), None)
    return centre is None or is_place(s[: -len(centre)])


_PLACE_NAMED = ("融媒体中心", "融媒体")


def placed_centre(words: str) -> str | None:
    """A county's media centre at the end of ``words`` a headline is glued to
    (…纳凉活动交口县融媒体中心): the place a listed one where one fits, else a two-character
    name and its level (an unlisted name cannot tell its start from the headline's end)."""
    centre = next((x for x in _PLACE_NAMED if words.endswith(x)), None)
    if centre is None:
        return None
    stem = words[: -len(centre)]
    known = places()
    k = next((k for k in range(6, 1, -1) if k <= len(stem) and stem[-k:] in known), 0)
    if not k and _LEVEL.search(stem):  # 大理州: a listed place and its level
        k = next((k + 1 for k in range(5, 1, -1) if k < len(stem) and stem[-k - 1 : -1] in known), 0)
    if not k and len(stem) >= 3 and _LEVEL.search(stem) and stem[-1] != "州":
        k = 3
    return stem[-k:] + centre if k else None


def listed_suffix(words: str) -> str | None:
    """The longest listed outlet ``words`` ends with (a headline glued before it, or a
    byline's Latin-ending name: 南方+, 海博TV)."""
    listed = _outlet_set()
    return next((words[i:] for i in range(len(words) - 1) if words[i:] in listed), None)


@lru_cache(maxsize=1)
def _outlet_set() -> frozenset[str]:
    """The listed outlets as a set: ``in`` on the tuple compared with each of them in turn."""
    return frozenset(name_lexicons()[2])


@lru_cache(maxsize=2)
def outlet_pattern(*, fast: bool = True) -> re.Pattern[str]:
    """The listed outlets, longest first: where a dateline glued to a headline starts.
    (as a prefix tree: the plain alternation tried all of them at each position, 2x slower)

    The tree's branches, one per first character (380 since round 11 listed the class
    whole), are grouped under tests of the first character's class: the engine tries a
    tree's branches one by one, and 380 of them at each position cost the scans 5x what
    150 did; four levels of classes (groups of 4 buckets of 24 characters) bring it to 1.5x.
    Only one first character's branch can match at a position, so the matches are the same.
    ``fast``: one level of buckets behind look-aheads on their first AND second characters
    (regexrun.bucketed_alternation: most positions holding a first character fail on the second),
    the scans 2x faster again (82 -> 39 µs per 1,000 chars over dev + fit, the same matches);
    ``fast=False`` the grouped first-character classes (the reference of tests/test_speed13.py)."""
    _, _, outlets, _ = name_lexicons()
    words = [o for o in outlets if o]
    if fast and words and min(map(len, words)) >= 2:
        return re.compile(bucketed_alternation(words, 24))
    firsts = sorted({o[0] for o in outlets if o})
    buckets = []
    for i in range(0, len(firsts), _BUCKET):
        chars = "".join(firsts[i : i + _BUCKET])
        tree = trie_alternation(o for o in outlets if o and o[0] in chars)
        buckets.append((chars, f"(?=[{re.escape(chars)}])(?:{tree})"))
    groups = []
    for j in range(0, len(buckets), _GROUP):
        part = buckets[j : j + _GROUP]
        chars = "".join(c for c, _ in part)
        groups.append(f"(?=[{re.escape(chars)}])(?:" + "|".join(b for _, b in part) + ")")
    return re.compile(f"(?=[{re.escape(''.join(firsts))}])(?:" + "|".join(groups) + ")")


_BUCKET, _GROUP = 24, 4


@lru_cache(maxsize=1)
def _outlets_by_first() -> dict[str, re.Pattern[str]]:
    _, _, outlets, _ = name_lexicons()
    firsts = dict.fromkeys(o[0] for o in outlets if o)
    # (a prefix tree each: 80 names open with 中, and a plain alternation tries each in turn)
    return {c: re.compile(trie_alternation(o for o in outlets if o[:1] == c)) for c in firsts}


def outlet_at(text: str, pos: int) -> re.Match[str] | None:
    """``outlet_pattern().match(text, pos)``, among the outlets opening with the
    character there (the whole alternation tries all 180 of them, 400 ns)."""
    p = _outlets_by_first().get(text[pos : pos + 1])
    return None if p is None else p.match(text, pos)


def longest_outlet(s: str) -> str | None:
    """``中新网拉萨`` -> ``中新网``: a dateline runs the outlet into the place.

    A listed outlet at the start wins over a longer word the suffix rule
    accepts (``中新网新疆新闻`` is 中新网's Xinjiang channel, not an outlet of its
    own), except that an outlet's own app keeps its name (``中国青年报客户端``, ``汇通财经APP``).
    """
    m = outlet_at(s, 0)
    if m:
        end = m.end()
        if s.startswith("社", end):
            # A paper's office and the brand it prints under: 潍坊日报社潍坊融媒 is one
            # credit (since every city daily is listed, 潍坊日报 alone matched first).
            whole = next((s[:n] for n in range(min(len(s), 12), end + 1, -1) if is_outlet(s[:n])), None)
            if whole:
                return whole
        for tail in ("客户端", *_APP_TAILS, "网"):
            if s.startswith(tail, end):
                end += len(tail)
                break
        if s[end : end + 1] in ("-", "－"):
            # A paper and its site as one name: 三秦都市报-三秦网
            site = longest_outlet(s[end + 1 :])
            if site:
                end += 1 + len(site)
        return s[:end]
    for n in range(min(len(s), 12), 1, -1):
        if is_outlet(s[:n]):
            app = next((t for t in _APP_TAILS if s.startswith(t, n)), "")
            return s[: n + len(app)]
    return None


# An outlet's own app named after it keeps the name, as 客户端 does (汇通财经APP讯, round 27)
_APP_TAILS = ("APP", "App")


_OWN_PAPER = re.compile(r"本[报台网刊社站]")
# (驻台记者, 驻京记者: where the reporter is posted is no part of the outlet)
_STAFF_TAIL = re.compile(r"(?:全媒体|融媒体|首席|主任|资深|见习|特约|驻[\u4e00-\u9fff]{1,2}?)+$")


def is_own_paper(raw: str) -> bool:
    """本报/本台…: "this paper", an outlet that is not named."""
    return _OWN_PAPER.fullmatch(_STAFF_TAIL.sub("", raw)) is not None


def clean_outlet(raw: str | None) -> str | None:
    """The outlet of a byline's prefix (``文/北京青年报``, ``扬子晚报/紫牛新闻``), or None."""
    if not raw:
        return None
    first = re.split(r"[、/]", raw.removeprefix("文/").removeprefix("图/").removeprefix("据"))[0]
    if first in _outlet_set():
        return first  # (半岛全媒体: a listed name that ends like a staff title)
    first = _parent_outlet(_STAFF_TAIL.sub("", first))
    if _OWN_PAPER.fullmatch(first):
        return None
    return first if is_outlet(first) else None


def _parent_outlet(name: str) -> str:
    """``总台央视`` -> ``总台``: a group's name glued to one of its channels' (both
    listed, the whole no outlet's name by its ending) credits the group; any other
    name is returned as it is (贵州日报天眼新闻 is an app's name)."""
    if is_outlet(name):
        return name
    for k in range(len(name) - 2, 1, -1):
        if name[:k] in _outlet_set() and name[k:] in _outlet_set():
            return name[:k]
    return name


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """Provinces, cities and the foreign cities datelines name (models/places.txt)."""
    return frozenset(w for line in data_lines("places.txt") for w in line.split())


# A place written with its level: 交口县, 宝山区, 阿拉善盟, 恩施自治州 (州 alone ends
# city names: 苏州, 郑州).
# (州 alone: the short form of an autonomous prefecture, 大理州, 凉山州)
_LEVEL = re.compile(r"(?:[省市县区旗盟州]|自治州)$")


def is_place(s: str) -> bool:
    if s in places():
        return True
    level = _LEVEL.search(s)
    if level is None:
        return False
    head = s[: level.start()]
    if level.group() == "州":
        return head in places()  # (a listed prefecture only: 无线苏州 is no place 无线苏 + 州)
    return head in places() or 2 <= len(head) <= 3


# jieba's tags of proper names: a word so tagged may be an outlet's name (冀云, 红网).
_NAME_TAGS = frozenset({"nr", "nrt", "nrfg", "nz", "nt", "ns"})


@lru_cache(maxsize=256)
def _is_plain_word(s: str) -> bool:
    """A dictionary word that is no name (掌上, 指尖, 无线, 上游): the first half of an
    outlet's name (掌上长沙), never an outlet before a place."""
    try:
        import rjieba

        tags = rjieba.tag(s)
    except ImportError:  # plain jieba where rjieba is missing
        import jieba.posseg

        tags = [(w.word, w.flag) for w in jieba.posseg.lcut(s)]
    return len(tags) == 1 and tags[0][1] not in _NAME_TAGS


def outlet_before_place(pre: str) -> str | None:
    """An outlet not in the lexicon, from what a dateline writes before its date.

    ``冀云西宁`` -> ``冀云``, ``上游西宁长沙`` -> ``上游西宁``, ``掌上长沙`` -> ``掌上长沙``
    (掌上 is a plain word: the place is part of the name), ``冀云`` -> ``冀云``.
    The places after the outlet go, from the end; what is left must be a name of
    2-8 characters that is itself no place.  None when no outlet can be told apart.
    """
    name = pre
    while True:
        j = _place_at_end(name)
        if j is None:
            break
        if is_place(name[:j]):
            return None  # 湖南长沙: places only
        if _is_plain_word(name[:j]):
            break  # 掌上长沙
        name = name[:j]
    if not 2 <= len(name) <= 8 or is_place(name):
        return None
    return name


def _place_at_end(name: str) -> int | None:
    """Where the place closing ``name`` starts (leaving at least 2 characters before
    it): the longest listed place, else the shortest one written with its level
    (交口融媒交口县 -> 交口县, not 媒交口县)."""
    for j in range(2, len(name) - 1):
        if name[j:] in places():
            return j
    for j in range(len(name) - 2, 1, -1):
        if is_place(name[j:]):
            return j
    return None


# What an office's name ends with: （县委宣传部记者 X） credits an office, not an outlet.
_ORG_END = re.compile("(?:[部委局办厅院所站队会处科室组]|中心|政府)$")


def unlisted_outlet(raw: str) -> str | None:
    """The outlet before a role in a credit that can be nothing else (a paragraph's
    closing bracket), when no lexicon knows it: 2-8 Han characters, no office."""
    name = _parent_outlet(_STAFF_TAIL.sub("", raw))
    if not re.fullmatch(f"[{HAN}]{{2,8}}", name) or _OWN_PAPER.fullmatch(name) or _ORG_END.search(name):
        return None
    if name.startswith(("据", "该", "本", "此", "由")) or is_place(name):
        return None
    return name


_HAN_NAME = re.compile(f"[{HAN}]{{2,4}}")
# What a credit says in place of a name when the writer stays unnamed (【撰文：佚名】): no one's name.
# (and the placeholders a site's CMS prints in an empty credit field, or the account that posted the page:
# 作者:未知, (责任编辑:管理), round 28)
_UNNAMED = frozenset(
    {"佚名", "匿名", "无名氏", "不具名", "不愿具名", "未具名", "未知", "不详", "暂无", "管理", "管理员", "系统管理员", "网站管理员"}
)


def is_credit_name(s: str, *, any_four: bool = False) -> bool:
    """A name where a credit's layout says a name stands, whatever its surname:
    2-3 Han characters, or 4 with a compound surname or two surnames (范徐丽泰).
    ``any_four``: the layout sets the word apart as a name on both sides, so four
    characters of any kind are one (a Tibetan name, 贡嘎来松 摄)."""
    if "·" in s:
        return is_person_name(s)
    if (
        s in _UNNAMED
        or not _HAN_NAME.fullmatch(s)
        or _VERBISH.search(s)
        or is_outlet(s)
        or _ORG_END.search(s)
        or _ROLE_WORD.search(s)
        or _POST_END.search(s)
    ):
        return False  # （沈阳日报、沈报记者封葑）: the outlet is no name
    if len(s) < 4 or (any_four and len(s) == 4):
        return True
    single, _, _, _ = name_lexicons()
    return is_person_name(s) or (s[0] in single and s[1] in single)


@lru_cache(maxsize=1)
def outlet_suffixes() -> tuple[str, ...]:
    """The outlet endings of outlets.txt (``*网``, ``*日报``), longest first."""
    return tuple(sorted(name_lexicons()[3], key=len, reverse=True))


_GLUED_RUN = re.compile(f"[{HAN}]{{2,12}}")
# Part-of-speech tags that no surname opening a name carries: 从当地获悉 (p), 于近日 (p).
_NOT_NAME_TAGS = frozenset({"p", "c", "d", "u", "r", "v", "f", "t", "q", "ad", "s", "m"})


@lru_cache(maxsize=1)
def _tagger():
    try:
        import rjieba
    except ImportError:  # plain jieba installs: no glued names
        return None
    return rjieba.tag  # the module's own tagger, built at import: no second dictionary in memory


def is_common_word(s: str) -> bool:
    """Whether the tagger reads ``s`` as one word that is no person's name (关注, 分享: a
    surname's character opens them).  False without the tagger."""
    tag = _tagger()
    if tag is None:
        return False
    words = tag(s)
    return len(words) == 1 and not words[0][1].startswith("nr")


def name_glued_at(text: str, pos: int, *, short: bool = False) -> str | None:
    """The name opening ``text[pos:]`` when the body runs on after it with no
    break (``贾启龙暴雨之后``, ``许宏远军民同心``): the tagger's person name, or a
    surname and the word after it.  Only for places a credit must hold a name;
    the tags keep 从当地获悉 and 于近日召开 out.
    ``short``: a run of four characters may hold a name and a word (李政近日，),
    where the caller knows a name stands there and the run is no name itself."""
    run = _GLUED_RUN.match(text, pos)
    if run is not None and len(run.group()) <= 4 and not (short and not is_person_name(run.group())):
        return None  # the words end where a name may: nothing is glued to it (汤楠松 通讯员)
    tag = _tagger() if run is not None else None
    if tag is None:
        return None
    assert run is not None  # (tag is None when run is)
    words = tag(run.group())
    single, _, _, _ = name_lexicons()
    (first, t0), rest = words[0], words[1:]
    name = None
    if t0.startswith("nr") and 2 <= len(first) <= 3:
        name = first
        # a lead opening with 为 and a verb (…通讯员 程某 肖某为提升…, round 25): the tagger took the
        # preposition into the name
        if len(first) == 3 and first[-1] == "为" and rest and rest[0][1] in _PURPOSE_VERB_TAGS:
            name = first[:2]
    elif len(first) == 1 and first in single and t0 not in _NOT_NAME_TAGS - {"m"}:  # (许 alone is a numeral, 许多)
        if rest and len(rest[0][0]) == 2 and rest[0][1] not in _NOT_NAME_TAGS:
            name = first + rest[0][0]  # 许 + 宏远: a given name that is a word of its own
        else:
            name = _name_before_function_word(run.group(), tag)  # 高 + 健在: 高健 before 在
    if name is None:
        return None
    return name if is_person_name(name) and len(name) < len(run.group()) else None


# What follows a lead's 为 of purpose: 为提升 (v), 为进一步 (d), 为加快推进 (l, an idiom-like phrase).
_PURPOSE_VERB_TAGS = frozenset({"v", "vn", "d", "ad", "l"})

# Words that open the body after a name (在, 从, 对, 将, 已…): prepositions, adverbs, conjunctions.
_FUNCTION_TAGS = frozenset({"p", "d", "c"})


def _name_before_function_word(run: str, tag) -> str | None:
    """A name of three or two characters that the body runs on after with a
    function word (高健在首个…), where the tagger cut the name itself apart."""
    for k in (3, 2):
        rest = tag(run[k:]) if len(run) > k else []
        if rest and rest[0][1] in _FUNCTION_TAGS and is_person_name(run[:k]):
            return run[:k]
    return None


def split_glued(token: str) -> list[str] | None:
    """A token of one name, or of two glued (冯森达王雅 -> 冯森达, 王雅: three then two)."""
    if is_person_name(token):
        return [token]
    for cut in (3, 2):
        a, b = token[:cut], token[cut:]
        if len(token) >= 5 and is_person_name(a) and is_person_name(b):
            return [a, b]
    return None
