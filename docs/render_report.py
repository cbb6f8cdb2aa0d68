"""Rebuild docs/report.png: the report of a run over corpus/dev.jsonl, as headless Chromium shows it.

    .venv/bin/python docs/render_report.py [--html docs/report.html]

Runs ``civicextract run corpus/dev.jsonl`` into a temporary folder named
``dev``, writes ``civicextract report`` of it, measures the page's height in
Chromium (a small harness page reads it from an iframe) and takes a
full-page screenshot 1280 pixels wide.  Needs ``pip install -e '.[batch,report]'``,
Chromium and a font with Chinese glyphs (Debian: ``apt-get install -y
chromium fonts-noto-cjk``).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WIDTH = 1280


def chromium(browser: str, *args: str) -> str:
    with tempfile.TemporaryDirectory() as profile:
        done = subprocess.run(
            [
                browser,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                "--allow-file-access-from-files",
                f"--user-data-dir={profile}",
                "--virtual-time-budget=15000",
                *args,
            ],
            capture_output=True,
            text=True,
            timeout=180,
            check=True,
        )
    return done.stdout


def page_height(browser: str, page: Path, work: Path) -> int:
    harness = work / "measure.html"
    harness.write_text(
        f'<iframe id="f" src="{page.as_uri()}" style="width:{WIDTH}px;height:600px;border:0"></iframe>'
        '<script>document.getElementById("f").onload=function(){var f=this;setTimeout(function(){'
        'document.title="h="+f.contentDocument.documentElement.scrollHeight;},3000);};</script>',
        encoding="utf-8",
    )
    dom = chromium(browser, f"--window-size={WIDTH},600", "--dump-dom", harness.as_uri())
    m = re.search(r"<title>h=(\d+)</title>", dom)
    if not m:
        raise SystemExit("could not measure the page in Chromium")
    return int(m.group(1))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--png", default=str(ROOT / "docs" / "report.png"))
    ap.add_argument("--html", help="also keep the report's HTML here")
    args = ap.parse_args()
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if browser is None:
        raise SystemExit("no Chromium found: apt-get install -y chromium fonts-noto-cjk")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        out = work / "dev"
        cli = [sys.executable, "-m", "civicextract"]
        # run from the repository, so the report finds corpus/dev.jsonl again for the sentences
        subprocess.run([*cli, "run", "corpus/dev.jsonl", "-o", str(out), "--no-progress"], cwd=ROOT, check=True)
        page = Path(args.html).resolve() if args.html else work / "report.html"
        subprocess.run([*cli, "report", str(out), "-o", str(page)], cwd=ROOT, check=True)
        height = page_height(browser, page, work)
        chromium(browser, f"--window-size={WIDTH},{height}", f"--screenshot={Path(args.png).resolve()}", page.as_uri())
    print(f"{args.png}: {WIDTH}x{height}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
