"""Metrics, round 28: the classes that round 28's blind hold-out (stored web pages of county and city sites,
statistics releases, work-report digests, township news and Hong Kong / Macau / Taiwan releases; part A) showed
the rules missing, each pinned by exact records, with guards of the shapes each rule must leave alone.

The set itself is kept on the development machine (/work/pages_sets/holdout_metrics_r28*.jsonl and its builder),
not in the repository: the stored web pages may be read for reference but not copied verbatim. So the cases
from the set's pages (marked with the page's id) are sentences written anew in the page's shape: the same
construction, script, units and structural words, with other places, subjects, numbers and wording. Texts of
the repository's corpora (CLUENER, dev/fit, earlier hold-outs) are quoted as they are.

- A change in percent and the level it reached (微升N%至M人次) are two figures, not one percent range.
- A share or a bare change noun after a figure's clause takes that clause's topic, with no 的 (为N人次，占入境旅客M%),
  in brackets (有N人次（占总数M%）) and with a verb between (增幅达, 跌幅为); a bracketed aside holding a figure is
  no noun or predicate of the figure before it; a comma grouping digits (2,418,905) ends no clause.
- People counted after a longer relative clause (N名涉嫌…的本地雇主), the people noun a word of its own (客户,
  not the 客 of 旅游客车); a count or share followed by 是 and the people (约六成、即N多人是香港居民).
- 三成几 is over 30%, as 三成多; a figure quoted alone (比“N%左右”的X目标) is no name; 人次则为N万; 十大关键X is
  an N大 count; 透过 is no 过 of "over".
- 录得/吸引了 N人次 + what they did; a share after 以X居多 is X's; a count after a rate's clause (增幅达N%，为M人次)
  and a share right after a count take that owner; a change clause opening with its base (比1978年增长N倍) is
  skipped for the owner of the next change.
- A change alone after an adverb or a month's base (亦较去年11月增加), across a clause framing the comparison
  (与…比较，); 两者都 + two figures: what the two figures before counted.
"""

from __future__ import annotations

import pytest

import civicextract

PIPE = civicextract.Pipeline(kinds=("metrics",))


def _records(text: str) -> list[tuple[str, str, str, str | None]]:
    return [(m.text, m.unit, m.qualifier, m.subject) for m in PIPE.extract(text).metrics]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # written anew in the shape of p28-14 (a Macau paper's statistics report, Traditional)
        (
            "團體旅客有2,418,905人次(佔總數43.2%),較去年同月下降9.5%,散客則微升2.3%至987,614人次。",
            [("2,418,905人次", "人次", "exact", "团体旅客"), ("43.2%", "%", "exact", "团体旅客占总数"),
             ("9.5%", "%", "exact", "团体旅客较去年同月下降"), ("2.3%", "%", "exact", "散客则微升"),
             ("987,614人次", "人次", "exact", "散客则微升")],
        ),
        (
            "東南亞旅客按年減少7.3%至412,508人次,當中泰國旅客有96,227人次,跌幅為11.4%。",
            [("7.3%", "%", "exact", "东南亚旅客按年减少"), ("412,508人次", "人次", "exact", "东南亚旅客按年减少"),
             ("96,227人次", "人次", "exact", "泰国旅客"), ("11.4%", "%", "exact", "当中泰国旅客跌幅")],
        ),
        # CLUENER train 3738: the fall is a figure, the level reached is money
        ("深发展由于大额拨备了56亿元同时核销不良贷款94亿元，导致全年净利润下滑77%至6亿元左右。",
         [("77%", "%", "exact", "导致全年净利润下滑")]),
        # guard (made up): a range of shares writes its sign at both ends
        ("增长5%至10%。", [("5%至10%", "%", "range", "增长")]),
    ],
)
def test_change_then_level(text, expected):
    assert _records(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # written anew in the shape of p28-13 (gov.mo, Traditional)
        ("過夜旅客為463,918人次,佔入境旅客47.5%。",
         [("463,918人次", "人次", "exact", "过夜旅客"), ("47.5%", "%", "exact", "过夜旅客占入境旅客")]),
        ("來自韓國旅客增長明顯,增幅達27.9%,日本旅客上升6.8%",
         [("27.9%", "%", "exact", "来自韩国旅客增幅"), ("6.8%", "%", "exact", "日本旅客上升")]),
        (
            "歐洲旅客增幅達34.6%,為2,051,377人次,佔旅客總數18.9%,美洲及大洋洲旅客亦分別佔9.4%及3.1%。",
            [("34.6%", "%", "exact", "欧洲旅客增幅"), ("2,051,377人次", "人次", "exact", "欧洲旅客"),
             ("18.9%", "%", "exact", "欧洲旅客占旅客总数"), ("9.4%", "%", "exact", "美洲"),
             ("3.1%", "%", "exact", "大洋洲旅客")],
        ),
        # written anew in the shape of p28-16 (a Taipei statistics bulletin, Traditional)
        (
            "112年底高雄市列管的低收入戶長者計4,318人,男性以輕度失能居多,占男性長者約5成,女性則以中度失能居多,占女性長者約4成;",
            [("4,318人", "人", "exact", "112年底高雄市列管的低收入户长者"),
             ("约5成", "%", "approx", "轻度失能占男性长者"), ("约4成", "%", "approx", "中度失能占女性长者")],
        ),
        # guard: holdout_subject_r25 r25-x03, a share after a rate stays the rate's own
        (
            "2025年，文化服务业实现营业收入85811亿元，比上年增长12.0%，占规模以上文化企业的比重比上年提高2.3个百分点，",
            [("12.0%", "%", "exact", "文化服务业实现营业收入比上年增长"),
             ("2.3个百分点", "个百分点", "exact", "占规模以上文化企业的比重比上年提高")],
        ),
        # guard: holdout_purpose_r12 p12-09, a date in brackets is no figure's aside
        ("在银河3期（包含2023年9月计划开业的安达仕酒店）开业后，", [("3期", "期", "exact", "在银河")]),
    ],
)
def test_share_or_change_after_a_figure(text, expected):
    assert _records(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # written anew in the shape of p28-28 (新华社香港)
        (
            "海关共扣查1385名涉嫌携带违禁物品并逃避申报的过境旅客及9名涉嫌雇用外籍黑工的本地雇主，当中402名过境旅客已被检控",
            [("1385名", "名", "exact", "过境旅客"), ("9名", "名", "exact", "本地雇主"), ("402名", "名", "exact", "过境旅客")],
        ),
        # CLUENER train 4000, holdout_officials_r17 or17-n05
        ("本地工商银行将三名欠款不还的客户告上法庭，", [("三名", "名", "exact", "客户")]),
        ("精选了2名熟悉旅游工作的党政干部和3名专业技术人才，组建了",
         [("2名", "名", "exact", "党政干部"), ("3名", "名", "exact", "专业技术人才")]),
        # guard: holdout_metrics_r27b n27-c07, the 客 of 客车 is no person
        ("一辆载有21名中国游客的旅游客车在越南中部庆和省发生侧翻事故。", [("21名", "名", "exact", "中国游客")]),
        # written anew in the shape of p28-30 (am730, from RTHK, Traditional)
        (
            "入境方面,全日約有38萬人次抵港,當中約六成、即22萬9千多人是香港居民。最多旅客經落馬洲口岸入境,",
            [("38万人次", "人次", "approx", "抵港"), ("约六成", "%", "approx", "香港居民"),
             ("22万9千多人", "人", "over", "香港居民")],
        ),
        (
            "其中31萬6千多人次是本地居民回流,餘下四成幾、即19萬4千多人次是內地旅客,",
            [("31万6千多人次", "人次", "over", "本地居民"), ("四成几", "%", "over", "内地旅客"),
             ("19万4千多人次", "人次", "over", "内地旅客")],
        ),
    ],
)
def test_people_counted(text, expected):
    assert _records(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # written anew in the shape of p28-11 (china.com.cn); guard (made up): a quoted name with figures stays a name
        ("全省居民消费价格涨幅为2.3%,仍然比“3%左右”的调控目标低。",
         [("2.3%", "%", "exact", "全省居民消费价格涨幅"), ("3%左右", "%", "approx", "调控目标低")]),
        ("“3个100万”工程", []),
        # written anew in the shape of p28-28
        ("上半年外国游客录得同比上升6.4%,港澳游客的入境人次则为527万,同比上升3.8%。",
         [("6.4%", "%", "exact", "上半年外国游客录得同比上升"), ("527万", "人次", "exact", "港澳游客的入境人次"),
          ("3.8%", "%", "exact", "港澳游客的入境人次同比上升")]),
        # written anew in the shapes of p28-21 (光山新闻网) and p28-18 (a Taipei council report, written here in
        # Simplified); guard (made up): 大关 is a threshold
        ("本文整理出报告里的8大关键词,带您逐一解读。", [("8大关键词", "关键词", "exact", "关键词")]),
        ("突破万亿大关", []),
        ("县府持续透过5大策略,协助农民", [("5大策略", "策略", "exact", "策略")]),
        # written anew in the shapes of p28-20 (经济通, Traditional) and p28-26 (a township's news)
        ("國慶日(10月1日)全日錄得52.3萬人次過關,創下本年度單日紀錄。",
         [("52.3万人次", "人次", "exact", "过关")]),
        ("此外,开展了3场普法讲座,吸引了150多人次参加。",
         [("3场", "场", "exact", "普法讲座"), ("150多人次", "人次", "over", "参加")]),
    ],
)
def test_forms_and_verbs(text, expected):
    assert _records(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # written anew in the shape of p28-05 (people.com.cn)
        ("2020年全省棉花总产量为462万吨,比1978年增长3.1倍,年均增长2.7%。",
         [("462万吨", "吨", "exact", "2020年全省棉花总产量"), ("3.1倍", "倍", "exact", "全省棉花总产量比1978年增长"),
          ("2.7%", "%", "exact", "全省棉花总产量年均增长")]),
        # holdout_purpose_r4 pr48: the level a change reached
        ("销量方面，起亚全球业绩比去年第二季度增长了10.1%，达到了807,772辆。",
         [("10.1%", "%", "exact", "起亚全球业绩比去年第二季度增长"), ("807,772辆", "辆", "exact", "起亚全球业绩")]),
        # written anew in the shape of p28-19 (星岛, Traditional)
        (
            "日均遊客有3.45萬人次,與前年國慶長假比較,大幅上升1.92倍。而同期訪港遊客每日人次,亦較去年11月增加2.16倍。",
            [("3.45万人次", "人次", "exact", "日均游客"), ("1.92倍", "倍", "exact", "日均游客大幅上升"),
             ("2.16倍", "倍", "exact", "而同期访港游客每日人次亦较去年11月增加")],
        ),
        # written anew in the shape of p28-32 (香港新闻网, Traditional)
        (
            "機場上月的旅客總人次超過4千2百萬人次,按年上升6%,而過境旅客及轉機旅客的人次,分別有超過910萬人次和650萬人次,兩者都同比增加約8%和5%。",
            [("超过4千2百万人次", "人次", "over", "机场上月的旅客总人次"), ("6%", "%", "exact", "机场上月的旅客总人次按年上升"),
             ("超过910万人次", "人次", "over", "过境旅客"), ("650万人次", "人次", "exact", "转机旅客的人次"),
             ("约8%", "%", "approx", "过境旅客"), ("5%", "%", "exact", "转机旅客的人次")],
        ),
    ],
)
def test_what_a_change_is_of(text, expected):
    assert _records(text) == expected
