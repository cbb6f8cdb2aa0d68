"""What callers hand in, made safe before anything reads it: ids and lone surrogates.

A JSON line may hold ``"\\ud800"``: valid JSON, but a lone surrogate is not a
character, and UTF-8 (OpenCC, the output files) refuses it.  It becomes
U+FFFD, one code point for one, so every offset into the text stays valid.
"""

from __future__ import annotations

import re

from .errors import InputError

_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """``text`` with each lone surrogate replaced by U+FFFD (same length).

    >>> clean_text("2400万元\\ud800。") == "2400万元\\ufffd。"
    True
    """
    try:
        # UTF-8 refuses exactly the surrogates: encoding is 3x faster than the search
        # (a text without one is the rule; the bytes are dropped at once).
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text


def article_id(value: object) -> str | None:
    """An ``id`` field as read from JSON: a string, or a number written as JSON writes it.

    Anything else (a list, an object, true/false) is refused rather than
    written as a Python repr that no other tool would produce.

    >>> article_id(42), article_id("a1"), article_id(None)
    ('42', 'a1', None)
    >>> article_id([1, 2])
    Traceback (most recent call last):
    ...
    civicextract.errors.InputError: 'id' is a list; expected a string or a number
    """
    if value is None:
        return None
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    kind = {list: "a list", dict: "an object", bool: "true/false"}.get(type(value), type(value).__name__)
    raise InputError(f"'id' is {kind}; expected a string or a number")
