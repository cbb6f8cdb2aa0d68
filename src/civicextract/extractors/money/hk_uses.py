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
from .lexicon import ANAPHOR_DETERMINER
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
# an anaphor of a grant right before the per-head words (该津贴每名…可获): the grant is the use
_NAMED_BEFORE_HEAD_RE = re.compile(rf"{ANAPHOR_DETERMINER}(?:津贴|补贴|补助|资助|计划|基金|措施|方案)(?:下)?$")
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
        # 该津贴每名合资格长者可获3,000元: the allowance the text named before (purpose._resolve_anaphor
        # reads 该津贴 back to its name), not who each gets it (hk25b)
        named = _NAMED_BEFORE_HEAD_RE.search(raw, 0, head.start())
        return named.group() if named else head.group(1)
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
# (or the sums it involves: 该方案所涉及的金额逾60亿元; 个案涉及金额 is left to hk_use, session 25)
_TOTAL_TAIL_RE = re.compile(r"(?:的总额|的总值|的金额|，总值|，总额|，共|，合共|所?涉及的金额(?:规模)?)$")
# a cap named before the amount (医疗津贴上限为$2,500): the cap, after its last 的
# (and one raised to its new level: 宽免上限提高至900元, session 25)
_CAP_NOUN_RE = re.compile(r"([^，。；：的\d]{2,8})上限(?:为|合共|共|是|定为|约为|增至|提高至|上调至|调高至|提升至)?$")
# a subsidy or spending the sentence says is needed (当局预计每年须资助近三千万): the noun
_NEEDED_RE = re.compile(
    r"(?:每月|每年|每日)?(?:需要|需|须|要)(补贴|津贴|资助|拨款|开支|支出|花费|赔偿|补助)(?:约|近|逾|超过)?$"
)


# what 过 after these is not "over": a word (通过, 超过, 经过 …) or, after a verb of giving, taking or
# paying, the aspect of an act done (曾收过5万港元利益, 借过, 赔过)
_NOT_OVER_BEFORE_GUO = frozenset("通超经越跨度透闯熬渡错不" "收拿借欠赚花用付给赔罚输赢捐送领交贷投获受得筹募骗偷抢")


# --- Hong Kong budget lines (session 25): the use said after the amount, or in the clause before ---

# a money noun glued after the amount (去年录得65亿元赤字): the amount is the deficit
_NOUN_AFTER_RE = re.compile(r"(盈余|赤字|亏损|结余)")
# moved to a fund, then what for (拨出40亿元予某某基金，以资助…): the use after 以
_MOVED_USE_RE = re.compile(
    r"(?:(?:至|到|予|入)[^，。；：！？\n]{2,16}?(?:基金|储备|帐户|账户)|(?:追加)?拨款)，?以(?:便)?"
    r"((?:支持|推动|资助|兴建|加强|支付|应付|推行|发展|促进|协助)[^，。；：！？\n]{2,16})"
)
# the size of the sums "it" involves (称涉及金额…), and what the clause before sums up
_INVOLVED_SIZE_RE = re.compile(r"(?:指|称|表示|估计)?所?涉及的?(?:金额(?:规模)?|开支)")
# (or the measure that opens the clause before: 此项措施可让…受惠，涉及的开支约…)
_THIS_MEASURE_RE = re.compile(r"(?:这项|该项|此项|有关)(?:建议|措施|计划|方案|安排)")
_SUMMED_RE = re.compile(r"(?:综合|宣布|推出|提出|公布|包括|推行)了?([^，。；：！？\n]{2,12})$")
# a spending noun after the amount and 的 (…元的经常开支)
_SPENDING_OF_RE = re.compile(r"的(经常开支|经常拨款|营运开支|额外开支|开支|拨款)(?=[，。；、！？\n])")
# a raise or cut opening its clause right before the amount (，减价4毫)
_RAISE_BY_RE = re.compile(r"[，,](加价|减价|加|减)$")
# a fine (定额罚款, 最高罚款) and a step from one level of fines to the next (调高至第四级的)
_FINE_RE = re.compile(r"(?:定额|最高)?罚款")
_FINE_STEP_RE = re.compile(r"(?:由|也由)?(?:提升|提高|增加|上调|调高)(?:到|至)第[一二三四五六七八九十\d]+级的?")
# a use after 以 later in the sentence (把…亿元，分三年注入某某基金以推动…)
_USE_AFTER_RE = re.compile(r"以(?:便)?((?:支持|推动|资助|兴建|加强|支付|应付|推行|发展|促进|协助)[^，。；：！？\n]{2,16})")
# a cost noun before the amount and the thing after it (总造价约90亿元的某大桥，)
_COST_NOUNS = frozenset({"造价", "总造价", "成本", "总成本", "工程费", "工程费用"})
_COST_OF_RE = re.compile(r"的([^，。；：！？\n的]{2,10})(?=[，。；：！？\n])")
# a spending figure that names no use (估计全年开支约6亿元): the thing the clause before increases
_BARE_SPENDING_RE = re.compile(r"(?:预算|预计|估计)?(?:每年|全年|额外)?(?:总)?(?:开支|支出)")
_INCREASED_RE = re.compile(
    r"(?:将|把)?([^，。；：！？\n将把]{2,14}?)(?:亦|也|还)?(?:会|将)?(?:增加|增至|增设|增发|提高|扩大)[\d一二三四五六七八九十两千万]"
)
# a verb of keeping after the thing priced (某渡轮月票仍保持在500元): the thing
_KEPT_TAIL_RE = re.compile(r"(?:仍|亦|也)?(?:会|将)?(?:维持|保持|定)(?:在|于|为)?$")
_KEPT_LEFT_RE = re.compile(r"(?:仍|亦|也)?(?:会|将)?(?:维持|保持|定)?(?:在|于|为)?$")


# --- hk25b: a listed item after its amount, a part handed on, a commitment and its use after 用以 ---

# the words an item of a 、-list may open with before its amount (、以及涉资约6亿元的某项目)
_LIST_ITEM_LEAD_RE = re.compile(r"(?:以及|及|和|与)?(?:涉款|涉资|涉及)?")
# the thing named right after the amount, up to the next item or clause (、4亿元某体育馆翻新、)
_ITEM_AFTER_RE = re.compile(r"的?([^、，。；：！？\n\d的]{2,24}?)(?=[、，。；：！？\n]|以及)")
# words that open a use or a verb, not a thing: the item rule leaves them to the others
_NOT_A_THING_RE = re.compile(r"^(?:用于|用作|用以|予|给|作|以|为|是|及|和|与|或|不等|左右|以上|以下|以内|多|余)")
# a part of the sum just named, handed on (其中三亿元拨予某学院; 其中逾2亿元用于…)
_PART_WORDS = frozenset({"当中", "其中", "其余", "余下"})
_HANDED_RE = re.compile(r"(?:拨予|拨给|予|给|用于|用作|作为|作)([^，。；：！？\n]{2,20})")
# a commitment or grant with its use after 用以/用于 (批出约9亿元的承担额，用于向…发放…; its 的 may be
# left out: 已作出N元拨款，用以支付…, round 28)
_COMMITMENT_USE_RE = re.compile(
    r"的?(?:新)?(?:承担额|拨款|非经常拨款)[，,]?(?:用以|用于|用作|以便|以)([^，。；：！？\n]{2,30})"
)


# a spending figure the sentence hangs on a handing out in the clause before (包括向某些人士多发一个月，政府开支…;
# 会为学童代付杂费，涉及政府开支…): the handing out
_GOVT_SPENDING_RE = re.compile(r"(?:涉及)?(?:政府|当局)?的?(?:开支|支出)")
_HANDED_OUT_RE = re.compile(r"((?:向|为)[^，。；：！？\n]{2,20}?(?:发放|派发|发|派|代缴|代付|提供|支付)[^，。；：！？\n]{1,10})$")
# a sum set aside for a field (为安老增拨八亿元经常开支): the field, not the spending noun after the amount
_SET_ASIDE_FOR_RE = re.compile(r"为([^，。；：！？\n为]{2,12})(?:增拨|拨出|预留|拨款|额外拨款)$")
_SPENDING_NOUNS = frozenset({"经常开支", "经常拨款", "开支", "拨款", "额外开支", "营运开支"})


# an appropriation whose use the next clause gives with 为, a pay rise's percentage at its end (财委会再批出拨款
# 600万元，为某些人员加薪2.5%): the use, not the act of appropriating
_APPROPRIATED_RE = re.compile(r".*(?:拨款|拨出|批出)$")
_FOR_AFTER_RE = re.compile(r"[，,](为[^，。；：！？\n\d]{3,24}?)(?:\d+(?:\.\d+)?%)?(?=[，。；：！？\n]|$)")
# an injection the amount closes, the next act joined by 并 (向某基金注资80亿元并拨款…): the injection
_JOINED_ACT_RE = re.compile(r"(?:并|及|再)(?:拨款|拨出|注资|预留)")
_INJECTED_RE = re.compile(r"(向[^，。；：！？\n向]{2,16}?(?:注资|拨款|增拨))$")
# an application for money whose scheme the clause before names (审议某某计划，追加…元的拨款申请)
_APPLICATION_NOUNS = frozenset({"拨款申请", "追加拨款", "拨款", "申请"})
_REVIEWED_RE = re.compile(r"(?:审议|讨论|通过|研究)了?(?:特区政府|政府)?([^，。；：！？\n]{2,16}?(?:计划|项目|工程|基金|设施|方案))$")


def _listed_item(text: str, rec: Money) -> str | None:
    """The thing after an amount that opens an item of a 、-list (包括涉资约12亿元的某泳池重建、4亿元
    某体育馆翻新、3亿元某公园改善): each amount is its own item's, not the item before."""
    sep = text.rfind("、", max(0, rec.start - 8), rec.start)
    if sep < 0 or not _LIST_ITEM_LEAD_RE.fullmatch(text, sep + 1, rec.start):
        return None
    item = _ITEM_AFTER_RE.match(text, rec.end, rec.end + 40)
    if item is None or _NOT_A_THING_RE.match(item.group(1)):
        return None
    return item.group(1)


def _sentence_start(text: str, pos: int) -> int:
    return max(text.rfind(c, 0, pos) for c in "。！？\n") + 1


def _said_around(text: str, rec: Money, purpose: str) -> str | None:
    """The use of a Hong Kong budget line that the words after the amount, or the clause before its
    bare spending noun, name (tests/test_hk_round25.py); ``None`` when neither does."""
    if rec.currency != "HKD":
        return None
    after = text[rec.end : rec.end + 40]
    if (noun := _NOUN_AFTER_RE.match(after)) is not None and not (purpose and after.startswith(purpose, noun.end())):
        # (用其中N元盈余扶持产业: the surplus spent on an act the rules took as the use, round 28)
        return noun.group(1)
    if (item := _listed_item(text, rec)) is not None:
        return item
    if purpose in _PART_WORDS and (handed := _HANDED_RE.match(after)) is not None:
        return handed.group(1)  # 其中三亿元拨予某学院: the part goes to the body after 予, not "其中"
    if purpose in _SPENDING_NOUNS and (field := _SET_ASIDE_FOR_RE.search(text, max(0, rec.start - 16), rec.start)):
        return field.group(1)  # 为安老增拨八亿元经常开支: elderly care
    if purpose and _GOVT_SPENDING_RE.fullmatch(purpose):
        sent = _sentence_start(text, rec.start)
        comma = text.rfind("，", sent, rec.start)
        if comma > sent:
            prev = text[max(sent, text.rfind("，", sent, comma) + 1) : comma]
            if (handed_out := _HANDED_OUT_RE.search(prev)) is not None:
                return handed_out.group(1)
    if purpose and _APPROPRIATED_RE.fullmatch(purpose) and (use_for := _FOR_AFTER_RE.match(after)) is not None:
        return use_for.group(1)
    if purpose and _JOINED_ACT_RE.fullmatch(purpose):
        injected = _INJECTED_RE.search(text, max(_sentence_start(text, rec.start), rec.start - 20), rec.start)
        if injected is not None:
            return injected.group(1)
    if purpose in _APPLICATION_NOUNS:
        sent = _sentence_start(text, rec.start)
        comma = text.rfind("，", sent, rec.start)
        if comma > sent:
            prev = text[max(sent, text.rfind("，", sent, comma) + 1) : comma]
            if (reviewed := _REVIEWED_RE.search(prev)) is not None:
                return reviewed.group(1)
    if (committed := _COMMITMENT_USE_RE.match(after)) is not None:
        return committed.group(1)  # …的承担额，用于向…发放…: the use, not the commitment's word
    if (of_noun := _SPENDING_OF_RE.match(after)) is not None:
        return of_noun.group(1)  # 拨出9亿元的经常开支，把…: the spending, not what follows
    if (moved := _MOVED_USE_RE.match(after)) is not None:
        return moved.group(1)
    if (step := _RAISE_BY_RE.search(text, max(0, rec.start - 4), rec.start)) is not None:
        return step.group(1)  # …，减价4毫: the cut, not the route of the clause before
    sent = _sentence_start(text, rec.start)
    if not purpose or _FINE_STEP_RE.fullmatch(purpose):
        # 最高罚款，由某级的$X调高至第四级的$Y: the fine the sentence names before
        fines = _FINE_RE.findall(text, sent, rec.start)
        return fines[-1] if fines else None
    if _INVOLVED_SIZE_RE.fullmatch(purpose):
        # 宣布多项支援措施，称涉及金额约40亿元: what the clause before sums up
        comma = text.rfind("，", sent, rec.start)
        prev = text[max(sent, text.rfind("，", sent, max(sent, comma)) + 1) : comma] if comma > sent else ""
        summed = _SUMMED_RE.search(prev) or _THIS_MEASURE_RE.match(prev)
        return summed.group(summed.lastindex or 0) if summed else None
    if purpose.endswith("把"):
        # 把200亿元，分三年注入某某基金以推动…: the use the sentence gives after 以
        end = min((i for i in (text.find(c, rec.end) for c in "。！？\n") if i >= 0), default=len(text))
        use = _USE_AFTER_RE.search(text, rec.end, end)
        return use.group(1) if use else None
    if _PLACE_LEAD_RE.sub("", purpose) in _COST_NOUNS and (of := _COST_OF_RE.match(after)) is not None:
        return of.group(1)  # 总造价约90亿元的某大桥: the bridge, not its cost
    if _BARE_SPENDING_RE.fullmatch(purpose):
        sent = max(text.rfind(c, 0, rec.start) for c in "。！？\n") + 1
        clause_start = text.rfind("，", sent, rec.start)
        if clause_start > sent:
            prev = text[max(sent, text.rfind("，", sent, clause_start) + 1) : clause_start]
            prev = re.sub(r"^(?:同时|此外|另外|另一方面)", "", prev)
            if (thing := _INCREASED_RE.search(prev)) is not None:
                return thing.group(1)
    if purpose.startswith("于") and "由" + purpose in text[max(0, rec.start - 40) : rec.start]:
        return purpose[1:]  # 由于该津贴额已由…: the rules cut 由于 at 由 (from), its 于 stays
    if _KEPT_TAIL_RE.search(text, max(0, rec.start - 8), rec.start) is not None:
        kept = _KEPT_LEFT_RE.search(purpose)  # (the purpose may stop before the verb: 月票仍会|保持在)
        if kept is not None and 2 <= kept.start() < len(purpose):
            return purpose[: kept.start()]
    return None


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
        # (a fine named earlier in the sentence, a deficit after the amount: session 25)
        said = _said_around(text, rec, "")
        return rec if said is None else Money(rec.text, rec.amount, rec.currency, rec.start, rec.end, rec.amount_max, rec.qualifier, said)
    raw = text[max(0, rec.start - 24) : rec.start]
    pay = _pay_named(raw)
    if (said := _said_around(text, rec, purpose)) is not None:
        cut = said
    elif pay and len(purpose) > len(pay.group(1)) and purpose.endswith(pay.group(1)):
        cut = pay.group(1)  # 两人分别为年薪20.5万 (in any currency): the pay
    elif (cap := _CAP_NOUN_RE.search(raw)) and cap.group(1) + "上限" not in purpose and cap.group(1) in purpose:
        cut = cap.group(1) + "上限"
    elif cap and cap.group(1).endswith(purpose):
        cut = purpose + "上限"  # (明年某某宽免上限提高至…: the cap's noun ran past the purpose's start)
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


# --- fares and charges told in steps (session 25): 由9.2港元加至9.7港元, 其后再加价至660元 ---

_TO_NEXT_RE = re.compile(r"(?:只|仅)?(?:加至|增至|增加至|加价至|减至|降至|调整至|上调至|调高至|下调至)")
_RAISED_AFTER_RE = re.compile(r"(?:之后|其后|随后|然后|届时)?(?:会|将)?(?:再)?(?:加价|加|增加|上调|调高)(?:至|到)?")


def fare_steps(text: str, records: list[Money]) -> list[Money]:
    """A Hong Kong dollar fare's old value takes the use of its new one (由9.2港元加至9.7港元), and a
    raise told after a price (…保持在640元，到年底，其后再加价至660元) the price's use."""
    out = list(records)
    for i, rec in enumerate(out):
        if rec.currency != "HKD":
            continue
        nxt = out[i + 1] if i + 1 < len(out) else None
        prev = out[i - 1] if i else None
        use = None
        if rec.purpose is None and nxt is not None and nxt.currency == "HKD" and nxt.purpose:
            if _TO_NEXT_RE.fullmatch(text, rec.end, nxt.start):
                use = nxt.purpose
        elif (
            rec.purpose
            and _RAISED_AFTER_RE.fullmatch(rec.purpose)
            and _RAISE_BY_RE.search(text, max(0, rec.start - 4), rec.start) is None  # (，减价4毫: the cut itself)
            and prev is not None
            and prev.currency == "HKD"
            and prev.purpose
            and _sentence_start(text, rec.start) <= prev.start
        ):
            use = prev.purpose
        if use is not None:
            out[i] = Money(rec.text, rec.amount, rec.currency, rec.start, rec.end, rec.amount_max, rec.qualifier, use)
    return out
