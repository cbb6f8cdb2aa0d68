"""Programmes, round 25: 计划 as the verb "plans to", and what a quoted name followed by 建设 names.

Round 25's coverage of fit and rounds 11-24 (news and 新闻联播 texts) and part A of its blind set:

- a subject followed by a bare 计划 and a time or the act planned (机场计划试验…, 管委会计划年内…) is the verb
  "plans to"; the head finder read subject + 计划 as a plan's name (计划在/于 + a time was round 16's).  A plan's
  name followed by 招募, 实施 or 在 + a place is read as before;
- a quoted name followed by 建设项目 names the quoted thing built (“两重”建设项目 -> 两重建设), and a field of more
  than six characters written before “X”建设 is the sentence's, not the name's; a shorter one stays.

Sentences are made up in the style of the news lines; expected records are exact.
"""

from __future__ import annotations

from civicextract import extract


def _records(text: str) -> list[tuple[str, tuple[tuple[int, int], ...]]]:
    return [(p.name, p.mentions) for p in extract(text).programs]


def test_plans_to_is_no_plan():
    text = "东湖码头计划试验夜间通航，届时客船班次有望增加。"
    assert _records(text) == []


def test_plans_to_with_a_time_is_no_plan():
    text = "北山景区管委会计划年内新开三条观光步道。"
    assert _records(text) == []


def test_a_plan_followed_by_its_recruiting_is_still_a_plan():
    text = "今年的乡村教师支持计划招募工作日前启动，报名截至6月底。"
    assert _records(text) == [("乡村教师支持计划", ((3, 11),))]


def test_projects_built_under_a_quoted_name_name_the_quoted_thing():
    text = "随着“三网融合”建设项目有序推进，县城供水保障能力明显提升。"
    assert _records(text) == [("三网融合建设", ((2, 10),))]


def test_a_long_field_before_a_quoted_name_and_jianshe_is_left_out():
    text = "各校推进家校社协同育人“学联体”建设，办好家长学校。"
    assert _records(text) == [("学联体建设", ((11, 18),))]


def test_a_short_field_before_a_quoted_name_and_jianshe_stays():
    text = "深化国际贸易“单一窗口”建设，压缩通关时间。"
    assert _records(text) == [("国际贸易单一窗口建设", ((2, 14),))]
