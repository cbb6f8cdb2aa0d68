"""Kill-and-resume: a run SIGKILLed mid-way and resumed leaves exactly the bytes of an uninterrupted run."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from civicextract.cli import main

from .test_batch_helpers import dev_articles, gz, html_page, jsonl_bytes, write_warc

pytest.importorskip("warcio", reason="the batch readers need civicextract[warc]")
ROOT = Path(__file__).resolve().parent.parent

SCRIPT = """
import sys
from civicextract.batch.runner import RunConfig, run
inputs, out, mode = sys.argv[1].split(","), sys.argv[2], sys.argv[3]
run(RunConfig(inputs, out, kinds=("money", "metrics", "programs", "officials"), jobs=2, progress=False,
              formats=("jsonl", "parquet"), resume=mode == "resume", checkpoint_every=0.1,
              factory="tests.test_batch_helpers:SlowPipeline"))
"""


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    d = tmp_path_factory.mktemp("in")
    arts = dev_articles()
    rows = [{**a, "id": f"{a['id']}-{k}"} for k in range(3) for a in arts]
    data = jsonl_bytes(rows[:100]) + b"{broken\n" + jsonl_bytes(rows[100:])
    (d / "news.jsonl.gz").write_bytes(gz(data))
    pages = [(f"http://www.gov.cn/{i}.html", html_page(arts[i]["text"]).encode(), "text/html") for i in range(30)]
    write_warc(d / "crawl.warc.gz", pages)
    (d / "empty.txt").write_bytes(b"")
    return [str(d / "news.jsonl.gz"), str(d / "crawl.warc.gz"), str(d / "empty.txt")]


def start(inputs, out, mode):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-c", SCRIPT, ",".join(inputs), str(out), mode], cwd=ROOT, env=env,
                            stderr=subprocess.PIPE, start_new_session=True)  # fmt: skip


def committed(out):
    try:
        return json.loads((out / ".civicextract-run" / "checkpoint.json").read_text())["committed"]
    except (FileNotFoundError, json.JSONDecodeError, KeyError):
        return 0


def kill_when(proc, out, at_least):
    deadline = time.monotonic() + 60
    while committed(out) < at_least and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert proc.poll() is None, "the run ended before it could be killed"
    os.killpg(proc.pid, signal.SIGKILL)  # the parent and its workers, as a kill -9 of the job would
    proc.wait()


FILES = ["articles.jsonl", "errors.jsonl", "summary.json", "articles.parquet", "money.parquet", "metrics.parquet",
         "programs.parquet", "officials.parquet"]  # fmt: skip


@pytest.mark.slow
def test_kill_9_then_resume_gives_the_uninterrupted_output(inputs, tmp_path):
    whole = tmp_path / "whole"
    p = start(inputs, whole, "fresh")
    assert p.wait(120) == 0, p.stderr.read().decode()

    out = tmp_path / "killed"
    kill_when(start(inputs, out, "fresh"), out, 30)
    first = committed(out)
    kill_when(start(inputs, out, "resume"), out, first + 40)  # killed a second time, further on
    assert committed(out) > first
    p = start(inputs, out, "resume")
    assert p.wait(120) == 0, p.stderr.read().decode()

    for name in FILES:
        assert (out / name).read_bytes() == (whole / name).read_bytes(), name
    summary = json.loads((out / "summary.json").read_text())
    assert (
        summary["read"] == 169 + 31 + 1
        and summary["read"] == summary["written"] + summary["skipped"] + summary["failed"]
    )
    assert not (out / ".civicextract-run").exists()


def test_resume_with_other_options_is_refused(tmp_path, capsys):
    (tmp_path / "a.jsonl").write_bytes(jsonl_bytes(dev_articles(3)))
    out = tmp_path / "out"
    work = out / ".civicextract-run"
    work.mkdir(parents=True)
    (work / "manifest.json").write_text(json.dumps({"kinds": ["money"]}))
    code = main(["run", str(tmp_path / "a.jsonl"), "-o", str(out), "--resume", "--no-progress"])
    err = capsys.readouterr().err.splitlines()
    assert code == 2
    assert err == [
        f"civicextract: error: --resume: {out} was started with a different inputs (None, now {[str(tmp_path / 'a.jsonl')]!r}); start again with --force"
    ]
    code = main(["run", str(tmp_path / "a.jsonl"), "-o", str(out), "--no-progress"])
    assert capsys.readouterr().err.splitlines() == [
        f"civicextract: error: {out} already holds a run (.civicextract-run); pass --resume to continue it"
    ]


def test_resume_of_a_finished_run_changes_nothing(tmp_path, capsys):
    (tmp_path / "a.jsonl").write_bytes(jsonl_bytes(dev_articles(3)))
    out = tmp_path / "out"
    assert main(["run", str(tmp_path / "a.jsonl"), "-o", str(out), "--no-progress"]) == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    capsys.readouterr()
    assert main(["run", str(tmp_path / "a.jsonl"), "-o", str(out), "--resume", "--no-progress"]) == 0
    assert capsys.readouterr().err.splitlines() == [
        f"civicextract: 3 read = 3 written + 0 skipped + 0 failed; outputs in {out}"
    ]
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_killed_while_writing_outputs_resume_finishes_them(tmp_path, monkeypatch):
    from civicextract.batch import writers
    from civicextract.batch.runner import RunConfig, run

    (tmp_path / "a.jsonl").write_bytes(jsonl_bytes(dev_articles(6)) + b"oops\n")

    def cfg(out, resume=False):
        return RunConfig([str(tmp_path / "a.jsonl")], str(out), kinds=("money", "officials"), formats=("jsonl", "parquet"),
                         db=str(out / "r.sqlite"), progress=False, resume=resume)  # fmt: skip

    run(cfg(tmp_path / "whole"))
    real = writers.write_parquet

    def dies(*a, **k):
        raise KeyboardInterrupt  # stands in for a kill after articles.jsonl was published

    monkeypatch.setattr(writers, "write_parquet", dies)
    with pytest.raises(KeyboardInterrupt):
        run(cfg(tmp_path / "cut"))
    assert (tmp_path / "cut" / "articles.jsonl").exists() and not (tmp_path / "cut" / "summary.json").exists()
    (tmp_path / "cut" / "money.parquet.tmp-99999").write_bytes(b"half a file")  # left by the killed process
    monkeypatch.setattr(writers, "write_parquet", real)
    run(cfg(tmp_path / "cut", resume=True))
    for name in ["articles.jsonl", "errors.jsonl", "summary.json", "money.parquet", "officials.parquet"]:
        assert (tmp_path / "cut" / name).read_bytes() == (tmp_path / "whole" / name).read_bytes(), name
    assert sorted(p.name for p in (tmp_path / "cut").iterdir()) == sorted(
        p.name for p in (tmp_path / "whole").iterdir()
    )
