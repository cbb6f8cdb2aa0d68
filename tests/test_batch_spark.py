"""``--engine spark`` in ``local[2]``: same records, same Parquet schema, same order as the local engine."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("pyspark", reason="--engine spark needs civicextract[spark] (pyspark); the test extra installs it")
pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")
pytest.importorskip("warcio", reason="the batch readers need civicextract[warc]")

from civicextract.cli import main  # noqa: E402

from .test_batch_helpers import dev_articles, gz, html_page, jsonl_bytes, write_warc, write_zip  # noqa: E402

KINDS = ("articles", "money", "metrics", "programs", "officials")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    d = tmp_path_factory.mktemp("sparkin")
    arts = dev_articles(16)
    (d / "sub").mkdir()
    (d / "news.jsonl.gz").write_bytes(gz(jsonl_bytes(arts[:8]) + b"not json\n"))
    write_warc(
        d / "sub" / "crawl.warc.gz",
        [(f"http://www.gov.cn/{i}", html_page(a["text"]).encode(), "text/html") for i, a in enumerate(arts[8:11])],
    )
    write_zip(d / "sub" / "pack.zip", {f"m{i}.txt": a["text"].encode() for i, a in enumerate(arts[11:14])})
    (d / "a.txt").write_text(arts[14]["text"], encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "logo.png").write_bytes(b"\x89PNG")
    return d


@pytest.mark.slow
def test_spark_local_2_matches_the_local_engine(corpus, tmp_path, capsys):
    local, spark = tmp_path / "local", tmp_path / "spark"
    assert main(["run", str(corpus), "-o", str(local), "--format", "parquet", "--no-progress"]) == 1
    capsys.readouterr()
    code = main(["run", str(corpus), "-o", str(spark), "--engine", "spark", "--spark-master", "local[2]", "--format", "parquet",
                 "--db", "results.duckdb", "--no-progress"])  # fmt: skip
    err = capsys.readouterr().err.splitlines()
    assert code == 1
    summary = json.loads((spark / "summary.json").read_text())
    assert (
        err[0]
        == f"civicextract: {summary['read']} read = {summary['written']} written + {summary['skipped']} skipped + {summary['failed']} failed; outputs in {spark}"
    )
    local_summary = json.loads((local / "summary.json").read_text())
    assert {**summary, "engine": "local"} == local_summary
    assert (spark / "errors.jsonl").read_bytes() == (local / "errors.jsonl").read_bytes()
    for kind in KINDS:
        a = pq.read_table(local / f"{kind}.parquet")
        b = pq.read_table(spark / f"{kind}.parquet")  # a Spark folder of part files
        assert b.schema.names == a.schema.names, kind
        assert b.cast(a.schema).schema.equals(a.schema), kind  # same types (list item names aside)
        assert b.to_pylist() == a.to_pylist(), kind
    import duckdb

    con = duckdb.connect(str(spark / "results.duckdb"), read_only=True)
    assert con.execute("select count(*) from articles").fetchone() == (summary["written"],)
