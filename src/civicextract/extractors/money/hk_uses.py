"""Money, Hong Kong pages: the ways Hong Kong news ties an amount to its use that the general
rules cut too long (session 24, wave 2).

Only for Hong Kong dollars (the place rule has decided the currency before purposes are read),
and only when the amount closes its clause (nothing after it the general rules could read).  Each
shape names the use with a short noun or the per-head phrase, as the Hong Kong gold writes it:

* pay: ``某銀行主席的港幣月薪約為30萬元`` -> ``月薪`` (the pay noun, not who earns it);
* damages and costs: ``法官判原告獲賠償共45萬元`` -> ``赔偿``, ``需付訟費約500萬元`` -> ``讼费``;
* a per-head grant: ``每名合資格長者可獲發放2,000元`` -> ``每名合资格长者`` (who each gets it);
* a fee per case: ``每宗代辦申請的手續收費為88元`` -> ``收费``;
* a charge that changes: ``房委會公屋租金每月平均增加180元`` -> ``公屋租金`` (the charge, after
  the body that sets it, without its period and change verb);
* money a case involves: ``香港一宗詐騙案涉款約680萬元`` -> ``诈骗案``;
* a bare money noun after a reporting clause: ``政府表示，開支達300億元`` -> ``开支`` (the
  speaker is not what is spent on).

The text is the document's Simplified text, so the patterns are written in Simplified.
"""

from __future__ import annotations

import re

from ...records import Money
from .phrases import Phrases

# 年薪/月薪 … before its linking word (约为, 高达 …) and an optional period (每月): the pay itself
_PAY_RE = re.compile(
    r"(年薪|月薪|薪酬|薪金|底薪|起薪|时薪|日薪)"
    r"(?:约为|约|为|是|达|高达|只有|仅|亦|分别为|分别是)?(?:每月|每年|每小时)?$"
)
# X是时薪40元 equates X with the pay: X (可维持生计的工资) is what the money is, not 时薪
_EQUATED_RE = re.compile(r"(?<!分别)是$")


def _pay_named(raw: str) -> re.Match[str] | None:
    """The pay noun closing ``raw`` (group 1), unless 是 before it equates something else with the pay."""
    pay = _PAY_RE.search(raw)
    return pay if pay and not _EQUATED_RE.search(raw, 0, pay.start()) else None


_DAMAGES_RE = re.compile(r"(赔偿金|赔偿|赔款|判赔|讼费|堂费|保释金)(?:共|合共|总共|约|达|为|逾|超过|金额)?$")
_DAMAGE_NOUN = {"判赔": "赔偿"}
# 每名/每户/每宗 … X (可)获(发放/资助 …): who each gets the money
_PER_HEAD_RE = re.compile(
    r"(每(?:名|位|户|宗|个|间|所|人|个案)[^，。；：！？\n每]{0,12}?)"
    r"(?:均|都|将|会|亦)?(?:可以|可|能)?(?:获|获得|获发|获派|领取|得到)(?:发放|派发|资助|津贴|补贴)?(?:共|约|最高|达)?$"
)
# (向每名成年人派发8,000元 is not this shape: the Hong Kong gold names the handing out, 派发, there)
# 每宗代办申请的手续收费为88元: a fee charged per case is the fee
_PER_CASE_FEE_RE = re.compile(r"每[^，。；：！？\n]{1,10}?(收费|车资|车费|票价|月租|学费)(?:为|是|约|达)?$")
_CHARGE_NOUNS = "租金|月租|车资|车费|票价|收费|学费|管理费|水费|电费|差饷|地租"
# the charge, then its period, an average and the change verb
_CHANGED_CHARGE_RE = re.compile(
    rf"(.*?(?:{_CHARGE_NOUNS}))(?:每月|每年|每日|每次)?(?:平均)?(?:将|会|会再)?"
    r"(?:增加|增|加|上升|上调|调高|减少|减|下降|下调|调低)(?:了)?$"
)
# the body that sets the charge, ending where its name ends (房委会, 运输署, 港铁公司 …)
_BODY_END_RE = re.compile(r".*(?:委会|局|署|处|府|公司|集团)")
_PLACE_LEAD_RE = re.compile(r"^(?:香港|本港|全港)")
_INVOLVED_RE = re.compile(r"^(.+?)(?:共|合共)?涉(?:款|资|及金额|案金额)(?:约|达|逾|共|超过)?$")
_BARE_CASES = frozenset({"个案", "案件", "此案", "该案", "事件", "案"})
_ONE_OF_RE = re.compile(r"^(?:香港|本港)?(?:一|两|三)(?:宗|名|间|个|家)")
_REPORTED_RE = re.compile(r"(?:指出|表示|透露|报道|指|称|说|强调|认为|相信|回应)$")
_PLAIN_NOUNS = frozenset({"开支", "支出", "费用", "成本", "开销", "收入", "租金", "花费"})
_LINK_RE = re.compile(r"(?:约为|约|为|是|达|高达|超过|逾|共)?$")


def hk_use(p: Phrases) -> str | None:
    """The use of a Hong Kong dollar amount in one of the shapes above, else ``None``."""
    rec = p.rec
    if rec.currency != "HKD" or p.cleaned:
        return None
    raw = p.raw_before
    if not raw:
        return None
    pay = _pay_named(raw)
    if pay and pay.start() > 0:
        return pay.group(1)  # 两人分别为年薪20.5万: the pay, not the words before it
    damages = _DAMAGES_RE.search(raw)
    if damages and damages.start() > 0 and "向" not in raw[: damages.start()]:
        # (政府向受影响商户赔偿1.2亿元: who pays whom is said, and kept)
        noun = damages.group(1)
        return _DAMAGE_NOUN.get(noun, noun)
    head = _PER_HEAD_RE.search(raw)
    if head:
        return head.group(1)
    fee = _PER_CASE_FEE_RE.search(raw)
    if fee:
        return fee.group(1)
    changed = _CHANGED_CHARGE_RE.fullmatch(raw)
    if changed:
        charge = _PLACE_LEAD_RE.sub("", changed.group(1))
        body = _BODY_END_RE.match(charge)
        if body and len(charge) - body.end() >= 2:
            charge = charge[body.end() :]  # 房委会公屋租金: the rent, not the authority
        return charge or None
    involved = _INVOLVED_RE.match(raw)
    if involved:
        case = _ONE_OF_RE.sub("", involved.group(1))
        # (个案涉及金额 names no case: the words the general rules keep say more)
        return case if len(case) >= 2 and case not in _BARE_CASES else None
    before = p.before
    if before in _PLAIN_NOUNS and p.clause > p.sent and _LINK_RE.sub("", raw) == before:
        # 政府表示，开支达300亿元: the clause before is who speaks, not what is spent on
        said = p.text[p.sent : p.clause].rstrip("，,：: ")
        if _REPORTED_RE.search(said):
            return before
    return None


# --- Traditional pages: a purpose cut to what it names, and 過 as "over" (session 24, wave 2) ---

# a period opening the phrase (2019年第二季, 第一季的, 去年): when, not what
_PERIOD_LEAD_RE = re.compile(r"^(?:\d{4}年)?(?:第[一二三四1-4]季度?|上半年|下半年|去年|今年|明年|全年)的?")
# a count of holders before the thing held (已有逾3万个家庭储蓄户口): the thing
# (only after 有: 对中心城区1920个旱厕进行改造 counts what is done, and stays)
_COUNT_LEAD_RE = re.compile(r"^[^，。；：\d]{0,8}?有(?:超过|逾|近|约)?\d+(?:\.\d+)?[万千百]?个(?=[^，。；：]{2,})")
# a cause opening the phrase (以退休为由申请…, 是因为赢得了…): the act, not its reason
_CAUSE_LEAD_RE = re.compile(r"^(?:是因为|因为|由于)|以[^，。；：]{1,10}为由")
# a total named after what it totals (提取公积金的总额, 合约，总值): the thing
_TOTAL_TAIL_RE = re.compile(r"(?:的总额|的总值|的金额|，总值|，总额|，共|，合共)$")
# a cap named before the amount (医疗津贴上限为$2,500): the cap, after its last 的
_CAP_NOUN_RE = re.compile(r"([^，。；：的\d]{2,8})上限(?:为|合共|共|是|定为|约为)?$")
# a subsidy or spending the sentence says is needed (当局预计每年须资助近三千万): the noun
_NEEDED_RE = re.compile(
    r"(?:每月|每年|每日)?(?:需要|需|须|要)(补贴|津贴|资助|拨款|开支|支出|花费|赔偿|补助)(?:约|近|逾|超过)?$"
)


# what 过 after these is not "over": a word (通过, 超过, 经过 …) or, after a verb of giving, taking or
# paying, the aspect of an act done (曾收过5万港元利益, 借过, 赔过)
_NOT_OVER_BEFORE_GUO = frozenset("通超经越跨度透闯熬渡错不" "收拿借欠赚花用付给赔罚输赢捐送领交贷投获受得筹募骗偷抢")


def tightened(text: str, rec: Money) -> Money:
    """A Traditional page's amount with its purpose cut to what it names (the period, a count of
    holders, a cause opening it, a total's word after it; a place opening it stays: 本港公共、私人投资,
    香港政府向受影响商户赔偿, tests/test_hk_round24.py) and a 過 glued before its number read as
    "over" (存款過50萬元).  Hong Kong and Taiwan news write these; the general rules keep them."""
    s = rec.start
    if (
        rec.qualifier == "exact"
        and s >= 2
        and text[s - 1] == "过"
        and text[s - 2] not in _NOT_OVER_BEFORE_GUO
        and text[s].isdigit()
    ):
        rec = Money(text[s - 1 : rec.end], rec.amount, rec.currency, s - 1, rec.end, rec.amount_max, "over", rec.purpose)
    purpose = rec.purpose
    if not purpose:
        return rec
    raw = text[max(0, rec.start - 24) : rec.start]
    pay = _pay_named(raw)
    if pay and len(purpose) > len(pay.group(1)) and purpose.endswith(pay.group(1)):
        cut = pay.group(1)  # 两人分别为年薪20.5万 (in any currency): the pay
    elif (cap := _CAP_NOUN_RE.search(raw)) and cap.group(1) + "上限" not in purpose and cap.group(1) in purpose:
        cut = cap.group(1) + "上限"
    elif (needed := _NEEDED_RE.search(raw)) and len(purpose) > len(needed.group(1)) and purpose.endswith(needed.group(1)):
        cut = needed.group(1)
    else:
        cut = _PERIOD_LEAD_RE.sub("", purpose)
        cut = _COUNT_LEAD_RE.sub("", cut)
        cut = _CAUSE_LEAD_RE.sub("", cut)
        cut = _TOTAL_TAIL_RE.sub("", cut)
    if cut == purpose or len(cut) < 2:
        return rec
    return Money(rec.text, rec.amount, rec.currency, rec.start, rec.end, rec.amount_max, rec.qualifier, cut)
