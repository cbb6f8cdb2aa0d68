"""Programmes, round 5: wider candidate generation, measured by coverage (benchmarks/programs_coverage.py).

Each class is a mechanism that proposed no candidate for gold names in several in-sample articles
(dev, fit, rounds 3 and 4, round 5's part A); the learned scorer decides what is kept.  Sentences are
copied from copyable articles (corpus/holdout_programs_r5.jsonl part A, corpus/fit.jsonl) or written in
the same style; expected candidates are exact (name, kind, surface).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from civicextract.document import normalize
from civicextract.extractors.programs import extractor
from civicextract.extractors.programs.lexicon import lexicon
from civicextract.extractors.programs.recall import recall

from .linear_time import LINEAR_BOUND, growth


def _wide(text: str) -> list[tuple[str, str, str]]:
    """The wide finders' candidates: (name, kind, the text of the span)."""
    return [(c.name, c.kind, text[c.start : c.end]) for c in recall(text, lexicon())]


def _proposed(text: str) -> dict[str, list[str]]:
    doc = normalize(text)
    return {p.rec.name: sorted(p.kinds) for p in extractor.candidate_records(doc.text, lexicon())}


def test_items_sharing_one_works_word_each_get_it():
    # 祁连山、若尔盖国家公园 names two parks; the first item is written without the shared word
    text = "建设祁连山、若尔盖国家公园。"
    assert ("祁连山国家公园", "shared_head", "祁连山") in _wide(text)
    text = "推进义甬舟、金丽温开放大通道建设。"
    assert ("义甬舟开放大通道", "shared_head", "义甬舟") in _wide(text)


def test_shared_head_needs_a_works_word_and_a_list_boundary():
    # a list of places before a generic noun shares no works word
    assert [c for c in _wide("走访福州、厦门的企业。") if c[1] == "shared_head"] == []
    # an item is read back at most six characters to a list boundary (its verb then stripped):
    # a longer run before 、 is a phrase, not an item
    assert [c for c in _wide("，推进祁连山、若尔盖国家公园。") if c[1] == "shared_head"] == [
        ("祁连山国家公园", "shared_head", "祁连山")
    ]
    assert [c for c in _wide("全面加快推进建设祁连山、若尔盖国家公园。") if c[1] == "shared_head"] == []


def test_items_of_a_list_ending_in_deng_and_a_programme_word():
    # round 5 part A (pr5-g14, pr5-g10)
    text = "加快中沙古雷乙烯、古雷炼化一体化工程二期等重大产业项目建设。"
    assert _proposed(text) == {"古雷炼化一体化工程": ["head"], "中沙古雷乙烯": ["list_item"]}
    text = "医改、林改、科技特派员制度等特色改革影响力持续扩大。"
    assert _proposed(text)["科技特派员制度"] == ["head"]  # the rule finder has it (制度), the item overlaps it
    # two-character items are words, not names (医改, 林改 stay out of the list finder)
    assert [c for c in _wide(text) if c[1] == "list_item"] == [("科技特派员制度", "list_item", "科技特派员制度")]


def test_a_single_phrase_before_deng_is_no_list():
    assert [c for c in _wide("推进古雷炼化一体化等重大项目建设。") if c[1] == "list_item"] == []


def test_named_parks_bases_belts_and_corridors():
    text = "支持沪明临港产业园、三明中关村科技园加快建设，金砖创新基地促成138个合作项目，支持青岛科创大走廊创新示范。"
    zones = [(n, s) for n, k, s in _wide(text) if k == "named_zone"]
    assert zones == [
        ("沪明临港产业园", "沪明临港产业园"),
        ("三明中关村科技园", "三明中关村科技园"),
        ("金砖创新基地", "金砖创新基地"),
        ("青岛科创大走廊", "青岛科创大走廊"),
    ]
    # what kind of park, not which: no distinguishing word before it
    assert [c for c in _wide("建设一批现代农业产业园。") if c[1] == "named_zone"] == []


def test_pilot_and_system_are_programme_words():
    # round 5 part A (pr5-g10): an unquoted pilot named by its place
    assert _proposed("厦门综合改革试点形成80项全国首创成果。") == {"厦门综合改革试点": ["head"]}
    assert _proposed("实施陆生野生动物致害补偿制度。") == {"陆生野生动物致害补偿制度": ["head"]}


def test_short_quote_only_with_a_programme_word_after_it():
    # fit (t097): a two-character quote and the words up to its programme word
    text = "开展“票根”联动促消费试点，文旅商体展融合效应持续释放。"
    assert _wide(text) == [("票根联动促消费试点", "quote_any", "“票根”联动促消费试点")]
    # (in the article the rule finder takes it first: 试点 is a programme word)
    assert _proposed(text) == {"票根联动促消费试点": ["head"]}
    # bare short quotes are metaphors or qualify the noun after them
    assert _proposed("老街换了“新颜”，成了市民的“好去处”。") == {}


@pytest.mark.parametrize(
    "unit",
    [
        "加快甲乙丙、丁戊己、庚辛壬等重大产业项目建设，",
        "建设祁连山、若尔盖、三江源国家公园，",
        "医改、林改、科技特派员制度、文化特派员制度、",  # a list that never ends in 等
    ],
)
def test_new_finders_are_linear(unit):
    assert growth(lambda t: list(recall(t, lexicon())), unit, 20_000) < LINEAR_BOUND


def test_coverage_benchmark_classes():
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    from programs_coverage import surface_class

    text = "推广“幸福里”社区养老模式，实施“两通工程”2.0版，开工建设上白石水利枢纽工程，推进祁连山、若尔盖国家公园。"
    assert surface_class(text, "幸福里") == "quoted bare"
    assert surface_class(text, "两通工程") == "quoted bare"
    assert surface_class(text, "上白石水利枢纽工程") == "named works"
    assert surface_class(text, "祁连山") == "list item (other)"
    assert surface_class(text, "祁连山国家公园") == "absent as written"


def test_the_shipped_scorer_keeps_list_items_and_shared_works_names():
    from civicextract import Pipeline

    pipe = Pipeline(kinds=("programs",))
    # round 5 part A (pr5-g14): the first item of a 等…项目 list, before only the second was found
    text = "打造现代化产业集聚区。加快中沙古雷乙烯、古雷炼化一体化工程二期等重大产业项目建设。"
    got = [(r.name, r.mentions) for r in pipe.extract(text).programs]
    assert got == [("中沙古雷乙烯", ((13, 19),)), ("古雷炼化一体化工程", ((20, 29),))]
    # a corridor named by the works word its list shares: the mention is the item as written
    text = "加快建设祁连山、若尔盖国家公园，推进义甬舟、金丽温开放大通道建设。"
    got = {r.name: r.mentions for r in pipe.extract(text).programs}
    assert got["义甬舟开放大通道"] == ((18, 21),)
    assert text[18:21] == "义甬舟"


def test_coverage_benchmark_runs_on_round_5_set():
    import subprocess

    root = Path(__file__).resolve().parent.parent
    out = subprocess.run(
        [
            sys.executable,
            str(root / "benchmarks" / "programs_coverage.py"),
            str(root / "corpus" / "holdout_programs_r5.jsonl"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    ).stdout
    # 144 gold programmes: 127 proposed by the candidate stage, 116 kept (before round 5: 115 and 110);
    # round 6 (its candidates, and the scorer trained on this set too): 135 and 135; round 9 calibrated
    # the gold (平安中国, 交通强国 and 长期护理保险 are optional in fit's practice): 141 gold, 133 and 133;
    # round 25c (a vetoed quote after a launch verb, 完善“数字一栋楼”): 134 and 134
    assert "| holdout_programs_r5 | 41 | 141 | 134 (0.950) | 134 (0.950) | 330 |" in out
