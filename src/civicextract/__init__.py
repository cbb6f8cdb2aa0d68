"""civicextract: structured, checkable records from Chinese government news.

>>> import civicextract
>>> art = civicextract.extract("投资2400万元进行城中村、棚户区改造", id="x")
>>> art.money[0].amount
Decimal('24000000')

The cleaning chain is ``civicextract.document.normalize`` (or
``Pipeline.document``): ``civicextract.normalize`` is the subpackage of
normalisers, so the function is not exported under that name.

Heavy modules (jieba, OpenCC, the extractors) load on first use, so
``import civicextract`` stays light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_LAZY = {
    "extract": "civicextract.pipeline",
    "Pipeline": "civicextract.pipeline",
    "Document": "civicextract.document",
    "parse_number": "civicextract.numbers",
    "Article": "civicextract.records",
    "Meta": "civicextract.records",
    "Money": "civicextract.records",
    "Metric": "civicextract.records",
    "Program": "civicextract.records",
    "Official": "civicextract.records",
    "ItemError": "civicextract.records",
    "InputError": "civicextract.errors",
    "ArgumentError": "civicextract.errors",
    "CivicExtractError": "civicextract.errors",
    "read_results": "civicextract.results",
    "schema": "civicextract._schema",
}

__all__ = [
    "Article",
    "ArgumentError",
    "CivicExtractError",
    "Document",
    "InputError",
    "ItemError",
    "Meta",
    "Metric",
    "Money",
    "Official",
    "Pipeline",
    "Program",
    "__version__",
    "extract",
    "parse_number",
    "read_results",
    "schema",
]

if TYPE_CHECKING:
    from ._schema import schema
    from .document import Document
    from .errors import ArgumentError, CivicExtractError, InputError
    from .numbers import parse_number
    from .pipeline import Pipeline, extract
    from .records import Article, ItemError, Meta, Metric, Money, Official, Program
    from .results import read_results


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'civicextract' has no attribute {name!r}")
