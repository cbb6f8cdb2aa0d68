"""The spaCy component: spans on the original text, worker processes, serialisation.

Two kinds of run:

* the real extractors on the seed: spans must equal the records' offsets
  whatever the extractors find; the "finds something" asserts are skipped,
  by name, for an extractor that is still the placeholder;
* stub extractors (crude regexes, patched in as the extractor modules'
  ``extract``) that always find records, so that every path of the component
  - title spans, token alignment, Traditional text, worker processes - is
  exercised with non-empty data even before the real extractors land.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

from spacy import displacy  # noqa: E402
from spacy.tokens import DocBin  # noqa: E402

from civicextract.records import RECORD_KINDS, Article, Meta, Metric, Money, Official, Program  # noqa: E402
from civicextract.spacy_component import (  # noqa: E402
    LABELS,
    SPAN_KEYS,
    article_from_data,
    article_to_data,
)

ROOT = Path(__file__).resolve().parents[1]
SEED = json.loads((ROOT / "corpus" / "seed.jsonl").read_text(encoding="utf-8").splitlines()[0])["text"]
DEV = [json.loads(line) for line in (ROOT / "corpus" / "dev.jsonl").read_text(encoding="utf-8").splitlines() if line]
JIEBA = {"nlp": {"tokenizer": {"segmenter": "jieba"}}}

# What the gold of the seed holds (corpus/dev.gold.jsonl, id "seed").
SEED_GOLD_COUNTS = {"money": 4, "metrics": 10, "programs": 8, "officials": 1}


# --------------------------------------------------------------------------
# Stub extractors: normalised (Simplified) coordinates, like the real ones.
# --------------------------------------------------------------------------

_HAN = r"\u4e00-\u9fff"
_MONEY = re.compile(r"(?:近|约)?\d+(?:\.\d+)?(?:多|余)?[万亿]?元")
_METRIC = re.compile(r"近?\d+(?:\.\d+)?(?:余|多)?万?(?:余)?(?:个|名|条|处|户|平方米|%)")
_QUOTED = re.compile(r"“([^”\n]{1,20})”")
_OFFICIAL = re.compile(rf"([{_HAN}]{{0,4}}(?:书记|部长|主任|市长|局长|区长|县长))([{_HAN}]{{3}})(?=[，。：、\s]|$)")


def _stub_money(doc):
    return [Money(m.group(), Decimal(1), "CNY", m.start(), m.end()) for m in _MONEY.finditer(doc.text)]


def _stub_metrics(doc):
    return [Metric(m.group(), Decimal(1), "个", m.start(), m.end()) for m in _METRIC.finditer(doc.text)]


def _stub_programs(doc):
    mentions: dict[str, list] = {}
    for m in _QUOTED.finditer(doc.text):
        mentions.setdefault(m.group(1), []).append((m.start(1), m.end(1)))
    return [Program(name, tuple(spans)) for name, spans in mentions.items()]


def _stub_officials(doc):
    titles: dict[str, list] = {}
    for m in _OFFICIAL.finditer(doc.text):
        titles.setdefault(m.group(2), []).append(m.group(1))
    out = []
    for name, ts in titles.items():
        spans = tuple((m.start(), m.end()) for m in re.finditer(name, doc.text))
        out.append(Official(name, spans, titles=tuple(dict.fromkeys(ts))))
    return out


STUBS = {"money": _stub_money, "metrics": _stub_metrics, "programs": _stub_programs, "officials": _stub_officials}


@pytest.fixture(scope="module")
def stubbed():
    """Patch the extractor modules before the pipeline loads them (module-wide, undone after)."""
    with pytest.MonkeyPatch.context() as mp:
        for kind, fn in STUBS.items():
            mp.setattr(f"civicextract.extractors.{kind}.extract", fn)
        yield


def _nlp(**config):
    nlp = spacy.blank("zh", config=JIEBA)
    nlp.add_pipe("civicextract", config=config)
    return nlp


@pytest.fixture(scope="module")
def nlp():
    return _nlp()


@pytest.fixture(scope="module")
def stub_nlp(stubbed):
    return _nlp()


def _simplified(text: str) -> str:
    import opencc

    out = opencc.OpenCC("t2s").convert(text)
    assert len(out) == len(text), "the conversion must keep offsets for this test"
    return out


def _offsets(kind, record):
    return [(record.start, record.end)] if kind in ("money", "metrics") else [tuple(m) for m in record.mentions]


def assert_spans_match_records(doc):
    """Every span group equals the records' offsets exactly, on the original text."""
    article = doc._.civic
    assert isinstance(article, Article)
    for kind in RECORD_KINDS:
        records = getattr(article, kind)
        expected = [(s, e) for r in records for s, e in _offsets(kind, r)]
        group = doc.spans[SPAN_KEYS[kind]]
        assert [(sp.start_char, sp.end_char) for sp in group] == expected, kind
        assert {sp.label_ for sp in group} <= {LABELS[kind]}
        for sp in group:
            assert sp.text == doc.text[sp.start_char : sp.end_char]
        spanned = getattr(doc._, kind)
        assert [w.record for w in spanned] == list(records)
        for w in spanned:
            assert [(sp.start_char, sp.end_char) for sp in w.mentions] == _offsets(kind, w.record)
            assert {sp.label_ for sp in w.mentions} <= {LABELS[kind]}
    titles = [(sp.start_char, sp.end_char) for o in doc._.officials for sp in o.title_spans]
    assert [(sp.start_char, sp.end_char) for sp in doc.spans["civic_titles"]] == titles
    for o in doc._.officials:
        for sp in o.title_spans:
            assert sp.label_ == "TITLE"


def _plain(value):
    """msgpack gives lists or tuples back depending on the reader; compare as lists."""
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _summary(doc):
    """Everything the component produces, in comparable form."""
    return (
        [t.text for t in doc],
        _plain(doc._.civic_data),
        doc._.civic,
        {key: [(sp.start_char, sp.end_char, sp.label_, sp.kb_id_) for sp in group] for key, group in doc.spans.items()},
    )


# --------------------------------------------------------------------------
# Registration
# --------------------------------------------------------------------------


def test_factory_found_through_the_entry_point_without_importing_civicextract():
    code = (
        "import sys, spacy\n"
        "nlp = spacy.blank('zh')\n"
        "nlp.add_pipe('civicextract', config={'kinds': ['money']})\n"
        "print(nlp.pipe_names, nlp.get_pipe('civicextract').kinds)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd="/", timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "['civicextract'] ('money',)"


def test_bad_kind_is_refused_by_name():
    from civicextract.errors import ArgumentError

    with pytest.raises(ArgumentError, match="kinds='mony'"):
        _nlp(kinds=["mony"])


# --------------------------------------------------------------------------
# The seed, real extractors
# --------------------------------------------------------------------------


def test_seed_spans_equal_record_offsets(nlp):
    doc = nlp(SEED)
    assert doc.text == SEED
    assert_spans_match_records(doc)
    assert doc._.civic.meta.source == "眉山网"


@pytest.mark.parametrize("kind", RECORD_KINDS)
def test_seed_finds_what_the_gold_has(nlp, kind):
    doc = nlp(SEED)
    assert len(getattr(doc._.civic, kind)) >= SEED_GOLD_COUNTS[kind] - 1
    assert len(doc.spans[SPAN_KEYS[kind]]) >= 1


def test_seed_traditional_and_simplified_real_extractors(nlp):
    """The seed is Traditional: spans sit on its characters, at the offsets its Simplified twin gets."""
    trad, simp = nlp(SEED), nlp(_simplified(SEED))
    assert_spans_match_records(trad)
    assert_spans_match_records(simp)
    for key in SPAN_KEYS.values():
        assert [(s.start_char, s.end_char) for s in trad.spans[key]] == [
            (s.start_char, s.end_char) for s in simp.spans[key]
        ], key
    assert "李維義" in {s.text for s in trad.spans["civic_officials"]}
    assert "李维义" in {s.text for s in simp.spans["civic_officials"]}
    assert "宣傳部部長" in {s.text for s in trad.spans["civic_titles"]}
    assert "2400萬元" in {s.text for s in trad.spans["civic_money"]}


def test_seed_official_titles_are_found(nlp):
    doc = nlp(SEED)
    titled = [o for o in doc._.officials if o.titles]
    assert titled and all(o.title_spans for o in titled)


# --------------------------------------------------------------------------
# The seed, stub extractors: every path with data
# --------------------------------------------------------------------------


def test_stub_seed_spans_equal_record_offsets(stub_nlp):
    doc = stub_nlp(SEED)
    assert_spans_match_records(doc)
    for kind in RECORD_KINDS:
        assert doc.spans[SPAN_KEYS[kind]], kind
    assert doc.spans["civic"] and len(doc.spans["civic"]) == sum(len(doc.spans[k]) for k in SPAN_KEYS.values())


def test_seed_is_traditional_and_spans_are_on_traditional_characters(stub_nlp):
    # The seed itself is Traditional with pinyin notes: 東坡區(qū)委常委、宣傳部部長李維義
    doc = stub_nlp(SEED)
    assert doc._.civic.officials[0].name == "李维义"
    (official,) = doc._.officials
    assert [sp.text for sp in official.mentions][:2] == ["李維義", "李維義"]
    assert {sp.text for sp in official.title_spans} == {"宣傳部部長"}
    # “雙創(chuàng)”: the programme's span ends where the name does, before the pinyin note.
    assert "“雙創(chuàng)”" in SEED and any(sp.text == "雙創" for sp in doc.spans["civic_programs"])


def test_traditional_and_simplified_give_the_same_offsets(stub_nlp):
    simplified = _simplified(SEED)
    trad, simp = stub_nlp(SEED), stub_nlp(simplified)
    assert_spans_match_records(simp)
    for key in SPAN_KEYS.values():
        assert [(s.start_char, s.end_char) for s in trad.spans[key]] == [
            (s.start_char, s.end_char) for s in simp.spans[key]
        ]
    # The same offsets, different characters: the spans are on each text's own script.
    assert [s.text for s in trad.spans["civic_officials"]] != [s.text for s in simp.spans["civic_officials"]]
    assert simp.spans["civic_officials"][0].text == "李维义"


@pytest.mark.parametrize(
    "text, titles, expected",
    [
        pytest.param(
            "专访东坡区委常委、宣传部部长李维义。",
            ("东坡区委常委", "宣传部部长"),
            ["东坡区委常委", "宣传部部长"],
            id="before-name",
        ),
        pytest.param(
            "專訪東坡區(qū)委常委、宣傳部部長李維義。",
            ("东坡区委常委", "宣传部部长"),
            ["東坡區(qū)委常委", "宣傳部部長"],
            id="traditional-pinyin",
        ),
        pytest.param("李维义部长说。", ("部长",), ["部长"], id="after-name"),
        pytest.param("区委书记李维义。", ("区委书记", "书记"), ["区委书记"], id="nested-title-once"),
        pytest.param("宣传部部长另有其人。李维义说。", ("宣传部部长",), [], id="other-sentence"),
        pytest.param("李维义" + "，" * 50 + "宣传部部长", ("宣传部部长",), [], id="too-far"),
    ],
)
def test_title_spans_near_the_mentions(text, titles, expected):
    from civicextract.document import normalize
    from civicextract.spacy_component import find_title_spans

    document = normalize(text)
    name = "李維義" if "李維義" in text else "李维义"
    s = text.index(name)
    spans = find_title_spans(Official("李维义", ((s, s + 3),), titles=titles), document)
    assert [text[a:b] for a, b in spans] == expected


def test_spanned_records_read_through_to_the_record(stub_nlp):
    doc = stub_nlp(SEED)
    money = doc._.money[0]
    assert money.amount == money.record.amount and money.currency == "CNY"
    assert (money.start, money.end) == (money.span.start_char, money.span.end_char)
    assert money.span.label_ == "MONEY"
    assert doc._.officials[0].name == "李维义" and doc._.officials[0].span.kb_id_ == "李维义"
    assert doc.spans["civic_officials"][0].kb_id_ == "李维义"
    assert doc.spans["civic_titles"][0].kb_id_ == "李维义"


def test_tokens_are_split_at_record_boundaries_not_the_text(stub_nlp):
    reference = spacy.blank("zh", config=JIEBA)(SEED)
    doc = stub_nlp(SEED)
    assert doc.text == SEED and len(doc) >= len(reference)
    boundaries = {t.idx for t in doc} | {t.idx + len(t.text) for t in doc}
    for sp in doc.spans["civic"]:
        assert sp.start_char in boundaries and sp.end_char in boundaries


def test_without_alignment_spans_expand_to_whole_tokens(stubbed):
    nlp = _nlp(align_tokens=False)
    doc = nlp(SEED)
    assert [t.text for t in doc] == [t.text for t in spacy.blank("zh", config=JIEBA)(SEED)]
    for w in (*doc._.money, *doc._.metrics, *doc._.officials):
        for sp, (s, e) in zip(w.mentions, _offsets(w.kind, w.record), strict=True):
            assert sp.start_char <= s and e <= sp.end_char


def test_any_pipeline_whose_text_is_the_article(stubbed):
    for nlp in (spacy.blank("zh"), spacy.blank("en")):  # character segmenter; whitespace tokenizer
        nlp.add_pipe("civicextract")
        assert_spans_match_records(nlp(SEED))


def test_kinds_limit_what_runs(stubbed):
    doc = _nlp(kinds=["money"])(SEED)
    assert set(doc.spans) == {"civic_money", "civic"}
    assert doc._.money and doc._.metrics == () and doc._.civic.metrics == ()


def test_a_parsed_doc_keeps_its_tokens_and_spans_widen(stub_nlp):
    from spacy.tokens import Doc

    words = ["投资2400万元进行", "改造"]
    doc = Doc(stub_nlp.vocab, words=words, spaces=[False, False], heads=[0, 0], deps=["ROOT", "obj"])
    doc = stub_nlp.get_pipe("civicextract")(doc)
    assert [t.text for t in doc] == words and [t.head.i for t in doc] == [0, 0]
    (money,) = doc._.money
    assert (money.start, money.end) == (2, 8)
    assert [(s.text, s.label_) for s in doc.spans["civic_money"]] == [("投资2400万元进行", "MONEY")]


@pytest.mark.parametrize("text", ["", " ", "\n\n", "今天天气很好。"])
def test_texts_with_nothing_to_find(nlp, text):
    doc = nlp(text)
    assert doc.text == text and doc._.civic is not None
    assert all(len(doc.spans[key]) == 0 for key in (*SPAN_KEYS.values(), "civic"))


def test_doc_without_the_component():
    doc = spacy.blank("zh")("没有组件")
    assert doc._.civic is None and doc._.money == () and doc._.officials == ()


# --------------------------------------------------------------------------
# What travels: stored data, worker processes, DocBin, to_disk
# --------------------------------------------------------------------------


def test_stored_data_round_trips_exactly():
    article = Article(
        id="x",
        meta=Meta(source="眉山网", reporters=("余毅",)),
        money=(Money("1.8亿元", Decimal("1.8E+8"), "CNY", 3, 8, amount_max=Decimal("2.5"), qualifier="range"),),
        metrics=(Metric("95.5%", Decimal("95.5"), "%", 0, 5),),
        programs=(Program("五定", ((1, 3), (9, 11)), components=("定领导",)),),
        officials=(Official("李维义", ((0, 3),), titles=("宣传部部长",), organization="东坡区委"),),
    )
    data = article_to_data(article)
    import srsly

    assert article_from_data(srsly.msgpack_loads(srsly.msgpack_dumps(data))) == article
    assert article_from_data(data).money[0].amount == Decimal("180000000")


@pytest.mark.slow
def test_pipe_two_processes_equals_one_by_one_stubbed(stub_nlp):
    texts = [d["text"] for d in DEV[::2]]  # the stubs always find things; half of dev is enough
    sequential = [_summary(stub_nlp(t)) for t in texts]
    parallel = [_summary(d) for d in stub_nlp.pipe(texts, batch_size=8, n_process=2)]
    assert parallel == sequential
    assert sum(len(s[3]["civic"]) for s in sequential) > 50  # the stubs really found things


@pytest.mark.slow
def test_pipe_two_processes_real_extractors_on_dev(nlp):
    texts = [d["text"] for d in DEV]
    sequential = [_summary(nlp(t)) for t in texts]
    assert [_summary(d) for d in nlp.pipe(texts, batch_size=8, n_process=2)] == sequential
    assert sum(len(s[3]["civic"]) for s in sequential) > 100


_SPAWN = """
import json, multiprocessing as mp, sys
import spacy
if __name__ == "__main__":
    mp.set_start_method("spawn", force=True)
    texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")][:8]
    # The character segmenter: spaCy cannot pickle its jieba tokenizer, which "spawn" needs.
    nlp = spacy.blank("zh")
    nlp.add_pipe("civicextract")
    def summary(doc):
        return doc._.civic, [(s.start_char, s.end_char, s.label_) for s in doc.spans["civic"]]
    parallel = [summary(d) for d in nlp.pipe(texts, batch_size=4, n_process=2)]
    print(parallel == [summary(nlp(t)) for t in texts])
"""


@pytest.mark.slow
def test_pipe_with_spawned_workers(tmp_path):
    """macOS and Windows start workers with "spawn": the component and the getters must pickle."""
    script = tmp_path / "spawn.py"
    script.write_text(_SPAWN, encoding="utf-8")
    out = subprocess.run(
        [sys.executable, str(script), str(ROOT / "corpus" / "dev.jsonl")], capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "True"


def test_docbin_with_user_data_keeps_the_results(stub_nlp):
    doc = stub_nlp(SEED)
    db = DocBin(store_user_data=True, docs=[doc])
    (back,) = DocBin().from_bytes(db.to_bytes()).get_docs(stub_nlp.vocab)
    assert _summary(back) == _summary(doc)
    assert_spans_match_records(back)


def test_to_disk_and_load_round_trip(tmp_path, stubbed):
    nlp = _nlp(kinds=["money", "officials"], align_tokens=True)
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == ["civicextract"]
    assert loaded.get_pipe("civicextract").kinds == ("money", "officials")
    assert loaded.config["components"]["civicextract"]["kinds"] == ["money", "officials"]
    assert loaded.config["nlp"]["tokenizer"]["segmenter"] == "jieba"
    assert _summary(loaded(SEED)) == _summary(nlp(SEED))


# --------------------------------------------------------------------------
# displaCy
# --------------------------------------------------------------------------


def test_displacy_shows_the_extraction(stub_nlp):
    from civicextract.spacy_component import DISPLACY_OPTIONS

    doc = stub_nlp(SEED)
    html = displacy.render(doc, style="span", options={"spans_key": "civic", **DISPLACY_OPTIONS}, page=True)
    for label in LABELS.values():
        assert label in html
    assert "李維義" in html and "#f6c945" in html


def test_plain_displacy_render_has_the_label_colours(stub_nlp):
    html = displacy.render(stub_nlp(SEED), style="span", options={"spans_key": "civic_officials"})
    assert "#f4978e" in html  # OFFICIAL, from the spacy_displacy_colors entry point
