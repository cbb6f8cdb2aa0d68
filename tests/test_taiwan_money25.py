"""Taiwan money, round 25 (tw25): made-up Traditional sentences with exact records.

Families first (Taiwan's currency words and cues, 兆/億/萬 with thousands groups and digit by digit,
per-capita and per-household amounts, 元 after 新臺幣 written before the number, headlines), then the
classes of the blind batch's half A.  Bare 元 in a Taiwan article is TWD; 人民幣 stays CNY.
"""

import pytest

from .taiwan_rows import taiwan_rows as _money


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Taiwan's currency words and cues
        ("縣府今年編列新臺幣3億元，用於改善偏鄉道路。", [("3億元", 3e8, None, "TWD", "exact", "改善偏乡道路")]),
        ("經濟部將投入NT$500萬元協助中小企業轉型。", [("NT$500萬元", 5e6, None, "TWD", "exact", "协助中小企业转型")]),
        ("大陸國台辦宣布對台資企業提供人民幣10億元融資。", [("10億元", 1e9, None, "CNY", "exact", "融资")]),
        # 兆 / 億 / 萬 with thousands groups
        ("行政院會通過明年度總預算案，歲出規模達2兆8,000億元。", [("2兆8,000億元", 2.8e12, None, "TWD", "exact", "岁出规模")]),
        # 元 after 新臺幣 written before the number, with the (下同) note
        ("市府裁處該業者新臺幣（下同）4萬元罰鍰，並命限期改正。", [("4萬元", 4e4, None, "TWD", "exact", "罚锾")]),
        # per-capita amounts
        ("台北市政府今天宣布，低收入戶每人每月加發1,500元生活補助。", [("1,500元", 1500.0, None, "TWD", "exact", "生活补助")]),
    ],
)
def test_taiwan_families(text, expected):
    assert _money(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Chinese digits printed one by one before 億 / 萬 (and ○ for zero)
        ("行政院原估三一○○億元，最後核定四二五○億元。",
         [("三一○○億元", 3.1e11, None, "TWD", "exact", "行政院原估"), ("四二五○億元", 4.25e11, None, "TWD", "exact", "最后核定")]),
        ("立法院審查後，歲出原列六四二億七一五八萬三千元。",
         [("六四二億七一五八萬三千元", 64271583000.0, None, "TWD", "exact", "岁出原列")]),
        # 點 decimals before 兆
        ("該公司單季營收達一點○八兆元，而稅後純益為三九○六點二億元。",
         [("一點○八兆元", 1.08e12, None, "TWD", "exact", "该公司单季营收"), ("三九○六點二億元", 3.9062e11, None, "TWD", "exact", "税后纯益")]),
        # decimals of a grouped figure before 萬
        ("立法院審查後共減列31億4,260.5萬元。", [("31億4,260.5萬元", 3142605000.0, None, "TWD", "exact", "立法院审查后共减列")]),
        # two neighbouring digits are still a spoken range, not 34萬
        ("他捐了三四万元。", [("三四万元", 3e4, 4e4, "CNY", "range", "他捐")]),
    ],
)
def test_digits_one_by_one(text, expected):
    assert _money(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a listed firm's figures in Taiwan's business words (纯益, 每股盈余, 法说会) on a Traditional page
        ("該公司第二季營收7,215億元，稅後純益3,108億元。",
         [("7,215億元", 7.215e11, None, "TWD", "exact", "该公司第二季营收"), ("3,108億元", 3.108e11, None, "TWD", "exact", "税后纯益")]),
        ("公司法說會上表示，本季營收預估為9,000億元。", [("9,000億元", 9e11, None, "TWD", "exact", "本季营收预估")]),
        # a Taiwan article's sentence naming 預算案 alone stays Taiwan money
        ("行政院會通過特別預算，其中普發現金1800億元。這筆特別預算案的額度是4200億元，社福支出650億元。",
         [("1800億元", 1.8e11, None, "TWD", "exact", "普发现金"), ("4200億元", 4.2e11, None, "TWD", "exact", "这笔特别预算案的额度"),
          ("650億元", 6.5e10, None, "TWD", "exact", "社福支出")]),
        # a fine: 罰鍰 / 罰單 after the amount is the purpose, and Taiwan's food law a cue
        ("衛生局依食品衛生管理法對該業者開出一張180萬元罰單。", [("180萬元", 1.8e6, None, "TWD", "exact", "罚单")]),
        # a bare 萬元 of the flat cash handout
        ("行政院宣布普發萬元現金。", [("萬元", 1e4, None, "TWD", "exact", "现金")]),
        ("他家是村里有名的万元户。", []),
        # a bare budget verb: the bill the sentence named, or the use the next clause gives
        ("「115年度總預算案」今天在行政院會通過，編列共2兆9,150億元，較上年增加3%。",
         [("2兆9,150億元", 2.915e12, None, "TWD", "exact", "115年度总预算案")]),
        ("立法院會今天下午處理115年度總預算案，原列2兆9,500億元。", [("2兆9,500億元", 2.95e12, None, "TWD", "exact", "115年度总预算案")]),
        ("行政院會通過特別預算，經濟部共編列420億元，全數用於輔導傳統產業轉型。",
         [("420億元", 4.2e10, None, "TWD", "exact", "辅导传统产业转型")]),
    ],
)
def test_taiwan_half_a_classes(text, expected):
    assert _money(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quoted item right before the amount, a figure inside the quote too
        ("立法院會今天三讀通過這項專案計畫，內含「長照服務加碼」預算1,250億元。",
         [("1,250億元", 1.25e11, None, "TWD", "exact", "长照服务加码")]),
        ("立法院會今天三讀通過這項專案計畫，內含「每人補貼5千元」預算900億元。",
         [("5千元", 5e3, None, "TWD", "exact", "每人补贴"), ("900億元", 9e10, None, "TWD", "exact", "每人补贴5千元")]),
        # a second verb on the same item is that item's money
        ("立法院會決議，刪減交通部道路宣導費3,200萬元，另凍結1,400萬元。",
         [("3,200萬元", 3.2e7, None, "TWD", "exact", "删减交通部道路宣导费"), ("1,400萬元", 1.4e7, None, "TWD", "exact", "删减交通部道路宣导费")]),
        # mainland money is untouched (no Taiwan cue: 元 is CNY and no rule of tw_uses applies)
        ("会议决定，删减宣传经费350万元，另冻结240万元。",
         [("350万元", 3.5e6, None, "CNY", "exact", "删减宣传经费"), ("240万元", 2.4e6, None, "CNY", "exact", "另冻结")]),
    ],
)
def test_taiwan_items(text, expected):
    assert _money(text) == expected
