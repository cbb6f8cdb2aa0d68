"""``Article.from_dict`` reverses ``to_dict``; ``Pipeline.extract_many``'s ``on_error`` modes."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from civicextract import ArgumentError, InputError
from civicextract.pipeline import Pipeline
from civicextract.records import Article, ItemError, Metric, Money

from .test_batch_helpers import dev_articles

ARTS = dev_articles()


@pytest.fixture(scope="module")
def extracted():
    p = Pipeline()
    return [p.extract(a["text"], id=a["id"]) for a in ARTS]


def test_from_dict_reverses_to_dict_on_every_dev_article(extracted):
    assert len(extracted) == len(ARTS) > 50
    for art in extracted:
        assert Article.from_dict(art.to_dict()) == art, art.id
        # and through JSON text, as articles.jsonl stores it
        assert Article.from_dict(json.loads(json.dumps(art.to_dict(), ensure_ascii=False))) == art, art.id


def test_the_round_trip_keeps_the_decimal_digits_not_the_float(extracted):
    money = Money("36744.28万元", Decimal("367442800"), "CNY", 0, 10)
    metric = Metric("55.579%", Decimal("55.579"), "%", 11, 18, value_max=Decimal("60.1"), qualifier="range")
    art = Article("x", money=(money,), metrics=(metric,))
    back = Article.from_dict(json.loads(json.dumps(art.to_dict())))
    assert back == art
    assert str(back.metrics[0].value) == "55.579" and str(back.metrics[0].value_max) == "60.1"
    assert isinstance(back.money[0].amount, Decimal) and back.money[0].start == 0
    # every record kind of the corpus is exercised
    kinds = {k for a in extracted for k in ("money", "metrics", "programs", "officials") if getattr(a, k)}
    assert kinds == {"money", "metrics", "programs", "officials"}


def test_tuples_come_back_as_tuples(extracted):
    art = next(a for a in extracted if a.officials and a.programs)
    back = Article.from_dict(json.loads(json.dumps(art.to_dict(), ensure_ascii=False)))
    assert isinstance(back.officials[0].mentions, tuple) and isinstance(back.officials[0].mentions[0], tuple)
    assert isinstance(back.programs[0].aliases, tuple) and isinstance(back.meta.reporters, tuple)
    hash(back.officials[0])  # still hashable: frozen records of tuples


@pytest.mark.parametrize(
    "data, message",
    [
        ({"id": "a1", "money": [{"text": "50万元", "currency": "CNY", "start": 0, "end": 4}]},
         "article 'a1': a record has no 'amount' field"),
        ({"id": "a1", "money": [{"text": "50万元", "amount": [5], "currency": "CNY", "start": 0, "end": 4}]},
         "article 'a1': not a record as to_dict() writes it (amount must be a number, not list)"),
        ({"id": "a1", "schema_version": 2}, "article 'a1': schema_version 2 is newer than this civicextract's 1"),
        ([1, 2], "expected a dict as Article.to_dict() gives, not list"),
    ],
)  # fmt: skip
def test_from_dict_refuses_what_to_dict_never_wrote(data, message):
    with pytest.raises(InputError) as exc:
        Article.from_dict(data)
    assert str(exc.value) == message


def test_from_dict_ignores_the_batch_run_s_extra_keys():
    line = {"id": "a1", "schema_version": 1, "meta": {}, "provenance": {"input": "x.jsonl"}, "text": "..."}
    assert Article.from_dict(line) == Article("a1")


# --- extract_many ---------------------------------------------------------------

TEXT = "市财政投入50万元用于道路改造。"
ITEMS = [TEXT, {"id": "b"}, 42, {"id": 7, "text": TEXT}, {"id": "e", "text": ["not", "text"]}]


def test_raise_is_the_default_and_stops_at_the_bad_item():
    got = Pipeline(kinds=("money",)).extract_many(iter(ITEMS))
    assert next(got).money[0].text == "50万元"
    with pytest.raises(InputError) as exc:
        next(got)
    assert str(exc.value) == "line 2, article 'b': no 'text' field"


def test_skip_leaves_bad_items_out_and_goes_on():
    got = list(Pipeline(kinds=("money",)).extract_many(ITEMS, on_error="skip"))
    assert [a.id for a in got] == [None, "7"]
    assert all(isinstance(a, Article) for a in got)


def test_record_yields_one_entry_per_item():
    got = list(Pipeline(kinds=("money",)).extract_many(ITEMS, on_error="record"))
    assert [type(g).__name__ for g in got] == ["Article", "ItemError", "ItemError", "Article", "ItemError"]
    assert got[1] == ItemError(2, "b", "InputError", "line 2, article 'b': no 'text' field")
    assert got[2] == ItemError(3, None, "InputError", "line 3: expected a string or a mapping with 'text', not int")
    assert got[4] == ItemError(5, "e", "InputError", "article 'e': text must be a string, not list")
    assert got[4].to_dict() == {"position": 5, "id": "e", "error_type": "InputError",
                                "message": "article 'e': text must be a string, not list"}  # fmt: skip


class _Fails(Pipeline):
    def extract(self, text, *, id=None):
        if "BOOM" in text:
            raise RuntimeError("extractor bug")
        return super().extract(text, id=id)


@pytest.mark.parametrize("mode, expected", [("skip", ["a", "c"]), ("record", ["a", "RuntimeError", "c"])])
def test_an_extraction_error_does_not_end_the_generator(mode, expected):
    items = [{"id": "a", "text": TEXT}, {"id": "b", "text": "BOOM"}, {"id": "c", "text": TEXT}]
    got = list(_Fails(kinds=("money",)).extract_many(items, on_error=mode))
    assert [g.id if isinstance(g, Article) else g.error_type for g in got] == expected
    if mode == "record":
        assert got[1] == ItemError(2, "b", "RuntimeError", "extractor bug")


def test_an_extraction_error_is_raised_as_is_by_default():
    with pytest.raises(RuntimeError, match="extractor bug"):
        list(_Fails(kinds=("money",)).extract_many([{"id": "b", "text": "BOOM"}]))


def test_a_wrong_on_error_is_an_argument_error_at_the_call():
    with pytest.raises(ArgumentError) as exc:
        Pipeline(kinds=("money",)).extract_many([TEXT], on_error="ignore")
    assert str(exc.value) == "on_error='ignore': expected 'raise', 'skip' or 'record'"
