"""Office-holders named without a title where the sentence's shape says who they are.

A state-news paragraph opening with bare names and a protocol verb (王东峰等参加会见,
王毅主持会议: ``bare_participants``), both sides of talks (李强同卡尼举行会谈), a foreign
government named after its head (美国拜登政府: ``named_governments``) and a headline
quoting a person by name whom the body calls by surname and post (李明：… then 李书记说:
``headline_speaker``).  ``protocol_hint`` lets the main loop skip an article with no
post and none of these verbs.  (The listed office-holders named bare are ``holders``'.)
"""

from __future__ import annotations

import re

from ..meta import name_lexicons
from .attach import name_ending_at
from .checks import ADDRESS
from .foreign import TRANSLIT, foreign_before
from .holders import is_listed_holder
from .namechars import married_end, plausible
from .names import name_after
from .names_before import name_before
from .public import is_public
from .states import state_before
from .tagging import tagged_name

_HEADLINE_TURN = re.compile(r"[ \u3000]*(?:#+ *)?([\u4e00-\u9fff]{2,3})[：:]")


def headline_speaker(text: str, people: dict, add) -> None:
    """A headline quoting a person by name alone (``李明：让群众的日子越过越红火``) while the
    body calls him by surname and post only (``李书记说…``): the post is the headline name's."""
    m = _HEADLINE_TURN.match(text)
    if m is None or m.group(1) in people:
        return
    s, e = m.span(1)
    name = text[s:e]
    single, double, _, _ = name_lexicons()
    if not (name[0] in single and plausible(name) and tagged_name(text, s, e)):
        return  # (原标题：…: a label, not a name)
    if any(p.startswith(name[0]) for p in people):
        return  # (李书记 may be another 李 the body names in full)
    # the first surname-and-post reference after the headline (posts tried in a fixed order)
    found = [(i, post) for post in sorted(ADDRESS) if post != "同志" for i in [text.find(name[0] + post, e)] if i >= 0]
    if found:
        post = min(found)[1]
        add(s, e, post, is_public(post))


# A state-news paragraph that opens with a bare name and a protocol verb
# (吴政隆参加上述活动。 王东峰等参加会见。 何立峰及…负责同志陪同考察。 王毅主持会议。):
# the name is that of an office-holder the report needs no title for.
# (参加会议, 参加座谈会, 出席仪式: residents and guests do that too; 主持会议 and
# 出席会议 / 参加会见 are an office-holder's)
_VISITS = ("上述活动", "会见", "会谈", "考察", "调研")
_MEETINGS = ("会议", "开幕式", "开班式", "闭幕式")
_PROTOCOL = {"参加": _VISITS, "陪同": _VISITS, "出席": _VISITS + _MEETINGS, "主持": _MEETINGS, "列席": _MEETINGS}
# 李强同卡尼举行会谈 / 习近平同普京通电话: both sides of talks are office-holders
_SENTENCE_OPEN = "。！？\n>；"


def _clause_open(text: str, i: int, opens: str) -> int:
    """Start of the clause holding ``i``: after the last of ``opens``, past spaces and markup."""
    ss = max(text.rfind(c, max(0, i - 80), i) for c in opens) + 1
    while ss < i and text[ss] in " \u3000\t":
        ss += 1
    return ss


# the protocol verbs and talks, each found by str.find: eight literal scans cost about half of one
# scan of their alternation, which the engine runs by testing every character against the class
# of their first characters (about 60 instructions a character; callgrind over dev + fit, 9.3 ->
# 5.5 M instructions a pass).  No word's tail opens another word, so they never overlap.
_PROTOCOL_WORDS = ("参加", "陪同", "出席", "主持", "列席", "举行会谈", "举行会晤", "通电话")


def protocol_hint(text: str) -> bool:
    return any(w in text for w in _PROTOCOL_WORDS)


def _protocol_verbs(text: str) -> list[tuple[int, str]]:
    """(start, word) of every protocol verb and talk in ``text``, in order: what the alternation
    ``参加|陪同|…|通电话`` finds with finditer."""
    found = []
    for w in _PROTOCOL_WORDS:
        i = text.find(w)
        while i >= 0:
            found.append((i, w))
            i = text.find(w, i + len(w))
    found.sort()
    return found


def bare_participants(text: str, people: dict, add) -> None:
    for v, verb in _protocol_verbs(text):
        objects = _PROTOCOL.get(verb)
        if objects is None:
            _talks_sides(text, v, add)
        elif text.startswith(objects, v + 2 + text.startswith("了", v + 2)) or (
            verb in ("出席", "陪同", "列席") and text[v + 2 : v + 3] in ("。", "<")
        ):  # (…出席会议; and the closing 某某、某某出席。 of a leader's item: the event is the item's)
            _protocol_subject(text, v, add)


def _protocol_subject(text: str, v: int, add) -> None:
    ss = _clause_open(text, v, _SENTENCE_OPEN)
    single, double, _, _ = name_lexicons()
    if not 2 <= v - ss <= 28 or not (text[ss] in single or text[ss : ss + 2] in double):
        return  # (cheap tests first: a name of 2-4 chars and at most 及 + 24 chars of company)
    se = name_after(text, ss, strict=True)
    if se is None or se > v or not plausible(text[ss:se]):
        return
    names = [(ss, se)]
    # 石泰峰、李书磊、穆虹出席会议: a bare list of names, each a clean one
    while text[se : se + 1] == "、" and len(names) < 12:
        ne = name_after(text, se + 1, strict=True)
        if ne is None or ne > v or not plausible(text[se + 1 : ne]):
            return
        names.append((se + 1, ne))
        se = ne
    gap = text[se:v]
    # (nothing, 等, 同志, or 及 and the officials who come along)
    if gap in ("", "等", "同志") or gap.startswith("及") and len(gap) <= 24 and not any(c in gap for c in "，,、"):
        if len(names) > 1 and not any(is_listed_holder(text, ns, ne) for ns, ne in names):
            # 刘捷、赵承、李岩益出席。 in a provincial paper: its own leaders named bare, no post given and
            # none a listed one (the state news' 石泰峰、李书磊、穆虹出席会议 are listed), so no records
            return
        for ns, ne in names:
            add(ns, ne, None, bare=True)


def _talks_sides(text: str, v: int, add) -> None:
    ss = _clause_open(text, v, _SENTENCE_OPEN + "，：")
    j = max(text.rfind("同", ss, v), text.rfind("与", ss, v))
    if j < 0 or not 2 <= j - ss <= 3 or not 2 <= v - j - 1 <= 6 or name_ending_at(text, j, ()) != ss:
        return
    other = text[j + 1 : v]
    if not plausible(other) or not (all(c in TRANSLIT for c in other) or name_after(text, j + 1, strict=True) == v):
        return  # (中方同美方举行会谈: sides, not people)
    add(ss, j, None, bare=True)
    add(j + 1, v, None, bare=True)


_GOVERNMENT = re.compile("政府")
_LED_GOVERNMENT = re.compile(r"领导的[\u4e00-\u9fff]{0,4}政府")


def named_governments(text: str, people: dict, add) -> None:
    """A foreign government named after its head (美国拜登政府, 以色列内塔尼亚胡政府):
    the transliterated name between the state and 政府 is the head's, a record
    with no title of its own."""
    if "政府" not in text:
        return
    for m in _GOVERNMENT.finditer(text):
        e = m.start()
        if e < 2 or text[e - 1] not in TRANSLIT:
            continue  # (most governments are 市政府, 当地政府: no name before)
        s = foreign_before(text, e)
        if s is None:
            continue
        st = state_before(text, s)
        if st is None and text[s:e] not in people and not (
            text.startswith("官员", m.end()) and state_before(text, e) is None and tagged_name(text, s, e)
        ):
            continue  # (某某政府官员: officials of a government named after its head; 巴勒斯坦政府 is a state's)
        if st is not None and len(st) < 2:
            continue  # (a one-char state glued before: 美|…, too loose to read)
        add(s, e, None, bare=True)
    for m in _LED_GOVERNMENT.finditer(text):
        # (某某领导的政府: the government's head, named before 领导的, a record with no title of its own)
        e = m.start()
        s = foreign_before(text, e) if text[e - 1 : e] in TRANSLIT else None
        if s is None:  # (a Hong Kong married name, 林郑月娥, before a 3-character reading of its tail)
            s = e - 4 if e >= 4 and married_end(text, e - 4) == e else name_before(text, e)
        if s is not None and plausible(text[s:e]):
            add(s, e, None, bare=True)
