"""Programmes, round 25c: quoted names the quote rules veto, proposed after a launch verb for the scorer to judge.

``benchmarks/programs_coverage.py --misses`` over dev, fit and rounds 3-25 (round 25b left out) counts the gold
names no finder proposes; the largest class, quoted bare names, holds 9 that the wide quote finder
(``recall._quoted_any``) dropped by the rules' verdicts for "not a name": a time, a span or a version inside
(“15分钟高品质生活服务圈”, “千里轻舟”, “澜湄合作2.0版”: ``NOT_NUMBERED``) or a body, building or place at the end
(“云企出海联盟”, “平安商户联盟”, “数字一栋楼”, “三区一村”更新改造: ``NOT_A_NAME``).  Such a quote of four or more
characters right after a verb that launches, builds or improves a scheme (打造, 推行, 建成, 提升, 完善, 推进 …) is
now a candidate of its own kind, ``quote_vetoed``, judged by the retrained scorer.  Without the verb the verdict
stands: a quoted museum, firm or someone's words stays out (the first, unguarded variant kept 参观“…博物馆” and
quoted game titles on CLUENER).

Sentences are made up in the style of the work reports and news; expected records are exact.
"""

from __future__ import annotations

from civicextract import extract
from civicextract.extractors.programs import extractor
from civicextract.extractors.programs.lexicon import lexicon


def _records(text: str) -> list[tuple[str, tuple[tuple[int, int], ...]]]:
    return [(p.name, p.mentions) for p in extract(text).programs]


def test_a_version_quoted_after_a_verb_of_building_is_a_name():
    text = "全力打造“北部湾合作3.0版”，深化与东盟国家经贸往来。"
    assert _records(text) == [("北部湾合作3.0版", ((5, 14),))]


def test_an_alliance_scheme_quoted_after_a_verb_of_launching_is_a_name():
    text = "持续推行“诚信商户联盟”，压实市场主体责任。"
    assert _records(text) == [("诚信商户联盟", ((5, 11),))]


def test_an_alliance_whose_work_is_improved_is_a_name():
    text = "提升“滇货出海联盟”服务效能，扩大农产品出口。"
    assert _records(text) == [("滇货出海联盟", ((3, 9),))]


def test_a_minutes_circle_built_is_named_whole():
    # (main read the words after the time alone: 便民生活圈)
    text = "今年新建成“10分钟便民生活圈”12个，居民满意度持续提升。"
    assert _records(text) == [("10分钟便民生活圈", ((6, 15),))]


def test_a_building_scheme_quoted_after_a_verb_of_improving_is_a_name():
    text = "完善“智慧一栋楼”服务体系，推动基层治理数字化。"
    assert _records(text) == [("智慧一栋楼", ((3, 8),))]


def test_a_quote_ending_in_a_village_takes_its_renewal_word():
    text = "推进“两区一村”更新改造，加强既有建筑改造利用。"
    assert _records(text) == [("两区一村更新改造", ((2, 12),))]


def test_a_quoted_museum_visited_stays_out():
    assert _records("市民纷纷前往“南山古瓷博物馆”参观。") == []


def test_a_quoted_alliance_founded_without_a_launch_verb_stays_out():
    assert _records("他们组建了“城东律师联盟”，为居民提供法律咨询。") == []


def test_a_quoted_remark_with_a_time_stays_out():
    assert _records("评论区不少人调侃“1小时就能到”，质疑其真实性。") == []


def test_the_vetoed_quote_is_a_kind_of_its_own_for_the_scorer():
    text = "全力打造“北部湾合作3.0版”，深化与东盟国家经贸往来。"
    kinds = {p.rec.name: p.kinds for p in extractor.candidate_records(text, lexicon())}
    assert kinds == {"北部湾合作3.0版": frozenset({"quote_vetoed"})}


def test_a_short_vetoed_quote_is_no_candidate():
    # three characters: a word (“三光”村 and the like), not a name, as before
    text = "全力打造“金三村”，持续改善人居环境。"
    assert [p.rec.name for p in extractor.candidate_records(text, lexicon())] == []
