"""A title given beside the text (a page's <title>, a feed's title field) is meta.title's fallback (issue 11)."""

from __future__ import annotations

import pytest

import civicextract
from civicextract.pipeline import Pipeline

BODY = "12月3日，铁西区召开老旧小区改造推进会。今年全区投入资金2.3亿元，完成改造小区45个，惠及居民1.2万户。"
HEADED = "原标题：铁西区2.3亿元改造45个老旧小区\n" + BODY


def test_the_title_fills_meta_title_without_its_site_name_in_simplified():
    article = civicextract.extract(BODY, title="鐵西區推進老舊小區改造_鐵西新聞網")
    assert article.meta.title == "铁西区推进老旧小区改造"
    assert civicextract.extract(BODY).meta.title is None  # the text alone has no headline
    assert article.money == civicextract.extract(BODY).money  # nothing else changes


def test_the_text_s_own_headline_wins():
    assert civicextract.extract(HEADED, title="铁西区推进老旧小区改造 - 铁西新闻").meta.title == "铁西区2.3亿元改造45个老旧小区"


@pytest.mark.parametrize("title", [None, "", "   "])
def test_no_title_or_an_empty_one_leaves_it_empty(title):
    assert civicextract.extract(BODY, title=title).meta.title is None


def test_extract_many_reads_a_mapping_s_title_in_batches_and_one_by_one():
    items = [{"id": "a", "text": BODY, "title": "铁西区推进老旧小区改造|铁西新闻网"}, BODY, {"id": "c", "text": HEADED}]
    want = ["铁西区推进老旧小区改造", None, "铁西区2.3亿元改造45个老旧小区"]
    assert [a.meta.title for a in Pipeline().extract_many(items)] == want

    class OwnExtract(Pipeline):  # a subclass's extract() takes no title: extract_many goes one by one
        def extract(self, text, *, id=None):
            return super().extract(text, id=id)

    assert [a.meta.title for a in OwnExtract().extract_many(items)] == want


def test_a_timeout_pipeline_applies_the_title_too():
    assert Pipeline(timeout=30).extract(BODY, title="铁西区推进老旧小区改造_铁西新闻网").meta.title == "铁西区推进老旧小区改造"
