"""Programmes, round 4: the error classes of the fresh articles of corpus/holdout_programs_r4.jsonl
(part A), of round 3's hold-out set and of fit, fixed with general rules.  Each sentence is copied
from a copyable fresh article (part A) or written in the same style; expected names are exact.
"""

from __future__ import annotations

import re

import pytest

from civicextract.extractors.programs.candidates import _suffix_after, left_start
from civicextract.extractors.programs.lexicon import lexicon

from .test_programs_holdout import _names, assert_class

# (id, sentence, the names found, names that must not be found)
CASES = [
    (
        # quotes written back to back are a list: the second is a scheme as much as the first
        "adjacent-quotes",
        "推动营商环境持续优化。开展“企业服务年”行动，常态长效开展“走找想促”“送解优”等行动，完善政企沟通交流和问题解决机制。",
        ["企业服务年行动", "走找想促", "送解优"],
        [],
    ),
    (
        "adjacent-quotes-t",
        "常態長效開展「走找想促」「送解優」等行動，完善政企溝通交流和問題解決機制。",
        ["走找想促", "送解优"],
        [],
    ),
    (
        # a word for the period between the verb and the quote (新时代, 常态化) leaves the quote its object
        "verb-period-quote",
        "维护社会和谐稳定。坚持和发展新时代“枫桥经验”，加强信访问题源头治理和法治化，持续落实“321”工作机制。",
        ["枫桥经验", "321工作机制"],
        [],
    ),
    (
        "verb-period-quote-t",
        "堅持和發展新時代「楓橋經驗」，加強信訪問題源頭治理和法治化。",
        ["枫桥经验"],
        [],
    ),
    (
        # a quoted number code names nothing alone: the noun phrase up to the programme word completes it
        "number-code-then-noun",
        "加强和创新社会治理。以坚持和发展新时代“枫桥经验”为引领，迭代完善“141”基层治理体系，强化县级社会治理中心（综治中心）牵引枢纽作用。",
        ["141基层治理体系"],
        ["141"],
    ),
    (
        "number-code-then-noun-2",
        "加力实施“8+4”经济政策体系，安排省级财政资金1053.8亿元，支持经济高质量发展。",
        ["8+4经济政策体系"],
        ["8+4"],
    ),
    (
        # 社会组织 is the noun: the verb 组织 does not cut the name there
        "organisation-noun",
        "自6月20日民政部、中央统战部、中央网信办等11部门开展2023年打击整治非法社会组织专项行动以来，已核查涉嫌非法社会组织线索700余条。",
        ["打击整治非法社会组织专项行动"],
        ["打击整治", "专项行动"],
    ),
    (
        # a zone named for what it pilots is what the name is about, not a place in front of it
        "zone-in-name",
        "提升平台能级，实施自贸试验区提升战略，稳步扩大制度型开放；高标准建设中非经贸深度合作先行区，"
        "完善对非供应链服务体系，推动对非贸易倍增计划落地见效。",
        ["自贸试验区提升战略", "对非贸易倍增计划"],
        ["非贸易倍增计划"],
    ),
    (
        "zone-in-name-2",
        "制定落实主体功能区战略实施方案，加强规划衔接，推动错位发展，提升整体效益。",
        ["主体功能区战略"],
        [],
    ),
]


@pytest.mark.parametrize(("case", "text", "found", "absent"), CASES, ids=[c[0] for c in CASES])
def test_round4_class(case: str, text: str, found: list[str], absent: list[str]):
    assert_class(case, text, found, absent)


def test_verbs_before_works_are_not_part_of_names():
    # 位于 and 加大 take an object; they never open a name (what follows them is judged on its own)
    names = _names(
        "国际航空总部园是本市国际消费中心城市建设的重点项目，位于大兴机场临空区（北京部分）。"
        "最后，加大报废机动车回收拆解企业建设项目用地支持力度。"
    )
    assert not [n for n in names if n.startswith(("位于", "加大"))], names


def test_number_code_suffix_stops_at_the_first_programme_word_and_at_punctuation():
    lex = lexicon()
    text = "“5+2”工作机制和“3+1”帮扶体系，“141”个村"
    assert _suffix_after(text, text.index("”") + 1, "5+2", lex).group() == "工作机制"
    k = text.index("3+1") + 4
    assert _suffix_after(text, k, "3+1", lex).group() == "帮扶体系"
    # a count, not a code: no programme word before the comma, so no name
    assert _suffix_after(text, text.rindex("”") + 1, "141", lex) is None
    # a quoted word that is no number code gets only the usual programme words
    assert _suffix_after("“好社区”基层治理体系", 5, "好社区", lex) is None


def test_organisation_noun_is_not_a_stop_but_the_verb_is():
    lex = lexicon()
    text = "开展打击整治非法社会组织专项行动"
    assert text[left_start(text, len(text), 24, lex) :] == "打击整治非法社会组织专项行动"
    text = "全市统一组织专项行动"
    assert text[left_start(text, len(text), 24, lex) :] == "专项行动"


def test_period_word_rule_needs_the_verb():
    # without a launch verb before the period word, the quote is not taken by that rule
    from civicextract.extractors.programs import candidates

    assert candidates._LAUNCHED_THEN.search("坚持和发展新时代")
    assert candidates._LAUNCHED_THEN.search("落实常态化")
    assert not candidates._LAUNCHED_THEN.search("进入新时代")
    assert not re.search(candidates._LAUNCHED_THEN.pattern, "新时代")
