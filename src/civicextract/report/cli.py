"""``civicextract report OUTDIR -o report.html``: argument checks, messages, exit codes.

Exit codes: 0 the report was written; 2 bad arguments, a missing library, or
an OUTDIR that holds no run output.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys

_NEEDS = ("altair", "vl_convert", "duckdb", "pandas")


def add_report_command(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "report",
        help="one self-contained HTML page (charts and tables) of the output of civicextract run",
        description="Write one HTML page that opens offline: money by currency, month and source, the largest "
        "amounts with their sentences, programmes, officials, metrics by unit, and the run's accounting.",
    )
    p.add_argument("outdir", metavar="OUTDIR", help="the -o folder of civicextract run")
    p.add_argument("-o", "--output", default=None, help="the HTML file to write (default: OUTDIR/report.html)")
    p.add_argument(
        "--db", help="read this DuckDB database of the run (default: Parquet tables, *.duckdb, articles.jsonl)"
    )
    p.add_argument("--top", type=int, default=20, help="rows in each top list (default 20)")
    p.set_defaults(func=cmd_report)


def _error(message: str) -> int:
    print(f"civicextract: error: {message}", file=sys.stderr)
    return 2


def cmd_report(args: argparse.Namespace) -> int:
    missing = [m for m in _NEEDS if importlib.util.find_spec(m) is None]
    if missing:
        return _error(f"the report needs {', '.join(missing)}: pip install 'civicextract[report]'")
    if args.top < 1:
        return _error(f"--top must be at least 1, not {args.top}")
    if not os.path.isdir(args.outdir):
        return _error(f"{args.outdir}: no such folder")
    output = args.output or os.path.join(args.outdir, "report.html")
    parent = os.path.dirname(os.path.abspath(output))
    if not os.path.isdir(parent):
        return _error(f"-o {output}: folder {parent} does not exist")
    from . import ReportInputError, build_report

    try:
        info = build_report(args.outdir, output, db=args.db, top=args.top)
    except ReportInputError as exc:
        return _error(str(exc))
    print(
        f"civicextract: report of {info['articles']:,} articles with {info['charts']} charts written to {output}",
        file=sys.stderr,
    )
    return 0
