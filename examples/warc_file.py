"""A WARC of crawled pages through `civicextract run`, records keyed by URL.

    python examples/warc_file.py [OUTDIR]

Writes crawl.warc.gz (the pages of examples/data/pages as HTTP responses,
plus a request record and an image, which the run skips) with warcio, runs
`civicextract run` on it and prints the records of each URL.  Use your own
WARC (from wget --warc-file, Heritrix, Browsertrix ...) the same way.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "examples" / "data" / "pages"


def write_warc(path: Path) -> None:
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for page, charset in (("renovation.html", "utf-8"), ("roads.html", "gb2312")):
            url = f"http://news.example.org/{page}"
            writer.write_record(writer.create_warc_record(url, "request", payload=BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", f"text/html; charset={charset}")], protocol="HTTP/1.1"
            )
            body = (PAGES / page).read_bytes()
            writer.write_record(writer.create_warc_record(url, "response", payload=BytesIO(body), http_headers=headers))
        png = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "http://news.example.org/logo.png", "response", payload=BytesIO(b"\x89PNG\r\n"), http_headers=png
            )
        )


def main(outdir: Path) -> None:
    outdir.mkdir(parents=True, exist_ok=True)
    warc = outdir / "crawl.warc.gz"
    write_warc(warc)
    out = outdir / "out"
    subprocess.run(
        [sys.executable, "-m", "civicextract", "run", str(warc), "-o", str(out), "--force", "--no-progress"], check=True
    )

    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    print(
        f"read {summary['read']} = written {summary['written']} + skipped {summary['skipped']} "
        f"+ failed {summary['failed']}; skipped: {summary['skipped_by_reason']}"
    )
    with open(out / "articles.jsonl", encoding="utf-8") as fh:
        for line in fh:
            art = json.loads(line)
            prov = art["provenance"]
            amounts = ", ".join(f"{m['text']}={m['amount']}" for m in art["money"])
            people = ", ".join(o["name"] for o in art["officials"])
            print(f"{prov['url']} [{prov['warc_record_id']}] money: {amounts}; officials: {people}")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        main(Path(sys.argv[1]))
    else:
        with tempfile.TemporaryDirectory() as tmp:
            main(Path(tmp))
