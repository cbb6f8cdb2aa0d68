"""Meta: three layouts left by round 11 (made-up sentences of the same shapes)."""

from __future__ import annotations

import pytest

from civicextract import extract


@pytest.mark.parametrize(
    ("text", "source", "reporters"),
    [
        # 时间 inside an outlet's name is no furniture glued after the label's value
        ("来源：东莞时间网\n东莞市开展城市更新行动，投入资金3000万元。", "东莞时间网", ()),
        ("发布时间：2023-12-03 10:20:00 来源：眉山日报时间：2023-12-03\n全市开展创建活动。", "眉山日报", ()),
        # 本溪日报讯 is Benxi's daily; 本报讯 is the page naming itself
        ("本溪日报讯（记者 张华）近日，本溪市开展文明城市创建工作。", "本溪日报", ("张华",)),
        ("本报讯（记者 张华）近日，某市开展文明城市创建工作。", None, ("张华",)),
        # a listed outlet's own reporter searching or noticing in the lead
        ("上游新闻记者搜索发现，该项目总投资3亿元。", "上游新闻", ()),
        ("上游新闻记者注意到，该项目总投资3亿元。", "上游新闻", ()),
        ("据上游新闻记者搜索发现，该项目总投资3亿元。", None, ()),
        # Hong Kong and Taiwan credits (Traditional script, made-up names)
        ("聯合新聞網／記者王小明／即時報導\n台北市政府編列預算12億元。", "联合新闻网", ("王小明",)),
        ("TVBS新聞網／記者王小明／台北報導\n台北市政府編列預算12億元。", "TVBS新闻网", ("王小明",)),
        ("《香港01》記者陳大文報道，政府撥款3億元。", "香港01", ("陈大文",)),
        ("特區政府公布新措施\n《明報》記者 陳大文\n政府撥款3億元。", "明报", ("陈大文",)),
        ("他向《明報》記者陳大文表示，政府撥款3億元。", None, ()),
        ("政府宣布新措施，撥款3億元。（星島日報報道）", "星岛日报", ()),
        ("市民不滿。政府撥款3億元。（據星島日報報道）", None, ()),
    ],
)
def test_source_and_reporters(text, source, reporters):
    meta = extract(text).meta
    assert (meta.source, meta.reporters) == (source, reporters)


@pytest.mark.parametrize(
    "text",
    [
        "来源：众新闻 | 2023年12月3日 星期日\n政府拨款3亿元。",
        "來源：眾新聞 2023年12月3日 星期日\n政府撥款3億元。",
        "2023年12月3日 星期日 来源：众新闻\n政府拨款3亿元。",
    ],
)
def test_a_weekday_after_the_header_date(text):
    meta = extract(text).meta
    assert (meta.source, meta.published) == ("众新闻", "2023-12-03")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("2023年12月3日\n眾新聞\n政府撥款3億元興建新設施。", "众新闻"),
        ("全市开展创建活动\n眉山日报\n政府拨款3亿元。", "眉山日报"),
        # an outlet named inside a line is no site name (and 4 lines down is the body)
        ("全市开展创建活动\n眉山日报报道说政府拨款3亿元。", None),
        ("甲\n乙\n丙\n眉山日报\n政府拨款3亿元。", None),
    ],
)
def test_a_listed_outlet_alone_on_a_first_line(text, source):
    assert extract(text).meta.source == source
