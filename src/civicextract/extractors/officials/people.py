"""The people an article names (``Person``) and one name per person.

``extractor._collect`` fills a ``Person`` per name it reads (its spans, its chains and
whether each is public); then these settle each name once every mention is known: a
name every mention runs on from is the longer one (``extend_names``), a 3-char name
written once whose first two chars stand elsewhere is the short one
(``shorten_names``), a dotted name's last or first part is the full name
(``merge_surnames``).  Also the span helpers the later stages share (``find_all``,
``drop_nested``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..meta import name_lexicons
from . import edges as _edges
from .edges import DOTS, ORG_END, follower_at, is_han
from .foreign import TRANSLIT
from .namechars import plausible
from .tagging import is_word, single_char_token

# bound by assignment, not imported by name: its method is called below (tests/test_method_calls.py)
DOT_SET = _edges.DOT_SET


@dataclass
class Person:
    name: str
    spans: list[tuple[int, int]] = field(default_factory=list)
    chains: list[str] = field(default_factory=list)
    public: list[bool] = field(default_factory=list)  # per chain: does it hold a public post
    private: bool = False  # a chain is headed by a company, hospital, association … (never a comrade's excuse)
    bare: bool = False  # named without a title where only an office-holder is (王东峰等参加会见)


def extend_names(text: str, people: dict, order: list, post_starts: dict) -> None:
    """A name seen in full settles its boundary: when every mention of a
    2-3 char name runs on into the same character (叶刘淑|仪 twice, a
    transliteration's last syllable three times), the name is the longer one."""
    single = name_lexicons()[0]
    for name in list(order):
        if not 2 <= len(name) <= 3 or not DOT_SET.isdisjoint(name):
            continue
        first = people[name].spans[0][1]  # (the first mention's next char rules out most names at once)
        if first >= len(text) or not is_han(text[first]) or text[first] in _NOT_EXTENSION:
            continue
        ends = [i + len(name) for i in find_all(text, name)]
        if len(ends) < 2 or any(e >= len(text) for e in ends):
            continue
        ch = text[ends[0]]
        if (
            not is_han(ch)
            or any(text[e] != ch for e in ends)
            or follower_at(text, ends[0])
            or ch in _NOT_EXTENSION
            or any(e in post_starts for e in ends)
        ):
            continue
        if len(name) == 3 and not (name[1] in single or ch in TRANSLIT):
            continue  # four characters: a Hong Kong married name or a transliteration only
        if not any(single_char_token(text, e) for e in ends):
            continue  # 张三|参观, 张三|走进: the char opens a word of the predicate
        longer = name + ch
        if longer in people:
            continue
        if not plausible(longer) and not (
            # 书记袁国其带领…袁国其说…袁国其代表: a function char that closes given names
            # (其, 之, 和, 为), three mentions or more, each going on differently after it
            ch in _GIVEN_LAST_FUNCTION
            and len(ends) >= 3
            and len({text[e + 1 : e + 2] for e in ends}) == len(ends)
            and plausible(name)
        ):
            continue
        _rename(text, people, order, name, longer)


def _rename(text: str, people: dict, order: list, name: str, new: str) -> None:
    """``name`` is ``new`` (a character longer or shorter): every mention spelt ``name`` is moved with it."""
    p = people.pop(name)
    p.name = new
    p.spans = [(s, s + len(new)) if text[s:e] == name else (s, e) for s, e in p.spans]
    people[new] = p
    order[order.index(name)] = new


def shorten_names(text: str, people: dict, order: list) -> None:
    """The other way round: a 3-char name written once whose first two chars
    stand elsewhere before a verb of the news (县委书记张华作…。张华强调…) is the
    2-char name and a verb."""
    single = name_lexicons()[0]
    for name in list(order):
        if len(name) == 4 and name[:2] == name[2:]:
            # 专职副部长郭骥郭骥介绍: a name typed twice is the name once
            half = name[:2]
            if half not in people:
                _rename(text, people, order, name, half)
            else:
                p = people.pop(name)
                order.remove(name)
                people[half].chains += p.chains
                people[half].public += p.public
            continue
        if len(name) != 3 or name[0] not in single or text.count(name) != 1 or not plausible(name[:2]):
            continue
        short = name[:2]
        end = text.find(name) + 3
        if end >= len(text) or not is_han(text[end]) or follower_at(text, end):
            continue  # (县委书记张华扬出席: the three chars end cleanly, a name of their own)
        if short in people:
            # 巴西总统卢拉通电话…卢拉表示: the short name is a person of its own
            # and the third char opens a word with what follows (通电话): one
            # person, named short, whose mentions all go to that record
            if is_word(text[end - 1 : end + 1]) or is_word(text[end - 1 : end + 2]):
                p = people.pop(name)
                order.remove(name)
                q = people[short]
                q.spans = sorted(q.spans + [(s, s + 2) for s, _ in p.spans])
                q.chains = p.chains + q.chains  # (the chains in reading order: the titled mention came first)
                q.public = p.public + q.public
                q.private |= p.private
                q.bare = q.bare and p.bare
            continue
        seen = any(
            e < len(text) and text[e] != name[2] and (follower_at(text, e) or not is_han(text[e]))
            for e in (i + 2 for i in find_all(text, short))
        )
        if not seen:
            continue
        _rename(text, people, order, name, short)


def merge_surnames(text: str, people: dict, order: list) -> None:
    """One record per person: a foreign or minority name written in full once
    (美国总统乔·拜登) and by its last part elsewhere (美国总统拜登) is the full name,
    also where the full name stands with no post (致电约韦里·穆塞韦尼，…穆塞韦尼总统)."""
    if not any(d in text for d in DOTS):
        return  # (no dotted name in the text, so no full name to merge into: most articles)
    full: dict[str, list[str]] = {}
    for name in order:
        for d in DOTS:
            if d in name:
                full.setdefault(name.rsplit(d, 1)[1], []).append(name)
                first = name.split(d, 1)[0]
                if len(first) >= 2 and first not in full:
                    # 总理巴育·詹欧差 … 巴育当选总理: the Thai press names a person by the first part
                    full[first] = [name]
    for name in list(order):
        longer = full.get(name, ())
        if not longer and 2 <= len(name) and DOT_SET.isdisjoint(name):
            bare = _dotted_in_text(text, name)
            if len(bare) == 1 and next(iter(bare)) not in people:
                new = next(iter(bare))
                p = people.pop(name)
                p.name = new
                p.spans += [(k, k + len(new)) for k in find_all(text, new)]
                people[new] = p
                order[order.index(name)] = new
            continue
        if len(longer) > 1 and name in people:
            # 阿里·哈梅内伊之子穆杰塔巴·哈梅内伊: two people sharing the last part; a
            # record of the last part read only inside their full names is neither
            inside = [sp for n in longer for sp in people[n].spans]
            if all(any(a <= s and e <= b for a, b in inside) for s, e in people[name].spans):
                people.pop(name)
                order.remove(name)
            continue
        if len(longer) != 1 or name not in people:
            continue  # (two people sharing the last part: which one is meant is unknown)
        p, q = people.pop(name), people[longer[0]]
        q.spans += p.spans
        q.chains += p.chains
        q.public += p.public
        q.private |= p.private
        order.remove(name)


def _dotted_in_text(text: str, name: str) -> set[str]:
    """The full names written with a dot whose last part is ``name`` (约韦里·|穆塞韦尼):
    transliteration syllables and the dots between them, up to twelve characters before it."""
    fulls = set()
    for i in find_all(text, name):
        e = i + len(name)
        if i < 2 or text[i - 1] not in DOTS or e < len(text) and text[e] in DOTS:
            continue
        j = i - 1
        while j > 0 and i - 1 - j < 12:
            if text[j - 1] in TRANSLIT:
                j -= 1
            elif text[j - 1] in DOTS and j - 1 > 0 and text[j - 2] in TRANSLIT:
                j -= 1
            else:
                break
        if i - 1 - j >= 1 and text[j] not in DOTS:
            fulls.add(text[j:e])
    return fulls


# function chars that also close given names (袁国其, 李退之, 张东和, 李为): a name runs on into
# one only where every one of three mentions or more does
_GIVEN_LAST_FUNCTION = frozenset("其之和为")
# chars that never run a name on: modifiers and body chars opening a post
_NOT_EXTENSION = frozenset("副原前常第代总") | ORG_END



def find_all(text: str, word: str):
    i = text.find(word)
    while i >= 0:
        yield i
        i = text.find(word, i + len(word))


def drop_nested(spans):
    spans = sorted(spans, key=lambda x: (x[0], -x[1]))
    out = []
    for s, e in spans:
        if out and s < out[-1][1]:
            continue
        out.append((s, e))
    return out
