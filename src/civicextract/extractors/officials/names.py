"""Person names at a known position: right after a title, before a title, in a list.

A name is never guessed from its characters alone: the caller has a context
(a title chain just before it, a post or 同志 just after it) and asks where
the name ends.  The surname list (``models/surnames.txt``) and the words that
follow names in news (``出席``, ``表示``, ``、``) decide between 2, 3 and 4
characters; minority names carry ``·`` (``叶尔夏提·吐尔逊拜``).

What the reader asks lives in modules of its own: ``edges`` (followers, Han
characters, clean ends), ``tagging`` (jieba's word and tag reading), ``foreign``
(transliterated and dotted names) and ``states`` (foreign states' names).

>>> name_after("市委书记王忠昆在铁东区调研", 4)
7
>>> name_after("副市长孙继伟主持。", 3)
6
>>> name_after("海晏县政府副县长李彬主持仪式", 8)
10
>>> name_after("州长叶尔夏提·吐尔逊拜出席会议", 2)
11
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...resources import data_lines
from ..meta import name_lexicons
from .edges import DOTS, ORG_END, all_han, clean_end, follower_at, is_han, strong_end
from .foreign import GLUED, TIBETAN, TRANSLIT, foreign_end, minority_end, minority_plain_end
from .states import states_pattern
from .tagging import (
    COVERBS,
    clause_word,
    dict_tags,
    function_word,
    hmm_tags,
    idiom_at,
    is_common_word,
    is_word,
    opens_predicate,
    single_char_token,
    tagged_name,
    verb_word,
    word_not_name,
)

_MINORITY = re.compile(r"[\u4e00-\u9fff]{1,10}(?:[·•‧・][\u4e00-\u9fff]{1,10})+")

# Two-character strings after a post that are words, not names.
NOT_NAMES = frozenset(
    (
        "期间",
        "职务",
        "一职",
        "身份",
        "岗位",
        "人选",
        "同志",
        "一行",
        "等人",
        "现场",
        "们",
        "本人",
        "以上",
        "以下",
        "助理",
        "任期",
        "职责",
        "信箱",
        "热线",
        "接待",
        "办公",
        "工作",
        "讲话",
        "会议",
        "名单",
        "制度",
        "队伍",
        "班子",
        "单位",
        "部门",
        "主持",
        "出席",
        "表示",
        "介绍",
        "时任",
        "原任",
        "带领",
        "亲自",
        "高度",
        # words opening the predicate after 总书记/主席/书记 whose first char
        # is also a surname (重, 严, 常, 全, 明): 总书记重要讲话, 书记严肃指出
        "重要",
        "殷切",
        "严肃",
        "严格",
        "常态",
        "全体",
        "全面",
        "明确",
        "充分",
        "和",
        "等",
        "与",
        # party cells inside a body: 居民区党总支书记 is a post, not 党总支 (a name)
        "代表",  # (人大代表议员: a word, never a name)
        "党总支",
        "党支部",
        "党工委",
        "党委",
        "党组",
        # (海外法官赴港出任…, 立法会通过多名非常任法官的任命: the Hong Kong press's
        # verbs of coming and going, and the appointment itself)
        "来港",
        "访港",
        "抵港",
        "返港",
        "离港",
        "任命",
    )
)
# (指: the Hong Kong press's "said", 许官指 / 法官某某指, never a given-name char; nor the
# one-char verbs and adverbs that open a predicate: 乡长孙伟|坐在, 镇长郑凯|用手机, 书记彭飞|很感慨)
_NON_NAME_CHARS = frozenset("的了是在和与及对向将被把让给请由据于并也还就又而或等为从到至着说称指们这那其该每各个坐用很拿看走跑听写读打推提便")
# Function-word characters that also open given names (程向民, 刘和平, 李为民,
# 张于洋, 王至诚, 孙其华, 陈由之, 赵从文): allowed there in a 3-char name that a
# follower word closes.
_GIVEN_FIRST_OK = frozenset("向和为于至其由从")


def _plausible(name: str) -> bool:
    # 黄山市市长…: a place before a post is no name
    # (a compound surname may hold a function char: 淳于, 单于; the given name may not)
    given = name[2:] if len(name) > 2 and name[:2] in name_lexicons()[1] else name
    if name[0] in _NOUN_SURNAMES and len(name) != 3:
        return False  # 区嘉宏 / 區志光, but not 4区正|副主席: a surname that is also a noun opens 3-char names only
    return name not in NOT_NAMES and _NON_NAME_CHARS.isdisjoint(given) and name[-1] not in _PLACE_LAST


# Surnames that are also common nouns of place names (Hong Kong's 區 Au: 东区, 4区) or open
# common words (Hong Kong's 倫 Lun: 伦敦, 伦理)
_NOUN_SURNAMES = frozenset("区伦")


_PLACE_LAST = frozenset("省市县区州镇乡村局厅委队部办处组院所站团府署司")  # (闯入总统车队)
# Of those, the ones that also close given names (沈山州): taken when a verb follows.
_NAME_LAST_OK = frozenset("州")


@lru_cache(maxsize=1)
def _common_surnames() -> frozenset[str]:
    """The 250 most frequent single-char surnames (models/surnames.txt is ranked):
    a married name's two surnames are common ones (林郑, 叶刘, 范徐), not 陈肇|始亦."""
    return frozenset([x for x in (ln.strip() for ln in data_lines("surnames.txt")) if len(x) == 1][:250])


def married_end(text: str, s: int) -> int | None:
    """End of a Hong Kong married woman's name read at ``s`` (林郑月娥: her
    husband's surname, her own, a 2-char given name that is no word), with no
    test of what follows it; None where those four chars read otherwise."""
    common = _common_surnames()
    e = s + 4
    if (
        e > len(text)
        or text[s] not in common
        or text[s + 1] not in common
        or not all_han(text[s:e])
        or not _plausible(text[s:e])
        or word_not_name(text, s, e)
        or is_common_word(text[s + 2 : e])
        or is_common_word(text[s : s + 2])  # (原任|三明市委书记: two surname chars that make a word)
        or text[e - 1] in _VERB_LAST  # (裁判官郑纪航|判被告罪成: a one-char verb after a 3-char name)
        or idiom_at(text, s + 2)  # (主任鲁安|信誓旦旦地说: a given name opens no idiom)
    ):
        return None
    return e


# one-char verbs of court and news reports that follow a name and end no given name
_VERB_LAST = frozenset("说称指判罚斥批问答讲")
# those and 作 (作三次提醒, 作简短发言): a 3-char name's fourth character read as a name's
# only where nothing else closed it
_VERB_AFTER_THREE = _VERB_LAST | frozenset("作")


def plausible(name: str) -> bool:
    """Could ``name`` (a list item, a subject) be a person's name by its characters?"""
    return _plausible(name) and name[-1] not in ORG_END


# what a speaker 作 / 做 at a meeting (县发改局局长周凯作说明)
_MADE = ("说明", "报告", "汇报", "发言", "表态", "讲话", "部署", "总结", "动员", "交流", "点评", "解读", "宣讲", "专题")


def name_after(text: str, s: int, *, strict: bool = False) -> int | None:
    """End of the person name starting at ``s`` (after a title), or None.

    ``strict`` (weak posts, list members) also requires a clean right boundary
    for 3-character names and a known surname.  Two characters that make one
    dictionary word (维护警员|安全。, 民警|依法|将) are no name unless the tagger
    reads a name there or a verb of the news follows (检察长高远|出席); a verb word
    is left to the reader's own test (镇长付强|20日).
    """
    e = _name_after_post(text, s, strict=strict)
    if e is None and (k := text.find("任", s + 2, s + 4)) >= 0 and _serves_in_role(text, s, k):
        return k  # 委员朱华凌任高级顾问: the name the reader cannot close, then 任 and a role
    if e is not None and e - s in (3, 4) and text[e - 1] == "任" and _serves_as(text, s, e - 1):
        return e - 1  # 县长李明任副组长: the verb 任 and a post after the name, no part of it
    if e is not None and e - s == 3 and text[e - 1] in "作做" and text.startswith(_MADE, e) and _plausible(text[s : e - 1]):
        return e - 1  # 局长周凯作说明, 主任王平做报告: the verb 作 and its object, no part of the name
    if (
        e is not None
        and e - s == 2
        and is_common_word(text[s:e])
        and (
            e == len(text)
            or not is_han(text[e]) and not text[e].isdigit()
            or dict_tags(text[s:e])[0][1][:1] != "v" and follower_at(text, e) < 2
        )
        and not tagged_name(text, s, e)
    ):
        return None  # (民警|依法|将…: a word that is no verb is no name before the predicate either)
    if e is not None and e - s == 3 and text[e - 1] in _ALL_ADVERBS and _verb_at(text, e) and _adverb_after_name(text, s, e - 1):
        return e - 1  # 副县长孙磊均出席, 县长王军皆出席: the adverb "all" glued after a two-char name
    if e is not None and e - s == 4 and _post_after_two(text, s, e):
        return s + 2  # 主席冯骅法官表示: the name, then its post again as an address
    return e


# the adverbs "all, both" that stand between a name and its verb (孙磊均出席, 王军皆出席); they also close
# given names (刘永均), so the tagger decides (``_adverb_after_name``)
_ALL_ADVERBS = frozenset("均皆")


def _verb_at(text: str, i: int) -> bool:
    """Does a verb open at ``i`` (a follower word of the news or a dictionary verb), as an adverb
    wants after it (均|出席), not punctuation (院长谢明均，…: the name's own last character)?"""
    return follower_at(text, i) > 1 or opens_predicate(text, i, verb=True)


def _adverb_after_name(text: str, s: int, e: int) -> bool:
    """Does the tagger read ``text[s:e]`` as one person-name token and the character after it as an
    adverb (孙磊|均 d|出席), rather than the three as one name (刘永均 nr|出席)?"""
    toks = hmm_tags(text[s : e + 3])
    return len(toks) >= 2 and toks[0][0] == text[s:e] and toks[0][1].startswith("nr") and toks[1] == (text[e], "d")


def _serves_as(text: str, s: int, e: int) -> bool:
    """Is ``text[s:e]`` a surname-list name and 任 after it the verb, a post within four chars
    (任组长, 任副组长, 任三明市委书记), not a given name's char (李任出席)?"""
    from .titles import lexicon

    single, double, _, _ = name_lexicons()
    if not (text[s] in single or text[s : s + 2] in double) or not all_han(text[s:e]) or not _plausible(text[s:e]):
        return False
    m = lexicon().pattern.search(text, e + 1, e + 9)
    return m is not None and m.start() - e - 1 <= 4 and all_han(text[e + 1 : m.start()]) and m.group() not in _NOT_SERVED


def _serves_in_role(text: str, s: int, e: int) -> bool:
    """Is ``text[s:e]`` a surname-list name and 任 after it the verb of a delegation's or an
    event's role, no post of the lexicon (委员朱华凌任高级顾问, 任团长)?"""
    single, double, _, _ = name_lexicons()
    if not (text[s] in single or text[s : s + 2] in double) or not all_han(text[s:e]) or not _plausible(text[s:e]):
        return False
    return any(
        (k := text.find(r, e + 1, e + 7)) >= 0 and k - e - 1 <= 2 and all_han(text[e + 1 : k]) for r in _ROLES_SERVED
    )


# roles a delegation or an event gives its members (任团长, 任高级顾问, 任评委)
_ROLES_SERVED = ("顾问", "团长", "评委", "嘉宾", "召集人")


# posts no one is said to 任 (任职, the 任 of 主任 read again): none yet beyond the lexicon's own
_NOT_SERVED: frozenset[str] = frozenset()


def _post_after_two(text: str, s: int, e: int) -> bool:
    """Are the last two of four chars read as a name a post of the lexicon (冯骅|法官), the
    first two a plausible name?"""
    from .titles import lexicon

    m = lexicon().pattern.match(text, s + 2)
    return m is not None and m.end() >= e and m.group() in lexicon().official and _plausible(text[s : s + 2])


def noun_name_after_post(text: str, s: int) -> int | None:
    """End of a two-character name that is also a noun (夏天, 江河: a surname, then a character that makes
    a season, a weather or a thing word with it) right after an official post, where the predicate opens at
    once: 为 before a verb (团省委副书记夏天为新人宣读婚书) or a verb of the news (县委书记江河出席).
    The reader refuses such names everywhere else (民警|依法, 局长|春节期间), and so does this: a noun
    or time word only, a known surname only; a time word (书记白天|走访) only before 为 or a protocol verb."""
    e = s + 2
    if e >= len(text) or not all_han(text[s:e]) or text[s] not in name_lexicons()[0]:
        return None
    tags = dict_tags(text[s:e])
    if len(tags) != 1 or tags[0][1][:1] not in ("n", "t") or tags[0][1].startswith(("nr", "ns", "nz", "nt")):
        return None
    if text[e] == "为" and e + 1 < len(text) and is_han(text[e + 1]):
        return e if opens_predicate(text, e) else None
    if tags[0][1][:1] == "t" and not text.startswith(_PROTOCOL_AFTER_NAME, e):
        return None
    return e if strong_end(text, e) and opens_predicate(text, e, verb=True) else None


# the verbs of attending, presiding and addressing a time word may stand before as a name (县委副书记夏天出席)
_PROTOCOL_AFTER_NAME = ("出席", "主持", "参加", "致辞", "讲话", "宣读", "宣布", "陪同")


def _name_after_post(text: str, s: int, *, strict: bool = False) -> int | None:
    if s >= len(text) or not is_han(text[s]):
        return None
    if not strict and (me := minority_plain_end(text, s)) is not None:
        # 副县长阿依古丽主持, 市长买买提江出席, 副旗长其其格表示: an undotted minority name (its
        # first syllable may be a function char, 其); one opening with a surname of the list only
        # when it runs on past three characters (玉素甫江表示), as the surname reader closes a
        # three-character one itself
        single, double, _, _ = name_lexicons()
        if me - s >= 4 or text[s] not in single and text[s : s + 2] not in double:
            return me
    if text[s : s + 2] in _WEEKDAYS and weekday_led_name(text, s):
        return s + 3  # 镇长周一鸣陪同: a 周 name whose given name opens with 一…日, not 镇长周一到村
    if follower_at(text, s) or text[s] in _NON_NAME_CHARS:
        # 行政长官曾荫权昨日, 副县长于有斌致辞: a surname that is also a
        # function word (曾, 于, 向, 将 …) opens a name only where the tagger
        # reads one (not 书记曾多次表示, 局长于近日表示)
        if strict or follower_at(text, s) > 1 or text[s] not in name_lexicons()[0]:
            return None
        e = _name_after(text[:s] + "王" + text[s + 1 :], s)
        if e is None or e - s not in (2, 3):
            return None
        if tagged_name(text, s, e):
            return e
        # 副县长于有斌致辞: three characters before a verb of the news, the
        # given name no word of its own (not 于近日, 曾多次, 向大家)
        if e - s == 3 and strong_end(text, e) and not follower_at(text, s + 1):
            # (the given name alone: the tagger may glue the surname to it, 曾斌|金)
            return None if word_not_name(text, s + 1, e) and is_word(text[s + 1 : e]) else e
        if e - s == 2 and _two_char_function_surname(text, s, e):
            return e  # 镇长于洋表示, 乡长曾强到任后: two characters before a verb of the news
        return None
    return _name_after(text, s, strict=strict)


def _two_char_function_surname(text: str, s: int, e: int) -> bool:
    """A two-character name whose surname is also a function word (于洋, 曾强):
    a follower of the news closes it at once, its given name opens none and is
    no function character, and the pair is no word (于是, 曾经, 向来, 将近)."""
    return (
        follower_at(text, e) > 0
        and strong_end(text, e)
        and not follower_at(text, s + 1)
        and text[s + 1] not in _NON_NAME_CHARS
        and _pair_reads_as_name(dict_tags(text[s:e]))
    )


# tags of a second character that make the pair a phrase (于此, 曾到, 向前), not a given name
_NOT_GIVEN_PAIR_TAGS = frozenset(("zg", "r", "t", "d", "c", "p", "u", "uj", "m", "q", "f", "v"))


def _pair_reads_as_name(tags: tuple[tuple[str, str], ...]) -> bool:
    """One noun token (于洋 ns, 向东 nr) or a surname and a given-name char that no
    function tag marks (曾|强 a); not 于是 c, 曾经 d, 向来 v, 将近 t, 于|此 zg."""
    if len(tags) == 1:
        return tags[0][1][:1] == "n"
    return len(tags) == 2 and tags[1][1] not in _NOT_GIVEN_PAIR_TAGS


# the weekday words that edges' followers hold (周一 … 周日), which also open names of the surname 周
_WEEKDAYS = frozenset(("周一", "周二", "周三", "周四", "周五", "周六", "周日"))


def weekday_led_name(text: str, s: int) -> bool:
    """Is ``周X?`` at ``s`` a three-character name rather than a weekday: its third
    character opens no follower of its own and a strong end closes the name right
    after it (镇长周一鸣、副镇长…, 局长周六平表示); a weekday runs on into its clause
    (镇长周一到村里, 局长周一带队检查, 市长周一在会上表示)."""
    if s + 3 > len(text) or not is_han(text[s + 2]) or follower_at(text, s + 2):
        return False
    if text[s + 2] in _NON_NAME_CHARS:
        return False
    return strong_end(text, s + 3)


def _name_after(text: str, s: int, *, strict: bool = False) -> int | None:
    """End of the name at ``s`` after a post, its readings tried in turn: a dotted minority name,
    two Tibetan elements, a long transliteration, a surname-list name that a clean end closes at
    two or three characters, one that 和 joins to the next, four characters (a list item, a
    married woman's name), an unclosed surname-list name, and a name outside the surname list."""
    dotted = _dotted_end(text, s)
    if dotted is not None:
        return None if text[dotted - 1] in _NOT_NAME_LAST else dotted
    if text[s : s + 2] in TIBETAN and text[s + 2 : s + 4] in TIBETAN:
        return s + 4  # 州长罗布顿珠, 县委书记格桑旺堆: two Tibetan name elements, whatever the surname list says
    single, double, _, _ = name_lexicons()
    if not strict and (fe := _long_foreign_end(text, s, single)) is not None:
        return fe  # 俄罗斯总统梅德韦杰夫当天…, not 梅德韦
    surname = 2 if text[s : s + 2] in double else 1 if text[s] in single else 0
    if surname and is_honorific(text, s, surname):
        return None
    if surname and (e := _given_closed_by_he(text, s, surname, single)) is not None:
        return e  # 宣传部长张东和说: 和 closes the given name when a verb, not a person, follows
    if surname and (e := _closed_end(text, s, surname, strict)) != _READ_ON:
        return e
    if surname and text[s + surname + 1 : s + surname + 2] == "和" and not _CLAUSE_PUNCT(text, s + surname + 2):
        return s + surname + 1  # 李明和镇长张华: 和 joins two people
    if surname == 1 and (e := _list_item_four(text, s)) is not None:
        return e
    if surname == 1 and not strict and (e := _married_four(text, s, single)) is not None:
        return e
    if surname and not strict and (e := _unclosed_end(text, s, surname)) is not None:
        return e
    if not strict:
        return _outside_list_end(text, s, surname)
    return None


# a stage's "no answer here, read on" (its None is an answer: no name at ``s``)
_READ_ON = -1


def _dotted_end(text: str, s: int) -> int | None:
    """End of a minority name written with a dot (叶尔夏提·吐尔逊拜) at ``s``, or None."""
    w = text[s + 1 : s + 11]  # (where _MINORITY's dot must stand: most names hold none, no regex then)
    m = _MINORITY.match(text, s) if "·" in w or "•" in w or "‧" in w or "・" in w else None
    if m:
        dot = min(i for i in (text.find(d, s, m.end()) for d in DOTS) if i >= 0)
        # 杲云分别前往众安·美丰大楼: a verb before the dot, or a building
        # after it, is no minority name (叶尔夏提·吐尔逊拜)
        if dot - s <= 7 and not any(follower_at(text, i) > 1 for i in range(s, dot)):
            return minority_end(text, s, m.end())
    return None


def _long_foreign_end(text: str, s: int, single: frozenset[str]) -> int | None:
    """End of a transliterated name of four or more characters (梅德韦杰夫), or None."""
    fe = foreign_end(text, s)
    if (
        fe is not None
        and fe - s - text.count("-", s, fe) >= 4
        # (党主席柯文哲合作: a surname's three chars, then a word of the predicate)
        and not (fe - s == 4 and text[s] in single and is_word(text[fe - 1 : fe + 1]))
    ):
        return fe
    return None


def _given_closed_by_he(text: str, s: int, surname: int, single: frozenset[str]) -> int | None:
    """End of a name whose given name's second character is 和 (张东和说), where a verb follows
    it and no post: a person after 和 would make it the conjunction."""
    e = s + surname + 2
    if (
        text[e - 1 : e] == "和"
        and e < len(text)
        and (follower_at(text, e) or opens_predicate(text, e, verb=True))
        and text[e] not in single
    ):
        from .titles import lexicon

        # (孙丽和县长周强: a post after 和 opens the next person)
        if is_han(text[s + surname]) and _plausible(text[s : s + surname + 1]) and not lexicon().pattern.match(text, e):
            return e
    return None


def _closed_end(text: str, s: int, surname: int, strict: bool) -> int | None:
    """End of a surname-list name of one or two given characters that a follower or a clean
    end closes; None where the characters are no name (a function or verb word); ``_READ_ON``
    where neither length reads."""
    lengths = (surname + 1, surname + 2)
    for n in lengths:
        e = s + n
        if e > len(text) or not all_han(text[s:e]):
            break
        if not _plausible(text[s:e]):
            if n == lengths[0] and text[s] in _NOUN_SURNAMES:
                continue  # 区嘉宏及…: a noun-surname's name has three characters, read on
            if n == lengths[1] and text[e - 1] in _NAME_LAST_OK and _plausible(text[s : e - 1]):
                # 区长沈山州前往: 州 closes given names as well as places; a
                # verb after the three characters says which
                if e < len(text) and follower_at(text, e) > 1:
                    return e
            if n == lengths[1] and text[e - 1] == "和" and _plausible(text[s : e - 1]) and _CLAUSE_PUNCT(text, e):
                return e  # 县长王敏和，: a 和 before punctuation joins nothing, it closes the name
            # 区委书记程向民主持: a function-word char opening the given name
            # (向, 和, 为 …) is allowed in a 3-char name with a follower after it
            if (
                strict
                or text[s + surname] not in _GIVEN_FIRST_OK
                or not _plausible(text[s : s + surname] + text[s + surname + 1 : e])
            ):
                break
            if n == lengths[1] and clean_end(text, e):
                return e
            if n == lengths[0]:
                continue
            break
        if n == lengths[1] and text[e - 1] == text[s] and is_honorific(text, e - 1, 1):
            return e - 1  # 总监孙晶孙女士, 董事长王诚王总: the surname again, then an honorific
        # 2-char names end at a follower; 3-char names at any clean boundary
        if (
            n == lengths[0]
            and e < len(text)
            and is_han(text[e])
            and not clean_end(text, e, strong=False)
            # 张三到…: no name holds 到, so it ends here (but 王敏和，: 和 before punctuation joins nothing)
            and (text[e] not in _NON_NAME_CHARS or text[e] == "和" and _CLAUSE_PUNCT(text, e + 1))
            # 外交部长王毅同法国外长通电话: 同 before a state's name is the preposition, the name ends
            and not (text[e] == "同" and states_pattern().match(text, e + 1) is not None)
        ):
            continue
        if n == lengths[0] or clean_end(text, e):
            # 主任何时到场, 书记白天走访, 村支书常年在外: a time word, pronoun,
            # adverb or conjunction whose first char is a surname is no name
            if n == lengths[0] and text[e : e + 1] in _NON_NAME_CHARS and follower_at(text, e - 1) > 1:
                return None  # 省长应利|用: the last char opens a verb (利用), the name is no name
            if function_word(text, s, e):
                return None
            # (书记安排|部署: a verb word is no name, unless a date follows it:
            # 镇长付强|20日, where jieba's 付强 v is the name)
            return None if verb_word(text[s:e]) and not text[e : e + 1].isdigit() and not _verb_word_named(text, s, e) else e
    return _READ_ON


def _list_item_four(text: str, s: int) -> int | None:
    """End of a 4-char name closing a list item (Vietnamese 裴氏明怀、阮唯玉…), or None."""
    e = s + 4
    if e < len(text) and text[e] in "、等" and all_han(text[s:e]):
        if _plausible(text[s:e]) and not follower_at(text, e - 1):
            return e
    return None


def _married_four(text: str, s: int, single: frozenset[str]) -> int | None:
    """End of a married woman's name in Hong Kong: her husband's surname before her own
    (葉劉淑儀, 議員葉劉淑儀周四…), tried before the 3-char fallback, which would cut it short."""
    e = s + 4
    if (
        text[s + 1 : s + 2] in single
        and e <= len(text)
        and all_han(text[s:e])
        and _plausible(text[s:e])
        and (
            e == len(text)
            or not is_han(text[e])
            or follower_at(text, e) > 1
            or text[e] in "说称指"  # (议员叶刘淑仪说: a one-char speech verb)
            or text.count(text[s:e]) > 1
            # (局长陈黄淑仪今早…: a time word after her; …陈黄说: the press's
            # short form, the two surnames alone, names her again)
            or text.startswith(_TIMES_AFTER_NAME, e)
            or text.count(text[s : s + 2]) > text.count(text[s : s + 3])
            and opens_predicate(text, e)  # (not 张华作开|班: the short form may be a 2-char name)
        )
        and not word_not_name(text, s, e)  # (总统来华访问: a dictionary word is no name)
        and not is_common_word(text[s + 2 : e])  # (副主任鄂承|共谋: her own given name is no word)
        and not idiom_at(text, s + 2)  # (主任鲁安|信誓旦旦: a given name opens no idiom)
        # (党主席柯文哲|合作，twice: the fourth char opens a word of the predicate)
        and not (e < len(text) and is_word(text[e - 1 : e + 1]) and dict_tags(text[e - 1 : e + 1])[0][1][:1] == "v")
    ):
        return e
    return None


def _unclosed_end(text: str, s: int, surname: int) -> int | None:
    """End of a surname-list name no boundary closes: a 3-char name the article repeats, the
    dictionary's cut of what follows, the tagger's name, the tagger's tokens; or None."""
    e = s + surname + 2
    cand = text[s:e]
    if e <= len(text) and all_han(cand) and _plausible(cand):
        # (总统来华访问: a repeated 3-char run cutting a word is no name)
        # (张三参观…张三参观: the third char opens a word of the predicate)
        repeated = text.count(cand) > 1 and not word_not_name(text, s, e) and single_char_token(text, e - 1)
        if repeated:
            return e
    # the dictionary's reading of what follows before the tagger's, whose
    # HMM glues a name's last char to the next one (索林同|企业)
    de = _dict_end(text, s, surname)
    if de is not None:
        return de
    if e <= len(text) and all(is_han(c) for c in cand) and _plausible(cand) and tagged_name(text, s, e):
        return e
    return _tagged_end(text, s, surname)


def _outside_list_end(text: str, s: int, surname: int) -> int | None:
    """End of a transliterated name, or of a name outside the surname list (Tibetan, Mongolian:
    尕玛才仁, 罗布次仁) that a verb of the news or a comma closing the list item follows; or None."""
    fe = foreign_end(text, s)
    if fe is not None:
        return fe
    for n in (4,) if surname else (2, 3, 4):
        e = s + n
        cand = text[s:e]
        if e <= len(text) and all_han(cand) and _plausible(cand) and cand[-1] not in ORG_END:
            if not surname and _opens_with_predicate(cand):
                break  # (区议员|辞职后，: a verb, not a name outside the surname list)
            if (
                not surname
                and n == 2
                and e < len(text)
                and follower_at(text, e) < 2
                and cand[0] not in TRANSLIT
                and cand not in TIBETAN
            ):
                # (统战部部长|换人，: two characters outside the surname list, closed by a comma
                # alone, that are no transliteration's nor a Tibetan name's are the clause's
                # predicate, whatever the tagger's nrt says; a rare surname's name has a verb of
                # the news after it, 杲云|分别前往)
                break
            if surname and cand[-1] in _VERB_AFTER_THREE and _plausible(cand[:3]) and follower_at(text, e) > 1:
                # 代主席黄美琪作|三次提醒: a one-char verb after a 3-char name, its object after it
                # (the 4-char reading is for names of two words, 麻生太郎)
                return e - 1
            if e < len(text) and (follower_at(text, e) > 1 or (n < 4 and text[e] in "，、")):
                # 牢记总书记嘱托, 美国总统大选: a dictionary word, or part of one,
                # is no name outside the surname list; with a surname, four
                # characters that are two words, the second a verb or adverb, are a
                # clause (行政长官|应否|继续|出任), no name (麻生|太郎 n is one)
                if surname and not (is_common_word(cand[:2]) and clause_word(cand[2:])):
                    return e
                if not surname and not word_not_name(text, s, e):
                    return e
    return None


def _verb_word_named(text: str, s: int, e: int) -> bool:
    """Is a two-character verb word after a post (付强 v) a name all the same: a surname of the
    list, then a verb of attending or speaking at once (副市长付强出席, 局长付强指出)?  A verb
    of the predicate stands before another verb rarely, and one that is itself a follower of
    the news (强调, 重申) or makes one word with what follows (安排部署) never counts."""
    return (
        e - s == 2
        and text[s] in name_lexicons()[0]
        and text.startswith(_NAMED_BEFORE, e)
        and not follower_at(text, s)
        and text[s + 1] not in _NON_NAME_CHARS
        and not is_word(text[s : e + 2])
        and text[s:e] not in _VERBS_BEFORE_VERBS
    )


# verbs that take a verb of attending as their object (县长安排出席…的人员, 书记计划主持…, 市长同意出席):
# the predicate's first verb, whatever surname their first character is
_VERBS_BEFORE_VERBS = frozenset(
    ("安排", "计划", "决定", "同意", "准备", "继续", "负责", "坚持", "邀请", "要求", "组织", "带领", "拒绝", "参与", "受邀", "开始", "争取", "申请", "习惯", "经常", "常常", "时常", "谢绝")
)


# the verbs of attending and speaking that, right after a verb word read at a post, make it a name
_NAMED_BEFORE = ("出席", "主持", "参加", "陪同", "致辞", "讲话", "指出", "表示", "强调", "介绍", "宣布", "宣读", "带队", "率队")


def _opens_with_predicate(cand: str) -> bool:
    """Does ``cand`` open with a dictionary word of two or more characters that
    is a verb, adverb, time or function word (辞职|后, 目前)?  Names outside the
    surname list open with a name or place token (尕玛 ns, 罗布 nr)."""
    toks = dict_tags(cand)
    return bool(toks) and len(toks[0][0]) > 1 and toks[0][1].startswith(("v", "d", "p", "c", "t", "m", "r", "f", "u"))


# Last characters of buildings, places and bodies written with a dot
# (洛克·荣府大楼, 众安·美丰大楼): never of a minority or foreign name.
_NOT_NAME_LAST = frozenset("楼厦馆园店场苑城港湾府路街") | ORG_END

# the Hong Kong press's times of day after a name (林郑月娥今早见记者)
_HK_TIMES = ("今早", "今晨", "今午", "今晚", "昨晚", "昨日", "今日", "早前", "日前")
_TIMES_AFTER_NAME = GLUED + _HK_TIMES
_HONORIFICS = ("女士", "小姐", "先生", "老师", "师傅", "阿姨", "大爷", "总", "某", "老", "姓")


def is_honorific(text: str, s: int, surname: int) -> bool:
    """``陈女士``, ``方总``, ``祝某某`` name nobody: the given name is missing.  (``刘老三``,
    ``王老五`` do: 老 and a birth-order numeral are the informal name a village knows one by.)"""
    g = s + surname
    return text.startswith(_HONORIFICS, g) and not (text[g : g + 1] == "老" and text[g + 1 : g + 2] in _BIRTH_ORDER)


# the numerals of a birth order after 老 (刘老三, 王老五), a name rather than the honorific 老
_BIRTH_ORDER = frozenset("二三四五六七八九十幺")


# Tags of the word after a name: the predicate (verbs, adverbs, prepositions,
# numerals, conjunctions, idioms, time words), never a part of the name.
_PREDICATE_TAGS = ("v", "d", "p", "m", "c", "l", "i", "t", "u", "r", "ad", "f")
# Tags of a given name split off its surname by the tagger (朱|志强 nrfg, 陆|舜尧 n)
_GIVEN_TAGS = ("nr", "n", "ns", "nz", "a", "ng")


def _tagged_end(text: str, s: int, surname: int) -> int | None:
    """End of a 2-3 char name after a post, read from jieba's tokens when no
    follower word closes it (副局长朱志强负有…, 会长杨斌拿起…, 副会长孟海东作客…):
    the name is one person-name token, or the surname and a two-char token,
    and the next token opens a predicate."""
    toks = hmm_tags(text[s : s + 8])
    if len(toks) < 2:
        return None
    (w0, t0), (w1, t1) = toks[0], toks[1]
    if len(w0) == surname and t0.startswith("nr") and len(w1) == 2 and t1.startswith(_GIVEN_TAGS) and len(toks) > 2:
        n, nxt = surname + 2, toks[2]  # 朱|志强|负有
    elif len(w0) in (surname + 1, surname + 2) and t0.startswith("nr"):
        n, nxt = len(w0), toks[1]  # 杨斌|拿
    else:
        return None
    cand = text[s : s + n]
    if not all_han(cand) or not _plausible(cand) or cand[-1] in ORG_END:
        return None
    return s + n if nxt[1].startswith(_PREDICATE_TAGS) else None


def _CLAUSE_PUNCT(text: str, i: int) -> bool:
    return i >= len(text) or text[i] in "，,。、；;：:！？)）"


def _dict_end(text: str, s: int, surname: int) -> int | None:
    """End of a 2-3 char name after a post where no follower word closes it,
    from the dictionary's cut of what follows each candidate end: a predicate
    after three characters (李海平|顶着烈日, 马云龙|充分肯定, 宋志江|作表态发言),
    else after two (郭塨|冒雨察看, 陶宇|共谋, 索林|同企业).  A dictionary word
    opening at the surname must be a name (李德 nr), never 项目, 马上, 常年."""
    from .titles import lexicon

    toks = dict_tags(text[s : s + surname + 3])
    if not toks:
        return None
    w0, t0 = toks[0]
    if len(w0) > surname and not t0.startswith("nr"):
        return None
    ends = {}
    for n in (surname + 2, surname + 1):
        e = s + n
        cand = text[s:e]
        if e > len(text) or not all(is_han(c) for c in cand) or cand[-1] in ORG_END or n < len(w0):
            continue
        opener = n == surname + 2 and cand[surname] in _GIVEN_FIRST_OK  # 程向民|主持
        if not (_plausible(cand) or opener and _plausible(cand[:surname] + cand[surname + 1 :])):
            continue
        given = dict_tags(cand[surname:])
        if len(given) == 1 and given[0][1] in _NOT_GIVEN_TAGS:
            continue  # (书记|近日, 主任|多次: a word of time or degree, no given name)
        if len(given) == 1 and len(given[0][0]) == 2 and given[0][1].startswith("v") and t0.startswith("v"):
            continue  # (…长来|保证, 应|担当: a verb char and a verb, no surname and given name)
        # (主席李绍鸿|教授: a post after the name is the rules' own business)
        ends[n] = opens_predicate(text, e) and not lexicon().pattern.match(text, e)
    three, two = ends.get(surname + 2), ends.get(surname + 1)
    if two and text[s + surname + 1] in COVERBS and not three:
        return s + surname + 1
    if three and not (two and text[s + surname + 1] in COVERBS):
        e = s + surname + 2
    elif two:
        e = s + surname + 1
    else:
        return None
    return None if function_word(text, s, e) else e


def predicate_end(text: str, s: int) -> int | None:
    """End of a surname-list name at ``s`` that a predicate closes
    (``_dict_end``), for weak posts with a body of their own, whose strict
    reading wants a follower word (温泉村党支部委员张慧敏|叮嘱…)."""
    if s >= len(text) or follower_at(text, s) or text[s] in _NON_NAME_CHARS:
        return None
    single, double, _, _ = name_lexicons()
    surname = 2 if text[s : s + 2] in double else 1 if text[s] in single else 0
    if not surname or is_honorific(text, s, surname):
        return None
    return _dict_end(text, s, surname)


# Tags of tokens never a given name on their own
_NOT_GIVEN_TAGS = frozenset(("f", "p", "c", "u", "uj", "ul", "r", "d", "m", "q", "t", "y", "e", "o", "ad"))


def name_filling(text: str, e: int, *, strict: bool = False) -> int | None:
    """Start of a name that fills the run of Han characters ending at ``e``,
    the run opening after punctuation, a space or the text's start
    (``。倪向军（副区长）``, ``，向东（县政协主席）``, ``沈山州（区长）``): there the
    left edge is given, so given-name characters that are also function words
    or place ends (向, 和, 州) need no other proof."""
    single, double, _, _ = name_lexicons()
    s = e
    while s > 0 and is_han(text[s - 1]) and e - s < 5:
        s -= 1
    if s > 0 and is_han(text[s - 1]):
        return None
    cand = text[s:e]
    sur = 2 if cand[:2] in double else 1 if cand[:1] in single else 0
    if not sur or not sur + 1 <= len(cand) <= sur + 2 or cand in NOT_NAMES or is_honorific(text, s, sur):
        return None
    if cand[-1] in ORG_END and cand[-1] not in _NAME_LAST_OK or is_word(cand):
        return None  # (市政府（…）, 同时（…）: a body or a word)
    if strict:
        # before a post or 同志 (no bracket): the plain characters of a name, and
        # no word of another kind inside (，从当副县长起, 应台湾总统)
        if not _plausible(cand) or follower_at(text, s):
            return None
        if any(len(w) > 1 and (t in _NOT_GIVEN_TAGS or t.startswith(("v", "ns"))) for w, t in dict_tags(cand[sur:])):
            return None  # (a given name may be a noun, 海峰 n, never a verb or a place)
        if any(len(w) > sur and not t.startswith("nr") for w, t in dict_tags(cand)[:1]):
            return None
    return s


def name_before(text: str, e: int) -> int | None:
    """Start of a name ending at ``e`` (before a post, 同志 or a bracket), or None.

    Used where the left edge has no boundary (``贯彻习近平总书记``): the last
    2-3 Han characters whose first is a surname, preferring 3; a 2-character
    name needs a boundary before it.
    """
    single, double, _, _ = name_lexicons()
    for n in (3, 2, 4):
        s = e - n
        if s < 0:
            continue
        cand = text[s:e]
        if not all_han(cand) or not _plausible(cand) or cand[-1] in ORG_END:
            continue
        if n == 4 and cand[:2] not in double:
            continue
        if n < 4 and cand[0] not in single and cand[:2] not in double:
            continue
        if n == 2 and s > 0 and is_han(text[s - 1]) and text[s - 1] not in _NON_NAME_CHARS:
            continue
        return s
    return None


_SPEECH_AFTER_NAME = re.compile(r"(?:说|表示|认为|指出|强调|介绍|透露|坦言|称|告诉|建议|解释|回忆|笑言|直言)")


def speech_names(text: str) -> list[tuple[int, int]]:
    """Names confirmed by a speech verb alone (``叶老桂认为``), for recall on
    people without a title; officials never rest on this signal alone."""
    out = []
    for m in _SPEECH_AFTER_NAME.finditer(text):
        e = m.start()
        s = name_before(text, e)
        if s is None:
            continue
        if (s == 0 or not is_han(text[s - 1]) or text[s - 1] in _NON_NAME_CHARS) or tagged_name(text, s, e):
            out.append((s, e))
    return out
