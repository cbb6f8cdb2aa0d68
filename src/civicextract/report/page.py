"""The report's HTML: one self-contained page (styles, data and Vega's JavaScript inlined).

Nothing is fetched when the page opens: the Vega, Vega-Lite and vega-embed
bundle comes from vl-convert (built offline from its own copy), the chart
specs carry their data, and fonts come from the reader's system (see
``charts.FONT``).  A first inline script collects script errors, rejected
promises and console errors/warnings into ``#script-errors``, so a broken page
says so on its face and a headless browser test can read it from the DOM.
"""

from __future__ import annotations

import html
import json
import string
import urllib.parse
from typing import Any

from .charts import FONT, format_amount

_CSS = """
body { font-family: FONTS; margin: 0; color: #222; background: #fafafa; line-height: 1.5; }
header, main { max-width: 1180px; margin: 0 auto; padding: 0 20px; }
header { padding-top: 18px; }
h1 { font-size: 1.6em; margin: 0.2em 0; }
h2 { font-size: 1.25em; margin: 1.6em 0 0.4em; border-bottom: 2px solid #4c78a8; padding-bottom: 2px; }
h3 { font-size: 1.02em; margin: 1em 0 0.3em; }
.sub { color: #666; font-size: 0.92em; }
.cards { display: flex; flex-wrap: wrap; gap: 10px; margin: 12px 0; }
.card { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: 8px 14px; min-width: 96px; }
.card b { display: block; font-size: 1.4em; }
.card.failed b { color: #c0392b; }
.grid { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 18px; align-items: start; }
.panel { background: #fff; border: 1px solid #e3e3e3; border-radius: 6px; padding: 10px 12px; overflow-x: auto; }
.chart { min-height: 40px; }
table { border-collapse: collapse; font-size: 0.88em; width: 100%; }
th, td { text-align: left; padding: 3px 6px; border-bottom: 1px solid #eee; vertical-align: top; }
th { background: #f0f3f7; font-weight: 600; }
td:first-child { white-space: nowrap; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.note { color: #666; font-size: 0.86em; margin: 4px 0; }
.empty { color: #888; font-style: italic; }
ol.sentences li { margin: 0 0 8px; }
ol.sentences li:target { background: #fff6d6; }
mark { background: #ffe08a; padding: 0 1px; }
#script-errors { color: #b00020; background: #fff0f0; border: 1px solid #b00020; padding: 8px; white-space: pre-wrap; }
@media (max-width: 860px) { .grid { grid-template-columns: 1fr; } }
"""

# Runs before anything else: every script error, rejected promise and console
# error or warning is written into #script-errors (and kept in window.reportErrors).
_ERROR_HOOK = """
window.reportErrors = [];
function reportError(message) {
  window.reportErrors.push(String(message));
  var el = document.getElementById("script-errors");
  if (el) { el.hidden = false; el.textContent += String(message) + "\\n"; }
}
window.addEventListener("error", function (e) { reportError("error: " + e.message); });
window.addEventListener("unhandledrejection", function (e) { reportError("unhandled rejection: " + e.reason); });
["error", "warn"].forEach(function (level) {
  var original = console[level];
  console[level] = function () {
    reportError("console." + level + ": " + Array.prototype.join.call(arguments, " "));
    return original.apply(console, arguments);
  };
});
"""

_RENDER = """
Promise.all(Object.keys(SPECS).map(function (id) {
  return vegaEmbed("#" + id, SPECS[id], {actions: false, renderer: "svg"});
})).then(function (results) {
  document.body.setAttribute("data-charts-rendered", String(results.length));
}).catch(function (e) { reportError("vegaEmbed: " + e); });
"""

_PAGE = string.Template("""<!DOCTYPE html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="civicextract $version">
<title>$title</title>
<script>$error_hook</script>
<style>$css</style>
</head>
<body data-charts-expected="$n_charts">
<header>
<h1>$title</h1>
<div class="sub">$subtitle</div>
<pre id="script-errors" hidden></pre>
</header>
<main>
$body
</main>
<script>$vega_js</script>
<script>
const SPECS = $specs;
$render
</script>
</body>
</html>
""")


def esc(value: Any) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return html.escape(str(value))


def table(df, columns: list[tuple[str, str]], numeric: tuple[str, ...] = ()) -> str:
    """An HTML table of ``df``'s ``columns`` ([(field, heading)]); numeric fields right-aligned."""
    if df.empty:
        return '<p class="empty">none</p>'
    head = "".join(f"<th>{esc(h)}</th>" for _, h in columns)
    body = []
    for row in df.itertuples(index=False):
        cells = []
        for name, _ in columns:
            value = getattr(row, name)
            if name in numeric:
                cells.append(f'<td class="num">{esc(_int(value))}</td>')
            else:
                cells.append(f"<td>{esc(value)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _int(value: Any) -> Any:
    try:
        return f"{int(value):,}"
    except (TypeError, ValueError):
        return value


def chart_div(chart_id: str, spec: dict | None, specs: dict[str, dict], empty: str = "nothing to draw") -> str:
    if spec is None:
        return f'<p class="empty">{esc(empty)}</p>'
    specs[chart_id] = spec
    return f'<div class="chart" id="{chart_id}" role="img" aria-label="{esc(chart_id)}"></div>'


def text_fragment_link(url: str | None, surface: str) -> str:
    """A link to ``url`` that scrolls to ``surface`` (a text fragment, ``#:~:text=``) in browsers that can."""
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):  # None, or NaN from pandas
        return ""
    target = url.split("#", 1)[0] + "#:~:text=" + urllib.parse.quote(surface, safe="")
    return f' · <a href="{esc(target)}" rel="noreferrer">page</a>'


def amount_cell(row) -> str:
    text = format_amount(row.amount)
    if row.amount_max is not None and row.amount_max == row.amount_max:
        text += "–" + format_amount(row.amount_max)
    return text


def render(*, title: str, subtitle: str, body: str, specs: dict[str, dict], vega_js: str, version: str) -> str:
    # "</" inside a script would end it early: JSON allows writing it as "<\\/".
    specs_json = json.dumps(specs, ensure_ascii=False).replace("</", "<\\/")
    return _PAGE.substitute(
        title=esc(title),
        subtitle=subtitle,
        body=body,
        css=_CSS.replace("FONTS", FONT),
        error_hook=_ERROR_HOOK,
        vega_js=vega_js.replace("</script", "<\\/script"),
        specs=specs_json,
        render=_RENDER,
        n_charts=len(specs),
        version=esc(version),
    )
