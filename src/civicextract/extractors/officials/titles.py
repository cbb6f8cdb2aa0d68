"""Posts and title chains: ``东坡区委常委、宣传部部长`` -> titles and organisation.

One compiled pattern over ``models/posts.txt`` finds every post in a text
(the anchors of officials extraction); a chain is read backwards from a post
to where the title run starts, split at 、 and 兼, and its first segment,
without the post, names the organisation.

>>> text = "对此，记者专访了东坡区委常委、宣传部部长李维义。"
>>> posts = find_posts(text)
>>> start = chain_start(text, posts[-1].start, {p.end: p.start for p in posts})
>>> chain = text[start:posts[-1].end]
>>> chain, split_chain(chain), organization(chain)
('东坡区委常委、宣传部部长', ('东坡区委常委', '宣传部部长'), '东坡区委')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from ...regexrun import bucketed_alternation
from ...resources import data_lines
from .states import state_at, state_before, state_firsts, state_in

HAN = "\u4e00-\u9fff"
# Chars that end a place or body name: where a stripped organisation may stop.
_PLACE_END = "省市县区州镇乡村旗盟"
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
_MAX_CHAIN = 48
# Han chars at which chain_start's walk does more than step back
_WALK_SPECIAL = _STOP_CHARS | _STOP_LAST | {"兼"}
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
# a party's own staff posts (秘书长, 发言人) after a party's name other than China's (远进党秘书长)
_PARTY_STAFF = frozenset(("秘书长", "发言人"))
_OTHER_PARTY = re.compile(r"(?<!共产)(?<!农工)(?<!致公)(?<![中县市区省镇乡村])党$")


def _party_lead(seg: str) -> int:
    """Length of the modifier and party opening ``seg`` (前工联会…: 5), 0 where no party of
    _PARTIES opens it."""
    rest = _unmodified(seg)
    party = next((p for p in _PARTIES if rest.startswith(p)), None)
    return 0 if party is None else len(seg) - len(rest) + len(party)


def _unmodified(seg: str) -> str:
    """The segment without a leading 原/前/时任/现任 (时代力量 keeps its 时)."""
    for m in ("时任", "现任", "原", "前"):
        if seg.startswith(m):
            seg = seg[len(m) :]
            break
    if seg.startswith(("台湾", "中国")) and seg.startswith(_PARTIES, 2):
        return seg[2:]  # 台湾民众党主席, 中国国民党副主席: the party's full name
    return seg


# seats of a congress or a CPPCC (their body is in the post's own name): public before a private post too
_DEPUTIES = frozenset(("人大代表", "政协委员", "党代表", "人大常委", "政协常委"))
# a party's head (not a vice-chair) leads it in public life: fit's gold counts a Hong Kong party's 召集人
_PARTY_HEADS = frozenset(("主席", "召集人", "党主席", "党魁"))
_ELECTED = frozenset(("议员", "立委", "区议员", "市长", "县长", "议长", "副议长", "代表", "委员"))
# A firm's managing posts that a Hong Kong statutory body or department gives
# too (旅发局总干事, a 卫生署 centre's 总监, 旅发局总经理): public at a ``+``
# public body (not 记者 or 顾问, whoever employs them)
_MANAGERS = frozenset(("总监", "主管", "总干事", "总经理", "经理", "总裁", "行政总裁"))
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
    "便衣",
    "高级",
    "首席",
)

_MODIFIERS_LONGEST_FIRST = tuple(sorted(_MODIFIERS, key=len, reverse=True))


class Post(NamedTuple):  # a tuple: built for every post match, so cheap to make
    start: int
    end: int
    text: str
    official: bool
    weak: bool


@dataclass(frozen=True)
class Lexicon:
    pattern: re.Pattern[str]
    official: frozenset[str]
    weak: frozenset[str]
    other: frozenset[str]
    not_public: tuple[str, ...]
    public: tuple[str, ...]
    sub_units: tuple[str, ...]
    bodies: re.Pattern[str]  # public exceptions first, then not-public markers


def _lines(name: str) -> list[str]:
    return [x.strip() for x in data_lines(name)]


# prefecture-level cities and a province whose names end in 州 (their heads are 市长 / 省长, never 州长)
_CITY_ZHOU = "福|广|杭|湖|徐|郑|苏|温|兰|贵|常|泉|漳|滁|池|宿|亳|梧|钦|柳|赣|抚|台|衢|扬|泰|惠|潮|梅|德|沧|锦|荆|随|达|泸"


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    official, weak, other = set(), set(), set()
    for line in _lines("posts.txt"):
        if line.startswith("~"):
            weak.add(line[1:])
        elif line.startswith("-"):
            other.add(line[1:])
        else:
            official.add(line)
    not_public: list[str] = []
    public: list[str] = []
    sub_units: list[str] = []
    for line in _lines("org_suffixes.txt"):
        {"-": not_public, "+": public, "=": sub_units}[line[0]].append(line[1:])
    words = sorted(official | weak | other, key=len, reverse=True)
    # 常务副市长, 第一副书记; a post never runs on into a body name (常委会,
    # 委员会, 书记处, 主席团; but 主席会见/会晤/会谈/会同 is the post and a verb)
    # and a 长 never starts a word (城市长效, 社区长期).
    # (常务/副 are added by find_posts, looking back: an optional prefix here
    # would stop the regex engine from skipping ahead to a post's first char)
    # The look-ahead first: every post has two characters at least, so its first
    # two must be a first and a second character of some post.  Without it the
    # engine enters the trie's top branch (one alternative per first character,
    # all of them tried in turn) at every character that may open a post, a
    # fifth of the text; with it, at a twentieth (find_posts 2x faster).
    pattern = re.compile(
        rf"{bucketed_alternation(words)}"  # (two_char_ahead(words) + trie_alternation(words), faster)
        rf"(?![团处级台]|会(?!见|晤|谈|同)|(?<=长)(?:期(?!间)|[效远久足大城沙廊治度达短河株]))"
        # a city's 州 before a place opening with 长 (福州长乐, 湖州长兴, 贵州长顺): a city has a 市长, no 州长
        rf"(?<!(?:{_CITY_ZHOU})州长)"
    )
    return Lexicon(
        pattern=pattern,
        official=frozenset(official),
        weak=frozenset(weak),
        other=frozenset(other),
        not_public=tuple(not_public),
        public=tuple(public),
        sub_units=tuple(sub_units),
        bodies=re.compile("|".join(map(re.escape, sorted(public, key=len, reverse=True) + not_public))),
    )


def base_post(post: str) -> str:
    """``常务副市长`` -> ``市长``: the post a short reference (``李市长``) uses."""
    for m in ("常务", "第一", "执行"):
        post = post.removeprefix(m)
    return post.removeprefix("副")


def find_posts(text: str) -> list[Post]:
    lex = lexicon()
    other, weak = lex.other, lex.weak
    out = []
    for m in lex.pattern.finditer(text):
        word = m.group()
        s, e = m.span()
        if word[-1] == "委" and text[e : e + 1] == "员":
            continue  # (独立委员会: Taiwan's 立委 read inside 委员会, no post; the name after it was 员会)
        if s > 0 and text[s - 1] == "副":
            s -= 1
        if s > 1 and text[s - 2 : s] in _RANKS:
            s -= 2
        # (Post(...) itself goes through a Python-level __new__: a frame per post)
        out.append(_tuple_new(Post, (s, e, text[s:e], word not in other, word in weak)))
    return out


_tuple_new = tuple.__new__


_RANKS = frozenset(("常务", "第一", "执行"))


@lru_cache(maxsize=8192)  # chains and their segments repeat: is_public, organization, has_own_body share them
def chain_posts(chain: str) -> tuple[Post, ...]:
    """``find_posts`` of a chain or a segment of one (short strings), remembered."""
    return tuple(find_posts(chain))


def _stop_before(text: str, i: int) -> int:
    """Length of a stop word ending at ``i`` (0 if none)."""
    if i < 1 or text[i - 1] not in _STOP_LAST:
        return 0
    for n, words in _STOP_BY_LEN:
        if i >= n and text[i - n : i] in words:
            if text[i - n : i] == "任" and text[i - 2 : i - 1] in ("责", "信", "常"):
                continue  # 责任区警务队队长, 常任秘书长: words, not the verb 任
            before = text[i - 2 : i - 1]
            if text[i - n : i] == "日" and not (before and (before.isdigit() or before in "一二三四五六七八九十廿")):
                continue  # 日本内阁官房长官: 日 ends a date (19日) only after a number (not at the text's start)
            return n
    return 0


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
    while i > floor:
        if i in post_ends:
            i = post_ends[i]
            continue
        ch = text[i - 1]
        if fast and "\u4e00" <= ch <= "\u9fff" and ch not in _WALK_SPECIAL:
            i -= 1  # (most chars of a chain: none of the tests below stops or jumps there)
            continue
        if ch == "兼" and text[i - 2 : i - 1] in "，," and i - 2 in post_ends:
            i = post_ends[i - 2]  # 市委前副书记，兼市民政局前局长
            continue
        if ch in "，," and i - 1 in post_ends and i < post_start and text[post_ends[i - 1] - 1 : post_ends[i - 1]] != "任":
            i = post_ends[i - 1]  # 市民政局党组书记、局长，市未成年人保护工作领导小组副组长程治敏
            continue  # (not 某某任团长，委员某某: the post before the comma is the previous subject's)
        if ch == "、" or (ch == "兼" and i - 1 in post_ends):
            # across a public post only: 主席蔡元雲醫生、…保安局常任秘書長應耀康
            # is a list of people, the 醫生 closing the previous one's name
            if i - 1 in post_ends and text[post_ends[i - 1] : i - 1] not in lexicon().other:
                i = post_ends[i - 1]
                continue
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
            and text.startswith(_HE_PLACES, i)
        ):  # …有限公司, 高等法院, 商务及经济发展局 (Hong Kong's bureaus), 中央党的建设工作领导小组 go on
            break
        if not ("\u4e00" <= ch <= "\u9fff") or (ch in _STOP_LAST and _stop_before(text, i)):
            break
        i -= 1
    if text.startswith("受", i) and (i == 0 or not "\u4e00" <= text[i - 1] <= "\u9fff") and _ON_BEHALF.match(text, post_start):
        i += 1  # 受县委书记何洋委托，…: the preposition of the clause, no part of the title
    return _from_state(text, i, post_start)


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
    bodies = [m for m in lexicon().bodies.finditer(text, lo, j) if m.group() in lexicon().public]
    if not bodies:
        return False
    end = bodies[-1].end()
    return not any(k in post_ends for k in range(end + 1, j + 1))


def _inside_public_body(text: str, j: int) -> bool:
    """Is the char at ``j`` (a stop char: the 等 of 平等机会委员会) inside the name of a listed
    public body?"""
    lex = lexicon()
    return any(m.start() < j < m.end() and m.group() in lex.public for m in lex.bodies.finditer(text, max(0, j - 8), j + 8))


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


@lru_cache(maxsize=4096)  # chains repeat within and across articles
def split_chain(chain: str) -> tuple[str, ...]:
    return tuple(s for s in _SPLIT.split(chain) if s)


_SPLIT = re.compile(r"[、兼，,]+")


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
    body_public = True
    segs = [(seg, posts[-1]) for seg in split_chain(chain) for posts in [chain_posts(seg)] if posts]
    # 中原地产亚太区副主席兼住宅部总裁: a private post in the chain makes its
    # other posts a firm's too, unless their body is plainly public
    private = any(last.text in lex.other for _, last in segs)
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
        # an elected post after its party (工联会立法会议员): the party is no body of the post
        lead = _party_lead(seg)
        if last.start > lead:  # a body of its own
            # ``+`` exceptions name public bodies inside not-public markers (人民银行, 社会科学院)
            bodies = [m.group() for m in lex.bodies.finditer(seg, lead, last.start)]
            if any(b in lex.public for b in bodies[:-1]) and bodies[-1] in _BOARDS:
                bodies.pop()  # 市区重建局董事会主席: a statutory body's own board, no firm's
            body_public = not any(b not in lex.public for b in bodies)
            at_public_body = any(b in lex.public for b in bodies)
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
    return any(m.group() not in lex.public for m in lex.bodies.finditer(chain))


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
    for m in ("原", "前", "时任", "现任"):
        org = org.removeprefix(m)
    # 阳倦村原党总支: the former post, not a former body
    org = _FORMER_CELL.sub("", org) if "党" in org else org
    if last.text == "部长" and len(org) >= 2 and not org.endswith("部") and first.endswith(org + "部长"):
        org += "部"  # 外交部长, 县委组织部长: the ministry's 部 is written once, in the post
    return org if len(org) >= 2 else None


_FORMER_CELL = re.compile(r"(?:原|前)(?=党)")
