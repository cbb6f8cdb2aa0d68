"""Programme spans, components from enumerations, and the wide candidates' boundaries (issue 10)."""

from __future__ import annotations

from civicextract import Pipeline
from civicextract.extractors.programs import recall
from civicextract.extractors.programs.components import _before_list
from civicextract.extractors.programs.lexicon import lexicon

PIPELINE = Pipeline(kinds=("programs",))


def _found(text: str) -> dict:
    return {p.name: p for p in PIPELINE.extract(text).programs}


def test_quoted_name_with_head_word_spans_both_quote_marks():
    text = "开展“百日攻坚”行动。“百日攻坚”行动成效明显。"
    (prog,) = PIPELINE.extract(text).programs
    assert prog.name == "百日攻坚行动"
    assert [text[s:e] for s, e in prog.mentions] == ["“百日攻坚”行动", "“百日攻坚”行动"]


def test_bare_quoted_name_spans_the_name_only():
    text = "按照“定领导、定部门”的“五定”要求推进。"
    assert [text[s:e] for s, e in _found(text)["五定"].mentions] == ["五定"]


def test_components_from_ordinal_enumeration():
    text = "今年，该县实施“三大行动”：一是产业振兴行动，培育龙头企业；二是人才回引行动，引进人才100名；三是环境提升行动，整治河道。"
    assert _found(text)["三大行动"].components == ("产业振兴行动", "人才回引行动", "环境提升行动")


def test_ordinal_components_stop_at_the_announced_count_and_drop_the_verb():
    text = "会议部署了“两项工程”。一是实施强基工程；二是实施惠民工程。三是抓好落实。"
    assert _found(text)["两项工程"].components == ("强基工程", "惠民工程")


def test_verb_before_programme_word_is_not_part_of_the_name():
    assert list(_found("今年预计新招募大学生志愿服务西部计划志愿者2万名。")) == ["大学生志愿服务西部计划"]


def test_named_work_needs_a_modifier_that_says_which():
    lex = lexicon()
    text = "加快建设荆岳高铁，全市铁路里程增加，美丽铁路建设有序推进。"
    assert [c.name for c in recall._named_works(text, lex)] == ["荆岳高铁"]


def test_object_of_a_launch_verb_is_cut_after_its_name():
    lex = lexicon()
    text = "推动京津冀协同发展是一个重大国家战略，积极融入全国统一大市场。"
    assert [(c.name, c.kind) for c in recall._objects(text, lex)] == [
        ("京津冀协同发展", "object"),
        ("全国统一大市场", "object"),
    ]


def test_list_of_named_works_keeps_short_abbreviations():
    lex = lexicon()
    text = "铁路方面，积极推动莱临、德商、日照至五莲、聊邯长铁路纳规。"
    assert [c.name for c in recall._objects(text, lex)] == ["莱临", "德商", "日照至五莲", "聊邯长铁路"]


def test_short_unnumbered_quotes_are_no_wide_candidates():
    lex = lexicon()
    text = "市容市貌换“新颜”，坚决向困难“开战”，落实“三不腐”要求，争创“家门口的好去处”。"
    assert [c.name for c in recall._quoted_any(text, lex)] == ["三不腐", "家门口的好去处"]


def test_list_before_a_name_matches_the_backtracking_pattern_it_replaces():
    # ((?:[^、]{1,24}、)+[^、]{1,24}?)(等|的)?$ on text without other punctuation
    assert _before_list("开展了集贸市场及周边环境整治、文明养宠等") == ("开展了集贸市场及周边环境整治、文明养宠", "等")
    assert _before_list("藏羊、牦牛、羔羊") == ("藏羊、牦牛、羔羊", None)
    assert _before_list("、甲") is None
    assert _before_list("甲、" + "乙" * 25) is None
    assert _before_list("甲" * 30 + "、乙的") == ("甲" * 24 + "、乙", "的")


def test_mention_across_a_cut_byline_is_dropped():
    text = "中新网拉萨8月3日电(记者 江飞波)《中国西藏新农村建设绿皮书：西藏乡村振兴发展新京报讯（记者陈琳）厂城中村改造工程二期封顶"
    for prog in PIPELINE.extract(text).programs:
        for s, e in prog.mentions:
            assert "记者" not in text[s:e], (prog.name, text[s:e])
