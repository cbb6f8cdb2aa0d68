"""Query the tables of a run with DuckDB and pandas.

    pip install -e '.[batch]' pandas
    python examples/duckdb_pandas.py [OUTDIR]

Runs `civicextract run corpus/dev.jsonl --format parquet --db results.duckdb`,
then asks the database three questions and gets pandas DataFrames back.
The same SQL works on the Parquet files: FROM read_parquet('OUTDIR/money.parquet').
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import duckdb
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]


def main(outdir: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "civicextract",
            "run",
            str(ROOT / "corpus" / "dev.jsonl"),
            "-o",
            str(outdir),
            "--format",
            "parquet",
            "--db",
            "results.duckdb",
            "--force",
            "--no-progress",
        ],
        check=True,
    )
    pd.set_option("display.width", 160)
    pd.set_option("display.float_format", "{:,.0f}".format)  # yuan, without 2.8e+13
    con = duckdb.connect(str(outdir / "results.duckdb"), read_only=True)

    # 1. money per currency: each amount once per article, and every mention
    per_currency = con.sql("""
        SELECT currency, count(*) AS mentions, count(DISTINCT (article_id, amount)) AS amounts,
               sum(amount) AS total_mentioned
        FROM money GROUP BY currency ORDER BY mentions DESC
    """).df()
    print(per_currency.to_string(index=False))

    # 2. the five largest amounts with what they are for and where they come from
    largest = con.sql("""
        SELECT m.article_id, m.text, m.amount, m.purpose, a.source
        FROM money m JOIN articles a USING (article_id)
        WHERE m.currency = 'CNY' ORDER BY m.amount DESC, m.article_id LIMIT 5
    """).df()
    print(largest.to_string(index=False))

    # 3. officials: pandas does the grouping here, on the rows DuckDB hands over
    officials = con.sql("SELECT article_id, name, titles, role, len(mentions) AS n FROM officials").df()
    top = (
        officials.groupby("name")
        .agg(
            mentions=("n", "sum"),
            articles=("article_id", "nunique"),
            speaker_in=("role", lambda r: int((r == "speaker").sum())),
        )
        .sort_values(["mentions", "articles"], ascending=False)
        .head(5)
    )
    print(top.to_string())
    con.close()


if __name__ == "__main__":
    if len(sys.argv) > 1:
        main(Path(sys.argv[1]))
    else:
        with tempfile.TemporaryDirectory() as tmp:
            main(Path(tmp) / "out")
