"""Metrics classes of round 9: the families left on dev, fit and every in-sample hold-out set
after the hold-out golds were calibrated against fit's conventions, and the classes of the
round-9 blind hold-out, part A (corpus/holdout_metrics_r9.jsonl).

Sentences come from the copyable articles (corpus/fit.jsonl, corpus/holdout_metrics*.jsonl;
ids in the comments) or are written in their style.  One case per class, with the records
expected exactly (text, value, value_max, qualifier, unit, subject).
"""

from __future__ import annotations

import pytest

from .test_metrics_round5 import PIPE, _records

CASES = [
    # 前 that ends a word (目前, 此前) marks no rank (m9-c05 had 目前5名犯罪嫌疑人); 前N名 still does
    (
        "目前3家企业已经投产，此前2家企业停产。",
        [("3家", "3", None, "exact", "家", "企业"), ("2家", "2", None, "exact", "家", "企业停产")],
    ),
    ("他进入全省前三名，排名前5名的企业获奖。", []),
    # N户M人 glued: one group told twice, named by the phrase before (fit t023)
    (
        "据当地媒体报道，先遣搜救队在8月5日11时17分抵达青松林场区域，与失联的79户161人取得联系并通过卫星电话报告平安。",
        [("79户", "79", None, "exact", "户", "失联"), ("161人", "161", None, "exact", "人", "失联")],
    ),
    # ... and what they did after the pair when nothing names them before
    (
        "全村有326户1024人参加了医保。",
        [("326户", "326", None, "exact", "户", "参加了医保"), ("1024人", "1024", None, "exact", "人", "参加了医保")],
    ),
    # a clause about the people between 名 and 的 + who they are (m5-c16)
    (
        "美国一家大型食品安全卫生服务提供商也被发现雇佣了31名年龄在13至17岁之间的儿童。",
        [("31名", "31", None, "exact", "名", "儿童")],
    ),
    # a predicate clause between a count and 的 + noun (m5-c16); a noun or a locative keeps the phrase
    ("目前有关部门还在追查700多起悬而未决的童工案件。", [("700多起", "700", None, "over", "起", "童工案件")]),
    ("共梳理出35项群众反映强烈的突出问题。", [("35项", "35", None, "exact", "项", "突出问题")]),
    ("全市3个村的村民参加了活动。", [("3个", "3", None, "exact", "个", "村")]),
    ("针对68个区域中存在的道板破损问题开展修补。", [("68个", "68", None, "exact", "个", "区域中存在")]),
    # a 分别 list's first item without its owner before 的 (fit t031)
    (
        "甘肃省的风能、太阳能技术可开发量分别为5.6亿千瓦、95亿千瓦，位居全国第四、第五。",
        [
            ("5.6亿千瓦", "560000000", None, "exact", "千瓦", "风能"),
            ("95亿千瓦", "9500000000", None, "exact", "千瓦", "太阳能技术可开发量"),
        ],
    ),
    # a weight whose owner the clause before introduced with 一批 (m5-c20)
    (
        "近日，该海关查获一批不合格进口木棉短绒纤维纸浆，重13.14吨，后查实为废弃的一次性卫生用品内吸收层。",
        [("13.14吨", "13.14", None, "exact", "吨", "不合格进口木棉短绒纤维纸浆重")],
    ),
    # a count, 的 and a size noun: the size of what is before (m4-c18)
    ("该商家还告诉记者，脱落的外墙面有十多层的高度，楼下多辆汽车被砸。", [("十多层", "10", None, "over", "层", "脱落的外墙面")]),
    # a doer, a verb and 了 with no object: what the last figure of that measure counted (fit t054)
    (
        "3个小时就卖出西瓜近1000斤；白马山村“两委”采购了4000余斤，并将西瓜挨家挨户送到农户家中。",
        [
            ("近1000斤", "1000", None, "under", "斤", "3个小时就卖出西瓜"),
            ("4000余斤", "4000", None, "over", "斤", "3个小时就卖出西瓜"),
        ],
    ),
    # ... not a topic before the verb, nor a verb without 了 (dev a092: the gold writes 已建成)
    (
        "全县种植玉米3万亩，其中新品种种植了1.2万亩。",
        [("3万亩", "30000", None, "exact", "亩", "全县种植玉米"), ("1.2万亩", "12000", None, "exact", "亩", "新品种种植")],
    ),
    # a count of people among a population named by a per-N rate right before (written for this test)
    ("调查显示，每千名学生中有3名近视。", [("3名", "3", None, "exact", "名", "学生")]),
    ("抽查发现，每500位旅客中有2位未按规定申报。", [("2位", "2", None, "exact", "位", "旅客")]),
    ("每万人中有5人患病。", [("5人", "5", None, "exact", "人", "患病")]),
    # 另有 / 还有 before a count only say "more": what the people do is after (written for this test)
    ("现场除救援队员外，另有3人在楼内等待转移。", [("3人", "3", None, "exact", "人", "在楼内等待转移")]),
    # N大X after its owner, nouns alone (m4-c21): whose they are and the noun; 齐/均 end the noun;
    # a verb before keeps the noun alone (fit t015)
    ("截至4日收盘，港股三大指数齐涨。", [("三大指数", "3", None, "exact", "指数", "港股指数")]),
    ("丰富三大精神内涵。", [("三大精神内涵", "3", None, "exact", "精神内涵", "精神内涵")]),
    ("推进两大齐鲁文化工程。", [("两大齐鲁文化工程", "2", None, "exact", "齐鲁文化工程", "齐鲁文化工程")]),
    # a noun before each of two glued figures: each figure's own (written for this test); a place
    # before the first keeps the noun after it (fit t010)
    (
        "全市共有养老机构120家床位1.5万张。",
        [("120家", "120", None, "exact", "家", "全市共有养老机构"), ("1.5万张", "15000", None, "exact", "张", "床位")],
    ),
    (
        "原标题：四川宜宾9家医院11个领导落马！",
        [("9家", "9", None, "exact", "家", "医院"), ("11个", "11", None, "exact", "个", "领导落马")],
    ),
    # people glued after a count of things: what they did (written for this test; fit t033 7人被查)
    (
        "本次活动共发放宣传资料3000余份200余人参加。",
        [("3000余份", "3000", None, "over", "份", "本次活动共发放宣传资料"), ("200余人", "200", None, "over", "人", "参加")],
    ),
    # a clause about them, 的, then cadres (written for this test)
    ("累计培训200余名来自全省各地的基层干部。", [("200余名", "200", None, "over", "名", "基层干部")]),
    # a rate whose noun phrase holds a count of kinds reaches back past it (m5-x03); a count of
    # things before does not (written for this test)
    (
        "2025年全年，以旧换新相关六类商品零售额比上年增长4.1%。",
        [
            ("六类", "6", None, "exact", "类", "商品零售额比上年增长"),
            ("4.1%", "4.1", None, "exact", "%", "以旧换新相关六类商品零售额比上年增长"),
        ],
    ),
    (
        "全市规模以上工业企业120家增加值增长8.5%。",
        # (round 12: the verb 增长 is cut from the phrase after 120家, the clause going on after it;
        # the firms before are what is counted, a case neither form reads)
        [("120家", "120", None, "exact", "家", "增加值"), ("8.5%", "8.5", None, "exact", "%", "增加值增长")],
    ),
    # a people count after a place name only: what they did (m9-c05)
    ("原标题：宁乡5人落网！", [("5人", "5", None, "exact", "人", "落网")]),
    ("慰问职工1387人，发放物资。", [("1387人", "1387", None, "exact", "人", "慰问职工")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round9_class(text, expected):
    assert _records(text) == expected


def test_offsets_hold_for_the_new_subject_paths():
    # the subject rules never move a record's span: original[start:end] is its text
    text = "与失联的79户161人取得联系；追查700多起悬而未决的童工案件；白马山村“两委”采购了4000余斤。"
    art = PIPE.extract(text)
    assert [text[m.start : m.end] for m in art.metrics] == [m.text for m in art.metrics]
