"""Every script in examples/ runs and prints what it promises; docs/records.md's examples hold."""

from __future__ import annotations

import doctest
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

pytestmark = pytest.mark.slow


def run_example(name: str, *args: str, cwd: Path) -> str:
    """Run examples/NAME from another folder (the scripts find their data themselves); its standard output."""
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / name), *args], cwd=cwd, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def test_every_example_has_a_test():
    tested = {"library.py", "html_folder.py", "warc_file.py", "spacy_pipeline.py", "duckdb_pandas.py"}
    assert {p.name for p in EXAMPLES.glob("*.py")} == tested


def test_library(tmp_path):
    out = run_example("library.py", cwd=tmp_path)
    lines = out.splitlines()
    assert lines[0] == "== seed: 眉山网 2020-08-04T10:25:28 reporters=['余毅']"
    assert "original='8000多萬元' purpose=对城区14个农贸市场提档升级" in out
    assert "official 李维义 东坡区委常委/宣传部部长 role=speaker first mention='李維義'" in out
    assert "amounts as JSON numbers: [24000000, 10000000, 80000000, 13000000]" in out
    assert lines[-1] == (
        "ParsedNumber(value=Decimal('80000000'), value_max=None, qualifier='over', percent=False, per_mille=False)"
    )


def test_html_folder(tmp_path):
    pytest.importorskip("trafilatura")
    out = run_example("html_folder.py", str(EXAMPLES / "data" / "pages"), str(tmp_path / "out"), cwd=tmp_path)
    assert out.splitlines()[0] == "== renovation.html (utf-8), page title '老旧小区改造加快推进'"
    assert "money    1.2亿元 = 120000000 CNY, for 全市计划投入资金" in out
    assert "official 王建国 (市住建局局长), speaker" in out
    assert "== roads.html (gb18030), page title '农村公路建设提速'" in out  # declared gb2312, read as GB18030
    assert "money    3000万元 = 30000000 CNY" in out
    assert (tmp_path / "out" / "articles.jsonl").exists()


def test_warc_file(tmp_path):
    pytest.importorskip("warcio")
    pytest.importorskip("trafilatura")
    out = run_example("warc_file.py", str(tmp_path), cwd=tmp_path)
    lines = out.splitlines()
    assert lines[0] == "read 3 = written 2 + skipped 1 + failed 0; skipped: {'not HTML (image/png)': 1}"
    assert lines[1].startswith("http://news.example.org/renovation.html [<urn:uuid:")
    assert lines[1].endswith("] money: 1.2亿元=120000000; officials: 王建国")
    assert lines[2].endswith("] money: 3000万元=30000000; officials: 陈志远")
    assert (tmp_path / "crawl.warc.gz").stat().st_size > 500


def test_spacy_pipeline(tmp_path):
    pytest.importorskip("spacy")
    out = run_example("spacy_pipeline.py", cwd=tmp_path)
    assert "article record: 4 money, 1 officials" in out
    assert "MONEY    8000多萬元 [957:964] = 80000000 CNY" in out  # the span is the original's surface
    assert "OFFICIAL 李维义: 7 mentions, titles in text: 東坡區(qū)委常委, 宣傳部部長" in out
    assert "span labels in doc.spans['civic']: ['METRIC', 'MONEY', 'OFFICIAL', 'PROGRAM', 'TITLE']" in out


def test_duckdb_pandas(tmp_path, dev_articles):
    pytest.importorskip("duckdb")
    pytest.importorskip("pandas")
    out = run_example("duckdb_pandas.py", str(tmp_path / "out"), cwd=tmp_path)
    lines = [line.split() for line in out.splitlines()]
    # the figures the tables must give, from the library itself (the extractors may change; this cannot drift)
    from collections import Counter

    from civicextract import Pipeline

    arts = [Pipeline().extract(t, id=i) for i, t in dev_articles.items()]
    cny = [(a.id, m.amount) for a in arts for m in a.money if m.currency == "CNY"]
    assert lines[0] == ["currency", "mentions", "amounts", "total_mentioned"]
    assert lines[1][:3] == ["CNY", str(len(cny)), str(len(set(cny)))]
    top_amount = max(amount for _, amount in cny)
    top_id = min(aid for aid, amount in cny if amount == top_amount)  # the query's ORDER BY amount DESC, article_id
    assert lines[lines.index(["article_id", "text", "amount", "purpose", "source"]) + 1][:3] == [
        top_id,
        next(m.text for a in arts if a.id == top_id for m in a.money if m.amount == top_amount),
        f"{top_amount:,.0f}",
    ]
    mentions = Counter()
    for a in arts:
        for o in a.officials:
            mentions[o.name] += len(o.mentions)
    name, n = mentions.most_common(1)[0]
    assert [name, str(n)] in [row[:2] for row in lines]
    assert (tmp_path / "out" / "results.duckdb").exists()


def test_records_md_examples():
    """The >>> examples of docs/records.md are what the library returns."""
    result = doctest.testfile(
        str(ROOT / "docs" / "records.md"), module_relative=False, optionflags=doctest.NORMALIZE_WHITESPACE
    )
    assert result.attempted == 3 and result.failed == 0
