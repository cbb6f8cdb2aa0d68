"""Programmes, round 11: the closed class of named national strategies, campaigns and programmes.

models/program_strategies.txt lists them from knowledge of central documents (congress reports, government
work reports 2013-2026, five-year plans, No.1 documents); names above @JUDGED are kept unscored as known
programmes, names below it are proposed by the wide finder (kind "national") and judged by the scorer.
Sentences are synthetic, in the style of county and provincial work reports; expected records are exact.
"""

from __future__ import annotations

from civicextract.extractors.programs import recall
from civicextract.extractors.programs.lexicon import _strategies, lexicon
from civicextract.resources import data_lines, model_path

from .test_programs_holdout import _names


def _section(start: str) -> list[str]:
    """The names of program_strategies.txt after the comment line starting ``start``, up to the next @ line."""
    lines = data_lines("program_strategies.txt")
    raw = model_path("program_strategies.txt").read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(raw) if line.startswith(start))
    names = []
    for line in raw[at + 1 :]:
        if line.startswith("@") or line.startswith("# ----"):
            break
        if line.strip() and not line.startswith("#"):
            names.append(line.strip())
    assert set(names) <= set(lines)
    return names


def test_lexicon_has_no_name_twice_and_does_not_repeat_the_abbreviations():
    vetted, judged = _strategies()
    assert len(vetted) == len(set(vetted)) and len(judged) == len(set(judged))
    assert not set(vetted) & set(judged)
    abbreviations = {line.split("\t")[0] for line in data_lines("program_abbreviations.tsv")}
    round11 = _section("# ---- round 11")
    assert len(round11) >= 130
    assert not set(round11) & abbreviations
    # the complete list, not a sample: every battle of the pollution campaign and every 普法 plan since 2016
    assert {"长江保护修复攻坚战", "渤海综合治理攻坚战", "柴油货车污染治理攻坚战", "城市黑臭水体治理攻坚战"} <= set(round11)
    assert {"七五普法", "八五普法", "九五普法"} <= set(round11)


def test_named_strategies_without_a_programme_word_are_kept():
    text = "全县深入实施健康中国战略，落实“双减”要求，持续推进“四好农村路”建设。"
    assert _names(text) == ["健康中国战略", "双减", "四好农村路建设"]


def test_named_campaigns_and_plans_are_kept():
    text = "我市大力实施京津冀协同发展战略，积极参与三大攻坚战，启动八五普法验收工作。"
    assert _names(text) == ["京津冀协同发展", "三大攻坚战", "八五普法"]
    text = "省教育厅组织实施特岗计划和三支一扶计划，选派银龄计划教师200名。"
    assert _names(text) == ["特岗计划", "三支一扶计划", "银龄计划"]


def test_rural_programmes_of_the_no1_documents_are_kept():
    text = "该镇统筹推进万企兴万村行动和农村人居环境整治提升五年行动，持续开展爱国卫生运动。"
    assert _names(text) == ["万企兴万村行动", "农村人居环境整治提升五年行动", "爱国卫生运动"]


def test_traditional_script_forms_are_found():
    # Taiwan/Hong Kong reports of mainland policy: the names are matched after the t2s conversion
    assert _names("深入實施健康中國戰略，落實「雙減」要求。") == ["健康中国战略", "双减"]


def test_judged_names_are_proposed_by_the_wide_finder():
    # 脱贫攻坚 is also written as an outcome (巩固拓展脱贫攻坚成果): proposed, the scorer decides
    lex = lexicon()
    assert "脱贫攻坚" in lex.national and "脱贫攻坚" not in lex.known
    text = "今年以来，全区深入推进脱贫攻坚，扎实开展消费帮扶。"
    found = [(c.name, c.kind) for c in recall._national(text, lex)]
    assert found == [("脱贫攻坚", "national"), ("消费帮扶", "national")]
