"""A small ``civicextract run`` for the report tests: copyable dev articles, an HTML page, a failure, a skip."""

from __future__ import annotations

import json
import os
from pathlib import Path

from civicextract.cli import main

from .conftest import load_jsonl

PAGE = """<html><head><meta charset="utf-8"><title>示例</title></head><body><article><h1>示例新闻</h1>
<p>本报讯（记者 张明）市财政安排资金3000万元用于老旧小区改造，惠及居民1.2万户。</p>
<p>市委书记王忠昆表示，要把好事办好。</p></article></body></html>
"""


def small_run(root: Path, *extra_args: str) -> Path:
    """Run over: the seed (Traditional, dated, 眉山网) and a071 (大皖新闻) as JSON Lines, a line with no
    text (a failure), an HTML page (its text is stored with the record) and a PNG (skipped).
    Returns OUTDIR; the run writes JSONL, Parquet and results.duckdb."""
    src = root / "in"
    src.mkdir(parents=True)
    dev = load_jsonl("dev.jsonl")
    lines = [{"id": i, "text": dev[i]} for i in ("seed", "a071")] + [{"id": "no-text", "title": "x"}]
    (src / "news.jsonl").write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), "utf-8")
    (src / "page.html").write_text(PAGE, encoding="utf-8")
    (src / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    out = root / "out"
    code = main(["run", str(src), "-o", str(out), "--no-progress", *extra_args])
    assert code == 1, code  # one article failed
    assert sorted(os.listdir(out)) != []
    return out
