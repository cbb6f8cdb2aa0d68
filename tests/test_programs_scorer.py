"""The learned programme scorer: deterministic training, the shipped model, its figures on the seed."""

from __future__ import annotations

import json
import math

from civicextract import Pipeline
from civicextract.extractors.programs.extractor import candidate_records
from civicextract.extractors.programs.features import record_features, vetted
from civicextract.extractors.programs.lexicon import lexicon
from civicextract.extractors.programs.scorer import MODEL_FILE, Scorer, scorer
from civicextract.resources import model_path
from civicextract.train import TRAINERS
from civicextract.train import programs as train
from civicextract.train.lbfgs import logistic_loss, minimize

from .conftest import CORPUS, load_jsonl

# A fixed slice: quoted names are programmes, verb-led ones are not, the optional one is left out.
SLICE = [
    train.Example("a", "x", ("bias", "quoted", "len=3"), 1),
    train.Example("a", "y", ("bias", "quoted", "len=4"), 1),
    train.Example("b", "z", ("bias", "len=4", "verb_lead"), 0),
    train.Example("b", "w", ("bias", "verb_lead", "len=3"), 0),
    train.Example("c", "v", ("bias", "quoted", "verb_lead", "len=4"), 1),
    train.Example("c", "u", ("bias", "len=3"), None),
    train.Example("c", "t", ("bias", "len=3", "verb_lead"), 0),
]


def test_training_on_a_fixed_slice_gives_exact_weights():
    assert train.fit(SLICE, l2=1.0) == {
        "bias": -0.3007,
        "len=3": -0.2975,
        "len=4": 0.2975,
        "quoted": 1.5288,
        "verb_lead": -0.6922,
    }
    # the shipped strength holds these weights, each seen in 2-5 of 6 examples, close to zero
    assert train.fit(SLICE) == {
        "bias": -0.005,
        "len=3": -0.0098,
        "len=4": 0.0098,
        "quoted": 0.0297,
        "verb_lead": -0.0148,
    }
    assert train.fit(SLICE) == train.fit(SLICE)  # no hidden state between runs


def test_training_does_not_depend_on_the_order_of_the_examples():
    # the exact minimum of a convex objective: no seed, no shuffle (AdaGrad's weights moved with both)
    for order in (SLICE[::-1], SLICE[3:] + SLICE[:3], sorted(SLICE, key=lambda e: e.features)):
        assert train.fit(order, l2=1.0) == train.fit(SLICE, l2=1.0)


def test_lbfgs_finds_the_closed_form_minimum():
    # one feature, labels 1, 0, 1, no penalty: the weight is the log-odds, log 2
    w, iterations = minimize([([0], 1), ([0], 0), ([0], 1)], [0.0])
    assert round(w[0], 6) == round(math.log(2), 6)
    assert iterations < 20
    # with a penalty the gradient vanishes at the answer
    rows = [([0, 1], 1), ([0, 2], 0), ([0, 1, 2], 1), ([0], 0)]
    w, _ = minimize(rows, [0.0, 1.0, 1.0])
    assert max(abs(g) for g in logistic_loss(w, rows, [0.0, 1.0, 1.0])[1]) < 1e-5
    assert [round(x, 4) for x in w] == [-0.4011, 0.8021, 0.0]


def test_optional_examples_are_not_trained_on():
    without = [e for e in SLICE if e.label is not None]
    assert train.fit(without) == train.fit(SLICE)


def test_judges_name_rule():
    assert train.program_match("双创", "“双创”")
    assert train.program_match("沪苏湖铁路", "要加大沪苏湖铁路")  # 5 of 8 characters
    assert not train.program_match("西部计划", "预计新招募西部计划")  # 4 of 9
    assert not train.program_match("", "双创")


def test_rebuild_is_byte_identical(tmp_path):
    out = tmp_path / MODEL_FILE
    assert train.main(["--out", str(out)]) == 0
    assert out.read_bytes() == model_path(MODEL_FILE).read_bytes()


def test_trainers_registry():
    assert TRAINERS["programs"] == "programs"


def test_shipped_model_loads():
    model = scorer()
    assert isinstance(model, Scorer)
    data = json.loads(model_path(MODEL_FILE).read_text(encoding="utf-8"))
    assert data["format"] == 1 and data["kind"] == "programs"
    assert 0 < model.wide_threshold < 1
    # the rule finders' unquoted names are judged with a bar of their own, chosen on held-out
    # scores within the training grid (round 3: 0.37 against 0.34 for the wide finders')
    assert 0 < model.rule_threshold == data["thresholds"]["rule"] <= train.RULE_MAX
    assert model.weights == data["weights"]


def test_shipped_model_on_the_seed_article_equals_the_gold():
    """By the judge's rule: every gold programme found by its exact name, nothing else but optional names."""
    gold = next(json.loads(line) for line in (CORPUS / "dev.gold.jsonl").open(encoding="utf-8") if '"seed"' in line)
    found = [p.name for p in Pipeline(kinds=("programs",)).extract(load_jsonl("seed.jsonl")["seed"]).programs]
    want = [p["name"] for p in gold["programs"]]
    assert set(want) <= set(found)
    extra = [n for n in found if n not in want]
    assert all(any(train.program_match(o, n) for o in gold["programs_optional"]) for n in extra)


def test_scorer_judges_the_wide_candidates():
    """A named railway the verb takes is kept, a quoted stock phrase is not; quoted rule names are not scored."""
    lex = lexicon()
    text = Pipeline(kinds=()).document("加快建设荆岳高铁，把“民生实事”办成群众的“暖心工程”。").text
    found = {
        r.name: (g is not None, vetted(text, r, k, lex), scorer().keep(record_features(text, r, k, lex)))
        for r, k, g in candidate_records(text, lex)
    }
    assert found == {"荆岳高铁": (True, False, True), "民生实事": (True, False, False), "暖心工程": (False, True, True)}
    names = [
        p.name
        for p in Pipeline(kinds=("programs",)).extract("加快建设荆岳高铁，把“民生实事”办成群众的“暖心工程”。").programs
    ]
    assert names == ["荆岳高铁", "暖心工程"]


def _judged(sentence: str) -> dict[str, tuple[str, bool]]:
    """Each candidate of ``sentence``: who proposed it (wide, rule, vetted rule) and whether it is kept."""
    lex, model = lexicon(), scorer()
    text = Pipeline(kinds=()).document(sentence).text
    out = {}
    for r, k, g in candidate_records(text, lex):
        who = "wide" if g is not None else "vetted" if vetted(text, r, k, lex) else "rule"
        out[r.name] = (who, who == "vetted" or model.keep(record_features(text, r, k, lex), rule=who == "rule"))
    return out


def test_scorer_vetoes_generic_unquoted_rule_names():
    """The rule finders' unquoted names are judged: a kind of project (its words common nouns) is dropped,
    a quoted name is kept unscored, a named railway found by the wide finders is kept."""
    assert _judged("期间，蒋涤非还到永顺县灵溪镇金星村，调研生活垃圾焚烧发电项目情况。") == {
        "生活垃圾焚烧发电项目": ("rule", False),
    }
    assert _judged("全力推进高端文旅项目落地，加快建设荆岳高铁。") == {
        "高端文旅项目": ("rule", False),
        "荆岳高铁": ("wide", True),
    }
    assert _judged("该县大力实施乡村振兴“百千万工程”，推动沪苏湖铁路开工。") == {
        "乡村振兴百千万工程": ("vetted", True),
        "沪苏湖铁路": ("wide", True),
    }


def _features(sentence: str) -> dict[str, set[str]]:
    lex = lexicon()
    text = Pipeline(kinds=()).document(sentence).text
    return {r.name: set(record_features(text, r, k, lex)) for r, k, _ in candidate_records(text, lex)}


def test_genericness_features():
    """What marks a name rather than a description: proper words before the programme word,
    a province's one-character name, a place feature, a list of lines that share one works word."""
    f = _features("实施粮食单产提升工程、优质湘猪工程，推进兴联路大通道项目。")
    assert {"mod_province", "mod_tag=n"} <= f["优质湘猪工程"] and "mod_geo" not in f["优质湘猪工程"]
    assert "mod_geo" in f["兴联路大通道项目"] and "mod_province" not in f["兴联路大通道项目"]
    assert "head=工程" in f["粮食单产提升工程"]
    f = _features("今年以来，全县新签约招商引资项目12个。")
    assert {"mod_common", "mod_words=1", "mod_last=招商引资", "head=项目"} <= f["招商引资项目"]
    f = _features("积极推动莱临、德商、日照至五莲、聊邯长铁路纳规。")
    assert "shared_works" in f["莱临"]


def test_feature_order_is_the_same_whatever_the_hash_seed():
    """The scorer sums weights in the features' order, so a float sum and a kept/dropped decision at the
    threshold must not depend on the process's hash seed (a set of the classes inside a name once did:
    a made-up name holding four of them, and every candidate of the dev corpus)."""
    import subprocess
    import sys

    script = (
        "import json\n"
        "from civicextract.document import normalize\n"
        "from civicextract.extractors.programs.extractor import candidate_records\n"
        "from civicextract.extractors.programs.features import record_features\n"
        "from civicextract.extractors.programs.lexicon import lexicon\n"
        "lex = lexicon()\n"
        "texts = ['今年，全县启动“项目建设有力度、招商引资与签约一批好项目”专项行动，力争新增投资10亿元。']\n"
        f"texts += [json.loads(line)['text'] for line in open({str(CORPUS / 'dev.jsonl')!r}, encoding='utf-8')]\n"
        "out = []\n"
        "for t in texts:\n"
        "    text = normalize(t).text\n"
        "    out += [record_features(text, r, k, lex) for r, k, _ in candidate_records(text, lex)]\n"
        "print(json.dumps(out, ensure_ascii=False))\n"
    )
    runs = [
        subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, check=True, env={"PYTHONHASHSEED": seed}
        ).stdout
        for seed in ("1", "2", "4", "5")
    ]
    first = json.loads(runs[0])
    assert len(first) > 300 and {"clause_word", "count_inside", "conjunction", "verb_inside"} <= set(first[0])
    assert runs[0] == runs[1] == runs[2] == runs[3]
