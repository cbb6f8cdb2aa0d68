"""Taiwan money, round 25b (tw25b): made-up Traditional sentences with exact records.

A second blind batch of Taiwan pages (local press releases, relief, fines, transport grants, council
budget reviews) measured whether round tw25 carries over; these families are the classes it showed:
Taiwan-only words of local government, law and relief as currency cues (a bare 元 is TWD), a range
whose low end has no unit of its own (3000到2萬元), 每公頃 kept whole before a relief amount, 約 before
編列, the use written right after a budgeted amount, a cap named right after it, and 歲出 as a list's
second item.
"""

import pytest

from .taiwan_rows import taiwan_rows as _money


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Taiwan's local offices, laws, prosecutors, fiscal and relief words: one is enough on a Traditional page
        ("公館鄉公所今年發放每戶重陽禮金2000元。", [("2000元", 2000.0, None, "TWD", "exact", "公馆乡公所今年发放每户重阳礼金")]),
        ("環保局依廢棄物清理法開罰該清運業者6萬元。", [("6萬元", 6e4, None, "TWD", "exact", "环保局依废弃物清理法开罚该清运业者")]),
        ("檢警聯手查緝，地檢署追繳不法所得超過一億元。", [("一億元", 1e8, None, "TWD", "over", "地检署追缴不法所得")]),
        ("財劃法修正後，這個縣今年多分到80億元統籌分配款。", [("80億元", 8e9, None, "TWD", "exact", "统筹分配款")]),
        ("公路總局今年核定補助偏鄉客運新臺幣2.5億元。", [("2.5億元", 2.5e8, None, "TWD", "exact", "公路总局今年核定补助偏乡客运")]),
        ("縣府決定發放每人1500元振興券給縣民。", [("1500元", 1500.0, None, "TWD", "exact", "振兴券")]),
        ("金門縣政府明年度歲入預估120億元。", [("120億元", 1.2e10, None, "TWD", "exact", "金门县政府明年度岁入预估")]),
        # 兆 with a grouped 億 part
        ("民眾黨團指出，明年將有1兆4,329億元流向地方。", [("1兆4,329億元", 1.4329e12, None, "TWD", "exact", None)]),
        # mainland money in a Taiwan sentence stays CNY
        ("大陸國台辦宣布對台資企業提供人民幣5億元低利貸款。", [("5億元", 5e8, None, "CNY", "exact", "低利贷款")]),
    ],
)
def test_taiwan_cues(text, expected):
    assert _money(text) == expected


def test_one_new_cue_leaves_mainland_money_alone():
    # a Simplified page with one of the new words and nothing else Taiwanese stays CNY
    assert _money("该乡公所拨付扶贫资金20万元。") == [("20万元", 2e5, None, "CNY", "exact", "该乡公所拨付扶贫资金")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range's low end takes the high end's 萬 only where that keeps it below the high end
        ("市府表示，違規攤商可處3000到2萬元罰鍰。", [("3000到2萬元", 3000.0, 2e4, "TWD", "range", "罚锾")]),
        ("市府表示，違者可處3至5萬元罰鍰。", [("3至5萬元", 3e4, 5e4, "TWD", "range", "罚锾")]),
        # 每公頃 kept whole: the grant, not 頃補助
        ("颱風過後，農糧署公告受災農民可申請低利貸款，每公頃補助新臺幣八萬元。", [("八萬元", 8e4, None, "TWD", "exact", "补助")]),
        # 約 before 編列, and the use written right after the budgeted amount
        ("大湖鄉公所每年約編列80萬元經費維護社區公園。", [("80萬元", 8e5, None, "TWD", "approx", "维护社区公园")]),
        ("鄉公所以代墊款編列90萬元營運接駁車，待中央核定。", [("90萬元", 9e5, None, "TWD", "exact", "营运接驳车")]),
        # a budget's second side named in a list: 歲出 is its own item, not the 歲入 before it
        ("縣府明年原列歲入188億元、歲出195億元。", [("188億元", 1.88e10, None, "TWD", "exact", "县府明年原列岁入"), ("195億元", 1.95e10, None, "TWD", "exact", "岁出")]),
        # a cap named right after the amount
        ("立法院通過特別條例，把行政院提案的450億元總額上限再提高。", [("450億元", 4.5e10, None, "TWD", "exact", "总额上限")]),
    ],
)
def test_taiwan_shapes(text, expected):
    assert _money(text) == expected
