"""Money purposes hold when what the rules should not depend on changes.

Each frame is a sentence shape of the genre (the use after 用于 or a verb of
use, a recipient before the grant, a count after 的, the means after 以, a
for-clause when the doer and verb say nothing, a list of amounts, Hong Kong
wording); it is filled with several uses, doers and amounts, and the purpose
must come out exactly as the frame says, whatever fills it.  Sentences are
synthetic, written for these tests.
"""

from __future__ import annotations

import itertools

import pytest

from civicextract.document import normalize
from civicextract.extractors.money.extractor import extract

USES = ("乡村道路硬化", "养老服务设施建设", "河道清淤疏浚", "中小学校舍维修")
DOERS = ("县财政", "市政府", "该区")
AMOUNTS = ("1200万元", "3.5亿元", "45万元")

# (frame, the purpose of its one amount); {n} the use, {a} the doer, {m} the amount
FRAMES = [
    ("{a}投入{m}用于{n}", "{n}"),
    ("{a}安排资金{m}，用于{n}", "{n}"),
    ("{a}整合涉农资金{m}，集中用于{n}", "{n}"),  # an adverb before 用于
    ("{a}统筹{m}，重点用于{n}", "{n}"),
    ("{a}对{n}给予{m}补助", "{n}"),  # the recipient, not the kind of grant
    ("政府會向{n}提供{m}撥款", "{n}"),
    ("政府已為{n}預留{m}", "{n}"),
    ("抓好总投资{m}的12个{n}项目", "{n}项目"),  # the count after 的 is how many, not what
    ("{a}以{m}收购{n}", "收购{n}"),  # the means: what is done with the money
    ("为推进{n}，{a}投入资金{m}。", "推进{n}"),  # doer + verb + 资金 say nothing of the use
    ("今年，{a}已投入{m}，完成{n}", "完成{n}"),  # the clause after rather than nothing
    ("{a}编列预算{m}推动{n}", "推动{n}"),
    ("預留額外開支{m}，未來三年開設{n}", "未来三年开设{n}"),
]


@pytest.mark.parametrize(
    ("frame", "want", "use", "doer", "amount"),
    [(f, w, n, a, m) for (f, w), n, a, m in itertools.product(FRAMES, USES[:2], DOERS[:2], AMOUNTS[:2])],
)
def test_frame_gives_the_use(frame, want, use, doer, amount):
    text = frame.format(n=use, a=doer, m=amount)
    got = [(r.text, r.purpose) for r in extract(normalize(text))]
    assert got == [(amount, want.format(n=use))]


@pytest.mark.parametrize(("first", "second"), [("乡村道路硬化", "河道清淤疏浚"), ("中小学校舍维修", "养老服务设施建设")])
def test_list_of_amounts_shares_what_the_last_says(first, second):
    # without 分别 the use is the whole list's; with it each amount takes its own item
    # (issue 12 item 3: with 分别 each value takes its own subject; round 12)
    text = f"县财政投入1200万元、45万元用于{first}和{second}"
    assert [r.purpose for r in extract(normalize(text))] == [f"{first}和{second}"] * 2
    text = f"县财政分别投入1200万元、45万元用于{first}和{second}"
    assert [r.purpose for r in extract(normalize(text))] == [first, second]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a doer with no use stated, anywhere in the sentence: nothing, never the doer
        ("市政府将预留1200万元。", [("1200万元", None)]),
        # a clause that counts results is not the use; the money phrase before stays
        ("该区共投入资金1.5亿元，治理隐患333处", [("1.5亿元", "该区共投入资金")]),
        # a grant word alone takes the clause before only when it names the same grant
        ("資助合資格家庭的水費支出，每戶每季資助上限為3000元", [("3000元", "资助合资格家庭的水费支出")]),
        ("每户再补贴2000元，住房产权归受灾群众所有", [("2000元", "补贴")]),
        # a money noun right after the amount is what the money is, even after a verb of use
        ("平均每天3.5亿元研发经费投向创新", [("3.5亿元", "研发经费")]),
        # 各 and a conversion verb end the phrase before, not the money
        ("两人被判处罚金各5万元。", [("5万元", "两人被判处罚金")]),
        ("他先后收受他人财物折合人民币300余万元。", [("300余万元", "他先后收受他人财物")]),
        # the clause after says what the grant does: it wins over the recipient
        ("向康文署撥款3億元，提供500個培訓名額", [("3亿元", "提供500个培训名额")]),
    ],
)
def test_boundaries(text, expected):
    assert [(r.text, r.purpose) for r in extract(normalize(text))] == expected
