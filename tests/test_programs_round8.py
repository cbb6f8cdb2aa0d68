"""Programmes, round 8: reform names in work reports, and records on round 8's copyable part A.

Round 8 annotated 24 paragraphs of two 2026 provincial work reports the way fit's annotators treat 改革
names: a reform of a sector or system (国资国企改革, 零基预算改革) is optional, a quoted reform name is a
programme.  A scorer feature telling system reforms (X体制/制度/机制/综合改革) from other 改革 names got
no weight (fewer than 3 labelled examples: nearly all such names are optional in the training gold), and
retraining with part A added won part B but lost fit, so the shipped scorer and its training sets are
unchanged (tests/test_programs_round7.py pins its training sets).  Sentences are copied from
corpus/holdout_programs_r8.jsonl part A (work reports, copyable); expected records are exact.
"""

from __future__ import annotations

from .test_programs_holdout import _names


def test_three_year_action_and_doubling_works():
    # part A (pr8-j03): an unquoted three-year action and a 倍增工程 whose 有研发活动的 qualifier stays outside
    text = "深入实施企业科技创新能力提升三年行动，支持骨干企业牵头组建紧密型创新联合体，启动有研发活动的规上工业企业倍增工程。"
    assert _names(text) == ["企业科技创新能力提升三年行动", "规上工业企业倍增工程"]


def test_quoted_plan_and_quoted_core_before_a_works_word():
    # part A (pr8-j03): a quoted 计划, and a quoted core joined to the 培育工程 written after it
    text = "高标准建设“长春人才创新港”，深入实施“长白英才计划”，推进“吉林工匠”培育工程，培养拔尖创新人才。"
    assert _names(text) == ["长春人才创新港", "长白英才计划", "吉林工匠培育工程"]


def test_quoted_initiative_and_named_strategy():
    # part A (pr8-j09)
    text = "深度融入共建“一带一路”，深入实施长吉图开发开放战略，打造向北开放重要窗口。"
    assert _names(text) == ["一带一路", "长吉图开发开放战略"]


def test_quoted_core_plan_and_unquoted_works():
    # part A (pr8-s03): 高校改革 (a sector reform, optional in the gold) is not proposed
    text = "实施“双一流”建设突破计划和优质本科扩容工程，分类推进高校改革，完善就业—专业—招生联动机制。"
    assert _names(text) == ["双一流建设突破计划", "优质本科扩容工程"]


def test_sector_and_budget_reforms_are_not_records():
    # part A (pr8-j07, shortened) and a synthetic sentence: reforms of a system or sector are optional in
    # fit's gold, and the scorer keeps none of them
    assert _names("深化零基预算改革和财政绩效管理，提高财政资金使用效益。") == []
    assert _names("今年要稳步推进国资国企改革，深化医药卫生体制改革，完善收入分配制度。") == []


def test_quoted_reform_name_is_a_programme():
    # part A (pr8-s05): a quoted reform name with 改革 after the quote
    text = "深化“标准地+承诺制”改革，实施建设用地总量按规划期管控制度。"
    assert _names(text) == ["标准地+承诺制改革"]
