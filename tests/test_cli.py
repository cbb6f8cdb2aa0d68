"""CLI: exact messages and exit codes, one output line per input line, ``-`` streams."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from civicextract.cli import main

SCRIPT = Path(sys.executable).with_name("civicextract")

GOOD = json.dumps(
    {"id": "a015", "text": "新京报讯（记者陈琳）7月24日，十六区“一把手”谈贯彻落实党的二十大精神"}, ensure_ascii=False
)
BAD_LINES = [
    GOOD,
    "not json",
    '{"id": "x3"}',
    "[1, 2]",
    '{"id": 4, "text": 5}',
    "",
    '{"text": "本报讯（全媒体首席记者 费文鹏）5日，市委书记王忠昆在铁东区调研"}',
]


def run(*args: str, stdin: str | None = None, module: bool = True) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "civicextract", *args] if module else [str(SCRIPT), *args]
    return subprocess.run(cmd, input=stdin, capture_output=True, text=True, encoding="utf-8", timeout=120)


@pytest.fixture
def bad_input(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(BAD_LINES) + "\n", encoding="utf-8")
    return path


def test_bad_lines_are_named_and_the_run_goes_on(bad_input, tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(bad_input), "-o", str(out)]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"civicextract: {bad_input}:2: not JSON (Expecting value at column 1)",
        f"civicextract: {bad_input}:3: article 'x3': no 'text' field",
        f"civicextract: {bad_input}:4: expected a JSON object, got list",
        f"civicextract: {bad_input}:5: article '4': 'text' is int, not a string",
        "civicextract: 2 extracted, 4 failed",
    ]
    lines = out.read_text(encoding="utf-8").split("\n")
    assert len(lines) == len(BAD_LINES) + 1 and lines[-1] == ""
    rows = [json.loads(x) if x else None for x in lines[:-1]]
    assert rows[0]["id"] == "a015" and rows[0]["meta"]["reporters"] == ["陈琳"]
    assert [r["error"]["type"] for r in rows[1:5]] == ["not_json", "no_text", "not_object", "no_text"]
    assert [r["error"]["line"] for r in rows[1:5]] == [2, 3, 4, 5]
    assert rows[2]["id"] == "x3" and rows[4]["id"] == "4"
    assert rows[5] is None  # a blank line answers a blank line
    assert rows[6]["id"] is None and rows[6]["meta"]["reporters"] == ["费文鹏"]


def test_clean_run_exits_zero(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text(GOOD + "\n", encoding="utf-8")
    assert main(["extract", str(src), "-o", str(tmp_path / "o.jsonl")]) == 0
    assert capsys.readouterr().err == "civicextract: 1 extracted, 0 failed\n"


def test_stdin_to_stdout_names_stdin():
    proc = run("extract", "-", "-o", "-", stdin="\n".join(BAD_LINES) + "\n")
    assert proc.returncode == 1
    assert proc.stderr.splitlines()[0] == "civicextract: <stdin>:2: not JSON (Expecting value at column 1)"
    assert proc.stderr.splitlines()[-1] == "civicextract: 2 extracted, 4 failed"
    assert len(proc.stdout.split("\n")) == len(BAD_LINES) + 1


def test_module_and_console_script_give_the_same_output(bad_input):
    a = run("extract", str(bad_input))
    b = run("extract", str(bad_input), module=False)
    assert (a.returncode, a.stdout, a.stderr) == (b.returncode, b.stdout, b.stderr)
    assert a.returncode == 1 and a.stdout


def test_seed_through_the_cli():
    proc = run("extract", str(Path(__file__).resolve().parent.parent / "corpus" / "seed.jsonl"))
    assert proc.returncode == 0, proc.stderr
    meta = json.loads(proc.stdout)["meta"]
    assert meta == {
        "source": "眉山网",
        "published": "2020-08-04T10:25:28",
        "editor": "何海娟",
        "reporters": ["余毅"],
        "title": None,
    }


def test_unreadable_input_exits_two(tmp_path, capsys):
    missing = tmp_path / "missing.jsonl"
    assert main(["extract", str(missing)]) == 2
    assert capsys.readouterr().err == f"civicextract: error: cannot read {missing}: No such file or directory\n"


def test_unknown_kind_exits_two(bad_input, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["extract", str(bad_input), "--only-kinds", "money,foo"])
    assert exc.value.code == 2
    assert capsys.readouterr().err == (
        "civicextract: error: --only-kinds: unknown kind 'foo' (choose from money, metrics, programs, officials)\n"
    )


def test_missing_command_is_a_usage_error():
    proc = run()
    assert proc.returncode == 2
    assert proc.stderr.splitlines()[-1].startswith("civicextract: error: the following arguments are required: command")


def test_a_record_s_title_fills_meta_title_as_run_does(tmp_path):
    # issue 11: a JSONL line's title is meta.title's fallback, in `extract` as in `run`
    body = "12月3日，铁西区召开老旧小区改造推进会。今年全区投入资金2.3亿元。"
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"id": "a", "text": body, "title": "铁西区推进老旧小区改造_铁西新闻网"}, ensure_ascii=False)
        + "\n"
        + json.dumps({"id": "b", "text": body}, ensure_ascii=False)
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(src), "-o", str(out)]) == 0
    a, b = (json.loads(x) for x in out.read_text(encoding="utf-8").splitlines())
    assert a["meta"]["title"] == "铁西区推进老旧小区改造" and b["meta"]["title"] is None
    assert a["money"] == b["money"]
