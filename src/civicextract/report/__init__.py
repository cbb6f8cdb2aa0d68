"""``civicextract report OUTDIR -o report.html``: one self-contained HTML page of a run's output.

The page shows money by currency, month and source, the largest amounts
with their sentences, the programmes named in most articles, the most
mentioned officials with their titles, metrics by unit, and the run's
accounting and error types.  It opens offline (no CDN: Vega's JavaScript and
the data are inlined).  Needs ``pip install 'civicextract[report]'``.

Modules: ``load`` (the run's tables as DuckDB views), ``data`` (the
aggregations, in DuckDB), ``context`` (the sentence around an amount),
``charts`` (Vega-Lite specs built with Altair), ``page`` (the HTML) and
``build`` (putting them together).
"""

from __future__ import annotations

from .build import build_report
from .load import ReportInputError

__all__ = ["ReportInputError", "build_report"]
