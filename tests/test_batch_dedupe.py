"""Article ids repeated across inputs: counted in summary.json, warned about, kept or dropped as asked."""

from __future__ import annotations

import json

import pytest

from civicextract.batch import dedupe

from .test_batch_helpers import cli, dev_articles, jsonl_bytes

ARTS = dev_articles(5)


@pytest.fixture
def inputs(tmp_path):
    # Two crawls of one site: b repeats two of a's articles (one of them twice) and adds one.
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_bytes(jsonl_bytes(ARTS[:3]))
    b.write_bytes(jsonl_bytes([ARTS[1], ARTS[3], ARTS[2], ARTS[2]]))
    return a, b


def ids(out):
    return [json.loads(x)["id"] for x in (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()]


def test_keep_first_is_the_default_and_warns(inputs, tmp_path, capsys):
    a, b = inputs
    out = tmp_path / "out"
    code, err = cli(capsys, a, b, "-o", out)
    assert code == 0
    assert err[0] == f"civicextract: 7 read = 4 written + 3 skipped + 0 failed; outputs in {out}"
    assert err[1] == (
        f"civicextract: warning: 3 articles repeat an id read before (2 ids; e.g. {ARTS[1]['id']!r} at {b}:1, "
        f"first at {a}:2); kept the first of each (--dedupe keep-all keeps every one)"
    )
    assert ids(out) == [x["id"] for x in ARTS[:4]]
    summary = json.loads((out / "summary.json").read_text())
    assert summary["skipped_by_reason"] == {"duplicate id": 3}
    assert summary["duplicates"] == {
        "policy": "keep-first",
        "repeated_ids": 2,
        "extra_articles": 3,
        "examples": [
            {"article_id": ARTS[1]["id"], "first": f"{a}:2", "again": f"{b}:1"},
            {"article_id": ARTS[2]["id"], "first": f"{a}:3", "again": f"{b}:3"},
            {"article_id": ARTS[2]["id"], "first": f"{a}:3", "again": f"{b}:4"},
        ],
    }
    kept = [json.loads(x)["provenance"] for x in (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(p["input"], p["line"]) for p in kept] == [(str(a), 1), (str(a), 2), (str(a), 3), (str(b), 2)]


def test_keep_all_writes_every_article_and_the_key_tells_them_apart(inputs, tmp_path, capsys):
    duckdb = pytest.importorskip("duckdb")
    a, b = inputs
    out = tmp_path / "out"
    code, err = cli(capsys, a, b, "-o", out, "--dedupe", "keep-all", "--db", "results.duckdb")
    assert code == 0
    assert err[0] == f"civicextract: 7 read = 7 written + 0 skipped + 0 failed; outputs in {out}"
    assert err[1].endswith("; all kept (--dedupe keep-all): join the tables on article_key")
    assert ids(out) == [x["id"] for x in [*ARTS[:3], ARTS[1], ARTS[3], ARTS[2], ARTS[2]]]
    summary = json.loads((out / "summary.json").read_text())
    assert (summary["duplicates"]["policy"], summary["duplicates"]["extra_articles"]) == ("keep-all", 3)
    con = duckdb.connect(str(out / "results.duckdb"), read_only=True)
    (money,) = con.execute("SELECT count(*) FROM money").fetchone()
    # the join on the key counts each record once; on the repeated id it would count some twice or more
    assert con.execute("SELECT count(*) FROM money JOIN articles USING (article_key)").fetchone() == (money,)
    assert con.execute("SELECT count(*) FROM money JOIN articles USING (article_id)").fetchone()[0] > money


def test_keep_first_tables_join_on_article_id_without_double_counting(inputs, tmp_path, capsys):
    duckdb = pytest.importorskip("duckdb")
    a, b = inputs
    out = tmp_path / "out"
    assert cli(capsys, a, b, "-o", out, "--format", "both", "--db", "results.duckdb")[0] == 0
    con = duckdb.connect(str(out / "results.duckdb"), read_only=True)
    (money,) = con.execute("SELECT count(*) FROM money").fetchone()
    assert con.execute("SELECT count(*) FROM money JOIN articles USING (article_id)").fetchone() == (money,)
    assert con.execute("SELECT count(DISTINCT article_id), count(*) FROM articles").fetchone() == (4, 4)


def test_unique_ids_leave_the_part_file_as_it_is(tmp_path, capsys):
    (tmp_path / "a.jsonl").write_bytes(jsonl_bytes(ARTS))
    out = tmp_path / "out"
    code, err = cli(capsys, tmp_path / "a.jsonl", "-o", out)
    assert code == 0 and len(err) == 2 and not any("warning" in line for line in err)
    assert json.loads((out / "summary.json").read_text())["duplicates"] == {
        "policy": "keep-first", "repeated_ids": 0, "extra_articles": 0, "examples": []
    }  # fmt: skip


def _line(aid, n):
    return json.dumps({"id": aid, "provenance": {"input": "x.jsonl", "line": n}}, ensure_ascii=False) + "\n"


def test_a_hash_collision_never_drops_an_article(tmp_path, monkeypatch):
    part = tmp_path / "articles.part.jsonl"
    part.write_text("".join(_line(aid, n) for n, aid in enumerate(["a", "b", "c", "b"], 1)), encoding="utf-8")
    monkeypatch.setattr(dedupe, "hash", lambda s: 0, raising=False)  # every id collides
    dups, kept = dedupe.find(str(part), "keep-first", str(tmp_path / "dedup.jsonl"))
    assert (dups.ids, dups.extra) == (1, 1)
    assert [json.loads(x)["id"] for x in open(kept, encoding="utf-8")] == ["a", "b", "c"]
    assert dups.examples == [{"article_id": "b", "first": "x.jsonl:2", "again": "x.jsonl:4"}]


def test_ids_are_read_from_the_head_of_long_lines(tmp_path):
    part = tmp_path / "articles.part.jsonl"
    long_id = "长" * 600  # past the 1 KiB head
    part.write_text(_line(long_id, 1) + _line("x", 2) + _line(long_id, 3), encoding="utf-8")
    dups, kept = dedupe.find(str(part), "keep-all", str(tmp_path / "dedup.jsonl"))
    assert (dups.ids, dups.extra, kept) == (1, 1, str(part))
