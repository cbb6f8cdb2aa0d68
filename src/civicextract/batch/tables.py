"""Article records as tables: one row per article, one row per record of each kind.

Rows are built from the JSON line (``Article.to_dict()`` plus provenance),
never from extractor internals, so JSONL, Parquet, DuckDB/SQLite and the Spark
engine share one definition.  Every row carries ``article_key``, the article's
place in the inputs (``news.jsonl.gz:10``, ``pages.zip!a.html``, a WARC record
id after the file), which is unique in a run whatever the articles' own ids
(two inputs may repeat an ``id``); record rows are keyed by ``article_key``
and their position ``idx`` in the article.  Column names keep the spec's field
names (``start``/``end``: quote ``"end"`` in SQL, it is a keyword).

Types: amounts and values are exact decimals, ``DECIMAL(38, 10)`` (see
:data:`SCALE`); ``published`` is a timestamp without time zone (the article's
own clock, a date alone read as midnight); ``fetch_date`` a UTC timestamp.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from decimal import Decimal, localcontext
from typing import Any

from .items import Provenance

KINDS = ("articles", "money", "metrics", "programs", "officials")

# Decimal places kept in the tables.  Ten keeps every value written with
# digits exact (the corpus needs two; a percentage such as 12.34567% needs
# five), and leaves 28 digits before the point, far beyond any amount in yuan.
# Only non-terminating fractions (三分之一, written with 16 digits in the JSON)
# are rounded, half to even.
PRECISION, SCALE = 38, 10
_QUANTUM = Decimal(1).scaleb(-SCALE)
_LIMIT = Decimal(10) ** (PRECISION - SCALE)

# (name, type) with types: str, int, dec (exact decimal), ts (timestamp, no time
# zone), tsz (UTC timestamp), [str] (list of strings), [[int]] (spans)
COLUMNS: dict[str, list[tuple[str, str]]] = {
    "articles": [
        ("article_key", "str"),
        ("article_id", "str"),
        ("schema_version", "int"),
        ("source", "str"),
        ("published", "ts"),
        ("editor", "str"),
        ("reporters", "[str]"),
        ("title", "str"),
        ("input", "str"),
        ("member", "str"),
        ("line", "int"),
        ("url", "str"),
        ("warc_record_id", "str"),
        ("fetch_date", "tsz"),
        ("page_title", "str"),
        ("encoding", "str"),
        ("text", "str"),
    ],
    "money": [
        ("article_key", "str"),
        ("article_id", "str"),
        ("idx", "int"),
        ("text", "str"),
        ("amount", "dec"),
        ("amount_max", "dec"),
        ("qualifier", "str"),
        ("currency", "str"),
        ("purpose", "str"),
        ("start", "int"),
        ("end", "int"),
    ],
    "metrics": [
        ("article_key", "str"),
        ("article_id", "str"),
        ("idx", "int"),
        ("text", "str"),
        ("value", "dec"),
        ("value_max", "dec"),
        ("qualifier", "str"),
        ("unit", "str"),
        ("subject", "str"),
        ("start", "int"),
        ("end", "int"),
    ],
    "programs": [
        ("article_key", "str"),
        ("article_id", "str"),
        ("idx", "int"),
        ("name", "str"),
        ("aliases", "[str]"),
        ("components", "[str]"),
        ("mentions", "[[int]]"),
    ],
    "officials": [
        ("article_key", "str"),
        ("article_id", "str"),
        ("idx", "int"),
        ("name", "str"),
        ("titles", "[str]"),
        ("organization", "str"),
        ("role", "str"),
        ("mentions", "[[int]]"),
    ],
}
# Primary keys (DuckDB) and the indexed join columns (SQLite).
KEYS = {"articles": ("article_key",), **{k: ("article_key", "idx") for k in KINDS[1:]}}
ERROR_COLUMNS = [
    ("input", "str"),
    ("member", "str"),
    ("line", "int"),
    ("warc_record_id", "str"),
    ("article_id", "str"),
    ("stage", "str"),
    ("error_type", "str"),
    ("message", "str"),
]


def parse(line: str | bytes) -> dict[str, Any]:
    """An output line as a dict, non-integral numbers as the exact ``Decimal`` of their digits."""
    return json.loads(line, parse_float=Decimal)


_ID_PREFIX = '{"id": '
_DECODER = json.JSONDecoder()


def article_id(line: str) -> str | None:
    """The ``id`` of an output line, read without parsing the rest (``to_dict()`` puts it first).

    >>> article_id('{"id": "a\\\\"1", "meta": {}}'), article_id('{"meta": {}, "id": 7}')
    ('a"1', '7')
    """
    if line.startswith(_ID_PREFIX):
        value = _DECODER.raw_decode(line, len(_ID_PREFIX))[0]
    else:
        value = json.loads(line).get("id")
    return None if value is None else str(value)


def article_key(record: dict[str, Any]) -> str:
    """Where the article was read: ``input[!member][:line][ warc record id]``, unique in a run."""
    prov = record.get("provenance") or {}
    return Provenance(
        prov.get("input") or "", prov.get("member"), prov.get("line"), warc_record_id=prov.get("warc_record_id")
    ).where()


def rows(record: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Split one output record into table rows.

    >>> r = rows(parse('{"id": "a1", "schema_version": 1, "meta": {"published": "2020-08-04"}, '
    ...   '"provenance": {"input": "x.jsonl", "line": 3}, "money": [{"text": "36744.28万元", '
    ...   '"amount": 367442800, "start": 0, "end": 10}, {"text": "0.5万元", "amount": 5000.5}]}'))
    >>> r["articles"][0]["article_key"], r["articles"][0]["published"], r["money"][1]["amount"], r["money"][1]["idx"]
    ('x.jsonl:3', datetime.datetime(2020, 8, 4, 0, 0), Decimal('5000.5'), 1)
    """
    aid = record.get("id")
    aid = None if aid is None else str(aid)
    key = article_key(record)
    meta, prov = record.get("meta") or {}, record.get("provenance") or {}
    article = {
        "article_key": key,
        "article_id": aid,
        "schema_version": record.get("schema_version"),
        **{k: meta.get(k) for k in ("source", "published", "editor", "title")},
        "reporters": list(meta.get("reporters") or []),
        **{k: prov.get(k) for k in ("input", "member", "line", "url", "warc_record_id", "fetch_date", "encoding")},
        "page_title": prov.get("title"),
        "text": record.get("text"),
    }
    out = {"articles": [_typed("articles", article)]}
    for kind in KINDS[1:]:
        out[kind] = [
            _typed(kind, {**r, "article_key": key, "article_id": aid, "idx": i})
            for i, r in enumerate(record.get(kind) or [])
        ]
    return out


def _typed(table: str, row: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for name, typ in COLUMNS[table]:
        v = row.get(name)
        if v is not None:
            if typ == "dec":
                v = to_decimal(v)
            elif typ == "int":
                v = int(v)
            elif typ == "ts":
                v = to_timestamp(v, utc=False)
            elif typ == "tsz":
                v = to_timestamp(v, utc=True)
            elif typ == "[[int]]":
                v = [[int(x) for x in span] for span in v]
        out[name] = v
    return out


def to_decimal(v: Decimal | int | float | str) -> Decimal | None:
    """The table's exact decimal: at most :data:`SCALE` places (rounded half to even past them).

    >>> to_decimal(367442800), to_decimal(Decimal("55.579")), to_decimal(0.1), to_decimal(Decimal("0.3333333333333333"))
    (Decimal('367442800'), Decimal('55.579'), Decimal('0.1'), Decimal('0.3333333333'))
    """
    if isinstance(v, float):
        v = Decimal(repr(v))  # the digits JSON shows, not the binary fraction
    elif not isinstance(v, Decimal):
        v = Decimal(v)
    if not v.is_finite() or abs(v) >= _LIMIT:
        return None  # no such amount is real; a DECIMAL(38, 10) cannot hold it
    if v.as_tuple().exponent < -SCALE:
        with localcontext() as ctx:
            ctx.prec = PRECISION
            v = v.quantize(_QUANTUM)
    return v


def to_timestamp(value: Any, *, utc: bool) -> datetime | None:
    """An ISO 8601 date or date-time as a datetime; None when it is not one.

    ``utc=False`` (``published``): the wall-clock time as printed, a date alone at
    midnight.  ``utc=True`` (``fetch_date``): an aware UTC datetime, a time
    without an offset taken as UTC (WARC-Date always is).

    >>> to_timestamp("2020-08-04T10:25:28", utc=False), to_timestamp("2020-08-04", utc=False)
    (datetime.datetime(2020, 8, 4, 10, 25, 28), datetime.datetime(2020, 8, 4, 0, 0))
    >>> to_timestamp("2024-05-01T08:00:00Z", utc=True), to_timestamp("2024-05-01 16:00+08:00", utc=True)
    (datetime.datetime(2024, 5, 1, 8, 0, tzinfo=datetime.timezone.utc), datetime.datetime(2024, 5, 1, 8, 0, tzinfo=datetime.timezone.utc))
    >>> to_timestamp("2020年8月", utc=False) is None
    True
    """
    if isinstance(value, datetime):
        dt = value
    elif isinstance(value, str):
        s = value.strip().replace("/", "-")
        if s.endswith(("Z", "z")):
            s = s[:-1] + "+00:00"
        try:
            dt = datetime.fromisoformat(s)
        except ValueError:
            return None
    else:
        return None
    if utc:
        return dt.replace(tzinfo=timezone.utc) if dt.tzinfo is None else dt.astimezone(timezone.utc)
    return dt.replace(tzinfo=None)


def arrow_type(typ: str):
    import pyarrow as pa

    return {
        "str": pa.string(),
        "int": pa.int64(),
        "dec": pa.decimal128(PRECISION, SCALE),
        "ts": pa.timestamp("us"),
        "tsz": pa.timestamp("us", tz="UTC"),
        "[str]": pa.list_(pa.string()),
        "[[int]]": pa.list_(pa.list_(pa.int64())),
    }[typ]


def arrow_schema(columns: list[tuple[str, str]]):
    import pyarrow as pa

    return pa.schema([pa.field(n, arrow_type(t)) for n, t in columns])


_DUCKDB_TYPES = {
    "str": "VARCHAR",
    "int": "BIGINT",
    "dec": f"DECIMAL({PRECISION}, {SCALE})",
    "ts": "TIMESTAMP",
    "tsz": "TIMESTAMPTZ",
    "[str]": "VARCHAR[]",
    "[[int]]": "BIGINT[][]",
}


def duckdb_create(name: str, columns: list[tuple[str, str]]) -> str:
    """``CREATE TABLE`` with the table's types and primary key."""
    cols = [f'"{n}" {_DUCKDB_TYPES[t]}' for n, t in columns]
    if name in KEYS:
        cols.append(f"PRIMARY KEY ({', '.join(chr(34) + k + chr(34) for k in KEYS[name])})")
    return f'CREATE TABLE "{name}" ({", ".join(cols)})'
