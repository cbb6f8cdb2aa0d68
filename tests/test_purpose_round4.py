"""Purposes and amounts of the classes the round-4 purpose hold-out exposed (part A).

Mainland sentences come from the copyable hold-out articles of part A
(corpus/holdout_purpose_r4.jsonl); Hong Kong ones are written for these tests
in the style of Citizen News, in Traditional script (no text of the
evaluation-only pages is quoted).  Each case pins the exact purpose (and
currency where the class is about the amount).
"""

from __future__ import annotations

import pytest

from civicextract.document import normalize
from civicextract.extractors.money.extractor import extract


def _money(text: str) -> list[tuple[str, str, str | None]]:
    return [(r.text, r.currency, r.purpose) for r in extract(normalize(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a conversion in a bracket right after the amount restates it; the use is not the bracket's words
        (
            "阿尔及利亚已经提交成为金砖国家新开发银行股东成员的申请，预计出资15亿美元（约合人民币107.82亿元）。",
            [("15亿美元", "USD", "预计出资"), ("107.82亿元", "CNY", "预计出资")],
        ),
        # what follows the bracket is the use (a budget noun, or 用於 X); 坡元 is Singapore money
        (
            "政府預留20億坡元（約112億港元）紓困預算，其中5億坡元（約28億港元）用於支援中小企。",
            [
                ("20亿坡元", "SGD", "纾困预算"),
                ("约112亿港元", "HKD", "纾困预算"),
                ("5亿坡元", "SGD", "支援中小企"),
                ("约28亿港元", "HKD", "支援中小企"),
            ],
        ),
        # 涉及 links like 达到: the money noun after the amount, not 涉
        ("政府表示，涉及約12億元財政承擔。", [("约12亿元", "CNY", "财政承担")]),
        # a time word alone says when: the clause before names the money
        ("去年寬減差餉，當時每戶上限為3000元。", [("3000元", "HKD", "宽减差饷")]),
        # 上调到了 restates the amount before
        (
            "福特汽车也上调了电动汽车业务全年的亏损预期，由此前预计的30亿美元，上调到了45亿美元。",
            [
                ("30亿美元", "USD", "福特汽车也上调了电动汽车业务全年的亏损预期"),
                ("45亿美元", "USD", "福特汽车也上调了电动汽车业务全年的亏损预期"),
            ],
        ),
        ("每吨售价由800元涨至1200元。", [("800元", "CNY", "售价"), ("1200元", "CNY", "售价")]),
        ("当局建议将最低工资由37.5元上调至40元。", [("37.5元", "CNY", "当局建议将最低工资"), ("40元", "CNY", "最低工资")]),
        # 提升至 is trimmed whole (was 升至, leaving 提)
        ("我市最低工资标准提升至每月2200元。", [("2200元", "CNY", "我市最低工资标准")]),
        # a generic noun after 的 (水平, 犯罪事实) gives way to the phrase before
        ("當局建議把綜援金額提高至每月5000元的水平。", [("5000元", "HKD", "综援金额")]),
        (
            "同时，杨某娜还交代于5月21日和6月9日，其以同样手段在白塔镇诈骗另外2名老人，共计12500元的犯罪事实。",
            [("12500元", "CNY", "其以同样手段在白塔镇诈骗另外2名老人")],
        ),
        # amounts joined by commas and 以及 share the noun after the last
        (
            "公司分三期發放3000元，3500元以及4000元的年終獎金。",
            [("3000元", "CNY", "年终奖金"), ("3500元", "CNY", "年终奖金"), ("4000元", "CNY", "年终奖金")],
        ),
        # a cost and what it buys
        (
            "2022年底，求职心切的宝应市民林某刷手机短视频时看到一则广告，称仅需800元就可以“代考”各种特种行业许可证。",
            [("800元", "CNY", "“代考”各种特种行业许可证")],
        ),
        # a money noun written after the amount (造价), restated by 超支到
        ("该隧道由原先的85亿元造价，超支到将近110亿元。", [("85亿元", "CNY", "造价"), ("110亿元", "CNY", "造价")]),
        # 者 after a threshold is who, not what
        ("月入2萬元以下者可申請津貼。", [("2万元以下", "CNY", "可申请津贴")]),
        # who receives it is no purpose: the topic clause (就 X) is
        ("就每名成功轉介的學員，機構可獲2000港元。", [("2000港元", "HKD", "每名成功转介的学员")]),
        # a leading 或 of a two-item list; a closing bracket after the amount is no purpose
        ("奖金为75万或150万元。", [("75万", "CNY", "奖金"), ("150万元", "CNY", "奖金")]),
        ("書簿津貼的上限為每年800元）。", [("800元", "CNY", "书簿津贴")]),
        # a measure forecast keeps its noun (預計達), a speaker's forecast never does; 跌至 is trimmed
        (
            "政府今年的財政赤字預計達900億元，財政儲備將跌至7000億元。",
            [("900亿元", "CNY", "政府今年的财政赤字"), ("7000亿元", "CNY", "财政储备")],
        ),
        ("當局預計，計劃每年涉及額外開支約5億元。", [("约5亿元", "CNY", "计划每年涉及额外开支")]),
        # 其后 alone is a time word: the measure of the amount before goes on
        ("該計劃首年開支為12億元，其後每年約8億元。", [("12亿元", "CNY", "该计划首年开支"), ("约8亿元", "CNY", "该计划首年开支")]),
        # the first amount's noun and a joiner say nothing of the second amount
        ("被告以1萬元現金及2萬元人身擔保獲准保釋。", [("1万元", "CNY", "现金"), ("2万元", "CNY", "人身担保获准保释")]),
        # a grant compounded with its money noun, whole; a grant noun followed by 用作 X: X
        ("每名僱員每月最多可獲9000元工資補貼。", [("9000元", "CNY", "工资补贴")]),
        ("立法會財委會今日通過約85億元撥款，用作興建臨時醫院。", [("约85亿元", "HKD", "兴建临时医院")]),
        # the recipient of a grant never spans the verb, and a named grant may follow it
        # (since session 25 the named grant, as the hold-out golds write it: 为…新生发放资助金 -> 资助金 in
        # holdout_purpose pp03, 对…优秀者给予每人1万元…奖励 -> 奖励 in holdout_money_r16 c19)
        ("对符合条件的首次创业者给予一次性创业补贴5000元。", [("5000元", "CNY", "一次性创业补贴")]),
        # a change compared with a base (比年初增加) is the measure of the figure before
        (
            "截至6月底，全市各项贷款余额达1.5万亿元，比年初增加1200亿元。",
            [("1.5万亿元", "CNY", "全市各项贷款余额"), ("1200亿元", "CNY", "全市各项贷款余额")],
        ),
        # 今年以来 is one time phrase (not 来累计…)
        ("今年以来累计为企业减税降费2.3亿元。", [("2.3亿元", "CNY", "为企业减税降费")]),
        # only a cost, and what it buys in the next clause
        ("市民只需花9.9元，即可享受全年不限次数的公园游览。", [("9.9元", "CNY", "享受全年不限次数的公园游览")]),
        # a price word before the amount and 的: the thing priced (原价, 市值 like 总投资)
        ("原价3000元的手机现售1999元。", [("3000元", "CNY", "手机现售"), ("1999元", "CNY", "手机现售")]),
        ("这部市值1.2亿元的豪宅", [("1.2亿元", "CNY", "豪宅")]),
        # the means (以每年1元…): the money noun after it, not the whole clause
        ("政府以每年1元象徵式租金把土地批予該機構。", [("1元", "CNY", "象征式租金")]),
        # 由原来的 is trimmed whole
        ("有關工程的造價由原來的20億元增至35億元。", [("20亿元", "CNY", "有关工程的造价"), ("35亿元", "CNY", "有关工程的造价")]),
        # a headline's bracketed label is no part of the purpose
        ("【施政報告】儲備8000億元　政府派2000元購物券", [("8000亿元", "CNY", "储备"), ("2000元", "CNY", "购物券")]),
        # a plain money noun after the amount is the purpose when nothing before names the money
        ("该项目涉及约2亿元经费。", [("约2亿元", "CNY", "经费")]),
        ("兩類申請的資助額分別為30萬或60萬元費用。", [("30万", "CNY", "费用"), ("60万元", "CNY", "费用")]),
    ],
)
def test_round4_purposes(text, expected):
    assert _money(text) == expected


def test_list_of_three_amounts_shares_the_last_currency_word():
    # 10万、10万和2万元: every item before the last is money (the first one was lost)
    records = extract(normalize("而历经约5分钟的线上标价，最后分别以10万、10万和2万元售出。"))
    assert [(r.text, str(r.amount), r.currency) for r in records] == [
        ("10万", "100000", "CNY"),
        ("10万", "100000", "CNY"),
        ("2万元", "20000", "CNY"),
    ]
    text = "而历经约5分钟的线上标价，最后分别以10万、10万和2万元售出。"
    assert [text[r.start : r.end] for r in records] == ["10万", "10万", "2万元"]


def test_list_walk_needs_a_magnitude_on_every_item():
    # 1、2万元 is list numbering or a shared magnitude, never one yuan
    assert [(r.text, str(r.amount)) for r in extract(normalize("分别为1、2万元"))] == [("2万元", "20000")]


def test_table_cells_are_clauses():
    # Citizen News pages carry markdown tables: the row's label cell names the money
    text = "各項津貼金額如下：\n\n| 項目 | 金額 |\n| --- | --- |\n| 交通津貼 | 每月600元 |\n| 住屋津貼 | 最高3000元 |\n"
    assert [(r.text, r.purpose) for r in extract(normalize(text))] == [("600元", "交通津贴"), ("3000元", "住屋津贴")]
