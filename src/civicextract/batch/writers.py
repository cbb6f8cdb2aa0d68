"""Final outputs, built from the run's part files; each one written atomically.

Every output is first written under a temporary name in OUTDIR and then
renamed, so a reader (or a killed run) never sees half a file.  Parquet and
the database are derived from ``articles.part.jsonl`` in batches, so memory
stays bounded whatever the size of the run.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from collections.abc import Iterator
from typing import Any

from .tables import COLUMNS, ERROR_COLUMNS, KEYS, KINDS, arrow_schema, duckdb_create, parse, rows

BATCH = 2000


def _tmp(path: str) -> str:
    return f"{path}.tmp-{os.getpid()}"


def publish_copy(src: str, dest: str) -> None:
    """``dest`` becomes a copy of ``src`` (a hard link when possible: no bytes copied)."""
    if os.path.exists(dest) and os.path.samefile(src, dest):
        return  # published before a kill; rename() between two links of one file would do nothing
    tmp = _tmp(dest)
    if os.path.exists(tmp):
        os.remove(tmp)
    try:
        os.link(src, tmp)
    except OSError:
        shutil.copyfile(src, tmp)
    os.replace(tmp, dest)


def _batches(part: str) -> Iterator[dict[str, list[dict[str, Any]]]]:
    batch: dict[str, list[dict[str, Any]]] = {k: [] for k in KINDS}
    n = 0
    with open(part, encoding="utf-8") as fh:
        for line in fh:
            for kind, rs in rows(parse(line)).items():
                batch[kind].extend(rs)
            n += 1
            if n == BATCH:
                yield batch
                batch, n = {k: [] for k in KINDS}, 0
    yield batch


def _error_rows(part: str) -> Iterator[dict[str, Any]]:
    with open(part, encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            yield {n: row.get(n) for n, _ in ERROR_COLUMNS}


def _chunks(rows_: Iterator[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    for row in rows_:
        chunk.append(row)
        if len(chunk) == BATCH:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def write_parquet(part: str, outdir: str) -> list[str]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schemas = {k: arrow_schema(COLUMNS[k]) for k in KINDS}
    paths = {k: os.path.join(outdir, f"{k}.parquet") for k in KINDS}
    writers = {k: pq.ParquetWriter(_tmp(paths[k]), schemas[k]) for k in KINDS}
    try:
        for batch in _batches(part):
            for k in KINDS:
                if batch[k]:
                    writers[k].write_table(pa.Table.from_pylist(batch[k], schema=schemas[k]))
    finally:
        for w in writers.values():
            w.close()
    for k in KINDS:
        if os.path.isdir(paths[k]):  # a Spark run wrote a folder here before
            shutil.rmtree(paths[k])
        os.replace(_tmp(paths[k]), paths[k])
    return [f"{k}.parquet" for k in KINDS]


def write_db(part: str, errors_part: str, dest: str) -> None:
    tmp = _tmp(dest)
    for p in (tmp, tmp + ".wal"):
        if os.path.exists(p):
            os.remove(p)
    if dest.lower().endswith((".sqlite", ".sqlite3", ".db")):
        _write_sqlite(part, errors_part, tmp)
    else:
        _write_duckdb(part, errors_part, tmp)
    os.replace(tmp, dest)


def _write_duckdb(part: str, errors_part: str, path: str) -> None:
    import duckdb
    import pyarrow as pa

    con = duckdb.connect(path)
    try:
        tables = {**{k: COLUMNS[k] for k in KINDS}, "errors": ERROR_COLUMNS}
        for name, cols in tables.items():
            con.execute(duckdb_create(name, cols))
        for batch in _batches(part):
            for k in KINDS:
                if batch[k]:
                    chunk = pa.Table.from_pylist(batch[k], schema=arrow_schema(COLUMNS[k]))  # noqa: F841 (read by duckdb by name)
                    con.execute(f'INSERT INTO "{k}" SELECT * FROM chunk')
        for errs in _chunks(_error_rows(errors_part)):
            chunk = pa.Table.from_pylist(errs, schema=arrow_schema(ERROR_COLUMNS))  # noqa: F841
            con.execute('INSERT INTO "errors" SELECT * FROM chunk')
        con.execute("CHECKPOINT")
    finally:
        con.close()


# SQLite has no decimal or timestamp type.  Amounts are TEXT holding the exact
# decimal ('367442800', '55.579'): a column declared DECIMAL would get NUMERIC
# affinity and be stored as an 8-byte float.  sum() and CAST(amount AS REAL)
# read the text as a number.  Timestamps are ISO 8601 TEXT, which SQLite's date
# functions read ('2020-08-04 10:25:28'; fetch_date with '+00:00').  Lists are
# JSON text, queryable with json_each().
_SQLITE_TYPES = {"str": "TEXT", "int": "INTEGER", "dec": "TEXT", "ts": "TEXT", "tsz": "TEXT", "[str]": "TEXT",
                 "[[int]]": "TEXT"}  # fmt: skip


def _sqlite_value(value: Any, typ: str) -> Any:
    if value is None:
        return None
    if typ.startswith("["):
        return json.dumps(value, ensure_ascii=False)
    if typ == "dec":
        return format(value, "f")  # never exponent notation: '0.00001', not '1E-5'
    if typ in ("ts", "tsz"):
        return value.isoformat(sep=" ")
    return value


def _write_sqlite(part: str, errors_part: str, path: str) -> None:
    con = sqlite3.connect(path)
    try:
        tables = {**{k: COLUMNS[k] for k in KINDS}, "errors": ERROR_COLUMNS}
        for name, cols in tables.items():
            defs = [f'"{n}" {_SQLITE_TYPES[t]}' for n, t in cols]
            if name in KEYS:
                defs.append(f"PRIMARY KEY ({', '.join(KEYS[name])})")  # also the index joins on article_key use
            con.execute(f'CREATE TABLE "{name}" ({", ".join(defs)})')

        def insert(name: str, rs: list[dict[str, Any]]) -> None:
            cols = tables[name]
            marks = ", ".join("?" for _ in cols)
            con.executemany(
                f'INSERT INTO "{name}" VALUES ({marks})', [tuple(_sqlite_value(r[n], t) for n, t in cols) for r in rs]
            )

        for batch in _batches(part):
            for k in KINDS:
                insert(k, batch[k])
        for errs in _chunks(_error_rows(errors_part)):
            insert("errors", errs)
        for name in tables:  # built once the rows are in: faster than keeping it up to date row by row
            # article_id is what users know and filter on; with --dedupe keep-all it is not unique
            con.execute(f'CREATE INDEX "{name}_article_id" ON "{name}" (article_id)')
        con.commit()
    finally:
        con.close()
