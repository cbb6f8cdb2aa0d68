"""``civicextract.read_results(OUTDIR)``: a run's tables as pandas DataFrames.

Needs the ``pandas`` extra (pandas and pyarrow), imported only when called, so
``import civicextract`` stays light.  The tables are read from what the run
wrote, in this order: the Parquet tables (files, or the Spark engine's
folders), a DuckDB or SQLite database in OUTDIR, else ``articles.jsonl``; the
``errors`` frame from ``errors.jsonl``.  Every source gives the same frames.

Types (the batch tables' types, see ``civicextract.batch.tables``):

- ``amount``, ``amount_max``, ``value``, ``value_max``:
  ``pd.ArrowDtype(pa.decimal128(38, 10))``.  Each value is a Python
  ``Decimal`` (``df.amount[0] == Decimal("367442800")``), kept exact through
  ``sum()`` and comparisons; ``.astype(float)`` when a float is wanted.
  An object column of Decimals would be exact too, but slow and untyped.
- ``published``: ``datetime64[us]`` (the article's own clock, a date alone at
  midnight); ``fetch_date``: ``datetime64[us, UTC]``; missing ones are ``NaT``.
- integers: ``Int64`` (nullable: ``line`` is missing for files that are not JSONL);
  lists (``reporters``, ``titles``, ``mentions`` ...): Python lists;
  text: pandas' string columns.
"""

from __future__ import annotations

import glob
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any

from .batch.tables import COLUMNS, ERROR_COLUMNS, KINDS, parse, rows, to_decimal, to_timestamp

TABLES = (*KINDS, "errors")


def read_results(outdir: str | os.PathLike[str], tables: Iterable[str] | None = None) -> dict[str, Any]:
    """The tables of a ``civicextract run`` in ``outdir``: ``{"articles": DataFrame, "money": ..., "errors": ...}``.

    ``tables`` picks some of ``articles money metrics programs officials errors``
    (default: all).  Raises :class:`~civicextract.ArgumentError` when ``outdir``
    holds no run or a table name is unknown.
    """
    from .errors import ArgumentError

    try:
        import pandas as pd
        import pyarrow as pa
    except ImportError as exc:
        raise ImportError(
            f"read_results needs pandas and pyarrow ({exc}): pip install 'civicextract[pandas]'"
        ) from None
    outdir = os.fspath(outdir)
    names = TABLES if tables is None else tuple([tables] if isinstance(tables, str) else tables)
    for name in names:
        if name not in TABLES:
            raise ArgumentError("tables", name, f"names from {', '.join(TABLES)}")
    if not os.path.isdir(outdir) or not os.path.exists(os.path.join(outdir, "summary.json")):
        raise ArgumentError("outdir", outdir, "the -o folder of a finished civicextract run (it holds summary.json)")
    read = _source(outdir)
    out = {}
    for name in names:
        table = _errors(outdir, pa) if name == "errors" else read(name)
        # one schema whatever the source (DuckDB labels UTC times with its session's zone, Spark
        # names list items differently): the same instants and values, the same types
        out[name] = _frame(table.cast(_schema(name)), pd, pa)
    return out


def _source(outdir: str):
    """A function from a table name to a pyarrow Table, for the best source the run left."""
    import pyarrow as pa

    if os.path.exists(os.path.join(outdir, "articles.parquet")):
        import pyarrow.parquet as pq

        # a file (local engine) or a folder of part files (Spark); both in the tables' schema
        return lambda name: pq.read_table(os.path.join(outdir, f"{name}.parquet"))
    dbs = sorted(glob.glob(os.path.join(glob.escape(outdir), "*.duckdb")))
    if dbs:
        try:
            import duckdb
        except ImportError:
            pass
        else:

            def from_duckdb(name: str) -> Any:
                con = duckdb.connect(dbs[0], read_only=True)
                try:
                    rel = con.sql(f'SELECT * FROM "{name}"')
                    # to_arrow_table: DuckDB >= 0.9; .arrow() became a stream reader in 1.4
                    return rel.to_arrow_table() if hasattr(rel, "to_arrow_table") else rel.arrow()
                finally:
                    con.close()

            return from_duckdb
    lites = sorted(
        p for ext in ("sqlite", "sqlite3", "db") for p in glob.glob(os.path.join(glob.escape(outdir), f"*.{ext}"))
    )
    if lites:
        return lambda name: _from_sqlite(lites[0], name, pa)
    jsonl = os.path.join(outdir, "articles.jsonl")
    return lambda name: _from_jsonl(jsonl, name, pa)


def _schema(name: str) -> Any:
    from .batch.tables import arrow_schema

    return arrow_schema(COLUMNS[name] if name in COLUMNS else ERROR_COLUMNS)


def _from_jsonl(path: str, name: str, pa: Any) -> Any:
    def all_rows() -> Iterator[dict[str, Any]]:
        if os.path.exists(path):
            with open(path, encoding="utf-8") as fh:
                for line in fh:
                    yield from rows(parse(line))[name]

    return pa.Table.from_pylist(list(all_rows()), schema=_schema(name))


def _from_sqlite(path: str, name: str, pa: Any) -> Any:
    """SQLite keeps decimals and timestamps as text and lists as JSON: typed back here."""
    cols = COLUMNS[name]
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        cur = con.execute(f'SELECT {", ".join(chr(34) + n + chr(34) for n, _ in cols)} FROM "{name}" ORDER BY rowid')
        out = []
        for values in cur:
            row = {}
            for (n, t), v in zip(cols, values, strict=True):
                if v is not None:
                    if t == "dec":
                        v = to_decimal(v)
                    elif t in ("ts", "tsz"):
                        v = to_timestamp(v, utc=t == "tsz")
                    elif t.startswith("["):
                        v = json.loads(v)
                row[n] = v
            out.append(row)
    finally:
        con.close()
    return pa.Table.from_pylist(out, schema=_schema(name))


def _errors(outdir: str, pa: Any) -> Any:
    path = os.path.join(outdir, "errors.jsonl")
    out = []
    if os.path.exists(path):
        with open(path, encoding="utf-8") as fh:
            out = [{n: json.loads(line).get(n) for n, _ in ERROR_COLUMNS} for line in fh if line.strip()]
    return pa.Table.from_pylist(out, schema=_schema("errors"))


def _frame(table: Any, pd: Any, pa: Any) -> Any:
    def types(t: Any) -> Any:
        if pa.types.is_decimal(t):
            return pd.ArrowDtype(t)
        if pa.types.is_integer(t):
            return pd.Int64Dtype()
        return None

    lists = [f.name for f in table.schema if pa.types.is_list(f.type)]
    df = table.drop_columns(lists).to_pandas(types_mapper=types) if lists else table.to_pandas(types_mapper=types)
    for f in table.schema:  # lists as Python lists (numpy arrays of objects otherwise), in their place
        if f.name in lists:
            df.insert(table.schema.get_field_index(f.name), f.name, pd.Series(table[f.name].to_pylist(), dtype=object))
    return df
