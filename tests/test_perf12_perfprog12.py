"""Speed round 12, programmes: each shortcut gives what the same code gives with it switched off
(``fast=False``), on generated inputs and on real sentences."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from civicextract.extractors.programs import candidates, extractor, headed, items
from civicextract.extractors.programs.candidates import Candidate
from civicextract.extractors.programs.lexicon import bucketed_trie, lexicon
from civicextract.extractors.programs.scorer import Scorer
from civicextract.resources import trie_alternation

from .linear_time import collector_off

# names built of programme words, places and repeats, so that shared keys, name + suffix and
# shared endings all occur
_PARTS = st.sampled_from(["乡村振兴", "工程", "行动", "项目", "计划", "长沙", "兴联路", "大通道", "河长制", "管理机制",
                          "污染防治", "攻坚", "战", "双创", "东线", "一期", "南水北调", "三年", "专项"])
_NAMES = st.lists(_PARTS, min_size=1, max_size=4).map("".join)
_CANDS = st.lists(
    st.builds(
        Candidate,
        name=_NAMES,
        start=st.integers(0, 50),
        end=st.integers(51, 80),
        core=st.none() | _NAMES,
        kind=st.sampled_from(["quote", "head", "known", "object"]),
        known=st.none() | st.sampled_from(["双创", "乡村振兴"]),
    ),
    max_size=14,
)


@settings(max_examples=400, deadline=None)
@given(_CANDS)
def test_group_shortcuts_keep_the_partition(cands: list[Candidate]) -> None:
    lex = lexicon()
    forms, _ = extractor._forms()
    assert extractor._group(cands, lex, forms) == extractor._group(cands, lex, forms, fast=False)


def test_group_on_a_real_sentence() -> None:
    text = "实施南水北调东线一期工程，东线一期工程通水；推进路长制，完善路长制管理机制，打好污染防治攻坚战，污染防治攻坚取得成效。"
    lex = lexicon()
    forms, _ = extractor._forms()
    cands = extractor._drop_nested(
        [*headed.headed(text, lex, []), *candidates.known(text, lex, *extractor._forms())]
    )
    fast = extractor._group(cands, lex, forms)
    assert fast == extractor._group(cands, lex, forms, fast=False)
    names = sorted(sorted(c.name for c in g) for g in fast)
    assert names == [
        ["东线一期工程", "南水北调东线一期工程"],
        ["污染防治攻坚", "污染防治攻坚战", "污染防治攻坚战"],
        ["路长制", "路长制", "路长制管理机制"],
    ]


# texts of a few characters, so that an abbreviation's characters recur one apart
_TEXT = st.text(st.sampled_from(list("疏解整治促提升整疏促一二甲乙“”，")), max_size=30)


@settings(max_examples=600, deadline=None)
@given(_TEXT, st.sampled_from(["疏整促", "整促提", "疏解整", "甲乙疏整"]))
@example("开展“疏整促”专项行动，疏解整治促提升", "疏整促")
@example("疏解整治促", "疏整促")  # the full form running to the end of the text
def test_expansion_shortcut_is_the_character_walk(text: str, core: str) -> None:
    lex = lexicon()
    group = [Candidate(core, 0, len(core), core=core)]
    expandable = frozenset({core})
    assert extractor._expansion(text, group, lex, expandable) == extractor._expansion(
        text, group, lex, expandable, fast=False
    )


@st.composite
def _spelled_out(draw):
    """A text holding the abbreviation's characters one apart, often: what the walk must find."""
    core = draw(st.sampled_from(["疏整促", "甲乙疏整", "整促提"]))
    fill = st.sampled_from(list("解治提升一甲，”"))
    spelled = "".join(ch + draw(fill) for ch in core)
    cut = draw(st.integers(len(spelled) - 2, len(spelled)))  # sometimes without its last character(s)
    return draw(_TEXT) + spelled[:cut] + draw(_TEXT), core


@settings(max_examples=600, deadline=None)
@given(_spelled_out())
@example(("甲一乙二疏解整治", "甲乙疏整"))
def test_expansion_shortcut_on_spelled_out_forms(case: tuple[str, str]) -> None:
    text, core = case
    lex = lexicon()
    group = [Candidate(core, 0, len(core), core=core)]
    expandable = frozenset({core})
    assert extractor._expansion(text, group, lex, expandable) == extractor._expansion(
        text, group, lex, expandable, fast=False
    )


def test_expansion_finds_the_full_form() -> None:
    text = "开展“疏整促”专项行动。疏解整治促提升工作持续推进。"
    group = [Candidate("疏整促", 3, 6, core="疏整促")]
    assert extractor._expansion(text, group, lexicon(), frozenset({"疏整促"})) == "疏解整治促提升"


_LIST_TEXT = st.text(st.sampled_from(list("等、，。门前五包院内四自和中铁局一批项目工程铁路高速公路甲乙丙")), max_size=60)


@settings(max_examples=500, deadline=None)
@given(_LIST_TEXT)
@example("推行门前五包、院内四自等做法")
@example("建成甲乙铁路、丙丁高速公路等一批项目")
@example("建成京雄城际铁路、雄安新区至北京大兴国际机场快线高速公路等一批项目")  # its 、 20 characters before 等
def test_enumerated_gate_skips_only_lists_without_items(text: str) -> None:
    lex = lexicon()
    assert list(items.enumerated(text, lex)) == list(items.enumerated(text, lex, fast=False))


def test_enumerated_on_a_real_list() -> None:
    found = [c.name for c in items.enumerated("门前五包、院内四自等做法得到推广，等待验收", lexicon())]
    assert found == ["门前五包", "院内四自"]
    # (the first item's leading verb is cut since round 12; what matters here is that a list
    # reaching 20 characters back from 等 is read whole)
    text = "建成京雄城际铁路、雄安新区至北京大兴国际机场快线高速公路等一批项目"
    assert [c.name for c in items.enumerated(text, lexicon())] == [
        "京雄城际铁路",
        "雄安新区至北京大兴国际机场快线高速公路",
    ]


def test_keep_parts_group_weight_is_summed_last() -> None:
    # weights whose float sum depends on the order: in keep()'s order (1e16 + 1) + 1 rounds to 1e16
    # and the group's -1e16 leaves 0.0 (p = 0.5, under 0.6); with the group's weight summed first, 2.0
    model = Scorer({"bias": 1e16, "a": 1.0, "rule&a": 1.0, "group=rule": -1e16}, wide_threshold=0.6)
    assert model.keep(["bias", "a", "rule&a", "group=rule"]) is False
    assert model.keep_parts(["bias"], ["a"], "rule") is False
    assert model.keep_parts(["bias"], ["a"], "rule") is False  # the second call reads the cached group weight


_WORD_CHARS = "一二三东乡京大中国新长农天双两四"


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(st.text(alphabet=_WORD_CHARS, min_size=1, max_size=4), min_size=1, max_size=30),
    text=st.text(alphabet=_WORD_CHARS + "，的", max_size=60),
    per=st.sampled_from([1, 2, 3, 5]),
)
@example(words=["一带一路", "一村一品", "东数西算", "中", "大"], text="推进一带一路和东数西算，中大", per=1)
def test_bucketed_trie_second_character_gate_keeps_every_match(words, text, per):
    ordered = sorted(words, key=len, reverse=True)
    plain = [m.span() for m in re.finditer(trie_alternation(ordered), text)]
    for second in (True, False):
        assert [m.span() for m in re.finditer(bucketed_trie(ordered, per, second=second), text)] == plain


def test_bucketed_trie_second_character_classes() -> None:
    words = ["一带一路", "三北工程", "东数西算", "两新"]
    assert bucketed_trie(words, 2) == (
        "(?=[一三东两][北带数新])(?:(?=[一三][北带])(?:(?:一带一路|三北工程))|(?=[东两][数新])(?:(?:东数西算|两新)))"
    )
    # a one-character word: no second class where it is (its bucket and the outer look-ahead)
    assert bucketed_trie(["一带一路", "三", "东数西算", "两新"], 2) == (
        "(?=[一三东两])(?:(?=[一三])(?:(?:一带一路|三))|(?=[东两][数新])(?:(?:东数西算|两新)))"
    )


# quoted items joined by list gaps or not, some of them programme-like (a launching verb before,
# a programme word after), so that acceptance spreads both ways along a list
_QUOTED_ITEM = st.sampled_from(["“清风廉政”", "“明月”", "“百日攻坚”", "“春雨行动”", "“五定”", "“远山近水”"])
_GAP = st.sampled_from(["、", "", "和", "、市区", "，据悉", "行动、", "开展", "。"])


@st.composite
def _quote_lists(draw):
    n = draw(st.integers(0, 8))
    parts = [draw(st.sampled_from(["据悉，", "开展", "实施", ""]))]
    for _ in range(n):
        parts += [draw(_QUOTED_ITEM), draw(_GAP)]
    return "".join(parts) + draw(st.sampled_from(["", "行动。", "工作。", "等活动。"]))


@settings(max_examples=500, deadline=None)
@given(_quote_lists())
@example("据悉，“清风廉政”、“明月”、“远山近水”、“百日攻坚”行动。")  # accepted from the last one back
def test_quoted_list_spread_is_the_passes_closure(text: str) -> None:
    lex = lexicon()
    assert list(candidates.quoted(text, lex, [])) == list(candidates.quoted(text, lex, [], fast=False))


def _quote_list(n: int) -> str:
    words = ["清风", "明月", "春雨", "秋霜", "远山", "近水", "白云", "青松"]
    items = [f"“{words[i % 8]}{chr(0x4E00 + 300 + i % 50)}”" for i in range(n)]
    return "据悉，" + "、".join(items) + "、“百日攻坚”行动。"  # only the last is a programme by itself


def test_quoted_list_spread_on_a_real_shaped_list() -> None:
    text = "据悉，“清风伬”、“明月伭”、“春雨伮”、“百日攻坚”行动。"
    assert [c.name for c in candidates.quoted(text, lexicon(), [])] == ["清风伬", "明月伭", "春雨伮", "百日攻坚行动"]


def test_quoted_list_spread_grows_linearly() -> None:
    # a list accepted from its last quote back: a pass per step was quadratic (250 -> 1,000 quotes: x15)
    import time

    lex = lexicon()

    def cost(n: int) -> float:
        text = _quote_list(n)
        best = float("inf")
        with collector_off():
            for _ in range(3):
                candidates._LAST_QUOTES = (None, ())
                t0 = time.process_time()
                found = list(candidates.quoted(text, lex, []))
                best = min(best, time.process_time() - t0)
        assert len(found) == n + 1
        return best

    assert cost(2000) < 8 * cost(500)


def test_national_gate_is_any_word_in_text() -> None:
    from civicextract.extractors.programs import recall

    lex = lexicon()
    _, gate = recall._national_re(lex)
    texts = ["推进交通强国建设，", "建设美丽中国先行区", "今天天气很好", "书香社会", "无废城市建设", ""]
    for text in texts:
        fast = list(recall._national(text, lex))
        assert fast == list(recall._national(text, lex, fast=False))
        assert (recall._national_gate(lex).search(text) is not None) == any(w in text for w in gate)
    assert [c.name for c in recall._national("推进交通强国建设，", lex)] == ["交通强国"]


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from(list("书香无废清廉美丽强国交通中建设，")), max_size=20))
def test_national_gate_on_generated_texts(text: str) -> None:
    from civicextract.extractors.programs import recall

    lex = lexicon()
    _, gate = recall._national_re(lex)
    assert (recall._national_gate(lex).search(text) is not None) == any(w in text for w in gate)
    assert list(recall._national(text, lex)) == list(recall._national(text, lex, fast=False))


# lists before and after names, with and without 等 and an announced count
_LIST_PIECES = st.sampled_from(
    ["开展", "实施", "整治", "清理", "河道", "垃圾", "、", "、", "等", "的", "五大行动", "三项工程", "双创", "“三清一改”",
     "“双创”", "“三大工程”", "专项行动", "，", "，", "。", "即", "包括", "：", "一是", "二是", "三是", "四是", "五是"]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_LIST_PIECES, max_size=24).map("".join))
@example("开展河道整治、垃圾清理、违建拆除、污水治理、道路硬化等五大行动")
@example("整治、清理、拆除等专项行动")
@example("持续开展河道清理、垃圾分类、厕所改造等“三清一改”专项行动")  # no count announced: taken for its 等
@example("实施“三大工程”，河道治理、垃圾清理、污水处理。")  # a counted list after a comma
def test_components_gate_keeps_every_list(text: str) -> None:
    from civicextract.extractors.programs.components import components_for

    lex = lexicon()
    quotes = [(m.start(), m.end()) for m in candidates.quote_matches(text)]
    for c in [*candidates.quoted(text, lex, []), *headed.headed(text, lex, quotes)]:
        assert components_for(text, [c], c.name) == components_for(text, [c], c.name, fast=False)


def test_components_of_a_counted_and_a_listed_name() -> None:
    from civicextract.extractors.programs.components import components_for

    lex = lexicon()
    text = "开展河道整治、垃圾清理、违建拆除、污水治理、道路硬化等五大行动，推进整治、清理、拆除等专项行动。"
    found = {c.name: components_for(text, [c], c.name) for c in headed.headed(text, lex, [])}
    assert found["五大行动"] == ("河道整治", "垃圾清理", "违建拆除", "污水治理", "道路硬化")
    text = "持续开展河道清理、垃圾分类、厕所改造等“三清一改”专项行动"
    (c,) = candidates.quoted(text, lex, [])
    assert (c.name, components_for(text, [c], c.name)) == ("三清一改专项行动", ("河道清理", "垃圾分类", "厕所改造"))
    text = "实施“三大工程”，河道治理、垃圾清理、污水处理。"
    (c,) = candidates.quoted(text, lex, [])
    assert (c.name, components_for(text, [c], c.name)) == ("三大工程", ("河道治理", "垃圾清理", "污水处理"))
