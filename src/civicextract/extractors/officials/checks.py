"""Is the name read next to a post that post's holder, and whose body is the chain's?

The main loop (``extractor._read_posts``, its stages in ``chains``) reads a name after each post; these decide
whether to keep it: after a weak post only a repeated name or a post with its body
(``weak_ok``: not 多名干部展开…), a name outside the surname list only with a body or
a second mention (``surname_ok``), a name written between a body and its post
(``name_inside_chain``: 区建管委尹德建副主任), a name right after the post that makes
what stands before it the post's body (``name_follows``).  And the chain's context:
the public flag of the chain right before (``previous_public``), the foreign state
opening a body name cut at its 与/和 (``conjunct_state``), and the posts that follow a
name as a form of address (``ADDRESS``: 王忠昆书记).
"""

from __future__ import annotations

from ..meta import name_lexicons
from . import edges as _edges
from .chainwalk import chain_start
from .edges import ORG_END, all_han, follower_at, is_han, strong_end
from .foreign import REGNAL_NUMBERS, TRANSLIT, is_minority_name
from .namechars import plausible
from .names import name_after
from .posts import chain_posts
from .public import has_own_body, is_public
from .states import leading_state, state_before, state_firsts
from .tagging import cuts_word, opens_predicate, tagged_name, tagged_word

# bound by assignment, not imported by name: its method is called below (tests/test_method_calls.py)
DOT_SET = _edges.DOT_SET

# Posts that follow a name as a form of address (王忠昆书记, 习近平总书记).
ADDRESS = frozenset(
    (
        "总书记",
        "书记",
        "同志",
        "市长",
        "县长",
        "区长",
        "省长",
        "州长",
        "主席",
        "总理",
        "部长",
        "局长",
        "主任",
        "总统",
        "首相",
        # (张明镇长带队…, 王军所长介绍, Hong Kong's 陈静议员表示)
        "厅长",
        "处长",
        "镇长",
        "乡长",
        "所长",
        "队长",
        # Round 25b: a bureau's section chief addressed the same way (市农业局王磊科长授课)
        "科长",
        "司长",
        "署长",
        "议员",
        "议长",
        # (赵乐际委员长主持会议, 王毅国务委员, 应勇检察长)
        "委员长",
        "国务委员",
        "检察长",
        # (Hong Kong's 李家超特首回应时表示, 林郑特首)
        "特首",
        "行政长官",
    )
)


def conjunct_state(text: str, j: int) -> str | None:
    """The foreign state opening a body name cut at its 与/和 (``美国移民|与|海关执法局``):
    a state's name of two characters or more, after punctuation or the clause's
    opening, then up to six Han characters before ``j``."""
    k = j
    while k > 0 and j - k < 10 and is_han(text[k - 1]):
        k -= 1
    if j - k < 3 or state_firsts().isdisjoint(text[k:j]):
        return None
    for i in range(max(k, j - 10), j - 2):  # (要求|美国移民: the state may follow the clause's verb)
        if text[i] in state_firsts() and text[i - 1 : i] != "驻":
            state = leading_state(text[i:j])
            if state is not None and j - i - len(state) <= 6:
                return state
    return None


# verbs of acting together that stand between one person's chain and a partner's bodiless one
_PARTNERS = ("伙同", "协同", "串通")


def previous_public(text: str, start: int, post_ends: dict[int, int], chain_public: dict[int, bool]):
    """Public flag of the chain right before ``start`` (across 、 or ，): the
    chain of a person named just before, or a private post's chain ending
    there; None when something else stands before it."""
    i = start
    partner = next((w for w in _PARTNERS if text.endswith(w, 0, i)), None)
    if partner is not None:
        i -= len(partner)  # Round 28: 某公司前总经理甲，伙同财务科原科长乙: the partner's unit is the same body's
        if not (i >= 1 and text[i - 1] in "、，," and i - 1 in chain_public):
            return _partner_subject_public(text, i, chain_public)  # (甲在…中，伙同…乙: the clause's subject's)
    for _ in range(4):  # (a short walk: 党委副书记、监事长、工会主席)
        if i < 1 or text[i - 1] not in "、，,":
            return None
        j = i - 1
        if j in chain_public:
            return chain_public[j]
        if j not in post_ends:
            return None  # (…董事长王明栋致辞，审计署审计长李彬: a clause, not a chain, ends there)
        cs = chain_start(text, post_ends.get(j, j), post_ends)
        prev = text[cs:j]
        if not chain_posts(prev):
            return None
        if has_own_body(prev) or not is_public(prev):
            return is_public(prev)
        i = cs
    return None


def _partner_subject_public(text: str, verb: int, chain_public: dict[int, bool]):
    """Public flag of the subject of a clause whose verb 伙同 starts at ``verb`` (甲在…中，伙同…乙): the flag of
    the chain that subject was named after earlier (某公司前总经理甲), when the clause opens with the name; else
    None."""
    ss = max(text.rfind(c, 0, verb) for c in "。！？\n；") + 1
    se = name_after(text, ss, strict=True)
    if se is None or se > verb:
        return None
    name = text[ss:se]
    flags = [pub for end, pub in chain_public.items() if end < ss and text.endswith(name, 0, end)]
    return flags[-1] if flags else None


def name_follows(text: str, post) -> bool:
    """Does a surname-list name with a clean end follow the post at once?
    Then what stands before the post is its body (衛福部長陳時中), not a name."""
    return name_after(text, post.end, strict=True) is not None


# Weak posts that name an official only with a body of their own, however
# often the name recurs (负责人 heads teams and firms as often as offices)
_BODY_ONLY = frozenset(("负责人",))
# Weak posts whose holder must be named again in the article
_REPEATED_ONLY = frozenset(("召集人",))


# weak posts of the police (officials by the conventions, auxiliary police too; round 25: 干警, court and police officers)
_POLICE = frozenset(("民警", "辅警", "交警", "消防员", "干警"))
# what a police report has an officer do next (辅警王小军协助民警…, 辅警李强在执勤中…, 民警某某立即…)
_POLICE_ACTS = ("在", "协助", "配合", "立即", "迅速", "当即", "随即", "第一时间", "主动", "带领", "陪同", "一同", "正在")
# one-char speech verbs (a follower of one char, which may close a given name elsewhere)
_SAYS = frozenset("说称讲道")


# bodies whose convenor is a public office-holder (Hong Kong's Executive Council)
_PUBLIC_CONVENORS = ("行政会议",)


def weak_ok(text: str, post, start: int, e: int) -> bool:
    """多名干部展开… is no name: after a weak post, the article must repeat the
    name, or the post has its body and a 3-char name closes with punctuation."""
    name = text[post.end : e]
    if post.text in _BODY_ONLY and not _has_body(text, start, post.start):
        return False  # 团队现任负责人沈加翔 … 沈加翔: a head of what? No public body, no official
    if text.count(name) > 1:
        return True
    if post.text in _REPEATED_ONLY and not text.endswith(_PUBLIC_CONVENORS, start, post.start):
        return False  # 会议召集人张三: a meeting's convenor, unless the article follows the person
    if text[e : e + 1] == "、" and name_after(text, e + 1, strict=True):
        return True  # 市领导张三、李四、王五出席: a list of names
    if (
        post.text in _POLICE
        and (follower_at(text, e) > 1 or text[e : e + 1] in _SAYS or text.startswith(_POLICE_ACTS, e))
        and e - post.end in (2, 3)
    ):
        return True  # 民警李明介绍，…, 辅警张伟说, 辅警王小军协助…: a police officer named before a verb of the news
    if not _has_body(text, start, post.start):
        return False  # 多名干部: no body, no title
    # (a one-char follower that closes no given name will do: 市人大常委会委员姜明波|说)
    # (委员朱华凌|任高级顾问: name_after ends a name at 任 only before a post or a role)
    return e == len(text) or not is_han(text[e]) or strong_end(text, e) or opens_predicate(text, e) or text[e] == "任"


def _has_body(text: str, start: int, end: int) -> bool:
    """Does the chain's text before its post name a body: a body character of
    ``ORG_END`` or a two-character body end (国家安全生产应急救援中心负责人)."""
    return any(ch in ORG_END for ch in text[start:end]) or text.endswith(_BODY_END_WORDS, start, end)


def name_inside_chain(text: str, post, start: int) -> int | None:
    """Start of a 2-3 char name written between a body and its post
    (``区建管委尹德建副主任``, ``街道人大工委吴春兰副主任``), or None."""
    if post.weak or not post.official:
        return None
    if post.end < len(text) and is_han(text[post.end]) and not follower_at(text, post.end):
        return None  # the post ends the phrase (…副主任、, …副主任建议), not 全国政协委员联组会
    single, double, _, _ = name_lexicons()
    for n in (3, 2):
        s = post.start - n
        cand = text[s : post.start]
        if s - 1 < start or not all_han(cand):
            continue
        if text[s - 1] not in ORG_END and text[s - 2 : s] not in _BODY_END_WORDS:
            continue
        if (cand[0] in single or cand[:2] in double) and plausible(cand):
            # 乡镇卫生院长: a post opening with a body char (院长) may close the
            # body (卫生院) instead; only the tagger tells 协会宋春华会长 from it
            if post.text[0] in ORG_END and not tagged_name(text, s, post.start):
                continue
            if n == 2 and (tagged_word(text, s, post.start) or cuts_word(text, s, post.start)):
                continue  # 建设局纪检书记, 金奥社康陈主任: a word of the body, not a name (颜鲲副局长)
            if n == 3 and cand[0] == "党" and tagged_word(text, s, post.start):
                continue  # Round 25c: 村党组织书记: the village's party organisation, no name (党 a surname too)
            return s
    return None


# Two-char body ends that ORG_END's single chars miss (全国人大陈昌智副委员长,
# 国务院发展研究中心侯云春副主任)
_BODY_END_WORDS = ("人大", "政协", "中心")


def surname_ok(text: str, post, start: int, e: int) -> bool:
    """A name outside the surname list (尕玛才仁, 特朗普) after a post needs a
    body in the chain (海北州政府副州长) or a second mention: 巡视组长授权任职,
    给习主席写信 name nobody."""
    single, double, _, _ = name_lexicons()
    s = post.end
    if text[s] in single or text[s : s + 2] in double or not DOT_SET.isdisjoint(text[s:e]):
        return True
    core = e - 2 if e - s > 3 and text[e - 1] == "世" and text[e - 2] in REGNAL_NUMBERS else e  # (图普|六世)
    if all(ch in TRANSLIT or ch == "-" for ch in text[s:core]):
        return True  # a foreign name: 以色列防长卡茨, 汤加国王图普六世
    if is_minority_name(text[s:e]):
        return True  # an undotted minority name: 副县长阿依古丽, 县长次仁多吉
    if state_before(text, post.start) and start >= post.start - 6 and tagged_name(text, s, e):
        return True  # 日本首相岸田文雄: a foreign state's post, a foreign name (not 外长均未出席)
    return any(ch in ORG_END for ch in text[start : post.start]) or text.count(text[s:e]) > 1
