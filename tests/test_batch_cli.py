"""``civicextract run``: exact messages and exit codes, outputs, time limits, database tables."""

from __future__ import annotations

import json
import sqlite3
from decimal import Decimal

import pytest

from civicextract.batch.runner import RunConfig, run

from .test_batch_helpers import cli, dev_articles, jsonl_bytes

ARTS = dev_articles(8)


@pytest.fixture
def corpus(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_bytes(jsonl_bytes(ARTS))
    return path


def test_all_good_exit_0_and_summary_line(corpus, tmp_path, capsys):
    out = tmp_path / "out"
    code, err = cli(capsys, corpus, "-o", out, "--jobs", "2")
    assert code == 0
    assert err[0] == f"civicextract: 8 read = 8 written + 0 skipped + 0 failed; outputs in {out}"
    assert len(err) == 2 and err[1].endswith(" articles/s")
    assert sorted(p.name for p in out.iterdir()) == ["articles.jsonl", "errors.jsonl", "summary.json"]
    recs = [json.loads(x) for x in (out / "articles.jsonl").read_text().splitlines()]
    assert [r["id"] for r in recs] == [a["id"] for a in ARTS]  # input order, whatever the workers did
    assert all(r["schema_version"] == 1 for r in recs)
    summary = json.loads((out / "summary.json").read_text())
    assert (summary["read"], summary["written"], summary["skipped"], summary["failed"]) == (8, 8, 0, 0)


def test_records_match_the_library(corpus, tmp_path, capsys):
    from civicextract.pipeline import Pipeline

    cli(capsys, corpus, "-o", tmp_path / "out")
    recs = [json.loads(x) for x in (tmp_path / "out" / "articles.jsonl").read_text().splitlines()]
    p = Pipeline()
    for a, r in zip(ARTS, recs, strict=True):
        assert {k: v for k, v in r.items() if k != "provenance"} == p.extract(a["text"], id=a["id"]).to_dict()


@pytest.mark.parametrize(
    "args, message",
    [
        (["missing.jsonl"], "missing.jsonl: no such file or folder"),
        (["{corpus}", "--jobs", "0"], "--jobs must be at least 1, not 0"),
        (["{corpus}", "--only-kinds", "money,people"], "--only-kinds: unknown kind 'people' (choose from money, metrics, programs, officials)"),
        (["{corpus}", "--limit", "0"], "--limit must be at least 1, not 0"),
        (["{corpus}", "--resume", "--force"], "--resume and --force cannot be used together"),
        (["{corpus}", "--db", "x.csv"], "--db x.csv: expected a .duckdb, .sqlite or .db file name"),
        (["{notes}"], "{notes}: cannot tell the format from the name (expected a folder or .txt, .html, .htm, .json, .jsonl, .jsonl.gz, .jsonl.zst, .ndjson, .ndjson.gz, .ndjson.zst, .warc, .warc.gz, .arc, .arc.gz, .zip, .tar, .tar.gz, .tgz, .tar.bz2, .tar.xz)"),
    ],
)  # fmt: skip
def test_bad_arguments_exit_2(corpus, tmp_path, capsys, args, message):
    notes = tmp_path / "notes.docx"
    notes.write_bytes(b"x")
    args = [a.format(corpus=corpus, notes=notes) for a in args]
    code, err = cli(capsys, *args, "-o", tmp_path / "out")
    assert code == 2
    assert err == [f"civicextract: error: {message.format(notes=notes)}"]


def test_existing_outdir_needs_resume_or_force(corpus, tmp_path, capsys):
    out = tmp_path / "out"
    assert cli(capsys, corpus, "-o", out)[0] == 0
    code, err = cli(capsys, corpus, "-o", out)
    assert (code, err) == (
        2,
        [f"civicextract: error: {out} already holds a run (errors.jsonl); pass --force to replace it"],
    )
    assert cli(capsys, corpus, "-o", out, "--force")[0] == 0


def test_nothing_readable_exit_2(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_bytes(b"")
    (tmp_path / "in" / "b.jsonl").write_bytes(b"not json\n")
    out = tmp_path / "out"
    code, err = cli(capsys, tmp_path / "in", "-o", out)
    assert code == 2
    assert err[0] == f"civicextract: 2 read = 0 written + 0 skipped + 2 failed; outputs in {out}"
    assert err[-1] == f"civicextract: error: nothing readable in the inputs; see {out}/errors.jsonl"


def test_no_articles_exit_2(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    code, err = cli(capsys, tmp_path / "in", "-o", tmp_path / "out")
    assert (code, err[-1]) == (2, "civicextract: error: no articles found in the inputs")


def test_limit_and_only_kinds(corpus, tmp_path, capsys):
    out = tmp_path / "out"
    code, err = cli(capsys, corpus, "-o", out, "--limit", "3", "--only-kinds", "money")
    assert code == 0 and err[0].startswith("civicextract: 3 read = 3 written")
    recs = [json.loads(x) for x in (out / "articles.jsonl").read_text().splitlines()]
    assert [r["id"] for r in recs] == [a["id"] for a in ARTS[:3]]
    assert all(r["metrics"] == r["programs"] == r["officials"] == [] for r in recs)


def test_failed_articles_exit_1_and_time_limits(tmp_path):
    """SIGALRM stops a slow article; a worker that blocks the signal is killed and replaced."""
    rows = [
        ARTS[0],
        {"id": "slow", "text": "SLEEP"},
        ARTS[1],
        {"id": "blocked", "text": "BLOCK"},
        ARTS[2],
        {"id": "dies", "text": "CRASH"},
        ARTS[3],
    ]
    (tmp_path / "x.jsonl").write_bytes(jsonl_bytes(rows))
    cfg = RunConfig([str(tmp_path / "x.jsonl")], str(tmp_path / "out"), kinds=("money",), jobs=2, timeout=1.0,
                    progress=False, factory="tests.test_batch_helpers:StuckPipeline")  # fmt: skip
    result = run(cfg)
    c = result.counters
    assert (c.read, c.written, c.failed) == (7, 4, 3)
    errors = {e["article_id"]: e for e in map(json.loads, (tmp_path / "out" / "errors.jsonl").read_text().splitlines())}
    assert errors["slow"]["message"].endswith(":2: article 'slow': extraction took longer than 1 s")
    # killed from outside the worker: the row still names the line's own id, and its place
    assert (errors["blocked"]["error_type"], errors["blocked"]["line"]) == ("Timeout", 4)
    assert errors["blocked"]["message"].endswith("x.jsonl:4: extraction took longer than 1 s (worker stopped)")
    assert (errors["dies"]["error_type"], errors["dies"]["line"]) == ("WorkerDied", 6)
    assert errors["dies"]["message"].endswith(
        ":6: the worker process died (exit code 3) while extracting this article"
    )
    written = [json.loads(x)["id"] for x in (tmp_path / "out" / "articles.jsonl").read_text().splitlines()]
    assert written == [a["id"] for a in ARTS[:4]]


@pytest.fixture
def tables(corpus, tmp_path, capsys):
    pytest.importorskip("duckdb", reason="needs civicextract[db]")
    out = tmp_path / "out"
    code, _ = cli(capsys, corpus, "-o", out, "--format", "both", "--db", "results.duckdb")
    assert code == 0
    cli(capsys, corpus, "-o", tmp_path / "out2", "--db", "results.sqlite")
    return out, tmp_path / "out2"


def test_parquet_tables_keyed_by_article_id(tables):
    import pyarrow.parquet as pq

    out, _ = tables
    # exact decimals: 7.3 in the JSON is Decimal('7.3') in the table, not the float nearest it
    recs = [json.loads(x, parse_float=Decimal) for x in (out / "articles.jsonl").read_text().splitlines()]
    arts = pq.read_table(out / "articles.parquet").to_pylist()
    assert [a["article_id"] for a in arts] == [r["id"] for r in recs]
    for kind in ("money", "metrics", "programs", "officials"):
        rows = pq.read_table(out / f"{kind}.parquet").to_pylist()
        assert len(rows) == sum(len(r[kind]) for r in recs)
        for row in rows:
            rec = next(r for r in recs if r["id"] == row["article_id"])[kind][row["idx"]]
            for key, value in rec.items():
                assert row[key] == value or (isinstance(value, list) and list(row[key]) == value), (kind, key)


def test_duckdb_and_sqlite_hold_the_same_tables(tables):
    import duckdb

    out, out2 = tables
    con = duckdb.connect(str(out / "results.duckdb"), read_only=True)
    lite = sqlite3.connect(out2 / "results.sqlite")
    for kind in ("articles", "money", "metrics", "programs", "officials", "errors"):
        assert (
            con.execute(f"select count(*) from {kind}").fetchone()
            == lite.execute(f"select count(*) from {kind}").fetchone()
        )
    # the README's examples run
    top = con.execute(
        "select name, count(distinct article_id) as articles, sum(len(mentions)) as mentions "
        "from officials group by name order by mentions desc, name limit 5"
    ).fetchall()
    assert (
        top
        == lite.execute(
            "select name, count(distinct article_id), sum(json_array_length(mentions)) as m "
            "from officials group by name order by m desc, name limit 5"
        ).fetchall()
    )


def test_readme_sql_examples_run(tables):
    import re
    from pathlib import Path

    import duckdb

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### SQL on the results") :]
    statements = [s for block in re.findall(r"```sql\n(.*?)```", section, re.S) for s in block.split(";") if s.strip()]
    assert len(statements) == 2
    con = duckdb.connect(str(tables[0] / "results.duckdb"), read_only=True)
    for sql in statements:
        con.execute(sql).fetchall()


def test_spark_submit_app_file_runs_the_run_command():
    import subprocess
    import sys

    import civicextract.batch.spark_submit as app

    done = subprocess.run([sys.executable, app.__file__, "--help"], capture_output=True, text=True, check=True)
    assert done.stdout.startswith("usage: civicextract run ")
