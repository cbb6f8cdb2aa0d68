"""Microsoft Recognizers-Text Chinese specs as cases for ``parse_number``.

Shared by ``tests/test_recognizers.py`` (one test per result) and
``benchmarks/recognizers.py`` (accuracies).  ``CurrencyModel`` is run through
the money extractor instead (see ``check_currency``).  Each spec result gives the
surface ``Text`` and the expected ``Resolution.value``; ``parse_number`` is
called on the surface alone (finding it in ``Input`` is the extractors' job).

How a ``ParsedNumber`` is compared with the peer's value:

* **Number**: the quantity it stands for, so ``百分之五十五点五七九`` (our
  value 55.579 with ``percent``, as the gold writes percentages) equals the
  peer's 0.55579, and ``一千分之一`` (1 ``per_mille``) equals 0.001.  Values the
  peer prints from a double (15 significant digits: ``350.333333333333``) are
  compared to 13 significant digits.
* **Percent**: the quantity times 100, for a parse that is a percentage or a
  fraction (``万分之三`` -> 0.03).  ``个百分点`` is a unit: the extractors read
  it after the number, so the number before it is parsed.
* **NumberRange**: ``(a,)`` is ``over`` a, ``[a,)`` ``at_least`` a, ``(,b)``
  ``under`` b, ``(,b]`` ``at_most`` b, ``[a,a]`` exact a, and a two-sided
  interval a range a..b (open or closed ends are not recorded by the spec's
  qualifiers, so they are not compared).
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

from civicextract.numbers import ParsedNumber, parse_number

DATA = Path(__file__).resolve().parent / "data" / "recognizers"
MODELS = ("Number", "Percent", "NumberRange")

# Cases deliberately read otherwise, with the reason.  They are listed so the
# suite says where the news reading and the peer's differ; the accuracies in
# benchmarks/recognizers.py count them as misses all the same.
EXCLUDED: dict[str, dict[str, str]] = {
    "Number": {},
    "Percent": {
        # chat shorthand inside a written-out percentage: k is read only on a
        # whole ASCII number (40k, 12k个百分点), not after 百分之
        "百分之15k": "k after 百分之",
        "百分之3.2k": "k after 百分之",
        "百分之52.5k": "k after 百分之",
    },
    "NumberRange": {
        "1000以上,1500以下": "two clauses, each its own number",
        "5k-20k": "k is read only on a whole ASCII number (40k), not inside a range",
        "20万次以上": "a unit inside (次): the extractors read units, parse_number the number",
        "过20": "过 is over only before 百/千/万/亿 (过亿); before digits it is a verb",
        "超过1/2": "slash fractions are read only alone (3/5), never after a qualifier word",
    },
}
# Comparisons written as sentences (大于二十的同时小于等于三十五, 比三十大,
# 位于20和30之间) are not how news writes a figure, and parse_number reads one
# numeric expression: these range cases are out of its scope.
_COMPARISON_WORDS = re.compile(r"大于|小于|等于|[<>≥≤=]|之间|[与和].*间|或者|比|之下|低$|最少|并且|的同时|有|是|为|了")


# CurrencyModel runs through the money extractor (the whole input), which reads
# money as the spec for this project says; where that differs from the peer:
CURRENCY_EXCLUDED = {
    "人民币": "a currency word without an amount is no money record (the spec: amounts)",
    "美元": "a currency word without an amount is no money record (the spec: amounts)",
    "$20": "a bare $ is the local dollar: USD in mainland text (the peer leaves it unresolved)",
    "20个比特币": "not a currency with an ISO code",
    "10日元5日本銭": "sen, a subunit out of use since 1953",
    "两美元又三美分": "cents after 又: chat style, not news",
    "三块": "块 alone is a measure word (三块地); 块钱 or a jiao digit (两块五) makes it money",
    "202107211321363588510367美元": "read exactly (the peer rounds to a double)",
}


def currency_cases() -> list[tuple[str, str, str, str | None, str | None]]:
    """(case id, input, surface text, ISO code, value) for every CurrencyModel result."""
    specs = json.loads((DATA / "CurrencyModel.json").read_text(encoding="utf-8"))
    out = []
    for i, spec in enumerate(specs):
        for j, res in enumerate(spec["Results"]):
            r = res["Resolution"]
            out.append((f"Currency-{i}-{j}", spec["Input"], res["Text"], r.get("isoCurrency"), r.get("value")))
    return out


def currency_excluded(text: str) -> str | None:
    return CURRENCY_EXCLUDED.get(re.sub(r"\s+", "", text))


def check_currency(text: str, iso: str | None, value: str | None) -> bool:
    """Does the money extractor find an amount of ``value`` in ``iso`` in the input ``text``?"""
    from civicextract.document import normalize
    from civicextract.extractors.money import extract

    if value in (None, ""):
        return False
    return any(m.currency == iso and m.amount == Decimal(value) for m in extract(normalize(text)))


def cases(model: str) -> list[tuple[str, str, str]]:
    """(case id, surface text, expected value) for every result of a spec."""
    specs = json.loads((DATA / f"{model}Model.json").read_text(encoding="utf-8"))
    out = []
    for i, spec in enumerate(specs):
        for j, res in enumerate(spec["Results"]):
            out.append((f"{model}-{i}-{j}", res["Text"], res["Resolution"]["value"]))
    return out


def excluded(model: str, text: str) -> str | None:
    """Why a case is read otherwise on purpose, or None."""
    reason = EXCLUDED[model].get(re.sub(r"\s+", "", text))
    if reason is None and model == "NumberRange" and _COMPARISON_WORDS.search(text):
        reason = "a comparison written as a sentence, not a numeric expression"
    return reason


def quantity(p: ParsedNumber) -> Decimal:
    return p.value / (1000 if p.per_mille else 100 if p.percent else 1)


def close(got: Decimal, want: Decimal) -> bool:
    if got == want:
        return True
    # the peer prints doubles to 15 significant digits
    return len(want.as_tuple().digits) >= 14 and abs(got - want) <= abs(want) * Decimal("1e-13")


def _percent_surface(text: str) -> str:
    return re.sub(r"[个個]?百分[点點]$", "", re.sub(r"\s+", "", text))


def _bound(s: str) -> Decimal | None:
    return Decimal(s) if s else None


def check(model: str, text: str, want: str) -> bool:
    """Does parse_number read ``text`` as the peer's ``want``?"""
    if model == "Number":
        p = parse_number(text)
        return p is not None and close(quantity(p), Decimal(want))
    if model == "Percent":
        p = parse_number(_percent_surface(text))
        if p is None or not (p.percent or "分之" in text or _percent_surface(text) != re.sub(r"\s+", "", text)):
            return False
        return close(quantity(p) * 100 if (p.percent or "分之" in text) else p.value, Decimal(want.rstrip("%")))
    p = parse_number(text)
    if p is None:
        return False
    lo_open, lo, hi, hi_open = want[0] == "(", *want[1:-1].split(","), want[-1] == ")"
    lo, hi = _bound(lo), _bound(hi)
    if lo is not None and hi is not None:
        if lo == hi:
            return p.value == lo and p.value_max is None and p.qualifier == "exact"
        return p.value == lo and p.value_max == hi and p.qualifier == "range"
    if hi is None:
        return p.value == lo and p.value_max is None and p.qualifier == ("over" if lo_open else "at_least")
    return p.value == hi and p.value_max is None and p.qualifier == ("under" if hi_open else "at_most")
