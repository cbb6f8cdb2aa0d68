"""The report in a real browser: headless Chromium renders every chart with no script error, offline.

Skipped (with the reason) when no Chromium is installed; on Debian:
``apt-get install -y chromium fonts-noto-cjk``.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile

import pytest

pytest.importorskip("altair")
pytest.importorskip("vl_convert")
pytest.importorskip("duckdb")

from civicextract.report import build_report  # noqa: E402

from .test_report_helpers import small_run  # noqa: E402

BROWSER = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
pytestmark = [
    pytest.mark.skipif(BROWSER is None, reason="no Chromium to render the report: apt-get install -y chromium"),
    pytest.mark.slow,
]


def dump_dom(path) -> str:
    """The DOM of the page after its scripts ran, with every network request refused."""
    with tempfile.TemporaryDirectory() as profile:
        done = subprocess.run(
            [
                BROWSER,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                f"--user-data-dir={profile}",
                # offline: no name resolves and every connection goes to a closed port
                "--host-resolver-rules=MAP * ~NOTFOUND",
                "--proxy-server=127.0.0.1:9",
                "--virtual-time-budget=15000",
                "--dump-dom",
                path.as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def _errors(dom: str) -> str:
    m = re.search(r'<pre id="script-errors"[^>]*>(.*?)</pre>', dom, re.S)
    assert m, "no #script-errors element"
    return m.group(1)


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    root = tmp_path_factory.mktemp("browser")
    out = small_run(root, "--format", "parquet")
    page = root / "report.html"
    build_report(str(out), str(page))
    return page


def test_every_chart_renders_with_a_clean_console(report):
    dom = dump_dom(report)
    assert _errors(dom) == ""
    expected = re.search(r'data-charts-expected="(\d+)"', dom).group(1)
    assert expected == "8"
    assert re.search(r'data-charts-rendered="(\d+)"', dom).group(1) == expected
    # vega-embed's SVG renderer: one <svg class="marks"> per chart, with marks and Chinese axis labels in it
    svgs = re.findall(r'<svg[^>]*class="marks".*?</svg>', dom, re.S)
    assert len(svgs) == 8
    assert all("<path" in svg for svg in svgs)
    labels = "".join(re.findall(r"<text[^>]*>([^<]*)</text>", "".join(svgs)))
    for word in ("李维义", "眉山网", "大皖新闻", "CNY", "2020-08", "parse: NoText"):
        assert word in labels, word


def test_a_script_error_shows_on_the_page(report, tmp_path):
    """The check above can fail: a broken page reports its error in #script-errors."""
    broken = tmp_path / "broken.html"
    page = report.read_text("utf-8")
    assert page.count('vegaEmbed("#"') == 1
    broken.write_text(page.replace('vegaEmbed("#"', 'vegaEmbedd("#"'), "utf-8")
    dom = dump_dom(broken)
    assert "vegaEmbedd is not defined" in _errors(dom)
    assert 'data-charts-rendered="' not in dom
