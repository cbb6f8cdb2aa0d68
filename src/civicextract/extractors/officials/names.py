"""Person names right after a post: where the name that a title chain opens ends.

A name is never guessed from its characters alone: the caller has a context
(a title chain just before it, a post or 同志 just after it) and asks where
the name ends.  The surname list (``models/surnames.txt``) and the words that
follow names in news (``出席``, ``表示``, ``、``) decide between 2, 3 and 4
characters; minority names carry ``·`` (``叶尔夏提·吐尔逊拜``).

This module holds the questions asked around the readings: a minority name
without a dot, a weekday or a function word where a surname stands, and the
verb, adverb or post right after the name (``name_after``), and a name that is
also a noun (``noun_name_after_post``).  The readings themselves are in
``readings`` (those a boundary closes) and ``unclosed`` (those none closes);
what characters a name may hold in ``namechars``; names read leftwards from a
post or a speech verb in ``names_before``.  What the readers ask lives in
modules of its own: ``edges`` (followers, Han characters, clean ends),
``tagging`` (jieba's word and tag reading), ``foreign`` (transliterated and
dotted names) and ``states`` (foreign states' names).

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

from ..meta import name_lexicons
from .boundary import learned_end
from .edges import all_han, follower_at, is_han, strong_end
from .foreign import minority_plain_end
from .namechars import NON_NAME_CHARS, plausible_chars
from .readings import read_name_after
from .tagging import (
    dict_tags,
    hmm_tags,
    is_common_word,
    is_word,
    opens_predicate,
    tagged_name,
    word_not_name,
)

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
    if text[s : s + 1] == "时" and follower_at(text, s + 1):
        return None  # Round 29: 会见外国驻华大使时表示, 武官时发表: the conjunction "when" and the predicate
    e = _name_after_post(text, s, strict=strict)
    if e is None and (k := text.find("任", s + 2, s + 4)) >= 0 and _serves_in_role(text, s, k):
        return k  # 委员朱华凌任高级顾问: the name the reader cannot close, then 任 and a role
    if e is not None and e - s in (3, 4) and text[e - 1] == "任" and _serves_as(text, s, e - 1):
        return e - 1  # 县长李明任副组长: the verb 任 and a post after the name, no part of it
    if e is not None and e - s == 3 and text[e - 1] in "作做" and text.startswith(_MADE, e) and plausible_chars(text[s : e - 1]):
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
    from .posts import lexicon

    single, double, _, _ = name_lexicons()
    if not (text[s] in single or text[s : s + 2] in double) or not all_han(text[s:e]) or not plausible_chars(text[s:e]):
        return False
    m = lexicon().pattern.search(text, e + 1, e + 9)
    return m is not None and m.start() - e - 1 <= 4 and all_han(text[e + 1 : m.start()]) and m.group() not in _NOT_SERVED


def _serves_in_role(text: str, s: int, e: int) -> bool:
    """Is ``text[s:e]`` a surname-list name and 任 after it the verb of a delegation's or an
    event's role, no post of the lexicon (委员朱华凌任高级顾问, 任团长)?"""
    single, double, _, _ = name_lexicons()
    if not (text[s] in single or text[s : s + 2] in double) or not all_han(text[s:e]) or not plausible_chars(text[s:e]):
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
    from .posts import lexicon

    m = lexicon().pattern.match(text, s + 2)
    return m is not None and m.end() >= e and m.group() in lexicon().official and plausible_chars(text[s : s + 2])


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
    if text[s] == "由" and _HELD_BY.match(text, s):
        return None  # 副组长由李四担任: the preposition of who holds the post, no surname 由 (session 29)
    if follower_at(text, s) or text[s] in NON_NAME_CHARS:
        # 行政长官曾荫权昨日, 副县长于有斌致辞: a surname that is also a
        # function word (曾, 于, 向, 将 …) opens a name only where the tagger
        # reads one (not 书记曾多次表示, 局长于近日表示)
        if follower_at(text, s) > 1 or text[s] not in name_lexicons()[0]:
            return None
        e = None if strict else _function_surname_name(text, s)
        if e is None and text[s] == "于":
            # 局长于柏生作述职报告, 委员于振强，: where no rule reads the name of the surname 于, the
            # learned boundary weighs it, unless an object of the preposition 于 follows (boundary);
            # in a strict reading only where punctuation closes it (市领导于萍航、衡晓帆, 委员于振强，)
            e = learned_end(text, s, 1)
            if strict and e is not None and text[e : e + 1] not in "、，。；":
                e = None
        return e
    return read_name_after(text, s, strict=strict)


# 由 after a post, then who holds it and the verb of holding in the same clause (副组长由副县长李明华担任)
_HELD_BY = re.compile(r"由[^，。；：、,;:\n]{1,14}?(?:担任|兼任|出任|接任|代理)")


def _function_surname_name(text: str, s: int) -> int | None:
    """End of a name whose surname is also a function word (于, 曾, 向 …) by the rules, or None."""
    # (the learned boundary would read any surname here: 王 stands in for a function word)
    e = read_name_after(text[:s] + "王" + text[s + 1 :], s, learned=False)
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


def _two_char_function_surname(text: str, s: int, e: int) -> bool:
    """A two-character name whose surname is also a function word (于洋, 曾强):
    a follower of the news closes it at once, its given name opens none and is
    no function character, and the pair is no word (于是, 曾经, 向来, 将近)."""
    return (
        follower_at(text, e) > 0
        and strong_end(text, e)
        and not follower_at(text, s + 1)
        and text[s + 1] not in NON_NAME_CHARS
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
    if text[s + 2] in NON_NAME_CHARS:
        return False
    return strong_end(text, s + 3)
