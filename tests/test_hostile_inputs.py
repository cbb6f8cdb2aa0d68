"""Hostile lines for ``extract``, ``run`` and the library: bad bytes, compressed input,
lone surrogates, BOMs mid-file, odd ids, bad arguments and the per-article time limit.

Each test is the repro of a defect of issue 13 and the accounting it must give:
every input line answered by exactly one output line (``extract``) or counted
once as written, skipped or failed (``run``), good lines never lost.
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from civicextract.batch.runner import RunConfig, run
from civicextract.cli import main
from civicextract.errors import ArgumentError, ExtractionTimeout
from civicextract.pipeline import Pipeline

GOOD = [
    {"id": "a1", "text": "市财政投入2400万元用于道路改造。"},
    {"id": "a2", "text": "全年完成投资5.6亿元。"},
]


def line(obj) -> bytes:
    return json.dumps(obj, ensure_ascii=False).encode()


def extract_cli(capsys, path, *args) -> tuple[int, list, list[str]]:
    out = path.with_name("out.jsonl")
    code = main(["extract", str(path), "-o", str(out), "--only-kinds", "money", *args])
    rows = [json.loads(x) if x else None for x in out.read_text(encoding="utf-8").split("\n")[:-1]]
    return code, rows, capsys.readouterr().err.splitlines()


def run_cli(tmp_path, path) -> tuple[dict, list, list]:
    out = tmp_path / "runout"
    run(RunConfig(inputs=[str(path)], outdir=str(out), kinds=("money",), timeout=None))
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["read"] == summary["written"] + summary["skipped"] + summary["failed"]
    arts = [json.loads(x) for x in (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    errs = [json.loads(x) for x in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    return summary, arts, errs


# A file with one non-UTF-8 line between good ones; before, extract printed a
# traceback, exited 1 and left the output empty (the good first line lost too).
BAD_BYTE = line(GOOD[0]) + b"\n" + b'{"id": "b", "text": "\xff\xfe"}\n' + line(GOOD[1]) + b"\n"


def zstd(data: bytes) -> bytes:
    zstandard = pytest.importorskip("zstandard")
    return zstandard.ZstdCompressor().compress(data)


@pytest.mark.parametrize(
    "suffix, pack",
    [(".jsonl", bytes), (".jsonl.gz", gzip.compress), (".jsonl.zst", zstd)],
    ids=["plain", "gzip", "zstd"],
)
def test_extract_reports_an_undecodable_line_and_keeps_the_good_ones(tmp_path, capsys, suffix, pack):
    path = tmp_path / f"in{suffix}"
    path.write_bytes(pack(BAD_BYTE))
    code, rows, err = extract_cli(capsys, path)
    assert code == 1
    assert [r.get("id") for r in rows] == ["a1", None, "a2"]
    assert [m["text"] for m in rows[0]["money"]] == ["2400万元"]
    assert rows[1]["error"] == {"line": 2, "type": "decode_error", "message": f"{path}:2: invalid UTF-8 at byte 21"}
    assert err == [f"civicextract: {path}:2: invalid UTF-8 at byte 21", "civicextract: 2 extracted, 1 failed"]


def test_run_reads_the_same_file_the_same_way(tmp_path):
    path = tmp_path / "in.jsonl.gz"
    path.write_bytes(gzip.compress(BAD_BYTE))
    summary, arts, errs = run_cli(tmp_path, path)
    assert (summary["read"], summary["written"], summary["failed"]) == (3, 2, 1)
    assert [a["id"] for a in arts] == ["a1", "a2"]
    assert errs[0]["message"] == f"{path}:2: invalid UTF-8 at byte 21"


def test_extract_truncated_gzip_keeps_the_lines_before_the_cut(tmp_path, capsys):
    whole = gzip.compress(b"".join(line(dict(GOOD[0], id=f"a{i}")) + b"\n" for i in range(200)))
    path = tmp_path / "in.jsonl.gz"
    path.write_bytes(whole[: len(whole) // 2])
    code, rows, err = extract_cli(capsys, path)
    assert code == 1
    n = len(rows) - 1
    assert 0 < n < 200 and [r["id"] for r in rows[:n]] == [f"a{i}" for i in range(n)]
    assert rows[-1]["error"]["type"] == "damaged_input"
    assert rows[-1]["error"]["message"].endswith(
        f"compressed data ends early (truncated file?); the {n} lines before it were read"
    )


def test_extract_unreadable_input_still_exits_two(tmp_path, capsys):
    assert main(["extract", str(tmp_path), "-o", str(tmp_path / "o.jsonl")]) == 2


def test_a_bom_mid_file_is_accepted_by_extract_and_run(tmp_path, capsys):
    # Before: run took the second line, extract called it not JSON.
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + line(GOOD[0]) + b"\n\xef\xbb\xbf" + line(GOOD[1]) + b"\n")
    code, rows, _ = extract_cli(capsys, path)
    assert code == 0 and [r["id"] for r in rows] == ["a1", "a2"]
    summary, arts, _ = run_cli(tmp_path, path)
    assert summary["written"] == 2 and [a["id"] for a in arts] == ["a1", "a2"]


def test_a_list_id_is_refused_the_same_way_by_extract_and_run(tmp_path, capsys):
    # Before: written as the Python repr "[1, 2]".  Numbers stay allowed, as JSON writes them.
    path = tmp_path / "in.jsonl"
    path.write_bytes(
        line({"id": [1, 2], "text": GOOD[0]["text"]}) + b"\n" + line({"id": 7, "text": GOOD[1]["text"]}) + b"\n"
    )
    code, rows, _ = extract_cli(capsys, path)
    assert code == 1
    assert rows[0]["error"] == {
        "line": 1,
        "type": "bad_id",
        "message": f"{path}:1: 'id' is a list; expected a string or a number",
    }
    assert rows[1]["id"] == "7"
    summary, arts, errs = run_cli(tmp_path, path)
    assert (summary["written"], summary["failed"]) == (1, 1) and arts[0]["id"] == "7"
    assert (errs[0]["error_type"], errs[0]["message"]) == (
        "BadId",
        f"{path}:1: 'id' is a list; expected a string or a number",
    )


# "\ud800" is a valid JSON escape, and not a character: OpenCC and UTF-8 output refused it.
SURROGATE_LINE = b'{"id": "s\\udc00", "text": "\\u5e02\\u8d22\\u653f\\u6295\\u51652400\\u4e07\\u5143\\ud800\\u7528\\u4e8e\\u9053\\u8def\\u3002"}\n'


def test_lone_surrogates_become_replacement_characters_with_offsets_kept():
    text = "市财政投入2400万元\ud800用于道路改造。"
    art = Pipeline(kinds="money").extract(text, id="s\udc00")
    (m,) = art.money
    assert (m.text, m.start, m.end) == ("2400万元", 5, 11) and text[m.start : m.end] == "2400万元"
    assert art.id == "s\ufffd"
    json.dumps(art.to_dict(), ensure_ascii=False).encode("utf-8")  # writable as UTF-8


def test_lone_surrogates_in_extract_and_run(tmp_path, capsys):
    path = tmp_path / "in.jsonl"
    path.write_bytes(SURROGATE_LINE + line(GOOD[1]) + b"\n")
    code, rows, _ = extract_cli(capsys, path)
    assert code == 0
    assert rows[0]["id"] == "s\ufffd" and [(m["text"], m["start"]) for m in rows[0]["money"]] == [("2400万元", 5)]
    summary, arts, _ = run_cli(tmp_path, path)
    assert summary["written"] == 2 and arts[0]["id"] == "s\ufffd"


def test_kinds_one_name_or_many_and_bad_values_name_the_argument():
    assert Pipeline(kinds="money").kinds == ("money",)  # before: ('m', 'o', 'n', 'e', 'y')
    assert Pipeline(kinds=["money", "metrics"]).kinds == ("money", "metrics")
    for bad in (None, 42):
        with pytest.raises(
            ArgumentError,
            match=rf"^kinds={bad!r}: expected a kind or an iterable of kinds from money, metrics, programs, officials$",
        ):
            Pipeline(kinds=bad)
    with pytest.raises(ArgumentError, match=r"^kinds='people': expected one of "):
        Pipeline(kinds=["money", "people"])
    for bad in (0, -1, "5", True):
        with pytest.raises(ArgumentError, match=r"^timeout=.*: expected a number of seconds above 0, or None$"):
            Pipeline(kinds="money", timeout=bad)


def slow_money(doc):
    """An extractor that never finishes on a marked article (pure Python, so interruptible)."""
    if "SLOW" in doc.text:
        deadline = time.monotonic() + 20  # the test fails, not hangs, if the limit does not hold
        while time.monotonic() < deadline:
            pass
        raise AssertionError("the time limit did not stop the article")
    return []


@pytest.fixture
def slow_pipeline(monkeypatch):
    import civicextract.pipeline as pl

    monkeypatch.setattr(pl, "_load_extractor", lambda kind: slow_money)
    return Pipeline(kinds="money", timeout=0.05)


def test_library_timeout_in_the_main_thread(slow_pipeline):
    with pytest.raises(ExtractionTimeout, match=r"^article 'x': extraction took longer than 0.05 s$"):
        slow_pipeline.extract("SLOW 市财政投入2400万元。", id="x")
    assert slow_pipeline.extract("市财政投入2400万元。", id="y").id == "y"  # the next article is unaffected


def test_library_timeout_off_the_main_thread(slow_pipeline):
    # No signals there: the limit falls back to an asynchronous exception in the thread.
    got: list = []

    def work():
        try:
            slow_pipeline.extract("SLOW 市财政投入2400万元。", id="t")
        except ExtractionTimeout as exc:
            got.append(str(exc))
        got.append(slow_pipeline.extract("市财政投入2400万元。", id="u").id)
        time.sleep(0.1)  # a late timer would go off here
        got.append("clean")

    t = threading.Thread(target=work)
    t.start()
    t.join(30)
    assert got == ["article 't': extraction took longer than 0.05 s", "u", "clean"]


def test_extract_timeout_matches_run(tmp_path, capsys, monkeypatch):
    import civicextract.pipeline as pl

    monkeypatch.setattr(pl, "_load_extractor", lambda kind: slow_money)
    path = tmp_path / "in.jsonl"
    path.write_bytes(line({"id": "h", "text": "SLOW"}) + b"\n" + line(GOOD[0]) + b"\n")
    code, rows, err = extract_cli(capsys, path, "--timeout", "0.05")
    assert code == 1
    assert rows[0]["error"] == {
        "id": "h",
        "line": 1,
        "type": "timeout",
        "message": f"{path}:1: article 'h': extraction took longer than 0.05 s",
    }
    assert rows[1]["id"] == "a1"
    assert main(["extract", str(path), "--timeout", "-1"]) == 2
    assert capsys.readouterr().err == "civicextract: error: --timeout must be 0 or more seconds, not -1\n"


def test_extract_reads_gzip_from_stdin_too():
    src = Path(__file__).resolve().parent.parent / "src"
    env = {**os.environ, "PYTHONPATH": f"{src}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    proc = subprocess.run(
        [sys.executable, "-m", "civicextract", "extract", "-", "--only-kinds", "money"],
        input=gzip.compress(BAD_BYTE),
        capture_output=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 1
    rows = [json.loads(x) for x in proc.stdout.decode().splitlines()]
    assert [r.get("id") for r in rows] == ["a1", None, "a2"]
    assert proc.stderr.decode().splitlines() == [
        "civicextract: <stdin>:2: invalid UTF-8 at byte 21",
        "civicextract: 2 extracted, 1 failed",
    ]
