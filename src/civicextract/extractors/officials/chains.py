"""One post's chain and where its holder's name stands: the stages ``extractor._read_posts`` runs per post.

For each post the main loop asks, in this order:

* ``counted_before``: does a head count open the chain (``4名议员``, ``200余名村干部``)?
* ``chain_with_state``: does a state named before (the previous holder's, or one a conjunction
  shares) open this chain's body too?
* ``chain_public_flag``: is the chain's body public, or a firm's, an association's, a private post's?
* ``holder_before``: does the holder's name stand inside the chain or before the post
  (``区建管委尹德建副主任``, ``普京总统``, ``王忠昆书记``)?
* ``name_start`` and ``name_end``: where does a name after the post start and end, and is it one?
* ``holders_elsewhere``: where none follows, is the holder named after 的, in a district list, after
  有/包括, after a gap, or before the bracketed chain?

Each stage reads the text and returns its answer; only ``holders_elsewhere``, whose answers are
lists of people, records them itself (through the caller's ``add``).
"""

from __future__ import annotations

import re

from . import lists as _lists
from .checks import ADDRESS, conjunct_state, name_follows, name_inside_chain, previous_public, surname_ok, weak_ok
from .edges import ORG_END, follower_at, is_han
from .foreign import FOREIGN_ADDRESS, foreign_before
from .holders import known_holder_at
from .lists import (
    GAP_CHARS,
    LIST_FIRSTS,
    MEASURES,
    district_list,
    holder_after_of,
    list_after_verb,
    list_members,
    name_after_gap,
    name_after_of,
)
from .namechars import married_end
from .names import name_after, noun_name_after_post
from .names_before import name_before, name_filling
from .posts import Post, base_post, chain_posts
from .public import has_own_body, is_public, party_after_comma, private_body
from .states import foreign_body, leading_state, state_before
from .tagging import is_common_word, modifier_word, opens_predicate, tagged_name
from .titles import organization
from .unclosed import predicate_end

# bound by assignment, not imported by name: its method is called below (tests/test_method_calls.py)
COUNTED = _lists.COUNTED


def counted_before(text: str, start: int) -> bool:
    """Does a head count stand at the chain's start (4名议员, 200余名村干部, 3位副市长)?
    The measure word first: a set lookup spares most chains both regexes."""
    return (text[start - 1 : start] in MEASURES or text[start : start + 1] in MEASURES) and bool(
        COUNTED.fullmatch(text[max(0, start - 2) : start]) or COUNTED.fullmatch(text[max(0, start - 1) : start + 1])
    )


# the joins before a chain after which chain_with_state looks for a state (anything else: the chain as it is)
STATE_JOINS = frozenset("和及与、")


def chain_with_state(text: str, start: int, chain: str, last_end: int, last_chain: str) -> str:
    """The chain with the state that employs its holder put before it, where the chain names none.
    ``last_end``, ``last_chain``: the end of the last name read after a chain, and that chain."""
    if (
        start > 0
        and last_end == start - 1
        and text[start - 1] in "和及与、"
        and (organization(chain) is None or chain.startswith(_STATE_MINISTRIES))
    ):
        state = leading_state(last_chain)
        if state is not None and not foreign_body(chain):
            # 以色列总理内塔尼亚胡和防长卡茨: the state opening the first
            # holder's chain is the employer of the coordinated bare post too
            return state + chain
    elif start > 1 and text[start - 1] in "与和" and not foreign_body(chain):
        state = conjunct_state(text, start - 1)
        if state is not None:
            return state + chain  # 美国移民与海关执法局代理局长: the state opens the whole body's name
    return chain


def chain_public_flag(
    text: str,
    post: Post,
    start: int,
    chain: str,
    last: tuple[int, bool],
    post_ends: dict[int, int],
    public_at: dict[int, bool],
) -> tuple[bool, bool]:
    """(public, inherited_private): is the chain's body public, and is it private only because a
    chain without a body of its own follows a private one (its holder is then private too)?
    ``last``: (end, public) of the last name read after a chain; ``public_at``: the public flag
    of the chain each name read so far was read after, by the name's end."""
    public = is_public(chain)
    if public and start > 1 and text[start - 1] == "”" and organization(chain) is None:
        q = text.rfind("“", max(0, start - 16), start - 1)
        if q >= 0 and private_body(text[q + 1 : start - 1] + chain):
            public = False  # “美在台协会”主席某某: the quoted body before the post is an association's
    if start > 0 and last[0] == start - 1 and text[start - 1] == "、" and organization(chain) is None:
        # 浙江商会会长王均金、轮值会长叶林富: a bodiless chain after the
        # previous person's name shares that person's body
        public = public and last[1]
    if public and not has_own_body(chain) and base_post(post.text) not in _SERVICE_RANKS:
        # 医院原党委书记、院长谢明均，原副院长杨利 / 银行党委副书记、监事长、工会主席吕冬阳:
        # a chain without a body of its own right after another person's
        # chain, or after a private post, belongs to that body (not a
        # disciplined service's rank: a fire engine's 主管 who is a 高级消防队长 is
        # the fire service's officer, whatever post stands before it)
        prev = previous_public(text, start, post_ends, public_at)
        if prev is False:
            return False, True
    return public, False


def holder_before(
    text: str, post: Post, start: int, public: bool, people: dict
) -> tuple[int, int, str | None, bool] | None:
    """(start, end, chain, public) of a holder named inside the chain or right before the post,
    or None: the name between body and post, a foreign leader's name before an address, a
    name before a post used as an address (王忠昆书记).  The chain is None for 同志."""
    s = name_inside_chain(text, post, start)
    if s is not None and text[s : post.start] not in people:
        # 区建管委尹德建副主任: the name between body and post
        inner = text[max(start, text.rfind("、", start, s) + 1) : s] + post.text
        return s, post.start, inner, is_public(inner)
    if post.text in FOREIGN_ADDRESS:
        s = foreign_before(text, post.start)
        if s is not None:
            # 普京总统, 会见马克龙总统; 俄罗斯普京总统 -> 俄罗斯总统
            return s, post.start, (state_before(text, s) or "") + post.text, public
    if base_post(post.text) in ADDRESS:
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
            return s, post.start, post.text if post.text != "同志" else None, public  # type: ignore[return-value]
    return None


def name_start(text: str, post: Post, start: int) -> int:
    """Where a name after the post would start: at its end, or past what may stand between."""
    # 区长 杨小菁开展…: a space or two between post and name (pages set
    # them as table cells) reads as no space; the name is then the post's
    # as it would be without it (a line break is name_after_gap's)
    ns = post.end
    if text[ns : ns + 1] not in _BEFORE_NAME_MARKS:
        return ns  # (most posts: the name, if any, right after the post)
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
    return ns


def name_end(
    text: str, post: Post, ns: int, start: int, public: bool, post_starts: dict[int, Post], hk: bool
) -> int | None:
    """End of the holder's name read at ``ns`` after the post, or None: the readers tried in turn
    (name_after, a listed office-holder, a noun-like name, a married name, a name a predicate
    closes), then the checks a weak post, the surname and a private role want."""
    npost = post if ns == post.end else post._replace(end=ns)
    e = name_after(text, ns, strict=post.weak)
    listed = False
    if e is None and not post.weak and post.official:
        e = known_holder_at(text, ns)  # 韩国总统李在明表示: a listed office-holder the reader cannot read
        listed = e is not None
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
    if e is not None and not listed and not surname_ok(text, npost, start, e):
        e = None  # (a listed office-holder is a name whatever its characters: 德国总理朔尔茨)
    if e is not None and not post.official and not public and text.count(text[ns:e]) < 2:
        # 记者采访时表示: after a private role, only what the tagger reads as a name
        # (a firm-sounding post at a listed public body is public: 卫生署…总监 陈小强)
        if not tagged_name(text, ns, e):
            e = None
    return e


def holders_elsewhere(
    text: str,
    post: Post,
    start: int,
    chain: str,
    public: bool,
    post_starts: dict[int, Post],
    last: tuple[int, bool],
    add,
) -> tuple[int, bool] | None:
    """Holders of a post no name follows, added with ``add``: the (end, public) of the last name
    read after a chain as it then stands (``last`` where these holders do not change it), or
    None where none was found (the chain then waits for ``attach.attach_pending``)."""
    if text[post.end : post.end + 1] not in _ELSEWHERE_NEXT:
        return None  # (most posts: none of the readers below has the character it needs after the post)
    of = name_after_of(text, post, start) or holder_after_of(text, post, start, post_starts)
    if of is not None:
        # 现已晋升为督察的陈志明，: the post, 的, and its holder closing the clause
        add(of[0], of[1], chain, public)
        return of[1], public
    groups = district_list(text, post)
    if groups:
        for gs, ge in groups:
            add(gs, ge, chain, public)
        return last
    listed = list_after_verb(text, post)
    if listed is not None:
        # 出席会议的市领导有王建国、李明华、张晓东: the post's holders listed after 有/包括
        add(listed[0], listed[1], chain, public)
        list_members(text, listed[1], chain, public, post_starts, add)
        return listed[1], public
    if post.official and post.end < len(text) and text[post.end] in GAP_CHARS:
        gap = name_after_gap(text, post.end, weak=post.weak and not any(c in ORG_END for c in chain[: -len(post.text)]))
        if gap is not None:
            # 上海市市长 龚 正 (a work report's byline), 交警大队辅警 靳慧町…
            gs, ge, gname = gap
            add(gs, ge, chain, public, gname)
            return ge, public
    party = party_after_comma(text, post.end) if post.official and not post.weak else None
    if party is not None:
        # 法律界立法會議員、公民黨郭榮鏗: the post, then the holder's party before the name (the
        # title is the post's; the party is no public office, _PARTIES)
        ns = post.end + 1 + len(party)
        e = name_after(text, ns)
        if e is not None:
            add(ns, e, chain, public)
            return e, public
    if start > 0 and post.end < len(text) and text[start - 1] in "（(" and text[post.end] in "）)":
        s = name_filling(text, start - 1)
        s = name_before(text, start - 1) if s is None else s
        # (某某（界别委员）: a weak post in brackets needs a body of its own, or a full post before it in
        # the bracket: 某某（全国人大代表、自由党成员）, Round 29)
        if s is not None and (
            not post.weak
            or any(ch in ORG_END for ch in text[start : post.start])
            or any(not p.weak for p in chain_posts(text[start : post.start]))
        ):
            add(s, start - 1, chain, public)
            return last
    return None


# the characters after a post that name_start reads past (spaces, a closing quote, a portfolio's bracket, a dash)
_BEFORE_NAME_MARKS = frozenset(" \u3000”（(—")
# the characters after a post that one of holders_elsewhere's readers needs there: 的 (name_after_of,
# holder_after_of), a list verb's first (district_list, list_after_verb), a gap (name_after_gap), 、
# (party_after_comma), a closing bracket (a name before the bracketed chain)
_ELSEWHERE_NEXT = frozenset("的、）)") | LIST_FIRSTS | frozenset(GAP_CHARS)
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
