"""parse_number against a peer's suite: Microsoft Recognizers-Text's Chinese specs.

One test per result of ``tests/data/recognizers/{Number,Percent,NumberRange,Currency}Model.json``
(MIT, see the README there), each with the peer's expected value; how our
``ParsedNumber`` is compared with it, and which cases are read otherwise on
purpose and why, is in ``tests/recognizers.py``.  Excluded cases are strict
xfails: one that starts to pass must leave the list.
"""

from __future__ import annotations

import pytest

from .recognizers import MODELS, cases, check, check_currency, currency_cases, currency_excluded, excluded


def _params():
    for model in MODELS:
        for case_id, text, want in cases(model):
            reason = excluded(model, text)
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            yield pytest.param(model, text, want, id=case_id, marks=marks)


@pytest.mark.parametrize(("model", "text", "want"), list(_params()))
def test_recognizers_spec(model, text, want):
    assert check(model, text, want), f"{model}: parse_number({text!r}) should read {want}"


def test_number_model_covers_the_failing_classes():
    # the classes of issue 12, with the peer's values, read by name
    expected = {
        "负三十二": "-32", "10万万": "1000000000", "四万万": "400000000", "五兆六十二亿四万五千二": "5006200045200",
        "一打": "12", "五十打": "600", "一百零几万": "1000000", "一千分之一": "0.001",
        "百分之五十五点五七九": "0.55579", "40k": "40000", "2e5": "200000", "半百": "50",
    }
    for text, want in expected.items():
        assert check("Number", text, want), text


def _currency_params():
    for case_id, text, surface, iso, value in currency_cases():
        reason = currency_excluded(surface)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        yield pytest.param(text, surface, iso, value, id=case_id, marks=marks)


@pytest.mark.parametrize(("text", "surface", "iso", "value"), list(_currency_params()))
def test_recognizers_currency_spec(text, surface, iso, value):
    assert check_currency(text, iso, value), f"{surface!r} in {text!r} should be {value} {iso}"
