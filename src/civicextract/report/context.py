"""The sentence each of the largest amounts stands in, cut from the original text.

Offsets point into the original input, so the sentence is the original's:
``text[start:end]`` is the amount's surface.  The original is the article's
stored ``text`` (HTML and WARC inputs) or, for JSON Lines and text inputs,
the input file itself when it is still where the run read it (the line the
provenance names; only the few articles asked for are parsed).  An input that
changed since the run is caught by comparing the digits of the slice with
the record's, and then no sentence is shown rather than a wrong one.
"""

from __future__ import annotations

import gzip
import json
import os
import unicodedata
from collections import defaultdict
from dataclasses import dataclass

import regex

_END = "。！？!?；;\n"
_DIGITS = regex.compile(r"\d")
# Inputs with markup keep it in the original: a block tag ends the sentence, other tags are dropped.
_BLOCK_TAG = regex.compile(
    r"<\s*/?\s*(?:p|br|div|li|ul|ol|h[1-6]|tr|td|th|table|section|article)\b[^<>]{0,200}>", regex.I
)
_TAG = regex.compile(r"<[^<>]{0,200}>")
MAX_SIDE = 160  # characters kept on each side of the amount at most


@dataclass(frozen=True)
class Sentence:
    before: str
    surface: str
    after: str


def _open(path: str):
    if path.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8-sig")
    return open(path, encoding="utf-8-sig")


def _from_inputs(wanted: dict[tuple[str, int | None], set[str]]) -> dict[str, str]:
    """``{article_key: text}`` read from the input files; one pass over each file."""
    found: dict[str, str] = {}
    by_file: dict[str, dict[int | None, set[str]]] = defaultdict(dict)
    for (path, line), ids in wanted.items():
        by_file[path][line] = ids
    for path, lines in by_file.items():
        if not os.path.isfile(path):
            continue
        try:
            if path.endswith((".jsonl", ".jsonl.gz")):
                last = max((n for n in lines if n is not None), default=0)
                with _open(path) as fh:
                    for n, raw in enumerate(fh, 1):
                        if n in lines:
                            item = json.loads(raw)
                            text = item.get("text") if isinstance(item, dict) else None
                            if isinstance(text, str):
                                found.update(dict.fromkeys(lines[n], text))
                        if n >= last:
                            break
            elif path.endswith(".txt") and None in lines:
                with _open(path) as fh:
                    found.update(dict.fromkeys(lines[None], fh.read()))
            elif path.endswith(".json") and None in lines:
                with _open(path) as fh:
                    text = json.load(fh).get("text")
                if isinstance(text, str):
                    found.update(dict.fromkeys(lines[None], text))
        except (OSError, ValueError, UnicodeDecodeError, AttributeError):
            continue  # an input that cannot be read any more: no sentences from it
    return found


def _missing(value) -> bool:
    import pandas as pd

    return value is None or bool(pd.isna(value))  # a null integer comes back from DuckDB as NaN


def _digits(text: str) -> list[int]:
    return [unicodedata.digit(c) for c in _DIGITS.findall(text)]


def originals(rows, stored: dict[str, str]) -> dict[str, str]:
    """``{article_key: text}``: the original text of each article in ``rows`` (a frame with article_key,
    input, member, line)."""
    wanted: dict[tuple[str, int | None], set[str]] = defaultdict(set)
    for r in rows.itertuples(index=False):
        if r.article_key in stored or not isinstance(r.input, str) or not _missing(r.member):
            continue
        line = None if _missing(r.line) else int(r.line)
        wanted[(r.input, line)].add(r.article_key)
    return {**_from_inputs(wanted), **stored}


def sentence(original: str | None, start: int, end: int, record_text: str) -> Sentence | None:
    """The sentence around ``original[start:end]``, or None if the original does not hold the record."""
    if original is None or not 0 <= start < end <= len(original):
        return None
    surface = original[start:end]
    if _digits(surface) != _digits(record_text):
        return None  # the input changed since the run
    # only a window on each side is searched: a 10 MB article costs no more than a short one
    left = original[max(0, start - MAX_SIDE) : start]
    right = original[end : end + MAX_SIDE]
    cut = max(left.rfind(c) for c in _END) + 1
    stops = [i for i in (right.find(c) for c in _END) if i != -1]
    stop = min(stops) + 1 if stops else len(right)
    left, right = left[cut:], right[:stop]
    blocks = list(_BLOCK_TAG.finditer(left))
    if blocks:
        left = left[blocks[-1].end() :]
    block = _BLOCK_TAG.search(right)
    if block:
        right = right[: block.start()]
    return Sentence(_TAG.sub("", left).lstrip(), surface, _TAG.sub("", right).rstrip())
