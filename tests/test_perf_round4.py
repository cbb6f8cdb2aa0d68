"""Speed-only changes of round 4 keep every record: batched ``extract_many`` and span mapping."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from civicextract.errors import InputError
from civicextract.pipeline import _BATCH_ITEMS, Pipeline
from civicextract.records import Article, ItemError

ROOT = Path(__file__).resolve().parent.parent
TEXT = "市财政投入50万元用于道路改造。"


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _corpus() -> list[dict]:
    return [
        json.loads(line)
        for name in ("dev.jsonl", "fit.jsonl")
        for line in (ROOT / "corpus" / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def test_extract_many_in_batches_gives_what_extract_gives_one_by_one(pipeline):
    items = [{"id": d["id"], "text": d["text"]} for d in _corpus()]
    assert len(items) > 2 * _BATCH_ITEMS  # (batches end and start inside the corpus)
    one_by_one = [pipeline.extract(d["text"], id=d["id"]) for d in items]
    batched = list(pipeline.extract_many(items))
    assert batched == one_by_one
    assert [json.dumps(a.to_dict(), ensure_ascii=False) for a in batched] == [
        json.dumps(a.to_dict(), ensure_ascii=False) for a in one_by_one
    ]


def test_bad_items_keep_their_place_across_a_batch_boundary():
    # Batches of 1, 2, 4, ... 32 articles end at item 63; the next one starts at 64.
    n, last, first = 70, 63, 64
    items: list = [{"id": str(i), "text": TEXT} for i in range(1, n + 1)]
    items[last - 1] = {"id": "no-text"}
    items[first - 1] = 42
    got = list(Pipeline(kinds=("money",)).extract_many(items, on_error="record"))
    assert len(got) == n
    assert got[last - 1] == ItemError(last, "no-text", "InputError", f"line {last}, article 'no-text': no 'text' field")
    assert got[first - 1] == ItemError(
        first, None, "InputError", f"line {first}: expected a string or a mapping with 'text', not int"
    )
    articles = [g for g in got if isinstance(g, Article)]
    assert [a.id for a in articles] == [str(i) for i in range(1, n + 1) if i not in (last, first)]
    assert {(m.text, m.start, m.end) for a in articles for m in a.money} == {("50万元", 5, 9)}


def test_the_first_article_comes_out_before_the_second_item_is_read():
    read = []

    def items():
        for i in range(3):
            read.append(i)
            yield TEXT

    got = Pipeline(kinds=("money",)).extract_many(items())
    assert next(got).money[0].text == "50万元"
    assert read == [0]


def test_raise_mode_yields_the_articles_before_the_bad_item_then_raises():
    items = [TEXT] * 3 + [{"id": "b"}] + [TEXT] * 3
    got = Pipeline(kinds=("money",)).extract_many(items)
    assert [next(got).money[0].text for _ in range(3)] == ["50万元"] * 3
    with pytest.raises(InputError, match="line 4, article 'b': no 'text' field"):
        next(got)


def test_an_error_of_the_iterable_comes_after_the_items_read_before_it():
    def items():
        yield from [TEXT] * 5
        raise OSError("the file went away")

    got = []
    with pytest.raises(OSError, match="the file went away"):
        for a in Pipeline(kinds=("money",)).extract_many(items(), on_error="record"):
            got.append(a)
    assert [a.money[0].text for a in got] == ["50万元"] * 5


def test_with_a_timeout_the_records_are_the_same():
    items = [{"id": "a", "text": TEXT}, {"id": "b", "text": "新闻来源：眉山网\n" + TEXT}]
    timed = list(Pipeline(kinds=("money",), timeout=30).extract_many(items))
    plain = list(Pipeline(kinds=("money",)).extract_many(items))
    assert timed == plain
    assert [(m.text, m.start, m.end) for a in plain for m in a.money] == [("50万元", 5, 9), ("50万元", 14, 18)]


def test_pinyin_readings_looked_up_in_the_file_text_are_the_parsed_tables(monkeypatch):
    import civicextract.normalize.pinyin as pinyin

    text = pinyin._table_text.__wrapped__()
    if text is None:
        pytest.skip("pypinyin has no pinyin_dict.json")
    parsed = {int(k): v for k, v in json.loads(text).items()}
    monkeypatch.setattr(pinyin, "_lookups", 0)
    pinyin._table.cache_clear()
    for char in "区區发髮行一〇乐樂":
        assert pinyin._reading_text(char) == parsed[ord(char)]
    assert pinyin._table.cache_info().currsize == 0  # (not parsed for a few characters)
    assert pinyin._reading_text("區") == "qū,ōu,gōu,qiū,kòu"
    assert pinyin.is_reading("區", "qū") and not pinyin.is_reading("區", "qu3")


def test_a_timeout_in_a_batch_stops_only_its_article():
    p = Pipeline(kinds=("money",), timeout=0.2)
    money = p._extractors["money"]

    def slow_on_boom(doc):
        while "BOOM" in doc.text:  # (a pure-Python loop: the alarm interrupts it)
            pass
        return money(doc)

    p._extractors["money"] = slow_on_boom
    items = [{"id": "a", "text": TEXT}, {"id": "b", "text": "BOOM" + TEXT}, {"id": "c", "text": TEXT}]
    batched = list(p.extract_many(items, on_error="record"))
    one_by_one = list(p._extract_many(items, "record"))
    assert batched == one_by_one
    assert [g.id for g in batched] == ["a", "b", "c"]
    assert batched[1] == ItemError(2, "b", "ExtractionTimeout", "article 'b': extraction took longer than 0.2 s")
    assert batched[2].money[0].text == "50万元"


def test_cli_answers_each_stdin_line_before_reading_the_next():
    """Standard input may be a conversation: no batch waits for a line that is not sent yet."""
    import os
    import select
    import subprocess
    import sys

    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    cmd = [sys.executable, "-m", "civicextract", "extract", "-", "--only-kinds", "money"]
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    assert proc.stdin is not None and proc.stdout is not None
    try:
        for i in range(3):
            proc.stdin.write(json.dumps({"id": str(i), "text": TEXT}, ensure_ascii=False).encode() + b"\n")
            proc.stdin.flush()
            ready, _, _ = select.select([proc.stdout], [], [], 120)
            assert ready, f"no answer to line {i + 1} before the next line"
            record = json.loads(proc.stdout.readline())
            assert (record["id"], record["money"][0]["text"]) == (str(i), "50万元")
    finally:
        proc.stdin.close()
        proc.wait(timeout=120)


def test_cli_file_in_batches_answers_every_line_in_order(tmp_path):
    from civicextract.cli import main

    lines = [json.dumps({"id": str(i), "text": TEXT}, ensure_ascii=False) for i in range(1, 101)]
    lines[9] = "not json"  # line 10
    lines[63] = ""  # line 64: a blank line is answered with a blank line
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(src), "-o", str(out), "--only-kinds", "money"]) == 1
    got = out.read_text(encoding="utf-8").split("\n")[:-1]
    assert len(got) == 100
    assert got[63] == ""
    assert json.loads(got[9])["error"]["type"] == "not_json"
    ids = [json.loads(g)["id"] for i, g in enumerate(got) if i not in (9, 63)]
    assert ids == [str(i) for i in range(1, 101) if i not in (10, 64)]


def test_an_article_stopped_by_the_batch_timer_before_its_own_deadline_is_run_again():
    """The timer of a pass is armed for the least time an article has left; it may go
    off in an article that still has time (an earlier one used the pass's time)."""
    import time

    p = Pipeline(kinds=("money",), timeout=1.0)
    money = p._extractors["money"]

    def slow(doc):
        t0 = time.perf_counter()
        seconds = 0.7 if "SLOW" in doc.text else 0.5 if "LATE" in doc.text else 0
        while time.perf_counter() - t0 < seconds:  # (a pure-Python loop: the alarm interrupts it)
            pass
        return money(doc)

    p._extractors["money"] = slow
    items = [{"id": "first", "text": TEXT}, {"id": "a", "text": "SLOW" + TEXT}, {"id": "b", "text": "LATE" + TEXT}]
    got = list(p.extract_many(items, on_error="record"))  # batches: [first], [a, b]
    assert [(g.id, type(g).__name__) for g in got] == [("first", "Article"), ("a", "Article"), ("b", "Article")]
    assert got[2].money[0].text == "50万元"
