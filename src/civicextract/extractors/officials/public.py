"""Does a title chain hold public office (``is_public``)?

Segment by segment: a segment is public when its post is and its body (the
markers of ``models/org_suffixes.txt``) is no company, bank, school, hospital
or firm; the parties of Taiwan and Hong Kong give their own staff no public
office, and a segment without a body takes the previous one's.
``private_body`` and ``has_own_body`` answer the callers' narrower questions.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .posts import base_post, chain_posts, lexicon
from .titles import split_chain

# A bank's head is no official, the central bank's is (中国人民银行行长潘功胜):
# these posts are public at a ``+`` public body of org_suffixes.txt.
_BANK_HEADS = frozenset(("行长",))
# Parties of Taiwan and Hong Kong (not the Communist Party of China, whose
# posts are public, nor the mainland's eight democratic parties): their own
# posts (主席, 秘书长, 部主任, 发言人) hold no public office; an elected office
# with the party before it (民进党立委, 民主党区议员) still does.  Complete for
# the parties the press names: Taiwan's legislative parties and Hong Kong's
# parties of the Legislative and District Councils.
_PARTIES = (
    "国民党",
    "民进党",
    "民众党",
    "亲民党",
    "时代力量",
    "新党",
    "台联党",
    "基进党",
    "民主党",
    "公民党",
    "社民连",
    "人民力量",
    "工党",
    "民协",
    "街工",
    "新民主同盟",
    "民建联",
    # the Federation of Trade Unions fields legislators and district councillors like a party
    # (工联会立法会议员某某), though org_suffixes.txt marks 联会 as an association's
    "工联会",
    "经民联",
    "新民党",
    "自由党",
)
# (the walk back of chainwalk reads a chain on over the stop chars inside these names: 自由党)
PARTIES = _PARTIES
# a party's own staff posts (秘书长, 发言人) after a party's name other than China's (远进党秘书长)
_PARTY_STAFF = frozenset(("秘书长", "发言人"))
_OTHER_PARTY = re.compile(r"(?<!共产)(?<!农工)(?<!致公)(?<![中县市区省镇乡村])党$")


def party_after_comma(text: str, i: int) -> str | None:
    """The party of ``_PARTIES`` written right after a list comma at ``i`` (立法会议员、公民党…), or None."""
    if text[i : i + 1] != "、" or not text.startswith(_PARTIES, i + 1):
        return None  # (one call rules every party out)
    return next(p for p in _PARTIES if text.startswith(p, i + 1))


def _party_lead(seg: str) -> int:
    """Length of the modifier and party opening ``seg`` (前工联会…: 5), 0 where no party of
    _PARTIES opens it."""
    rest = _unmodified(seg)
    if not rest.startswith(_PARTIES):
        return 0  # (most segments: one call rules every party out)
    party = next(p for p in _PARTIES if rest.startswith(p))
    return len(seg) - len(rest) + len(party)


def _unmodified(seg: str) -> str:
    """The segment without a leading 原/前/时任/现任 (时代力量 keeps its 时)."""
    if seg.startswith(_FORMER_OR_SITTING):  # (one call: most segments open with none)
        for m in _FORMER_OR_SITTING:
            if seg.startswith(m):
                seg = seg[len(m) :]
                break
    if seg.startswith(("台湾", "中国")) and seg.startswith(_PARTIES, 2):
        return seg[2:]  # 台湾民众党主席, 中国国民党副主席: the party's full name
    return seg


# the modifiers _unmodified strips, in the order it tries them
_FORMER_OR_SITTING = ("时任", "现任", "原", "前")


# seats of a congress or a CPPCC (their body is in the post's own name): public before a private post too
_DEPUTIES = frozenset(("人大代表", "政协委员", "党代表", "人大常委", "政协常委"))
# a party's head (not a vice-chair) leads it in public life: fit's gold counts a Hong Kong party's 召集人
_PARTY_HEADS = frozenset(("主席", "召集人", "党主席", "党魁"))
_ELECTED = frozenset(("议员", "立委", "区议员", "市长", "县长", "议长", "副议长", "代表", "委员"))
# A firm's managing posts that a Hong Kong statutory body or department gives
# too (旅发局总干事, a 卫生署 centre's 总监, 旅发局总经理): public at a ``+``
# public body (not 记者 or 顾问, whoever employs them)
_MANAGERS = frozenset(("总监", "主管", "总干事", "总经理", "经理", "总裁", "行政总裁"))


# a university's own bodies named short at a chain's start (校党委, 校定点帮扶工作领导小组办公室, 院党委 of a hospital
# is ambiguous and left alone)
_SCHOOL_OWN = ("校党委", "校纪委", "校团委", "校工会", "校定点", "校领导", "校办")

# the boards of a body (a statutory body's 董事局 is its governing board, as a firm's is)
_BOARDS = frozenset(("董事局", "董事会"))


@lru_cache(maxsize=4096)  # chains repeat within and across articles
def is_public(chain: str) -> bool:
    """Does the chain hold a public post?

    Segment by segment: a segment is public when its post is and its body is
    no company, bank, school, hospital or firm; a segment without a body of
    its own (``…集团党委书记、董事长``, ``…总部党委委员、副主任``) takes the
    previous one's.  ``潍坊市政协委员、某公司董事长`` holds one public post.
    """
    lex = lexicon()
    if _unmodified(chain).startswith(_SCHOOL_OWN):
        return False  # Round 25c: 校定点帮扶工作领导小组办公室主任: the school's own office, named short (not 党校)
    body_public = True
    # 中原地产亚太区副主席兼住宅部总裁: a private post in the chain makes its
    # other posts a firm's too, unless their body is plainly public
    segs = []
    private = False
    for seg in split_chain(chain):
        posts = chain_posts(seg)
        if posts:
            segs.append((seg, posts[-1]))
            private = private or posts[-1].text in lex.other
    if (
        len(segs) > 1
        and segs[0][1].weak
        and _own_body_re().search(segs[0][0]) is None
        and private_body("".join(seg for seg, _ in segs[1:]))
    ):
        # Round 28: a chain opening with a weak post and no body (现场总负责人、某电力公司设备部副主任): the body
        # named next is its holder's, so the bare post is that firm's too, not a public one of its own
        segs = segs[1:]
    for seg, last in segs:
        if last.text == "党魁" and not _unmodified(seg).startswith(_PARTIES):
            continue  # (泰国远进党党魁: a foreign party's leader holds no public post by it)
        if base_post(last.text) in _PARTY_STAFF and _OTHER_PARTY.search(seg, 0, last.start):
            continue  # (远进党秘书长: a party's own staff post, no public office; not China's parties)
        if _unmodified(seg).startswith(_PARTIES) and not (
            base_post(last.text) in _ELECTED or base_post(last.text) in _PARTY_HEADS and "副" not in last.text
        ):
            continue  # 国民党副秘书长: a party's own post is no public office (its head's is: 民进党主席)
        at_public_body = False
        if not body_public and _CELLS.match(_unmodified(seg)):
            # Round 25c: 医院党委委员、党委组织部长: the cell after a private body is that body's own (its
            # 组织部 no public department)
            continue
        # an elected post after its party (工联会立法会议员): the party is no body of the post
        lead = _party_lead(seg)
        if last.start > lead:  # a body of its own
            # ``+`` exceptions name public bodies inside not-public markers (人民银行, 社会科学院)
            bodies = [m.group() for m in lex.bodies.finditer(seg, lead, last.start)]
            if len(bodies) > 1 and not lex.public_set.isdisjoint(bodies[:-1]) and bodies[-1] in _BOARDS:
                bodies.pop()  # 市区重建局董事会主席: a statutory body's own board, no firm's
            body_public = lex.public_set.issuperset(bodies)
            at_public_body = not lex.public_set.isdisjoint(bodies)
        elif not body_public and _own_body_re().search(last.text):
            # 某协会会长、省人大代表: a post whose own words name its body (人大)
            # after a private one is that body's, not the association's
            body_public = not private_body(seg)
        if private and not at_public_body and not has_own_body(seg):
            if last.official and last.text in _DEPUTIES:
                return True  # 省人大代表、某研究院研究员: a deputy's seat is no firm's, whatever follows
            continue  # (党委书记、董事长: a party cell of the firm, no public body)
        if body_public and (
            last.official
            or at_public_body
            and (base_post(last.text) in _BANK_HEADS or base_post(last.text) in _MANAGERS and len(chain_posts(seg)) == 1)
        ):
            return True  # (a private-sounding post at a listed public body: 卫生署…中心总监, 旅发局总干事)
    return False


@lru_cache(maxsize=4096)
def private_body(chain: str) -> bool:
    """Is any body in the chain a company, bank, hospital, association …?"""
    lex = lexicon()
    return any(m.group() not in lex.public_set for m in lex.bodies.finditer(chain))


# party cells and unions inside any body: 党委副书记, 工会主席 name no body of their own
_CELLS = re.compile("党总支|党支部|党工委|党委|党组|工会|纪委|机关|团委")


@lru_cache(maxsize=4096)
def has_own_body(chain: str) -> bool:
    """Does the chain name a body of its own (``区委副书记``, ``市慈善总会副会长``),
    not only posts, party cells and units (``党委副书记、工会主席``, ``原副院长``, ``科室主任``)?"""
    rest = _CELLS.sub("", chain)
    for p in reversed(chain_posts(rest)):
        rest = rest[: p.start] + rest[p.end :]
    return _own_body_re().search(rest) is not None


@lru_cache(maxsize=1)
def _own_body_re() -> re.Pattern[str]:
    """A body marker of org_suffixes.txt or a public hint (not 党) anywhere: one search, not one per word."""
    hints = [h for h in _PUBLIC_BODY_HINTS if h != "党"]
    return re.compile(f"{lexicon().bodies.pattern}|{'|'.join(map(re.escape, hints + list(_PARTIES)))}")


# Words that make a body plainly public (潍坊市政协委员、某公司董事长 holds a
# public post; 中原地产亚太区副主席兼住宅部总裁 does not)
_PUBLIC_BODY_HINTS = (
    "委",
    "政府",
    "人大",
    "政协",
    "局",
    "厅",
    "法院",
    "检察院",
    "党",
    "街道",
    "社区",
    "村",
    "镇",
    "乡",
    "县",
    "市",
    "省",
)
