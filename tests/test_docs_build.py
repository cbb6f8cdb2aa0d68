"""The API reference builds from the docstrings with no warning, offline."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

pytest.importorskip("pdoc")

ROOT = Path(__file__).resolve().parent.parent


def _build_api():
    spec = importlib.util.spec_from_file_location("build_api", ROOT / "docs" / "build_api.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    out = tmp_path_factory.mktemp("site")
    pages = _build_api().build(out)  # warnings raise inside: a broken docstring or import fails here
    assert pages
    return out


def test_every_public_module_has_a_page(site):
    modules = _build_api().public_modules()
    assert {"civicextract.records", "civicextract.pipeline", "civicextract.report", "civicextract.batch"} <= set(
        modules
    )
    for name in modules:
        assert (site / (name.replace(".", "/") + ".html")).is_file(), name
    assert (site / "index.html").is_file()
    assert (site / "civicextract" / "batch" / "tables.html").is_file()  # subpackages are walked into


def test_pages_carry_the_docstrings(site):
    records = (site / "civicextract" / "records.html").read_text("utf-8")
    for name in ("Money", "Money.amount", "Money.to_dict", "Metric", "Program", "Official", "Meta", "Article"):
        assert f'id="{name}"' in records, name
    assert "Typed, immutable records" in records
    top = (site / "civicextract.html").read_text("utf-8")
    assert "structured, checkable records from Chinese government news" in top
    report = (site / "civicextract" / "report.html").read_text("utf-8")
    assert "build_report" in report and "self-contained HTML page" in report
    # reStructuredText ``code`` is rendered as code, not left as double backticks
    assert "``" not in re.sub(r"<pre.*?</pre>", "", records, flags=re.S)


def test_pages_load_nothing_from_the_network(site):
    for page in site.rglob("*.html"):
        html = page.read_text("utf-8")
        assert re.search(r"<script[^>]+src=\"https?:|<link[^>]+href=\"https?:", html) is None, page


def test_command_line(tmp_path, capsys, monkeypatch):
    module = _build_api()
    monkeypatch.setattr(sys, "argv", ["build_api.py", "-o", str(tmp_path / "s")])
    assert module.main() == 0
    assert re.fullmatch(r"\d+ pages written to .*\n", capsys.readouterr().out)
