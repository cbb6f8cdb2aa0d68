"""civicextract.schema() describes exactly what Article.to_dict() and the JSON outputs give."""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings

import civicextract
from civicextract.cli import main
from civicextract.records import QUALIFIERS, Meta, Metric, Money, Official, Program

from .conftest import load_jsonl
from .strategies import article_texts

jsonschema = pytest.importorskip("jsonschema")
DEV = Path(__file__).resolve().parent.parent / "corpus" / "dev.jsonl"


@pytest.fixture(scope="module")
def validator():
    s = civicextract.schema()
    jsonschema.Draft202012Validator.check_schema(s)
    return jsonschema.Draft202012Validator(s, format_checker=jsonschema.FormatChecker())


@pytest.fixture(scope="module")
def dev_records(dev_articles):
    pipeline = civicextract.Pipeline()
    return [pipeline.extract(text, id=aid).to_dict() for aid, text in dev_articles.items()]


def _errors(validator, record) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(record)]


def test_every_dev_article_validates(validator, dev_records):
    bad = {r["id"]: _errors(validator, r) for r in dev_records if _errors(validator, r)}
    assert bad == {}
    # the corpus exercises every part of the schema, not only empty lists
    for kind in ("money", "metrics", "programs", "officials"):
        assert sum(len(r[kind]) for r in dev_records) > 50, kind


def test_every_fit_article_validates(validator):
    pipeline = civicextract.Pipeline()
    records = [pipeline.extract(t, id=i).to_dict() for i, t in load_jsonl("fit.jsonl").items()]
    assert len(records) == 83
    assert {r["id"]: _errors(validator, r) for r in records if _errors(validator, r)} == {}


@settings(max_examples=150, deadline=None)
@given(text=article_texts)
def test_any_text_gives_a_valid_record(validator, text):
    """Scraped-news fragments glued at random (markup, pinyin notes, bylines, widths): still the schema's shape."""
    record = json.loads(json.dumps(civicextract.extract(text, id="h").to_dict()))
    assert _errors(validator, record) == []


def test_json_lines_of_extract_validate(validator, tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(DEV), "-o", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 56
    assert [e for line in lines for e in _errors(validator, json.loads(line))] == []


def test_run_articles_jsonl_with_provenance_validates(validator, tmp_path, capsys):
    pytest.importorskip("trafilatura")
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.jsonl").write_text(
        json.dumps(
            {"id": "x1", "text": "全区投入资金3000至5000万元用于老旧小区改造。", "url": "http://example.org/a"},
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )
    (src / "b.html").write_text(
        "<html><head><title>t</title></head><body><article><p>市委书记王忠昆在铁东区调研时强调，要深入推进“三年行动”，"
        "全年完成投资约1.8亿元，改造旱厕1920个，群众满意率达到95%。</p></article></body></html>",
        encoding="utf-8",
    )
    assert main(["run", str(src), "-o", str(tmp_path / "out"), "--no-progress"]) == 0
    records = [json.loads(line) for line in (tmp_path / "out" / "articles.jsonl").read_text("utf-8").splitlines()]
    assert [r["provenance"]["input"].rsplit("/", 1)[-1] for r in records] == ["a.jsonl", "b.html"]
    assert "text" in records[1]
    assert [e for r in records for e in _errors(validator, r)] == []


def test_amounts_are_json_numbers_exact_when_written(validator):
    art = civicextract.extract("项目总投资约1.8亿元，占地约300亩，其中0.35亿元用于拆迁。", id="n")
    d = json.loads(json.dumps(art.to_dict()))
    assert [(m["amount"], m["qualifier"]) for m in d["money"]] == [(180000000, "approx"), (35000000, "exact")]
    assert isinstance(d["money"][0]["amount"], int)
    assert _errors(validator, d) == []
    # a fraction stays a JSON number, the float that prints as the exact decimal
    m = Metric(text="95.5%", value=Decimal("95.5"), unit="%", start=0, end=5).to_dict()
    assert m["value"] == 95.5 and _errors(validator, {**d, "metrics": [m]}) == []


def test_schema_lists_exactly_the_keys_of_to_dict():
    s = civicextract.schema()
    samples = {
        "money": Money(text="5元", amount=Decimal(5), currency="CNY", start=0, end=2),
        "metric": Metric(text="5个", value=Decimal(5), unit="个", start=0, end=2),
        "program": Program(name="双创", mentions=((0, 2),)),
        "official": Official(name="李维义", mentions=((0, 3),)),
        "meta": Meta(),
    }
    for name, rec in samples.items():
        d = s["$defs"][name]
        assert set(d["required"]) == set(d["properties"]) == set(rec.to_dict()), name
    top = civicextract.Article(id="x").to_dict()
    assert set(s["required"]) == set(top)
    assert tuple(s["$defs"]["qualifier"]["enum"]) == QUALIFIERS


@pytest.mark.parametrize(
    "path, value, message",
    [
        (("money", 0, "qualifier"), "about", "is not one of"),
        (("money", 0, "amount"), "180000000", "is not of type 'number'"),
        (("money", 0, "currency"), "yuan", "does not match"),
        (("officials", 0, "role"), "host", "is not one of"),
        (("officials", 0, "mentions"), [[4, 7, 9]], "is too long"),
        (("meta", "published"), "2020年8月4日", "does not match"),
    ],
)
def test_schema_rejects_what_to_dict_never_gives(validator, path, value, message):
    art = civicextract.extract("市委书记王忠昆强调，项目总投资约1.8亿元。", id="r").to_dict()
    assert _errors(validator, art) == []
    bad = copy.deepcopy(art)
    target = bad
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    errors = _errors(validator, bad)
    assert len(errors) == 1 and message in errors[0], errors


def test_schema_returns_a_fresh_copy():
    civicextract.schema()["title"] = "changed"
    assert civicextract.schema()["title"] == "civicextract article record"
