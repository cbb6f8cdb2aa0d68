"""The Spark partition function extracts its articles in batches (``work.process_many``)
and yields, in reading order, exactly the rows that one-by-one ``work.process`` gives.

It runs without Spark: ``_partition`` only needs objects with ``path`` and ``content``.
"""

from __future__ import annotations

import json

import pytest

from civicextract.batch import spark_job
from civicextract.batch.items import RawItem
from civicextract.batch.readers import kind_of, read_blob
from civicextract.batch.work import DEFAULT_FACTORY, process

from .test_batch_helpers import dev_articles, gz, jsonl_bytes

KINDS = ("money", "metrics", "programs", "officials")


class File:
    def __init__(self, path: str, content: bytes):
        self.path, self.content = path, content


def files() -> list[File]:
    arts = dev_articles(11)
    bad = {"id": "no-text"}  # fails before extraction
    return [
        File("file:/in/news.jsonl.gz", gz(jsonl_bytes(arts[:7]) + b"not json\n" + jsonl_bytes([bad]))),
        File("file:/in/logo.png", b"\x89PNG"),
        File("file:/in/more.jsonl", jsonl_bytes(arts[7:])),
        File("file:/in/a.txt", arts[0]["text"].encode()),
    ]


def one_by_one(fs: list[File], roots: list) -> list[tuple]:
    """What the partition gave before batching: each article through work.process alone."""
    pipeline = spark_job._pipeline(KINDS, DEFAULT_FACTORY)
    out = []
    for f in fs:
        key, given, default_id = spark_job._locate(f.path, roots)
        if kind_of(given) is None:
            out.append((key, 0, "skip", None))
            continue
        for n, item in enumerate(read_blob(given, default_id, bytes(f.content), max_bytes=10**7)):
            if isinstance(item, RawItem):
                line, error = process(item, pipeline, timeout=None, max_bytes=10**7)
                out.append(
                    (key, n, "ok", line)
                    if line is not None
                    else (key, n, "error", json.dumps(error, ensure_ascii=False))
                )
            else:
                out.append((key, n, None, None))
    return out


@pytest.mark.parametrize("batch", [1, 3, 16])
def test_partition_in_batches_gives_the_rows_of_one_by_one(monkeypatch, batch):
    roots = [(0, "file:/in", "/in", True)]
    monkeypatch.setattr(spark_job, "_BATCH", batch)
    got = list(spark_job._partition(files(), roots, KINDS, DEFAULT_FACTORY, None, 10**7))
    want = one_by_one(files(), roots)
    assert [row[:2] for row in got] == [row[:2] for row in want]  # every input, in reading order
    for g, w in zip(got, want, strict=True):
        if w[2] is not None:
            assert g == w if w[2] != "skip" else g[2] == "skip"
    statuses = [row[2] for row in got]
    # 11 articles written (the txt repeats one: duplicates are dropped later, not here),
    # the bad JSON line and the record with no text failed, the PNG skipped
    assert (statuses.count("ok"), statuses.count("error"), statuses.count("skip")) == (12, 2, 1)
