"""Exact decimals and timestamps through Parquet, DuckDB and SQLite; keys and indexes on the join columns."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timezone
from decimal import Decimal

import pytest

from civicextract.batch.tables import COLUMNS, arrow_schema, parse, rows, to_decimal
from civicextract.cli import main
from civicextract.pipeline import Pipeline

from .test_batch_helpers import dev_articles, jsonl_bytes

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")
duckdb = pytest.importorskip("duckdb")

# A budget report sentence as county sites write them: amounts with 2, 4 and 6 decimal places of 万/亿,
# percentages with 3 and 9.
TEXT = (
    "2023年全区一般公共预算收入完成36744.28万元，同比增长55.579%，其中奖补资金1.23456789万元，"
    "专项债券0.000012亿元。人均可支配收入增长0.123456789%。"
)
ROWS = [
    {"id": "budget", "text": TEXT, "fetched_at": "2024-05-01T16:00:00+08:00"},
    {**dev_articles(1)[0], "fetched_at": "2024-05-02"},  # the seed: a header with date and time
    {"id": "plain", "text": "市财政投入50万元用于道路改造。"},  # no date anywhere
]


@pytest.fixture(scope="module")
def outs(tmp_path_factory):
    d = tmp_path_factory.mktemp("tables")
    (d / "news.jsonl").write_bytes(jsonl_bytes(ROWS))
    for out, db in (("out", "results.duckdb"), ("lite", "results.sqlite")):
        assert (
            main(["run", str(d / "news.jsonl"), "-o", str(d / out), "--format", "both", "--db", db, "--no-progress"])
            == 0
        )
    return d / "out", d / "lite"


def expected_amounts():
    art = Pipeline().extract(TEXT, id="budget")
    return [m.amount for m in art.money], [m.value for m in art.metrics]


def test_the_sentence_gives_the_values_the_test_is_about():
    money, metrics = expected_amounts()
    assert money == [Decimal("367442800"), Decimal("12345.6789"), Decimal("1200")]
    assert metrics == [Decimal("55.579"), Decimal("0.123456789")]


def test_parquet_holds_exact_decimals(outs):
    money, metrics = expected_amounts()
    table = pq.read_table(outs[0] / "money.parquet")
    assert table.schema.field("amount").type == pa.decimal128(38, 10)
    got = [r["amount"] for r in table.to_pylist() if r["article_id"] == "budget"]
    assert got == money and all(isinstance(v, Decimal) for v in got)
    assert [
        r["value"] for r in pq.read_table(outs[0] / "metrics.parquet").to_pylist() if r["article_id"] == "budget"
    ] == metrics


def test_duckdb_holds_exact_decimals_and_sums_them_exactly(outs):
    money, metrics = expected_amounts()
    con = duckdb.connect(str(outs[0] / "results.duckdb"), read_only=True)
    got = con.execute("SELECT amount, typeof(amount) FROM money WHERE article_id = 'budget' ORDER BY idx").fetchall()
    assert got == [(m, "DECIMAL(38,10)") for m in money]
    assert con.execute("SELECT sum(amount) FROM money WHERE article_id = 'budget'").fetchone()[0] == sum(money)
    assert [
        v for (v,) in con.execute("SELECT value FROM metrics WHERE article_id = 'budget' ORDER BY idx").fetchall()
    ] == metrics


def test_sqlite_holds_the_exact_decimal_text(outs):
    money, metrics = expected_amounts()
    lite = sqlite3.connect(outs[1] / "results.sqlite")
    got = lite.execute("SELECT amount, typeof(amount) FROM money WHERE article_id = 'budget' ORDER BY idx").fetchall()
    assert got == [("367442800", "text"), ("12345.6789", "text"), ("1200", "text")]
    assert [
        Decimal(v) for (v,) in lite.execute("SELECT value FROM metrics WHERE article_id = 'budget' ORDER BY idx")
    ] == metrics
    # sum() reads the text as a number (a float: exactness is in the text itself)
    assert lite.execute("SELECT sum(amount) FROM money WHERE article_id = 'budget'").fetchone()[0] == pytest.approx(
        float(sum(money))
    )


def test_timestamps(outs):
    arts = {r["article_id"]: r for r in pq.read_table(outs[0] / "articles.parquet").to_pylist()}
    schema = pq.read_schema(outs[0] / "articles.parquet")
    assert schema.field("published").type == pa.timestamp("us")
    assert schema.field("fetch_date").type == pa.timestamp("us", tz="UTC")
    assert arts["seed"]["published"] == datetime(2020, 8, 4, 10, 25, 28)  # the header's clock, as printed
    assert arts["plain"]["published"] is None
    assert arts["budget"]["fetch_date"] == datetime(2024, 5, 1, 8, 0, tzinfo=timezone.utc)  # +08:00 moved to UTC
    assert arts["seed"]["fetch_date"] == datetime(2024, 5, 2, tzinfo=timezone.utc)  # a date alone: midnight UTC
    con = duckdb.connect(str(outs[0] / "results.duckdb"), read_only=True)
    assert con.execute("SELECT typeof(published), typeof(fetch_date) FROM articles LIMIT 1").fetchone() == (
        "TIMESTAMP",
        "TIMESTAMP WITH TIME ZONE",
    )
    lite = sqlite3.connect(outs[1] / "results.sqlite")
    assert lite.execute("SELECT published, fetch_date FROM articles WHERE article_id = 'seed'").fetchone() == (
        "2020-08-04 10:25:28",
        "2024-05-02 00:00:00+00:00",
    )
    # SQLite's date functions read them
    assert lite.execute("SELECT date(published) FROM articles WHERE article_id = 'seed'").fetchone() == ("2020-08-04",)


def test_article_key_is_the_primary_key_in_duckdb(outs):
    con = duckdb.connect(str(outs[0] / "results.duckdb"), read_only=True)
    keys = dict(
        con.execute(
            "SELECT table_name, constraint_column_names FROM duckdb_constraints() WHERE constraint_type = 'PRIMARY KEY'"
        ).fetchall()
    )
    assert keys == {
        "articles": ["article_key"],
        **{k: ["article_key", "idx"] for k in ("money", "metrics", "programs", "officials")},
    }
    assert [k for (k,) in con.execute("SELECT article_key FROM articles").fetchall()] == [
        f"{outs[0].parent / 'news.jsonl'}:{n}" for n in (1, 2, 3)
    ]


def test_sqlite_indexes_the_join_columns(outs):
    lite = sqlite3.connect(outs[1] / "results.sqlite")
    for table in ("articles", "money", "metrics", "programs", "officials"):
        cols = {
            tuple(c[2] for c in lite.execute(f"PRAGMA index_info('{name}')"))
            for _, name, *_ in lite.execute(f"PRAGMA index_list('{table}')")
        }
        key = ("article_key",) if table == "articles" else ("article_key", "idx")
        assert cols == {key, ("article_id",)}, table
    plan = " ".join(
        r[-1] for r in lite.execute("EXPLAIN QUERY PLAN SELECT * FROM money m JOIN articles a USING (article_key)")
    )
    assert "SEARCH a USING INDEX sqlite_autoindex_articles_1 (article_key=?)" in plan  # the primary key's index


def test_a_value_past_ten_places_is_rounded_half_even_and_huge_ones_are_not_stored():
    # only non-terminating fractions get there (三分之一 is written 0.3333333333333333 in JSON)
    assert to_decimal(Decimal("0.3333333333333333")) == Decimal("0.3333333333")
    assert to_decimal(Decimal("0.00000000005")) == Decimal("0")  # half to even
    assert to_decimal(Decimal("0.00000000015")) == Decimal("0.0000000002")
    assert to_decimal(Decimal("1E+28")) is None
    row = rows(
        parse('{"id": "x", "metrics": [{"text": "三分之一", "value": 0.3333333333333333, "start": 0, "end": 4}]}')
    )
    table = pa.Table.from_pylist(row["metrics"], schema=arrow_schema(COLUMNS["metrics"]))
    assert table.column("value").to_pylist() == [Decimal("0.3333333333")]


def test_the_json_lines_are_unchanged_by_the_table_types(outs):
    # articles.jsonl keeps the spec's numbers (JSON numbers, not strings)
    recs = {r["id"]: r for r in map(json.loads, (outs[0] / "articles.jsonl").read_text(encoding="utf-8").splitlines())}
    assert [m["amount"] for m in recs["budget"]["money"]] == [367442800, 12345.6789, 1200]
