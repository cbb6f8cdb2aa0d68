"""Officials: named people with a public post, their titles, organisation and role.

Anchored on post matches (one compiled pattern, ``titles.find_posts``); only
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

This module holds the main loop (``_collect``: a name read after each post, the
chain's public flag, what to try when none follows) and calls the stages that live
in their own modules: ``checks``, ``lists``, ``bare``, ``holders``, ``attach``,
``people`` and, last, ``assemble``.

>>> from civicextract.document import normalize
>>> [(o.name, o.titles, o.organization, o.role) for o in extract(normalize("副市长李四主持会议。李四说，要抓落实。"))]
[('李四', ('副市长',), None, 'speaker')]
"""

from __future__ import annotations

import re

from ...records import Official
from . import lists as _lists
from . import titles as T
from .assemble import official_records
from .attach import attach_pending, second_posts
from .bare import bare_participants, headline_speaker, named_governments, protocol_hint
from .checks import ADDRESS, conjunct_state, name_follows, name_inside_chain, previous_public, surname_ok, weak_ok
from .edges import DOTS, ORG_END, all_han, follower_at, is_han
from .foreign import FOREIGN_ADDRESS, foreign_before
from .holders import known_holder_at, known_holders, officeholders
from .lists import (
    GAP_CHARS,
    MEASURES,
    counted_holders,
    district_list,
    holder_after_of,
    list_after_verb,
    list_mates,
    list_members,
    name_after_gap,
    name_after_of,
    names_before_list,
)
from .names import married_end, name_after, name_before, name_filling, noun_name_after_post, predicate_end
from .people import Person, drop_nested, extend_names, find_all, merge_surnames, shorten_names
from .states import foreign_body, leading_state, state_before
from .tagging import is_common_word, modifier_word, opens_predicate, tagged_name

# Patterns whose methods are called below are bound by assignment, not imported by name: CPython
# 3.11 compiles NAME.search(...) as an attribute load and a new bound method per call when an
# import binds NAME (tests/test_method_calls.py).
CONGRESS = _lists.CONGRESS
COUNTED = _lists.COUNTED
LIST_BEFORE = _lists.LIST_BEFORE

_COMRADE = re.compile("同志")


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
    posts = T.find_posts(text)
    if (
        not posts
        and "同志" not in text
        and not protocol_hint(text)
        and not any(p.search(text) for p in officeholders()[0])
        and "等代表" not in text  # (a congress's deputies listed: LIST_BEFORE below)
    ):
        return {}, [], posts
    post_ends = {p.end: p.start for p in posts}
    post_starts = {p.start: p for p in posts}
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
            p.private |= not public and T.private_body(chain)
            chain_public[e] = public

    pending: list[tuple[int, int, str, bool]] = []  # chains without a name after them
    inherited_private: set[int] = set()
    owners: dict[int, str] = {}  # start of a chain -> the name read after it
    last = (-1, True)  # (end, public) of the last name read after a chain
    last_chain = ""  # the chain that name was read after
    for post in posts:
        # a chain continues over 、/兼 into the next post: only its last post takes a name
        if post.end < len(text) and text[post.end] in "、兼" and post.end + 1 in post_starts:
            continue
        start = T.chain_start(text, post.start, post_ends)
        chain = text[start : post.end]
        if (text[start - 1 : start] in MEASURES or text[start : start + 1] in MEASURES) and (
            COUNTED.fullmatch(text[max(0, start - 2) : start]) or COUNTED.fullmatch(text[max(0, start - 1) : start + 1])
        ):  # (the measure word first: a set lookup spares most chains both regexes)
            got = counted_holders(text, start, post.end)
            if got is None:
                continue  # 4名议员方可…, 200余名村干部: a head count, no one's title
            chain = text[got[0] : post.end]  # (the count is no part of the title)
            for hs, he in got[1]:
                add(hs, he, chain, T.is_public(chain))
            continue
        if "各" in text[start : post.start]:
            continue  # 各省省长应…, 各级干部: every holder, no one's title
        if (
            start > 0
            and last[0] == start - 1
            and text[start - 1] in "和及与、"
            and (T.organization(chain) is None or chain.startswith(_STATE_MINISTRIES))
        ):
            state = leading_state(last_chain)
            if state is not None and not foreign_body(chain):
                # 以色列总理内塔尼亚胡和防长卡茨: the state opening the first
                # holder's chain is the employer of the coordinated bare post too
                chain = state + chain
        elif start > 1 and text[start - 1] in "与和" and not foreign_body(chain):
            state = conjunct_state(text, start - 1)
            if state is not None:
                chain = state + chain  # 美国移民与海关执法局代理局长: the state opens the whole body's name
        public = T.is_public(chain)
        if public and start > 1 and text[start - 1] == "”" and T.organization(chain) is None:
            q = text.rfind("“", max(0, start - 16), start - 1)
            if q >= 0 and T.private_body(text[q + 1 : start - 1] + chain):
                public = False  # “美在台协会”主席某某: the quoted body before the post is an association's
        if start > 0 and last[0] == start - 1 and text[start - 1] == "、" and T.organization(chain) is None:
            # 浙江商会会长王均金、轮值会长叶林富: a bodiless chain after the
            # previous person's name shares that person's body
            public = public and last[1]
        if public and not T.has_own_body(chain) and T.base_post(post.text) not in _SERVICE_RANKS:
            # 医院原党委书记、院长谢明均，原副院长杨利 / 银行党委副书记、监事长、工会主席吕冬阳:
            # a chain without a body of its own right after another person's
            # chain, or after a private post, belongs to that body (not a
            # disciplined service's rank: a fire engine's 主管 who is a 高级消防队长 is
            # the fire service's officer, whatever post stands before it)
            prev = previous_public(text, start, post_ends, chain_public)
            if prev is False:
                public = False
                inherited_private.add(start)
        s = name_inside_chain(text, post, start)
        if s is not None and text[s : post.start] not in people:
            # 区建管委尹德建副主任: the name between body and post
            inner = text[max(start, text.rfind("、", start, s) + 1) : s] + post.text
            add(s, post.start, inner, T.is_public(inner))
            continue
        if post.text in FOREIGN_ADDRESS:
            s = foreign_before(text, post.start)
            if s is not None:
                # 普京总统, 会见马克龙总统; 俄罗斯普京总统 -> 俄罗斯总统
                add(s, post.start, (state_before(text, s) or "") + post.text, public)
                continue
        if T.base_post(post.text) in ADDRESS:
            s = name_before(text, post.start)
            f = name_filling(text, post.start, strict=True)  # (，李四海副局长表示: the name fills its clause)
            # (a name after the post makes what stands before it the post's body: asked
            # only when a name may stand before, as reading one after costs more)
            if (
                (f is not None or s is not None and post.start - s in (2, 3))
                and (not name_follows(text, post) or s is not None and post.start - s == 3 and modifier_word(text, post.end))
                and (f is not None or tagged_name(text, s, post.start))  # type: ignore[arg-type]  # (s is not None: above)
                and state_before(text, post.start) != text[s if f is None else f : post.start]  # type: ignore[index]
            ):  # (汤加首相某某: a state whose name reads as a surname's, 汤|加, is no person before the post)
                s = s if f is None else f
                # 王忠昆书记, 刘淇书记批示, 逯军副局长 (a 2-char name the tagger reads)
                add(s, post.start, post.text if post.text != "同志" else None, public)  # type: ignore[arg-type]
                continue
        # 区长 杨小菁开展…: a space or two between post and name (pages set
        # them as table cells) reads as no space; the name is then the post's
        # as it would be without it (a line break is name_after_gap's)
        ns = post.end
        while ns < len(text) and ns - post.end < 2 and text[ns] in " \u3000":
            ns += 1
        if ns == post.end and "“" in (text[post.start - 1 : post.start], text[start - 1 : start]) and text[ns : ns + 1] == "”":
            ns += 1  # 民进党“立委”赖品妤, 台“行政院长”卓荣泰: the mainland press quotes Taiwan's posts
        elif ns == post.end and text[ns : ns + 1] in ("（", "("):
            close = _PORTFOLIO.match(text, ns)
            if close is not None and name_after(text, close.end(), strict=True) is not None:
                ns = close.end()  # 警务处副处长（行动）刘赐蕙: the portfolio in brackets, then the name
        if ns == post.end and text.startswith("——", ns):
            e2 = name_after(text, ns + 2, strict=True)
            if e2 is not None and (e2 >= len(text) or not is_han(text[e2])):
                ns += 2  # 持续关注技能人才培养的全国人大代表——傅国涛。: the name set off by a dash
        npost = post if ns == post.end else post._replace(end=ns)
        e = name_after(text, ns, strict=post.weak)
        if e is None and not post.weak and post.official:
            e = known_holder_at(text, ns)  # 韩国总统李在明表示: a listed office-holder the reader cannot read
        if e is None and not post.weak and post.official and ns == post.end and post.end - start >= 4:
            # 团省委副书记夏天为新人…: a surname and a noun's second char, after a post with its body
            # (not a bare 书记: 书记白天走访)
            e = noun_name_after_post(text, ns)
        if hk and not post.weak and (e is None or e - ns == 3):
            e4 = married_end(text, ns)
            if (
                e4 is not None
                and (follower_at(text, e4) > 0 or opens_predicate(text, e4))
                # (原任三明|市委书记: a post right after makes the four chars a title's start)
                and not any(k in post_starts and not post_starts[k].weak for k in range(e4, e4 + 6))
            ):
                e = e4  # 局长陈黄淑仪委派…: her husband's surname, her own, her given name
        if e is None and post.weak and post.official:
            # 坊子区水利局年轻干部董明尧|签发…, 值班民警贺彬|接警 (weak_ok then wants a
            # body or the name again)
            e = predicate_end(text, ns)
            if e is not None and e - ns == 2 and is_common_word(text[ns:e]):
                e = None  # (校务委员|席位: one dictionary word is no holder's name)
        if e is not None and post.weak and not weak_ok(text, npost, start, e):
            e = None
        if e is not None and not surname_ok(text, npost, start, e):
            e = None
        if e is not None and not post.official and not public and text.count(text[ns:e]) < 2:
            # 记者采访时表示: after a private role, only what the tagger reads as a name
            # (a firm-sounding post at a listed public body is public: 卫生署…总监 陈小强)
            if not tagged_name(text, ns, e):
                e = None
        if e is not None and _FOREIGN_MINISTER.fullmatch(chain) and any(d in text[ns:e] for d in DOTS):
            continue  # 环境部长史蒂文·吉尔博: a bare ministry and a dotted foreign name, no head of state or government
        if e is not None:
            add(ns, e, chain, public)
            owners[start] = text[ns:e]
            if start in inherited_private:
                people[text[ns:e]].private = True
            last = (e, public)
            last_chain = chain
            list_members(text, e, chain, public, post_starts, add)
            continue
        got = name_after_of(text, post, start) or holder_after_of(text, post, start, post_starts)
        if got is not None:
            # 现已晋升为督察的陈志明，: the post, 的, and its holder closing the clause
            add(got[0], got[1], chain, public)
            last = (got[1], public)
            continue
        groups = district_list(text, post)
        if groups:
            for gs, ge in groups:
                add(gs, ge, chain, public)
            continue
        got = list_after_verb(text, post)
        if got is not None:
            # 出席会议的市领导有王建国、李明华、张晓东: the post's holders listed after 有/包括
            add(got[0], got[1], chain, public)
            last = (got[1], public)
            list_members(text, got[1], chain, public, post_starts, add)
            continue
        if post.official and post.end < len(text) and text[post.end] in GAP_CHARS:
            got = name_after_gap(text, post.end, weak=post.weak and not any(c in ORG_END for c in chain[:-len(post.text)]))
            if got is not None:
                # 上海市市长 龚 正 (a work report's byline), 交警大队辅警 靳慧町…
                gs, ge, gname = got
                add(gs, ge, chain, public, gname)
                last = (ge, public)
                continue
        if start > 0 and post.end < len(text) and text[start - 1] in "（(" and text[post.end] in "）)":
            s = name_filling(text, start - 1)
            s = name_before(text, start - 1) if s is None else s
            # (某某（界别委员）: a weak post in brackets needs a body of its own)
            if s is not None and (not post.weak or any(ch in ORG_END for ch in text[start : post.start])):
                add(s, start - 1, chain, public)
                continue
        pending.append((start, post.end, chain, public))

    for m in _COMRADE.finditer(text):  # 邓小平同志: a comrade is a Party member
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

    bare_participants(text, people, add)
    named_governments(text, people, add)
    known_holders(text, people, add, post_ends)
    headline_speaker(text, people, add)

    for m in LIST_BEFORE.finditer(text):  # 王路、马秀珍…等6位委员
        # (…、张晓东等市领导: a short body before the post, 市 / 县 / 区人大)
        head = next((post_starts[k] for k in range(m.end(), m.end() + 4) if k in post_starts), None)
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
            add(s, e, chain, T.is_public(chain))

    second_posts(text, pending, people, owners)
    attach_pending(text, pending, people, add)
    extend_names(text, people, order, post_starts)
    shorten_names(text, people, order)
    merge_surnames(text, people, order)
    list_mates(text, people, add)
    return people, order, posts


# a minister named by a bare ministry (环境部长, 卫生部长), as a foreign government's are: China's
# carry their body (生态环境部部长, 省卫生厅厅长)
_FOREIGN_MINISTER = re.compile(r"(?:环境|卫生|外交|国防|财政|内政|司法|教育|交通|能源|贸易|经济|农业|移民)部长")
# a ministry named bare, as a foreign state's is after its state (俄国防部长某某、外交部长某某):
# in a list after a foreign holder it is that state's ministry too
_STATE_MINISTRIES = ("外交部", "国防部", "内政部", "财政部", "司法部")
# a short portfolio in brackets between a post and its holder's name (（行动）, （管理）)
_PORTFOLIO = re.compile(r"[（(][\u4e00-\u9fff]{1,12}[）)]")  # (（国家安全及行动）: two portfolios, 7 chars)
# Ranks of the disciplined services and the judiciary (Hong Kong's police, fire
# and ambulance ranks, judges, magistrates and prosecutors; posts.txt lists them):
# no company, hospital or association has them, so a private post before one
# (a fire station's 主管 listed before a 高级消防队长 rank) does not make its holder a firm's man.
_SERVICE_RANKS = frozenset(
    (
        "法官", "检察官", "裁判官", "死因裁判官", "总裁判官", "主任裁判官", "特委裁判官", "审裁官", "司法常务官",
        "检控官", "消防总长", "高级消防区长", "消防区长", "助理消防区长", "高级消防队长", "消防队长", "消防总队目",
        "高级消防队目", "消防队目", "救护总长", "救护监督", "救护主任", "救护总队目", "高级救护员", "救护员",
        "警司", "总警司", "督察", "总督察", "警长", "警员", "督察长",
    )
)


__all__ = ["extract", "person_spans"]
