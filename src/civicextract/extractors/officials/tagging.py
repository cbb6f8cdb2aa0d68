"""What jieba's tagger reads around a candidate name: the word and tag questions.

The name readers (``names``, ``foreign``) and the extractor ask these where the
characters alone cannot decide: is a span one person-name token (``tagged_name``),
one dictionary word that is no name (``tagged_word``, ``is_word``,
``is_common_word``), does it cut a word (``cuts_word``), does a predicate open
after it (``opens_predicate``).  ``dict_tags`` reads on the dictionary alone (no
HMM, which glues a name's last character to the next), ``hmm_tags`` with it; both
tag a few characters' window, cached per window.  Split out of ``names``: one
stage (the tagger's reading), shared by every reader.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from .edges import follower_at, is_han


def idiom_at(text: str, i: int) -> bool:
    """Does a four-character idiom or set phrase open at ``i`` (信誓旦旦, 开宗明义)?  The two
    characters after a 2-char name that would make it a married woman's four are then the
    idiom's head (主任鲁安信誓旦旦地说), never her own given name."""
    toks = hmm_tags(text[i : i + 6])
    return bool(toks) and len(toks[0][0]) >= 4 and toks[0][1] in _IDIOM_TAGS


def tagged_name(text: str, s: int, e: int) -> bool:
    """Does jieba's tagger read ``text[s:e]`` as one person-name token?

    A weak, local signal: only a few characters around the span are tagged
    (rjieba, ~4M chars/s), and only where the surrounding rules are unsure.
    """
    tag = _token_tag(text, s, e)
    return tag is not None and tag.startswith("nr")


def tagged_word(text: str, s: int, e: int) -> bool:
    """Does jieba read ``text[s:e]`` as one dictionary word that is no name
    (``纪检`` j, ``卫生`` n), as opposed to a name (nr) or an unknown token (x)?"""
    tag = _token_tag(text, s, e)
    return tag is not None and not tag.startswith("nr") and tag != "x"


def _window_tokens(text: str, s: int, e: int) -> Iterator[tuple[int, int, str]]:
    """(start, end, tag) of jieba's tokens of ``text[s:e]`` with four characters each
    side, in ``text``'s offsets (tagging a window, not the article)."""
    pos = max(0, s - 4)
    for word, tag in hmm_tags(text[pos : min(len(text), e + 4)]):  # (remembered: windows recur)
        yield pos, pos + len(word), tag
        pos += len(word)


def cuts_word(text: str, s: int, e: int) -> bool:
    """Does ``text[s:e]`` cut a dictionary word, or is it one that is no name
    (金奥社康|陈主任: 社康 is a word; 生前 is a time word)?"""
    return word_not_name(text, s, e)


def word_not_name(text: str, s: int, e: int) -> bool:
    """Is ``text[s:e]`` a dictionary word that is no name (``嘱托`` v), or part
    of a longer word (``大选`` in ``总统大选``)?"""
    for start, end, tag in _window_tokens(text, s, e):
        if start <= s < end:
            if start < s or end > e:
                return True  # the span cuts a word
            return end == e and not tag.startswith("nr") and tag != "x"
    return False


# Single characters that open a predicate after a name as a word of their own
# (索林|同企业代表座谈, 宋志江|作表态发言): a coverb or an adverb
COVERBS = frozenset("同跟把给作对向与为在被将从到于以就也还又都均再亲率带赴")
# Dictionary tags of a word that continues a name rather than following it
_NAME_TAGS = ("nr", "ns", "x")


def opens_predicate(text: str, i: int, *, verb: bool = False) -> bool:
    """Does a predicate open at ``i``: a dictionary word of two or more
    characters that is no name (冒雨, 顶着, 充分肯定, 共谋), or a coverb before
    one (作|表态, 同|企业)?  Read on the dictionary alone (no HMM), which never
    glues the last char of a name to what follows."""
    toks = dict_tags(text[i : i + 8])  # (a 4-char word needs its whole length: 充分肯定)
    if not toks:
        return False
    w, t = toks[0]
    if len(w) == 1 and len(toks) > 1 and toks[1][0] in _ASPECT and t.startswith("v"):
        return True  # 顶|着烈日: a one-char verb and its aspect particle
    if len(w) == 1 and w in COVERBS and len(toks) > 1 and not verb:
        w, t = toks[1]
    if len(w) < 2 or not all(is_han(c) for c in w):
        return False
    if verb:  # (李明和|群众一起: after 和, only a verb says the 和 is the name's)
        return t.startswith(("v", "d", "l", "i", "ad"))
    # (充分肯定 nz; 上有|一个 m, 来|之前 f: numbers and places are no predicate)
    return not t.startswith(_NAME_TAGS + ("m", "q", "f", "u")) and not (t == "nz" and len(w) < 3)


_ASPECT = frozenset("着了过")


def modifier_word(text: str, i: int) -> bool:
    """Is ``text[i:i+2]`` a dictionary adjective or adverb (习近平主席郑重宣布): after a
    three-character name and its post, the manner of the verb, not a second name."""
    toks = dict_tags(text[i : i + 2])
    return len(toks) == 1 and len(toks[0][0]) == 2 and toks[0][1] in ("a", "ad", "d")


# (cached per window, not per text: a cache keyed on whole articles would hold up to 8192 of them)
@lru_cache(maxsize=8192)
def dict_tags(window: str) -> tuple[tuple[str, str], ...]:
    import rjieba

    return tuple(rjieba.tag(window, False))


def verb_word(s: str) -> bool:
    """A two-char dictionary verb whose first char is a surname (书记安排|部署):
    the predicate, not a name.  (Adverbs are function_word's: 检察长高远|出席
    is a name by the dictionary's adverb 高远.)"""
    toks = dict_tags(s)
    return len(s) == 2 and len(toks) == 1 and toks[0][1].startswith("v")


def is_common_word(s: str) -> bool:
    """One dictionary word that is no name nor place (安排 v; 普京 ns is not)."""
    toks = dict_tags(s)
    return len(toks) == 1 and not toks[0][1].startswith(("nr", "ns", "nz", "x"))


def clause_word(s: str) -> bool:
    """One dictionary word that is a verb, adverb, preposition, conjunction or pronoun (继续 v)."""
    toks = dict_tags(s)
    return len(toks) == 1 and toks[0][1][:1] in ("v", "d", "p", "c", "r")


def is_word(s: str) -> bool:
    """Is ``s`` on its own one dictionary word that is no name (近日 t, 多次 m)?
    (The dictionary alone: the HMM makes a word of any two chars, 诚健 a.)"""
    toks = dict_tags(s)
    return len(toks) == 1 and not toks[0][1].startswith("nr") and toks[0][1] != "x"


@lru_cache(maxsize=8192)  # the same name and context recur within and across articles
def hmm_tags(window: str) -> tuple[tuple[str, str], ...]:
    import rjieba

    return tuple(rjieba.tag(window))


_FUNCTION_TAGS = frozenset(("t", "r", "c", "d", "p", "f", "tg", "rr", "rz", "dg"))
# idioms and set phrases, only as four-char words (jieba tags rare names i: 王涌彬)
_IDIOM_TAGS = frozenset(("i", "l"))


def function_word(text: str, s: int, e: int) -> bool:
    """Does jieba read a function word (time, pronoun, conjunction, adverb,
    idiom) at ``s`` covering at least ``text[s:e]``?"""
    toks = hmm_tags(text[s : s + 6])
    if not toks or len(toks[0][0]) < e - s:
        return False
    word, tag = toks[0]
    if word in _ADVERBS_NEVER_NAMES and len(word) == e - s:
        return True  # 发言人连忙强调: an adverb of manner opening with a surname, before a verb of the news too
    if tag in ("d", "dg") and len(word) == e - s and follower_at(text, e) > 1:
        return False  # 检察长高远出席: an adverb by the dictionary, a name before a verb of the news
    return tag in _FUNCTION_TAGS or tag in _IDIOM_TAGS and len(word) >= 4


# adverbs whose first character is a surname, which no name is (the adverbs jieba also reads as
# names, 高远, stay names before a verb of the news)
_ADVERBS_NEVER_NAMES = frozenset(("连忙", "连连", "马上", "常常", "时常", "尚未", "向来", "曾经", "何必"))


def single_char_token(text: str, i: int) -> bool | None:
    """Is the char at ``i`` a word of its own in jieba's reading of the few
    chars from ``i`` (叶刘淑|仪|又称), not the opening of one (张三|参观)?"""
    try:
        import rjieba
    except ImportError:  # pragma: no cover - rjieba is a dependency
        return None
    toks = rjieba.cut(text[i : i + 4])
    return bool(toks) and len(toks[0]) == 1


def _token_tag(text: str, s: int, e: int) -> str | None:
    """The tag of the token that is exactly ``text[s:e]``, tagging a few characters around it."""
    for start, end, tag in _window_tokens(text, s, e):
        if start == s:
            return tag if end == e else None
        if end > s:
            return None
    return None
