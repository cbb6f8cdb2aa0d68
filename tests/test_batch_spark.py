"""``--engine spark`` in ``local[2]``: same records, same Parquet schema, same order as the local engine.

Both engines run in fresh interpreters on one copy of this checkout's code,
with one environment.  Run in-process, the local engine's forked worker used
the modules pytest had imported at collection, while Spark's executors import
``src/`` from disk when they start, a minute or more later: in a tree that
others edit during the run (rules change records every few minutes) the two
could extract with different code, and the test failed once that way.  The
copy also fixes what the environment could vary: ``PYTHONHASHSEED`` (PySpark
gives its executors ``0``; a forked worker had pytest's random seed), any
``PYSPARK_*``/``SPARK_*`` settings, and the working folder (Spark's scratch
files land in the test's folder, not in the checkout).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pyspark", reason="--engine spark needs civicextract[spark] (pyspark); the test extra installs it")
pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")
pytest.importorskip("warcio", reason="the batch readers need civicextract[warc]")

import civicextract  # noqa: E402

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
    # a second crawl repeating two ids (one of them twice): both engines drop the same repeats
    (d / "sub" / "again.jsonl").write_bytes(jsonl_bytes([arts[2], arts[15], arts[5], arts[5]]))
    (d / "empty.txt").write_bytes(b"")
    (d / "logo.png").write_bytes(b"\x89PNG")
    return d


@pytest.fixture(scope="module")
def code(tmp_path_factory) -> Path:
    """A copy of the civicextract package (and the checkout's ``models/``) as it is now: a PYTHONPATH entry."""
    root = tmp_path_factory.mktemp("code")
    package = Path(civicextract.__file__).resolve().parent
    shutil.copytree(package, root / "src" / "civicextract", ignore=shutil.ignore_patterns("__pycache__"))
    models = package.parent.parent / "models"  # resources.py looks here in a checkout
    if models.is_dir():
        shutil.copytree(models, root / "models")
    return root / "src"


def civicextract_run(code: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYSPARK_", "SPARK_", "PYTHONPATH"))}
    env.update(PYTHONPATH=str(code), PYTHONHASHSEED="0")
    return subprocess.run(
        [sys.executable, "-m", "civicextract", "run", *args],
        env=env, cwd=cwd, capture_output=True, text=True, timeout=900,
    )  # fmt: skip


@pytest.mark.slow
def test_spark_local_2_matches_the_local_engine(corpus, code, tmp_path):
    local, spark = tmp_path / "local", tmp_path / "spark"
    done = civicextract_run(code, tmp_path, str(corpus), "-o", str(local), "--format", "parquet", "--no-progress")
    assert done.returncode == 1, done.stderr
    done = civicextract_run(code, tmp_path, str(corpus), "-o", str(spark), "--engine", "spark", "--spark-master", "local[2]",
                            "--format", "parquet", "--db", "results.duckdb", "--no-progress")  # fmt: skip
    assert done.returncode == 1, done.stderr[-3000:]
    summary = json.loads((spark / "summary.json").read_text())
    # The JVM writes its own log lines to the same stderr; ours come last.
    ours = [line for line in done.stderr.splitlines() if line.startswith("civicextract: ")]
    assert (
        ours[0]
        == f"civicextract: {summary['read']} read = {summary['written']} written + {summary['skipped']} skipped + {summary['failed']} failed; outputs in {spark}"
    )
    local_summary = json.loads((local / "summary.json").read_text())
    assert {**summary, "engine": "local"} == local_summary
    assert (summary["duplicates"]["extra_articles"], summary["skipped_by_reason"]["duplicate id"]) == (3, 3)
    # Spark's own log stays at WARN: none of its INFO start-up lines
    assert not [line for line in done.stderr.splitlines() if " INFO " in line], done.stderr[-2000:]
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
    assert con.execute("select typeof(amount) from money limit 1").fetchone() == ("DECIMAL(38,10)",)
    pd = pytest.importorskip("pandas")
    here, there = civicextract.read_results(local), civicextract.read_results(spark)
    for name in here:
        pd.testing.assert_frame_equal(there[name], here[name], check_exact=True, obj=name)


@pytest.mark.slow
def test_spark_never_reads_its_own_outdir_inside_an_input_folder(code, tmp_path):
    """As the local engine: OUTDIR inside the input folder is left out of the listing, so the
    files already in it (a decoy article here, a previous run's tables on a re-run) are never inputs."""
    data = tmp_path / "data"
    (data / "out").mkdir(parents=True)
    (data / "news.jsonl").write_bytes(jsonl_bytes(dev_articles(2)))
    (data / "out" / "decoy.jsonl").write_bytes(jsonl_bytes(dev_articles(3)[2:]))
    done = civicextract_run(code, tmp_path, str(data), "-o", str(data / "out"), "--engine", "spark",
                            "--spark-master", "local[1]", "--no-progress")  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    summary = json.loads((data / "out" / "summary.json").read_text())
    assert (summary["read"], summary["written"]) == (2, 2)
