"""``civicextract run``: the up-front checks, standard input, sizes, error rows' ids, rates after a resume."""

from __future__ import annotations

import gzip
import io
import json
import os
import sys

import pytest

from civicextract.batch import cli as batch_cli
from civicextract.batch.cli import parse_size
from civicextract.batch.items import JSON_LINE, Provenance, RawItem
from civicextract.batch.work import process
from civicextract.cli import main

from .test_batch_helpers import cli, dev_articles, html_page, jsonl_bytes

ARTS = dev_articles(4)


@pytest.fixture
def corpus(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_bytes(jsonl_bytes(ARTS))
    return path


@pytest.mark.parametrize(
    "args, message",
    [
        (["--spark-master", "local[2]"], "--spark-master needs --engine spark"),
        (["--max-bytes", "3q"], "--max-bytes: expected a size such as 1048576, 500k, 1MB or 10MiB, not '3q'"),
        (["--max-bytes", "0k"], "--max-bytes must be at least 1 byte, not 0k"),
    ],
)
def test_argument_errors_exit_2(corpus, tmp_path, capsys, args, message):
    out = tmp_path / "out"
    assert cli(capsys, corpus, "-o", out, *args) == (2, [f"civicextract: error: {message}"])
    assert not out.exists()


def test_an_input_read_twice_is_refused(corpus, tmp_path, capsys):
    # its articles' places (article_key) would repeat
    same = tmp_path / "." / corpus.name
    assert cli(capsys, corpus, same, "-o", tmp_path / "out") == (
        2, [f"civicextract: error: {same}: given twice (as {corpus}); each input is read once"]
    )  # fmt: skip
    assert cli(capsys, corpus, tmp_path, "-o", tmp_path / "out") == (
        2, [f"civicextract: error: {corpus}: inside the input folder {tmp_path}, which reads it already"]
    )  # fmt: skip


def test_bad_dedupe_choice_is_argparse_usage_error(corpus, tmp_path, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["run", str(corpus), "-o", str(tmp_path / "out"), "--dedupe", "newest"])
    assert exc.value.code == 2
    assert "civicextract run: error: argument --dedupe: invalid choice: 'newest'" in capsys.readouterr().err


@pytest.mark.parametrize(
    "text, size", [("1048576", 1048576), ("500k", 500_000), ("500K", 500_000), ("1MB", 1_000_000), ("10MiB", 10 << 20),
                   ("2 kib", 2048), ("1.5GB", 1_500_000_000), ("1e3", None), ("-1", None), ("MB", None)],
)  # fmt: skip
def test_sizes(text, size):
    assert parse_size(text) == size


def test_max_bytes_with_a_unit_is_applied(corpus, tmp_path, capsys):
    out = tmp_path / "out"
    small = [a for a in ARTS if len(json.dumps(a, ensure_ascii=False).encode()) + 1 <= 2000]
    code, err = cli(capsys, corpus, "-o", out, "--max-bytes", "2k")
    assert code == (1 if len(small) < len(ARTS) else 0) and len(small) < len(ARTS)
    errors = [json.loads(x) for x in (out / "errors.jsonl").read_text().splitlines()]
    assert {e["error_type"] for e in errors} == {"TooLarge"}
    assert all("over the --max-bytes limit of 2,000" in e["message"] for e in errors)
    assert len(errors) == len(ARTS) - len(small)


def test_an_output_folder_under_a_file_is_refused_before_any_work(corpus, tmp_path, capsys):
    out = corpus / "out"
    assert cli(capsys, corpus, "-o", out) == (2, [f"civicextract: error: -o {out}: {corpus} is not a folder"])


def test_a_database_under_a_file_is_refused(corpus, tmp_path, capsys):
    db = corpus / "r.duckdb"
    assert cli(capsys, corpus, "-o", tmp_path / "out", "--db", db) == (
        2, [f"civicextract: error: --db {corpus}: {corpus} is not a folder"]
    )  # fmt: skip


def test_an_unwritable_output_folder_is_refused(corpus, tmp_path, capsys, monkeypatch):
    real = os.access
    # root may write anywhere: the check is driven the way a read-only mount or a foreign folder answers
    monkeypatch.setattr(batch_cli.os, "access", lambda p, mode: False if str(p) == str(tmp_path) else real(p, mode))
    out = tmp_path / "new" / "out"
    assert cli(capsys, corpus, "-o", out) == (
        2,
        [f"civicextract: error: -o {out}: cannot create a folder in {tmp_path} (permission denied or a read-only file system)"],
    )  # fmt: skip
    assert not (tmp_path / "new").exists()


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root writes in read-only folders")
def test_a_read_only_output_folder_is_refused(corpus, tmp_path, capsys):
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    try:
        code, err = cli(capsys, corpus, "-o", ro)
    finally:
        ro.chmod(0o755)
    assert (code, err) == (
        2,
        [f"civicextract: error: -o {ro}: cannot write in {ro} (permission denied or a read-only file system)"],
    )


def test_html_in_a_folder_without_trafilatura_fails_fast(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(batch_cli, "_missing", lambda module: module == "trafilatura")
    crawl = tmp_path / "crawl"
    (crawl / "sub").mkdir(parents=True)
    (crawl / "a.txt").write_text(ARTS[0]["text"], encoding="utf-8")
    (crawl / "sub" / "p1.html").write_text(html_page(ARTS[1]["text"]), encoding="utf-8")
    (crawl / "sub" / "p2.html").write_text(html_page(ARTS[2]["text"]), encoding="utf-8")
    out = tmp_path / "out"
    assert cli(capsys, crawl, "-o", out) == (
        2,
        [f"civicextract: error: {crawl / 'sub' / 'p1.html'}: reading HTML needs trafilatura: pip install 'civicextract[warc]'"],
    )  # fmt: skip
    assert not out.exists()
    # a folder without HTML is read as usual
    (crawl / "sub" / "p1.html").unlink()
    (crawl / "sub" / "p2.html").unlink()
    assert cli(capsys, crawl, "-o", out)[0] == 0


def _Stdin(data: bytes) -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BufferedReader(io.BytesIO(data)), encoding="utf-8")


def test_a_real_pipe_into_run_dash(tmp_path):
    import subprocess

    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    out = tmp_path / "out"
    done = subprocess.run([sys.executable, "-m", "civicextract", "run", "-", "-o", str(out), "--only-kinds", "money"],
                          input=gzip.compress(jsonl_bytes(ARTS)), capture_output=True, env=env, timeout=300)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert [json.loads(x)["id"] for x in (out / "articles.jsonl").read_text().splitlines()] == [a["id"] for a in ARTS]


@pytest.mark.parametrize("pack", [lambda b: b, gzip.compress], ids=["plain", "gzip"])
def test_dash_reads_json_lines_from_stdin(tmp_path, capsys, monkeypatch, pack):
    monkeypatch.setattr(
        sys, "stdin", _Stdin(pack(jsonl_bytes(ARTS[:2]) + b"\n" + jsonl_bytes([{"text": ARTS[2]["text"]}])))
    )
    out = tmp_path / "out"
    code, err = cli(capsys, "-", "-o", out)
    assert code == 0 and err[0] == f"civicextract: 3 read = 3 written + 0 skipped + 0 failed; outputs in {out}"
    recs = [json.loads(x) for x in (out / "articles.jsonl").read_text().splitlines()]
    assert [r["id"] for r in recs] == [ARTS[0]["id"], ARTS[1]["id"], "<stdin>:4"]  # a line without id: its place
    assert [(r["provenance"]["input"], r["provenance"]["line"]) for r in recs] == [
        ("<stdin>", 1),
        ("<stdin>", 2),
        ("<stdin>", 4),
    ]


def test_stdin_with_files_in_the_order_given(corpus, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", _Stdin(jsonl_bytes([{"id": "piped", "text": ARTS[0]["text"]}])))
    out = tmp_path / "out"
    assert cli(capsys, corpus, "-", "-o", out)[0] == 0
    assert [json.loads(x)["id"] for x in (out / "articles.jsonl").read_text().splitlines()] == [
        *(a["id"] for a in ARTS), "piped"
    ]  # fmt: skip


@pytest.mark.parametrize(
    "args, message",
    [
        (["-", "-"], "'-' (standard input) can be given only once"),
        (["-", "--engine", "spark"], "--engine spark cannot read standard input ('-'): give files or folders"),
    ],
)
def test_stdin_argument_errors(tmp_path, capsys, args, message):
    assert cli(capsys, *args, "-o", tmp_path / "out") == (2, [f"civicextract: error: {message}"])


def test_error_rows_name_the_line_s_own_id():
    # no text: the id was read before the failure
    line, error = process(RawItem(Provenance("x.jsonl", line=7), JSON_LINE, b'{"id": "a7", "title": "t"}\n',
                                  default_id="x.jsonl:7"), pipeline=None)  # fmt: skip
    assert line is None
    assert (error["article_id"], error["line"], error["error_type"]) == ("a7", 7, "NoText")
    # not JSON: there is no id, so the place stands in
    _, error = process(RawItem(Provenance("x.jsonl", line=8), JSON_LINE, b"{oops\n", default_id="x.jsonl:8"), None)
    assert (error["article_id"], error["line"]) == ("x.jsonl:8", 8)


def test_articles_per_second_counts_only_this_run_after_a_resume(corpus, tmp_path, capsys, monkeypatch):
    from civicextract.batch import runner

    real, calls = runner._commit, []

    def stops(state, *args):
        if len(calls) == 2:
            state.checkpoint(2)  # two items committed and checkpointed, then the run is stopped
            raise KeyboardInterrupt
        calls.append(1)
        real(state, *args)

    cfg = dict(kinds=("money",), progress=False, checkpoint_every=0.0)
    monkeypatch.setattr(runner, "_commit", stops)
    with pytest.raises(KeyboardInterrupt):
        runner.run(runner.RunConfig([str(corpus)], str(tmp_path / "out"), **cfg))
    monkeypatch.setattr(runner, "_commit", real)
    result = runner.run(runner.RunConfig([str(corpus)], str(tmp_path / "out"), resume=True, **cfg))
    assert (result.resumed, result.counters.read, result.read_now) == (True, 4, 2)
