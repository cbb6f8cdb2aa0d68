"""Vega-Lite chart specifications (built with Altair) of the report's tables.

Each function takes a small aggregated frame from ``data.py`` and returns a
Vega-Lite spec as a plain dict (or None when there is nothing to draw); the
page embeds the specs and Vega's own JavaScript renders them.  Amounts are
drawn per currency, never added across currencies.
"""

from __future__ import annotations

from typing import Any

# Fonts with Chinese glyphs first: Noto Sans CJK (Debian's fonts-noto-cjk), then those of
# macOS and Windows, then WenQuanYi (older Linux), then whatever sans-serif has.
FONT = (
    '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", '
    '"Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif'
)
BAR = "#4c78a8"
BAR_STEP = 20  # pixels per bar of the horizontal bar charts
WIDTH = 420


def amount_scale(values) -> tuple[float, str]:
    """Divisor and unit word for showing amounts: 亿 (100 million), 万 (10,000) or 1."""
    top = max((abs(float(v)) for v in values), default=0.0)
    if top >= 1e8:
        return 1e8, "亿"
    if top >= 1e4:
        return 1e4, "万"
    return 1.0, ""


def format_amount(value: float) -> str:
    """``24000000.0`` -> ``2,400万``; ``6e12`` -> ``60,000亿``: the way Chinese reports write large sums."""
    value = float(value)
    for div, word in ((1e8, "亿"), (1e4, "万")):
        if abs(value) >= div:
            return f"{value / div:,.2f}".rstrip("0").rstrip(".") + word
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def _alt():
    import altair as alt

    alt.data_transformers.disable_max_rows()  # frames are already aggregated and capped
    return alt


def _spec(chart) -> dict[str, Any]:
    return chart.configure(font=FONT).configure_view(stroke=None).configure_axis(labelLimit=260).to_dict()


def _hbar(df, y: str, x: str, y_title: str, x_title: str, tooltip: list, color: str = BAR, sort: str = "-x"):
    alt = _alt()
    return (
        alt.Chart(df)
        .mark_bar(color=color)
        .encode(
            y=alt.Y(f"{y}:N", sort=sort, title=y_title),
            x=alt.X(f"{x}:Q", title=x_title, axis=alt.Axis(tickMinStep=1, format="d")),  # counts: no 0.5 ticks
            tooltip=tooltip,
        )
        .properties(width=WIDTH, height=alt.Step(BAR_STEP))
    )


def money_by_currency(df) -> dict[str, Any] | None:
    if df.empty:
        return None
    df = df.assign(total_text=df["total"].map(format_amount))
    chart = _hbar(
        df,
        "currency",
        "amounts",
        "currency",
        "amounts (each once per article)",
        ["currency", "amounts", "mentions", "articles", alt_tooltip("total_text", "total")],
    )
    return _spec(chart)


def alt_tooltip(field: str, title: str):
    return _alt().Tooltip(f"{field}:N", title=title)


def money_by_month(df) -> dict[str, Any] | None:
    if df.empty:
        return None
    alt = _alt()
    div, word = amount_scale(df["total"])
    df = df.assign(scaled=df["total"] / div, total_text=df["total"].map(format_amount))
    chart = (
        alt.Chart(df)
        .mark_bar()
        .encode(
            x=alt.X("month:O", title="month (published, else fetched)"),
            xOffset="currency:N",
            y=alt.Y("scaled:Q", title=f"total ({word}, per currency)" if word else "total (per currency)"),
            color=alt.Color("currency:N", title="currency"),
            tooltip=["month", "currency", "amounts", alt_tooltip("total_text", "total")],
        )
        .properties(width=min(2 * WIDTH, max(120, 36 * len(df))), height=240)
    )
    return _spec(chart)


def money_by_source(df) -> dict[str, Any] | None:
    if df.empty:
        return None
    alt = _alt()
    div, word = amount_scale(df["total"])
    df = df.assign(scaled=df["total"] / div, total_text=df["total"].map(format_amount))
    order = list(dict.fromkeys(df["outlet"]))
    chart = (
        alt.Chart(df)
        .mark_bar()
        .encode(
            y=alt.Y("outlet:N", sort=order, title="source"),
            yOffset="currency:N",
            # sources differ by orders of magnitude: on a linear axis all but the largest vanish
            x=alt.X(
                "scaled:Q",
                title=f"total ({word}, per currency, log scale)" if word else "total (per currency, log scale)",
                scale=alt.Scale(type="log"),
                stack=None,  # a stacked bar starts at 0, which a log scale cannot show
            ),
            color=alt.Color("currency:N", title="currency"),
            tooltip=["outlet", "currency", "amounts", alt_tooltip("total_text", "total")],
        )
        .properties(width=WIDTH, height=alt.Step(12))
    )
    return _spec(chart)


def programs(df) -> dict[str, Any] | None:
    if df.empty:
        return None
    return _spec(_hbar(df, "name", "articles", "programme", "articles", ["name", "articles", "mentions", "aliases"]))


def officials(df) -> dict[str, Any] | None:
    if df.empty:
        return None
    return _spec(
        _hbar(
            df,
            "name",
            "mentions",
            "official",
            "mentions",
            ["name", "mentions", "articles", alt_tooltip("quoted_in", "quoted in (articles)"), "titles"],
            color="#f58518",
        )
    )


def metric_units(df) -> dict[str, Any] | None:
    if df.empty:
        return None
    return _spec(
        _hbar(df, "unit", "mentions", "unit", "mentions", ["unit", "mentions", "articles", "subjects"], color="#54a24b")
    )


def accounting(summary: dict[str, Any]) -> dict[str, Any] | None:
    if not summary:
        return None
    import pandas as pd

    rows = [("written", summary.get("written", 0)), ("skipped", summary.get("skipped", 0))]
    rows.append(("failed", summary.get("failed", 0)))
    df = pd.DataFrame(rows, columns=["outcome", "articles"])
    alt = _alt()
    chart = (
        alt.Chart(df)
        .mark_bar()
        .encode(
            y=alt.Y("outcome:N", sort=None, title=None),
            x=alt.X("articles:Q", title=f"of {summary.get('read', 0)} read", axis=alt.Axis(tickMinStep=1, format="d")),
            color=alt.Color(
                "outcome:N",
                scale=alt.Scale(domain=["written", "skipped", "failed"], range=[BAR, "#bab0ac", "#e45756"]),
                legend=None,
            ),
            tooltip=["outcome", "articles"],
        )
        .properties(width=WIDTH, height=alt.Step(BAR_STEP))
    )
    return _spec(chart)


def errors(df) -> dict[str, Any] | None:
    if df.empty:
        return None
    df = df.assign(kind=df["stage"] + ": " + df["error_type"])
    return _spec(_hbar(df, "kind", "articles", "stage: error type", "articles", ["kind", "articles"], color="#e45756"))
