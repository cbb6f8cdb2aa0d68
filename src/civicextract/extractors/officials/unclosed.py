"""Names after a post that no follower word or clean end closes.

A three-character run the article repeats, the dictionary's cut of what follows
(``_dict_end``: 李海平|顶着烈日), jieba's person-name tokens (``_tagged_end``:
朱|志强|负有), and names outside the surname list (transliterations, Tibetan and
Mongolian names: 尕玛才仁) that a verb of the news or a list's comma closes.
``predicate_end`` gives weak posts the dictionary's reading.
"""

from __future__ import annotations

from .edges import ORG_END, all_han, follower_at, is_han
from .foreign import TIBETAN, TRANSLIT, foreign_end
from .namechars import (
    GIVEN_FIRST_OK,
    NON_NAME_CHARS,
    NOT_GIVEN_TAGS,
    VERB_AFTER_THREE,
    is_honorific,
    plausible_chars,
    surname_length,
)
from .tagging import (
    COVERBS,
    clause_word,
    dict_tags,
    function_word,
    hmm_tags,
    is_common_word,
    opens_predicate,
    single_char_token,
    tagged_name,
    word_not_name,
)


def unclosed_end(text: str, s: int, surname: int) -> int | None:
    """End of a surname-list name no boundary closes: a 3-char name the article repeats, the
    dictionary's cut of what follows, the tagger's name, the tagger's tokens; or None."""
    e = s + surname + 2
    cand = text[s:e]
    if e <= len(text) and all_han(cand) and plausible_chars(cand):
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
    if e <= len(text) and all(is_han(c) for c in cand) and plausible_chars(cand) and tagged_name(text, s, e):
        return e
    return _tagged_end(text, s, surname)


def outside_list_end(text: str, s: int, surname: int) -> int | None:
    """End of a transliterated name, or of a name outside the surname list (Tibetan, Mongolian:
    尕玛才仁, 罗布次仁) that a verb of the news or a comma closing the list item follows; or None."""
    fe = foreign_end(text, s)
    if fe is not None:
        return fe
    for n in (4,) if surname else (2, 3, 4):
        e = s + n
        cand = text[s:e]
        if e <= len(text) and all_han(cand) and plausible_chars(cand) and cand[-1] not in ORG_END:
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
            if surname and cand[-1] in VERB_AFTER_THREE and plausible_chars(cand[:3]) and follower_at(text, e) > 1:
                # 代主席黄美琪作|三次提醒: a one-char verb after a 3-char name, its object after it
                # (the 4-char reading is for names of two words, 麻生太郎)
                return e - 1
            if e < len(text) and (follower_at(text, e) > 1 or (n < 4 and text[e] in "，、")):
                # 牢记总书记嘱托, 美国总统大选: a dictionary word, or part of one,
                # is no name outside the surname list; with a surname, four
                # characters that are two words, the second a verb or adverb, are a
                # clause (行政长官|应否|继续|出任), no name (麻生|太郎 n is one)
                # (特首施政报告|提出: one common word of four characters is no name either)
                if surname and not (is_common_word(cand[:2]) and clause_word(cand[2:])) and not is_common_word(cand):
                    return e
                if not surname and not word_not_name(text, s, e):
                    return e
    return None


def _opens_with_predicate(cand: str) -> bool:
    """Does ``cand`` open with a dictionary word of two or more characters that
    is a verb, adverb, time or function word (辞职|后, 目前)?  Names outside the
    surname list open with a name or place token (尕玛 ns, 罗布 nr)."""
    toks = dict_tags(cand)
    return bool(toks) and len(toks[0][0]) > 1 and toks[0][1].startswith(("v", "d", "p", "c", "t", "m", "r", "f", "u"))


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
    if not all_han(cand) or not plausible_chars(cand) or cand[-1] in ORG_END:
        return None
    return s + n if nxt[1].startswith(_PREDICATE_TAGS) else None


def _dict_end(text: str, s: int, surname: int) -> int | None:
    """End of a 2-3 char name after a post where no follower word closes it,
    from the dictionary's cut of what follows each candidate end: a predicate
    after three characters (李海平|顶着烈日, 马云龙|充分肯定, 宋志江|作表态发言),
    else after two (郭塨|冒雨察看, 陶宇|共谋, 索林|同企业).  A dictionary word
    opening at the surname must be a name (李德 nr), never 项目, 马上, 常年."""
    from .posts import lexicon

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
        opener = n == surname + 2 and cand[surname] in GIVEN_FIRST_OK  # 程向民|主持
        if not (plausible_chars(cand) or opener and plausible_chars(cand[:surname] + cand[surname + 1 :])):
            continue
        given = dict_tags(cand[surname:])
        if len(given) == 1 and given[0][1] in NOT_GIVEN_TAGS:
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
    if s >= len(text) or follower_at(text, s) or text[s] in NON_NAME_CHARS:
        return None
    surname = surname_length(text, s)
    if not surname or is_honorific(text, s, surname):
        return None
    return _dict_end(text, s, surname)
