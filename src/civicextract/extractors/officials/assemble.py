"""From the people collected to ``Official`` records: the last stage of the extractor.

Who of them is an official (a public chain; a comrade; not only private or foreign
bodies' posts, of which only heads of state or government count: ``head_post``),
every mention of the name and its ``李部长``-style references, the organisation of
the first public chain, and the role: ``speaker`` when a speech verb follows a
mention in its clause or the person answers the ``答：`` turns of an interview.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...records import Official
from ..meta import name_lexicons
from . import edges as _edges
from .edges import DOTS
from .foreign import TRANSLIT
from .people import Person, drop_nested, find_all
from .posts import base_post, chain_posts
from .public import has_own_body
from .states import foreign_body, leading_state, state_in
from .tagging import dict_tags
from .titles import organization, split_chain

# bound by assignment, not imported by name: its method is called below (tests/test_method_calls.py)
DOT_SET = _edges.DOT_SET

# (Every alternative opens with a character, the look-behind after it: the
# engine then skips to those characters; 讲话(?<!重要讲话) is (?<!重要)讲话.)
_SPEECH = re.compile(
    r"表示|指出|强调|说|介绍|通报|透露|认为|告诉|坦言|致辞|讲话(?<!重要讲话)(?!精神)|答|称|提出|要求|谈到|解释|回应|呼吁|直言|补充|写道"
    r"|质疑|批评|反驳|重申|仍指|亦指|又指|则指|今指|昨指"  # (Hong Kong press: 主席某某仍指)
)
# second characters of words that open with 指 and are no saying (指导, 指挥, 指示, 指定, 指派, 指引)
_ZHI_WORDS = frozenset("导挥示定派引标南数纹甲头令")
_QUOTED = re.compile(r"“[^“”]*”")
_CLAUSE_END = re.compile(r"[。！？；，\n]")


def official_records(text, people, order) -> list[Official]:
    out = []
    answers = _answer_turns(text)
    # Hong Kong's top court seats judges of other common-law courts as its
    # non-permanent judges: where the text names that seat, a foreign court's
    # judge is one of them (a judge of the UK's supreme court, its former president)
    overseas_bench = "非常任法官" in text
    for name in order:
        p = people[name]
        if p.public and not any(p.public) and (p.private or not _has_address(text, p)):
            # (毛泽东同志, a founder of the Party, is still a comrade; a company's
            # or association's party secretary is not an official by it)
            continue
        if not p.chains and not p.bare and not _has_address(text, p):
            continue
        if p.private and not any(pub and has_own_body(c) for c, pub in zip(p.chains, p.public, strict=True)):
            continue  # 医院副主任李华 … 李华副主任: a bare post later names no public body
        if p.chains and all(foreign_body(c) and not head_post(c) for c in p.chains) and not (
            overseas_bench and all(c.endswith(_BENCH) for c in p.chains)
        ):
            continue  # 美国前驻乌克兰大使, 加拿大副总理: of foreign governments only heads count
        if p.chains and _academic(text, p) and not any(_PUBLIC_HINT.search(c) for c in p.chains):
            continue  # 医学影像中心主任某某教授: a university's centre, no public body
        if _foreign_local(text, name, p):
            continue  # 美国马里兰州科利奇帕克市的前市长帕特里克·沃贾恩: a foreign town's, not a state's head
        if _phrase_read_as_name(name):
            continue  # 习近平总书记|高度重视, 领导干部|接访下访: a four-character phrase after a title, no name
        if answers and min(s for s, _ in p.spans) < answers[0] and p is _interviewee(text, people, answers[0]):
            p.spans.extend((i, i + 1) for i in answers)
        titles = tuple(dict.fromkeys(t for c in p.chains for t in split_chain(c)))
        org = next(
            (o for c, pub in zip(p.chains, p.public, strict=True) if pub for o in [organization(c)] if o), None
        )
        span_set = set(p.spans)
        for i in find_all(text, name):
            span_set.add((i, i + len(name)))
        for ref in _references(name, titles):
            for i in find_all(text, ref):
                if not any(s <= i < e for s, e in span_set):
                    span_set.add((i, i + len(ref)))
        spans = sorted(drop_nested(span_set))
        role = "speaker" if any(_speaks(text, s, e) for s, e in spans) else "mentioned"
        out.append(Official(name=name, mentions=tuple(spans), titles=titles, organization=org, role=role))
    return out


_BENCH = ("法官", "院长", "大法官")

# Round 25c: an academic title right after the name (某中心主任某某教授): the centre is a university's
# or a hospital's, no public body, unless the chain names one
_ACADEMIC_AFTER = ("教授", "研究员", "院士")
# (政务服务中心, 疾病预防控制中心: public centres, whose heads may be professors too; review25)
_PUBLIC_HINT = re.compile("委|政府|人大|政协|局|厅|法院|检察院|党|街道|社区|村|镇|乡|县|市|省|国家|中央|政务|疾病预防控制|疾控")


def _academic(text: str, p: Person) -> bool:
    """Is the person called 教授 / 研究员 / 院士 right after a mention of the name (or read into it: 某某教授)?"""
    return any(text.startswith(_ACADEMIC_AFTER, e) or text.endswith(_ACADEMIC_AFTER, s, e) for s, e in p.spans)

# words of a Chinese body in a chain (全国政协副主席帕巴拉·格列朗杰, 自治区主席, 县委书记): a minority
# official's dotted name holds transliteration characters too
_CHINESE_BODY = re.compile("党|人大|政协|自治|全国|中央|国务院|中国|省|兵团|委|政府|人民|街道|乡|镇|村|社区")
_DOT_SPLIT = re.compile(f"[{DOTS}]")


def _foreign_local(text: str, name: str, p) -> bool:
    """A foreign person (a transliterated name with a dot: 帕特里克·沃贾恩, 艾莎·布拉夫博伊)
    whose posts name no Chinese body and head no state, in a text naming a foreign state before
    him: a foreign mayor, prosecutor or councillor whose chain does not open with the state
    (美国马里兰州科利奇帕克市的前市长…, 乔治王子县州检察官…).  Of foreign governments only heads
    count, as for chains that open with their state."""
    parts = _DOT_SPLIT.split(name)
    if len(parts) < 2 or not parts[0] or 2 * sum(ch in TRANSLIT for ch in parts[0]) < len(parts[0]):
        return False  # (half the given name's characters transliterate at least: 约翰, 帕特里克)
    if not p.chains or any(head_post(c) or _CHINESE_BODY.search(c) for c in p.chains):
        return False
    first = min(s for s, _ in p.spans)
    return first > 0 and state_in(text, -1, first) is not None

# posts of a head of state or government (not 副总统, 副总理)
_HEADS = (
    "总统", "总理", "首相", "国王", "女王", "元首", "国家主席", "主席", "总书记", "苏丹", "埃米尔",
    "最高领袖", "国务委员长",  # (Round 12: Iran's head of state; North Korea's, short for 国务委员会委员长)
)  # fmt: skip


# bodies whose 主席 chairs them and heads no state (美军参谋长联席会议主席, 参议院外交委员会主席)
_CHAIRED = ("委员会", "会议", "理事会", "董事会", "联合会", "协会", "议会", "党")


# a state's own supreme council, whose chair heads the state (土库曼斯坦人民委员会主席, 朝鲜国务委员会委员长,
# 苏丹主权委员会主席, 波黑主席团主席); other committees' chairs head no state
_STATE_COUNCILS = ("人民委员会", "国务委员会", "主权委员会", "总统委员会", "总统领导委员会", "主席团")


def _phrase_read_as_name(name: str) -> bool:
    """A four-character undotted name of one surname that the dictionary reads as a phrase:
    one word no noun (高度重视 l) or a verb word opening it (接访|下|访).  Four-character names
    of two surnames' (欧阳建国), married (范徐丽泰), Tibetan (扎西次仁) and transliterated
    (泽连斯基) forms tag as nouns or names, and stay."""
    if len(name) != 4 or not DOT_SET.isdisjoint(name) or name[:2] in name_lexicons()[1]:
        return False
    tags = dict_tags(name)
    if len(tags) == 1:
        return not tags[0][1].startswith("n")
    return len(tags[0][0]) >= 2 and tags[0][1].startswith("v")


def head_post(chain: str) -> bool:
    if chain.endswith(tuple(c + h for c in _STATE_COUNCILS for h in ("主席", "委员长"))):
        return True
    if chain.endswith("主席") and not chain.endswith("国家主席") and any(b in chain for b in _CHAIRED):
        return False
    if chain.endswith("主席") and not chain.endswith("国家主席"):
        # 伊朗原子能组织主席: a foreign 主席 heads a state only as its 国家主席, a state council's chair
        # (above) or a state's own 主席 with nothing between
        state = leading_state(chain)
        return state is not None and chain.lstrip("前原时任现") in (state + "主席",)
    return any(chain.endswith(h) and not chain.endswith("副" + h) for h in _HEADS)


_ANSWER = re.compile(r"(?:^|(?<=[\n。？?！]))\s*(答)[：:]", re.MULTILINE)


def _answer_turns(text: str) -> list[int]:
    """Offsets of the 答 of ``答：`` turns."""
    if "答：" not in text and "答:" not in text:
        return []  # _ANSWER opens with anchors the engine cannot skip to: it would try every position
    return [m.start(1) for m in _ANSWER.finditer(text)]


def _interviewee(text: str, people: dict, first_answer: int):
    """The one person introduced before the first ``答：`` (专访…李维义), if exactly one."""
    before = [p for p in people.values() if p.chains and any(p.public) and min(s for s, _ in p.spans) < first_answer]
    return before[0] if len(before) == 1 else None


def _has_address(text: str, p: Person) -> bool:
    return any(text.startswith("同志", e) for _, e in p.spans)


def _references(name: str, titles: tuple[str, ...]) -> list[str]:
    """``李部长`` for 李维义, 宣传部部长; ``王书记`` for 王忠昆, 市委书记."""
    single, double, _, _ = name_lexicons()
    if not DOT_SET.isdisjoint(name) or len(name) < 2:
        return []
    surname = name[:2] if name[:2] in double and len(name) > 2 else name[0]
    out = [surname + p for t in titles for p in _closing_posts(t)]
    return list(dict.fromkeys(out))


@lru_cache(maxsize=4096)  # titles repeat within and across articles
def _closing_posts(title: str) -> tuple[str, ...]:
    """``市委书记`` -> ``书记``; ``常务副市长`` -> ``市长``, ``副市长`` (李副市长):
    the post a title ends with, without 常务, and with and without 副."""
    posts = chain_posts(title)
    if not posts or posts[-1].end != len(title):
        return ()
    base = base_post(posts[-1].text)
    return (base, "副" + base) if "副" in posts[-1].text else (base,)


def _speaks(text: str, s: int, e: int) -> bool:
    if text.startswith("：", e) and (s == 0 or text[s - 1] in "\n。？?！ "):
        return True  # an interview turn: 李维义：… / 答：…
    if text[max(0, s - 1) : s] == "据" and text.startswith("介绍", e):
        return True
    if text.startswith("指", e) and text[e + 1 : e + 2] not in _ZHI_WORDS:
        return True  # the Hong Kong press's 法官某某指，…, 主控官某某指被告…: says (not 指导, 指挥, 指示…)
    # a speech verb later in the same clause (张勇航在…发布会上通报称,
    # 习近平同志高瞻远瞩地指出); a list or a second clause is someone else's
    window = text[e : e + 60]
    window = (_QUOTED.sub("", window) if "“" in window else window)[:40]
    stop = _CLAUSE_END.search(window)
    window = window[: stop.start()] if stop else window
    m = _SPEECH.search(window)
    return m is not None and "、" not in window[: m.start()]
