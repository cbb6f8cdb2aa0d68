"""Subjects of metrics, stage 1: the phrases around a figure, where they begin and end.

``right_phrase`` is the noun phrase after the unit (``432个申报点位``), cut at
the stops of ``_RIGHT_STOP`` (verbs and function words that follow a counted
noun in this genre), with the leads a phrase may open with (a quote, an
aside, ages, a numbered noun, a place clause ending in 的).  ``left_phrase``
is the phrase before the figure back to its clause's start
(``left_bounds``, ``left_phrase_start``), cleaned of connectors, times and
list numbering (``clean_left``).  Every subject rule reads these two phrases;
they are kept apart from the rules that choose between them, and tuned for
speed on their own (tests/test_perfmetrics.py).
"""

from __future__ import annotations

import re

from .hit import Hit

HARD_STOPS = "，。；：！？\n,;!?…"
CLAUSE_STOPS = HARD_STOPS + "、"
LEFT_WINDOW = 30
RIGHT_WINDOW = 14

# Where a noun phrase after the unit ends: verbs and function words that
# follow a counted noun in this genre (432个申报点位|工作规范化 is a longer
# phrase than needed, but still holds the subject).
# (Every alternative opens with its character and checks what stands before it
# after it, ``及(?<![普涉]及)`` for ``(?<![普涉])及``: the engine then checks the
# first character of each alternative before entering it; a look-behind first
# was entered at every position, 1.8x slower.)
_RIGHT_STOP = (
    r"[，。；：！？、\n,;!?…（(）)“”\"《》<>\s$＄]|\d(?<![A-Za-z\d.\-]\d)|的(?<!目的)|或|将|已|并|每|各|也|还|又|则|把|了|着"
    # one-character words, kept from splitting the compounds they end or begin
    # (国有企业, 欠发达县, 公共服务, 高等级公路, 就业岗位, 人均, 位于, 作为)
    r"|及(?<![普涉]及)(?!时)|和(?![美谐])|与|等(?<![高平中初同一二三特]等)(?!级)|在(?<![存所现实正内外自]在)(?!(?<!.在)[乡校读职岗编押建营售册])|于(?<![位属对关由处]于)"
    r"|都(?<![首]都)|却(?<!冷却)|均(?<![人平]均)|共(?<![公总]共)|为(?<![作行认成]为)|是|有(?<![国所现拥享特固占具原没既]有)"
    r"|从(?!业|事)|对(?<![反针面相绝核应]对)(?!象|口)|由(?<![自理]由)|以(?<![可所难得予加]以)(?![上下内])|可(?<![许认]可)(?!持|卡因|疑)|就(?!业|医|学|近|地)"
    r"|达(?<![通到发抵送直下传表雷]达)(?!标)"
    r"|进行|开展|实施|完成|参加|参与|投入|得到|获得|实现|纳入|进入|入驻|入围|上榜|成为|达到|开工|建成|落户|拟(?<!模拟)(?<=.拟)|正在|划分|目前|作为"
    # verbs that follow what was counted (13条河流发生超警以上洪水, 两名小孩被困,
    # 县仍启动Ⅰ级应急响应, 从70多台增加到了180多台)
    r"|发生|出现|遭受|受到|启动|仍|正(?![式常规面当副])|被(?<=.被)(?![子告害执])"
    r"|增加到|增加至|增长到|提高到|提高至|提升到|提升至|下降到|降至|降到|增至|升至|下调|上调|减至"
    r"|跃升|猛增|激增|锐减|骤降"  # (由67%跃升至96.5%: a leap follows the old value, round 20)
    r"|主动|得以|通过|接受|推进|累计|合计|分别|需要|全部|全面|先行|提档|结对|开通|运行"
    # (40条高速公路相继开通, 10个项目陆续开工: adverbs of sequence open the predicate)
    r"|相继|陆续|先后|纷纷|首次"
    # (6项指标不及预期, 10万余斤西瓜面临滞销, 2000多名职工提供服务; 不锈钢, 不动产, 不良贷款 are nouns)
    # (不实指控: false, an adjective of the noun; 不实施 stays a stop)
    r"|不(?![锈动良明]|实(?![施行现]))|面临|迎来|享受|提供"
    # (为87万名80岁以上老年人发放高龄津贴: what is given them is no part of who they are)
    # (為合資格的120萬名長者派發$3,000元: 派发 is the handing out, as 发放)
    r"|发放|颁发|送去|送上|派发"
)
# What each alternative above opens with: behind a lookahead on this class the
# engine skips the other characters in C.  An alternation that opens with a
# character class gets no such first-character test, and tried all ~100
# alternatives at each position of the window (2.3x slower a search);
# tests/test_perfmetrics.py checks that the class holds every first character.
_RIGHT_STOP_FIRST = (
    r"\d\s，。；：！？、\n,;!?…（(）)“”\"《》<>$＄"
    "上下不与为主也了于享仍从以作先入全共减出分划则升却参又及发受可各合启和在均增完实对将就已并建开得成或把投"
    "拟接推提是有正每由的目相着等累纳纷结获落被达迎运还进送通遭都陆降需面颁首派"
    "跃猛激锐骤"
)
_RIGHT_STOP_RE = re.compile(f"(?=[{_RIGHT_STOP_FIRST}])(?:{_RIGHT_STOP})")
# Connectors between a left-side subject and the number (…比重为35.9%),
# stripped from the end of the phrase: matched on the reversed phrase, so the
# cost does not grow with the phrase's length.
_LEFT_TRAIL = (
    "分别 年均 同比 共计 合计 累计 共有 共 总计 约为 约 达到 达 为 是 有 至 到 超过 超 突破 逾 近 接近 将近 亦 "
    "不足 不到 已 了 的 各 均 双双 大约 原先 过 保持在 稳定在 提高至 提升至 增加至 降至 增至 在 仅 只有 就有 计 从 将 可 要"
    # 病床数目由2.8万张, 投诉个案由目前40宗, 受助人数减至18万人
    " 由 则 现时 目前 现在 原来 原来的 减至 下调至 上调至 调整至 回落至"
    # 已经有15人因纵火罪须服刑: 已经 left alone would lose 已 to the lead words and name 经
    " 已经 已经有"
    # 劏房住户数目估计约有10万户: 估计 whole, not its 计 alone
    " 估计 预计 估算"
    # 失业率升至6.6%: a verb of reaching a level, not part of what is measured
    " 升至 跌至 回升至 上升至 下跌至 下降至 上涨至 攀升至 飙升至 升到 跌到 回落到 跃升至 跃升到 猛增至 骤降至"
    # 参会人数多达300人, 合格率高达99.5%: 多达/高达 qualify the figure (的 多, 高 stayed)
    " 多达 高达 长达 最高达 最多达"
    # 库塘蓄水量首次突破100亿立方米: an adverb of time before the verb of reaching
    " 首次 首度 历史性 再次 再度 一举"
).split()
# (均 of 平均 and 人均, 为 of 行为 and 作为 are part of the noun: reversed, 均 must
# not be followed by 平/人 nor 为 by 行/作)
_KEEP_BEFORE = {"均": "(?![平人])", "为": "(?![行作])", "过": "(?![通经超不越度路难跨错])", "由": "(?![理自缘事])", "约": "(?![北条合公签节契制预盟租婚])", "则": "(?![原规准细法守总否实])"}
_LEFT_TRAIL_REV = re.compile(
    "(?:"
    + "|".join(re.escape(w[::-1]) + _KEEP_BEFORE.get(w, "") for w in sorted(_LEFT_TRAIL, key=len, reverse=True))
    + ")+"
)
# list numbering (4. 临汾市…, （一）), and words that lead into the phrase
_LEFT_LEAD_RE = re.compile(
    r"^(?:\d{1,2}[.．、]\s*|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}是)?"
    r"(?:其中|当中|其余|有另外|另外|另有|另|此外|并|又|还有|还|共有|现有|拥有|共|已|为|而|但)*"
)
# A time phrase at the end: 农产品加工转化率从2020年的 -> 农产品加工转化率.
# (由去年, 较上年: a year named by a word, as Hong Kong pages write 由去年8250個跌至3120個)
_LEFT_TIME_RE = re.compile(r"(?:从|由|较|比|到|至|于)?(?:\d{2,4}年|去年|上年|前年)(?:底|末|初|上半年|下半年)?的?$")
# What a phrase it matches ends with (and a newline, before which ``$`` matches too):
# the cheap test before the search, which tries every position of the phrase
_LEFT_TIME_LAST = frozenset("年底末初的\n")
# A left phrase that is only function words (将从, 对, 就收) or a place's "whole" (全区) names nothing.
_LEFT_EMPTY_RE = re.compile(
    r"(?:将|从|对|向|给|就|把|在|由|按照|按|以|可|再|又|还|已|共|均|都|各|仅|只|便|才)+.?|全(?:市|区|县|省|州|国|镇|乡|村|港|澳|台)"
    r"|(?:已|共)?(?:造成|导致|致使|致)"  # 已造成至少2人死亡: the cause, not who
)
# 在…下 / 在…中: an adverbial, not what is counted.
_ADVERBIAL_RE = re.compile(r"在.{0,14}(?:下|中|上|里|后|前|时|期间)")
# X由A上调至B / X从A提高到B: a change from an old value to a new one.  _FROM_TO_END_RE
# finds 由/从, the old value and the verb at the end of a left phrase (the old
# value is no figure of its own: 由场地容量一半提高至80%); _FROM_RE a left phrase
# that opens with 由/从, _TO_AFTER_RE the verb after its figure (由30%放宽至50%).
# (下跌, 跌, 收窄, 回升, 飙升: how Hong Kong pages write a fall, a narrowing gap and a rise:
# 資助項目由8250個跌至3120個, 相差為12.4%，到去年已收窄至6.1%)
CHANGE_VERBS = (
    # (跃升, 猛增, 锐减: a leap or a plunge, round 20: 比例由2015年的67%跃升至2025年的96.5%)
    "跃升|猛增|激增|锐减|骤降"
    # (round 24, Hong Kong figures: 由5月的12.0%大跌至6月的3.1%)
    "|大跌|大升|大增|大减|大降|急跌"
    "|提升|提高|增加|增长|下降|降低|减少|上升|扩大|缩小|下调|上调|调整|调高|调低|放宽|收紧|压缩|压减|回落"
    "|下跌|回跌|跌|收窄|回升|飙升|急升|攀升|升|降|增|减"
)
# How much or how steadily a change went (从30%大幅提升至70%, 稳步增长至): before its verb
CHANGE_DEGREES = "大幅度?|显著|明显|进一步|稳步"
_FROM_TO_END_RE = re.compile(rf"(?<![自理缘事])[由从][^，。；：！？由从]{{1,14}}?(?:{CHANGE_VERBS})(?:到|至)$")
_FROM_RE = re.compile(r"\s*(?:[由从](?![自理缘事业]))")
_TO_AFTER_RE = re.compile(rf"(?:{CHANGE_VERBS})?(?:到|至)")


def left_phrase(text: str, h: Hit, floor: int) -> str:
    """The phrase before the figure that names what it counts (a function, not a closure
    made on every choose_subject call)."""
    b = left_phrase_start(text, h.start, floor)
    raw = text[b:h.start]
    phrase = clean_left(raw)
    if not phrase and raw and _only_connectors(raw) and b > floor + 1 and text[b - 1] in "，、":
        # 企业数量实现翻番、达1.8万家: only a connector before the number, so
        # what it measures is the clause before
        b2 = left_phrase_start(text, b - 1, floor)
        phrase = clean_left(text[b2:b - 1])
    elif raw[:1] in "由从" and _FROM_RE.match(raw) and _TO_AFTER_RE.match(text, h.tail) and b > floor + 1 and text[b - 1] == "，":
        # 图书馆人数上限，由目前可容人数的40%放宽至60%: the figure is the old value
        # of a change; what changes is the clause before
        b2 = left_phrase_start(text, b - 1, floor)
        phrase = clean_left(text[b2:b - 1]) or phrase
    elif raw[-1:] in "到至" and _FROM_TO_END_RE.search(raw):
        # 入场人数上限由场地容量一半提高至80%, 比重从17.9%提升到35.5%: the phrase
        # holds the old value (a figure or words) between 由/从 and the verb of
        # change; what changes is before 由/从
        cut = _FROM_TO_END_RE.search(raw)
        head = clean_left(raw[: cut.start()])  # type: ignore[union-attr]  # (searched in the condition above)
        if len(head) >= 2:
            phrase = head
    elif phrase in _DIMENSIONS and b > floor + 1 and text[b - 1] == "，":
        # 中心城区段为核心整治区，长约17公里: whose length is the clause before's
        # noun (the gold writes 主线长, 塔高)
        b2 = left_phrase_start(text, b - 1, floor)
        owner = _OWNER_RE.search(text, b2, b - 1) or _INTRODUCED_RE.search(text, b2, b - 1)
        if owner is not None and owner.group(1):
            phrase = clean_left(owner.group(1)) + phrase
    return phrase


# The thing a clause introduces with 一 and a measure word (查获一批X，重13吨: X weighs it).
_INTRODUCED_RE = re.compile(r"一[批宗辆艘块台件只头份座栋根条]([^，、的为是]{2,16})$")


# 下跌8个百分点至-42%, 跌三个百分点至百分之四十二: what follows is where the change ended, a
# figure, not what changed (round 24, Hong Kong polls' net values)
# (session 29: and Hong Kong's 百分八 without 之)
_CHANGE_END_RE = re.compile(r"[至到](?:[-－−负]?\d|百分之?|[零一二两三四五六七八九十])")


# the longest bracketed aside with a figure in it that right_phrase steps over (（占总数43.2%）)
_FIGURE_ASIDE_MAX = 24
# a figure, not a date (（包含2023年9月计划开业的…） is no figure's aside)
_ASIDE_FIGURE_RE = re.compile(r"\d(?![\d.,]*[年月日号])")


def figure_aside_end(text: str, pos: int) -> int:
    """Where the bracketed aside opening at ``pos`` closes when it holds a figure (（占总数43.2%）), else -1."""
    q = text.find("）", pos, pos + _FIGURE_ASIDE_MAX)
    if q < 0:
        q = text.find(")", pos, pos + _FIGURE_ASIDE_MAX)
    return q if q > 0 and _ASIDE_FIGURE_RE.search(text, pos, q) else -1


def right_phrase(text: str, pos: int) -> tuple[str, int]:
    """The noun phrase after the unit, and where it ends."""
    # (the first character, sliced once for the tests below: most phrases open with none of them)
    first = text[pos : pos + 1]
    if first in "至到" and _CHANGE_END_RE.match(text, pos):
        return "", pos
    if first == "的":
        pos += 1
        first = text[pos : pos + 1]
    elif first in "总价" and text.startswith(("总价值", "价值"), pos):
        worth = _WORTH_RE.match(text, pos)
        if worth is not None:
            pos = worth.end()  # 24台总价值约12万元的空调设备: the goods, not their worth
            first = text[pos : pos + 1]
    lead = ""
    if first in _LEAD_OPENERS or first.isdigit():  # (most phrases open with none of them)
        if first == "“":
            q = text.find("”", pos, pos + RIGHT_WINDOW)
            if q > 0:
                lead, pos = text[pos : q + 1], q + 1
        elif first in "（(":
            q = text.find("）", pos, pos + 8)
            if q < 0:
                # (round 28) 团体旅客有2,418,905人次（占总数43.2%），: a longer aside holding a
                # figure of its own (a share, a part) is no noun either; what follows it is
                q = figure_aside_end(text, pos)
            if q > 0:
                pos = q + 1  # 26座（条）湘江过江通道: the aside is not the noun
        if text.startswith(_EACH_KIND, pos):
            lead, pos = lead + text[pos : pos + 2], pos + 2  # 2227件各种武器: 各 is no stop here
        age = _AGE_RE.match(text, pos) if text[pos : pos + 1].isdigit() or text.startswith("年", pos) else None
        if age is not None:
            pos = age.end()  # 765名3-16岁困境儿童: the ages describe the children counted
        num = _NUMBERED_RE.match(text, pos) if text[pos : pos + 1].isdigit() else None
        if num is not None:
            lead, pos = lead + num.group(), num.end()  # 4个0号块: numbered things
        first = text[pos : pos + 1]
    place = _PLACE_CLAUSE_RE.match(text, pos) if not lead and first in _PLACE_CLAUSE_FIRST else None
    if place is not None:
        # 4塊分別位於屯門及大埔的農地: where they are (a list of places, 及 and 、
        # inside it), then 的 and what is counted
        tail = text[place.end() : place.end() + RIGHT_WINDOW]
        m2 = _RIGHT_STOP_RE.search(tail)
        head = tail[: m2.start()] if m2 else tail
        if len(head) >= 2:
            return head, place.end() + len(head)
    window = text[pos : pos + RIGHT_WINDOW]
    m = _RIGHT_STOP_RE.search(window)
    if m is not None:
        phrase, stop = window[: m.start()], m.group()
    else:
        phrase, stop = window, ""
    if stop == "、" and 0 < len(phrase) <= 4 and phrase[-1] not in _NOUN_ENDS:
        # 2—3个优势突出、带动能力强的主导产业: the noun is after the 的
        rest = text[pos + m.end() : pos + m.end() + RIGHT_WINDOW]  # type: ignore[union-attr]  # (a stop was found: m is set)
        d = rest.find("的")
        if (
            d >= 0 and not any(c in HARD_STOPS or c.isdigit() for c in rest[:d])
            and max(len(p) for p in rest[:d].split("、")) <= 5
        ):
            tail = rest[d + 1 :]
            m2 = _RIGHT_STOP_RE.search(tail)
            head = tail[: m2.start()] if m2 else tail
            if head:
                return head, pos + m.end() + d + 1 + len(head)  # type: ignore[union-attr]  # (a stop was found: m is set)
    end = pos + len(phrase)
    if stop == "“" and phrase and not lead:
        # 专精特新“小巨人”企业: a quoted word inside the noun phrase, the noun after it
        q = text.find("”", end + 1, end + 10)
        if q > 0 and CJK_RE.match(text, q + 1):
            rest = text[q + 1 : q + 1 + RIGHT_WINDOW]
            m2 = _RIGHT_STOP_RE.search(rest)
            tail = rest[: m2.start()] if m2 else rest
            if tail:
                return phrase + text[end : q + 1] + tail, q + 1 + len(tail)
    if stop == "的" and len(phrase) == 1 and phrase in _DIMENSIONS and not lead:
        # 拥有3.2万多公里长的海岸线, 10米高的瀑布: the dimension, then what has it
        tail = text[end + 1 : end + 1 + RIGHT_WINDOW]
        m2 = _RIGHT_STOP_RE.search(tail)
        head = tail[: m2.start()] if m2 else tail
        if head:
            return head, end + 1 + len(head)
    if phrase and text.startswith("的", end) and not lead and (RELATIVE_RE.match(phrase) or _DEGREE_RE.search(phrase)):
        # 900多架配置雷达的植保无人机: a verb phrase that describes the noun after 的
        tail = text[end + 1 : end + 1 + RIGHT_WINDOW]
        m2 = _RIGHT_STOP_RE.search(tail)
        head = tail[: m2.start()] if m2 else tail
        if head:
            return head, end + 1 + len(head)
    if len(phrase) > 1 and phrase[0] == "级" and not lead:
        phrase, pos = phrase[1:], pos + 1  # 平凉7亿吨级冶镁白云岩: 吨级 grades the noun
    if len(phrase) > 2 and phrase[-1] == "中" and phrase[-2] not in "高初集其心空途":
        phrase = phrase[:-1]  # 在1,200名受访者中: among them, the noun is 受访者
    return lead + phrase, end


# Short descriptions joined by 、 before 的 and a noun (2—3个优势突出、带动能力强的
# 主导产业, 18个模式新颖、成效明显、认可度高的优秀案例) describe that noun; a noun
# before the 、 (one of these ends), or a long item after it, makes a list of
# its own (103家规上企业、重大项目工程建设一线的职工: the firms are counted).
_NOUN_ENDS = frozenset("业目村区镇乡户人员所院校站点馆厂园场店局处室队组会社司部")
# (拟 opening the phrase is part of the noun: 3500多个拟竣工投产项目)
# Degree adverbs: a phrase holding one describes the noun after 的 (3名形迹十分可疑的男子)
_DEGREE_RE = re.compile(r"十分|非常|特别|极其|比较|较为|相当")
# Verbs that open a relative clause after a count (900多架配置雷达的植保无人机).
RELATIVE_RE = re.compile(r"配置|配备|配有|具有|具备|覆盖|涉及|承担|来自|符合|位于|分布|使用|采用|搭载|装有|装载")

_EACH_KIND = ("各种", "各类", "各项", "各级")
# A clause of where the counted things are, before 的 and their noun (7幅位於沙田和大圍的住宅用地)
# or of whom they are for (600個為殘疾人士而設的宿位; the clause may hold a 的 of its own)
_PLACE_CLAUSE_RE = re.compile(
    r"(?:分别)?(?:位于|设于|座落于|坐落于|分布于|分布在)[^，。；：！？\n的\d]{1,16}的"
    r"|(?:专门|专)?为[^，。；：！？\n\d]{1,24}?而设的"
)
_PLACE_CLAUSE_FIRST = frozenset("分位设座坐为专")
# What a phrase's lead (quote, aside, 各种, ages, a numbered noun) opens with, digits aside
_LEAD_OPENERS = frozenset("“（(各年")
_WORTH_RE = re.compile(r"总?价值(?:约|近|超)?[\d.]{1,12}[万亿]?元的")
# Ages right after a count of people (765名3-16岁困境儿童, 20名60岁以上老人)
_AGE_RE = re.compile(
    r"(?:年龄(?:介乎|介于|在|约为|约)?|年约)?\d{1,3}(?:[-—~～至到]\d{1,3})?(?:周)?岁(?:以上|以下)?的?(?=[\u4e00-\u9fff])"
)


_DIMENSIONS = frozenset("长宽高深厚重")
# The noun that ends a clause: after its last 的, 为 or 是 (…大石河2号桥下的大石河河段).
_OWNER_RE = re.compile(r"(?:^|[的为是])([^的为是，、]{1,10})$")
# A numbered noun right after the unit (4个0号块, 2栋3#楼): the digits are its name.
_NUMBERED_RE = re.compile(r"\d{1,4}(?:号|#)(?=[\u4e00-\u9fff])")


def raw_right(text: str, pos: int) -> str:
    """What follows up to the clause's end: a predicate when no noun follows (3人主动投案)."""
    if text.startswith("的", pos):
        pos += 1
    elif text.startswith(("（", "("), pos) and figure_aside_end(text, pos) > 0:
        # (round 28) 团体旅客有2,418,905人次（占总数43.2%）: an aside with a figure (its share)
        # follows the figure, not what the people did
        return ""
    window = text[pos : pos + RIGHT_WINDOW]
    for i, ch in enumerate(window):
        if ch in CLAUSE_STOPS or ch.isdigit():
            window = window[:i]
            break
    return window.strip()


def left_bounds(text: str, start: int, floor: int, stops: str, window: int = LEFT_WINDOW) -> int:
    lo = max(floor, start - window)
    last = _LAST_STOP_RES[stops].match(text, lo, start)  # one C scan, not a Python loop back from start
    if last is not None:
        b = last.end()
    else:
        b = lo
        if lo > floor and (text[lo - 1].isdigit() or (text[lo - 1] in "半今去明当同全近每往前本" and text[lo] in "年月")):
            b = _CUT_RE.match(text, lo, start).end()  # type: ignore[union-attr]  # 2023|年全省, 上半|年全省: the window cut a date (all of _CUT_RE optional: it always matches)
    return b


_CUT_RE = re.compile(r"[\d.]*(?:年|月|日|号)?")
# Up to the last stop of a window (greedy, then back to the last one: at most
# the window's length in steps): where the clause before ``start`` begins.
# (round 28: a comma that groups digits, 2,418,905人次, stops nothing)
_LAST_STOP_RES = {
    stops: re.compile("(?s:.*)(?:[" + "".join(map(re.escape, stops.replace(",", ""))) + r"]|,(?!\d{3}))")
    for stops in (HARD_STOPS, CLAUSE_STOPS)
}


def left_phrase_start(text: str, start: int, floor: int) -> int:
    """Where the phrase before a number begins: the clause's start, or the last 、
    that follows another figure (道板2000余平方米、清除违建30余处) — a 、 between
    words is part of the phrase (新改扩建中小学、幼儿园4868所)."""
    b = left_bounds(text, start, floor, HARD_STOPS)
    q = text.rfind("“", b, start)
    if q >= 0 and text.find("”", q, start) < 0 and len(CJK_RE.findall(text, q + 1, start)) >= 2:
        # 網上流傳「本港新症已逾300宗」: the figure is inside a quotation, which
        # names what it counts; the words before the quote are who said it
        b = q + 1
    money = _MONEY_BEFORE_RE.search(text, b, start) if text.find("价值", b, start) >= 0 else None
    if money is not None:
        b = money.end()
    k = text.rfind("、", b, start)
    while k >= 0:
        seg_start = text.rfind("、", b, k)
        seg = text[(seg_start + 1 if seg_start >= 0 else b):k]
        if any(map(str.isdigit, seg)) or _PREDICATE_RE.search(seg) or (seg_start < 0 and 0 < floor == b):
            # a figure, or a predicate (稳居全国前十强、增长4.8%), before the 、; or
            # what the figure just before said of itself (至少2人死亡、6人受伤)
            return k + 1
        k = seg_start
    return b


CJK_RE = re.compile(r"[\u4e00-\u9fff]")


# The value of goods before their quantity (价值1.71万元的消毒液2.25吨) is a money
# record of its own; a threshold (年销售收入超10亿元的龙头企业) stays in the phrase.
_MONEY_BEFORE_RE = re.compile(r"价值[\d.,]+[万亿]?元的(?!.*价值[\d.,]+[万亿]?元的)")

# Verbs that make a 、-separated piece a predicate of its own, not a list item.
_PREDICATE_RE = re.compile(r"居|建成|投产|完成|实现|达到|增长|下降|提高|提升|开工|突破|超过|成为|获得|形成|取得|通过|启动|结束")


def clean_left(phrase: str) -> str:
    phrase = phrase.strip(" -*·•、")
    for _ in range(2):  # 比重从2020年的 -> 比重从 -> 比重
        t = _LEFT_TRAIL_REV.match(phrase[::-1]) if phrase[-1:] in _TRAIL_LAST else None
        if t is not None:
            phrase = phrase[: len(phrase) - t.end()]
        t = _LEFT_TIME_RE.search(phrase) if phrase[-1:] in _LEFT_TIME_LAST and "年" in phrase else None
        if t is None:
            break
        phrase = phrase[: t.start()]
    if phrase[:1] in _LEAD_FIRST or phrase[:1].isdigit():
        phrase = _LEFT_LEAD_RE.sub("", phrase, count=1)
    if phrase[:2] in _CONDITION_FIRST:
        cond = _CONDITION_LEAD_RE.match(phrase)
        if cond is not None and len(phrase) - cond.end() >= 2:
            phrase = phrase[cond.end() :]  # 正常情况下亩产在8000斤以上: the condition, then what is measured
    close = phrase.rfind("）") if "）" in phrase else -1
    if close > 0 and "（" not in phrase[:close] and len(phrase) - close > 2:
        # C类场所（职员完成两剂接种满7日，4分3访客已接种）入场人数上限: the aside's
        # opening was cut off with its comma; what stands after it is the noun
        phrase = phrase[close + 1 :]
    phrase = balanced(phrase)
    if phrase[:1] in _EMPTY_FIRST and (_LEFT_EMPTY_RE.fullmatch(phrase) or _ADVERBIAL_RE.fullmatch(phrase)):
        return ""
    return phrase


# The characters those patterns can open with (a digit as well for
# _LEFT_LEAD_RE): most phrases open with none, and are not matched at all.
_TRAIL_LAST = frozenset(w[-1] for w in _LEFT_TRAIL)
_LEAD_FIRST = frozenset("（(一二三四五六七八九十其另此并又还共现拥已为而但当")
_CONDITION_LEAD_RE = re.compile(r"(?:正常|一般|通常|平均)情况下[，,]?")
_CONDITION_FIRST = frozenset({"正常", "一般", "通常", "平均"})
_EMPTY_FIRST = frozenset("将从对向给就把在由按以可再又还已共均都各仅只便才全造导致")


_BRACKETS = frozenset("“”（）()")
_BRACKETS_RE = re.compile("[" + re.escape("".join(sorted(_BRACKETS))) + "]")


def balanced(phrase: str) -> str:
    """Drop a quote mark or bracket at either end that has lost its partner."""
    if _BRACKETS_RE.search(phrase) is None:  # (_BRACKETS.isdisjoint(phrase), in a third of the time)
        return phrase.strip(" 、")
    for a, b in (("“", "”"), ("（", "）"), ("(", ")")):
        if phrase.count(a) != phrase.count(b):
            phrase = phrase.strip(a + b)
    return phrase.strip(" 、")


_REACHING_RE = re.compile(
    # (预计共约771席: an estimate of the total is no more a subject than 共约)
    r"(?:预计|估计|预期)?(?:"
    r"(?:均|已|共|累计|共计|合计|总计)(?:达到|达|为|约为|约|超过|超|突破|逾|近|接近)?"
    r"|(?:达到|达|为|约为|约|超过|超|突破|逾|近|接近|至|到))"
)


def _only_connectors(raw: str) -> bool:
    """达, 已达到, 约为: a verb of reaching, with nothing of what reached."""
    return _REACHING_RE.fullmatch(raw) is not None
