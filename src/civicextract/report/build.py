"""Assemble the report: queries (data.py), charts (charts.py), sentences (context.py) into the page (page.py)."""

from __future__ import annotations

import os
from typing import Any

from .. import __version__
from . import charts, context, data
from .load import open_run, read_summary
from .page import amount_cell, chart_div, esc, render, table, text_fragment_link


def vega_javascript() -> str:
    """Vega, Vega-Lite and vega-embed in one script, from vl-convert's own copy (no network)."""
    import altair as alt
    import vl_convert as vlc

    # the Vega-Lite version Altair writes its specs for, if vl-convert has it
    wanted = ".".join(alt.SCHEMA_VERSION.lstrip("v").split(".")[:2])
    version = wanted if wanted in vlc.get_vegalite_versions() else None
    return vlc.javascript_bundle(vl_version=version)


def build_report(outdir: str, output: str, *, db: str | None = None, top: int = 20) -> dict[str, Any]:
    """Write the HTML report of the ``civicextract run`` output in ``outdir`` to ``output``.

    Returns a few figures about what was written (``charts``, ``articles``,
    ``sentences``: how many of the largest amounts have their sentence).
    Raises ``ReportInputError`` when ``outdir`` holds no run output.
    """
    con, read_from = open_run(outdir, db)
    try:
        d = data.collect(con, read_summary(outdir), read_from, top=top)
        stored = data.article_texts(con, list(dict.fromkeys(d.largest_amounts["article_key"])))
    finally:
        con.close()
    originals = context.originals(d.largest_amounts, stored)
    specs: dict[str, dict] = {}
    body, n_sentences = _sections(d, specs, originals)
    name = os.path.basename(os.path.normpath(outdir)) or outdir
    c = d.counts
    subtitle = (
        f"{esc(name)} · {c['articles']:,} articles · {c['money']:,} amounts of money · {c['metrics']:,} metrics · "
        f"{c['programs']:,} programme records · {c['officials']:,} official records · read from {esc(read_from)} · "
        f"civicextract {esc(__version__)}"
    )
    page = render(
        title=f"civicextract report: {name}",
        subtitle=subtitle,
        body=body,
        specs=specs,
        vega_js=vega_javascript(),
        version=__version__,
    )
    tmp = f"{output}.tmp-{os.getpid()}"
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(page)
    os.replace(tmp, output)
    return {"charts": len(specs), "articles": c["articles"], "sentences": n_sentences}


def _sections(d: data.ReportData, specs: dict[str, dict], originals: dict[str, str]) -> tuple[str, int]:
    parts = [_accounting(d, specs)]
    money, n_sentences = _money(d, specs, originals)
    parts += [money, _programs(d, specs), _officials(d, specs), _metrics(d, specs)]
    return "\n".join(parts), n_sentences


def _accounting(d: data.ReportData, specs: dict[str, dict]) -> str:
    s = d.summary
    cards = "".join(
        f'<div class="card {k}"><b>{int(s.get(k, 0)):,}</b>{k}</div>' for k in ("read", "written", "skipped", "failed")
    )
    if not s:
        cards = '<p class="note">no summary.json in this folder: the counts below are those of the tables</p>'
    reasons = "".join(
        f"<li>skipped, {esc(k)}: {int(v):,}</li>" for k, v in sorted((s.get("skipped_by_reason") or {}).items())
    )
    reasons += "".join(
        f"<li>failed at {esc(k)}: {int(v):,}</li>" for k, v in sorted((s.get("failed_by_stage") or {}).items())
    )
    inputs = ", ".join(esc(i) for i in s.get("inputs") or [])
    return f"""
<section id="accounting"><h2>Run</h2>
<p class="note">read = written + skipped + failed. Skipped items are not articles (images, unknown files,
HTTP errors); failed articles are rows of errors.jsonl. Inputs: {inputs or "not recorded"};
kinds: {esc(", ".join(s.get("kinds") or []))}; engine: {esc(s.get("engine", "?"))}.</p>
<div class="cards">{cards}</div>
<div class="grid">
<div class="panel"><h3>Outcome</h3>{chart_div("chart-accounting", charts.accounting(s), specs)}<ul>{reasons}</ul></div>
<div class="panel"><h3>Error types</h3>{chart_div("chart-errors", charts.errors(d.errors), specs, "no errors")}
{table(d.errors, [("stage", "stage"), ("error_type", "error type"), ("articles", "articles"), ("example", "example")], ("articles",)) if not d.errors.empty else ""}
</div></div></section>"""


def _money(d: data.ReportData, specs: dict[str, dict], originals: dict[str, str]) -> tuple[str, int]:
    cur = d.money_by_currency.assign(total_text=d.money_by_currency["total"].map(charts.format_amount))
    undated = (
        f'<p class="note">{d.undated_amounts:,} amounts are from articles with no date and are not in this chart.</p>'
        if d.undated_amounts
        else ""
    )
    rows, items, n = [], [], 0
    for i, r in enumerate(d.largest_amounts.itertuples(index=False), 1):
        sent = context.sentence(originals.get(r.article_key), int(r.start), int(r.end), r.text)
        where = f"{esc(r.article_id)} [{int(r.start)}:{int(r.end)}]"
        if sent is None:
            shown = (
                f'<span class="empty">original text not available; the record reads</span> <mark>{esc(r.text)}</mark>'
            )
        else:
            n += 1
            shown = f"{esc(sent.before)}<mark>{esc(sent.surface)}</mark>{esc(sent.after)}"
        link = text_fragment_link(r.url, sent.surface if sent else r.text)
        items.append(
            f'<li id="amount-{i}"><div>{shown}</div><div class="note">{where} · {esc(r.outlet)}{link}</div></li>'
        )
        rows.append(
            f'<tr><td class="num">{i}</td><td class="num">{esc(amount_cell(r))}</td><td>{esc(r.currency)}</td>'
            f"<td>{esc(r.text)}</td><td>{esc(r.qualifier)}</td><td>{esc(r.purpose)}</td><td>{esc(r.outlet)}</td>"
            f'<td><a href="#amount-{i}">sentence</a></td></tr>'
        )
    largest = (
        "<table><thead><tr><th>#</th><th>amount</th><th>currency</th><th>as written</th><th>qualifier</th>"
        f"<th>purpose</th><th>source</th><th></th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
        f'<h3>The sentences</h3><ol class="sentences">{"".join(items)}</ol>'
        if rows
        else '<p class="empty">no money found</p>'
    )
    html = f"""
<section id="money"><h2>Money</h2>
<p class="note">An amount written more than once in one article counts once in the totals; "mentions" counts every
mention. Currencies are never converted or added together. Amounts are in the currency's unit: 万 = 10,000,
亿 = 100,000,000.</p>
<div class="grid">
<div class="panel"><h3>By currency</h3>{chart_div("chart-money-currency", charts.money_by_currency(d.money_by_currency), specs)}
{table(cur, [("currency", "currency"), ("amounts", "amounts"), ("mentions", "mentions"), ("articles", "articles"), ("total_text", "total")], ("amounts", "mentions", "articles"))}</div>
<div class="panel"><h3>By month</h3>{chart_div("chart-money-month", charts.money_by_month(d.money_by_month), specs, "no dated articles")}{undated}</div>
</div>
<div class="panel"><h3>By source (the {d.money_by_source["outlet"].nunique()} sources with the most amounts)</h3>
{chart_div("chart-money-source", charts.money_by_source(d.money_by_source), specs)}</div>
<h3>Largest amounts</h3>
<div class="panel">{largest}</div>
</section>"""
    return html, n


def _programs(d: data.ReportData, specs: dict[str, dict]) -> str:
    return f"""
<section id="programs"><h2>Programmes</h2>
<p class="note">Named campaigns, projects and schemes, by the number of articles that name them.</p>
<div class="grid">
<div class="panel">{chart_div("chart-programs", charts.programs(d.programs), specs)}</div>
<div class="panel">{table(d.programs, [("name", "programme"), ("articles", "articles"), ("mentions", "mentions"), ("aliases", "also called")], ("articles", "mentions"))}</div>
</div></section>"""


def _officials(d: data.ReportData, specs: dict[str, dict]) -> str:
    return f"""
<section id="officials"><h2>Officials</h2>
<p class="note">People holding a public post, by mentions (name and references such as 李部长); "quoted in" counts
the articles that quote or paraphrase them. Titles: the three given most often. One name can be two people.</p>
<div class="grid">
<div class="panel">{chart_div("chart-officials", charts.officials(d.officials), specs)}</div>
<div class="panel">{table(d.officials, [("name", "name"), ("mentions", "mentions"), ("articles", "articles"), ("quoted_in", "quoted in"), ("titles", "titles")], ("mentions", "articles", "quoted_in"))}</div>
</div></section>"""


def _metrics(d: data.ReportData, specs: dict[str, dict]) -> str:
    return f"""
<section id="metrics"><h2>Metrics by unit</h2>
<p class="note">Counted and measured quantities that are not money, by unit as written, with the subjects counted
most often.</p>
<div class="grid">
<div class="panel">{chart_div("chart-metrics", charts.metric_units(d.metric_units), specs)}</div>
<div class="panel">{table(d.metric_units, [("unit", "unit"), ("mentions", "mentions"), ("articles", "articles"), ("subjects", "subjects")], ("mentions", "articles"))}</div>
</div></section>"""
