"""Money purpose, round 27: the classes fixed after round 27's blind set, and that set's quality floor.

Round 27 (corpus/holdout_money_r27.jsonl, 22 mainland texts; 7 Hong Kong Citizen News pages kept outside the
repository) read part A's errors and probed issue 12's classes (the use, never the actor; a currency conversion is
no purpose).  Each class is one sentence an annotator would state:

* a conversion word followed by 约 is still a conversion (折合约N港元 restates the amount before, it names no use);
* an appropriation approved or received (财委会通过N元拨款，兴建X; 学校获N元拨款，启动X) pays for what the clause
  after it does, not for the word 拨款;
* loans disbursed (贷款投放, 信贷投放) are one noun, the flow measured: the verb stays;
* who speaks (陈茂波表示，…; …，陈茂波称，…) and where it is said (在预算案中，…) are never a use, nor a doer with
  its modal words (政府会额外预留N元).

The cases quote real sentences where the stored corpora hold one (a public page of Hong Kong news items, a
Hong Kong education-fund note, round 27's Shandong report passage); no corpus holds the speaker, setting and
modal-doer shapes, so those cases set issue 12's quoted fragment 政府將預留300億港元 in made-up frames.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import civicextract

from . import dev_scorer

PIPE = civicextract.Pipeline(kinds=("money",))
CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _records(text: str) -> list[tuple[str, str, str, str | None]]:
    return [(r.text, r.currency, r.qualifier, r.purpose) for r in PIPE.extract(text).money]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 折合约: the conversion takes the fine's purpose, never 折合约 (real: a Hong Kong news item on an
        # Australian bill), and its 约 is "about" (numbers.QUALIFIER_PREFIX: 合约 after 折 is no contract)
        (
            "持續違規的社交平台最高可被罰款4950萬澳元，折合約2億5千萬港元。",
            [("4950万澳元", "AUD", "at_most", "罚款"), ("约2亿5千万港元", "HKD", "approx", "罚款")],
        ),
        # a period's rent about an amount (月租约)
        ("該單位月租約1.5萬元。", [("约1.5万元", "CNY", "approx", "该单位月租")]),
        # an appropriation received, its use the clause after (real: a Hong Kong education-fund note; its bare
        # 元 stays CNY, the page naming no Hong Kong cue the place rule weighs)
        (
            "2025 施政報告 QEF 預留 20 億元推進數字教育；本計劃成功申請學校獲一次過 50 萬元撥款，"
            "啟動及推動校本人工智能賦能教育（包括購置／訂閱／租用 AI 軟件／硬件／平台／資源、資助學生參加 AI 素養活動）。",
            [("20 亿元", "CNY", "exact", "推进数字教育"), ("50 万元", "CNY", "exact", "启动及推动校本人工智能赋能教育")],
        ),
        # loans disbursed (real: round 27's r27-s03, the 2026 Shandong report)
        (
            "“鲁惠通”兑现政策资金166亿元，“鲁执法”推动入企检查次数压减30%以上。“金融直达基层加速跑”促成贷款投放超8300亿元。",
            [("166亿元", "CNY", "exact", "“鲁惠通”兑现政策资金"), ("超8300亿元", "CNY", "over", "“金融直达基层加速跑”促成贷款投放")],
        ),
        # an appropriation approved by the Finance Committee (the shape of its news; made up)
        ("立法會財務委員會今日通過約50億元撥款，興建新界東北醫院。", [("约50亿元", "HKD", "approx", "兴建新界东北医院")]),
        ("財委會通過50億元撥款興建新界東北醫院。", [("50亿元", "HKD", "exact", "兴建新界东北医院")]),
        # (a clause after that tells of the money itself is no use)
        ("財委會通過約50億元撥款，撥款將分三年發放。", [("约50亿元", "HKD", "approx", "拨款")]),
        # who speaks, where it is said, a doer with modal words: no use is stated (issue 12's fragment, framed)
        ("陳茂波表示，政府將預留300億港元。", [("300亿港元", "HKD", "exact", None)]),
        ("在預算案中，政府將預留300億港元。", [("300亿港元", "HKD", "exact", None)]),
        ("政府將預留300億港元，陳茂波稱，款項用於防疫。", [("300亿港元", "HKD", "exact", None)]),
        ("李家超宣布，政府會額外預留100億港元。", [("100亿港元", "HKD", "exact", None)]),
        # and what held before, kept: the use after the amount, a for-clause, a conversion without 约
        ("政府將預留300億港元，以支援受疫情影響的行業。", [("300亿港元", "HKD", "exact", "支援受疫情影响的行业")]),
        ("為應對疫情，政府將預留300億港元。", [("300亿港元", "HKD", "exact", "应对疫情")]),
        ("這批疫苗總值約5000萬美元，約合3.9億港元。", [("约5000万美元", "USD", "approx", "这批疫苗总值"), ("3.9亿港元", "HKD", "approx", "这批疫苗总值")]),
        ("专项扶贫资金累计投入500万元。", [("500万元", "CNY", "exact", "专项扶贫资金")]),
    ],
)
def test_round27_classes(text, expected):
    assert _records(text) == expected


# Round 27's set (22 texts, 68 amounts; part B blind, scored before the first fix and after the last): A purpose
# 0.947 -> 1.000 (0.974 -> 1.000 once A's gold slip was corrected to fit's practice), B purpose 0.828 -> 0.828 with
# byte-identical predictions (0.966 -> 0.966 once B's four 同比多减 slips were corrected to dev's practice, after
# its last scoring); over the set money F1 0.993, qualifier 0.985, purpose 0.985 (main's code: 0.970).
FLOORS = {"money": 0.99, "qualifier": 0.98, "purpose": 0.98}


def _load(name: str) -> dict[str, dict]:
    rows = (json.loads(x) for x in (CORPUS / name).read_text(encoding="utf-8").splitlines() if x.strip())
    return {r["id"]: r for r in rows}


def test_round27_set_floor():
    pipe = civicextract.Pipeline()
    corpus = _load("holdout_money_r27.jsonl")
    pred = {aid: pipe.extract(rec["text"], id=aid).to_dict() for aid, rec in corpus.items()}
    tally = dev_scorer.score(_load("holdout_money_r27.gold.jsonl"), pred, corpus)
    got = {"money": tally.prf("money")[2], "qualifier": tally.ratio("qualifier")[0], "purpose": tally.ratio("purpose")[0]}
    assert {k: v for k, v in got.items() if v < FLOORS[k]} == {}
    assert tally.ratio("spans")[0] == 1.0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 约 after 折合 or a period's rent is "about"; 约 closing a word (合约, 租约, 条约) is not
        ("折合約2億5千萬港元", [("约2亿5千万港元", "approx")]),
        ("月租约1.5万元", [("约1.5万元", "approx")]),
        ("年租约8万元", [("约8万元", "approx")]),
        ("签订合约5000万元", [("5000万元", "exact")]),
        ("续签租约300万元", [("300万元", "exact")]),
    ],
)
def test_yue_after_a_word(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(r.text, r.qualifier) for r in PIPE.extract(text).money] == expected
