"""Chains no name follows, given to the person they belong to.

The main loop sets aside every chain after which it reads no name (``pending``); once
the article's people are known, these give each its holder: the subject of a verb that
gives a post (曾任/调任/当选/在任/作为: 袁延杰当选潍坊市政协委员, the sentence's subject or
the last person named before), the appointee of a notice (任命王建国为…, 免去李华的…职务),
a name the title stands after between commas (李明，某党派秘书长，), a subject and 是,
and a second post held with the first (``second_posts``: 身兼…主席的…局长某某).
"""

from __future__ import annotations

import re

from ..meta import name_lexicons
from .assemble import head_post
from .chainwalk import ATTACH_VERBS
from .edges import DOTS, all_han, is_han
from .foreign import TRANSLIT
from .namechars import is_honorific, plausible
from .names import name_after
from .tagging import tagged_word
from .titles import organization
from .unclosed import predicate_end

# Adverbs between a subject and 任/兼任 (…，后继续兼任三明市委书记): a surname
# char before one of them is no name.
# adverbs between a subject and the verb taking up a post (某某成功当选, 某某正式出任)
_ATTACH_ADVERBS = ("成功", "顺利", "正式", "高票", "全票", "首次", "再次", "再度", "连续", "已经", "随即")
_ADVERBS = ("继续", "同时", "随后", "后来", "先后", "曾经", "此后", "之后", "一直", "长期", "仍然", "依然")


# Verbs that give a person a second post before the first (身兼…主席的…局长某某)
_HOLDS = ("身兼", "兼任", "身为", "同为", "兼")


def second_posts(text, pending, people, owners) -> None:
    """``身兼创科基金督导小组主席的商务及经济发展局局长王志明``: the chain before
    的 is a second post of the person named after the chain that follows."""
    for start, end, chain, public in pending:
        if text[end : end + 1] != "的" or end + 1 not in owners:
            continue
        if not any(text.endswith(v, 0, start) for v in _HOLDS):
            continue
        p = people[owners[end + 1]]
        p.chains.append(chain)
        p.public.append(public)


_ATTACH_LAST = frozenset(v[-1] for v in ATTACH_VERBS)
# negations before a verb that gives a post (未能当选, 没有出任, 未获任命为)
_NEGATED = ("未能", "没能", "未", "没有", "不再", "无缘")
# Round 28: speech verbs right after a sentence's opening name: what follows the comma is what the
# speaker says, so a post taken further on in it (某某说，乙…，现在担任…) is not the speaker's
_REPORTS = ("说，", "表示，", "指出，", "认为，", "强调，", "介绍，", "透露，", "称，")


# verbs of receiving a guest: a 作为 right after one opens the guest's role (会见作为…特使来访的…)
_MEETS = ("会见", "会晤", "接见", "会谈", "欢迎")


def attach_pending(text, pending, people, add) -> None:
    """Chains after 曾任/调任/当选/在任/作为 belong to the sentence's subject.  For each chain in
    turn: a holder after 及/和/兼, an appointee, a name before the chain, a fronted apposition's
    subject; then, after a verb that gives a post, a predecessor and successor, the subject right
    before the verb, the sentence's opening name, the last person named before."""
    single, double, _, _ = name_lexicons()
    starts = None  # start of each span -> its person's name: made once, at the first chain that asks
    # Round 29: the last chain given after a verb, (start, end, holder: a span or a known person's
    # name): a chain of the verb's list (担任甲，乙、丙和丁等职务) opening inside it or right after it, at
    # one of the list's joins, is the same person's
    carried: tuple[int, int, tuple[int, int] | str] | None = None
    pending_starts = {p[0] for p in pending}
    for start, end, chain, public in pending:
        if (
            carried is not None
            and carried[0] <= start <= carried[1] + 1
            and text[start - 1 : start] in _LIST_JOINS
            and _list_item_ends(text, end, pending_starts)
        ):
            holder = carried[2]
            if isinstance(holder, str):
                people[holder].chains.append(chain)
                people[holder].public.append(public)
            else:
                add(holder[0], holder[1], chain, public)
            carried = (start, end, holder)
            continue
        if text[end : end + 1] in ("及", "和", "兼") and public:
            if starts is None:
                starts = {s: n for n, p in people.items() for s, _ in p.spans}
            joint = _joint_holder(text, end, starts)
            if joint is not None:
                people[joint].chains.append(chain)
                people[joint].public.append(public)
                continue
        listed = _appointee_list(text, start)
        if listed:
            for s, e in listed:
                add(s, e, chain, public)
            continue
        got = _appointee(text, start, end) or _named_before(text, start, end) or _subject_is(text, start, end)
        if got is not None:
            add(got[0], got[1], chain, public)
            continue
        verb = (
            next((v for v in ATTACH_VERBS if text.endswith(v, 0, start)), None)
            if text[start - 1 : start] in _ATTACH_LAST  # (most chains follow no such verb: one set lookup)
            else None
        )
        if verb in ("作为", "身为") and text[end : end + 1] in ("，", ","):
            # 作为河南省政协委员，张银良…: a fronted apposition names the subject after its comma
            se = name_after(text, end + 1, strict=True) or predicate_end(text, end + 1)
            if se is not None:
                add(end + 1, se, chain, public)
                continue
        if verb is None or not _list_item_ends(text, end, pending_starts) and text[end] not in "期之后以":
            continue
        if text[end : end + 1] == "、":
            if starts is None:
                starts = {s: n for n, p in people.items() for s, _ in p.spans}
            if _list_goes_on_to_holder(text, end, starts):
                continue  # 提名现任某市纪委常委、监察委员会委员林某: the posts' own holder ends the list
        vstart = start - len(verb)
        if verb == "任" and text.endswith("连", 0, vstart):
            vstart -= 1  # 当选连任老挝政府总理: the verb is 连任 (and 当选 before it), not a subject's 任
            if text.endswith("当选", 0, vstart):
                vstart -= 2
        if _not_taken(text, verb, vstart):
            continue
        hailed = _congratulated(text, vstart)
        if hailed is not None:
            add(hailed[0], hailed[1], chain, public)  # 致电祝贺宋赛当选连任…总理: the post is the congratulated one's
            continue
        j = _handover(text, vstart)
        if j is not None:
            add(j + 2, vstart, chain, public)  # 陈波接替董春风任中国驻波黑大使: the predecessor held it too
            k = name_ending_at(text, j, ())
            if k is not None:
                add(k, j, chain, public)  # and the successor, opening the clause, holds it now
                continue
        subject = _subject_before_verb(text, verb, vstart, chain, people, single, double)
        if subject is not None:
            add(subject[0], subject[1], chain, public)
            carried = (start, end, subject)
            continue
        opener = _sentence_subject(text, vstart)
        if opener is not None:
            if text.startswith(_REPORTS, opener[1]) and text[opener[1] : vstart].count("，") > 1:
                continue  # 某某说，乙出任会长…，现在担任某院议员: reported speech, the post is the one spoken of
            add(opener[0], opener[1], chain, public)
            carried = (start, end, opener)
            continue
        nearest = _last_named_before(text, vstart, people)
        if nearest is not None:
            people[nearest].chains.append(chain)
            people[nearest].public.append(public)
            carried = (start, end, nearest)


# what joins the posts of one holder's list (担任甲，乙、丙和丁)
_LIST_JOINS = frozenset("、，,和及")


def _list_item_ends(text: str, end: int, pending_starts: set[int]) -> bool:
    """Does a list of posts end, or go on to the next of its posts, at ``end``: the text ends, or
    punctuation, 等/职 (…等职务) or 和/及 before another post's chain follows?"""
    if end >= len(text) or not is_han(text[end]):
        return True
    return text[end] in "等职" or text[end] in "和及" and end + 1 in pending_starts


def _joint_holder(text: str, end: int, starts: dict[int, str]) -> str | None:
    """前某局局长及(a role such as a scholar)张三: the post, 及, a role and its holder, who holds
    both: the name of the person whose span starts two to four Han characters after 及/和/兼."""
    k = next((k for k in range(end + 2, end + 5) if k in starts and all_han(text[end + 1 : k])), None)
    return None if k is None else starts[k]


# Round 25: verbs of congratulation before the person who took the post (致电祝贺某某当选…, 恭贺某某就任…)
_HAILS = ("祝贺", "恭贺", "致贺")
# what stands between the addressee of a message and 祝贺他 (致电通伦，祝贺他当选…)
_MESSAGES = ("致电", "致函", "致信", "致贺电", "致贺信")


def _congratulated(text: str, vstart: int) -> tuple[int, int] | None:
    """The span of the person congratulated on taking the post: 祝贺宋赛当选连任…总理 (the name
    right after 祝贺), or 致电通伦，祝贺他当选… (the addressee of the message the pronoun stands for);
    the sender, the sentence's subject, holds none of it."""
    for n in (4, 3, 2):
        s = vstart - n
        cand = text[s:vstart]
        if s > 1 and all_han(cand) and text.endswith(_HAILS, 0, s) and (
            plausible(cand) or all(c in TRANSLIT for c in cand)
        ):
            return s, vstart
    if text.endswith(("祝贺他", "祝贺她"), 0, vstart) and text[vstart - 4 : vstart - 3] in ("，", ","):
        e = vstart - 4
        for verb in _MESSAGES:
            k = text.rfind(verb, max(0, e - 12), e)
            if k >= 0 and 2 <= e - k - len(verb) <= 6 and all_han(text[k + len(verb) : e]):
                return k + len(verb), e
    return None


def _not_taken(text: str, verb: str, vstart: int) -> bool:
    """Is the verb before the chain no taking of the post: a word (责任, 信任), negated (未能当选),
    or a guest's role after a verb of receiving (会见作为…特使来访的…)?"""
    if verb == "任" and text[vstart - 1 : vstart] in ("责", "信", "继", "留"):
        return True  # 责任编辑：…, 信任: words, not the verb 任
    if text.endswith(_NEGATED, 0, vstart):
        return True  # 未能当选泰国总理, 没有出任: the post was not taken
    # 会见作为某国国家主席特使来访的某某: the role is the guest's, not the host's
    return verb in ("作为", "身为") and text.endswith(_MEETS, 0, vstart)


def _handover(text: str, vstart: int) -> int | None:
    """Where 接替 stands before the verb with a 2-3 char name after it, the predecessor's
    (陈波接替董春风任…), or None."""
    j = text.rfind("接替", max(0, vstart - 7), vstart)
    if j >= 0 and 2 <= vstart - j - 2 <= 3 and name_ending_at(text, vstart, ("接替",)) == j + 2:
        return j
    return None


def _subject_before_verb(
    text: str, verb: str, vstart: int, chain: str, people: dict, single: frozenset[str], double: frozenset[str]
) -> tuple[int, int] | None:
    """The span of the subject named right before the verb: 袁延杰当选…, 黄亚峰在任…; an adverb
    may stand between (某某成功当选…区议员, 某某正式出任…), or 同志."""
    ve = vstart
    adverb = next((a for a in _ATTACH_ADVERBS if text.endswith(a, 0, vstart)), None)
    if adverb is not None:
        ve -= len(adverb)
    if text.endswith("同志", 0, ve):
        ve -= 2  # 王刚同志任县委书记，李强同志任县长: a notice's comrade, then the verb
    b = ve
    while b > 0 and is_han(text[b - 1]) and ve - b < 5:
        b -= 1
    cand = text[b:ve]
    if verb.endswith(("就任", "就职")) and 2 <= len(cand) and all(c in TRANSLIT for c in cand) and head_post(chain):
        return b, ve  # (某某就职某国总统: a transliterated head taking office)
    if (
        2 <= len(cand) <= 4
        and (cand[0] in single or cand[:2] in double)
        and cand not in ATTACH_VERBS
        and cand[-1] not in "他她"  # (祝贺他就任…总统: a pronoun subject, the person named before)
    ):
        if cand in people or len(cand) in (2, 3) and not cand.endswith(_ADVERBS) and not (
            len(cand) == 2 and tagged_word(text, b, ve)
        ):  # (生前任…: a time word before the verb, no subject)
            return b, ve
    return None


def _list_goes_on_to_holder(text: str, end: int, starts: dict) -> bool:
    """Does the list of posts that a 、 at ``end`` goes on with end in a person's name before the clause
    ends (现任某市纪委常委、监察委员会委员林某为…)?  Then the chain before the 、 is that person's, and no
    subject's before the verb (the chairman named two sentences earlier)."""
    stop = min((i for i in (text.find(c, end) for c in "，,。；！？\n") if i >= 0), default=len(text))
    return any(end < s < stop for s in starts)


def _sentence_subject(text: str, vstart: int) -> tuple[int, int] | None:
    """The span of the name opening the sentence of the verb (朱大纲曾长期在滁州工作，担任过天长市市长):
    glued to a notice's header, before a résumé's particulars, plain or bracketed, before a
    comma and a date, or before the predicate; or None."""
    ss = max(text.rfind(c, 0, vstart) for c in "。！？\n：；") + 1  # (任前公示：王某，男，…)
    while ss < vstart and not is_han(text[ss]):
        ss += 1
    se = name_after(text, ss, strict=True)
    glued = _name_after_notice_head(text, ss, vstart)
    if glued is not None:
        # 省管干部任前公示名单黄甲寅，男，…现任…: the first name of a notice glued to its header
        return glued
    if se is None:
        return None
    if text[se : se + 1] in "，," and _PARTICULARS.search(text, se, vstart):
        return ss, se  # 张伟，男，汉族，1965年生，现任…: a résumé's particulars
    if text[se : se + 1] in "（(" and text[vstart - 1 : vstart] in "）)":
        # 王建国（男，汉族，1965年生）任…: a notice's bracketed particulars
        if ss < vstart and text.find(")" if text[se] == "(" else "）", se) == vstart - 1:
            return ss, se
    if text[se : se + 1] in "，," and _TIME_GAP.fullmatch(text, se + 1, vstart):
        # 王新武，曾任长沙海关副关长 / 李明，2015年至2020年任该县县长: the
        # sentence's subject, a comma, then only a date before the verb
        return ss, se
    # (a label such as 原标题： opens no sentence with a subject)
    if se < vstart and is_han(text[se]) and text[ss:se] not in ATTACH_VERBS:
        return ss, se
    return None


def _last_named_before(text: str, vstart: int, people: dict) -> str | None:
    """The last known person mentioned in the 200 characters before the verb, in its paragraph."""
    para = text.rfind("\n", 0, vstart)
    best = None
    for name in people:
        i = text.rfind(name, max(para + 1, vstart - 200), vstart)
        if i >= 0 and (best is None or i > best[0]):
            best = (i, name)
    return None if best is None else best[1]


def _name_after_notice_head(text: str, ss: int, vstart: int) -> tuple[int, int] | None:
    """The span of a name glued to a cadre notice's header (…任前公示名单黄甲寅，男，汉族…现任…): the
    sentence opens with the header, so its first name stands right before the résumé's particulars."""
    m = _PARTICULARS.search(text, ss, vstart)
    if m is None or text[m.start()] not in "，,":
        return None
    for n in (3, 2):
        b = m.start() - n
        if b > ss and text[ss:b].endswith(_NOTICE_HEADS) and plausible(text[b : m.start()]):
            if name_after(text, b, strict=True) == m.start():
                return b, m.start()
    return None


# the header words a notice's first name may be glued to (公示名单, 名单如下, 任前公示)
_NOTICE_HEADS = ("名单", "如下", "公示")
# what may stand between a subject's comma and 任 / 曾任: a date or a span of years
# (or 生前: 刘某，生前任某市公安局禁毒支队支队长, a fallen officer's last post)
_TIME_GAP = re.compile(r"(?:生前)?[0-9０-９年月日至到起今底初末后]{0,16}")
# The particulars of a résumé or an appointment notice between name and post
_PARTICULARS = re.compile(r"[，,（(][男女][，,、）)]")

# Verbs of appointment and removal notices: 任命王建国为…, 免去李华的…职务
_APPOINT = (
    "任命", "提名", "推荐", "选举", "决定", "同意", "聘任", "拟任",
    # Round 12: the other verbs of elections and appointments (推选/补选/增补 at a congress or a
    # village, 委任 in Hong Kong, 推举 a successor)
    "推选", "补选", "增补", "选任", "委任", "推举", "聘请",
    # Round 16: a state's announcement of its new head (宣布某某为新任最高领袖)
    "宣布",
    # Round 25c: a plenum's filling of seats (全会决定递补某某为省委委员)
    "递补",
)  # fmt: skip
# Round 25c: the close of a list of appointees (递补甲、乙、丙等7名同志为省委委员)
_LIST_TAIL = re.compile(r"等(?:[0-9]+|[一二两三四五六七八九十]+)名(?:同志)?为")


def _appointee_list(text: str, start: int) -> list[tuple[int, int]]:
    """The people of ``递补甲、乙、丙等3名同志为<chain>``: names joined by 、 after a verb of
    ``_APPOINT``, closed by 等N名(同志)为; empty where the chain follows no such list."""
    if not text.endswith("为", 0, start):
        return []  # (the list's close ends in 为 right before the chain: most chains follow none)
    m = next((m for m in _LIST_TAIL.finditer(text, max(0, start - 10), start) if m.end() == start), None)
    if m is None:
        return []
    items: list[tuple[int, int]] = []
    e = m.start()
    while len(items) < 30:
        s = name_ending_at(text, e, _APPOINT)
        if s is None:
            return []
        items.append((s, e))
        if text.endswith(_APPOINT, 0, s):
            return items[::-1] if len(items) >= 2 else []
        if text[s - 1 : s] != "、":
            return []
        e = s - 1
    return []
_REMOVE = ("免去", "免除", "撤销", "罢免", "撤去")


def _appointee(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The person of ``任命王建国为<chain>`` or ``免去李华的<chain>职务``."""
    if text.endswith("为新任", 0, start):
        start -= 2  # 宣布某某为新任最高领袖: the chain's 新任 is no part of the title
    k = start - 1
    if k < 2 or text[k] not in "为的":
        return None
    joint = text[k]
    if joint == "的" and not text.startswith("职", end):
        return None
    e = k - 2 if text.endswith("同志", 0, k) else k
    verbs = _APPOINT if joint == "为" else _REMOVE
    s = name_ending_at(text, e, verbs, opens=False)
    if s is None:
        # the next item of the notice (任命甲为…，乙为…; 任命：甲为…；乙为…): a
        # name opening its clause, the verb earlier in the same sentence
        s = name_ending_at(text, e, (), opens=True)
        if s is None or s == 0 or text[s - 1] not in "，,；;：:、":
            return None
        head = text[max(text.rfind("。", 0, s), text.rfind("\n", 0, s)) + 1 : s]
        if not any(v in head for v in verbs):
            return None
    return (s, e)


def name_ending_at(text: str, e: int, openers: tuple[str, ...], *, opens: bool = True) -> int | None:
    """Start of a 2-3 char name ending at ``e`` that follows one of ``openers``
    or (``opens``) opens its clause."""
    single, double, _, _ = name_lexicons()
    for n in (3, 2):
        s = e - n
        cand = text[s:e]
        if s < 0 or not all_han(cand) or not (cand[0] in single or cand[:2] in double):
            continue
        if not plausible(cand) or is_honorific(text, s, 2 if cand[:2] in double else 1):
            continue  # (王某, 张女士, 陈先生 name nobody)
        if text.endswith(openers, 0, s) or opens and (s == 0 or not is_han(text[s - 1])):
            return s
    if openers and e > 2 and text[e - 1] in TRANSLIT:
        # a foreign name with a dot after the verb (宣布穆杰塔巴·哈梅内伊为…): its syllables
        # may open with a syllable char of the verb (布), so every start after the verb is tried
        j = e
        while j > 0 and e - j < 16 and (text[j - 1] in TRANSLIT or text[j - 1] in DOTS):
            j -= 1
        for k in range(j, e - 2):
            if any(d in text[k + 1 : e - 1] for d in DOTS) and text[k] not in DOTS and text.endswith(openers, 0, k):
                return k
    return None


def _named_before(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``李明，某党派秘书长，``: a title standing after the name it belongs to,
    between commas (or a comma and the clause's end)."""
    if start < 3 or text[start - 1] not in "，," or organization(text[start:end]) is None:
        return None
    if end < len(text) and text[end] not in "，,。；;\n":
        return None
    e = start - 1
    s = name_ending_at(text, e, _INTRODUCERS)  # the name opens its clause, or a word introduces it
    return None if s is None else (s, e)


def _subject_is(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``黄志强是沙田区议会副主席，``: a name opening its clause, 是, a title."""
    if text.endswith(_FALLEN, 0, start) and organization(text[start:end]) is not None:
        return _fallen_officer(text, start)
    if start < 3 or text[start - 1] != "是" or organization(text[start:end]) is None:
        return None
    if end < len(text) and text[end] not in "，,。；;\n":
        return None
    s = name_ending_at(text, start - 1, ())
    return None if s is None else (s, start - 1)


# Round 25c: a fallen officer's last post (某某，一名青年民警，生前是某派出所一级警员): 生前 is a time word,
# no name; the officer opens the sentence, before a comma
_FALLEN = ("生前是", "生前系")


def _fallen_officer(text: str, start: int) -> tuple[int, int] | None:
    """The name right before ``生前是<chain>`` (张某生前是…), or the one opening its sentence before its
    first comma (张某，一名青年民警，生前是…), or None."""
    glued = name_ending_at(text, start - 3, ())
    if glued is not None:
        return glued, start - 3
    ss = max(text.rfind(c, 0, start) for c in "。！？\n：；>") + 1
    se = name_after(text, ss, strict=True)
    if se is None or text[se : se + 1] not in "，," or se > start - 3:
        return None
    return ss, se


_INTRODUCERS = ("包括", "嘉宾", "其中", "代表", "有", "是", "如")
