"""The readings of a name right after a post, tried in turn (``read_name_after``).

A dotted minority name, two Tibetan name elements, a long transliteration, a
surname-list name that 和 or a clean end closes at two or three characters, four
characters (a list item, a married woman's name); what no boundary closes is read
by ``unclosed``.  ``names.name_after`` asks this after its own questions about the
context (a minority name without a dot, a weekday, a function word as surname).
A reading's None is an answer (no name at ``s``); ``_READ_ON`` says "no answer
here, try the next reading".
"""

from __future__ import annotations

import re

from ..meta import name_lexicons
from . import edges as _edges
from .boundary import learned_end
from .edges import DOTS, ORG_END, all_han, clean_end, follower_at, is_han
from .foreign import GLUED, TIBETAN, foreign_end, minority_end
from .namechars import (
    GIVEN_FIRST_OK,
    NAME_LAST_OK,
    NON_NAME_CHARS,
    NOUN_SURNAMES,
    is_honorific,
    plausible_chars,
    surname_length,
)
from .posts import lexicon
from .states import states_pattern
from .tagging import (
    dict_tags,
    function_word,
    idiom_at,
    is_common_word,
    is_word,
    opens_predicate,
    verb_word,
    word_not_name,
)
from .unclosed import outside_list_end, unclosed_end

# bound by assignment, not imported by name: its method is called below (tests/test_method_calls.py)
DOT_SET = _edges.DOT_SET

_MINORITY = re.compile(r"[\u4e00-\u9fff]{1,10}(?:[·•‧・][\u4e00-\u9fff]{1,10})+")


def read_name_after(text: str, s: int, *, strict: bool = False, learned: bool = True) -> int | None:
    """End of the name at ``s`` after a post, its readings tried in turn: a dotted minority name,
    two Tibetan elements, a long transliteration, a surname-list name that a clean end closes at
    two or three characters, one that 和 joins to the next, four characters (a list item, a
    married woman's name), an unclosed surname-list name, and a name outside the surname list;
    last, where none of them reads a surname-list name, the learned boundary (``boundary``), unless
    ``learned`` is False."""
    dotted = _dotted_end(text, s)
    if dotted is not None:
        return None if text[dotted - 1] in _NOT_NAME_LAST else dotted
    if text[s : s + 2] in TIBETAN and text[s + 2 : s + 4] in TIBETAN:
        return s + 4  # 州长罗布顿珠, 县委书记格桑旺堆: two Tibetan name elements, whatever the surname list says
    single = name_lexicons()[0]
    if not strict and (fe := _long_foreign_end(text, s, single)) is not None:
        return fe  # 俄罗斯总统梅德韦杰夫当天…, not 梅德韦
    surname = surname_length(text, s)
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
    if surname and not strict and (e := unclosed_end(text, s, surname)) is not None:
        return e
    if not strict:
        e = outside_list_end(text, s, surname)
        # an unseen predicate closes nothing (市委书记王忠昆拿起话筒): the model weighs the lengths
        return learned_end(text, s, surname) if e is None and surname and learned else e
    return None


# a stage's "no answer here, read on" (its None is an answer: no name at ``s``)
_READ_ON = -1


def _dotted_end(text: str, s: int) -> int | None:
    """End of a minority name written with a dot (叶尔夏提·吐尔逊拜) at ``s``, or None."""
    w = text[s + 1 : s + 11]  # (where _MINORITY's dot must stand: most names hold none, no regex then)
    m = None if DOT_SET.isdisjoint(w) else _MINORITY.match(text, s)
    if m:
        dot = min(i for i in (text.find(d, s, m.end()) for d in DOTS) if i >= 0)
        # 杲云分别前往众安·美丰大楼: a verb before the dot, or a building
        # after it, is no minority name (叶尔夏提·吐尔逊拜)
        if dot - s <= 7 and not any(follower_at(text, i) > 1 for i in range(s, dot)):
            if _post_before_dot(text, s, dot):
                return None  # (总统卫队长阿卜杜拉赫曼·某某: the guard's 队长 is a post, the name after it)
            return minority_end(text, s, m.end())
    return None


def _post_before_dot(text: str, s: int, dot: int) -> bool:
    """Does a post of two or more characters stand between ``s`` and the dot of a dotted name (总统|卫队长阿某·某某)?
    Then the name opens after that post, not at ``s``."""
    return any(m.end() - m.start() >= 2 for m in lexicon().pattern.finditer(text, s, dot))


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
        # (孙丽和县长周强: a post after 和 opens the next person)
        # (副区长魏由和出席: a function character that opens given names, 由 as in 程向民, GIVEN_FIRST_OK)
        given_ok = plausible_chars(text[s : s + surname + 1]) or text[s + surname] in GIVEN_FIRST_OK
        if is_han(text[s + surname]) and given_ok and not lexicon().pattern.match(text, e):
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
        if not plausible_chars(text[s:e]):
            if n == lengths[0] and text[s] in NOUN_SURNAMES:
                continue  # 区嘉宏及…: a noun-surname's name has three characters, read on
            if n == lengths[1] and text[e - 1] in NAME_LAST_OK and plausible_chars(text[s : e - 1]):
                # 区长沈山州前往: 州 closes given names as well as places; a
                # verb after the three characters says which
                if e < len(text) and follower_at(text, e) > 1:
                    return e
            if n == lengths[1] and text[e - 1] == "和" and plausible_chars(text[s : e - 1]) and _CLAUSE_PUNCT(text, e):
                return e  # 县长王敏和，: a 和 before punctuation joins nothing, it closes the name
            # 区委书记程向民主持: a function-word char opening the given name
            # (向, 和, 为 …) is allowed in a 3-char name with a follower after it
            if (
                strict
                # (a weak post's list, 市人大常委会委员倪向军、肖辉: three characters that a list's
                # comma closes are a name in strict readings too; not ，: a weak post before a lone
                # name, 收储库前负责人陈为国，, is the checks' business)
                and text[s + surname + 2 : s + surname + 3] != "、"
                or text[s + surname] not in GIVEN_FIRST_OK
                or not plausible_chars(text[s : s + surname] + text[s + surname + 1 : e])
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
            and (text[e] not in NON_NAME_CHARS or text[e] == "和" and _CLAUSE_PUNCT(text, e + 1))
            # 外交部长王毅同法国外长通电话: 同 before a state's name is the preposition, the name ends
            and not (text[e] == "同" and states_pattern().match(text, e + 1) is not None)
        ):
            continue
        if n == lengths[0] or clean_end(text, e):
            # 主任何时到场, 书记白天走访, 村支书常年在外: a time word, pronoun,
            # adverb or conjunction whose first char is a surname is no name
            if n == lengths[0] and text[e : e + 1] in NON_NAME_CHARS and follower_at(text, e - 1) > 1:
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
        if plausible_chars(text[s:e]) and not follower_at(text, e - 1):
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
        and plausible_chars(text[s:e])
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
        and text[s + 1] not in NON_NAME_CHARS
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


# Last characters of buildings, places and bodies written with a dot
# (洛克·荣府大楼, 众安·美丰大楼): never of a minority or foreign name.
_NOT_NAME_LAST = frozenset("楼厦馆园店场苑城港湾府路街") | ORG_END

# the Hong Kong press's times of day after a name (林郑月娥今早见记者)
_HK_TIMES = ("今早", "今晨", "今午", "今晚", "昨晚", "昨日", "今日", "早前", "日前")
_TIMES_AFTER_NAME = GLUED + _HK_TIMES


def _CLAUSE_PUNCT(text: str, i: int) -> bool:
    return i >= len(text) or text[i] in "，,。、；;：:！？)）"
