"""Meta rules that state what a source or reporter is, so they hold for outlets and
names no lexicon lists (round 2 of issue 11). Synthetic sentences of the genre."""

from __future__ import annotations

import pytest

from civicextract.document import normalize
from civicextract.extractors.meta.lexicon import is_credit_name, is_place, outlet_before_place

BODY = "近日，市民政局主动为困难家庭申请办理低保，发放资金物资合计23520元。"


@pytest.mark.parametrize(
    ("pre", "outlet"),
    [
        ("冀云西宁", "冀云"),
        ("上游西宁长沙", "上游西宁"),  # the last place goes, the outlet keeps its own
        ("掌上长沙", "掌上长沙"),  # 掌上 is a plain word: 长沙 is part of the name
        ("指尖黔南拉萨", "指尖黔南"),
        ("蓝海湾呼和浩特", "蓝海湾"),
        ("交口融媒交口县", "交口融媒"),
        ("冀云", "冀云"),
        ("湖南长沙", None),  # places only: no outlet to tell apart
        ("长沙", None),
    ],
)
def test_outlet_before_place(pre, outlet):
    assert outlet_before_place(pre) == outlet


@pytest.mark.parametrize(
    ("word", "place"),
    [("呼和浩特", True), ("交口县", True), ("恩施自治州", True), ("苏州", True), ("无线苏州", False), ("观察", False)],
)
def test_is_place(word, place):
    assert is_place(word) is place


@pytest.mark.parametrize(
    ("name", "ok"),
    [("仉英", True), ("眭朗博", True), ("范徐丽泰", True), ("欧阳娜娜", True), ("招待会了解", False), ("沈阳日报", False), ("县委宣传部", False), ("·专栏", False)],
)
def test_is_credit_name(name, ok):
    assert is_credit_name(name) is ok


# (text, source, reporters, editor, published)
CASES = [
    ("冀云西宁8月20日电（记者 仉英 通讯员 郄博波）" + BODY, "冀云", ["仉英", "郄博波"], None, None),
    ("掌上长沙讯 " + BODY, "掌上长沙", [], None, None),
    ("新华社呼和浩特9月5日电（特约记者 亓刚倩）" + BODY, "新华社", ["亓刚倩"], None, None),
    ("滇西日报北京12月21日 （通讯员 付娟娜 实习生 吕雨宇）" + BODY, "滇西日报", ["付娟娜", "吕雨宇"], None, None),
    ("岳阳晚报郑州报道（特约记者 蔺博然）" + BODY, "岳阳晚报", ["蔺博然"], None, None),
    ("标题\n发布时间：2023/8/12　来源：舟山在线\n" + BODY, "舟山在线", [], None, "2023-08-12"),
    ("标题\n来源：蓝海湾｜发布时间：2023/08/12 09:30｜责任编辑：尉迟凯怡\n" + BODY, "蓝海湾", [], "尉迟凯怡", "2023-08-12T09:30:00"),
    ("标题\n2023年08月12日 15:04　来源：冀云　作者：姚嘉\n" + BODY, "冀云", ["姚嘉"], None, "2023-08-12T15:04:00"),
    (BODY + "（蓝海湾记者王阳）", "蓝海湾", ["王阳"], None, None),
    (BODY + "（县委宣传部记者王阳）", None, ["王阳"], None, None),  # an office is no outlet
    ("黔东南网记者 张振楠 通讯员 王猛 德州报道\n" + BODY, "黔东南网", ["张振楠", "王猛"], None, None),
    ("记者 眭颖 厍伟斌\n" + BODY, None, ["眭颖", "厍伟斌"], None, None),
    ("澎湃新闻记者 曾顾柏朗 见习记者 刘汪英红\n" + BODY, "澎湃新闻", ["曾顾柏朗", "刘汪英红"], None, None),
    ("作者：郑曹桂勇\n" + BODY, None, ["郑曹桂勇"], None, None),
    (BODY + "黄永 黄珊 冯森达王雅返回搜狐，查看更多责任编辑：", None, ["黄永", "黄珊", "冯森达", "王雅"], None, None),
    ("会上，“我们很满意。”村民告诉荆门新闻，" + BODY, "荆门新闻", [], None, None),
    ("会上，村民告诉当地电视台，" + BODY, None, [], None, None),  # a phrase, not a name
    ("市里召开记者招待会\n" + BODY, None, [], None, None),
    # Glued to the headline: an outlet named after its city is found by the place.
    ("原标题：爱心助学款发放仪式举行黔东南网8月18日讯（记者 董婉愉）" + BODY, "黔东南网", ["董婉愉"], None, None),
    ("原标题：助学款发放仪式举行衢州新闻网讯（刘书盈 记者 陈立英）" + BODY, "衢州新闻网", ["刘书盈", "陈立英"], None, None),
    ("原标题：助学款发放仪式举行三门峡日报三门峡8月1日电（记者 王芳）" + BODY, "三门峡日报", ["王芳"], None, None),
    ("原标题：李兴湖任三明市委书记 据新福建客户端7月31日消息，" + BODY, None, [], None, None),  # cited
    (BODY + "（通讯员供图）（来源：极目新闻）", "极目新闻", [], None, None),  # 供图 names no one
    (BODY + "采写：南都记者陈斌颖 实习生：郑舒展 欧阳洋通讯员：团市委返回搜狐", "南都", ["陈斌颖", "郑舒展", "欧阳洋"], None, None),
    (BODY + "作者：滇西日报全媒体记者 仉英返回搜狐，查看更多责任编辑：", "滇西日报", ["仉英"], None, None),
    (BODY + "作者：本报记者 王芳\n", None, ["王芳"], None, None),
    ("标题\n2023年8月12日 15:04\n" + BODY, None, [], None, "2023-08-12T15:04:00"),
    ("2023年7月19日，中共中央政治局委员在北京会见来宾。", None, [], None, None),  # a sentence, no header
    ("记者 王　芳 通讯员 李　强\n" + BODY, None, ["王芳", "李强"], None, None),
    ("人民网北京8月1日电 记者王芳 李强报道：" + BODY, "人民网", ["王芳", "李强"], None, None),
    (BODY + "（完）\n（编辑 仉英）", None, [], "仉英", None),
    (BODY + "\n责任编辑：郄博波 校对：王芳", None, [], "郄博波", None),
    ("会议于8月1日（星期二）召开。" + BODY, None, [], None, None),
    ("国内联播快讯（" + BODY + "）", None, [], None, None),
]


@pytest.mark.parametrize(("text", "source", "reporters", "editor", "published"), CASES)
def test_meta_generalises(text, source, reporters, editor, published):
    m = normalize(text).meta
    assert (m.source, list(m.reporters), m.editor, m.published) == (source, reporters, editor, published)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a headline line with nothing marking it
        ("2026年某市政府工作报告\n——在某市人民代表大会上\n" + BODY, "2026年某市政府工作报告"),
        # 原标题： glued to the dateline or byline after it (scraped pages lose the break)
        ("原标题：助学款发放仪式举行扬子晚报网8月18日讯（记者 董婉愉）" + BODY, "助学款发放仪式举行"),
        ("原标题：大学生激情点亮“志愿红”本报讯（记者 张海涛）" + BODY, "大学生激情点亮“志愿红”"),
        ("原标题：爱心助农活动举行爱心助农活动举行 河南日报客户端记者 胡巨成\n" + BODY, "爱心助农活动举行"),
        # not a headline: a section heading, a paragraph, a glued title with no meta to end it
        ("（七）着力促进城乡融合发展\n" + BODY, None),
        (BODY + "\n" + BODY, None),
        ("原标题：某县召开会议近日，某县召开会议。" + BODY * 3, None),
    ],
)
def test_title_from_layout(text, title):
    assert normalize(text).meta.title == title
