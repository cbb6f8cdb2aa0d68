"""Batch throughput: ``civicextract run`` over a synthetic archive built from the dev corpus.

    .venv/bin/python benchmarks/batch.py [--n 20000] [--jobs 1 2] [--formats jsonl.gz warc.gz] [--repeat 2]

Builds JSONL.gz and WARC.gz archives of N articles (the dev articles repeated
with distinct ids; the WARC holds each as an HTML page, so it also measures
warcio + trafilatura), then runs the CLI once per (format, jobs) and prints
articles/s, the scaling from 1 to 2 workers, the peak RSS of each worker
process (sampled with psutil) and the time to the first committed record.
Targets (issue 6): scaling >= 1.8x, <= 300 MB per worker.
Needs civicextract[batch] and psutil.  Figures on a shared machine are noisy.

Last runs (2026-11-26, 2 cores shared with other sessions' test runs, 20,000 articles, --repeat 2,
best of 2; "parent" = CPU of the CLI process alone per article read):

    before (batch/ at 592e63a, pipeline as of 05:55; load ~2):
    input     jobs  art/s  scaling  cores busy  first rec s  peak RSS/worker MB  parent us/art
    jsonl.gz     1    663    1.00x        1.08         0.31                  74            110
    jsonl.gz     2   1174    1.77x        1.94         0.27                  76            150
    warc.gz      1    297    1.00x        1.09         0.42                  95            286
    warc.gz      2    548    1.84x        1.95         0.43                  97            302

    after (batched tasks, framed byte results, nap; pipeline as of 06:14; load ~2.5):
    jsonl.gz     1    714    1.00x        1.03         0.32                  75             70
    jsonl.gz     2   1300    1.82x        1.82         0.32                  76             53
    warc.gz      1    330    1.00x        1.05         0.41                  95            161
    warc.gz      2    610    1.85x        1.95         0.42                  97            125

On a busy machine "cores busy" drops below the job count and the scaling with
it (06:03, load ~4: jsonl.gz 2 jobs 1.34x at 1.39 cores busy), while articles
per CPU second stay the same for 1 and 2 jobs: the loss is cores taken by
other processes, not the runner.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent


def build(folder: Path, n: int) -> dict[str, Path]:
    arts = [
        json.loads(x) for x in (ROOT / "corpus" / "dev.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()
    ]
    jsonl = folder / f"synthetic-{n}.jsonl.gz"
    warc = folder / f"synthetic-{n}.warc.gz"
    if not jsonl.exists():
        with gzip.open(jsonl, "wt", encoding="utf-8") as fh:
            for i in range(n):
                a = arts[i % len(arts)]
                fh.write(json.dumps({"id": f"{a['id']}-{i}", "text": a["text"]}, ensure_ascii=False) + "\n")
    if not warc.exists():
        from warcio.statusandheaders import StatusAndHeaders
        from warcio.warcwriter import WARCWriter

        with open(warc, "wb") as fh:
            w = WARCWriter(fh, gzip=True)
            for i in range(n):
                a = arts[i % len(arts)]
                body = "".join(f"<p>{p}</p>" for p in a["text"].split("\n") if p.strip())
                page = f"<html><head><meta charset='utf-8'><title>{a['id']}</title></head><body><nav>首页</nav><article>{body}</article></body></html>"
                headers = StatusAndHeaders(
                    "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
                )
                url = f"http://www.example.gov.cn/{i}.html"
                w.write_record(
                    w.create_warc_record(url, "response", payload=io.BytesIO(page.encode()), http_headers=headers)
                )
    return {"jsonl.gz": jsonl, "warc.gz": warc}


def measure(path: Path, jobs: int, out: Path) -> dict:
    cmd = [
        sys.executable,
        "-m",
        "civicextract",
        "run",
        str(path),
        "-o",
        str(out),
        "--jobs",
        str(jobs),
        "--force",
        "--no-progress",
    ]
    part = out / ".civicextract-run" / "articles.part.jsonl"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.monotonic()
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True)
    parent = psutil.Process(proc.pid)
    peak: dict[int, int] = {}
    first = None
    parent_cpu = 0.0
    while proc.poll() is None:
        try:  # the CLI process alone (reading, dispatching, writing): last sample before it exits
            t = parent.cpu_times()
            parent_cpu = t.user + t.system
        except psutil.Error:
            pass
        try:
            for child in parent.children(recursive=True):
                try:
                    peak[child.pid] = max(peak.get(child.pid, 0), child.memory_info().rss)
                except psutil.Error:
                    pass
        except psutil.Error:
            pass
        if first is None and part.exists() and part.stat().st_size > 0:
            first = time.monotonic() - t0
        time.sleep(0.05)
    wall = time.monotonic() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the CLI and, reaped by it, its workers
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    err = proc.stderr.read()
    summary = json.loads((out / "summary.json").read_text())
    if summary["failed"]:
        print(err, file=sys.stderr)
    return {
        "written": summary["written"],
        "failed": summary["failed"],
        "wall": wall,
        "cpu": cpu,
        "rate": summary["read"] / wall,
        "first": first,
        "rss_mb": max(peak.values(), default=0) / 2**20,
        "workers": len(peak),
        "parent_us": parent_cpu / max(summary["read"], 1) * 1e6,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=20000, help="articles per archive (default 20000)")
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--formats", nargs="+", default=["jsonl.gz", "warc.gz"])
    ap.add_argument("--workdir", default=None, help="keep archives here between runs (default: a temporary folder)")
    ap.add_argument(
        "--repeat", type=int, default=1, help="runs per setting, interleaved; the fastest is shown (default 1)"
    )
    args = ap.parse_args()
    tmp = Path(args.workdir or tempfile.mkdtemp(prefix="civicextract-bench-"))
    tmp.mkdir(parents=True, exist_ok=True)
    t = time.monotonic()
    archives = build(tmp, args.n)
    print(f"archives of {args.n} articles built in {time.monotonic() - t:.1f} s in {tmp}  (cores: {os.cpu_count()})")
    # "cores busy" = CPU seconds / wall seconds: well under the job count means the
    # workers were waiting for a core (other processes on the machine), not for work.
    print(
        f"{'input':<10} {'jobs':>4} {'written':>8} {'failed':>6} {'wall s':>8} {'art/s':>8} {'scaling':>8} "
        f"{'cpu s':>7} {'cores busy':>10} {'first rec s':>11} {'peak RSS/worker MB':>19} {'parent CPU us/art':>17}"
    )
    # Interleaved repeats: a machine that is busy for a while slows every setting alike.
    best: dict[tuple[str, int], dict] = {}
    for _ in range(args.repeat):
        for fmt in args.formats:
            for jobs in args.jobs:
                r = measure(archives[fmt], jobs, tmp / f"out-{fmt}-{jobs}")
                if (fmt, jobs) not in best or r["rate"] > best[fmt, jobs]["rate"]:
                    best[fmt, jobs] = r
    for fmt in args.formats:
        base = best[fmt, args.jobs[0]]["rate"]
        for jobs in args.jobs:
            r = best[fmt, jobs]
            first = f"{r['first']:.2f}" if r["first"] is not None else "-"
            print(
                f"{fmt:<10} {jobs:>4} {r['written']:>8} {r['failed']:>6} {r['wall']:>8.1f} {r['rate']:>8.1f} "
                f"{r['rate'] / base:>7.2f}x {r['cpu']:>7.1f} {r['cpu'] / r['wall']:>10.2f} {first:>11} {r['rss_mb']:>19.0f} {r['parent_us']:>17.0f}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
