"""Posts: the lexicon of ``models/posts.txt`` and every post a text holds.

One compiled pattern over the posts finds them all (``find_posts``: the anchors
of officials extraction); a ``Post`` is one match with the rank before it (常务,
第一, 副) and its class (official, weak, other).  ``chain_posts`` remembers the
posts of the short strings chains and their segments are; ``base_post`` is the
post a short reference (李市长) uses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from ...regexrun import pair_dispatched_alternation
from ...resources import data_lines


class Post(NamedTuple):  # a tuple: built for every post match, so cheap to make
    start: int
    end: int
    text: str
    official: bool
    weak: bool


@dataclass(frozen=True)
class Lexicon:
    pattern: re.Pattern[str]
    official: frozenset[str]
    weak: frozenset[str]
    other: frozenset[str]
    not_public: tuple[str, ...]
    public: tuple[str, ...]
    sub_units: tuple[str, ...]
    bodies: re.Pattern[str]  # public exceptions first, then not-public markers
    public_set: frozenset[str]  # ``public`` as a set (one call tests a list of bodies)


def _lines(name: str) -> list[str]:
    return [x.strip() for x in data_lines(name)]


# prefecture-level cities and a province whose names end in 州 (their heads are 市长 / 省长, never 州长)
_CITY_ZHOU = "福|广|杭|湖|徐|郑|苏|温|兰|贵|常|泉|漳|滁|池|宿|亳|梧|钦|柳|赣|抚|台|衢|扬|泰|惠|潮|梅|德|沧|锦|荆|随|达|泸"


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    official, weak, other = set(), set(), set()
    for line in _lines("posts.txt"):
        if line.startswith("~"):
            weak.add(line[1:])
        elif line.startswith("-"):
            other.add(line[1:])
        else:
            official.add(line)
    not_public: list[str] = []
    public: list[str] = []
    sub_units: list[str] = []
    for line in _lines("org_suffixes.txt"):
        {"-": not_public, "+": public, "=": sub_units}[line[0]].append(line[1:])
    words = sorted(official | weak | other, key=len, reverse=True)
    # 常务副市长, 第一副书记; a post never runs on into a body name (常委会,
    # 委员会, 书记处, 主席团, 大使馆 (Round 29); but 主席会见/会晤/会谈/会同 is the post and a verb)
    # and a 长 never starts a word (城市长效, 社区长期).
    # (常务/副 are added by find_posts, looking back: an optional prefix here
    # would stop the regex engine from skipping ahead to a post's first char)
    # The tree is entered by a class of the posts' first characters, which the
    # engine skips to, and the second character's branch (regexrun's
    # pair_dispatched_alternation: the same matches as the plain tree behind a
    # two-character look-ahead, the form before session 27, in four fifths of
    # the instructions).
    pattern = re.compile(
        rf"{pair_dispatched_alternation(words)}"  # (two_char_ahead(words) + trie_alternation(words), faster)
        rf"(?![团处级台馆]|会(?!见|晤|谈|同)|(?<=长)(?:期(?!间)|[效远久足大城沙廊治度达短河株]))"
        # a city's 州 before a place opening with 长 (福州长乐, 湖州长兴, 贵州长顺): a city has a 市长, no 州长
        rf"(?<!(?:{_CITY_ZHOU})州长)"
    )
    return Lexicon(
        pattern=pattern,
        official=frozenset(official),
        weak=frozenset(weak),
        other=frozenset(other),
        not_public=tuple(not_public),
        public=tuple(public),
        sub_units=tuple(sub_units),
        bodies=re.compile("|".join(map(re.escape, sorted(public, key=len, reverse=True) + not_public))),
        public_set=frozenset(public),
    )


def base_post(post: str) -> str:
    """``常务副市长`` -> ``市长``: the post a short reference (``李市长``) uses."""
    if post[:1] not in _RANK_FIRSTS:
        return post  # (most posts: no rank before them)
    for m in ("常务", "第一", "执行"):
        post = post.removeprefix(m)
    return post.removeprefix("副")


def find_posts(text: str) -> list[Post]:
    lex = lexicon()
    other, weak = lex.other, lex.weak
    out = []
    for m in lex.pattern.finditer(text):
        word = m.group()
        s, e = m.span()
        if word[-1] == "委" and text[e : e + 1] == "员":
            continue  # (独立委员会: Taiwan's 立委 read inside 委员会, no post; the name after it was 员会)
        if text[s - 1 : s] in _BEFORE_POST_LAST:  # (most posts: no 副 nor rank before them, one lookup)
            if s > 0 and text[s - 1] == "副":
                s -= 1
            if s > 1 and text[s - 2 : s] in _RANKS:
                s -= 2
        # (Post(...) itself goes through a Python-level __new__: a frame per post)
        out.append(_tuple_new(Post, (s, e, text[s:e], word not in other, word in weak)))
    return out


_tuple_new = tuple.__new__


_RANKS = frozenset(("常务", "第一", "执行"))
# the last characters of 副 and the ranks: where none stands before a post, find_posts adds neither
# (a slice before the text's start is empty, and "" is none of them)
_BEFORE_POST_LAST = frozenset("副务一行")
# the first characters of the ranks and of 副 (base_post strips nothing from a post opening with none)
_RANK_FIRSTS = frozenset("常第执副")


@lru_cache(maxsize=8192)  # chains and their segments repeat: is_public, organization, has_own_body share them
def chain_posts(chain: str) -> tuple[Post, ...]:
    """``find_posts`` of a chain or a segment of one (short strings), remembered."""
    return tuple(find_posts(chain))
