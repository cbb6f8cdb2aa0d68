"""The phrase shapes that only the ordered rules of :mod:`.rules` test (in :mod:`.phrases`,
:mod:`.frames`, :mod:`.changes`, :mod:`.grants` and :mod:`.steps`).

One pattern per shape (a fine, a sale, a change of a figure, a conversion, a cap, a
threshold, a handout …), each with the sentence it was written for.  They are kept apart
from the rules so that :func:`.rules.purpose_of` reads as the order in which the shapes
are tried.
"""

from __future__ import annotations

import re

from .lexicon import CHANGE_VERB

# The amount's size before it (总投资10亿元的X项目, 总额3.105亿美元的交易费用, 由企业投资3亿元的X):
# the amount describes the thing after 的.
AMOUNT_OF_RE = re.compile(
    r"(?:投资|总额|总价|总值|金额|价值|规模|原价|售价|单价|定价|标价|市值|估值)$"
)  # (原价3000元的手机)
# A conversion of the amount before (160.6亿美元、折合1148亿元人民币; USD 200 million，约合人民币14亿元).
# (相当于每月41,350元: the same money per month is a restatement too)
# (折合约9.4亿港元: the 约 after the conversion word is the amount's, though 合约 alone is a contract)
CONVERSION_RE = re.compile(
    r"(?:折合|约合|合计约|相当于|相等于|等于|折算|换算成?)(?:人民币|港币|港元|美元)?约?(?:每[\u4e00-\u9fff])?$"
)
# A change of the amount before (从6000万元增长到了2022年的近30亿元; 从1.93亿元调整为1.82亿元).
CHANGE_RE = re.compile(
    r"^(?:增长|增加|提高|提升|上升|下降|减少|降低|调整|扩大|缩小|上调|下调|调高|调低|上涨|下跌|回落|攀升|飙升|超支|修正|修订|更正|增|降|升|减|涨|跌)"
    r"(?:到了?|至|为)"
)
# How much a figure changed (共减了455亿元, 增加4374.4亿元): the same money as the figure before.
DELTA_RE = re.compile(
    r"^(?:(?:比|较)[^，。；、\d]{0,8})?(?:共|合共|累计|再|又)?(?:减少|减|增加|增长|下降|上升|提高|降低)了?$"
)
# The base of a comparison (较“十三五”末的9323.1亿元): the same measure as the figure before.
BASE_RE = re.compile(r"^(?:较|比|相比|同)(?:[^，。；、\d]|\d{4}年){0,12}的$")  # (较2021年的563.44亿元)
# The start of a change with nothing before it (由1100亿元减至645亿元): the clause before names it.
CHANGE_START_RE = re.compile(r"^(?:由|从)$")
# Penalties: the fine named after the amount (罚款, 罚金) is what the money is.
PENALTY_ENDS = ("处以", "处", "罚")
PENALTY_NOUN_RE = re.compile(r"罚款|罚金|罚没款|违约金|滞纳金")
# A fine named right before the amount (处以罚款500元, 罚款人民币壹万元): the fine, not
# the doer or the sanction after it (罚款500元的行政处罚).
# (罚款500元和300元: the fine before a list of amounts names each of them)
FINE_BEFORE_RE = re.compile(
    r"(?:罚款|罚金|罚没款|违约金|滞纳金)(?=(?:人民币|港币|港元|新台币)?(?:[\d.,万亿千百余多]{1,12}元?[和、及或])*$)"
)
# Fined with no fine noun (因X被处罚120万元): what the fine is for is the offence before.
PUNISHED_RE = re.compile(r"(?:被|遭)(?:处罚|罚)$")
PENALTY_VERBS = frozenset({"罚", "处", "处以", "判处", "被罚", "可处", "并处"})
# who pays and the modal before a penalty verb (要每人罚5000元, 须各罚): the verb is still bare
PENALTY_LEAD_RE = re.compile(r"^(?:要|须|需|会|可|将|便|就|都|亦|也|再)*(?:每人|每名|每位|每户|各)?")
CAUSE_LEAD_RE = re.compile(r"^(?:因|由于|因为)")
# A price of a thing sold or bought (将焦炭以80余万元的价格售出, 拒买47元水果捞): the thing.
SOLD_RE = re.compile(r"(?:将|把)([^，。；：！？\n将把以]{1,20})以$")
RAISED_TO_RE = re.compile(
    r"(?:把|将)([^，。；：！？\n把将\d]{1,12}?)(?:由[^，。；：！？\n]{1,16}?)?"  # (将最低工资由37.5元上调至40元)
    r"(?:增加|提高|提升|调整|上调|下调|降低|减少|降)(?:到|至|为)(?:每个?[月年人户天])?$"
)
# Another time's value of the measure just given (上年末为N元, 上年同期为N元).
PERIOD_RE = re.compile(r"(?:上年末|上年同期|去年同期|上年|去年|年初|上月|上期|同期)")
# Receiving a share (每人可获200元): the receiver is no purpose.
# A grant given by amount (给予一次性奖励300万元的…): the grant, not the noun after 的.
GRANT_VERBS = frozenset({"奖励", "补贴", "补助", "资助"})
GIVE_RE = re.compile(r"(?:给予|给与|予以|发放)(?=.)")
# 在人员经费方面……增加了1500万元: the aspect named is what the money is.
ASPECT_RE = re.compile(r"在([^，。；：！？\n在]{2,16}?)方面")
RECEIVE_RE = re.compile(r"(?:可|能|将|会)?(?:获得|获发|获派|获|领取|领|得到|收到)$")
PRICE_AFTER_RE = re.compile(r"的(?:价格|价钱|价)")
BUY_RE = re.compile(r"(?:买|购买|购置|购入|订购|租用|售卖|出售)$")
ITEM_AFTER_RE = re.compile(r"[^被的”」』，。；：！？\n\d]{1,12}")
# What follows the amount is a predicate, not a noun (1500元也不够了).
PREDICATE_RE = re.compile(r"^(?:也|都|就|还|才|却|又|便|已经|已|仍|并不|不)")
# A reporting verb ends the phrase before (文件指35亿元经费): who reports is never the purpose.
REPORT_END_RE = re.compile(r"(?:指出|表示|透露|报道|报告指|指|称|说|估计|预计|预料|预期|估算|相信)$")
# A clause that only says who speaks or how it is known (陈茂波表示，政府将预留300亿港元; 记者了解到，…):
# it names no use, so the last rule never returns it as the clause before.
SPOKEN_CLAUSE_RE = re.compile(
    r"(?:指出|表示|透露|报道|报告指|指|称|说|介绍|强调|认为|相信|坦言|直言|解释|回应|补充|提到|宣布|证实|承认|了解到?|获悉|据悉)$"
)
# A clause that only sets the scene (在预算案中, 在施政报告里, 在会上): where it is said, not what for.
SETTING_RE = re.compile(r"在[^，。；：！？\n在]{1,12}(?:中|上|里|内)")
# The noun of the amount before and a joiner (1万元现金及2万元): nothing of this amount.
PREV_NOUN_JOIN_RE = re.compile(r"[^\d，。；：！？\n]{1,6}?(?:以及|及|和|与|、)")
FORECAST_VERBS = frozenset({"估计", "预计", "预料", "预期", "估算"})
# A figure in a list before the amount (游客17.52亿人次、旅游花费1.27万亿元): the phrase
# of the amount starts after it.
# an amount added on to the one before (再加上N元, 另加N元, 外加N元): the same item's money (round 28)
ADDED_ON_RE = re.compile(r"(?:并|又)?(?:再加上|加上|另加|外加|再加)")
FIGURE_LIST_RE = re.compile(r"\d[\d.]*[万亿千百]?[\u4e00-\u9fff%]{0,3}、")
# Verbs after which a money noun following the amount names it (完成…投资).
DOING_RE = re.compile(r"(?:完成|实现|带动|拉动|撬动|吸引|引进|获得|兑现|发放)$")
RESULT_RE = re.compile(r"(?:突破|完成|实现|新增|形成|取得|达到|累计|同比|带动|拉动|惠及|覆盖|分别|增长|下降|占)")
# 累计捐资1720万元，帮助2700多名贫困新生…: whom the money helped, counted, is a result, not a use
HELPED_RE = re.compile(r"^(?:帮助|帮扶|资助|救助|使|让)[^，。；]{0,6}?\d")
TO_NEXT_RE = re.compile(r"(?:和|及|与|、|以及)[^，。；：！？\n]*$")
DE_NOUN_RE = re.compile(r"[^\d…\s]*")
FOR_CLAUSE_RE = re.compile(r"(?:^|(?<=[，。；：！？\n]))\s*为了?([^，。；：！？\n]{2,30})，")
THIS_IS_RE = re.compile(r"这(?:是|就是)([^，。；！？\n]{2,40})")
BARE_RE = re.compile(r"^[万亿千百]+元")
NOUN_AFTER_RE = re.compile(r"[^\d，。；：、！？\n（(]{1,20}")

# A bracket right after an amount (15亿美元（约合人民币107.82亿元）, 20亿坡元（约112亿港元）纾困预算):
# what the amount is for follows the bracket, not its first words.
PAREN_AFTER_RE = re.compile(r"[（(][^（）()\n]{1,40}[）)]")
# An amount in a bracket opened right after another (（约合人民币, （IT之家备注：当前约 ): the same
# money restated in another currency or rounding.
PAREN_RESTATE_RE = re.compile(
    r"\s*[（(](?:[^（）()\n\d]{0,12}(?:约|合|折|相当于|等于|即|换算|当前|人民币|港元|港币|美元))?\s*"
)
# Nouns after 的 that say how the amount stands, not what it is (提高至每月5000元的水平,
# 共计12500元的犯罪事实): the phrase before names the money.
GENERIC_DE_RE = re.compile(r"(?:水平|标准|幅度|程度|情况|犯罪事实|事实|纪录|记录|新高|高位|规模|数额|金额|额度|价位|资金)")
# A clause that only says the money is needed again (之后每年另需300万元): the cost named before
NEED_ONLY_RE = re.compile(r"(?:亦|也|还|仍|则|都|再|另|每年|每月)*(?:需要|需|要|须|得)")
# Money nouns that are the purpose when nothing before the amount names it.
PLAIN_MONEY_NOUNS = frozenset({"费用", "开支", "支出", "经费", "款项"})
# The same nouns with words that say how often, how much or which part of the spending, but not on
# what (额外开支约8亿元, 全年额外开支, 所需经费): the closed class of such modifiers.
PLAIN_MONEY_RE = re.compile(
    r"(?:预计|估计|涉及)?(?:每年|每月|全年|年度|额外|另外|另|总|所需|相关|有关|经常|非经常|一次性|新增|日常|行政|营运|运作)+"
    r"(?:费用|开支|支出|经费|款项)"
)
# A phrase that ends on such a word only (每月最大支出): it says no more than a noun after the amount
PLAIN_TAIL_RE = re.compile(r"(?:最大|主要|最高|每月|每年|日常|全部)(?:支出|开支|费用)$")
# The topic clause of a sentence (就每名成功转介的学员，…; 至于X计划，…).
TOPIC_RE = re.compile(r"(?:^|(?<=[，。；：！？\n]))\s*(?:至于|对于|关于|就|对)([^，。；：！？\n]{2,24})(?=，)")
# A cost and what it buys (仅需800元就可以“代考”各种许可证): the thing bought is after 就.
COST_LEAD_RE = re.compile(r"(?:(?:只|仅)?需要?(?:花费?|付|支付)?|只要|仅要|只花|仅花)$")
COST_THEN_RE = re.compile(r"(?:就|便|即)(?:可以|能够|能|可)?")
# Words before an amount that say only "the total" or "the saving" (总规模934亿元, 预计节省15亿元).
BARE_MEASURE_RE = re.compile(
    r"(?:预计|估计|可|将|每年|共|合共|累计)?(?:总规模|规模|总量|总值|总额|总金额|总投资|投资总额|涉及金额|涉案金额|节省|节约|省下|"
    r"收于|报收|收报|收市报|收盘报)"
    r"(?:首次|再次|已|将)?"
)
# A clause that compares and changes (较上年预算增加四成至, 由去年2亿预算增为).
COMPARED_CHANGE_RE = re.compile(
    rf"\s*(?:较|比|由|从)[^，。；：！？\n]*?{CHANGE_VERB}"
    r"[^，。；：！？\n\d]{0,4}?(?:至|为|到)了?"
)
# A reaching word between a measure and its amount (科技创新投入达到7800亿元, 研发投入突破X):
# the verb before it is a noun then (the 投入), not an allocation whose use follows.
REACH_END_RE = re.compile(r"(?:达到|达|为|是|突破|超过|超|逾|跨过|跨上|迈上|迈过|增至|升至|提高到|提高至|增长到|增长至)$")
# A threshold before 的 (年度进口总额超过50亿元的企业, 经济总量超千亿元的县域): the measure bounded,
# not the holder after 的.
THRESHOLD_WORD_RE = re.compile(r"(?:超过|超出|突破|不低于|不少于|高于|低于|不足|不到|逾|超|达到|达)$")
# The size of an investment or a price before a threshold (总投资超过10亿元的项目): the thing after 的.
INVESTED_RE = re.compile(r"(?:投资|价值|原价|售价|单价|定价|标价|市值|估值)$")
# 涉款, 涉及: the money a thing named before involves, no name of its own
INVOLVED_RE = re.compile(r"(?:共|合共|总共)?涉(?:及|款|资)?(?:金额|资金|款项)?(?:共|合共|约|达|逾|超过|超)?")
# ... not a manner (以现金形式, 以每月计): 以 + a noun of form or rate says how, not what for
SO_AS_NOT_RE = re.compile(r"(?:现金|实物|[^，。]{0,6}形式|[^，。]{0,6}方式|每|年|月|人|户)")
# A change clause that names no measure (但仍增加5.2%至80.3亿元): the sentence's subject is the measure.
BARE_CHANGE_RE = re.compile(
    rf"\s*(?:但|而|并|且|则)?(?:仍然|仍|依然|再|亦|也|还|则)?{CHANGE_VERB}"
    r"[^，。；：！？\n]{0,8}?(?:至|为|到)了?"
)
# A bare size word before an amount that a 的-noun follows (总数达N元的X, 总额N元的X)
# (not past a bound: 年度进口总额超过50亿元的企业 is a threshold, see THRESHOLD_WORD_RE)
SIZE_END_RE = re.compile(r"(?:总数|总额|总值|总金额|数额|金额)$")
BOUND_END_RE = re.compile(r"(?:超过|超出|突破|不低于|不少于|高于|低于|不足|不到|逾|超|以上|以下)\s*$")
HAN_RE = re.compile(r"[\u4e00-\u9fff]+")
# Verbs of taking money out of a fund (拿, 动用, 拨出), and after the amount a share of it and 来/用来
# + what it is taken for (拨出50亿元的5%来增聘社工; 来自 is where money comes from, 来说 a speaker)
TAKE_END_RE = re.compile(r"(?:拿出|拿|动用|拨出|抽出|调拨|挪用|用)$")
TAKEN_FOR_RE = re.compile(
    r"(?:的[\d.]+%(?:(?:甚至|或|乃至|以至|至)(?:是)?[\d.]+%)?)?(?:用来|来|去)(?![自源说看讲的])(?=[\u4e00-\u9fff]{2})"
)
# A clause of a cap and a verb only (助学贷款，上限可借3万元; 每户最多可领3000元 is not: it names 每户)
CAP_CLAUSE_RE = re.compile(r"\s*(?:上限|最多|最高)(?:可以|可)?(?:借|贷|领|领取|获|获得|申请)?\s*")
# A clause of a modal and a change only (X的免税额，会升至12万元; 有关津贴，将调高至3000元):
# what changes is the clause before.
MODAL_CHANGE_RE = re.compile(
    rf"\s*(?:亦|也|还|则|仍|并)?(?:会|将会|将|可|可以|拟|预计)\s*{CHANGE_VERB}"
    r"[^，。；：！？\n\d]{0,4}?(?:至|为|到)了?\s*(?:每[\u4e00-\u9fff]{1,2})?"
)
# A clause that opens with the base of a comparison (比去年修订预算7.1亿元).
BASE_LEAD_RE = re.compile(r"\s*(?:较|比|相比|相较)")
BARE_INVEST_RE = re.compile(r"(?:累计|年度|全年|当年)?(?:完成|实现)?(?:总)?投资(?:额)?")
# 最终以120万元成交, 仍以12万售出: the amount is the price of what the sentence is about
SOLD_AFTER_RE = re.compile(r"^(?:的价格|的价钱|的价)?(?:成交|售出|卖出|拍出|出售|转让|标下|拍得|买下|购得|卖掉|易手)")
# 每年投入5000万元，连续支持3年: how long the money runs, never what it is for
DURATION_RE = re.compile(r"^(?:连续|持续|为期|分期|共|先后)?(?:支持|补助|资助|投入|实施)?[\d一二三四五六七八九十两]{1,3}(?:个)?(?:年|个月|期)")
# 方案中有“长者补贴两档制”，合资格者获派约900元: the scheme named before
NAMED_SCHEME_RE = re.compile(r"[“「『]([^”」』，。；！？\n]{2,16})[”」』](?:的)?(?:措施|计划|政策|方案|项目|行动|工程|机制|办法)?")
# 记得当年三蚊乘船优惠吗…: a frame verb before the amount says nothing of the money
FRAME_END_RE = re.compile(r"(?:记得|知道|听说|想到|看到|发现|觉得|认为|以为|相信|晓得)$")
# 以30,000元为上限: a cap, not a use
CAP_AFTER_RE = re.compile(r"^(?:为|作|作为)(?:上限|限|封顶)")
# 以N元为例 / 作例子: an example, which says nothing of a use
EXAMPLE_AFTER_RE = re.compile(r"(?:为例|作例|作为例子|为例子)")

# A cap per holder (单个企业不超过, 每户每年最多).
CAP_RE = re.compile(r"(?:不超过|不高于|最多不超过|最高不超过|最多|上限为)$")
GRANT_WORD_RE = re.compile(r"奖励|补助|补贴|资助|奖补|扶持|津贴")

# 的389个省重点项目: a count before the noun after 的
COUNT_RE = re.compile(r"[\d.]{1,8}[个项家所座条处批宗间栋]")
# Nouns of a grant after the amount (给予45万元补助): say how, not for what.
GRANT_NOUN_RE = re.compile(r"(?:专项|财政)?(?:补助|奖励|补贴|资助|奖补|扶持|支持|拨款|资金|经费)(?:资金|金)?")
# a count of one and its measure word right before the amount (一份, 一笔 …, a qualifier between):
# they count the noun after 的
ONE_OF_RE = re.compile(r"一(?:份|笔|项|张|单|宗|纸)(?:超过|超|逾|近|约|价值|总额|总值|金额)?$")
# 每人 / 每户 at the end of a recipient says how the grant is shared, not who gets it
PER_HEAD_END_RE = re.compile(r"(?:每人|每名|每位|每户|每家)$")
# a spending named after 的 (新军费开支, 安全援助, 重建经费): what the money is, not who gets it
SPENDING_TAIL_RE = re.compile(r"^[^，。；：！？\n\d的]{0,8}(?:开支|经费|军费|援助|预算|拨款)$")
# To whom or what a grant goes, right before the amount (对X给予, 向X提供, 为X预留).
RECIPIENT_RE = re.compile(
    r"(?:(?<![相针面绝反应核比])对|(?<![方面导转走倾偏])向|(?<![作成认因行以称视])为)((?:(?!给予|给与|提供|发放)[^，。；：！？\n对向为]){2,24}?)"
    r"(?:一次性|每年|分别|共)?(?:给予|给与|提供|发放|奖励|补助|补贴|拨款|拨付|下拨|划拨|安排|预留|争取|筹集|筹措|资助|追加|注资|拨给)"
    r"了?(?:专项资金|资金|经费|拨款|(?P<grant>[^，。；：！？\n\d]{0,8}?(?:补贴|补助|奖励|资助|津贴|奖金)(?:资金)?))?(?:共计|合计|累计|约|近|超过|达)?$"
)
# A grant with its own name (高龄津贴, 稳岗补贴, 育儿补贴): Han characters only, no 的 (a description
# ends in one: 应得的补贴), no share word (每人补贴 is how the grant is shared)
# (and its fund: 向N家企业拨付奖励资金M万元 -> 奖励资金, not 企业拨付 with 奖励 as the verb, round 28)
NAMED_GRANT_RE = re.compile(
    r"(?![每各])(?:[^的，。；：！？\n\d\sA-Za-z]{1,6}(?:补贴|补助|奖励|资助|津贴|奖金)(?:资金)?|(?:补贴|补助|奖励|资助|奖补)资金)"
)
# The amount as the means (以1200万元收购, 以8000万元购入): not 可以, 予以, 所以.
INSTRUMENT_RE = re.compile(r"(?<![可予所加得难足用])以(?:现金|现款|每[\u4e00-\u9fff])?$")
# the clause after a bare 投资 that says what is built or done with it (not a result: 农村公路总里程…)
BUILD_LEAD_RE = re.compile(r"(?:用于|主要用于|建设|新建|改建|扩建|实施|改造|打造|购置|修建|开展)")
# 计划投资, 拟投资, 预计总投资: a plan or a forecast before 投资 names no use either
PLANNED_RE = re.compile(r"(?:计划|拟|预计)(?:总)?")
# A named plan, scheme or project ends the phrase before an allocation verb.
PLAN_END_RE = re.compile(r"(?:计划|项目|工程|方案|措施|行动)$")
CUMULATIVE_RE = re.compile(r"(?:累计|共计|合计|共)(?:捐资|捐款|捐赠|出资|集资|筹资)")
HANDOUT_RE = re.compile(r"(?:发放|派发|派|发|提供|给予)$")
# A clause that only hands out or pays (每月发放, 每人可获派, 须缴交): no word of what the money is
HANDOUT_ONLY_RE = re.compile(
    r"(?:每[月年季周日人户名位])*(?:可|将|会|再|另|须|需|要)?(?:发放|派发|获派|获发|派|发|支付|缴交|缴纳|缴付|缴|领取|领)"
)
# A group of people alone before an amount (非永久居民, 学生): who gets it, in a list of groups
GROUP_RE = re.compile(
    r"(?:每名|每位|每个|每户|每人|每家)?[^，。；：！？\n\d]{0,8}"
    r"(?:居民|市民|人士|长者|学生|家庭|住户|儿童|小童|员工|雇员|老人|成人|婴儿|者)"
)
# 每位长者3000元: the holder of a per-head amount is no purpose
PER_HEAD_RE = re.compile(r"(?:每名|每位|每个|每户|每人|每家)[^，。；：！？\n]{0,8}")
