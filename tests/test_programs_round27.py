"""Programmes, session 27: two named programmes joined by 和; a bare city before a quote; a count inside the words
before a programme word; 布局 before a list of works.  And the quality floor of session 27's blind set.

Session 27's blind set (corpus/holdout_programs_r27*: passages of the 2026 Shanxi and Shandong work reports and
新闻联播 of 16 April 2026), part A:

- ``A和B`` before a programme word, A ending in a programme word of its own (提振消费专项行动和服务消费提质惠民行动),
  is two names: the head finder had read the run as one, and the first was dropped as nested in it.
- A province or city written bare before a quote (济南“强省会”, 青岛“强龙头”战略) says where, as 济南市 did
  already (candidates.SCOPE_END): the quoted name is 强龙头战略, not 青岛强龙头战略.
- A count inside the words before the programme word (精准布局一批重大关键技术攻关项目) counts a kind of work, as a
  count right before the words did (round 16's _PLURAL); the verb before it is the sentence's.
- 布局 (to lay out works) is cut from the first item of a works list, as 规划 and 建设 were (布局东明石化、东营富海等
  重大项目 -> 东明石化).

And four classes of fit's errors when fit is held out of the scorer's training (the errors a check-like set shows):
行动 inside 进行动态 / 进行动员; 战略 continued by 需求 or 布局 (国家战略需求); a modifier opening with a superlative
(中国在建最大引水工程); a quoted plan period before 项目 (“十五五”重大项目: the period's projects).  The scorer was
retrained on the candidates these leave (models/programs_scorer.md, session 27).

The sentences are the reports' own; expected records are exact.
"""

from __future__ import annotations

import json
from pathlib import Path

from civicextract import Pipeline, extract

from . import dev_scorer

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _records(text: str) -> list[tuple[str, tuple[tuple[int, int], ...]]]:
    return [(p.name, p.mentions) for p in extract(text).programs]


def test_two_named_actions_joined_by_he_are_two_programmes():
    text = "深入实施提振消费专项行动和服务消费提质惠民行动，释放文旅、赛事、餐饮、智能穿戴等消费潜力。"
    assert _records(text) == [("提振消费专项行动", ((4, 12),)), ("服务消费提质惠民行动", ((13, 23),))]


def test_a_strategy_joined_to_an_action_by_he():
    text = "实施清洁降碳、安全可靠、高效调节、智能运行四大专项行动，推进乡村振兴战略和健康中国行动。"
    assert _records(text) == [("乡村振兴战略", ((30, 36),)), ("健康中国行动", ((37, 43),))]


def test_a_bare_city_before_a_quote_is_no_part_of_the_name():
    text = "大力实施济南“强省会”、青岛“强龙头”战略，支持烟台建设绿色低碳高质量发展示范城市。"
    assert _records(text) == [("强省会", ((7, 10),)), ("强龙头战略", ((14, 21),))]


def test_a_city_with_its_level_before_a_quote_stays_out_as_before():
    assert _records("全面推进济南市“强省会”战略。") == [("强省会战略", ((7, 14),))]


def test_a_count_inside_the_words_before_a_programme_word_is_a_kind_of_work():
    text = "深化重点产业科技创新行动，聚焦工业母机、智能芯片、新型储能、仪器仪表等领域，精准布局一批重大关键技术攻关项目。"
    assert _records(text) == [("重点产业科技创新行动", ((2, 12),))]


def test_buju_is_cut_from_the_first_work_of_a_list():
    text = "布局东明石化、东营富海等重大项目，推进弘润石化转型升级，力争高端化工营收占比达到60%左右。"
    assert _records(text) == [("东明石化", ((2, 6),)), ("东营富海", ((7, 11),))]


# Classes of fit's own errors that generalise (a model trained without fit scored it, benchmarks' grouped
# cross-validation): a programme word read inside another word, a superlative, a plan's period before 项目.


def test_a_superlative_before_a_works_word_is_a_description():
    text = "滇中引水工程是中国西南地区规模最大、投资最多的水资源配置工程、中国在建最大引水工程。"
    assert _records(text) == [("滇中引水工程", ((0, 6),))]


def test_what_a_strategy_needs_is_no_strategy():
    text = "未来，中国空间站将结合国际空间科学发展态势与国家战略需求变化，动态调整空间科学研究。"
    assert _records(text) == []


def test_the_projects_of_a_plan_period_are_no_programme():
    text = "按照年度计划，靠前启动具备条件的“十五五”重大项目，推进“两重”建设项目。"
    assert _records(text) == [("两重建设", ((28, 34),))]


def test_jinxing_before_dongtai_holds_no_xingdong():
    assert _records("该中心系统正在对全区十几万居民的健康数据进行动态分析、评估。") == []


def test_jinxing_before_dongyuan_ends_the_campaign_before_it():
    text = "召开会议对全省医药领域腐败问题集中整治工作进行动员部署。"
    assert _records(text) == [("全省医药领域腐败问题集中整治", ((5, 19),))]


def _load(name: str) -> dict[str, dict]:
    rows = (json.loads(x) for x in (CORPUS / name).read_text(encoding="utf-8").splitlines() if x.strip())
    return {r["id"]: r for r in rows}


# Session 27's set (32 texts; gold blind; not trained on): 0.842 with main's code (A 0.821, B 0.893 blind),
# 0.859 after session 27's classes (A 0.844, B 0.893 scored before the first fix and after the last)
FLOOR = 0.85


def test_holdout_r27_floor():
    corpus = _load("holdout_programs_r27.jsonl")
    pipeline = Pipeline()
    pred = {aid: pipeline.extract(rec["text"], id=aid).to_dict() for aid, rec in corpus.items()}
    tally = dev_scorer.score(_load("holdout_programs_r27.gold.jsonl"), pred, corpus)
    assert tally.prf("programs")[2] >= FLOOR
    assert tally.ratio("spans")[0] == 1.0
