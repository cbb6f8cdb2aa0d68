"""Title chains: ``东坡区委常委、宣传部部长`` -> titles and organisation.

The posts of a text (``posts.find_posts``) anchor the chains; a chain is read
backwards from a post to where the title run starts (``chainwalk.chain_start``),
split at 、 and 兼 here (``split_chain``), and its first segment, without the
post, names the organisation (``organization``).  Whether it holds a public
office is ``public``'s question.

>>> from civicextract.extractors.officials.chainwalk import chain_start
>>> from civicextract.extractors.officials.posts import find_posts
>>> text = "对此，记者专访了东坡区委常委、宣传部部长李维义。"
>>> posts = find_posts(text)
>>> start = chain_start(text, posts[-1].start, {p.end: p.start for p in posts})
>>> chain = text[start:posts[-1].end]
>>> chain, split_chain(chain), organization(chain)
('东坡区委常委、宣传部部长', ('东坡区委常委', '宣传部部长'), '东坡区委')
"""

from __future__ import annotations

import re
from functools import lru_cache

from .posts import chain_posts, lexicon

HAN = "\u4e00-\u9fff"
# Chars that end a place or body name: where a stripped organisation may stop.
_PLACE_END = "省市县区州镇乡村旗盟"
_MODIFIERS = (
    "常务",
    "第一",
    "执行",
    "副",
    "原",
    "前",
    "时任",
    "现任",
    "年轻",
    "资深",
    "轮值",
    "专职",
    "名誉",
    "荣誉",
    "常任",
    "代理",
    # Hong Kong: an acting or deputy magistrate (暂委裁判官), a plain-clothes officer
    "暂委",
    "署理",
    # (Round 29: the Court of Final Appeal's non-permanent judges, 终审法院非常任法官)
    "非常任",
    "便衣",
    "高级",
    "首席",
)

_MODIFIERS_LONGEST_FIRST = tuple(sorted(_MODIFIERS, key=len, reverse=True))


@lru_cache(maxsize=4096)  # chains repeat within and across articles
def split_chain(chain: str) -> tuple[str, ...]:
    return tuple(s for s in _SPLIT.split(chain) if s)


# (round 25: the 兼 of 兼职, part-time, joins no two posts: 中华全国总工会兼职副主席 is one title)
_SPLIT = re.compile(r"(?:[、，,]|兼(?!职))+")


# grades of a civil servant's rank written before it (一级巡视员, 二级调研员, 四级主任科员, 二级高级法官)
_CIVIL_GRADES = ("一级", "二级", "三级", "四级")


@lru_cache(maxsize=4096)  # chains repeat within and across articles
def organization(chain: str) -> str | None:
    """The body heading a chain: its first segment without modifiers and post."""
    first = split_chain(chain)[0] if chain else ""
    lex = lexicon()
    posts = chain_posts(first)
    if not posts:
        return None
    last = posts[-1]
    org = first[: last.start]
    if org and posts[0].start == 0 and posts[0].end == len(org):
        org = ""  # 主任审裁官: a post qualifying the post, not a body
    inner = chain_posts(org) if org else ()
    if inner and inner[-1].end == len(org) and inner[-1].start > 0:
        org = org[: inner[-1].start]  # 劳资审裁处主任审裁官: the rank is no part of the body
    if org.endswith(_CIVIL_GRADES):
        org = org[:-2]  # 市生态环境局二级巡视员: the grade is the post's, not the body's
    # a member of a body is titled by it: 潍坊市政协委员 -> 潍坊市政协
    if last.text.startswith(("政协", "人大")):
        for body in ("政协", "人大"):
            if last.text.startswith(body):
                org += body
    # a body's own party group is the body: …社会科学院党组 -> …社会科学院
    for unit in lex.sub_units:
        if org.endswith(unit) and len(org) > len(unit) + 1 and org[-len(unit) - 1] not in _PLACE_END:
            org = org[: -len(unit)]
    if org.endswith(_MODIFIERS_LONGEST_FIRST):  # (one call; most bodies end in none)
        for m in _MODIFIERS_LONGEST_FIRST:
            if org.endswith(m):
                org = org[: -len(m)]
    if org.startswith(("原", "前", "时", "现")):  # (one call: most bodies open with none of them)
        for m in ("原", "前", "时任", "现任"):
            org = org.removeprefix(m)
    if org.startswith(_RANKS_BEFORE_BODY):
        # Round 29: 首席区域法院法官, 署理总裁判官: the rank qualifies the post written after the body
        org = org[2:]
    # 阳倦村原党总支: the former post, not a former body
    org = _FORMER_CELL.sub("", org) if "党" in org else org
    if last.text == "部长" and len(org) >= 2 and not org.endswith("部") and first.endswith(org + "部长"):
        org += "部"  # 外交部长, 县委组织部长: the ministry's 部 is written once, in the post
    return org if len(org) >= 2 else None


# Hong Kong's ranks written before the court whose post they qualify (首席区域法院法官: the Chief District
# Judge, of the District Court)
_RANKS_BEFORE_BODY = ("首席", "署理", "暂委")

_FORMER_CELL = re.compile(r"(?:原|前)(?=党)")
