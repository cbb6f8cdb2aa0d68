"""Fixtures for the batch tests: real dev articles packed the ways scrapers leave them.

No tests here; the other ``test_batch_*`` modules import it (and worker
processes import the slow pipelines by name).
"""

from __future__ import annotations

import gzip
import io
import json
import signal
import tarfile
import time
import zipfile
from pathlib import Path

from civicextract.pipeline import Pipeline

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def dev_articles(n: int | None = None) -> list[dict[str, str]]:
    arts = [
        json.loads(line) for line in (CORPUS / "dev.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    return arts[:n] if n else arts


def html_page(text: str, title: str = "新闻", charset: str = "utf-8") -> str:
    paras = "".join(f"<p>{p}</p>" for p in text.split("\n") if p.strip())
    return (
        f'<html><head><meta charset="{charset}"><title>{title}</title></head>'
        f"<body><nav>首页 | 要闻 | 政务</nav><article>{paras}</article><footer>版权所有</footer></body></html>"
    )


def cli(capsys, *args) -> tuple[int, list[str]]:
    """``civicextract run ARGS --no-progress``: its exit code and the lines it wrote to stderr."""
    from civicextract.cli import main

    code = main(["run", *map(str, args), "--no-progress"])
    return code, capsys.readouterr().err.splitlines()


def jsonl_bytes(arts: list[dict]) -> bytes:
    return "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts).encode("utf-8")


def write_warc(path: Path, pages: list[tuple[str, bytes, str]], *, gz: bool = True, extra: bool = True) -> list[int]:
    """Write ``(url, body, content type)`` responses (with requests and an image between); return record offsets."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    offsets = []
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=gz)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "civicextract tests"}))
        for i, (url, body, ctype) in enumerate(pages):
            if extra:
                req = StatusAndHeaders("GET / HTTP/1.1", [("Host", "www.gov.cn")], is_http_request=True)
                w.write_record(w.create_warc_record(url, "request", http_headers=req))
            offsets.append(fh.tell())
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
            rec.rec_headers.replace_header("WARC-Date", f"2024-05-0{i % 9 + 1}T08:00:00Z")
            w.write_record(rec)
        if extra:
            img = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
            w.write_record(
                w.create_warc_record(
                    "http://www.gov.cn/logo.png", "response", payload=io.BytesIO(b"\x89PNG\r\n"), http_headers=img
                )
            )
    return offsets


def write_zip(path: Path, members: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)


def write_tar(path: Path, members: dict[str, bytes]) -> None:
    mode = "w:gz" if path.name.endswith(".gz") else "w"
    with tarfile.open(path, mode) as tf:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mtime = 0
            tf.addfile(info, io.BytesIO(data))


def gz(data: bytes) -> bytes:
    return gzip.compress(data, mtime=0)


class SlowPipeline(Pipeline):
    """The real pipeline, slowed down so a subprocess run can be killed mid-way."""

    def extract(self, text, *, id=None):
        time.sleep(0.01)
        return super().extract(text, id=id)


class StuckPipeline(Pipeline):
    """Hangs on marked articles: ``SLEEP`` (SIGALRM ends it), ``BLOCK`` (ignores SIGALRM: the pool must kill)."""

    def extract(self, text, *, id=None):
        if "BLOCK" in text:
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
            time.sleep(60)
        if "SLEEP" in text:
            time.sleep(60)
        if "CRASH" in text:
            import os

            os._exit(3)
        return super().extract(text, id=id)
