"""The JSON Schema of ``Article.to_dict()``, shipped as ``civicextract/schema.json``.

>>> from civicextract.records import SCHEMA_VERSION
>>> s = schema()
>>> s["properties"]["schema_version"]["const"] == SCHEMA_VERSION
True
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

__all__ = ["schema"]


@lru_cache(maxsize=1)
def _text() -> str:
    return resources.files("civicextract").joinpath("schema.json").read_text(encoding="utf-8")


def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one article record, as a new dict.

    It describes ``Article.to_dict()`` exactly (every key required, no others),
    which is each line of ``civicextract extract`` and, with the optional
    ``provenance`` and ``text``, of ``civicextract run``'s ``articles.jsonl``.
    Validate with any JSON Schema library, e.g.
    ``jsonschema.Draft202012Validator(civicextract.schema()).validate(record)``.
    A new dict on every call, so changing it changes nothing for other callers.
    """
    return json.loads(_text())
