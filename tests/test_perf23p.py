"""speed23p: per-candidate work in the programme extractor's grouping and records done once, or not at all.

Each test counts the work a shortcut spares (calls, look-ups) and holds the shortcut to what the code
did before it, on real sentences and on the corpus.
"""

import json
from pathlib import Path

from civicextract.document import normalize
from civicextract.extractors.programs import extractor as X
from civicextract.extractors.programs.candidates import Candidate
from civicextract.extractors.programs.lexicon import lexicon

ROOT = Path(__file__).resolve().parent.parent


def _dev_texts() -> list[str]:
    lines = (ROOT / "corpus" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
    return [normalize(json.loads(line)["text"]).text for line in lines]


class _Counting:
    """A pattern whose ``match`` calls are counted."""

    def __init__(self, pattern):
        self.pattern, self.calls = pattern, 0

    def match(self, *args):
        self.calls += 1
        return self.pattern.match(*args)


def _known_cands(text: str) -> list[tuple[str, int, int]]:
    lex = lexicon()
    forms, form_re = X._forms()
    from civicextract.extractors.programs.candidates import known

    return [(c.name, c.start, c.end) for c in X._coordinated_known(known(text, lex, forms, form_re), text, lex)]


def test_hub_pattern_runs_only_where_a_hub_is_named(monkeypatch):
    counting = _Counting(X._HUB_AFTER_KNOWN)
    monkeypatch.setattr(X, "_HUB_AFTER_KNOWN", counting)
    # no 集结中心 in the article: the pattern is never run, the known names are as before
    assert _known_cands("全市深入实施乡村振兴战略，推进河长制，中欧班列开行量再创新高。") == [
        ("乡村振兴战略", 6, 12),
        ("河长制", 15, 18),
        ("中欧班列", 19, 23),
    ]
    assert counting.calls == 0
    # with one: run after each known name, and the hub joins the name
    assert _known_cands("加快建设中欧班列长沙集结中心，推进河长制。") == [("中欧班列长沙集结中心", 4, 14), ("河长制", 17, 20)]
    assert counting.calls == 2


class _CountingDict(dict):
    gets = 0

    def get(self, *args):
        type(self).gets += 1
        return super().get(*args)


def test_same_ending_looks_up_only_lengths_some_name_has():
    lex = lexicon()
    names = _CountingDict({"南水北调东线一期工程": 0, "东线一期工程": 1, "路长制": 2})
    parent = [0, 1, 2]
    _CountingDict.gets = 0
    X._union_same_ending(names, lex, parent, fast=True)
    # 南水北调东线一期工程 (10): of the cuts 9..4 only 6 is a length some name has; 东线一期工程 (6): cuts 5..4, none
    assert _CountingDict.gets == 1
    assert X._find(parent, 0) == X._find(parent, 1) != X._find(parent, 2)
    reference = [0, 1, 2]
    X._union_same_ending(dict(names), lex, reference, fast=False)
    assert [X._find(reference, i) for i in range(3)] == [X._find(parent, i) for i in range(3)]


def _drop_nested_reference(cands: list[Candidate]) -> list[Candidate]:
    """``_drop_nested``'s first step as it was: every known span tested for every head candidate."""
    known_spans = [(c.start, c.end) for c in cands if c.kind == "known"]
    return [c for c in cands if c.kind != "head" or not any(c.start < s < c.end <= e for s, e in known_spans)]


def test_drop_nested_bisects_the_known_spans():
    text = "要继续巩固脱贫攻坚成果，推进乡村振兴战略和河长制。"
    cands = [
        Candidate("继续巩固脱贫攻坚", 1, 9, kind="head"),
        Candidate("脱贫攻坚", 5, 9, kind="known", known="脱贫攻坚"),
        Candidate("乡村振兴战略", 14, 20, kind="known", known="乡村振兴战略"),
        Candidate("推进乡村振兴", 12, 18, kind="head"),  # a known name starts inside and runs past it: dropped
        Candidate("巩固脱贫攻坚成果", 3, 11, kind="head"),  # holds a known name whole: kept (the sweep drops that one)
        Candidate("河长制", 21, 24, kind="known", known="河长制"),
    ]
    assert [text[c.start : c.end] for c in cands] == [c.name for c in cands]
    kept = X._drop_nested(cands)
    assert [c.name for c in kept] == ["乡村振兴战略", "巩固脱贫攻坚成果", "河长制"]
    assert X._drop_nested(_drop_nested_reference(cands)) == kept


def test_drop_nested_as_before_on_the_corpus():
    lex = lexicon()
    seen = []
    original = X._drop_nested

    def both(cands):
        out = original(cands)
        seen.append(out == original(_drop_nested_reference(cands)))
        return out

    X._drop_nested = both
    try:
        for text in _dev_texts():
            X.candidate_records(text, lex)
    finally:
        X._drop_nested = original
    assert len(seen) > 50 and all(seen)


def test_a_group_without_cores_never_looks_for_an_expansion(monkeypatch):
    calls = []
    original = X._expansion
    monkeypatch.setattr(X, "_expansion", lambda *a, **k: calls.append(a[1]) or original(*a, **k))
    text = "实施城市更新行动，“疏整促”专项行动，疏解整治促提升。"
    lex = lexicon()
    plain = [Candidate("城市更新行动", 2, 8, kind="head")]
    assert X._record(text, plain, lex, frozenset({"疏整促"})).name == "城市更新行动"
    assert calls == []
    quoted = [Candidate("疏整促专项行动", 9, 18, core="疏整促", kind="quote")]
    assert X._record(text, quoted, lex, frozenset({"疏整促"})).name == "疏解整治促提升"
    assert len(calls) == 1
    # cores none of which may be expanded (every group _extract completes): no call either
    assert X._record(text, quoted, lex, frozenset()).name == "疏整促专项行动"
    assert len(calls) == 1


def test_own_mentions_returns_records_untouched_where_no_mentions_overlap():
    from civicextract.records import Program

    # 城市更新行动 [0, 6) and 河长制 [10, 13): nothing inside anything, the list itself comes back
    apart = [Program("城市更新行动", ((0, 6), (20, 26))), Program("河长制", ((10, 13),))]
    assert X._own_mentions(apart) is apart
    # 三年计划 inside 城市更新行动三年计划: the sweep drops that mention (and the record it leaves empty)
    nested = [Program("城市更新行动三年计划", ((0, 10),)), Program("三年计划", ((6, 10),))]
    assert X._own_mentions(nested) == [nested[0]]
    # spans that only touch ([0, 6) then [6, 9)) overlap nowhere; equal spans of two records do
    touching = [Program("城市更新行动", ((0, 6),)), Program("三年计划", ((6, 9),))]
    assert X._own_mentions(touching) is touching
    twice = [Program("双创", ((3, 5),)), Program("双创工作", ((3, 5),))]
    assert X._own_mentions(twice) == [twice[0]]
