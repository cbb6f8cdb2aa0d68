"""The bad-input suite: every kind of damage ends as an error row, the run goes on, accounting holds."""

from __future__ import annotations

import json
import zipfile

import pytest

from civicextract.cli import main

from .test_batch_helpers import dev_articles, gz, html_page, jsonl_bytes, write_warc, write_zip

pytest.importorskip("warcio", reason="the batch readers need civicextract[warc]")

ARTS = dev_articles(12)


def corrupt_zip_member(path, name):
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(name)
    data = bytearray(path.read_bytes())
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra) + 10
    for i in range(start, start + 40):
        data[i] ^= 0xA5
    path.write_bytes(bytes(data))


@pytest.fixture(scope="module")
def bad_folder(tmp_path_factory):
    d = tmp_path_factory.mktemp("bad")
    # JSONL with good lines around malformed ones
    lines = [json.dumps(ARTS[0], ensure_ascii=False).encode(), b'{"id": "cut", "text": "no end', b"[1, 2]",
             b'{"id": "notext"}', b'{"id": "bad-utf8", "text": "\xff\xfe"}', json.dumps(ARTS[1], ensure_ascii=False).encode()]  # fmt: skip
    (d / "mixed.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    # truncated gzip: the lines before the cut are read
    whole = gz(jsonl_bytes(ARTS[2:6]))
    (d / "trunc.jsonl.gz").write_bytes(whole[: len(whole) * 2 // 3])
    # zip with one corrupt member
    write_zip(d / "pack.zip", {"ok.txt": ARTS[6]["text"].encode(), "broken.txt": ARTS[7]["text"].encode()})
    corrupt_zip_member(d / "pack.zip", "broken.txt")
    # WARC with a broken middle record
    pages = [
        (f"http://www.gov.cn/{i}.html", html_page(ARTS[8 + i]["text"]).encode(), "text/html; charset=utf-8")
        for i in range(3)
    ]
    offsets = write_warc(d / "crawl.warc.gz", pages, extra=False)
    data = bytearray((d / "crawl.warc.gz").read_bytes())
    for i in range(offsets[1] + 30, offsets[1] + 60):
        data[i] ^= 0x5A
    (d / "crawl.warc.gz").write_bytes(bytes(data))
    # single files
    head, tail = ARTS[11]["text"][:200].encode(), ARTS[11]["text"][200:].encode()
    (d / "bad_utf8.txt").write_bytes(head + b"\xc3\x28" + tail)  # byte len(head) is not UTF-8
    (d / "blob.txt").write_bytes(bytes(range(256)) * 64)
    (d / "empty.txt").write_bytes(b"")
    (d / "nobody.html").write_text("<html><head><title>空页</title></head></html>", encoding="utf-8")
    (d / "good.html").write_text(html_page(ARTS[3]["text"]), encoding="utf-8")
    with open(d / "huge.txt", "wb") as fh:  # a 50 MB "article"
        block = ("财政投入" * 1000 + "\n").encode()
        for _ in range(50 * (1 << 20) // len(block) + 1):
            fh.write(block)
    return d


@pytest.fixture(scope="module")
def bad_run(bad_folder, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    import io
    from contextlib import redirect_stderr

    err = io.StringIO()
    with redirect_stderr(err):
        code = main(["run", str(bad_folder), "-o", str(out), "--jobs", "2", "--no-progress"])
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    written = [json.loads(line) for line in (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    summary = json.loads((out / "summary.json").read_text())
    return code, err.getvalue(), written, errors, summary, out


def by_input(errors, name):
    return [e for e in errors if e["input"].endswith(name)]


def test_run_finishes_with_exit_1_and_accounting_holds(bad_run):
    code, stderr, written, errors, summary, out = bad_run
    assert code == 1
    assert summary["read"] == summary["written"] + summary["skipped"] + summary["failed"]
    assert summary["written"] == len(written) and summary["failed"] == len(errors)
    lines = stderr.splitlines()
    assert (
        lines[0]
        == f"civicextract: {summary['read']} read = {summary['written']} written + {summary['skipped']} skipped + {summary['failed']} failed; outputs in {out}"
    )
    assert lines[-1] == f"civicextract: {summary['failed']} failed; see {out}/errors.jsonl"
    assert not (out / ".civicextract-run").exists()


def test_good_articles_all_written(bad_run):
    _, _, written, _, _, _ = bad_run
    ids = [r["id"] for r in written]
    mixed = [r["id"] for r in written if r["provenance"]["input"].endswith("mixed.jsonl")]
    assert mixed == [ARTS[0]["id"], ARTS[1]["id"]]  # around its bad lines
    assert "good.html" in ids
    assert "pack.zip!ok.txt" in ids
    urls = [r["provenance"]["url"] for r in written if r["provenance"]["warc_record_id"]]
    assert urls == ["http://www.gov.cn/0.html", "http://www.gov.cn/2.html"]  # around the broken record
    trunc = [r["id"] for r in written if r["provenance"]["input"].endswith("trunc.jsonl.gz")]
    assert trunc and trunc == [a["id"] for a in ARTS[2 : 2 + len(trunc)]]


def test_malformed_jsonl_lines(bad_run):
    errors = by_input(bad_run[3], "mixed.jsonl")
    assert [(e["line"], e["stage"], e["error_type"], e["message"].split(": ", 1)[1]) for e in errors] == [
        (2, "parse", "NotJSON", "not JSON (Invalid control character at column 30)"),
        (3, "parse", "NotAnObject", "expected a JSON object, got list"),
        (4, "parse", "NoText", "article 'notext': no 'text' or 'html' field"),
        (5, "decode", "DecodeError", "invalid UTF-8 at byte 28"),
    ]
    assert errors[0]["message"].startswith(str(bad_run[5].parent))  # the message names the file


def test_truncated_gzip(bad_run):
    (e,) = by_input(bad_run[3], "trunc.jsonl.gz")
    assert e["stage"] == "read" and e["error_type"] == "DamagedInput"
    assert "compressed data ends early (truncated file?); the " in e["message"]


def test_corrupt_zip_member(bad_run):
    (e,) = by_input(bad_run[3], "pack.zip")
    assert e["member"] == "broken.txt" and e["error_type"] == "DamagedInput"
    assert e["message"].split(": ", 1)[1].startswith("corrupt data (")
    assert e["message"].endswith("; the archive's other members are read")


def test_warc_with_a_broken_record(bad_run):
    (e,) = by_input(bad_run[3], "crawl.warc.gz")
    assert e["error_type"] == "DamagedInput"
    assert "broken WARC record at byte " in e["message"] and "; skipped to the next record at byte " in e["message"]


@pytest.mark.parametrize(
    "name, stage, error_type, message",
    [
        (
            "bad_utf8.txt",
            "decode",
            "DecodeError",
            f"invalid UTF-8 at byte {len(ARTS[11]['text'][:200].encode())} and no charset declared",
        ),
        ("blob.txt", "decode", "DecodeError", "binary content (NUL bytes), not text"),
        ("empty.txt", "read", "EmptyInput", "empty file"),
        ("nobody.html", "html", "NoMainText", "no main text found in the HTML (empty or no <body> content)"),
        ("huge.txt", "read", "TooLarge", "article is {size:,} bytes, over the --max-bytes limit of 10,485,760"),
    ],
)
def test_single_file_failures(bad_run, bad_folder, name, stage, error_type, message):
    (e,) = by_input(bad_run[3], name)
    message = message.format(size=(bad_folder / name).stat().st_size)
    assert (e["stage"], e["error_type"], e["message"]) == (stage, error_type, f"{e['input']}: {message}")
    assert e["article_id"] == name


@pytest.mark.slow
def test_50mb_article_within_the_size_limit_hits_the_time_limit(bad_folder, tmp_path, capsys):
    out = tmp_path / "out"
    code = main(
        [
            "run",
            str(bad_folder / "huge.txt"),
            "-o",
            str(out),
            "--max-bytes",
            str(60 << 20),
            "--timeout",
            "1",
            "--no-progress",
        ]
    )
    (e,) = [json.loads(x) for x in (out / "errors.jsonl").read_text().splitlines()]
    assert (e["stage"], e["error_type"]) == ("extract", "Timeout")
    assert (
        code == 2
        and capsys.readouterr().err.splitlines()[-1]
        == f"civicextract: error: nothing readable in the inputs; see {out}/errors.jsonl"
    )
