"""Programme candidates: quoted names, names ending in a programme word, known abbreviations.

Each finder yields ``Candidate``s in ``doc.text`` coordinates; ``programs.py``
groups them into one record per programme (names before a programme word are
``headed``'s, the items of an enumeration ``items``'s: both use the patterns and
helpers below).  Everything here is compiled
regular expressions over the text: no tokens are needed, which keeps the
extractor at several million chars/s.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ...regexrun import digit_free_gate, match_gate, pair_dispatched_alternation
from ...resources import data_lines
from .lexicon import Lexicon, lexicon

NUMERALS = "一二三四五六七八九十百千万两双"

# A quoted name: “…” (「」 are already “” after normalisation) or ‘…’ nested quotes.
QUOTE = re.compile(r"“([^“”\n]{1,30})”|‘([^‘’\n]{1,30})’|\"([^\"\n]{1,30})\"")
# QUOTE's first branch alone, its group numbered the same (1): a text holding no ‘ and no " has no
# match of the other two.  One opening character is a literal the engine finds by a plain scan;
# three are a class it tests at every position (callgrind, dev + fit: 11.2 M -> 4.6 M instructions
# with the two `in` tests).
_DOUBLE_QUOTE = re.compile(QUOTE.pattern.split("|", 1)[0])
_LAST_QUOTES: tuple[str | None, tuple[re.Match[str], ...]] = (None, ())


def quote_matches(text: str) -> tuple[re.Match[str], ...]:
    """QUOTE's matches in ``text``: three finders read them, the text is scanned once.

    One entry, read and replaced as a whole (a thread never sees another text's matches).
    """
    global _LAST_QUOTES
    last = _LAST_QUOTES
    if last[0] is not text:
        pattern = QUOTE if "‘" in text or '"' in text else _DOUBLE_QUOTE
        last = _LAST_QUOTES = (text, tuple(pattern.finditer(text)))
    return last[1]


TITLE = re.compile(r"《[^《》\n]{1,60}》")
# Quotes that are speech or a sentence, never a name.
# Cantonese particles (喺, 唔, 嘅, 咗 …) mark quoted speech in Hong Kong reports (“…喺市民一边”):
# a sentence someone said, never a scheme's name.
SENTENCE_PUNCT = re.compile(r"[。！？；：!?…喺唔嘅咗冇哋佢嚟啲噉乜嘢]")
LIST_PUNCT = re.compile(r"[、，, ]")
# Dates and incident codes written in quotes (“1·24”, “2·25”) name events, not programmes.
DATE_CODE = re.compile(r"^\d{1,2}[·.]\d{1,2}$")
# N+M codes: 10+5, 1+10+3+N, 课件+现场 (a + joins the parts of one scheme).
CODE = re.compile(r"\d+(?:\+(?:\d+|N))+")
# Numbered slogans: 五定, 三旧变三新, 四个不摘, 3个100万, 一村一品, 强双基.
CLASSIFIERS = "个大张条项所类栋名户次批件"
NUMBERED = re.compile(rf"[{NUMERALS}\d]")
BARE_COUNT = re.compile(rf"^[{NUMERALS}\d]+[{CLASSIFIERS}]?$")
# A count of places (round 16: 四川、陕西两省（以下简称“三省”）, “两岸”, “三地”): the parties a text
# abbreviates, never a programme (a numbered slogan names what is done: 三张清单, 五定).
COUNTED_PLACES = re.compile(r"^[一二三四五六七八九十两]+[省市县区国方地岸州]$")  # (not 双: “双区” names a strategy)

# Words that end the phrase in front of a name: verbs that take a programme as
# object (开展, 实施 …), prepositions, and function words.  The name starts
# after the rightmost one.
_LEFT_STOP_WORDS = (
    "开展了|开展|实施|安排|预留|推进|推行|推出了|推出|推动|启动|落实|坚持|按照|依照|依托|结合|围绕|针对|随着|通过|完成|纳入|批复|实行|建立|健全|完善|运用|"
    "打赢|打好|决战|参与|加入|加快|加力|发力|明确|制定|出台|印发|部署|聚焦|抓好|抓|做好|搞好|建好|用好|运用好|打造|探索|创新实施|助力|开始了|举行|"
    "召开|组织|全力|大力|深入|持续|扎实|积极|认真|全面|实现|加强|巩固|继续|宣布|介绍|表示|出席|参加|来到|涉及|考虑到|同时|掀起|确保|保持|收集|"
    "督查|核查|谋划|涵盖|发挥|拉开|率先|进行|解决好|举办|期间|采纳|如何|扛起|成为|作为|属于|形成|书记|记者|主任|局长|县长|市长|区长|镇长|主席|"
    # verbs and scope words seen before names in unseen reports (corpus/unseen_check.jsonl):
    # 调研生活垃圾…项目, 实施好新一轮…行动, 该市采用…, 我国重要生态系统…工程.  Verbs that
    # also occur inside names (优化, 强化, 检查: 创新环境优化工程) are descriptors instead.
    "调研|督导|采用|关注|前瞻布局|实施好|落实好|开展好|推进好|办好|保护好|我国|我省|我市|我区|我县|开工建设|编制|"
    # verbs and counts seen before 项目/工程/计划 in the train split's fit part (issue 10: a verb
    # or preposition in front of a programme word is never part of its name): 新招募…计划,
    # 共计签订…项目, 审批核准…项目, 推介…项目, 赢得…战略, 力争…项目
    "招募|新招募|签订|共计|审批核准|核准|审批|推介|赢得|力争|预计|面向|在建|拟|"
    # round 2, the same class held out in fit: 新签约…项目, 进一步规范…机制, 融入…战略,
    # 解决…工程, 第一时间…行动
    "签约|新签约|进一步|融入|解决|第一时间|"
    # round 3, fresh articles (corpus/holdout_programs.jsonl, part A) and fit: 根据…统一行动,
    # 包括隧道工程, 采取共同行动, 争取…配置工程, 深化污染防治攻坚: a verb or preposition whose
    # object is the programme, never the start of its name
    "根据|依据|包括|采取|争取|深化|用于|无法|不能|未能|入选|获评|荣获|奋力开创|开创|开工|纪念|打压|"
    # round 4 (fresh articles, corpus/holdout_programs_r4.jsonl part A): 加大…项目用地支持力度,
    # 位于…机场临空区, 动员…共同行动: verbs whose object follows, never the start of a name
    "加大|位于|动员|"
    # round 15: 浦东方面计划，未来将…: a side that plans, not a plan's name
    "方面|"
    # round 6 (in-sample errors of rounds 3-5 and round 6 part A): a verb of founding or listing
    # left in front of a zone's or work's name (支持神农架创建国家公园, 基本建成长兴岛…装备岛,
    # 南平市…列入国家碳达峰试点, 推广校园…运动): the object follows it, the name never holds it
    # (not 建成 alone: 建成区 is a noun)
    "创建|争创|申建|基本建成|全面建成|加快建成|列入|推广|"
    # round 16: 试行居住证转户籍制度: a trial of the system, as 实行 is its practice
    "试行|"
    "部长|厅长|强力|着力|有序|正在|已经|其中|目前|近日|近年来|今年|去年|以来|为了|为|以|由|从|在|对|将|把|按|是|了|的|地|着|被|到|或|等|"
    "于|向|经|即|及|与|和|并|也|还|都|均|已|该|这|此|其他|其|各|个|吧|吗|呢|啊|他|她|曾|荣立|"
    "但是|就是|于是|还是|也是|都是|对于|由于|关于|以及|并且|或者|因为|所以|而且|只是|不是|正是"
).split("|")
# What the prefix tree of the words (longest first) matches: the words of two characters or more
# dispatched by their second character (regexrun.pair_dispatched_alternation: the same matches, the
# longest word at a position first), then a single-character word, which at a position where no longer
# word matches is what the tree fell back to.  Most characters of a name's window open some stop word,
# so the tree's first level was tried at nearly every position: the stop searches of left_start's
# windows (dev + fit, callgrind) 19.6 -> 16.6 M instructions.
LEFT_STOPS = re.compile(
    f"(?:{pair_dispatched_alternation([w for w in _LEFT_STOP_WORDS if len(w) > 1])}"
    f"|[{''.join(sorted({re.escape(w) for w in _LEFT_STOP_WORDS if len(w) == 1}))}])"
)
# The last characters of the stop words: a stop can end at a position only after one of them.
LEFT_STOP_LASTS = frozenset(w[-1] for w in _LEFT_STOP_WORDS)
# Scope in front of a quoted name is not part of it: 全市“双创”, 金泽镇“信用镇”, 中心城区“绣花式微更新”.
SCOPE_END = re.compile(
    r"(?:省|市|区|县|镇|乡|村|街道|社区|城区|期|基层|成员|首个|全国|全省|村民|居民|群众|干部|上述|我国|我省|我市|我区|我县"
    r"|委|政府|局|厅|办"  # 洛阳市委“三项重点工作”: whose, not which (unseen spot checks)
    # session 29: the kind of institution a national scheme runs in says where, as a place does: 高校“双一流”建设
    # (the scheme is 双一流), 医院“一站式”服务
    r"|高校|院校|学校|中小学|医院)$"
)
# Verbs after which a topic noun may open a quoted name (开展监督“百日行动”); after
# anything else the words before a quote are the sentence, not the name.
PREFIX_OPENERS = re.compile(
    r"(?:开展了?|实施|推进|推行|推动|启动|落实|健全|建立|结合|完成|加快|加力|打造|探索|深化|发力|制定|明确)$"
)
NAME_CHARS = re.compile(r"[\u4e00-\u9fff0-9A-Za-z·#\-+]")
# Words that continue a programme word into another word: 战略合作, 攻坚成果, 项目部, 工程师
# (round 14: 培养造就更多战略科学家, a kind of scientist, not a strategy; round 15: 移动出行战略品牌, a brand;
# session 27: 国家战略需求, 创新战略布局: what a strategy needs or lays out).
HEAD_CONTINUES = re.compile(
    r"(?<=战略)(?:合作|性|定力|部署|设想|目标|意义|眼光|高度|地位|机遇|支点|腹地|新兴|物资|使命|储备|科学家|品牌|需求|布局)"
    r"|(?<=攻坚)(?:成果|克难|阶段|之年|任务|期)"
    r"|(?<=项目)(?:部|经理|负责人|单位|方|现场)"
    r"|(?<=活动)(?:现场|中心|室|场所|阵地|详情|期间)"
    r"|(?<=计划)(?:生育|单列)"
    r"|(?<=工程)(?:师|院|局|公司|队|机械|车辆|质量|造价|进度|款|专业|学院|系)"  # 工程机械 is a machine, 软件工程专业 a subject
    r"|(?<=计划)(?:投资|总投资|开工|完成|竣工)"  # 计划投资: the planned investment
    # round 16: 体育总会计划在8月举行: a body plans to, at a time (a plan's name is not followed by 在8月)
    r"|(?<=计划)[在于](?=[\d一二三四五六七八九十今明本下近年月])"
    r"|(?<=学习教育)(?:成果|成效)"
    # 创建 heads a name only at its end (全国文明城市创建工作); 获批创建世界一流… is the verb
    r"|(?<=创建)(?=[\u4e00-\u9fff])(?!工作|活动|行动|工程|攻坚|测评|和|与|及|等|中|以来|的|成果|任务|目标|期间|阶段)"
    r"|(?<=模式)下"
    # session 27: 进行动态分析, 进行动员部署: the verb 进行 before 动态 (dynamic) or 动员 (mobilise), no 行动
    r"|(?<=行动)[态员]"
)
# Every branch of HEAD_CONTINUES starts with a look-behind: it matches only after one of these words.
HEAD_CONTINUED = tuple(dict.fromkeys(re.findall(r"\(\?<=([^()]+)\)", HEAD_CONTINUES.pattern)))
# Names ending so are places, buildings, crimes, durations or categories, not programmes.
# 双师型 (a kind of teacher), 锰三角 / 长三角 (a region), “紧急医学救援类” (a kind of team).
# Companies, teams, unions and parties are who does the work (某某实业有限公司, 某某团队, 雇员工会):
# the spec's borderline "teams" at best, never a programme.
# (the one-character words as literals, not a class: with every branch opening with a literal the
# engine skips in C to their first characters; a class branch makes it try every position)
NOT_A_NAME = re.compile(r"(?:厅|馆|室|楼|栋|街|村|型|类|三角|犯罪活动|违法活动|个月|小时|公司|集团|团队|工会|协会|商会|联盟|政党)$")
# A quote followed by the kind of news account it is names the account the text comes from, not a
# programme: 据“陕西发布”消息, “廉洁四川”微信公众号 (round 15: 13 in 10 texts of dev, fit and the rounds, no
# gold programme among them).
MEDIA_AFTER = re.compile(r"(?:官方)?(?:微信公众号|公众号|微信|微博|客户端|消息|视频号|抖音号)")
# A numbered phrase ending in a problem word counts problems to solve: “三大结构两大难题”.
PROBLEMS = re.compile(r"(?:难题|问题|短板|矛盾|隐患|风险)$")
# A quoted numbered word that qualifies the noun after it names that thing, not a
# programme: “三公”经费, “四类”地区, “三光”村.
NOT_PROGRAMME_AFTER = re.compile(r"(?:经费|资金|费用|人员|人群|地区|区域|片区|流域|村)")
# A leading place or scope says where, not which: 延吉高新区 / 全县 / 蕃瓜弄小区.
PLACE = re.compile(
    r"^(?:全(?:国|省|市|县|区|镇)|[\u4e00-\u9fff]{2,5}?(?:高新区|新区|小区|省|市|区|县|镇|乡|街道))"
    r"(?!圈|场|民|政|委|级|直|域|位|块|间|属|城|长|管|容|面|值|内|外|省|市|区|县|风)"  # 都市圈, 市场, 县区, 乡风: not a place
    # 企业上市, 统筹城乡, 超市: words that end in 市 or 乡 without naming a place (企业上市攻坚行动)
    r"(?<!上市|超市|城市|都市|股市|集市|夜市|入市|城乡|下乡|返乡|回乡|家乡|误区|盲区|灾区)"
    # session 29: kinds of area, not places (城市片区更新提升行动, 小城镇创新提升行动)
    r"(?<!片区|城镇|小镇|山区|林区|牧区|矿区|园区)"
    # round 4: a zone named for what it pilots is what the name is about, not where (自贸试验区提升战略,
    # 主体功能区战略)
    r"(?<!试验区|示范区|先行区|功能区)"
)
# A PLACE match starts with 全 or ends, within a name's first eight characters, in one of these.
PLACE_ENDS = frozenset("区省市县镇乡道")


# Round 24b: 社区, 小区, 街区 and 景区 after a quality, a kind or a verb (完整社区, 未来社区, 好社区, 老旧小区,
# 旅游景区, 国球进社区) name the kind of community the work builds or enters, not where it is: read as a
# place they lost the distinguishing words of 好社区试点建设 and gave round 16's 完整社区 a place's features.
# A proper name before the word (月安社区, 幸福里社区, 蕃瓜弄小区) is still a place.
COMMON_AREA = re.compile(
    r"(?:完整|未来|美好|幸福|智慧|绿色|和谐|文明|平安|老旧|低碳|零碳|韧性|无废|友好|活力|美丽|数字|宜居|健康"
    r"|旅游|示范|样板|星级|红色|精品|海绵|智能|书香|法治|安全|养老|好|进)(?:社区|小区|街区|景区)$"
)


def place_match(s: str) -> re.Match[str] | None:
    """``PLACE.match(s)``, unless it is a kind of community (COMMON_AREA).  (Its former gate, a set of
    place characters tested against the first eight, cost twice the match it saved: 350 against 160 ns
    per name of dev + fit.)"""
    m = PLACE.match(s)
    if m is not None and m.group()[-1] == "区" and COMMON_AREA.search(m.group()):
        return None
    return m


# A leading count or date: 12条, 一批, 首个, 2023年.
LEADING_COUNT = re.compile(
    rf"(?:\d{{4}}年度?|今年|明年|\d+月(?:\d+日)?|[{NUMERALS}\d]+(?:[{CLASSIFIERS}]|大批)|首个|首批|一系列)"
)


# Not frozen: a frozen dataclass's __init__ sets each field through its slot's descriptor (the records'
# _fast_init), a plain slots class stores them directly: 7.2k -> 3.7k instructions per candidate (callgrind),
# 1,365 candidates over dev + fit.  Nothing hashes a candidate or writes to one after it is built.
@dataclass(slots=True)
class Candidate:
    name: str
    start: int
    end: int
    core: str | None = None  # the quoted text a name was built on
    kind: str = "quote"  # quote | head | known | item
    known: str | None = None  # canonical key when the name is a known abbreviation form


def strip_quotes(s: str) -> str:
    return s.translate(_QUOTE_MARKS)


_QUOTE_MARKS = str.maketrans("", "", "“”‘’\"")


def title_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in TITLE.finditer(text)]


# A work plan named in a title is the programme it plans: 《乡镇卫生院院长作风监督工作方案》.
# The period in brackets after it is not part of the name: 《…实施方案（2023—2025年）》.
PLAN_TITLE = re.compile(r"《(?:关于)?([^《》\n]{4,40}(?:工作方案|行动方案|实施方案))(?:（[^（）《》\n]{2,16}）)?》")


_PLAN_WORD = re.compile(r"(?:工作|行动|实施)方案$")


def titled(text: str, lex: Lexicon) -> Iterator[Candidate]:
    for m in PLAN_TITLE.finditer(text):
        inner = m.group(1)
        modifier = _PLAN_WORD.sub("", inner)
        if distinguishing(modifier, lex, 4):
            yield Candidate(strip_quotes(inner), m.start(1), m.end(1), kind="title")  # 《…“湘产专场”…方案》


def inside(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    """Whether [s, e) lies strictly inside one of ``spans`` (sorted, not overlapping)."""
    k = bisect_right(spans, (s, 1 << 62)) - 1
    return k >= 0 and spans[k][0] < s and e < spans[k][1]


# The last character of a window that is no name character (NAME_CHARS' complement): the greedy
# .* runs to the window's end and gives back one character at a time, linear in the window.
_LAST_BREAK = re.compile(r"(?s:.*)[^\u4e00-\u9fff0-9A-Za-z·#\-+]")


def left_start(text: str, end: int, limit: int, lex: Lexicon) -> int:
    """Where the noun phrase ending at ``end`` begins: back over name characters, then after the last stop word.

    -1 when the phrase runs past ``limit`` characters without a boundary (the start would be mid-word).
    """
    # What _walk_left finds, with one regex call for the walk where no bracket is in reach
    # (the walk was a Python step per character, a fifth of the time of this function).
    lo = end - limit if end > limit else 0
    m = _LAST_BREAK.match(text, lo, end)
    if m is not None:
        p = m.end() - 1
        if text[p] not in "）)":
            return after_stops(text, p + 1, end, lex)  # the walk stops at the last break
    elif lo == 0:
        return after_stops(text, 0, end, lex)  # the text's start ends the walk
    else:
        ch = text[lo - 1]
        if ch not in "）)":
            if not ("\u4e00" <= ch <= "\u9fff" or ch.isascii() and (ch.isalnum() or ch in "#-+") or ch == "·"):
                return after_stops(text, lo, end, lex)
            if not LEFT_STOPS.search(text, lo, end):  # the walk reaches the limit
                return -1
            start = after_stops(text, lo, end, lex)
            return -1 if start == lo else start
    return _walk_left(text, end, limit, lex)


def _walk_left(text: str, end: int, limit: int, lex: Lexicon) -> int:
    """``left_start``, a character at a time (brackets inside a name are stepped over)."""
    j = end
    while j > 0:
        ch = text[j - 1]
        if ch in "）)":
            k = text.rfind("（" if ch == "）" else "(", max(0, j - 16), j - 1)
            if k < 0 or j - k > 16:
                break
            j = k  # 紫郁路（常州路——楼子底街段）: a parenthesis inside a name
            continue
        if not ("\u4e00" <= ch <= "\u9fff" or ch.isascii() and (ch.isalnum() or ch in "#-+") or ch == "·"):
            break  # NAME_CHARS, tested without a regex call per character
        if end - j >= limit:
            if not LEFT_STOPS.search(text, j, end):
                return -1
            start = after_stops(text, j, end, lex)
            return -1 if start == j else start  # no stop took: j is mid-word (…危险废|物环境违法…专项行动)
        j -= 1
    return after_stops(text, j, end, lex)


# One-character names of partners (Africa, Europe, abroad, Taiwan …) after 对: 对非贸易, 对台交流.
_PARTNERS = frozenset("非欧美俄日韩台港澳外")
# Before 组织 these make it the noun (an organisation), not the verb (to organise): 社会组织, 基层党组织.
_ORGANISATION_NOUNS = ("社会", "党", "基层", "群团", "经济", "国际", "自治", "行业", "志愿", "慈善", "合作", "群众", "青年")


def after_stops(text: str, j: int, end: int, lex: Lexicon) -> int:
    start = j
    # The name starts after the last stop that takes: the matches never overlap, so that one
    # ends farthest, and the ones before it need no checks.
    # (a search per stop: a finditer's iterator costs more than the searches of a short window)
    stops = []
    search = _STOP_SEARCH
    m = search(text, j, end)
    while m is not None:
        stops.append(m)
        m = search(text, m.end(), end)
    for m in reversed(stops):
        w = m.group()
        if (
            w in "和与"
            and not ends_with_head(text[j : m.start()], lex)
            and not text.endswith(_WORK_ENDS, j, m.start())
            and not (m.start() > 0 and text[m.start() - 1] in _CLOSING_QUOTES)
        ):
            # 耕地保护和粮食安全责任制: 和 inside a name (not after a work's end: “三医”联动改革和…行动; nor after a
            # quoted name, which is whole: “扩中提低”和收入分配制度改革 is two, session 29)
            continue
        if w == "个" and not (m.start() > j and (text[m.start() - 1] in NUMERALS or text[m.start() - 1].isdigit())):
            continue
        if w == "对" and text[m.end() : m.end() + 1] in _PARTNERS and m.end() + 1 < end:
            continue  # 对非贸易倍增计划, 对外开放: 对 before a partner's one-character name is "with", inside the name
        if w == "组织" and text.endswith(_ORGANISATION_NOUNS, j, m.start()):
            continue  # 打击整治非法社会组织专项行动: 社会组织 is the noun, not the verb 组织
        if w == "深化" and m.start() > j:
            continue  # 国有企业改革深化提升行动: inside a name 深化 is a word of it; it opens only a verb phrase
        if len(w) == 1 and _in_word(text, m.start(), lex):
            continue  # 结对机制, 经济, 以旧换新: the character is part of a word
        start = m.end()
        break
    if text.find("元", start, end) >= 0:  # every amount ends in 元
        for m in _AMOUNT.finditer(text, start, end):
            start = m.end()  # 预留12亿元扩建孵化园计划: money is what it costs, not its name
    # A count in figures is how many, never part of the name after it: 设站15座长沙至浏阳线…工程
    # (a heading run into the text), 建设10个重点项目.  Numbered names count in words (三个一批).
    search = _FIGURE_SEARCH
    m = search(text, start, end)
    while m is not None:
        e = m.end()
        if e < end:
            start = e
        m = search(text, e, end)
    # A leading year, date or count is when or how many, not what.
    # (the engine's set-up costs more than most failed matches: its first character tested first)
    if start < end and (text[start] in _LEADING_FIRST or text[start].isdecimal()):
        lead = LEADING_COUNT.match(text, start, end)
        if lead:
            start = lead.end()
    return start


_CLOSING_QUOTES = "”’\""
_AMOUNT = re.compile(r"\d\d*(?:\.\d+)?[万亿]*(?:元|港元|美元)")  # (\d\d*: see _FIGURE_COUNT)
_FIGURE_COUNT = re.compile(  # (\d\d* for \d+: a pattern opening with a class, not a repeat, is skipped through in C)
    r"\d\d*(?:\.\d+)?[万亿]?(?:多|余)?(?:座|个|项|条|家|批|处|台|辆|所|名|户|次|公里|千米|亩|分钟|小时|天)"
)
_FIGURE_SEARCH = _FIGURE_COUNT.search
_LEADING_FIRST = match_gate(LEADING_COUNT)
_STOP_SEARCH = LEFT_STOPS.search


def _in_word(text: str, k: int, lex: Lexicon) -> bool:
    """Whether text[k] sits inside a dictionary word of 2-4 characters."""
    # Only the slices where a word holding text[k] could lie (its place in such words and their
    # lengths, from the lexicon): a few look-ups instead of every 2-4 character slice around k.
    n = len(text)
    inword = lex.inword
    for p, length in _inword_places(inword).get(text[k], ()):
        s = k - p
        if s >= 0 and s + length <= n and text[s : s + length] in inword:
            return True
    return False


@lru_cache(maxsize=4)
def _inword_places(inword: frozenset[str]) -> dict[str, tuple[tuple[int, int], ...]]:
    """Per character: (its index in the word, the word's length) over the 2-4 character words holding it."""
    places: dict[str, set[tuple[int, int]]] = {}
    for w in inword:
        if 2 <= len(w) <= 4:
            for p, ch in enumerate(w):
                places.setdefault(ch, set()).add((p, len(w)))
    return {ch: tuple(sorted(v)) for ch, v in places.items()}


# Besides the programme words, what ends a work item: a conjunction after it joins two names
# (round 6, part A: “三医”联动改革和全民健康行动, 智慧医疗建设和全民健康行动 were one name).
_WORK_ENDS = ("改革", "建设")


def ends_with_head(s: str, lex: Lexicon) -> bool:
    return lex.head_end_re.search(s) is not None


_HAN = re.compile(r"[\u4e00-\u9fff]")


def distinguishing(modifier: str, lex: Lexicon, need: int = 4) -> bool:
    """Whether a modifier says which programme, rather than what kind of work or where."""
    # The finders and the features ask about the same modifiers: counted once each.
    if lex is lexicon():
        return _distinct_han_cached(modifier) >= need
    return _distinct_han(modifier, lex) >= need


@lru_cache(maxsize=1 << 14)
def _distinct_han_cached(modifier: str) -> int:
    return _distinct_han(modifier, lexicon())


def _distinct_han(modifier: str, lex: Lexicon) -> int:
    """The Han characters left once places and descriptors are gone; -1 for a place alone."""
    rest = modifier
    while True:
        m = place_match(rest)
        if not m or m.end() == len(rest):
            break
        rest = rest[m.end() :]
    if (rest[:1] == "全" or not PLACE_ENDS.isdisjoint(rest[:8])) and PLACE.fullmatch(rest) and not COMMON_AREA.search(rest):
        return -1
    # Descriptors go from either end; inside a name only words of two or more
    # characters are removed (新 in 创新能级提升工程 is part of the name).
    rest = lex.desc_trail_re.sub("", lex.desc_lead_re.sub("", rest))
    rest = lex.desc_inner_re.sub("", rest)
    return len(_HAN.findall(rest))


# Versions, percentages, dates, durations and distances (“15分钟”就业服务圈), and epithets
# (“千年鸟道”, 百年老店) are numbers but no slogans.
NOT_NUMBERED = re.compile(r"\d+(?:\.\d+)?(?:版本?|%|年|月|日|分钟|小时|天|公里|米)|个月|^[千百万](?:年|里)")


def numbered(core: str) -> bool:
    """A numbered slogan (五定, 三张清单, 3个100万), not a bare count (八类, 三个)."""
    if len(core) > 8 or not NUMBERED.search(core) or BARE_COUNT.match(core) or DATE_CODE.match(core):
        return False  # (every test here is pure: the length, tested last before, first)
    if NOT_NUMBERED.search(core) or NOT_A_NAME.search(core) or PROBLEMS.search(core):
        return False
    return len(core) <= 8


# Between two quoted items of one list: “查找身边安全隐患”、烟花爆竹“打非治违”、货运企业“三上门两加强”行动.
# “走找想促”“送解优”: quotes written back to back are a list as much as quotes with a 、 between them
_LIST_GAP = re.compile(r"[\u4e00-\u9fff]{0,6}、[\u4e00-\u9fff]{0,6}|")


COMPLETE = re.compile(r"(?:计划|工程|项目|战略|行动|机制)$")
_BUILT = re.compile(r"建设")


def quoted(text: str, lex: Lexicon, titles: list[tuple[int, int]], *, fast: bool = True) -> Iterator[Candidate]:
    seen: list[tuple[re.Match, bool, re.Match[str] | None]] = []
    for m in quote_matches(text):
        g = m.lastindex
        assert g is not None  # each of QUOTE's three branches is a group
        core = m.group(g).strip()
        if len(core) < 2 or (titles and inside(titles, m.start(), m.end())) or SENTENCE_PUNCT.search(core):
            continue
        first = core[0]  # (the gates below: a set look-up before each engine call, as _FIRST_GATES says)
        if (first.isdecimal() and DATE_CODE.match(core)) or core in lex.generic:
            continue
        suffix = _suffix_after(text, m.end(), core, lex)
        listed = False
        if LIST_PUNCT.search(core) and not suffix:
            parts = [p for p in LIST_PUNCT.split(core) if p]
            followed = text.startswith("工作", m.end())
            if not (followed and len(parts) >= 2 and all(numbered(p) for p in parts)):
                continue
            listed = True  # “万人问卷、千人调研、百人论证”工作
        if not suffix and (
            ((first in _BARE_COUNT_FIRST or first.isdecimal()) and BARE_COUNT.match(core))
            or NOT_A_NAME.search(core)
            or (first in _COUNTED_PLACES_FIRST and COUNTED_PLACES.match(core))
        ):
            continue
        if not suffix and text[m.end() : m.end() + 1] in _NOUN_AFTER_QUOTE_FIRST:
            if NOT_PROGRAMME_AFTER.match(text, m.end()) or MEDIA_AFTER.match(text, m.end()):
                continue
        seen.append((m, bool(suffix or listed or _programme_like(core, text, m, lex)), suffix))
    # A quote listed with quoted programmes is one of them, though it says nothing itself.
    accepted = [ok for _, ok, _ in seen]
    if fast:
        _spread_along_lists(text, seen, accepted, lex)
    changed = not fast  # fast=False: the reference, a pass at a time until nothing changes
    while changed:
        changed = False
        for k in range(len(seen)):
            if accepted[k]:
                continue
            for n in (k - 1, k + 1):
                if 0 <= n < len(seen) and accepted[n]:
                    a, b = (seen[k][0], seen[n][0]) if k < n else (seen[n][0], seen[k][0])  # in text order
                    gap = text[a.end() : b.start()]
                    if _LIST_GAP.fullmatch(gap) and not lex.suffix_re.match(gap):
                        accepted[k] = changed = True
                        break
    for (m, _, suffix), ok in zip(seen, accepted, strict=True):
        if ok:
            cand = _quoted_candidate(text, m, lex, suffix)
            if cand:
                yield cand


def _spread_along_lists(text: str, seen: list, accepted: list[bool], lex: Lexicon) -> None:
    """Accept every quote joined by list gaps to an accepted one: the closure ``quoted``'s passes reach.

    Whether two neighbours are joined depends on the gap between them alone, so the accepted quotes
    are the runs of joined neighbours holding one accepted at first: a sweep right, then a sweep left,
    instead of a pass per step (a list of n quotes accepted from its last was n passes over n).
    """

    def joined(k: int) -> bool:  # seen[k] and seen[k + 1]
        gap = text[seen[k][0].end() : seen[k + 1][0].start()]
        return _LIST_GAP.fullmatch(gap) is not None and not lex.suffix_re.match(gap)

    for k in range(1, len(seen)):
        if not accepted[k] and accepted[k - 1] and joined(k - 1):
            accepted[k] = True
    for k in range(len(seen) - 2, -1, -1):
        if not accepted[k] and accepted[k + 1] and joined(k):
            accepted[k] = True


_NUMBER_CODE = re.compile(r"[\dN+＋]+")
# First-character gates of the per-quote tests of ``quoted`` (``regexrun.match_gate``: a character outside
# the set, and no digit where the pattern may start with one, fails the match): most quotes fail each test,
# and a set look-up costs a fraction of the engine's set-up (round 26's speed pass).
_NUMBER_CODE_FIRST = match_gate(_NUMBER_CODE)
_BARE_COUNT_FIRST = match_gate(BARE_COUNT)
_COUNTED_PLACES_FIRST = digit_free_gate(COUNTED_PLACES)
# the first characters of NOT_PROGRAMME_AFTER and of MEDIA_AFTER (no digit starts either): the character after a quote
_NOUN_AFTER_QUOTE_FIRST = digit_free_gate(re.compile(NOT_PROGRAMME_AFTER.pattern + "|" + MEDIA_AFTER.pattern))
_NOT_PROGRAMME_AFTER_FIRST = digit_free_gate(NOT_PROGRAMME_AFTER)
_PERIOD_PLAN = re.compile(r"(?:[一二三四五两十]年|百日|千日)(?:攻坚)?(?:行动计划|行动方案|行动|计划)")


def _suffix_after(text: str, end: int, core: str, lex: Lexicon) -> re.Match[str] | None:
    """The programme words after a quoted name that belong to it (“10+5”专项集中整治攻坚行动).

    A quoted number code names nothing alone: the noun phrase after it, up to a programme word,
    is the rest of its name (“8+4”经济政策体系, “141”基层治理体系).
    """
    suffix = lex.suffix_re.match(text, end)
    if suffix is not None and core[:1] == "十" and suffix.group().endswith("项目") and _PLAN_PERIOD.fullmatch(core):
        return None  # “十五五”重大项目 (session 27): the projects of a plan's period, not a programme of that name
    if suffix is None and (core[:1] in _NUMBER_CODE_FIRST or core[:1].isdecimal()) and _NUMBER_CODE.fullmatch(core):
        suffix = lex.coded_suffix_re.match(text, end)
    return suffix


def _quoted_candidate(text: str, m: re.Match, lex: Lexicon, after: re.Match[str] | None) -> Candidate | None:
    """``after``: ``_suffix_after(text, m.end(), core, lex)``, which ``quoted`` has computed."""
    g = m.lastindex
    assert g is not None  # a QUOTE match: each of its three branches is a group
    raw = m.group(g)
    core = raw.strip()
    cs = m.start(g) + len(raw) - len(raw.lstrip())
    ce = m.end(g) - (len(raw) - len(raw.rstrip()))
    # “桥计划”实施项目: a quoted name that ends in a programme word is complete; what follows
    # is something done under it
    suffix = None if COMPLETE.search(core) else after
    if suffix is None and _PERIOD_PLAN.match(text, m.end()):
        # but a plan for a period is named by what it carries out: “十大战略”三年行动计划
        suffix = lex.suffix_re.match(text, m.end())
    if suffix and raw != raw.rstrip():
        suffix = None  # ‘客货邮　’融合发展: a space before the closing quote ends the name there
    sfx = suffix.group() if suffix else ""
    if sfx in ("建设", "建设项目"):
        # “两重”建设项目 (round 25): the projects after 建设 are work done under the quoted name
        sfx, suffix = "建设", _BUILT.match(text, m.end())
    prefix, prefix_start = quoted_prefix(text, m.start(), core, bool(sfx), lex)
    if sfx == "建设" and len(prefix) > 6:
        # 推进家校社协同育人“教联体”建设 (round 25): what is built is the quoted name; a field of more than six
        # characters before it is the sentence's (国际贸易“单一窗口”建设, round 24's 公共资源交易“全省一张网”建设
        # keep theirs: six characters at most; the bound is the one that splits the two)
        prefix, prefix_start = "", m.start()
    if not prefix:
        # With a head word after the quote the mention is the whole “百日攻坚”行动, both quote
        # marks in it (from cs it held the closing mark but not the opening one).
        prefix_start = m.start() if sfx else cs
    name = prefix + core + sfx
    if name in lex.generic or core + sfx in lex.generic:
        return None
    end = suffix.end() if suffix else ce
    return Candidate(strip_quotes(name), prefix_start, end, core=core, kind="quote")


_DIGIT_OR_ALL = re.compile(r"[\d全]")
_PLAN_PERIOD = re.compile(r"十[一二三四五六七八九]五")  # a five-year plan's period: 十四五, 十五五


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """Provinces, provincial capitals and prefecture-level cities written bare (models/places.txt, shared with meta)."""
    return frozenset(w for line in data_lines("places.txt") for w in line.split())


def _distinct_complete(core: str, lex: Lexicon) -> bool:
    """A quoted name with its programme word whose words before it say which (渝西跨越计划), not a count (四大行动)."""
    head = lex.head_re.search(core)
    while head is not None and head.end() < len(core):
        head = lex.head_re.search(core, head.end())
    modifier = core[: head.start()] if head is not None else ""
    return bool(modifier) and not NUMBERED_SET.fullmatch(modifier) and distinguishing(modifier, lex, 2)


def quoted_prefix(text: str, qstart: int, core: str, has_suffix: bool, lex: Lexicon) -> tuple[str, int]:
    """The topic written right before a quoted name that belongs to it: 监督“百日行动”, 烟花爆竹“打非治违”."""
    if qstart == 0 or (text[qstart - 1] not in "）)" and not NAME_CHARS.match(text, qstart - 1)):
        return "", qstart  # a break right before the quote: left_start would return qstart (no prefix)
    start = left_start(text, qstart, 10, lex)
    if start < 0:
        return "", qstart
    prefix = text[start:qstart]
    if not prefix or len(prefix) > 8 or SCOPE_END.search(prefix) or _DIGIT_OR_ALL.search(prefix):
        return "", qstart
    if prefix in _place_names():
        # 济南“强省会”、青岛“强龙头”战略 (session 27): a province or city named bare says where, as 济南市 would
        return "", qstart
    if not distinguishing(prefix, lex, 2):
        return "", qstart  # 常态化“创文巩卫”: only a descriptor
    if not has_suffix and len(prefix) > 4 and (not ends_with_head(core, lex) or _distinct_complete(core, lex)):
        # a long topic before a quote without a programme word: the quote is a metaphor; before a
        # complete name that says which by itself, a field it serves (round 12: 先进制造业发展“渝西跨越
        # 计划”); a numbered set needs it (旅游产业化“四大行动”)
        return "", qstart
    if core in lex.known:
        return "", qstart  # a known name is complete: 解决“双创”
    # After a sentence boundary the words before a quote are mostly a verb phrase (线下发放“三湘护农”);
    # only an opening verb, or the next item of a list of quoted names, leaves a topic.
    # (the verbs are at most three characters and end at ``start``, or before a newline there:
    # searching the five characters before it finds what a search from 0 would)
    opened = PREFIX_OPENERS.search(text, max(0, start - 5), start) or text[start - 2 : start] in ("”、", "’、", '"、')
    if not opened:
        return "", qstart
    return prefix, start


_QUOTED_WORK = re.compile(r"..(?:新通道|通道|铁路|高铁|高速|公路|机场|水库|运河|枢纽|大桥|走廊)$")
_LAUNCHED = re.compile(r"(?:开展|实施|推行|推进|推出了|发力|建好|启动|坚持|落实)$")
_LAUNCHED_THEN = re.compile(r"(?:坚持和发展|坚持|落实|开展|实施|推行|推进|深化|弘扬)(?:新时代|新时期|常态化|新一轮)$")
_LAUNCHED_IN = re.compile(r"(?:开展|实施|推行|推进)[\u4e00-\u9fff]{1,6}$")


# A Han word right after a quote, other than the ones that end a programme's mention.
NOUN_AFTER = re.compile(r"(?!工作|的|等|和|与|及|为|中|以来|要求|任务|补贴|揭牌|成效|成果|期间)[\u4e00-\u9fff]")


# A quoted loan or card scheme (“黔惠贷”, “天目云贷”, “渝快助农贷”, “雄才卡”; round 24's class c): two or more
# Han characters of its own before 贷 or 卡; the kinds of card or loan everybody holds (“信用卡”, “白金卡”,
# “市民卡”, “消费贷”), trucks (“无人重卡”) and the verb “打卡” name no scheme.
_QUOTED_SCHEME = re.compile(
    r"(?![\u4e00-\u9fff]*(?:信用|银行|银联|借记|储蓄|储值|充值|社保|医保|市民|公交|会员|购物|礼品|电话|手机|加油"
    r"|白金|钻石|金|银|年|月|门|房|饭|重|轻|集|消费|经营|车|网|助学)[贷卡]$)"
    r"[\u4e00-\u9fff]{2,10}[贷卡]"
)


def _programme_like(core: str, text: str, m: re.Match, lex: Lexicon) -> bool:
    if core in lex.known or numbered(core) or "+" in core:  # CODE's matches all hold a +
        return len(core) <= 16
    if ends_with_head(core, lex) or core.endswith("制") or _QUOTED_WORK.search(core):
        return True  # “三大高速公路新通道”: a quoted work is named as much as a quoted scheme
    if core[-1] in "贷卡" and _QUOTED_SCHEME.fullmatch(core):
        return True  # “黔惠贷”, “雄才卡”: a loan or card scheme, named (programmes in every gold)
    before = text[max(0, m.start() - 4) : m.start()]
    after = text[m.end() : m.end() + 2]
    if _LAUNCHED.search(before) and not (len(core) <= 3 and NOUN_AFTER.match(text, m.end())):
        # 推进“家门口”就业服务站: the verb takes the noun after a short quote, not the quote
        # (but 开展“创投天府·周周见”投资路演活动 names it)
        return True
    if _LAUNCHED_THEN.search(text, max(0, m.start() - 9), m.start()):
        return True  # 坚持和发展新时代“枫桥经验”: the verb's object, behind a word for its period
    if after[:1] in "，。、" and _LAUNCHED_IN.search(text[max(0, m.start() - 10) : m.start()]):
        return True  # 实施中心城区“绣花式微更新”。
    return after in ("要求", "任务", "补贴") or text.startswith("揭牌", m.end()) or text.startswith("的宣传", m.end())


# A numbered set's count (五大, 十大): the quoted and the headed finders read it.
NUMBERED_SET = re.compile(rf"[{NUMERALS}]+大")


def known(text: str, lex: Lexicon, forms: dict[str, str], form_led: re.Pattern[str]) -> Iterator[Candidate]:
    """The known forms in ``text``: ``form_led`` is ``lexicon.class_led`` of their pattern (group 1 a form)."""
    end = 0
    for lead in form_led.finditer(text):
        start = lead.start()
        if start < end:
            continue  # inside the previous form: the forms' own finditer resumed after it
        form = lead.group(1)
        end = start + len(form)
        key = forms[form]
        if key != form and (lex.head_re.match(text, end) or text.startswith(("资金", "补助", "补贴"), end)):
            continue  # 乡村振兴项目: projects under the strategy, not the strategy
        yield Candidate(form, start, end, kind="known", known=key)
