"""Features of one programme record for the learned scorer (``scorer.py``).

A record is described by what found it (the candidate kinds), the shape of its
name (length, head word, first and last characters, numerals, quotes, place
prefix, descriptors) and the words around its first mention.  Every feature is
a string; the scorer sums the weights of the ones present.  Work is per record
(a few dozen string operations), never per character of the article.
"""

from __future__ import annotations

import re

from ...records import Program
from .candidates import CODE, LEFT_STOPS, PLACE, distinguishing, numbered
from .lexicon import Lexicon

_HAN = re.compile(r"[\u4e00-\u9fff]")
_VERB_LEAD = re.compile(
    r"^(?:推进|推动|加快|实施|开展|深化|完善|健全|建立|打造|构建|加强|提升|促进|落实|支持|服务|融入|对接|聚焦|"
    r"用于|查看|调研|主动|深度|全力|大力|力争|争取|围绕|坚持|持续|巩固|拓展|统筹|做好|抓好|参与|参加|组织)"
)
_STRATEGY_END = re.compile(
    r"(?:一体化发展|协同发展|一体化|大开发|新通道|示范区|先行区|试验区|引领区|城市群|都市圈|经济带|经济圈)$"
)
_INFRA_END = re.compile(
    r"(?:高铁|铁路|高速公路|高速|城际|通道|大桥|特大桥|枢纽|运河|水库|机场|港|航道|隧道|电站|核电|线|延伸|二期|三期|一期)$"
)
_EVENT_END = re.compile(r"(?:会议|大会|仪式|论坛|博览会|展会|节|赛|讲座|培训|座谈会|发布会)$")
_PLURAL_LEAD = re.compile(r"^(?:一批|多个|若干|各类|各项|\d+个|约|超|近|新)")
_LEFT_CONTEXT = 6
# A count or a clause inside a name: 约40项重大科技攻关项目, 现场共计签订招商引资项目.
_COUNT_INSIDE = re.compile(r"\d+(?:多|余)?[个项条家批]|约|共计|多个|更多|一批|[拟预]计|力争")
_VERB_INSIDE = re.compile(
    r"签订|签约|招募|审批|核准|解决|赢得|融入|推介|进行|建设深|取得|实现|完成|达到|提升至|投入|新增|累计|面向|进一步|第一时间"
)


def _len_bucket(n: int) -> str:
    for cap, label in ((2, "2"), (3, "3"), (4, "4"), (6, "5-6"), (9, "7-9"), (14, "10-14")):
        if n <= cap:
            return label
    return "15+"


def _count_bucket(n: int) -> str:
    return "1" if n == 1 else "2" if n == 2 else "3-4" if n <= 4 else "5+"


def record_features(text: str, rec: Program, kinds: frozenset[str], lex: Lexicon) -> list[str]:
    """The features of ``rec`` (names in ``doc.text`` coordinates), a sorted list of strings."""
    name = rec.name
    f = {"bias", "len=" + _len_bucket(len(name)), "mentions=" + _count_bucket(len(rec.mentions))}
    f.update("kind=" + k for k in kinds)
    f.add("nkinds=" + str(min(len(kinds), 3)))
    f.add("end1=" + name[-1:])
    f.add("end2=" + name[-2:])
    f.add("start1=" + name[:1])
    if rec.aliases:
        f.add("aliases")
    if rec.components:
        f.add("components")
    if name in lex.known or any(a in lex.known for a in rec.aliases):
        f.add("known")
    if numbered(name):
        f.add("numbered")
    if CODE.search(name) or "+" in name:
        f.add("code")
    if re.search(r"\d", name):
        f.add("digit")
    if not _HAN.search(name):
        f.add("no_han")
    if PLACE.match(name):
        f.add("place_prefix")
    if _VERB_LEAD.match(name):
        f.add("verb_lead")
    if _PLURAL_LEAD.match(name):
        f.add("plural_lead")
    if _COUNT_INSIDE.search(name):
        f.add("count_inside")
    if _VERB_INSIDE.search(name, 1):
        f.add("verb_inside")
    if any(c in name for c in "和与及、，"):
        f.add("conjunction")
    head = lex.head_re.search(name)
    if head is None:
        f.add("no_head")
    elif head.end() == len(name):
        f.add("ends_head")
        modifier = name[: head.start()]
        if not distinguishing(modifier, lex, 2):
            f.add("weak_modifier")
        elif distinguishing(modifier, lex, 5):
            f.add("strong_modifier")
    else:
        f.add("inner_head")
    if _STRATEGY_END.search(name):
        f.add("strategy_end")
    if _INFRA_END.search(name):
        f.add("infra_end")
    if _EVENT_END.search(name):
        f.add("event_end")
    if name in lex.generic:
        f.add("generic")
    # the first mention: is it quoted, what is written right before and after it
    if rec.mentions:
        s, e = rec.mentions[0]
        quoted = (s > 0 and text[s - 1] in '“‘"') or text[s : s + 1] in ("“", "‘")
        if quoted:
            f.add("quoted")
        before = text[max(0, s - _LEFT_CONTEXT) : s].lstrip('“‘"')
        stop = None
        for m in LEFT_STOPS.finditer(before):
            stop = m
        if stop is not None and stop.end() >= len(before) - 1:
            f.add("left_stop=" + stop.group())
        prev = text[s - 1 : s] if s > 0 else "^"
        if prev in '“‘"':
            prev = text[s - 2 : s - 1] if s > 1 else "^"
        f.add("prev=" + (prev if _HAN.match(prev) else "punct"))
        nxt = text[e : e + 1].lstrip('”’"') or text[e + 1 : e + 2]
        f.add("next=" + (nxt if _HAN.match(nxt or "x") else "punct"))
        f.add("next2=" + text[e : e + 2].replace("”", "").replace("’", ""))
        if s < 120:
            f.add("early")
        if _AFTER_VERB.search(text, max(0, s - 5), s):
            f.add("after_verb")
        if text.startswith(("工作", "活动", "行动", "”工作", "”活动", "”行动", "”建设", "建设"), e):
            f.add("work_after")
    # The genre shows in the length: a work report names dozens of programmes, a local news item one or two.
    f.add("doc=" + ("short" if len(text) < 1500 else "medium" if len(text) < 5000 else "long"))
    # What found it, crossed with the shape: a short quote is another thing than a short object.
    group = "rule" if kinds & RULE_KINDS else "wide:" + "+".join(sorted(kinds))
    for g in [x for x in f if x.startswith(_CROSSED)]:
        f.add(group + "&" + g)
    f.add("group=" + group)
    return sorted(f)


RULE_KINDS = frozenset({"quote", "head", "known", "item", "title", "linked"})
_CROSSED = (
    "len=",
    "end1=",
    "end2=",
    "next=",
    "prev=",
    "quoted",
    "numbered",
    "no_head",
    "ends_head",
    "mentions=",
    "after_verb",
)
_AFTER_VERB = re.compile(
    r"(?:实施|推动|推进|开展|深化|落实|融入|建设|加快|获批|创建|建成|投用|开工|启动|共建|打造|完成|参与|推出|举办|发起|围绕)[“‘\"]?$"
)
