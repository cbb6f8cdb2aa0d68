"""Officials: named people with a public post, their titles, organisation and role.

Anchored on post matches (one compiled pattern, ``posts.find_posts``); only
the text around them is read, the document is never segmented.  A person is
confirmed by context:

* a title chain right before the name: ``东坡区委常委、宣传部部长李维义``,
  ``市委书记鲍常勇，市委常委、常务副市长李建超``, list members sharing the
  chain: ``管委会副主任刘文明、康峰镐、李万洙出席``;
* a post or 同志 right after it: ``王忠昆书记``, ``习近平总书记``, ``邓小平同志``;
* a bracketed chain: ``张三（区委书记）``;
* a chain introduced by 曾任/调任/出任/当选/作为/在任 whose subject is named
  in the sentence (``袁延杰当选潍坊市政协委员``) or already known.

Then every mention of the full name, ``李部长``-style references and Q&A
turns (``李维义：``) are collected; ``role`` is ``speaker`` when a speech verb
follows a mention or the person answers in a turn.  People whose chains are
all headed by a company, bank, school or hospital, or whose posts are all
private (董事长, 教授, 记者), are not officials.

This module holds ``_collect``, the list of the stages: the main loop over the posts
(``_read_posts``, whose per-post stages live in ``chains``: the chain's state and
public flag, a name before, inside or after the post, what to try when none follows),
comrades, the passes of ``bare`` and ``holders``, names listed before 等 and a post,
then ``attach``, ``people`` and, last, ``assemble``.

>>> from civicextract.document import normalize
>>> [(o.name, o.titles, o.organization, o.role) for o in extract(normalize("副市长李四主持会议。李四说，要抓落实。"))]
[('李四', ('副市长',), None, 'speaker')]
"""

from __future__ import annotations

import re
from operator import itemgetter

from ...records import Official
from . import lists as _lists
from .assemble import official_records
from .attach import attach_pending, second_posts
from .bare import bare_participants, headline_speaker, named_governments, protocol_hint
from .chains import (
    STATE_JOINS,
    chain_public_flag,
    chain_with_state,
    counted_before,
    holder_before,
    holders_elsewhere,
    name_end,
    name_start,
)
from .chainwalk import chain_start
from .edges import DOTS, all_han
from .holders import known_holders, officeholders
from .lists import counted_holders, list_mates, list_members, names_before_list
from .names_before import name_before, name_filling
from .people import Person, drop_nested, extend_names, find_all, merge_surnames, shorten_names
from .posts import Post, find_posts
from .public import is_public, private_body
from .tagging import tagged_name

# Patterns whose methods are called below are bound by assignment, not imported by name: CPython
# 3.11 compiles NAME.search(...) as an attribute load and a new bound method per call when an
# import binds NAME (tests/test_method_calls.py).
CONGRESS = _lists.CONGRESS
LIST_BEFORE = _lists.LIST_BEFORE

_COMRADE = re.compile("同志")
# a Post's start and end (its first two fields)
_START = itemgetter(0)
_END = itemgetter(1)


# Characters OpenCC's t2s leaves Traditional (衞生署, 廖栢康, 劉頴匡 → 颕): the
# records are Simplified, and the posts' lexicon knows 卫生 only.  One for one,
# so offsets hold.  (A fix for normalize's t2s table too; here for officials.)
_VARIANTS = str.maketrans("衞栢頴颕朶敍", "卫柏颖颖朵叙")
_VARIANT_CHARS = tuple("衞栢頴颕朶敍")


def extract(doc) -> list[Official]:
    text = doc.text
    if any(c in text for c in _VARIANT_CHARS):  # (translate reads every char through a dict: only where one stands)
        text = text.translate(_VARIANTS)
    try:
        return _extract(text, hk=getattr(doc, "script", "") == "traditional")
    except Exception:  # messy text never raises: an extractor then yields nothing
        return []


def _extract(text: str, *, hk: bool = False) -> list[Official]:
    people, order, _ = _collect(text, hk=hk)
    if not people:
        return []
    return official_records(text, people, order)


def person_spans(text: str) -> list[tuple[int, int]]:
    """Every span naming a person this module confirms, officials or not
    (``benchmarks/cluener_officials.py`` scores them against CLUENER ``name``)."""
    people, _, _ = _collect(text)
    spans = {sp for p in people.values() for sp in p.spans}
    for name in people:
        spans.update((i, i + len(name)) for i in find_all(text, name))
    return sorted(drop_nested(spans))


def _collect(text: str, *, hk: bool = False):
    """People read next to posts.  ``hk``: the input was Traditional script,
    where a name after a post may be a married woman's four characters
    (局长陈黄淑仪委派…) even before a verb the name reader does not know."""
    posts = find_posts(text)
    if not posts and _nothing_to_read(text):
        return {}, [], posts
    starts = list(map(_START, posts))  # (map and zip build both dicts in C: no Python step per post)
    post_ends = dict(zip(map(_END, posts), starts, strict=True))
    post_starts = dict(zip(starts, posts, strict=True))
    people: dict[str, Person] = {}
    order: list[str] = []

    chain_public: dict[int, bool] = {}  # end of a name read after a chain -> that chain's public flag

    def add(
        s: int, e: int, chain: str | None, public: bool = True, name: str | None = None, *, bare: bool = False
    ) -> None:
        name = name or text[s:e]  # (a spaced byline name 龚 正 is keyed without its space)
        p = people.get(name)
        if p is None:
            p = people[name] = Person(name)
            order.append(name)
        p.spans.append((s, e))
        p.bare |= bare
        if chain is not None:
            p.chains.append(chain)
            p.public.append(public)
            p.private |= not public and private_body(chain)
            chain_public[e] = public

    pending, owners = _read_posts(text, posts, post_starts, post_ends, people, chain_public, add, hk)
    _comrades(text, people, add)
    bare_participants(text, people, add)
    named_governments(text, people, add)
    known_holders(text, people, add, post_ends)
    headline_speaker(text, people, add)
    _listed_before(text, post_starts, add)
    second_posts(text, pending, people, owners)
    attach_pending(text, pending, people, add)
    extend_names(text, people, order, post_starts)
    shorten_names(text, people, order)
    merge_surnames(text, people, order)
    list_mates(text, people, add)
    return people, order, posts


def _nothing_to_read(text: str) -> bool:
    """With no post found: is there no other sign of a person either (同志, a protocol verb, a
    listed office-holder, a congress's deputies listed)?"""
    return (
        "同志" not in text
        and not protocol_hint(text)
        and not any(p.search(text) for p in officeholders()[0])
        and "等代表" not in text  # (a congress's deputies listed: LIST_BEFORE in _listed_before)
    )


def _read_posts(
    text: str,
    posts: list[Post],
    post_starts: dict[int, Post],
    post_ends: dict[int, int],
    people: dict[str, Person],
    chain_public: dict[int, bool],
    add,
    hk: bool,
) -> tuple[list[tuple[int, int, str, bool]], dict[int, str]]:
    """The main loop: each post's chain and its holder (the stages of ``chains``), added with
    ``add``.  Returns the chains no name was found for (``pending``) and the name read after
    each chain by the chain's start (``owners``)."""
    pending: list[tuple[int, int, str, bool]] = []  # chains without a name after them
    owners: dict[int, str] = {}  # start of a chain -> the name read after it
    inherited_private: set[int] = set()  # starts of chains private only by the private chain before them
    last = (-1, True)  # (end, public) of the last name read after a chain
    last_chain = ""  # the chain that name was read after
    for post in posts:
        # a chain continues over 、/兼 into the next post: only its last post takes a name
        if text[post.end : post.end + 1] in _CHAIN_GOES_ON and post.end + 1 in post_starts:
            continue
        start = chain_start(text, post.start, post_ends)
        if start < last[0] < post.start and text[last[0]] in _AFTER_NAME_LINKS:
            # 主任王毅同美国国务卿布林肯通电话: no title runs back over the name read before it and the
            # preposition or conjunction after that name
            start = last[0] + 1
        if counted_before(text, start):
            counted = counted_holders(text, start, post.end)
            if counted is not None:
                chain = text[counted[0] : post.end]  # (the count is no part of the title)
                for hs, he in counted[1]:
                    add(hs, he, chain, is_public(chain))
            continue  # (none: 4名议员方可…, 200余名村干部: a head count, no one's title)
        if "各" in text[start : post.start]:
            continue  # 各省省长应…, 各级干部: every holder, no one's title
        chain = text[start : post.end]
        if text[start - 1 : start] in STATE_JOINS:  # (most chains: no join before them, no state to borrow)
            chain = chain_with_state(text, start, chain, last[0], last_chain)
        public, inherits_private = chain_public_flag(text, post, start, chain, last, post_ends, chain_public)
        if inherits_private:
            inherited_private.add(start)
        before = holder_before(text, post, start, public, people)
        if before is not None:
            add(before[0], before[1], before[2], before[3])
            continue
        ns = name_start(text, post, start)
        e = name_end(text, post, ns, start, public, post_starts, hk)
        if e is not None:
            if _FOREIGN_MINISTER.fullmatch(chain) and any(d in text[ns:e] for d in DOTS):
                continue  # 环境部长史蒂文·吉尔博: a bare ministry and a dotted foreign name, no head of state or government
            add(ns, e, chain, public)
            owners[start] = text[ns:e]
            if start in inherited_private:
                people[text[ns:e]].private = True
            last = (e, public)
            last_chain = chain
            list_members(text, e, chain, public, post_starts, add)
            continue
        elsewhere = holders_elsewhere(text, post, start, chain, public, post_starts, last, add)
        if elsewhere is not None:
            last = elsewhere
            continue
        pending.append((start, post.end, chain, public))
    return pending, owners


# the joins over which a chain runs on into the next post (市委常委、副市长, 局长兼…)
_CHAIN_GOES_ON = frozenset("、兼")
# prepositions and conjunctions between a holder's name and the next holder's title (同, 与, 和 …)
_AFTER_NAME_LINKS = frozenset("同与和及跟向")


def _comrades(text: str, people: dict[str, Person], add) -> None:
    """邓小平同志: a comrade is a Party member."""
    for m in _COMRADE.finditer(text):
        s = name_before(text, m.start())
        f = name_filling(text, m.start(), strict=True)  # (会上，王海峰同志作了…: the name fills its clause)
        if f is not None and text[f : m.start()] not in people:
            add(f, m.start(), None)
        elif (
            s is not None
            and m.start() - s == 3
            and text[s : m.start()] not in people
            and tagged_name(text, s, m.start())
        ):
            add(s, m.start(), None)


def _listed_before(text: str, post_starts: dict[int, Post], add) -> None:
    """王路、马秀珍…等6位委员: names listed before 等 and a post share it (…、张晓东等市领导:
    a short body before the post, 市 / 县 / 区人大)."""
    for m in LIST_BEFORE.finditer(text):
        heads = post_starts.keys() & range(m.end(), m.end() + 4)  # (the first post starting there, if any)
        head = post_starts[min(heads)] if heads else None
        if head is None and text.startswith("代表", m.end()) and CONGRESS.search(text):
            # 朱小丹、钟南山等代表围绕…发言 in a report of a congress's session: its deputies
            # (代表 alone is no post elsewhere: 学生代表, 企业代表)
            for s, e in names_before_list(text, m.start()):
                add(s, e, "代表", True)
            continue
        if head is None or not head.official or not all_han(text[m.end() : head.start]):
            continue
        chain = text[m.end() : head.end]
        for s, e in names_before_list(text, m.start()):
            add(s, e, chain, is_public(chain))


# a minister named by a bare ministry (环境部长, 卫生部长), as a foreign government's are: China's
# carry their body (生态环境部部长, 省卫生厅厅长)
_FOREIGN_MINISTER = re.compile(r"(?:环境|卫生|外交|国防|财政|内政|司法|教育|交通|能源|贸易|经济|农业|移民)部长")


__all__ = ["extract", "person_spans"]
