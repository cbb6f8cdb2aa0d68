"""The programme features' speed-only gates (a set test of a last character before a regex search)
never skip a search that would have matched: the features stay what the plain searches give."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from civicextract.extractors.programs import candidates, features
from civicextract.extractors.programs.candidates import LEFT_STOP_LASTS, LEFT_STOPS

# the characters the gated patterns are made of, with others, digits, quote marks and a newline
_ALPHABET = st.sampled_from(list("个项批类大些干一二多数余若各实施推动开展建设完成围绕会议铁路港线区群展节赛" "的了和在是为3“‘\"\n甲乙"))
_TEXTS = st.text(_ALPHABET, max_size=12)


@settings(max_examples=800, deadline=None)
@given(_TEXTS)
def test_left_stop_gate_keeps_every_stop_at_the_end(before: str) -> None:
    stop = None
    for stop in LEFT_STOPS.finditer(before):  # noqa: B007 - the last one is wanted
        pass
    if stop is not None and stop.end() >= len(before) - 1:
        assert before[-1:] in LEFT_STOP_LASTS or before[-2:-1] in LEFT_STOP_LASTS


@settings(max_examples=800, deadline=None)
@given(_TEXTS)
def test_anchored_gates_keep_every_match(text: str) -> None:
    s = len(text)
    last = text[s - 1] if s else ""
    if features._COUNTED.search(text, max(0, s - 5), s):
        assert last in features._COUNTED_LASTS or last == "\n"
    if features._AFTER_VERB.search(text, max(0, s - 5), s):
        assert last in features._AFTER_VERB_LASTS or last == "\n"
    if features._END_CLASS.search(text):
        assert text[-1:] in features._END_LASTS or text[-1:] == "\n"


def test_gated_features_on_real_names() -> None:
    # 实施“十大工程”: after a verb, quoted; 3个重点项目: a count before the name
    assert features._AFTER_VERB.search("实施“") and "“" in features._AFTER_VERB_LASTS
    assert features._COUNTED.search("建设3个") and "个" in features._COUNTED_LASTS
    assert features._END_CLASS.search("长江中游城市群").lastgroup == "strategy_end"
    assert "群" in features._END_LASTS and "项" not in features._END_LASTS


_PLACE_TEXTS = st.text(st.sampled_from(list("全国省市县区镇乡街道高新小上超城都长沙岳麓村振兴行动风场")), max_size=12)


@settings(max_examples=800, deadline=None)
@given(_PLACE_TEXTS)
def test_place_gate_keeps_every_place(name: str) -> None:
    gated, plain = candidates.place_match(name), candidates.PLACE.match(name)
    assert (gated and gated.span()) == (plain and plain.span())
    if candidates.PLACE.fullmatch(name):
        assert name[:1] == "全" or not candidates.PLACE_ENDS.isdisjoint(name[:8])


def test_place_gate_on_real_names() -> None:
    assert candidates.place_match("长沙市岳麓区城市更新行动").group() == "长沙市"
    assert candidates.place_match("全市文明创建行动").group() == "全市"
    assert candidates.place_match("乡村振兴战略") is None


def test_head_continues_branches_all_look_behind() -> None:
    # the gate in headed() tests these words before the pattern: every branch must start with one
    branches = re.split(r"\|(?=\(\?<=)", candidates.HEAD_CONTINUES.pattern)
    assert len(branches) == len(re.findall(r"\(\?<=", candidates.HEAD_CONTINUES.pattern))
    assert all(b.startswith("(?<=") for b in branches)
    assert set(candidates.HEAD_CONTINUED) == set(re.findall(r"\(\?<=([^()]+)\)", candidates.HEAD_CONTINUES.pattern))


@settings(max_examples=800, deadline=None)
@given(st.text(st.sampled_from(list("战略合作攻坚成果项目部活动现场计划生育工程师学习教育创建模式下行")), max_size=10))
def test_head_continues_gate_keeps_every_match(text: str) -> None:
    for he in range(len(text) + 1):
        if candidates.HEAD_CONTINUES.match(text, he):
            assert text.endswith(candidates.HEAD_CONTINUED, 0, he)


@settings(max_examples=800, deadline=None)
@given(st.text(st.sampled_from(list("开展监督百日行动，。、（）()的和3a ")), max_size=14), st.integers(0, 14))
def test_prefix_gate_is_where_left_start_finds_no_prefix(text: str, q: int) -> None:
    from civicextract.extractors.programs.lexicon import lexicon

    q = min(q, len(text))
    if q == 0 or (text[q - 1] not in "）)" and not candidates.NAME_CHARS.match(text, q - 1)):
        assert candidates.left_start(text, q, 10, lexicon()) == q


def _in_word_plain(text: str, k: int, inword: frozenset[str]) -> bool:
    """_in_word as it was: every slice of 2-4 characters holding text[k]."""
    n = len(text)
    for s in range(max(0, k - 3), k + 1):
        for e in range(max(k + 1, s + 2), min(s + 4, n) + 1):
            if text[s:e] in inword:
                return True
    return False


# characters of words in program_inword.txt (结对, 经济, 基地, 以旧换新) with stops and others
_INWORD_TEXTS = st.text(st.sampled_from(list("结对经济基地以旧换新和与的对个在为甲乙，")), min_size=1, max_size=12)


@settings(max_examples=800, deadline=None)
@given(_INWORD_TEXTS, st.integers(0, 11))
def test_in_word_tries_the_slices_the_plain_scan_tries(text: str, k: int) -> None:
    from civicextract.extractors.programs.lexicon import lexicon

    lex = lexicon()
    k = min(k, len(text) - 1)
    assert candidates._in_word(text, k, lex) == _in_word_plain(text, k, lex.inword)


def test_in_word_on_real_words() -> None:
    from civicextract.extractors.programs.lexicon import lexicon

    lex = lexicon()
    assert candidates._in_word("结对帮扶机制", 1, lex)  # 对 inside 结对
    assert candidates._in_word("以旧换新活动", 0, lex)  # 以 opens 以旧换新
    assert not candidates._in_word("甲对乙", 1, lex)  # 对 between two characters that make no word with it


def _corpus_texts() -> list[str]:
    import json
    from pathlib import Path

    from civicextract.document import normalize

    root = Path(__file__).resolve().parent.parent / "corpus"
    names = ["dev.jsonl", "fit.jsonl", *sorted(p.name for p in root.glob("holdout_programs*.jsonl") if ".gold" not in p.name)]
    texts = []
    for name in names:
        for line in (root / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(normalize(json.loads(line)["text"]).text)
    return texts


def test_keep_parts_is_keep_of_record_features_on_every_candidate() -> None:
    # The scorer's speed path (crossed weights from a table per group) sums the same weights in the
    # same order as the plain one: the same float, the same decision, for every candidate of dev,
    # fit and the programme hold-out sets.
    from civicextract.extractors.programs.extractor import candidate_records
    from civicextract.extractors.programs.lexicon import lexicon
    from civicextract.extractors.programs.scorer import Scorer, scorer

    lex, model = lexicon(), scorer()
    assert model is not None
    n = 0
    for text in _corpus_texts():
        for rec, kinds, _ in candidate_records(text, lex):
            full = features.record_features(text, rec, kinds, lex)
            f, c, group = features.feature_parts(text, rec, kinds, lex)
            crossed = [group + "&" + x for x in c]
            assert full == [*f, *c, *crossed, "group=" + group]
            for rule in (False, True):
                assert model.keep_parts(f, c, group, rule=rule) == model.keep(full, rule=rule)
            # at a threshold of exactly its own probability: a sum one rounding lower would drop it
            p = model.probability(full)
            edge = Scorer(model.weights, wide_threshold=p, rule_threshold=p)
            assert edge.keep(full) and edge.keep_parts(f, c, group)
            n += 1
    assert n > 1000


def test_keep_parts_on_a_synthetic_model() -> None:
    from civicextract.extractors.programs.scorer import Scorer

    model = Scorer({"bias": -1.0, "a": 0.5, "rule&a": 0.75, "group=rule": 0.1, "wide:x&a": -3.0}, wide_threshold=0.5)
    # -1 + 0.5 (a) + 0.75 (rule&a) + 0.1 = 0.35 -> p 0.587: kept; for wide:x -1 + 0.5 - 3 = -3.5: dropped
    assert model.keep_parts(["bias"], ["a"], "rule") is True
    assert model.keep(["bias", "a", "rule&a", "group=rule"]) is True
    assert model.keep_parts(["bias"], ["a"], "wide:x") is False
    assert model.keep_parts(["bias"], ["b"], "rule") is False  # -0.9: no weight for b, rule&b


def test_national_gate_covers_every_named_strategy() -> None:
    from civicextract.extractors.programs.lexicon import lexicon
    from civicextract.extractors.programs.recall import _gate, _national_re

    names = lexicon().national
    _, gate = _national_re(lexicon())
    assert names and all(any(word in name for word in gate) for name in names)
    assert set(gate) == {"书香", "无废", "清廉", "美丽", "强国"}
    # greedy: the word most names hold first (强国: two), then ties in code order; a one-character
    # name is its own word
    assert _gate(("交通强国", "教育强国", "美丽中国", "X")) == ("强国", "X", "中国")
    assert _gate(()) == ()


_NATIONAL_CHARS = st.sampled_from(list("交通强国美丽中国书香清廉无废北京海洋教育，。的"))


@settings(max_examples=600, deadline=None)
@given(st.text(_NATIONAL_CHARS, max_size=16))
def test_national_gate_never_skips_a_match(text: str) -> None:
    from civicextract.extractors.programs.lexicon import lexicon
    from civicextract.extractors.programs.recall import _national_re

    pat, gate = _national_re(lexicon())
    if pat.search(text):
        assert any(word in text for word in gate)


def test_per_lexicon_cache_never_answers_for_another_lexicon_at_a_reused_id():
    """A cache keyed by id() alone could hand a freed lexicon's pattern to a new one that
    got its id; the entry holds its lexicon and is rebuilt when another stands there."""
    from civicextract.extractors.programs import recall

    cache: dict = {}
    a, b = object(), object()
    cache[id(b)] = (a, "built for a")  # as if a had been freed and b took its id
    assert recall._per_lexicon(cache, b, lambda lex: "built for b") == "built for b"
    assert recall._per_lexicon(cache, b, lambda lex: "not rebuilt") == "built for b"
    for _ in range(20):  # bounded: a process with many lexicons keeps a few
        recall._per_lexicon(cache, object(), lambda lex: None)
    assert len(cache) <= 8
