"""What the report shows, each as one DuckDB query over the views of ``load.py``.

Every aggregation runs in DuckDB and only the small results (top N rows,
one row per month or currency) come back as pandas frames, so a run of tens
of thousands of articles costs a few scans, not a Python loop per record.

Money totals count an amount once per article: the same ``2400万元`` written
in the headline and again in the body is one amount, not two (the mention
counts beside them count every mention).  Amounts are never converted
between currencies, so every money figure is per currency.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# The outlet of an article: its meta source, else the host of its URL.
_SOURCE = "coalesce(nullif(a.source, ''), nullif(regexp_extract(a.url, '^[a-z]+://([^/:]+)', 1), ''), '(no source)')"
# The month of an article (YYYY-MM) from its published date, else the fetch date of its page
# (timestamps in Parquet and DuckDB, ISO text in articles.jsonl: both read as text).
_MONTH = (
    "CASE WHEN regexp_matches(coalesce(CAST(a.published AS VARCHAR), CAST(a.fetch_date AS VARCHAR), ''), "
    "'^[0-9]{4}-[0-9]{2}') THEN substr(coalesce(CAST(a.published AS VARCHAR), CAST(a.fetch_date AS VARCHAR)), 1, 7) END"
)
# One row per distinct amount of an article (its first mention), with the article's source and month.
# Totals are summed exactly in DECIMAL and shown to the cent (a DECIMAL(38, 10) sum reaches pandas as an inexact float).
_AMOUNTS = f"""
    SELECT m.*, {_SOURCE} AS outlet, {_MONTH} AS month
    FROM money m LEFT JOIN articles a USING (article_key)
    QUALIFY row_number() OVER (
        PARTITION BY m.article_key, m.currency, m.amount, coalesce(m.amount_max, -1) ORDER BY m.idx) = 1
"""


@dataclass
class ReportData:
    """The aggregated tables of one run (pandas frames) and its accounting."""

    summary: dict[str, Any]
    read_from: str
    counts: dict[str, int]
    money_by_currency: Any
    money_by_month: Any
    money_by_source: Any
    largest_amounts: Any
    programs: Any
    officials: Any
    metric_units: Any
    errors: Any
    undated_amounts: int = 0
    notes: list[str] = field(default_factory=list)


def _df(con, sql: str, params: list | None = None):
    return con.execute(sql, params or []).df()


def counts(con) -> dict[str, int]:
    row = con.execute(
        "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM money), (SELECT count(*) FROM metrics), "
        "(SELECT count(*) FROM programs), (SELECT count(*) FROM officials), (SELECT count(*) FROM errors)"
    ).fetchone()
    return dict(zip(("articles", "money", "metrics", "programs", "officials", "errors"), map(int, row), strict=True))


def money_by_currency(con):
    return _df(
        con,
        f"""
        SELECT currency, count(*) AS amounts, count(DISTINCT article_key) AS articles, CAST(sum(amount) AS DECIMAL(38, 2)) AS total,
               (SELECT count(*) FROM money m2 WHERE m2.currency = d.currency) AS mentions
        FROM ({_AMOUNTS}) d GROUP BY currency ORDER BY amounts DESC, currency
        """,
    )


def money_by_month(con):
    return _df(
        con,
        f"""
        SELECT month, currency, count(*) AS amounts, CAST(sum(amount) AS DECIMAL(38, 2)) AS total
        FROM ({_AMOUNTS}) d WHERE month IS NOT NULL GROUP BY month, currency ORDER BY month, currency
        """,
    )


def undated_amounts(con) -> int:
    return int(con.execute(f"SELECT count(*) FROM ({_AMOUNTS}) d WHERE month IS NULL").fetchone()[0])


def money_by_source(con, top: int):
    """Totals per outlet and currency for the ``top`` outlets with the most amounts."""
    return _df(
        con,
        f"""
        WITH d AS ({_AMOUNTS}),
        ranked AS (SELECT outlet, count(*) AS n FROM d GROUP BY outlet ORDER BY n DESC, outlet LIMIT ?)
        SELECT d.outlet, d.currency, count(*) AS amounts, CAST(sum(d.amount) AS DECIMAL(38, 2)) AS total, any_value(ranked.n) AS outlet_amounts
        FROM d JOIN ranked USING (outlet) GROUP BY d.outlet, d.currency ORDER BY outlet_amounts DESC, d.outlet, d.currency
        """,
        [top],
    )


def largest_amounts(con, top: int):
    return _df(
        con,
        f"""
        SELECT d.article_key, d.article_id, d.idx, d.text, d.amount, d.amount_max, d.qualifier, d.currency, d.purpose,
               d."start", d."end", d.outlet, d.month, a.url, a.input, a.member, a.line
        FROM ({_AMOUNTS}) d LEFT JOIN articles a USING (article_key)
        ORDER BY d.amount DESC, d.article_key, d.idx LIMIT ?
        """,
        [top],
    )


def article_texts(con, keys: list[str]) -> dict[str, str]:
    """``{article_key: text}`` stored for these articles (HTML and WARC inputs store the main text they were
    extracted from).  Keyed by where the article was read, not by its id: under ``--dedupe keep-all`` two
    different texts can share one id."""
    if not keys:
        return {}
    rows = con.execute(
        "SELECT article_key, text FROM articles WHERE text IS NOT NULL AND article_key IN (SELECT unnest(?))", [keys]
    ).fetchall()
    return dict(rows)


def programs(con, top: int):
    return _df(
        con,
        """
        SELECT name, count(DISTINCT article_key) AS articles, sum(len(mentions))::BIGINT AS mentions,
               array_to_string(list_distinct(flatten(list(aliases)))[1:3], '、') AS aliases
        FROM programs GROUP BY name ORDER BY articles DESC, mentions DESC, name LIMIT ?
        """,
        [top],
    )


def officials(con, top: int):
    """The most-mentioned names, with their three most frequent titles."""
    return _df(
        con,
        """
        WITH top AS (
            SELECT name, sum(len(mentions))::BIGINT AS mentions, count(DISTINCT article_key) AS articles,
                   count(DISTINCT article_key) FILTER (WHERE role = 'speaker') AS quoted_in
            FROM officials GROUP BY name ORDER BY mentions DESC, articles DESC, name LIMIT ?),
        t AS (
            SELECT name, title, count(*) AS c FROM (
                SELECT name, unnest(titles) AS title FROM officials WHERE name IN (SELECT name FROM top))
            GROUP BY name, title),
        tt AS (
            SELECT name, string_agg(title, '、' ORDER BY c DESC, title) AS titles FROM (
                SELECT *, row_number() OVER (PARTITION BY name ORDER BY c DESC, title) AS rn FROM t)
            WHERE rn <= 3 GROUP BY name)
        SELECT top.*, coalesce(tt.titles, '') AS titles
        FROM top LEFT JOIN tt USING (name) ORDER BY mentions DESC, articles DESC, name
        """,
        [top],
    )


def metric_units(con, top: int):
    """Mentions per unit, with the unit's three most frequent subjects."""
    return _df(
        con,
        """
        WITH top AS (
            SELECT unit, count(*) AS mentions, count(DISTINCT article_key) AS articles
            FROM metrics GROUP BY unit ORDER BY mentions DESC, unit LIMIT ?),
        s AS (
            SELECT unit, subject, count(*) AS c,
                   row_number() OVER (PARTITION BY unit ORDER BY count(*) DESC, subject) AS rn
            FROM metrics WHERE subject IS NOT NULL AND unit IN (SELECT unit FROM top) GROUP BY unit, subject)
        SELECT top.*, coalesce(string_agg(s.subject, '、' ORDER BY s.c DESC, s.subject), '') AS subjects
        FROM top LEFT JOIN s ON s.unit = top.unit AND s.rn <= 3
        GROUP BY top.unit, top.mentions, top.articles ORDER BY top.mentions DESC, top.unit
        """,
        [top],
    )


def errors(con):
    return _df(
        con,
        """
        SELECT coalesce(stage, '?') AS stage, coalesce(error_type, '?') AS error_type, count(*) AS articles,
               any_value(message ORDER BY input, line) AS example
        FROM errors GROUP BY ALL ORDER BY articles DESC, stage, error_type
        """,
    )


def collect(con, summary: dict[str, Any], read_from: str, top: int = 20) -> ReportData:
    return ReportData(
        summary=summary,
        read_from=read_from,
        counts=counts(con),
        money_by_currency=money_by_currency(con),
        money_by_month=money_by_month(con),
        money_by_source=money_by_source(con, top=12),
        largest_amounts=largest_amounts(con, top),
        programs=programs(con, top),
        officials=officials(con, top),
        metric_units=metric_units(con, top),
        errors=errors(con),
        undated_amounts=undated_amounts(con),
    )
