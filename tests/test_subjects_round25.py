"""Metric subjects, round 25: shapes of 新闻联播 sections and news lines that round 25's hold-out
(corpus/holdout_subject_r25.jsonl, part A) showed the rules missing, each listed as a family.

Every sentence is made up in the style of national and local news (no sentence of any corpus text is
quoted); each family has several shapes, so that what is pinned is a mechanism
(extractors/metrics/parts.py, the 字 unit), not a text.
"""

from __future__ import annotations

import pytest

import civicextract

PIPE = civicextract.Pipeline(kinds=("metrics",))


def _subjects(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.subject) for m in PIPE.extract(text).metrics]


# 共设置38个展位，其中有21个来自中国: the part counts what the whole counts; what follows it says where
# it comes from or what became of it (``_PART_VERB_RE``).  为/是 name the part's own kind and keep it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("展会共设置了46个智能家居展位，其中有19个来自长三角。", [("46个", "智能家居展位"), ("19个", "智能家居展位")]),
        (
            "本次招聘会共提供岗位5000个，其中400个面向高校毕业生。",
            [("5000个", "本次招聘会共提供岗位"), ("400个", "本次招聘会共提供岗位")],
        ),
        (
            "全区共收集居民诉求2600条，其中已办结2350条。",
            [("2600条", "全区共收集居民诉求"), ("2350条", "全区共收集居民诉求")],
        ),
        ("全市共有科技型企业1200家，其中300家为外资企业。", [("1200家", "全市共有科技型企业"), ("300家", "外资企业")]),
    ],
)
def test_part_after_its_whole(text, expected):
    assert _subjects(text) == expected


# 出动舰艇55万艘次、航空器6000架次执行任务: a list of noun-and-count items closed by what they did;
# each count counts its own noun, the task is no subject.  A verb opening the item (改造5所) makes it
# a clause of its own, left to the general rules.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "五年来，海事部门累计出动巡逻船3.2万艘次、无人机4800架次执行巡航任务。",
            [("3.2万艘次", "海事部门累计出动巡逻船"), ("4800架次", "无人机")],
        ),
        (
            "今年以来，共出动执法人员800人次、执法车辆150辆次检查企业。",
            [("800人次", "出动执法人员"), ("150辆次", "执法车辆")],
        ),
        ("新建学校3所、幼儿园5所投入使用。", [("3所", "新建学校"), ("5所", "幼儿园")]),
        ("新建学校3所、改造5所。", [("3所", "新建学校"), ("5所", "改造")]),
    ],
)
def test_listed_item_counts_its_own_noun(text, expected):
    assert _subjects(text) == expected


# 20-200字的文字说明: a count of characters is a metric (unit 字), in digits only; 八字方针, 十字路口
# and 两字之差 are words.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("评价人必须填写50-300字的情况说明。", [("50-300字", "情况说明")]),
        ("每篇来稿不少于3000字。", [("不少于3000字", "每篇来稿")]),
        ("全书共计28万字。", [("28万字", "全书")]),
        ("坚持八字方针，路过十字路口，两字之差。", []),
    ],
)
def test_characters_counted_in_digits(text, expected):
    assert _subjects(text) == expected


# 新建600个标准化的“司机之家”: a modifier of ability or standard and 的 stand between the count and
# its noun; the noun after 的 is counted (a noun before 的, 12个村的村民, is left alone).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("今年将新建和改造800个标准化的“职工驿站”。", [("800个", "“职工驿站”")]),
        ("全市新增45个可与周边社区共享的口袋公园。", [("45个", "口袋公园")]),
        ("全区建成12个功能齐全的“党群服务中心”。", [("12个", "“党群服务中心”")]),
        ("全县12个村的村民参加了活动。", [("12个", "村")]),
    ],
)
def test_count_before_modifier_and_de(text, expected):
    assert _subjects(text) == expected


# 先行调解以季均28%的增幅稳步增长: the pace of a change is the rate of what grows, named before 以.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("近年来，全市快递业务量以年均15%的速度增长。", [("15%", "全市快递业务量")]),
        ("全省数字经济规模以每年12.5%的增速快速扩张。", [("12.5%", "全省数字经济规模")]),
        ("该企业营收以超过20%的速度增长。", [("超过20%", "该企业营收")]),
    ],
)
def test_pace_of_a_change(text, expected):
    assert _subjects(text) == expected


# …，与“十三五”末相比增长超40倍: a subject that is only a comparison frame is the change of what the
# clause before measures; a bare 同比/较上年 change keeps its own words.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "全市新能源汽车保有量比上年增长35%，与2020年相比增长4倍。",
            [("35%", "全市新能源汽车保有量比上年增长"), ("4倍", "全市新能源汽车保有量比上年增长")],
        ),
        ("第二季度公司实现营收86.5亿元，较上年同期的37.3亿元增长131.9%。", [("131.9%", "第二季度公司实现营收")]),
        ("全县生产总值较上年增长11.6%。", [("11.6%", "全县生产总值较上年增长")]),
    ],
)
def test_change_with_only_its_frame(text, expected):
    assert _subjects(text) == expected
