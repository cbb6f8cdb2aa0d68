"""Where a name after a post ends when no rule closes it: a learned choice between its lengths.

The readers (``readings``, ``unclosed``) close a surname-list name at a follower word of the
news (出席, 表示), a clean end, the dictionary's cut or jieba's name token.  A predicate they have
never seen (市委书记王忠昆拿起话筒, 镇长马云龙多方协调资金, 区长沈山州召集…) closes nothing, and
the official was lost: predicates are an open class, as names are.  There the name's lengths
(surname plus one, two or three characters) are scored by a logistic regression over the
characters at each boundary and jieba's reading of them (``boundary_features``), trained on the
names of CLUENER2020 and of the dev and fit gold (``python -m civicextract.train names``; data
card ``models/name_boundary.md``).  The best length is taken when the model gives it at least
``THRESHOLD`` and its characters can make a name (``plausible_chars``); otherwise no name, as
before.  The model never overrides a reading the rules made.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from functools import lru_cache

from ...resources import model_path
from .edges import is_han
from .namechars import GIVEN_FIRST_OK, plausible_chars
from .tagging import dict_tags, hmm_tags

MODEL_FILE = "name_boundary.json"
FORMAT = 1
THRESHOLD = 0.5


def candidate_ends(text: str, s: int, surname: int) -> list[int]:
    """The ends of a name of the surname and one to three Han characters at ``s``."""
    ends = []
    for n in (1, 2, 3):
        e = s + surname + n
        if e > len(text) or not is_han(text[e - 1]):
            break
        ends.append(e)
    return ends


def boundary_features(text: str, s: int, e: int, surname: int, after_post: bool = False) -> list[str]:
    """What says that a name at ``s`` ends at ``e``: its length, the characters at the boundary, and
    jieba's reading of the name and of what follows it (each crossed with the length where the
    evidence means different things for two and three characters); ``after_post``: a post ends
    at ``s`` (where the extractor asks, a name is far likelier than at a surname anywhere)."""
    n = e - s
    after = text[e : e + 1] or "$"
    f = [
        f"L={n}",
        *((f"post&L={n}",) if after_post else ()),
        f"last={text[e - 1]}",
        f"after={after}",
        f"after2={text[e : e + 2] or '$'}",
        f"cross={text[e - 1]}{after}",
        f"gfirst={text[s + surname]}",
    ]
    if not is_han(after):
        f.append("after_nonhan")
    if e < len(text):
        word, tag = hmm_tags(text[e : e + 6])[0]
        w = min(len(word), 3)
        f += [f"atag={tag}", f"atag={tag}&L={n}", f"alen={w}", f"alen={w}&L={n}"]
    name_tokens = hmm_tags(text[s:e])
    f.append(f"ntoks={len(name_tokens)}&L={n}")
    if len(name_tokens) == 1:
        f.append(f"ntag1={name_tokens[0][1]}&L={n}")
    # does the tagger, reading on two characters, cut exactly at e; and its first name token's length
    pos, cut_at_e, named = s, False, None
    for word, tag in hmm_tags(text[s : e + 2]):
        pos += len(word)
        cut_at_e = cut_at_e or pos == e
        if named is None and tag.startswith("nr"):
            named = len(word) == n
    f.append(f"tagbound={cut_at_e}&L={n}")
    if named is not None:
        f.append(f"nrtok={named}&L={n}")
    # a name seen in full elsewhere in the article settles its boundary: the span recurs, and
    # wherever it does the same character follows it (贺海|东 five times: the name runs on)
    seen = text.count(text[s:e])
    f.append(f"rep={seen > 1}&L={n}")
    if seen > 1 and e < len(text):
        f.append(f"runs_on={text.count(text[s : e + 1]) == seen}&L={n}")
    # the dictionary's reading of the name's opening (官邸, 解散, 大桥 after 海: words, no name)
    head = dict_tags(text[s : s + 2])
    if len(head) == 1:
        f.append(f"head2={head[0][1]}")
    given = dict_tags(text[s + surname : e])
    if len(given) == 1 and e - s - surname > 1:
        f.append(f"given={given[0][1]}&L={n}")
    return f


class BoundaryModel:
    def __init__(self, weights: Mapping[str, float], threshold: float = THRESHOLD):
        self.weights = dict(weights)
        self.threshold = threshold

    @classmethod
    def from_dict(cls, data: Mapping) -> BoundaryModel:
        if data.get("format") != FORMAT:
            raise ValueError(f"{MODEL_FILE}: format {data.get('format')!r}, expected {FORMAT}")
        return cls(data["weights"], float(data.get("threshold", THRESHOLD)))

    def probability(self, features: list[str]) -> float:
        z = self.weights.get("bias", 0.0) + sum(self.weights.get(x, 0.0) for x in features)
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))

    def best_end(self, text: str, s: int, surname: int, after_post: bool = False) -> tuple[int, float] | None:
        """The most probable end of the name at ``s`` and its probability (None: no length to choose)."""
        scored = [
            (self.probability(boundary_features(text, s, e, surname, after_post)), -e)
            for e in candidate_ends(text, s, surname)
        ]
        if not scored:
            return None
        p, neg_end = max(scored)  # (equal probabilities: the shorter name)
        return -neg_end, p


@lru_cache(maxsize=1)
def boundary_model() -> BoundaryModel | None:
    """The shipped model, or None when it is missing (then the readers answer alone, as before)."""
    try:
        path = model_path(MODEL_FILE)
    except FileNotFoundError:
        return None
    return BoundaryModel.from_dict(json.loads(path.read_text(encoding="utf-8")))


_rules_alone = False


@contextmanager
def rules_alone() -> Iterator[None]:
    """Within it the readers answer without the model (to measure what the model adds)."""
    global _rules_alone
    saved, _rules_alone = _rules_alone, True
    try:
        yield
    finally:
        _rules_alone = saved


def learned_end(text: str, s: int, surname: int) -> int | None:
    """The end of a surname-list name at ``s`` that no rule closed, when the model is sure enough."""
    model = None if _rules_alone else boundary_model()
    if model is None or text[s + surname : s + surname + 1] in _PLACE_SUFFIXES:
        return None  # (房山区长阳镇: a town's name read across a post, 阳 a surname and 镇 its "given name")
    found = model.best_end(text, s, surname, after_post=True)
    if found is None:
        return None
    e, p = found
    if p < model.threshold or not _plausible_name(text, s, e, surname) or _works_given_name(text[s + surname : e]):
        return None
    from .posts import lexicon  # (posts imports the readers' modules: imported at use)

    # (主席李绍鸿|教授: a post right after the name is the rules' business, as unclosed._dict_end says)
    return None if lexicon().pattern.match(text, e) else e


def _plausible_name(text: str, s: int, e: int, surname: int) -> bool:
    """``plausible_chars`` of the name, except that the surname 于 (於 in Traditional script), which
    it refuses as a function character, opens a name where no object of the preposition 于 follows
    it (局长于柏生作述职报告; not 市长于近日 / 于8月 / 于北京 / 于会上)."""
    if plausible_chars(text[s:e]):
        return True
    given = text[s + 1 : e]
    # (局长于为东赴…: a function character that opens given names, as in 程向民, GIVEN_FIRST_OK)
    if given[:1] in GIVEN_FIRST_OK:
        given = given[1:]
    if surname != 1 or text[s] not in "于於" or not given or not plausible_chars("王" + given):
        return False
    nxt = text[s + 1 : s + 2]
    if not nxt or not is_han(nxt) or nxt in _DEICTIC_FIRST:
        return False
    word, tag = dict_tags(text[s + 1 : s + 5])[0]
    return not tag.startswith(_PREPOSITION_OBJECT_TAGS)


# what 于 governs as a preposition after a post: a time (近日, 会上), a number or date, a place or a
# body (北京, 人民大会堂), a locality (此间); and deictic openings the dictionary reads otherwise (本周一)
_PREPOSITION_OBJECT_TAGS = ("t", "m", "ns", "nt", "s", "f")
_DEICTIC_FIRST = frozenset("本今昨明当该此")


def _works_given_name(given: str) -> bool:
    """Is the given name a place word of the dictionary that names a work or a building (大连长|海大桥:
    连长 read inside 大连, then 海 as a surname and 大桥 as its given name)?  Place words that are
    given names too (长春, 西安) end otherwise and stay names."""
    if len(given) != 2 or given[-1] not in _WORKS_LAST:
        return False
    tags = dict_tags(given)
    return len(tags) == 1 and tags[0][1] == "ns"


_WORKS_LAST = frozenset("桥楼厦馆园店场苑港湾府路街")


# administrative suffixes: after a surname they end a place's name (长阳镇, 石门县), not open a given name
_PLACE_SUFFIXES = frozenset("省市县区乡镇村街路")
