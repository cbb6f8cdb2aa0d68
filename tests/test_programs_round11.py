"""Programmes, round 11: the closed class of named national strategies, campaigns and programmes.

models/program_strategies.txt lists them from knowledge of central documents (congress reports, government
work reports 2013-2026, five-year plans, No.1 documents); names above @JUDGED are kept unscored as known
programmes, names below it are proposed by the wide finder (kind "national") and judged by the scorer.
Sentences are synthetic, in the style of county and provincial work reports; expected records are exact.
"""

from __future__ import annotations

import json
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from civicextract.extractors.programs.lexicon import _strategies, bucketed_trie
from civicextract.resources import data_lines, model_path, trie_alternation
from civicextract.train import programs as train_programs

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
    assert len(round11) >= 170
    assert not set(round11) & abbreviations
    # the complete list, not a sample: every battle of the pollution campaign and every 普法 plan since 2016
    assert {"长江保护修复攻坚战", "渤海综合治理攻坚战", "柴油货车污染治理攻坚战", "城市黑臭水体治理攻坚战"} <= set(
        round11
    )
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


def test_reform_and_police_campaign_names_are_kept():
    text = "持续巩固拓展脱贫攻坚成果，推进营改增后续改革，落实“双随机、一公开”监管。"
    assert _names(text) == ["脱贫攻坚", "营改增", "双随机、一公开"]
    text = "全面推行证照分离改革，开展“昆仑行动”和夏季治安打击整治行动。"
    assert _names(text) == ["证照分离", "昆仑行动", "夏季治安打击整治行动"]


def test_goal_like_names_are_not_listed():
    # fit's annotators put these in programs_optional or leave them out: listing them kept nothing more
    vetted, judged = _strategies()
    assert not {"双碳", "和美乡村", "数字乡村", "育儿补贴", "双一流", "新基建", "平急两用"} & {*vetted, *judged}


def test_training_recipe_round_11():
    # grouped cross-validation (benchmarks/programs_grouped_cv.py) chose dev + fit + rounds 3-9, dev and fit twice
    assert train_programs.EXTRA[-3:] == ("holdout_programs_r7", "holdout_programs_r8", "holdout_programs_r9")
    assert "holdout_programs_r11" not in train_programs.EXTRA and train_programs.TWICE == ("dev", "fit")
    model = json.loads(model_path("programs_scorer.json").read_text(encoding="utf-8"))
    assert set(model["trained_on"]) == {"dev", "fit", *train_programs.EXTRA}


_HAN = st.text(alphabet="一二三东乡京大中国新长农天双两四", min_size=1, max_size=4)


@settings(max_examples=150, deadline=None)
@given(
    words=st.lists(_HAN, min_size=1, max_size=30),
    text=st.text(alphabet="一二三东乡京大中国新长农天双两四，的", max_size=60),
)
def test_bucketed_trie_matches_what_the_plain_tree_matches(words, text):
    plain = re.compile(trie_alternation(sorted(words, key=len, reverse=True)))
    for per in (1, 2, 3, 48):
        bucketed = re.compile(bucketed_trie(sorted(words, key=len, reverse=True), per))
        assert [m.span() for m in bucketed.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_bucketed_trie_splits_a_long_list():
    words = [f"{c}计划" for c in "一二三四五六七八九十"]
    assert bucketed_trie(words, 4).count("(?=[") == 1 + 3
    assert bucketed_trie(words, 48) == trie_alternation(words)


def test_known_name_inside_a_short_quoted_name_is_part_of_it():
    # a known name (万企兴万村) inside a short quoted name of more words is no programme of its own;
    # inside speech (a long quote) it stays one
    assert _names("全市推进“千企帮千镇、万企兴万村”行动，带动农户增收。") == ["千企帮千镇、万企兴万村行动"]
    assert "万企兴万村" not in _names("各地通过“千企帮千镇、万企兴万村”等方式带动农户增收。")
    assert _names("他说：“要深入实施乡村振兴战略，推动万企兴万村走深走实。”") == ["乡村振兴战略", "万企兴万村"]
