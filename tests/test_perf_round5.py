"""Speed changes of round 5, each pinned to what it replaced.

* records: the descriptor-setting ``__init__`` builds what the frozen dataclass's did;
* widths: brackets by ``str.replace`` give what the one pattern with its callback gave;
* batch: ``work.process_many`` (the batched path of ``civicextract run``) gives each
  item exactly what ``work.process`` gives it alone, failures and time limits
  included, and the worker pool accounts for every article of a batch in which
  one article kills its worker.
"""

from __future__ import annotations

import dataclasses
import json
import os
import time
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from civicextract.batch.items import HTML, JSON_LINE, TEXT, Provenance, RawItem
from civicextract.batch.work import batch_extractor, load_pipeline, process, process_many
from civicextract.pipeline import Pipeline
from civicextract.records import Meta, Metric, Money, Official, Program
from tests.test_batch_helpers import dev_articles, html_page

# ---------------------------------------------------------------- records


def _reference(cls: type) -> type:
    """The same fields as a plain frozen dataclass (its own ``__init__``)."""
    specs = [
        (f.name, f.type, dataclasses.field(default=f.default))
        if f.default is not dataclasses.MISSING
        else (f.name, f.type)
        for f in dataclasses.fields(cls)
    ]
    return dataclasses.make_dataclass("Ref" + cls.__name__, specs, frozen=True, slots=True)


_value = st.one_of(st.none(), st.text(max_size=5), st.integers(), st.tuples(st.integers(), st.integers()))


@pytest.mark.parametrize("cls", [Money, Metric, Program, Official, Meta])
@given(data=st.data())
def test_fast_init_builds_what_the_dataclass_init_built(cls, data):
    ref = _reference(cls)
    fs = dataclasses.fields(cls)
    required = [f for f in fs if f.default is dataclasses.MISSING]
    given_optional = [f for f in fs if f.default is not dataclasses.MISSING and data.draw(st.booleans())]
    args = [data.draw(_value) for _ in required]
    kwargs = {f.name: data.draw(_value) for f in given_optional}
    got, want = cls(*args, **kwargs), ref(*args, **kwargs)
    assert [getattr(got, f.name) for f in fs] == [getattr(want, f.name) for f in fs]
    with pytest.raises(dataclasses.FrozenInstanceError):
        got.__setattr__(fs[0].name, 1)
    assert got == cls(*args, **kwargs) and hash(got) == hash(cls(*args, **kwargs))


def test_fast_init_refuses_what_the_dataclass_init_refused():
    with pytest.raises(TypeError):
        Money("2400万元", Decimal("24000000"), "CNY", 0)  # (end missing)
    with pytest.raises(TypeError):
        Money("2400万元", Decimal("24000000"), "CNY", 0, 6, colour="red")
    m = Money(text="2400万元", amount=Decimal("24000000"), currency="CNY", start=0, end=6)
    assert (m.amount_max, m.qualifier, m.purpose) == (None, "exact", None)
    assert dataclasses.replace(m, start=1).start == 1


# ---------------------------------------------------------------- widths


def _widths_before(text: str) -> str:
    """normalize_widths as it was: every ASCII mark through the pattern and its callback (then the
    stages added since, which read the marks' result: ASCII full stops, full-width thousands)."""
    from civicextract.normalize import widths

    out = widths._ASCII_PUNCT.sub(widths._full, widths._WIDE.sub(widths._narrow, text))
    out = widths._full_stops(out) if "." in out else out
    return widths._WIDE_THOUSANDS.sub(widths._thousands, out) if "，" in out else out


_width_pieces = st.sampled_from(
    list("(),:;?!/.aZ09") + ["（", "）", "，", "０", "１", "「", "」", "中", "文", " ", "\u3000", "x"]
)


@given(st.lists(_width_pieces, max_size=14).map("".join))
def test_widths_brackets_replaced_as_the_pattern_did(text):
    from civicextract.normalize.widths import normalize_widths

    assert normalize_widths(text) == _widths_before(text)


def test_widths_on_real_sentences():
    from civicextract.normalize.widths import normalize_widths

    for text in [a["text"] for a in dev_articles(40)] + [
        "截至10:25,共有18,000人(约占3.5%)参加;是否?好!",
        "见(www.gov.cn/a,b)",
    ]:
        assert normalize_widths(text) == _widths_before(text)
    assert normalize_widths("共18,000人(约3.5%),见a:b") == "共18,000人（约3.5%），见a:b"


# ---------------------------------------------------------------- batch: one item alone vs together

ARTS = dev_articles(6)


def _line(n: int, obj: object) -> RawItem:
    payload = (json.dumps(obj, ensure_ascii=False) + "\n").encode()
    return RawItem(Provenance("x.jsonl", line=n), JSON_LINE, payload, default_id=f"x.jsonl:{n}")


def _items() -> list[RawItem]:
    page = html_page(ARTS[4]["text"]).encode()
    return [
        _line(1, ARTS[0]),
        _line(2, {"id": "nt"}),  # no text
        RawItem(Provenance("p.html"), HTML, page, default_id="p.html"),
        _line(4, {"id": 7, "text": ARTS[1]["text"]}),
        RawItem(Provenance("bad.jsonl", line=5), JSON_LINE, b"{not json\n", default_id="bad.jsonl:5"),
        _line(6, {"id": ["x"], "text": "y"}),  # a list as id
        RawItem(Provenance("e.html"), HTML, b"<html><body></body></html>", default_id="e.html"),
        _line(8, ARTS[2]),
        RawItem(Provenance("t.txt"), TEXT, ARTS[3]["text"].encode(), default_id="t.txt"),
        _line(10, {"id": "big", "text": "投资50万元" * 4000}),  # over MAX_BYTES
        _line(11, ARTS[5]),
    ]


MAX_BYTES = 20_000  # (the other articles are shorter: these dev articles are 1-6 KB)


@pytest.fixture(scope="module")
def pipeline():
    return load_pipeline(("money", "officials"))


@pytest.mark.parametrize("timeout", [None, 30.0])
def test_process_many_gives_each_item_what_process_gives_it(pipeline, timeout):
    items = _items()
    alone = [process(it, pipeline, timeout=timeout, max_bytes=MAX_BYTES) for it in items]
    together = process_many(items, pipeline, timeout=timeout, max_bytes=MAX_BYTES)
    assert together == alone
    kinds = [("line" if line else error["stage"] + ":" + error["error_type"]) for line, error in together]
    assert kinds == [
        "line", "parse:NoText", "line", "line", "parse:NotJSON", "parse:BadId",
        "html:NoMainText", "line", "line", "read:TooLarge", "line",
    ]  # fmt: skip


class FailingPipeline(Pipeline):
    """The library's pipeline (batchable: it overrides no method) with extractors that fail on marked
    articles: ``BOOM`` raises, ``SLEEP`` sleeps (a time limit ends it), ``CRASH`` ends the process."""

    def __init__(self, kinds=("money",), **kw):
        super().__init__(kinds, **kw)

        def marked(extract):
            def run(doc):
                if "BOOM" in doc.text:
                    raise RuntimeError("exploded on purpose")
                if "SLEEP" in doc.text:
                    # 30 s of slow Python work, not one blocking call: the kernel may hand SIGALRM to
                    # another thread of the test process, and the main thread's handler then runs only
                    # at its next bytecode (a single sleep(30) ran to its end once in CI)
                    for _ in range(3000):
                        time.sleep(0.01)
                if "CRASH" in doc.text:
                    os._exit(3)
                return extract(doc)

            return run

        self._extractors = {k: marked(v) for k, v in self._extractors.items()}


def _batch(marker: str, n: int = 8, at: int = 3) -> list[RawItem]:
    return [_line(i, {"id": f"a{i}", "text": (marker if i == at else "") + "财政投入50万元"}) for i in range(n)]


def test_a_batch_with_one_failing_article_accounts_for_every_article():
    p = FailingPipeline()
    assert batch_extractor(p) is not None  # (the batched path is the one under test)
    items = _batch("BOOM")
    got = process_many(items, p)
    assert len(got) == len(items)
    assert [line is not None for line, _ in got] == [i != 3 for i in range(8)]
    row = got[3][1]
    assert (row["stage"], row["error_type"], row["article_id"]) == ("extract", "RuntimeError", "a3")
    assert row["message"] == "x.jsonl:3: article 'a3': RuntimeError: exploded on purpose"
    assert [json.loads(line)["money"][0]["amount"] for line, _ in got if line] == [500000] * 7
    assert got == [process(it, p) for it in items]


def test_a_batch_article_over_its_time_limit_fails_alone():
    items = _batch("SLEEP")
    started = time.monotonic()
    got = process_many(items, FailingPipeline(), timeout=0.5)
    assert time.monotonic() - started < 10
    assert [line is not None for line, _ in got] == [i != 3 for i in range(8)]
    row = got[3][1]
    assert (row["stage"], row["error_type"]) == ("extract", "Timeout")
    assert row["message"] == "x.jsonl:3: article 'a3': extraction took longer than 0.5 s"


def test_extract_batch_limits_are_per_entry():
    p = FailingPipeline()
    batch = [[1, "a", "财政投入50万元", None], [2, "b", "SLEEP财政投入50万元", None], [3, "c", "投资8万元", None]]
    p._extract_batch(batch, [5.0, 0.3, 5.0])
    assert [type(e[3]).__name__ for e in batch] == ["Article", "ExtractionTimeout", "Article"]
    assert str(batch[1][3]).endswith("extraction took longer than 0.3 s")
    with pytest.raises(ValueError):
        p._extract_batch([[1, "a", "x", None]], [0])


def test_a_pipeline_that_extracts_its_own_way_is_not_batched():
    from tests.test_batch_helpers import StuckPipeline

    assert batch_extractor(StuckPipeline(kinds=("money",))) is None
    assert batch_extractor(Pipeline(kinds=("money",), timeout=5)) is None
    assert batch_extractor(object()) is None


def test_a_worker_dying_inside_a_batched_message_blames_only_its_article():
    # The worker extracts each message's 8 tasks together; the 12th article ends
    # the process.  Its message's articles go again one by one: the 12th is the
    # only error row, every other article is written.
    from civicextract.batch.pool import WorkerPool

    pool = WorkerPool(
        1, ("money",), factory="tests.test_perf_round5:FailingPipeline", timeout=30, max_bytes=1 << 20,
        prefetch=16, batch=8,
    )  # fmt: skip
    items = _batch("CRASH", n=24, at=11)
    try:
        got: dict[int, tuple] = {}
        for n, it in enumerate(items):
            while not pool.has_room():
                for seq, line, error in pool.results(0.05):
                    got[seq] = (line, error)
            pool.submit(n, it)
        deadline = time.monotonic() + 60
        while len(got) < len(items) and time.monotonic() < deadline:
            for seq, line, error in pool.results(0.05):
                got[seq] = (line, error)
    finally:
        pool.close()
    assert sorted(got) == list(range(24))
    assert got[11][0] is None and got[11][1]["error_type"] == "WorkerDied"
    assert all(got[n][1] is None and f'"a{n}"'.encode() in got[n][0] for n in range(24) if n != 11)
