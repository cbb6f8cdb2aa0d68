"""Where a title chain starts: the walk back from its post (``chain_start``).

It walks back over Han characters, jumping whole posts (so the 任 of 主任 is
not read as the verb 任), across 、/兼 only when a post ends right before, and
stops at punctuation, a stop character or a stop word (the verbs that give a
post, ``ATTACH_VERBS``, among them); the 及 and 和 inside the names of states,
Hong Kong's bureaus and places do not stop it, and a foreign post's chain opens
at its state (报道|俄罗斯总统).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .edges import ORG_END, all_han
from .foreign import TRANSLIT
from .posts import lexicon
from .public import PARTIES
from .states import state_at, state_before, state_firsts, state_in

# A chain never runs through these; 、 and 兼 join its segments.
_STOP_CHARS = frozenset("了的是在与及对将被把让给请由据于并也还就又而或等为从到至着说称向和有但却")
# Verbs before a chain that give the post to the sentence's subject: 曾任…, 调任…, 当选…
ATTACH_VERBS = tuple(  # longest first: 担任过 before 任
    sorted(
        (
            "担任",
            "出任",
            "调任",
            "升任",
            "现任",
            "曾任",
            "历任",
            "兼任",
            "当选",
            "作为",
            "身为",
            "在任",
            "已任",
            "担任过",
            "拟任",  # (任前公示: 张强（女，1978年5月生）拟任县教育局局长)
            "委任为",  # (Hong Kong: a foreign judge 获委任为 a non-permanent judge of its top court)
            "就任",  # (a head of state taking office: 某某就任某国总统, 宣誓 before it)
            "就职",
            "宣誓就任",
            "宣誓就职",
            "当选为",
            "任命为",  # (某某被任命为副县长, 获任命为: the appointee named before)
            "被任命为",
            "获任命为",
            "晋升为",
            "任",
        ),
        key=len,
        reverse=True,
    )
)
# Words that end right before a title run and are not part of it (verbs that
# introduce a post, interview verbs, dates).  Checked longest first.
_STOP_WORDS = (
    "专访",
    "采访",
    "会见",
    "陪同",
    "出席",
    "参加",  # (与某某一同参加|北斗镇长某某就职典礼: the verb is no part of the title)
    "主持",
    "来到",
    "看望",
    "慰问",
    "调研",
    "视察",
    "考察",
    "贯彻",
    "学习",
    "落实",
    "带领",
    "率领",
    "邀请",
    "包括",
    "以及",
    "其中",
    "时任",
    "当时",  # (当时局长陈黄淑仪: a time word, no body)
    # Round 25c: a fallen officer's last post (某某，生前系某市公安局禁毒支队支队长): no body either
    "生前系",
    # verbs of seizing or removing an office-holder (军人扣押总统某某, 逮捕总统某某): no body of the post
    "扣押",
    "逮捕",
    "罢黜",
    "任命",
    "推举",  # (宣布推举已故最高领袖某某之子…: the verbs of a succession, no part of a title)
    "宣布",
    "伙同",
    "身兼",
    # verbs of hearings, courts and diplomacy that stand right before a title
    # (质询某部次长…, 法院公开宣判…省委原常委…, 会晤…总统)
    # a count of people before the title (拦下一名警员陈某)
    "一名",
    "一位",
    "两名",
    "多名",
    "数名",
    "该名",
    "这名",
    "质询",
    "宣判",
    "审理",
    # verbs of legislatures and critics aimed at an office-holder (限制总统某某战争权力的议案, 针对国防部长某某的
    # 弹劾条款, 反对总统某某): the verb is no body of the post
    "限制",
    "针对",
    "弹劾",
    "反对",
    # the case a judge hears, right before the judge's title (案件主任裁判官某某押后再讯): no body
    "案件",
    # Round 25: the case a judge presides over (本案审判长某某结合案情…): no body either
    "本案",
    "该案",
    "此案",
    "约谈",
    "会晤",
    "拜会",
    "致电",
    "接待",
    "听取",
    "接见",
    "感谢",
    "欢迎",
    "宣读",
    "传达",
    "汇报",
    "批示",
    "指示",
    "委托",
    "根据",
    "按照",
    "随同",
    "召集",
    "审议",
    "免去",
    "提名",
    "推荐",
    "会同",
    "要求",
    "强调",
    "指出",
    "表示",
    "介绍",
    "认为",
    "看到",
    "发现",
    "获得",
    # Round 29: verbs of receiving and winning (某某获|港区人大、自由党某某提名, 荣获, 赢得, 接受): the
    # giver's title after one is the giver's own; 获 alone stops only where it opens no place (获嘉县,
    # 获鹿镇: _stop_before)
    "获",
    "赢得",
    "接受",
    # Round 29: verbs of publishing an author's text (杂志发表|中共中央总书记某某的重要文章, 刊发, 刊登): the
    # publisher is no body of the author's post
    "发表",
    "刊发",
    "刊登",
    # Round 29: verbs of accusing a person (实名举报|某市人大常委某某): the accuser's words, no body; not
    # before a unit they name (纪委举报中心, 信访举报受理室: _stop_before), and not 控告/起诉, which name a
    # procuratorate's departments (控告申诉检察部, 审查起诉部)
    "举报",
    "检举",
    "状告",
    "授予",
    "颁发",
    "反映",
    "查处",
    "决定",
    "给予",
    "同意",
    # verbs that take a person for object (凯恩提醒|总统特朗普): a title run after one is that person's
    "提醒",
    "告诉",
    "敦促",
    "呼吁",
    "警告",
    "批评",
    "指责",
    "称赞",
    "祝贺",
    "致信",
    "致函",
    "答复",
    "询问",
    "请求",
    "劝说",
    "回应",
    "记者",
    "通讯员",
    "获悉",
    "了解到",
    # Round 28: a photo or copy credit glued to the next sentence with no stop between
    # (活动现场。某某医院供图某区卫生健康委副主任某某…): the credited body heads no title
    "供图",
    "供稿",
    "日",
    "上午",
    "下午",
    "晚上",
    "当天",
    "近日",
    "日前",
    "目前",
    "今年",
    "去年",
    "随后",
    "同时",
    "此外",
    "此前",
    "此后",
    "其后",
    "其间",
    "期间",
    "他",
    "她",
    "该",
    *ATTACH_VERBS,  # 曾任 ends what stands before the chain as well
)
_STOP_BY_LEN = tuple(
    (n, frozenset(w for w in _STOP_WORDS if len(w) == n)) for n in sorted({len(w) for w in _STOP_WORDS}, reverse=True)
)
# The characters stop words end with: at any other character none ends (the
# walk back of chain_start asks at every character, most of them none of these).
_STOP_LAST = frozenset(w[-1] for w in _STOP_WORDS)
# a stop word's last char -> the (length, words) of _STOP_BY_LEN holding one it ends, longest first
_STOP_BY_LAST = {c: tuple((n, ws) for n, ws in _STOP_BY_LEN if any(w[-1] == c for w in ws)) for c in _STOP_LAST}
_MAX_CHAIN = 48
# Han chars at which chain_start's walk does more than step back
_WALK_SPECIAL = _STOP_CHARS | _STOP_LAST | {"兼"}
# of those, the ones where it only asks whether a stop word ends there (no stop char, no 兼, no punctuation)
_STOP_LAST_ONLY = frozenset(c for c in _STOP_LAST - _STOP_CHARS - {"兼"} if "\u4e00" <= c <= "\u9fff")


def _plain_class() -> str:
    """A class of the chars from U+4E00 to U+9FFF other than ``_WALK_SPECIAL``, as ranges."""
    cuts = sorted(ord(c) for c in _WALK_SPECIAL if "\u4e00" <= c <= "\u9fff")
    ranges, lo = [], 0x4E00
    for cut in cuts + [0xA000]:
        if lo < cut:
            ranges.append(f"{chr(lo)}-{chr(cut - 1)}")
        lo = cut + 1
    return "[" + "".join(ranges) + "]"


# a run of those plain chars, which the fast walk steps over at once (always matches, maybe empty)
_PLAIN_RUN = re.compile(_plain_class() + "*")


def _stop_before(text: str, i: int) -> int:
    """Length of a stop word ending at ``i`` (0 if none)."""
    lengths = _STOP_BY_LAST.get(text[i - 1]) if i >= 1 else None
    if lengths is None:
        return 0
    for n, words in lengths:
        if i >= n and text[i - n : i] in words:
            if text[i - n : i] == "任" and text[i - 2 : i - 1] in ("责", "信", "常"):
                continue  # 责任区警务队队长, 常任秘书长: words, not the verb 任
            if n == 1 and text[i - 1] == "获" and text[i : i + 1] in _HUO_PLACES:
                continue  # 获嘉县县长, 鹿泉区获鹿镇: the place's own first char, no verb
            if text[i - n : i] in ("举报", "检举") and text.startswith(_REPORT_UNITS, i):
                continue  # 纪委举报中心主任, 检举受理室: the unit's name, no verb
            before = text[i - 2 : i - 1]
            if text[i - n : i] == "日" and not (before and (before.isdigit() or before in "一二三四五六七八九十廿")):
                continue  # 日本内阁官房长官: 日 ends a date (19日) only after a number (not at the text's start)
            return n
    return 0


# the second chars of places opening with 获 (获嘉县, 获鹿镇): there 获 is no verb of receiving
_HUO_PLACES = frozenset("嘉鹿")
# what 举报/检举 name as a unit's first word (举报中心, 举报受理室, 举报投诉科, 举报电话办公室)
_REPORT_UNITS = ("中心", "受理", "投诉", "电话", "平台", "办", "科", "室", "处")


def chain_start(text: str, post_start: int, post_ends: dict[int, int]) -> int:
    """Where the title run ending in the post at ``post_start`` begins.

    Walks back over Han characters, jumping whole posts (so the 任 of 主任 is
    not read as the verb 任), across 、/兼 only when a post ends right before,
    and stops at punctuation, a stop character or a stop word.
    """
    return _walk_back(text, post_start, post_ends, fast=True)


def _walk_back(text: str, post_start: int, post_ends: dict[int, int], *, fast: bool) -> int:
    # ``fast=False`` is the walk without its shortcut over plain Han chars: the
    # tests compare both, so the shortcut's character set can never drift.
    i = post_start
    floor = max(0, post_start - _MAX_CHAIN)
    joined = -1  # where the segment after the last 、/，/兼 the walk crossed begins (-1: none crossed)
    while i > floor:
        if i in post_ends:
            i = post_ends[i]
            continue
        ch = text[i - 1]
        if fast and "\u4e00" <= ch <= "\u9fff" and ch not in _WALK_SPECIAL:
            # Most chars of a chain: none of the tests below stops or jumps there.  The whole run
            # of them is stepped over at once (one match over the window reversed), unless a
            # post ends inside it, where the walk jumps to that post's start as it would there.
            k = i - 1 - _PLAIN_RUN.match(text[floor : i - 1][::-1]).end()  # type: ignore[union-attr]
            jumps = post_ends.keys() & range(max(k, floor + 1), i)
            i = post_ends[max(jumps)] if jumps else k
            continue
        if fast and ch in _STOP_LAST_ONLY:
            # (the last char of a stop word and nothing else the tests below look at: 会 of 拜会, 员 of
            # 通讯员, 日 — only the stop word's test applies)
            if _stop_before(text, i):
                break
            i -= 1
            continue
        if ch == "兼" and text[i - 2 : i - 1] in "，," and i - 2 in post_ends:
            joined = i
            i = post_ends[i - 2]  # 市委前副书记，兼市民政局前局长
            continue
        if ch in "，," and i - 1 in post_ends and i < post_start and text[post_ends[i - 1] - 1 : post_ends[i - 1]] != "任":
            joined = i
            i = post_ends[i - 1]  # 市民政局党组书记、局长，市未成年人保护工作领导小组副组长程治敏
            continue  # (not 某某任团长，委员某某: the post before the comma is the previous subject's)
        if ch == "、" or (ch == "兼" and i - 1 in post_ends):
            # across a public post only: 主席蔡元雲醫生、…保安局常任秘書長應耀康
            # is a list of people, the 醫生 closing the previous one's name
            if (
                i - 1 in post_ends
                and text[post_ends[i - 1] : i - 1] not in lexicon().other
                and not text.endswith("领导", 0, i - 1)
            ):
                joined = i
                i = post_ends[i - 1]
                continue
            # (Round 28: 朝阳区体育局、商务局领导、某品牌联合创始人某某 — a body's 领导 before 、 is its
            # leaders as a group, a co-host of the list, no post of the person the next title names)
            break
        if ch in _STOP_CHARS and ch in _STATE_LAST:
            st = state_before(text, i)
            if st is not None and len(st) > 1:
                i -= len(st)  # 以及埃及外长: the 及 of a state's name stops no chain
                break
            k = _state_across(text, i - 1, post_start)
            if k is not None:
                i = k  # 阿尔及利亚总统: a state's name runs on over its 及
                break
        if ch in _STOP_CHARS and not (
            ch == "有"
            and text[i : i + 1] == "限"
            or ch == "等"
            and (text.startswith("法院", i) or _inside_public_body(text, i - 1))
            or ch == "及"
            and i - 1 not in post_ends
            and (
                text[max(0, i - 5) : i - 1].endswith(_PORTFOLIO_LEFT)
                and any(b in text[i:post_start] for b in "局署处")
                or _unit_of_public_body(text, i - 1, post_ends)
            )
            or ch == "的"
            and text[i - 2 : i - 1] == "党"
            and text.startswith("建设", i)
            or ch == "和"
            and (
                text.startswith(_HE_PLACES, i)
                or _he_opens_place(text, i, post_start)
                or text[max(0, i - 5) : i - 1].endswith(_HE_PORTFOLIO_LEFT)
                and any(b in text[i:post_start] for b in _BODY_CHARS)
            )
            # Round 29: 与 joins a department's two functions as 和 does (卫生与计划生育委员会)
            or ch == "与"
            and text[max(0, i - 5) : i - 1].endswith(_HE_PORTFOLIO_LEFT)
            and any(b in text[i:post_start] for b in _BODY_CHARS)
            or ch == "据"
            and text[i - 2 : i - 1] == "数"
            or ch == "对"
            and text.startswith("外", i)
            or ch == "有"
            and text[i - 2 : i - 1] == "国"
            or ch in _PARTY_STOP_CHARS
            and _inside_party(text, i - 1)
        ):  # …有限公司, 高等法院, 商务及经济发展局 (Hong Kong's bureaus), 中央党的建设工作领导小组, 国家数据局,
            # 住房和城乡建设局, 对外贸易经济合作局, 国有资产监督管理委员会 go on
            break
        if ch in "）)":
            k = _alias_bracket_open(text, i - 1)
            if k is not None:
                i = k  # Round 29: 昌都市委（地委）书记: a body's other name in brackets runs on
                continue
        if ch in "·•‧・" and _dotted_body(text, i - 1, post_start):
            i -= 1  # 伊朗武装部队哈塔姆·安比亚中央司令部司令: a body named after a person runs on over its dot
            continue
        if not ("\u4e00" <= ch <= "\u9fff") or (ch in _STOP_LAST and _stop_before(text, i)):
            break
        i -= 1
    if i <= floor and joined >= 0 and i > 0 and _cut_short(text, i):
        # Round 29: a list of posts longer than _MAX_CHAIN (担任甲，乙、丙，丁…等职务): the walk ran out inside a
        # body's name (…人民|政府副县长); the chain opens at the segment it crossed into last, whole
        i = joined
    if text.startswith("受", i) and (i == 0 or not "\u4e00" <= text[i - 1] <= "\u9fff") and _ON_BEHALF.match(text, post_start):
        i += 1  # 受县委书记何洋委托，…: the preposition of the clause, no part of the title
    return _from_state(text, i, post_start)


def _cut_short(text: str, i: int) -> bool:
    """Did the walk stop at ``i`` only by its length: a Han char that is no stop char and ends no stop
    word stands before it (the walk would have gone on)?"""
    ch = text[i - 1]
    return "\u4e00" <= ch <= "\u9fff" and ch not in _STOP_CHARS and not (ch in _STOP_LAST and _stop_before(text, i))


# Round 29: parties whose names hold a stop char (自由党: 由), which a chain runs on over
# (陈某（全国人大代表、自由党成员）: the walk had stopped at 由 and the title was 党成员)
_STOPPED_PARTIES = tuple(p for p in PARTIES if not _STOP_CHARS.isdisjoint(p))
_PARTY_STOP_CHARS = frozenset(c for p in _STOPPED_PARTIES for c in p if c in _STOP_CHARS)


def _inside_party(text: str, j: int) -> bool:
    """Is the stop char at ``j`` inside the name of a party of ``_STOPPED_PARTIES``?"""
    for party in _STOPPED_PARTIES:
        k = party.find(text[j])
        if k >= 0 and text.startswith(party, j - k):
            return True
    return False


def _alias_bracket_open(text: str, close: int) -> int | None:
    """The opening bracket of a body's other name in brackets closed at ``close``, between the ends of
    two bodies (昌都市委（地委）书记, 某县（区）委): one to four Han chars ending a body, a body's end
    before the bracket; None for any other bracket (a name's particulars, a holder)."""
    k = text.rfind("（" if text[close] == "）" else "(", max(0, close - 5), close)
    if k < 1 or text[k - 1] not in ORG_END:
        return None
    alias = text[k + 1 : close]
    return k if alias and all_han(alias) and alias[-1] in ORG_END else None


def _dotted_body(text: str, dot: int, post_start: int) -> bool:
    """Round 25c: is the dot at ``dot`` inside a body's name (哈塔姆·安比亚中央司令部, a headquarters named after a
    person): transliteration syllables on both sides, and a body word between the dot and the post?  A dotted
    person's name before an address (弗拉基米尔·普京总统) names no body after its dot."""
    return (
        dot >= 2
        and all(c in TRANSLIT for c in text[dot - 2 : dot])
        and text[dot + 1 : dot + 2] in TRANSLIT
        and any(b in text[dot + 1 : post_start] for b in ("司令部", "委员会", "部队", "中央"))
    )


def _state_across(text: str, j: int, limit: int) -> int | None:
    """Start of a foreign state's name that opens before ``j`` and runs on over it, ending
    by ``limit`` (the 及 of 阿尔及利亚, 多米尼加及…: only where a listed state spans it)."""
    for k in range(max(0, j - 4), j):
        e = state_at(text, k)
        if e is not None and j < e <= limit:
            return k
    return None


# the rest of a 受…委托 clause after its post (受市长王某委托, 受省委书记、省长某某的委托)
_ON_BEHALF = re.compile(r"[^，。；：,;:！？!?\n]{0,24}?委托")


# the rest of place names opening with the stop char 和 (和田县副县长, 和平区委书记, 和龙市长; not 和县, whose 县委 would join 市委书记和县委书记): the walk goes on
_HE_PLACES = ("田", "平区", "龙市", "龙县", "静县", "硕县", "政县", "顺县", "林格尔")

# Round 25: places a chain names after them (和平村, 和兴社区, 和平街道)
_PLACE_CHARS = frozenset("村镇乡区县市街社州旗盟")


def _he_opens_place(text: str, i: int, post_start: int) -> bool:
    """Is the 和 before ``i`` the first character of a place name: it opens its clause (after a
    quote, a comma or the text's start), or follows a 和 that joins two holders (区长李华和和平街道…),
    and a place character stands before the post?  A 和 that opens a clause joins nothing on its left."""
    before = text[i - 2 : i - 1]
    if before and "\u4e00" <= before <= "\u9fff" and before != "和":
        return False  # (县领导和平安村党支部书记: the 和 joins, 平安村 is the place)
    # the place name holds a character between 和 and its place word (和平村), or 和 is a conjunction
    # before a bare village or township (随后，和村党支部书记…一起: the village's secretary)
    return any(c in _PLACE_CHARS for c in text[i + 1 : post_start])


# The left half of a mainland department's name joined by 和 (住房和城乡建设局, 人力资源和社会保障局,
# 文化和旅游局, 发展和改革委员会): a chain walks back over that 和 when a body's character follows it
# (tested with endswith: 规划 covers 城乡规划和自然资源局)
_HE_PORTFOLIO_LEFT = (
    "住房", "人力资源", "工业", "自然资源", "文化", "教育", "发展", "民族", "外事", "新闻出版", "商务", "科学技术",
    "卫生", "财政", "政务服务", "农业农村", "粮食", "林业", "交通", "水利", "科技", "规划", "公安",
    "经济", "广播电视", "生态环境", "国土资源", "商贸", "旅游", "体育", "工信", "信息化",
    # Round 25: a ministry's departments named by two functions (市场运行和消费促进司, 政策法规和监督管理司)
    "运行", "管理", "监督", "法规", "服务", "保障", "改革",
)
_BODY_CHARS = "局署处委厅办部室司"

# stop characters that end a foreign state's name (埃及)
_STATE_LAST = frozenset("及")
# The left half of a Hong Kong portfolio joined by 及 (商务及经济发展局, 康乐及文化事务署):
# a chain walks back over that 及 only after one of these, so a name
# before 及 (环保署署长区志明及水务署署长严伟良) stays out of the next holder's title.
_PORTFOLIO_LEFT = (
    "商务", "食物", "劳工", "政制", "民政", "环境", "文化", "体育", "运输", "事务", "科技", "康乐", "房屋",
    "规划", "地政", "工商", "经济", "教育", "人力", "卫生", "福利", "土地", "工业", "贸易", "资讯", "广播",
    "城市", "渔农", "法律", "公务", "保安", "生态", "旅游", "物流", "青年", "内地", "邮政", "工程", "税务",
    "建设", "发展", "安全", "环保", "医疗", "社会", "自然", "文物", "古物", "海事", "航空", "消防", "入境",
    "艺术", "创意", "通讯", "科学", "技术", "研究", "管理", "监管", "策划", "库务", "财经", "医务", "创新",
)


def _unit_of_public_body(text: str, j: int, post_ends: dict[int, int]) -> bool:
    """Is the 及 at ``j`` inside a unit's name of a listed public body just before it
    (旅发局市场及推广总经理, 医管局采购及物流部经理), with no post between the
    body and the 及 (旅发局总干事某某及…: a name, then the next holder)?"""
    lo = max(0, j - 12)
    bodies = [m for m in lexicon().bodies.finditer(text, lo, j) if m.group() in lexicon().public_set]
    if not bodies:
        return False
    end = bodies[-1].end()
    return not any(k in post_ends for k in range(end + 1, j + 1))


def _inside_public_body(text: str, j: int) -> bool:
    """Is the char at ``j`` (a stop char: the 等 of 平等机会委员会) inside the name of a listed
    public body?"""
    lex = lexicon()
    return any(m.start() < j < m.end() and m.group() in lex.public_set for m in lex.bodies.finditer(text, max(0, j - 8), j + 8))


def _from_state(text: str, start: int, post_start: int) -> int:
    """A foreign post's chain opens at its state (将考验|美国总统, 报道|俄罗斯总统),
    not at the verb before it; a Chinese envoy's host state (中国驻美国大使) is
    no opening."""
    if state_firsts().isdisjoint(text[start + 1 : post_start]):
        return start  # (where _state_in looks, no state's first char: most chains: no window sliced, no regex run)
    s = _state_in(text[start : post_start + 1], 0, post_start - start)
    if s is None or "、" in text[start : start + s]:
        return start  # (a Hong Kong judge's post, 、, then a foreign court's: the host's post before the 、 is the holder's too)
    s += start
    if text[start] in state_firsts() and s < (state_at(text, start) or start):
        return start  # 白俄罗斯总统: the state found inside (俄罗斯) is the end of the whole state opening the chain
    while s > start and text[s - 1] in "前原":
        s -= 1  # (前日本首相: the former holder's 前 stays)
    return s


@lru_cache(maxsize=4096)  # chains repeat within and across articles (the window and the character after it decide)
def _state_in(window: str, start: int, end: int) -> int | None:
    return state_in(window, start, end)
