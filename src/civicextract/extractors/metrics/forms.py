"""Metrics, stage 2d: figures of a form of their own, each read by its own rule.

A few units mean a metric only in some shapes, and ``candidates`` hands them
here: an age that is a life expectancy (``lifespan``), index points and points
raised (``index_points``, ``points``: not a clock's ``3点``), hours summed over
many (``hours``: not a duration), editions counted with ``届`` (``sessions``:
not an ordinal), ``N大X`` that counts ``X`` (``big_count``: not ``十八大``), and
tenths written with ``成`` (``七成``, ``一成半``, ``四成六受访者``: the
``CHENG_*`` patterns, ``one_tenth``, ``digit_share``).  Each returns a finished
``Hit`` or None.
"""

from __future__ import annotations

import re

from .context import BLOCKING_PREV, inside_name
from .figures import finish, parse_figure
from .hit import Hit
from .phrases import right_phrase
from .tagging import tags


def one_tenth(text: str, s: int, e: int) -> bool:
    """一成半, 下跌一成: 一成 as a tenth (not 一成不变, 建成一成)."""
    if not text.startswith("成", e):
        return False
    return text.startswith("半", e + 1) or CHENG_DIGIT_RE.match(text, e + 1) is not None or (
        s >= 1 and text[s - 1] in CHENG_VERBS_BEFORE and text[e + 1 : e + 2] not in CHENG_WORDS
        and not text.startswith("不", e + 1)
    ) or (
        # 占比由去年的一成，升到三成 / 降至一成: a share after 的 or a change's 由/至, the
        # figure closed by punctuation or a qualifier (not 一成不变, 一成一旅)
        s >= 1 and text[s - 1] in _ONE_TENTH_BEFORE and CHENG_AFTER_RE.match(text, e + 1) is not None
    )


_ONE_TENTH_BEFORE = frozenset("的由至到为是约近")
# what may stand right before a share that opens its clause (，6成受访者反对)
CHENG_CLAUSE_OPENERS = frozenset("，。；：！？\n（“「")


# An index named before the figure in its sentence (恒生指数高开250.26点，收市报
# 19539.46点，升118.59点): index points, not a clock time (3点, 下午5点半)
_INDEX_BEFORE_RE = re.compile(r"指数|恒指|沪指|深成指|创业板指|科创50|大盘|道指|纳指|标普|日经")
_LAST_SENTENCE_END_RE = re.compile(r"(?s:.*)[。！？\n]")


def index_points(text: str, m: re.Match, s: int, e: int, tail: int) -> Hit | None:
    pre = m.group("pre")
    num_start = m.end("pre") if pre else s
    core = text[num_start:e]
    if not core[:1].isdigit() or not ("." in core or len(core) >= 3 or text[s - 1 : s] in "升跌涨降报收开至"):
        return None
    lo = max(0, s - 40)
    last = _LAST_SENTENCE_END_RE.match(text, lo, s)  # (the sentence the figure is in)
    if _INDEX_BEFORE_RE.search(text, last.end() if last else lo, s) is None:
        return None
    parsed = parse_figure(text[s:e] if e != m.end() else m.group())
    if parsed is None or parsed.percent:
        return None
    return finish(text, s, e, tail, num_start, pre, parsed, "点", None)


SPECIAL_FORMS = frozenset({"岁", "个点", "小时", "个小时", "点"})
CLOCK_BEFORE_RE = re.compile(r"[午晚早晨上下日号天夜]$")


def points(text: str, m: re.Match, s: int, e: int, tail: int) -> Hit | None:
    """提出三点要求, 5点意见: points raised, counted with 点 (一点 is "a little")."""
    pre = m.group("pre")
    num_start = m.end("pre") if pre else s
    core = text[num_start:e]
    if core in ("一", "二", "1") or text[s - 1 : s] in BLOCKING_PREV:
        return None  # 一点意见 is "a little"; 第二点, 每1点: an ordinal and a rate
    parsed = parse_figure(text[s:e] if e != m.end() else m.group())
    if parsed is None or parsed.percent or parsed.value_max is not None:
        return None
    return finish(text, s, e, tail, num_start, pre, parsed, "点", None)


def sessions(text: str, m: re.Match, s: int, e: int, num_start: int, pre, core: str, prev: str) -> Hit | None:
    """N届: a count of editions (连续参加了四届, 已举办12届) or an ordinal (十四届全国人大).

    Without 第 an ordinal still names the body after it, so only a count's
    shapes are kept: a verb of holding or taking part before, or nothing after.
    """
    if (prev and prev in "第本上下历每首") or not (
        prev in _SESSION_VERBS or _SESSION_END_RE.match(text, e + 1) or _SESSION_LIST_RE.search(text, max(0, s - 24), s)
    ):
        return None
    if _SESSION_BODY_RE.match(text, e + 1):
        return None  # 参加了十四届全国人大四次会议: which congress, a verb before or not
    parsed = parse_figure(text[s:e] if e != m.end() else m.group())
    if parsed is None or parsed.percent or parsed.value_max is not None:
        return None
    if core in ("一", "二") or inside_name(text, s, e + 1):
        return None
    return finish(text, s, e, e + 1, num_start, pre, parsed, "届", None)


_SESSION_VERBS = frozenset("了续办过共已")
# 举办2届亚欧博览会、3届商博会: the next item of a list a counted 届 opened is a count too
_SESSION_LIST_RE = re.compile(r"[了续办过共已][\d一二三四五六七八九十两]{1,3}届[^\d，。；：！？\n]{1,12}[、和及与]$")
# the bodies and events an ordinal 届 names (十四届全国人大, 二十届三中全会, 十届市委)
_SESSION_BODY_RE = re.compile(
    r"(?:全国|中央|人大|政协|党代|人民|中共|[省市区县]委|[一二三四五六七八九十]中全会|全会|委员|代表|常委|"
    r"理事|董事|世界|国际|亚洲|全运|奥运|亚运|冬奥|进博|中国|论坛|大会|会议)"
)
_SESSION_END_RE = re.compile(r"(?:[，。；、！？）“”\n]|的|$)")
# 连续奋战120小时, 历时150小时: the length of one effort is a duration
_DURATION_CUE_RE = re.compile(r"连续|历时|用时|耗时|持续|奋战|长达|坚守|鏖战|不间断")


def hours(text: str, m: re.Match, s: int, e: int, tail: int) -> Hit | None:
    """年均日照2740小时, 累计服务时长148余个小时: hours summed over many are a
    measure; a duration (3小时, 24小时值守, 连续奋战120小时) is not."""
    pre = m.group("pre")
    num_start = m.end("pre") if pre else s
    if num_start >= e or not text[num_start].isdigit() or (text[num_start - 1] if num_start else "") in BLOCKING_PREV:
        return None
    parsed = parse_figure(text[s:e] if e != m.end() else m.group())
    if parsed is None or parsed.percent or parsed.value < 100:
        return None
    if _DURATION_CUE_RE.search(text, max(0, s - 8), s) or (tail < len(text) and text[tail] in "前后内"):
        return None  # (1688小时前, 100小时内: a time, a limit)
    return finish(text, s, e, tail, num_start, pre, parsed, "小时", None)


# N大X: 三大流域, 6大旅游资源, 十大重点农业产业链 count X; 十八大, 二十大 are congresses,
# 第一大, 前十大 ranks, and these words after 大 are no counted noun (三大队, 两大类 …).
_BIG_CORE_RE = re.compile(r"[两三四五六七八九十]|[2-9]|[1-9]\d")  # (28大旅游新业态)
_BIG_NOT_NOUN = frozenset("队会学街道桥楼厦赛家型量幅力批约概都多部小中的关于致体半同众号院连类幅片")
_GRADE_RE = re.compile(r"^[^级，]{1,3}级(?=[\u4e00-\u9fff]{2})")  # 十大世界级技术难题: 世界级 grades the noun
_BIG_MAX = 8
# Words that end the noun after N大 (三大先导产业|规模突破, 四大班子|领导, 三大指数|齐涨, 两大片区|均).
_BIG_NOUN_END_RE = re.compile(r"规模|突破|占|领导|包括|加快|得到|同期|带动|建设|取得|迈上|不断|齐|全面|协同|均|都|全部")


def big_count(text: str, s: int, e: int, num_start: int, pre, core: str, chinese: bool, prev: str) -> Hit | None:
    if not _BIG_CORE_RE.fullmatch(core) or (prev and prev in "第前每届") or prev.isdigit():
        return None
    nxt = text[e + 1 : e + 2]
    if not ("\u4e00" <= nxt <= "\u9fff") or (nxt in _BIG_NOT_NOUN and not text.startswith("关键", e + 1)):
        return None  # (round 28: 大关 is a threshold, 十大关键技术 counts 关键技术)
    noun, _ = right_phrase(text, e + 1)
    cut = _BIG_NOUN_END_RE.search(noun, 2)
    noun = noun[: cut.start() if cut else _BIG_MAX][:_BIG_MAX]
    if len(noun) > 3:
        noun = _noun_run(noun)
    g = _GRADE_RE.match(noun)
    head = noun[g.end() :] if g else noun
    if len(noun) < 2 or inside_name(text, s, e + 1):
        return None
    parsed = parse_figure(text[s:e])
    if parsed is None or parsed.value_max is not None:
        return None
    return finish(text, s, e, e + 1 + len(noun), num_start, pre, parsed, head, None, counted=True)


def _noun_run(noun: str) -> str:
    """两大阵营一直, 三大片区今年: the nouns up to the first adverb, verb or time
    word (the window after N大 runs into the predicate where no stop word ends it)."""
    words = tags(noun)
    n = 0
    for k, (word, tag) in enumerate(words):
        if tag not in _BIG_NOUN_TAGS and not (
            # 旅游新业态, 核心关切总体: an adjective or verb inside the noun phrase (a noun follows)
            tag in ("a", "v") and k + 1 < len(words) and words[k + 1][1] in _BIG_NOUN_TAGS
        ):
            break
        n += len(word)
    return noun[:n] if n >= 2 else noun


_BIG_NOUN_TAGS = frozenset({"n", "nz", "ns", "nt", "nr", "nrt", "ng", "j", "vn", "an"})
# 成 opening a word (成立, 成功, 成为 …): after a qualifier (超八成分布) anything
# else makes it a tenth.
CHENG_WORDS = frozenset("立功为果本就员熟长年效型交绩都片")


def lifespan(text: str, m: re.Match, s: int, e: int, tail: int) -> Hit | None:
    """人均预期寿命达到79.72岁: a life expectancy is a measure, not an age."""
    parsed = parse_figure(text[s:e] if e != m.end() else m.group())
    if parsed is None or parsed.percent:
        return None
    pre = m.group("pre")
    return finish(text, s, e, tail, m.end("pre") if pre else s, pre, parsed, "岁", None)


# 一成八, 三成五: a digit of hundredths after N成, then the figure ends
CHENG_DIGIT_RE = re.compile(r"[一二三四五六七八九](?=以上|以下|左右|上下|多|的|是|[，。；、！？）\n]|$)")
SMALL_DIGITS = {c: i for i, c in enumerate("一二三四五六七八九", 1)}
# Hong Kong polls write the hundredths digit straight before who was asked (四成六受访者,
# 三成二市民): 46%, 32%, not 40% of "六受访者"
# (round 24: or what they answered, 四成八认为, 三成二表示不会, 六成一支持)
POLL_ANSWER_VERBS = "认为|表示|支持|反对|同意|赞成|不满|满意|担心|相信|预期|希望|愿意"
CHENG_DIGIT_POLL_RE = re.compile(
    r"[一二三四五六七八九](?=受访|市民|港人|选民|家长|学生|雇员|僱员|青年|长者|居民|住户|业主|租户"
    rf"|{POLL_ANSWER_VERBS})"
)


def digit_share(text: str, e: int, core: str) -> bool:
    """世上8成球迷: an Arabic digit right before 成 is a tenth wherever it stands.

    成 after a digit is no verb's (建成, 完成 need a character before it), so Hong Kong's
    8成球迷 reads as 80% even inside a clause; words that open with 成 (5成员国) stay out.
    """
    return (
        len(core) == 1 and core in "123456789"
        and "\u4e00" <= text[e + 1 : e + 2] <= "\u9fff"
        and text[e + 1 : e + 2] not in CHENG_WORDS
    )


# Two neighbouring numerals before 成 (六七成, 两三成): a range of tenths
CHENG_PAIRS = frozenset(a + b for a, b in zip("一两三四五六七八", "二三四五六七八九", strict=True))
# What may follow 成 as a tenth: a qualifier, 的, punctuation or the end (not 建成, 一成不变).
# (round 28: 几 as 多, Hong Kong's 三成几 "thirty-odd per cent")
CHENG_AFTER_RE = re.compile(r"(?:以上|以下|左右|上下|多|几(?!何|乎)|的|是|之[多高众巨间]|都(?!市|江堰|平原)|[，。；、！？）\n]|$)")
# Verbs of share or change right before N成 (占三成, 有七成, 收少八成捐赠,
# 下降两成): what follows is a tenth, as after a qualifier (超八成分布); and 其中/当中
# (其中六成受访者: a share of those just counted)
CHENG_VERBS_BEFORE = frozenset("占有少减降增升跌涨中")
