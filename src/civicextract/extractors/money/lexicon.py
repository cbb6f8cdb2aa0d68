"""The word classes of money purposes that several stages share.

Allocation verbs (安排, 下拨 …), use markers (用于, 进行), the units an amount may carry
(元/月), the generic words that name no use (资金, 上限), the closed class of money nouns
(费用, 津贴 …, models/money_nouns.txt), doers (政府, 财政局), change verbs and the shapes of
a clause that reports a result (治理隐患333处).  The trimming of phrases (:mod:`.trim`), the
sentence look-ups (:mod:`.context`), the list passes (:mod:`.lists`) and the rules
(:mod:`.rules`) all test them, so they live here once.
"""

from __future__ import annotations

import re

from ...numbers import QUALIFIER_SUFFIX
from ...resources import alternation, data_lines

ALLOC_VERBS = (
    "安排",
    "下拨",
    "拨付",
    "拨款",
    "拨出",
    "增拨",
    "划拨",
    "批出",
    "预留",
    "注资",
    "发行",
    "筹集",
    "筹措",
    "募集",
    "争取",
    "带来",
    "给予",
    "提供",
    "落实",
    "花费",
    "出资",
    "捐赠",
    "捐资",
    "斥资",
    "耗资",
    "投入",
    "投放",
    "下达",
    "预拨",
    "拨发",
    "推出",
    # the rest of the closed class of verbs that put money somewhere (垫支30亿元重建X, 动用储备,
    # 追加预算): listed from knowledge of budget and news language
    "垫支",
    "垫付",
    "动用",
    "调拨",
    "追加",
    "拨给",
    "划出",
    "耗费",
    "捐出",
    "捐献",
    "调配",
    "预支",
    "拨备",
    "列支",
    "拿出",  # 区财政拿出500万元，奖励X (round 12)
    # spoken spending (一共花了60万元修路; the phrase before the amount comes without its 了), not the
    # flower bought, sold, grown or given (鲜花500元, 买花)
    "(?<![鲜买卖种赏插献送绣印棉梅桃荷菊兰樱油烟雪礼])花",
    "花去",
    "花掉",
    "整合",  # 整合涉农资金1200万元 (round 16)
    # (round 28) 安排 with its resultative 出 (从本级财政中安排出N元), and Taiwan's verbs of drawing and
    # granting budgeted money (同意动支N元，协助改善X; 核拨经费约N元): the use is after the amount
    "安排出",
    "动支",
    "核拨",
)
# The words that point back at something the text named before (该津贴, 这项工程, 此项计划): purpose's
# anaphors and the Hong Kong per-head rule read them alike
ANAPHOR_DETERMINER = r"(?:该项?|此项?|这[一项个]?)"
# Verbs that are nouns as well (总投资, 每户再补贴): the phrase before them is a subject.
NOUN_VERBS = ("投资", "补贴", "补助", "奖励", "资助")
ALLOC_RE = re.compile("(?:" + "|".join(ALLOC_VERBS + NOUN_VERBS) + ")$")

MARKER_RE = re.compile(
    r"^(?:对|为(?!上限|限)|支持|资助|建设|推行|推进|扩建|新建|改建|修建|把|让|给(?!予)|帮助|实施|开展|"
    r"改造|购买|购置|设立|举办|培训|提供|发展|奖励|补贴|补助|扶持|用以|"
    r"推动|办理|启动|兴建|加强|加快|推展|打造|成立|修缮|维修|整治|治理|收购|搭建|升级|偿还|聘请|引进|"
    r"在[^，。；]{1,14}?(?=铺设|建设|修建|新建|改造|安装|实施|开展|建成))"
)
USE_RE = re.compile(
    r"^(?:(?:并|将|则|均|再|还|可|首先|先)?(?:专项|主要|全部|重点|集中|统筹|专门|优先|分别|全额|全|专|另)?(?:用于|用来|用嚟|拎嚟|用作|作为|拨作|作(?=[\u4e00-\u9fff])(?![出了好为用]))|进行)"
)
# A unit after the amount (796元/月, 240元/吨, 0.19元/升): part of the amount's phrase, no
# word of the next one's (从796元/月提高至842元/月) nor a noun after it (0.20元/升值得关注…).
UNIT = (
    r"/(?:月|年|日|天|周|小时|吨|升|桶|股|人|户|次|件|斤|公斤|千克|克|平方米|平米|㎡|亩|米|公里|度|千瓦时|"
    r"张|份|台|辆|套|间|晚|位|kg|KG|L|m²)"
)
UNIT_RE = re.compile(UNIT)
GENERIC = frozenset(
    {
        "",
        "资金",
        "专项资金",
        "金额",
        "减免额",
        "钱",  # (集资2000元钱: the money itself, not a use)
        "额度",
        "上限",
        "总额",
        "数额",
        "款项",
        "经费",
        "开支",
        "支出",
        "费用",
        "支持",
        "为上限",
        "为限",
        "标准",
        "不等",
        "左右",
        "以上",
        "以下",
        "多",
        "余",
        "、",
        "和",
        "及",
        "与",
        "以及",
        # 跨上3万亿元台阶, 跨过两个万亿元大关, 均达到万亿元规模: the size, not a thing
        "台阶",
        "大关",
        "关口",
        "规模",
        # 原标题：130亿美元！…: the headline's label names no use
        "原标题",
        "标题",
    }
)
MONEY_NOUN_RE = re.compile(
    r"(?:收入|投资|资金|款|款项|金额|产值|总值|增加值|营收|收益|税收|销售|额|费|补贴|补助|预算|经费|规模|余额|"
    r"价|成本|利润|罚款|奖金|工资|贷款|债券|基金|目标|帮扶|支出|拨款|开支|资产|增加|减少|税|"
    # Taiwan's budget revenue and spending (原列岁入N元、岁出M元: the second names its own side)
    r"岁入|岁出)$"
)
# The money noun a phrase after the amount opens with (16元车费时还多支付, 7.2亿元研发经费投向创新,
# 40余万元财物, 1万元津贴): what the money is, up to that noun.
_MONEY_HEAD_RE = re.compile(
    r"^[^，。；：、！？\n\d]{0,10}?(?:资金|经费|款项|善款|慈善款资助|慈善款|罚款|款|费用|费|津贴|补贴|补助|资助|奖金|"
    r"财物|公帑|基金|收入|物资|投资|贷款|债券|工资|支出|开支|储备|赤字|拨款|利益|回扣|"
    # prices, pay and results written after the figure (669亿元造价, 1.5万元损失, 1.2亿元利润)
    r"造价|价款|租金|薪金|薪酬|薪水|月薪|年薪|损失|财损|利润|营收|成本|预算|"
    # the rest of the money nouns (现金, 慰问金, 押金, 红包, 消费券, 赔偿, 分红 …)
    r"金(?![融属牌秋额])|债务|欠债|债|红包|券|救助|援助|救济|赔偿|补偿|分红|利息|奖励|礼品|礼物|"
    # the whole closed class of money nouns (fees, prices, taxes, pay …: models/money_nouns.txt),
    # after the words above so that they keep their order (每程1澳元“乘客服务税”, $4,200租金)
    + alternation(data_lines("money_nouns.txt"))
    + ")"
)
SUFFIX_RE = re.compile(QUALIFIER_SUFFIX + r"|（[^（）\n]{1,12}）|不等|" + UNIT)  # (8000元、5000元和3000元不等的资助)
# (分三期发放3000元，3500元以及4000元的年终奖金: commas and 以及 join a list too,
# but only when nothing else stands between the amounts)
LIST_GAP = frozenset({"、", "和", "及", "或", "至", "到", "，", ",", "以及"})
LIST_JOINS = frozenset({"、", "和", "及", "与", "或", "以及"})
# Verbs of a change to a new figure (增加四成至, 大减至, 涨到).
CHANGE_VERB = (
    r"(?:增加|减少|增长|下降|上升|提高|降低|大增|大减|扩阔|扩大|放宽|收紧|调高|调低|上调|下调|削减|缩减|"
    r"增|减|升|降|涨|跌)"
)
# A use clause after the amount (每户发放500元，以减轻负担; 预留X，以便Y).
SO_AS_RE = re.compile(r"^(?:以便|用以|借以|藉以|以(?![上下内外来后前及至免此为其往便])(?=[\u4e00-\u9fff]{2}))")
# One-character verbs that pay or take money: bare before an amount, the object after it is the use
BARE_MONEY_VERBS = frozenset("退派交付缴借贷赔罚收花赚捐送欠还领拨补给奖")


def money_head(s: str) -> str | None:
    """The money noun ``s`` opens with, whole (电子消费券, not 电子消费)."""
    head = _MONEY_HEAD_RE.match(s)
    if head is None:
        return None
    end = head.end()
    while end < len(s) and end - head.end() < 2 and s[end] in "券用金款费":
        end += 1
    if s.startswith(_GRANT_TAILS, end):  # 工资补贴, 租金津贴: the grant, whole
        end += 2
    return s[:end].lstrip("“「『")  # (每程1澳元“乘客服务税”: the noun, not its quote mark)


_GRANT_TAILS = ("补贴", "补助", "津贴", "资助", "奖励")
# Doers before an allocation verb (政府将预留, 财政部、应急管理部再次紧急预拨): never a purpose.
ACTOR_RE = re.compile(
    r"(?:政府|财政|财政部|财政厅|财政局|部|厅|局|委|办|署|处|院|会|公司|集团|银行|中心|我们|我国|国家|省|市|县|区|镇|乡|村)$"
)
# What may stand between a doer and its allocation verb (政府会额外预留, 当局将再拨出, 特区政府今年另行):
# when, whether and how much more, never a use; cut before a doer is recognised.
MODAL_TAIL_RE = re.compile(r"(?:会|将|亦|也|还|再|另|另外|另行|额外|已|已经|拟|准备|计划|决定|打算|今年|明年|来年)+$")


def doer(core: str) -> bool:
    """Is ``core`` a doer (政府, 财政局), perhaps with a modal or adverb after it (政府会额外)?"""
    return ACTOR_RE.search(core) is not None or (
        core[-1:] in _MODAL_LAST and ACTOR_RE.search(MODAL_TAIL_RE.sub("", core)) is not None
    )


_MODAL_LAST = frozenset("会将亦也还再另外行已经拟备划定算年")
DIGIT_RE = re.compile(r"\d")
# What the phrase before an amount holds when it names only the doer and the act.
GENERIC_MONEY_TAIL_RE = re.compile(
    r"(?:(?:省|市|县|区|镇|中央|各)级)?(?:财政)?(?:专项资金|财政资金|资金|经费|款项|(?:经常|非经常|额外)?(?:开支|拨款))$"
)
# A clause that ends on a count reports a result (治理隐患333处).
COUNTED_RE = re.compile(r"\d[\d.]*[万亿]?[余多]?(?:[\u4e00-\u9fff%]|人次|公里|万亩)?$")
# 保障重大项目用能1302万吨标准煤: a measured quantity reports a result too
MEASURED_RE = re.compile(r"\d[\d.]*[万亿]?(?:吨|千瓦|亩|公里|平方米|立方米)")

# 向市民派发5000元，刺激社区消费: the aim of a handout (a figure would make it a result: 带动就业2000人)
AIM_RE = re.compile(r"^(?:以)?(?:鼓励|刺激|促进|纾缓|缓解|减轻|改善|提振)")
