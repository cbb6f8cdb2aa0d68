"""Article records as tables: one row per article, one row per record of each kind.

Rows are built from the JSON line (``Article.to_dict()`` plus provenance),
never from extractor internals, so JSONL, Parquet, DuckDB/SQLite and the Spark
engine share one definition.  Every record row is keyed by ``article_id`` and
its position ``idx`` in the article.  Column names keep the spec's field names
(``start``/``end``: quote ``"end"`` in SQL, it is a keyword).
"""

from __future__ import annotations

from typing import Any

KINDS = ("articles", "money", "metrics", "programs", "officials")

# (name, type) with types: str, int, float, [str] (list of strings), [[int]] (spans)
COLUMNS: dict[str, list[tuple[str, str]]] = {
    "articles": [
        ("article_id", "str"),
        ("schema_version", "int"),
        ("source", "str"),
        ("published", "str"),
        ("editor", "str"),
        ("reporters", "[str]"),
        ("title", "str"),
        ("input", "str"),
        ("member", "str"),
        ("line", "int"),
        ("url", "str"),
        ("warc_record_id", "str"),
        ("fetch_date", "str"),
        ("page_title", "str"),
        ("encoding", "str"),
        ("text", "str"),
    ],
    "money": [
        ("article_id", "str"),
        ("idx", "int"),
        ("text", "str"),
        ("amount", "float"),
        ("amount_max", "float"),
        ("qualifier", "str"),
        ("currency", "str"),
        ("purpose", "str"),
        ("start", "int"),
        ("end", "int"),
    ],
    "metrics": [
        ("article_id", "str"),
        ("idx", "int"),
        ("text", "str"),
        ("value", "float"),
        ("value_max", "float"),
        ("qualifier", "str"),
        ("unit", "str"),
        ("subject", "str"),
        ("start", "int"),
        ("end", "int"),
    ],
    "programs": [
        ("article_id", "str"),
        ("idx", "int"),
        ("name", "str"),
        ("aliases", "[str]"),
        ("components", "[str]"),
        ("mentions", "[[int]]"),
    ],
    "officials": [
        ("article_id", "str"),
        ("idx", "int"),
        ("name", "str"),
        ("titles", "[str]"),
        ("organization", "str"),
        ("role", "str"),
        ("mentions", "[[int]]"),
    ],
}
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


def rows(record: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Split one output record into table rows.

    >>> r = rows({"id": "a1", "schema_version": 1, "meta": {"reporters": []}, "provenance": {"input": "x.jsonl", "line": 3},
    ...           "money": [{"text": "50万元", "amount": 500000, "start": 0, "end": 4}], "metrics": [], "programs": [], "officials": []})
    >>> r["articles"][0]["line"], r["money"][0]["amount"], r["money"][0]["idx"]
    (3, 500000.0, 0)
    """
    aid = record.get("id")
    meta, prov = record.get("meta") or {}, record.get("provenance") or {}
    article = {
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
        out[kind] = [_typed(kind, {**r, "article_id": aid, "idx": i}) for i, r in enumerate(record.get(kind) or [])]
    return out


def _typed(table: str, row: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for name, typ in COLUMNS[table]:
        v = row.get(name)
        if v is not None:
            if typ == "float":
                v = float(v)
            elif typ == "int":
                v = int(v)
            elif typ == "[[int]]":
                v = [[int(x) for x in span] for span in v]
        out[name] = v
    return out


def arrow_schema(columns: list[tuple[str, str]]):
    import pyarrow as pa

    types = {
        "str": pa.string(),
        "int": pa.int64(),
        "float": pa.float64(),
        "[str]": pa.list_(pa.string()),
        "[[int]]": pa.list_(pa.list_(pa.int64())),
    }
    return pa.schema([pa.field(n, types[t]) for n, t in columns])
