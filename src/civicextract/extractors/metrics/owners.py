"""Subjects of metrics, stage 2: figures whose subject is named in a clause before them.

A change or a 分别 list names nothing of its own: ``地区生产总值、固定资产投资
分别增长21.2%、39.9%`` gives the i-th figure the i-th item (``respectively``),
``出口1.2万亿元，同比增长13.9%`` gives the change the owner of the figure in
the clause before (``owner_before``, ``counted_before``), and a verb with no
object takes the topic a clause or two back (``topic_before``).  The change
patterns (``CHANGE_ONLY_RE``, ``CHANGE_END_RE``) tell such a phrase from one
that names what it measures.
"""

from __future__ import annotations

import re

from civicextract.extractors.metrics import indicators

from .hit import Hit
from .phrases import HARD_STOPS, LEFT_WINDOW, clean_left, left_bounds, right_phrase

RESPECTIVELY = "分别"
# A clause that only says when or in what respect (今年以来, 截至目前, 在X方面).
_WHEN_CLAUSE_RE = re.compile(
    r"(?:以来|期间|目前|当前|至今|年底|年末|月底|上半年|下半年|今年|去年|近年|近期|\d+[年月日]"
    r"|(?:半|[\d一二两三四五六七八九十几]+)个?(?:月|天|周|小时|星期))$"  # (round 27: 半个月, 就收到了2.5万多条: how long)
)
_TOPIC_LEAD_RE = re.compile(r"^(?:像这样的|这样的|类似的|这些|这类|此类|其中|在|对于|关于)")
_NOT_TOPIC_RE = re.compile(r"为了?|通过|按照|根据|围绕|随着|坚持|加快|推进|推动")
_TOPIC_TAIL_RE = re.compile(r"(?:方面|领域|上|中|里)$")


def topic_before(text: str, start: int, floor: int) -> str | None:
    """The noun phrase of a clause before ``start`` in the same sentence, skipping clauses of time."""
    end = left_bounds(text, start, floor, HARD_STOPS)
    for _ in range(2):
        if end - 1 <= floor or text[end - 1] not in "，,":
            return None
        b = left_bounds(text, end - 1, floor, HARD_STOPS)
        clause = text[b : end - 1].strip()
        end = b
        if not clause or _WHEN_CLAUSE_RE.search(clause) or clause.startswith("据"):
            continue  # (据统计, 据了解: who says so)
        if any(c.isdigit() for c in clause) or len(clause) > 20 or _NOT_TOPIC_RE.match(clause):
            return None  # (为加快项目建设进度，该县已开工12个: an aim, not what was counted)
        topic = _TOPIC_TAIL_RE.sub("", _TOPIC_LEAD_RE.sub("", clause))
        return topic if len(topic) >= 2 else None
    return None


# A change with nothing of what changed (增长, 同比下降, 分别增长).
# (round 24: and Hong Kong's 按年/按月/按季, with its one-character verbs: 首季出口，按年跌2.1%)
_HK_PERIOD_CHANGE = r"按[年月季](?:计)?(?:增长|下降|上涨|增加|减少|回落|上升|下跌|升|跌|增|减)了?"
CHANGE_ONLY_RE = re.compile(
    # (round 28: 较去年同月减少, 比上年同季增长: the same month or quarter a year before)
    r"(?:分别|同比|比上年|较上年|年均|分别年均|(?:比|较)(?:\d{4}年|上年|去年)(?:底|末|同期|同月|同季)?)?"
    r"(?:增长|下降|上涨|提高|增加|减少|回落|上升|降低|提升)了?(?:分别)?"
    rf"|{_HK_PERIOD_CHANGE}"
)
# (without the base year: a search at every position of a window, for every rate)
CHANGE_END_RE = re.compile(
    r"(?:(?:分别|同比|比上年|较上年|年均|分别年均)?(?:增长|下降|上涨|提高|增加|减少|回落|上升|降低|提升)了?(?:分别)?"
    rf"|{_HK_PERIOD_CHANGE})$"
)
# What a change at the end of a phrase ends with (增长, 下降了, 增长分别): the cheap test before
# the search (and a newline, before which ``$`` matches too)
CHANGE_LAST = frozenset("长降涨高加少落升低了别跌增减\n")
# A figure in a clause: what stands before it is what the figure measures.
_FIGURE_RE = re.compile(r"(?:[近约超逾]|超过)?(?<![A-Za-z\d.])\d")  # (PM2.5 is a name)


def counted_before(text: str, pos: int, prev_tail: int) -> str | None:
    """The noun the figure before counts when it runs from that figure's unit to the
    comma before ``pos`` (收到约4.5万宗公屋申请，): what a change after the comma is the
    change of.  ``prev_tail`` is where the figure before ends (0: none)."""
    if prev_tail <= 0:
        return None
    right, after = right_phrase(text, prev_tail)
    return right if right and after == pos - 1 else None


def owner_before(text: str, pos: int, n: int) -> list[str] | None:
    """What the ``n`` figures before ``pos`` measure, from the clauses before it.

    ``pos`` is where the change phrase begins (after a 、 or ，).  One clause
    holding ``n`` figures (收入分别达6.9万元、3.4万元，增长4.2%、5.3%) gives its
    subject to all of them; ``n`` clauses of one figure each (接待游客1200万人次，
    实现旅游收入98.6亿元，分别增长15.3%和20.1%) give theirs in order.
    """
    owners: list[str] = []
    end = pos - 1
    while end > 0 and len(owners) < n and text[end] in "，、,":
        b = left_bounds(text, end, 0, HARD_STOPS, _OWNER_WINDOW)
        clause = text[b:end]
        lead = _TIME_LEAD_RE.match(clause)  # 6月份北京地区汽车进口118.5亿元: the month is no figure
        clause = clause[lead.end():] if lead.end() < len(clause) else clause  # type: ignore[union-attr]  # (all of it optional: it always matches)
        f = _FIGURE_RE.search(clause)
        if f is None or f.start() == 0:
            if f is not None and text[end] == "、" and b > 0:
                end = b - 1  # a second figure of the clause before (6.9万元、3.4万元)
                continue
            return None
        head = clean_left(clause[: f.start()])
        head = _OWNER_LEAD_RE.sub("", head)
        if not head:
            return None
        if not owners and _BASE_ONLY_RE.fullmatch(head) and b > 0:
            # (round 28) 棉花总产量为462万吨，比1978年增长3.1倍，年均增长2.7%: a clause opening
            # with its base (比1978年) is a change of the figure before it; the owner is further back
            end = b - 1
            continue
        figures = len(_FIGURE_RE.findall(clause))
        if figures >= n and not owners:
            return _heads_of(clause, head, n)
        owners.append(head)
        end = b - 1
    return owners[::-1] if len(owners) == n else None


_OWNER_LEAD_RE = re.compile(r"^(?:实现|完成|接待)")
# What opens a clause of change before its base year (比1978年增长3.1倍): no owner
_BASE_ONLY_RE = re.compile(r"(?:同比|环比)?(?:比|较|与|相比|对比)")
# A time that opens a clause (6月份, 2023年上半年, 今年前7个月，): no figure of what is measured
# (月初 is a time, 月初步 is the month and 初步 "preliminary": session 25).
_TIME_LEAD_RE = re.compile(
    r"(?:(?:此外|其中|同时|另外)，?)?(?:\d{1,4}(?:年|月份|月|日)(?:份|底|末|初(?!步)|上半年|下半年)?|今年|去年|上半年|下半年|前\d{1,2}个月)*，?"
)
# How far back the clause before a change may begin (巴西、南非、印度分别进出口
# 912.2亿元、274.5亿元、106.3亿元，分别增长…: three figures make a clause of 40)
_OWNER_WINDOW = 60
# An owner longer than this is a clause, not a noun to put before 同比增长.
OWNER_MAX = 16
NO_OWNER_RE = re.compile(r"这是|这|^(?:今年|去年|本年|上年)|[前后]$")


def _heads_of(clause: str, head: str, n: int) -> list[str]:
    """The ``n`` owners of one clause's ``n`` figures: one per 、-piece (污水处理厂12个、
    卫生室30个), else one per item of a 分别 list (粮食总产量、蔬菜产量分别达到), else one for all."""
    pieces = clause.split("、")
    if len(pieces) == n:
        heads = []
        for piece in pieces:
            f = _FIGURE_RE.search(piece)
            h = _OWNER_LEAD_RE.sub("", clean_left(piece[: f.start()])) if f is not None and f.start() > 0 else ""
            heads.append(h)
        if all(heads):
            return heads
    k = head.rfind(RESPECTIVELY)
    items = [x for x in (clean_left(x) for x in (head[:k] if k >= 0 else head).split("、")) if x]
    return items if len(items) == n else [head] * n


_NUMERAL_ITEM_RE = re.compile(r"第?[一二三四五六七八九十]")


def _numbered_heads(items: list[str]) -> list[str]:
    """一、二、三产业增加值: numerals sharing the head written after the last one."""
    last = items[-1]
    if len(items) < 2 or not all(_NUMERAL_ITEM_RE.fullmatch(x) for x in items[:-1]):
        return items
    m = _NUMERAL_ITEM_RE.match(last)
    if m is None or m.end() >= len(last):
        return items
    return [x + last[m.end() :] for x in items[:-1]] + [last]


# What a change is measured against (较“十三五”时期, 比上年, 与2020年相比, 同比)
_BASE_ONLY_RE = re.compile(r"(?:较|比|与|同)[^，、]{0,12}?(?:时期|期末|同期|年末|年底|上年|去年|相比)?")


# A listed company's code is no part of its name, nor of the window the list's clause is sought in
# (中海油（00883.HK）、中石油（00857.HK）及中石化（00386.HK）分别升…: round 16).
_ASIDES_BACK = 120
_CODE_ASIDE_RE = re.compile(r"（[\dA-Za-z. ]{2,12}）")


# A count closing an item of a list (专精特新企业120家, 小巨人企业18家, 出口1.2万亿元).
_FIGURE_TAIL_RE = re.compile(r"(?:达到|达|为|超过|超|近|约)?\d[\d.,]*(?:万|亿)?[^\d、，。；]{0,3}$")


def _cut_figure_tail(item: str) -> str:
    m = _FIGURE_TAIL_RE.search(item)
    return item[: m.start()] if m is not None and m.start() >= 2 else item


def respectively(
    text: str, hits: list[Hit], run: list[int], out: list[str | None], last_items: list[str] | None = None
) -> list[str] | None:
    """地区生产总值、固定资产投资分别增长21.2%、39.9%: the i-th number belongs to the i-th item.

    The items may follow 分别 (分别新增A、B373家、13个), and a second 分别 list
    with no items of its own (，分别累计达到1111家、74个) takes the first one's.
    Returns the items assigned, for the next list.
    """
    if len(run) < 2:
        return None
    first = hits[run[0]].start
    lo = max(0, first - _ASIDES_BACK)
    asides = sum(map(len, _CODE_ASIDE_RE.findall(text, lo, first))) if text.find("）", lo, first) >= 0 else 0
    b = left_bounds(text, first, 0, HARD_STOPS, LEFT_WINDOW + asides)
    clause = _CODE_ASIDE_RE.sub("", text[b:first]) if asides else text[b:first]
    k = clause.rfind(RESPECTIVELY)
    if k < 0:
        if b >= 2 and text[b - 1] in "，," and CHANGE_ONLY_RE.fullmatch(clause.strip()):
            # 城乡居民人均可支配收入分别达6.9万元、3.4万元，增长4.2%、5.3%: the
            # changes of the figures of the clause before, as 分别 would say
            owners = owner_before(text, b, len(run))
            if owners:
                for idx, item in zip(run, owners, strict=True):
                    out[idx] = item
                return owners
        return None
    head = clause[:k]
    if head[:1] in "较比与同" and _BASE_ONLY_RE.fullmatch(clean_left(head)):
        head = ""  # 较“十三五”时期分别增长4.8%、50%: the base of the change, not what changed
    if not clean_left(head):
        after = [x for x in (clean_left(x) for x in clause[k + len(RESPECTIVELY) :].split("、")) if x]
        if len(after) == 1 and CHANGE_ONLY_RE.fullmatch(after[0]):
            after = []  # 分别增长46.9%、34.5%: a change alone names nothing
        if len(after) == len(run):
            for idx, item in zip(run, after, strict=True):
                out[idx] = item
            return after
        if not after and last_items is not None and len(last_items) == len(run):
            for idx, item in zip(run, last_items, strict=True):
                out[idx] = item
            return last_items
    if not clean_left(head) and b >= 2 and CHANGE_ONLY_RE.match(clause, k):
        # 接待游客1200万人次，实现旅游收入98.6亿元，分别增长15.3%和20.1%: the
        # changes of the figures of the clauses before, in order
        owners = owner_before(text, b, len(run))
        if owners:
            for idx, item in zip(run, owners, strict=True):
                out[idx] = item
            return owners
    back = False
    if not clean_left(head) and b >= 2:
        # 万亿产业、先进制造业集群从无到有，分别达2个、3个: the list is one clause back
        b2 = left_bounds(text, b - 1, 0, HARD_STOPS)
        head = text[b2 : b - 1]
        back = True
    items = [clean_left(x) for x in head.split("、")]
    if back:
        # 培育专精特新企业120家、小巨人企业18家，分别占全省的30%和25%: the items of the
        # clause back end in their own counts, which name nothing of the shares (round 20)
        items = [_cut_figure_tail(x) for x in items]
    items = [x for x in items if x]
    if len(items) < len(run):
        # 学前教育毛入园率、义务教育巩固率、高中阶段和高等教育毛入学率分别达到 four figures
        finer = [x for x in (clean_left(x) for x in re.split("[、和及与]", head)) if x]
        if len(finer) == len(run):
            items = finer
    if len(items) == len(run):
        items = indicators.shared_head(_numbered_heads(items))  # 城镇、农村居民人均可支配收入
        if len(items[-1]) > 2 and items[-1][-1] == "等":
            items[-1] = items[-1][:-1]  # 国航、南航、携程等分别升…: the list closes with 等
        owner, of, own = items[0].rpartition("的")
        if of and owner and len(own) >= 2:
            # 甘肃省的风能、太阳能技术可开发量分别为…: whose they are is no part of
            # the first item (the gold writes 风能 or the whole list)
            items[0] = own
        for idx, item in zip(run, items, strict=True):
            out[idx] = item
        return items
    if head.strip():
        whole = clean_left(head)
        for idx in run:
            out[idx] = whole or out[idx]
    return None
