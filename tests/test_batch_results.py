"""``civicextract.read_results``: typed DataFrames, the same from Parquet, DuckDB, SQLite or JSONL."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime
from decimal import Decimal

import pytest

import civicextract
from civicextract import ArgumentError
from civicextract.cli import main

from .test_batch_helpers import dev_articles, jsonl_bytes

pd = pytest.importorskip("pandas")
pa = pytest.importorskip("pyarrow")
pytest.importorskip("duckdb")

TEXT = "2023年全区一般公共预算收入完成36744.28万元，同比增长55.579%，其中奖补资金1.23456789万元。"
ROWS = [{"id": "budget", "text": TEXT, "fetched_at": "2024-05-01T08:00:00Z"}, *dev_articles(3)]


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    d = tmp_path_factory.mktemp("results")
    (d / "news.jsonl").write_bytes(jsonl_bytes(ROWS) + b"not json\n")
    made = {}
    for name, args in {
        "parquet": ["--format", "parquet"],
        "duckdb": ["--db", "r.duckdb"],
        "sqlite": ["--db", "r.sqlite"],
        "jsonl": [],
    }.items():
        out = d / name
        assert main(["run", str(d / "news.jsonl"), "-o", str(out), "--no-progress", *args]) == 1  # the bad line
        made[name] = out
    return made


def test_typed_frames(runs):
    got = civicextract.read_results(runs["parquet"])
    assert list(got) == ["articles", "money", "metrics", "programs", "officials", "errors"]
    money, arts = got["money"], got["articles"]
    assert money.amount.dtype == pd.ArrowDtype(pa.decimal128(38, 10))
    assert arts.published.dtype == "datetime64[us]" and str(arts.fetch_date.dtype) == "datetime64[us, UTC]"
    assert money.idx.dtype == "Int64" and arts.line.dtype == "Int64"
    budget = money[money.article_id == "budget"]
    assert list(budget.amount) == [Decimal("367442800"), Decimal("12345.6789")]
    assert budget.amount.sum() == Decimal("367455145.6789")  # exact, no float on the way
    assert list(got["metrics"].query("article_id == 'budget'").value) == [Decimal("55.579")]
    seed = arts[arts.article_id == "seed"].iloc[0]
    assert seed.published == pd.Timestamp(datetime(2020, 8, 4, 10, 25, 28))
    assert pd.isna(seed.fetch_date)
    assert arts[arts.article_id == "budget"].iloc[0].fetch_date == pd.Timestamp("2024-05-01T08:00:00Z")
    officials = got["officials"]
    assert all(isinstance(t, list) for t in officials.titles)
    assert all(isinstance(m, list) and all(isinstance(s, list) for s in m) for m in officials.mentions)
    assert list(got["errors"].line) == [5] and list(got["errors"].error_type) == ["NotJSON"]


@pytest.mark.parametrize("source", ["duckdb", "sqlite", "jsonl"])
def test_every_source_gives_the_same_frames(runs, source):
    want = civicextract.read_results(runs["parquet"])
    got = civicextract.read_results(runs[source])
    for name in want:
        pd.testing.assert_frame_equal(got[name], want[name], check_exact=True, obj=f"{source}: {name}")


def test_some_tables_only(runs):
    got = civicextract.read_results(runs["parquet"], tables="money")
    assert list(got) == ["money"] and len(got["money"]) > 2


def test_refusals(runs, tmp_path):
    with pytest.raises(ArgumentError) as exc:
        civicextract.read_results(tmp_path)
    assert str(exc.value).startswith(f"outdir={str(tmp_path)!r}: expected the -o folder of a finished civicextract run")
    with pytest.raises(ArgumentError) as exc:
        civicextract.read_results(runs["parquet"], tables=["money", "people"])
    assert str(exc.value) == (
        "tables='people': expected names from articles, money, metrics, programs, officials, errors"
    )


def test_import_civicextract_does_not_import_pandas():
    code = (
        "import sys, civicextract; civicextract.read_results; print('pandas' in sys.modules, 'pyarrow' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False"]
