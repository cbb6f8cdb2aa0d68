"""civicextract report: the aggregations (exact figures on a small run), the page, the command."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

pytest.importorskip("altair")
pytest.importorskip("vl_convert")
pytest.importorskip("duckdb")

from civicextract.cli import main  # noqa: E402
from civicextract.report import ReportInputError, build_report, charts, context, data  # noqa: E402
from civicextract.report.load import open_run, read_summary  # noqa: E402

from .test_report_helpers import small_run  # noqa: E402


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory):
    return small_run(tmp_path_factory.mktemp("report"), "--format", "both", "--db", "results.duckdb")


def _collect(outdir, db=None):
    con, src = open_run(str(outdir), db)
    try:
        return data.collect(con, read_summary(str(outdir)), src), src
    finally:
        con.close()


def test_money_figures_of_the_small_run(run_dir):
    d, src = _collect(run_dir)
    assert src == "Parquet tables"
    assert d.counts == {
        "articles": 3,
        "money": 7,
        "metrics": d.counts["metrics"],
        "programs": d.counts["programs"],
        "officials": d.counts["officials"],
        "errors": 1,
    }
    cur = d.money_by_currency.to_dict("records")
    assert cur == [{"currency": "CNY", "amounts": 7, "articles": 3, "total": 79_857_000_000.0, "mentions": 7}]
    # only the seed carries a date (its header): 2020-08, 2400万+1000万+8000多万+1300余万
    assert d.money_by_month.to_dict("records") == [
        {"month": "2020-08", "currency": "CNY", "amounts": 4, "total": 127_000_000.0}
    ]
    assert d.undated_amounts == 3
    by_source = {r["outlet"]: r["total"] for r in d.money_by_source.to_dict("records")}
    assert by_source == {"眉山网": 127_000_000.0, "大皖新闻": 79_700_000_000.0, "(no source)": 30_000_000.0}
    top = d.largest_amounts[["article_id", "text", "amount", "purpose"]].head(3).to_dict("records")
    assert [(r["article_id"], r["text"], r["amount"]) for r in top] == [
        ("a071", "429亿元", 42_900_000_000.0),
        ("a071", "368亿元", 36_800_000_000.0),
        ("seed", "8000多万元", 80_000_000.0),
    ]


def test_officials_with_titles_and_accounting(run_dir):
    d, _ = _collect(run_dir)
    rows = {r["name"]: r for r in d.officials.to_dict("records")}
    assert rows["李维义"]["titles"] == "东坡区委常委、宣传部部长"
    assert rows["李维义"]["quoted_in"] == 1
    assert rows["王忠昆"]["titles"] == "市委书记"
    assert d.summary["read"] == 5 and d.summary["skipped"] == 1 and d.summary["failed"] == 1
    assert d.errors[["stage", "error_type", "articles"]].to_dict("records") == [
        {"stage": "parse", "error_type": "NoText", "articles": 1}
    ]


@pytest.mark.parametrize("source", ["duckdb", "jsonl", "spark"])
def test_every_source_gives_the_same_figures(run_dir, tmp_path, source):
    """Parquet tables, the DuckDB database, articles.jsonl and a Spark run's Parquet folders give the same views."""
    import shutil

    ref, _ = _collect(run_dir)
    copy = tmp_path / "out"
    shutil.copytree(run_dir, copy)
    for p in copy.glob("*.parquet"):
        if source == "spark":  # Spark writes each table as a folder of part files
            p.rename(tmp_path / "part.parquet")
            p.mkdir()
            (tmp_path / "part.parquet").rename(p / "part-00000-x.snappy.parquet")
        else:
            p.unlink()
    if source != "duckdb":
        (copy / "results.duckdb").unlink()
    if source == "spark":
        (copy / "articles.jsonl").unlink()
    got, src = _collect(copy)
    assert src == {"duckdb": "results.duckdb", "jsonl": "articles.jsonl", "spark": "Parquet tables"}[source]
    for name in (
        "money_by_currency",
        "money_by_month",
        "money_by_source",
        "largest_amounts",
        "programs",
        "officials",
        "metric_units",
        "errors",
    ):
        a, b = getattr(ref, name), getattr(got, name)
        assert a.astype(str).to_dict("records") == b.astype(str).to_dict("records"), name
    assert got.counts == ref.counts


def test_sentences_come_from_the_original_text(run_dir):
    d, _ = _collect(run_dir)
    con, _ = open_run(str(run_dir))
    stored = data.article_texts(con, list(d.largest_amounts["article_key"]))
    con.close()
    rows = {r.text: r for r in d.largest_amounts.itertuples(index=False)}
    seed, page = rows["8000多万元"], rows["3000万元"]
    # HTML input keeps its text; JSON Lines are read back from the input
    assert list(stored) == [page.article_key] and page.article_key.endswith("page.html")
    originals = context.originals(d.largest_amounts, stored)
    s = context.sentence(originals[seed.article_key], int(seed.start), int(seed.end), seed.text)
    assert s.surface == "8000多萬元"  # the original is Traditional: the surface is the original's
    assert (s.before, s.after) == (
        "投資",
        "對城區(qū)14個農貿市場提檔升級,改造面積10萬余平方米,成為市民滿意的民心工程;",
    )
    s = context.sentence(originals[page.article_key], int(page.start), int(page.end), page.text)
    assert (s.before, s.surface, s.after) == (
        "本报讯（记者 张明）市财政安排资金",
        "3000万元",
        "用于老旧小区改造，惠及居民1.2万户。",
    )


def test_a_changed_input_gives_no_sentence_rather_than_a_wrong_one():
    assert context.sentence("共投资3000万元。", 3, 9, "3000万元").surface == "3000万元"
    assert context.sentence("共投资4000万元。", 3, 9, "3000万元") is None
    assert context.sentence("短", 3, 9, "3000万元") is None
    assert context.sentence(None, 3, 9, "3000万元") is None


def test_sentence_stops_at_markup_blocks_and_drops_inline_tags():
    text = "<p>上一段。</p><p>今年投入<b>资金</b>1650亿元</p><p>下一段</p>"
    start = text.index("1650")
    s = context.sentence(text, start, start + len("1650亿元"), "1650亿元")
    assert (s.before, s.surface, s.after) == ("今年投入资金", "1650亿元", "")


def test_amounts_are_written_the_chinese_way():
    assert [charts.format_amount(v) for v in (24_000_000, 6e12, 21_200, 2000.5, 0.5)] == [
        "2,400万",
        "60,000亿",
        "2.12万",
        "2,000.5",
        "0.5",
    ]
    assert charts.amount_scale([3e9, 5]) == (1e8, "亿") and charts.amount_scale([50]) == (1.0, "")


def test_tens_of_thousands_of_articles_aggregate_exactly(tmp_path):
    """20,000 synthetic article records: the figures are DuckDB's sums, checked against arithmetic."""
    out = tmp_path / "big"
    out.mkdir()
    n = 20_000
    with open(out / "articles.jsonl", "w", encoding="utf-8") as fh:
        for i in range(n):
            rec = {
                "id": f"x{i}",
                "schema_version": 1,
                "meta": {
                    "source": f"网{i % 7}",
                    "published": f"2024-{i % 12 + 1:02d}-01",
                    "editor": None,
                    "reporters": [],
                    "title": None,
                },
                "money": [
                    {
                        "text": f"{i}万元",
                        "amount": i * 10_000,
                        "amount_max": None,
                        "qualifier": "exact",
                        "currency": "CNY",
                        "purpose": "改造",
                        "start": 0,
                        "end": 3,
                    }
                ]
                * 2,  # one amount, twice
                "metrics": [
                    {
                        "text": "5个",
                        "value": 5,
                        "value_max": None,
                        "qualifier": "exact",
                        "unit": "个" if i % 2 else "户",
                        "subject": "项目",
                        "start": 4,
                        "end": 6,
                    }
                ],
                "programs": [{"name": f"行动{i % 30}", "aliases": [], "components": [], "mentions": [[7, 9]]}],
                "officials": [
                    {
                        "name": f"王{i % 50}",
                        "titles": ["市长"],
                        "organization": None,
                        "role": "speaker",
                        "mentions": [[10, 12], [13, 15]],
                    }
                ],
                "provenance": {"input": "none.jsonl", "line": i + 1},
            }
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    d, src = _collect(out)
    assert src == "articles.jsonl"
    assert d.counts["articles"] == n and d.counts["money"] == 2 * n
    cur = d.money_by_currency.iloc[0]
    assert (cur["amounts"], cur["mentions"], cur["total"]) == (n, 2 * n, 10_000 * n * (n - 1) / 2)
    months = dict(zip(d.money_by_month["month"], d.money_by_month["amounts"], strict=True))
    assert len(months) == 12 and sum(months.values()) == n and months["2024-01"] == len(range(0, n, 12))
    assert dict(zip(d.metric_units["unit"], d.metric_units["mentions"], strict=True)) == {"个": n // 2, "户": n // 2}
    assert d.officials["mentions"].tolist()[:3] == [2 * n // 50] * 3
    assert d.programs["articles"].tolist()[0] == len(range(0, n, 30))
    assert d.largest_amounts["amount"].tolist()[:2] == [(n - 1) * 10_000.0, (n - 2) * 10_000.0]


def test_the_page_is_self_contained(run_dir, tmp_path):
    out = tmp_path / "r.html"
    info = build_report(str(run_dir), str(out))
    page = out.read_text("utf-8")
    assert info == {"charts": 8, "articles": 3, "sentences": 7}
    # nothing loaded from elsewhere: the only addresses outside Vega's inlined bundle are the specs' $schema names
    from civicextract.report.build import vega_javascript

    bundle = vega_javascript()
    assert page.count(bundle) == 1
    ours = page.replace(bundle, "")
    assert re.search(r"<script[^>]+src=|<link[^>]+stylesheet|@import|url\(", ours, re.I) is None
    addresses = set(re.findall(r"https?://[^\s\"']+", ours))
    assert len(addresses) == 1 and re.fullmatch(
        r"https://vega.github.io/schema/vega-lite/v[0-9.]+json", addresses.pop()
    )
    assert "vegaEmbed" in page and 'data-charts-expected="8"' in page
    specs = json.loads(re.search(r"const SPECS = (\{.*?\});\n", page, re.S).group(1))
    assert sorted(specs) == [
        "chart-accounting",
        "chart-errors",
        "chart-metrics",
        "chart-money-currency",
        "chart-money-month",
        "chart-money-source",
        "chart-officials",
        "chart-programs",
    ]
    for spec in specs.values():  # each chart carries its data
        assert spec["$schema"].startswith("https://vega.github.io/schema/vega-lite/") and spec["datasets"]
    for word in (
        "李维义",
        "东坡区委常委、宣传部部长",
        "429亿元",
        "大皖新闻",
        "NoText",
        'font-family: "Noto Sans CJK SC"',
    ):
        assert word in page, word
    assert "<mark>8000多萬元</mark>" in page
    assert '<a href="#amount-1">sentence</a>' in page and '<li id="amount-1">' in page


def test_report_command(run_dir, tmp_path, capsys):
    out = tmp_path / "report.html"
    assert main(["report", str(run_dir), "-o", str(out)]) == 0
    assert out.stat().st_size > 100_000  # Vega's JavaScript is inside
    assert f"report of 3 articles with 8 charts written to {out}" in capsys.readouterr().err
    assert main(["report", str(tmp_path / "missing")]) == 2
    assert f"{tmp_path / 'missing'}: no such folder" in capsys.readouterr().err
    assert main(["report", str(tmp_path)]) == 2
    assert "no articles.jsonl, Parquet tables or .duckdb database" in capsys.readouterr().err
    assert main(["report", str(run_dir), "--top", "0"]) == 2
    assert "--top must be at least 1, not 0" in capsys.readouterr().err
    with pytest.raises(ReportInputError, match="nope.duckdb: no such file"):
        build_report(str(run_dir), str(out), db="nope.duckdb")
    (tmp_path / "r.sqlite").write_bytes(b"")
    assert main(["report", str(run_dir), "--db", str(tmp_path / "r.sqlite"), "-o", str(out)]) == 2
    assert "the report reads DuckDB databases (.duckdb)" in capsys.readouterr().err


def test_a_run_with_nothing_written_still_reports(tmp_path, capsys):
    (tmp_path / "a.jsonl").write_text('{"id": "x"}\n', encoding="utf-8")
    assert main(["run", str(tmp_path / "a.jsonl"), "-o", str(tmp_path / "out"), "--no-progress"]) == 2
    info = build_report(str(tmp_path / "out"), str(tmp_path / "r.html"))
    assert info == {"charts": 2, "articles": 0, "sentences": 0}  # the accounting and the error types
    page = (tmp_path / "r.html").read_text("utf-8")
    assert '<p class="empty">no money found</p>' in page and "NoText" in page


def test_links_to_the_page_scroll_to_the_amount():
    from civicextract.report.page import text_fragment_link

    assert text_fragment_link("http://news.example.org/a.html#top", "1.2亿元") == (
        ' · <a href="http://news.example.org/a.html#:~:text=1.2%E4%BA%BF%E5%85%83" rel="noreferrer">page</a>'
    )
    assert (
        text_fragment_link(None, "1.2亿元") == text_fragment_link(float("nan"), "5元") == ""
        and text_fragment_link("file:///x.html", "5元") == ""
    )


def test_an_article_line_over_duckdbs_default_16_mb_reads(tmp_path):
    rec = {
        "id": "big",
        "schema_version": 1,
        "meta": {"reporters": []},
        "money": [{"text": "5元", "amount": 5, "currency": "CNY", "start": 0, "end": 2}],
        "metrics": [],
        "programs": [],
        "officials": [],
        "text": "字" * 7_000_000,  # 21 MB of UTF-8: an HTML article's stored text near the 10 MiB input limit, and more
    }
    (tmp_path / "articles.jsonl").write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    d, _ = _collect(tmp_path)
    assert d.counts["articles"] == 1 and d.money_by_currency["total"].tolist() == [5.0]


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_repeated_ids_kept_by_keep_all_are_two_articles_not_one(tmp_path, fmt):
    """Two crawls of one article under --dedupe keep-all: the report joins on article_key, so each
    amount is counted once per crawl and never multiplied by the join."""
    seed = (Path(__file__).parent.parent / "corpus" / "seed.jsonl").read_text("utf-8")
    for name in ("crawl1.jsonl", "crawl2.jsonl"):
        (tmp_path / name).write_text(seed, encoding="utf-8")
    out = tmp_path / "out"
    args = ["run", str(tmp_path / "crawl1.jsonl"), str(tmp_path / "crawl2.jsonl"), "-o", str(out)]
    args += ["--no-progress", "--dedupe", "keep-all", "--only-kinds", "money"]
    if fmt == "parquet":
        args += ["--format", "parquet"]
    assert main(args) == 0
    d, _ = _collect(out)
    cny = d.money_by_currency.set_index("currency").loc["CNY"]
    single = tmp_path / "single"
    assert main(["run", str(tmp_path / "crawl1.jsonl"), "-o", str(single), "--no-progress", "--only-kinds", "money"]) == 0
    one = _collect(single)[0].money_by_currency.set_index("currency").loc["CNY"]
    assert (cny["articles"], cny["amounts"], cny["total"]) == (2, 2 * one["amounts"], 2 * one["total"])


def test_each_crawl_kept_by_keep_all_shows_its_own_sentence(tmp_path):
    """Two crawls share an id but not their text (the second has a reprint line in front, so every offset
    moves): each amount's sentence is cut from its own crawl, never from the other one."""
    seed = json.loads((Path(__file__).parent.parent / "corpus" / "seed.jsonl").read_text("utf-8"))
    reprint = {**seed, "text": "【转载】本文转自眉山网。\n" + seed["text"]}
    (tmp_path / "crawl1.jsonl").write_text(json.dumps(seed, ensure_ascii=False) + "\n", encoding="utf-8")
    (tmp_path / "crawl2.jsonl").write_text(json.dumps(reprint, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    args = ["run", str(tmp_path / "crawl1.jsonl"), str(tmp_path / "crawl2.jsonl"), "-o", str(out)]
    assert main([*args, "--no-progress", "--dedupe", "keep-all", "--only-kinds", "money"]) == 0
    info = build_report(str(out), str(tmp_path / "r.html"))
    amounts = sum(len(json.loads(x)["money"]) for x in (out / "articles.jsonl").read_text("utf-8").splitlines())
    assert amounts == 2 * 4 and info["sentences"] == amounts
    page = (tmp_path / "r.html").read_text("utf-8")
    assert page.count("<mark>2400萬元</mark>") == 2  # the seed is in Traditional script
