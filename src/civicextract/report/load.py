"""A run's output folder as DuckDB views: articles, money, metrics, programs, officials, errors.

Whatever the run wrote is read where it lies, nothing is copied into Python:
the Parquet tables (``--format parquet``/``both``, or a Spark run's Parquet
folders) first, then a DuckDB database (``--db x.duckdb``), then
``articles.jsonl``, whose nested lists DuckDB unnests itself.  The views have
the columns of ``civicextract.batch.tables.COLUMNS`` whichever source they
come from, so the queries in ``data.py`` are written once.
"""

from __future__ import annotations

import glob
import json
import os
from typing import Any

from ..batch.tables import COLUMNS, ERROR_COLUMNS, KINDS, PRECISION, SCALE

# articles.jsonl writes dates as ISO text (read as text, as the month query expects) and amounts as JSON numbers
_SQL_TYPES = {
    "str": "VARCHAR",
    "int": "BIGINT",
    "float": "DOUBLE",
    "dec": f"DECIMAL({PRECISION}, {SCALE})",
    "ts": "VARCHAR",
    "tsz": "VARCHAR",
    "[str]": "VARCHAR[]",
    "[[int]]": "BIGINT[][]",
}
_META = ("source", "published", "editor", "reporters", "title")
MAX_LINE_BYTES = 1 << 30
_PROVENANCE = ("input", "member", "line", "url", "warc_record_id", "fetch_date", "encoding")


class ReportInputError(Exception):
    """OUTDIR holds no run output that the report can read."""


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _lit(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _struct(cols: list[tuple[str, str]]) -> str:
    return "STRUCT(" + ", ".join(f"{_q(n)} {_SQL_TYPES[t]}" for n, t in cols) + ")"


def _parquet_path(outdir: str, kind: str) -> str | None:
    path = os.path.join(outdir, f"{kind}.parquet")
    if os.path.isfile(path):
        return path
    if os.path.isdir(path) and glob.glob(os.path.join(path, "**", "*.parquet"), recursive=True):
        return os.path.join(path, "**", "*.parquet")  # a Spark run: a folder of part files
    return None


def _find_db(outdir: str, db: str | None) -> str | None:
    if db:
        path = db if os.path.dirname(db) else os.path.join(outdir, db)
        if not os.path.isfile(path):
            raise ReportInputError(f"--db {db}: no such file")
        if not path.lower().endswith(".duckdb"):
            # DuckDB reads SQLite only through an extension it downloads: use the run's articles.jsonl instead
            raise ReportInputError(
                f"--db {db}: the report reads DuckDB databases (.duckdb); leave --db out to read articles.jsonl"
            )
        return path
    found = sorted(glob.glob(os.path.join(outdir, "*.duckdb")))
    return found[0] if found else None


# batch.tables.article_key in SQL (Provenance.where: input[!member][:line][ warc_record_id]), so the
# views of articles.jsonl join on the same unique key as the tables, whatever --dedupe kept.
_KEY = (
    "concat(provenance.input, '!' || provenance.member, ':' || CAST(provenance.line AS VARCHAR), "
    "' ' || provenance.warc_record_id)"
)


def _from_jsonl(con, path: str) -> None:
    record_cols = {k: [(n, t) for n, t in COLUMNS[k] if n not in ("article_key", "article_id", "idx")] for k in KINDS[1:]}
    art = dict(COLUMNS["articles"])
    columns = {
        "id": "VARCHAR",
        "schema_version": "BIGINT",
        "meta": _struct([(n, art[n]) for n in _META]),
        "provenance": _struct([(n, art[n]) for n in _PROVENANCE] + [("title", "str")]),
        "text": "VARCHAR",
        **{k: _struct(cols) + "[]" for k, cols in record_cols.items()},
    }
    spec = "{" + ", ".join(f"{_q(k)}: {_lit(v)}" for k, v in columns.items()) + "}"
    con.execute(
        f"CREATE VIEW raw_articles AS SELECT * FROM read_json({_lit(path)}, format='newline_delimited', "
        # DuckDB's default limit is 16 MB per line; an article may be 10 MiB of text plus its records
        f"columns={spec}, maximum_object_size={MAX_LINE_BYTES})"
    )
    select = [f"{_KEY} AS article_key", "id AS article_id", "schema_version"]
    select += [f"meta.{_q(n)} AS {_q(n)}" for n in _META]
    select += [f"provenance.{_q(n)} AS {_q(n)}" for n in _PROVENANCE]
    select += ["provenance.title AS page_title", "text"]
    con.execute(f"CREATE VIEW articles AS SELECT {', '.join(select)} FROM raw_articles")
    for kind, cols in record_cols.items():
        fields = ", ".join(f"r.{_q(n)} AS {_q(n)}" for n, _ in cols)
        con.execute(
            f"CREATE VIEW {kind} AS SELECT article_key, article_id, idx, {fields} FROM ("
            f"SELECT {_KEY} AS article_key, id AS article_id, generate_subscripts({kind}, 1) - 1 AS idx, "
            f"unnest({kind}) AS r "
            f"FROM raw_articles)"
        )


def _errors_view(con, outdir: str, attached: bool) -> None:
    path = os.path.join(outdir, "errors.jsonl")
    if os.path.isfile(path):
        spec = "{" + ", ".join(f"{_q(n)}: {_lit(_SQL_TYPES[t])}" for n, t in ERROR_COLUMNS) + "}"
        con.execute(
            f"CREATE VIEW errors AS SELECT * FROM read_json({_lit(path)}, format='newline_delimited', columns={spec})"
        )
    elif attached:
        con.execute("CREATE VIEW errors AS SELECT * FROM run_db.errors")
    else:
        cols = ", ".join(f"CAST(NULL AS {_SQL_TYPES[t]}) AS {_q(n)}" for n, t in ERROR_COLUMNS)
        con.execute(f"CREATE VIEW errors AS SELECT {cols} WHERE false")


def open_run(outdir: str, db: str | None = None):
    """A DuckDB connection with the six views over OUTDIR, and the name of what was read."""
    import duckdb

    if not os.path.isdir(outdir):
        raise ReportInputError(f"{outdir}: no such folder")
    con = duckdb.connect()
    parquet = {k: _parquet_path(outdir, k) for k in KINDS}
    db_path = None if db is None and all(parquet.values()) else _find_db(outdir, db)
    jsonl = os.path.join(outdir, "articles.jsonl")
    if db_path is None and all(parquet.values()):
        for kind, path in parquet.items():
            con.execute(f"CREATE VIEW {kind} AS SELECT * FROM read_parquet({_lit(path)})")
        source = "Parquet tables"
    elif db_path is not None:
        con.execute(f"ATTACH {_lit(db_path)} AS run_db (READ_ONLY)")
        for kind in KINDS:
            con.execute(f"CREATE VIEW {kind} AS SELECT * FROM run_db.{kind}")
        source = os.path.basename(db_path)
    elif os.path.isfile(jsonl):
        _from_jsonl(con, jsonl)
        source = "articles.jsonl"
    else:
        con.close()
        raise ReportInputError(
            f"{outdir}: no articles.jsonl, Parquet tables or .duckdb database (is it the -o folder of civicextract run?)"
        )
    _errors_view(con, outdir, attached=db_path is not None)
    return con, source


def read_summary(outdir: str) -> dict[str, Any]:
    """summary.json of the run (an empty dict if the run wrote none)."""
    path = os.path.join(outdir, "summary.json")
    if not os.path.isfile(path):
        return {}
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)
