"""Remove pinyin notes such as ``區(qū)`` or ``区(qu1)`` — only real readings.

Some sites annotate characters with their reading in parentheses.  A
parenthesis is removed only when its content is a reading of the character
just before it according to pypinyin's dictionary, so ``(川)字第115号``,
``(WTO)`` and ``小(1)型`` stay.  A note with a tone (a mark or a number) must
carry one of the character's tones; a toneless note is compared without tones.

Only pypinyin's single-character table is loaded, on the first candidate
note: the phrase table that ``import pypinyin`` also loads is never needed
for one character.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from ..offsets import Edit, OffsetMap, rewrite

# The bracket comes first so the engine can skip to brackets; the Han
# character before it is checked by a look-behind from there.
_NOTE = re.compile(
    r"[(（](?<=[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff][(（])"
    r"([a-zA-Zàáǎèéěìíǐòóǒùúǔǜǘǚǖüāēīōūńňǹḿ]{1,7}[1-5]?)[)）]"
)
# Combining tone marks after NFD, and the tone number each stands for.
_TONE_MARKS = {"\u0304": "1", "\u0301": "2", "\u030c": "3", "\u0300": "4"}


class Reading(NamedTuple):
    """One reading of a character in the three spellings a note may use."""

    marked: str  # qū
    numbered: str  # qu1 (a neutral tone has no number, or 5)
    plain: str  # qu


def _spellings(reading: str) -> Reading:
    s = unicodedata.normalize("NFD", reading.lower())
    tone = next((_TONE_MARKS[c] for c in s if c in _TONE_MARKS), "")
    base = "".join(c for c in s if not unicodedata.combining(c) or c == "\u0308")
    base = unicodedata.normalize("NFC", base).replace("ü", "v")
    return Reading(unicodedata.normalize("NFC", reading.lower()), base + tone, base)


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    """pypinyin's ``code point -> "qū,ōu,…"`` table, read without importing pypinyin.

    ``import pypinyin`` (even of ``pypinyin.pinyin_dict``) runs the package's
    ``__init__``, which loads the phrase table too: 0.5 s, of which this
    table is a fifth.  The table is read from the package's data file when it
    is there, through the module otherwise.
    """
    import json

    text = _table_text()
    if text is not None:
        _table_text.cache_clear()  # (the parsed table answers from now on)
        return {int(k): v for k, v in json.loads(text).items()}
    from pypinyin.pinyin_dict import pinyin_dict

    return dict(pinyin_dict)


@lru_cache(maxsize=1)
def _table_text() -> str | None:
    """pypinyin's data file as text (None when the package has no such file)."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("pypinyin")
    if spec and spec.submodule_search_locations:
        path = Path(next(iter(spec.submodule_search_locations))) / "pinyin_dict.json"
        if path.exists():
            return path.read_text(encoding="utf-8")
    return None


# Characters looked up in the data file's text before the whole table is parsed:
# parsing it takes 35-50 ms, a look-up 0.3 ms, and an article has a few notes
# (the time to the first record is what this saves).
_LOOKUPS_BEFORE_PARSE = 64
_lookups = 0


def _reading_text(char: str) -> str | None:
    """``_table().get(ord(char))``: read from the file's text while few
    characters were asked for (its lines are ``"19968": "yī,yí,yì",``), from the
    parsed table after, or where the text is not written that way."""
    global _lookups
    if _table.cache_info().currsize == 0 and _lookups < _LOOKUPS_BEFORE_PARSE:
        text = _table_text()
        if text is not None:
            _lookups += 1
            key = f'\n"{ord(char)}": "'
            i = text.find(key)
            if i >= 0:
                i += len(key)
                j = text.find('"', i)
                value = text[i:j]
                if j > i and "\\" not in value and "\n" not in value:
                    return value
    return _table().get(ord(char))


@lru_cache(maxsize=8192)
def _readings(char: str) -> tuple[Reading, ...]:
    found = _reading_text(char)
    return tuple(_spellings(r) for r in found.split(",")) if found else ()


def _matches(readings: tuple[Reading, ...], note: str) -> bool:
    n = unicodedata.normalize("NFC", note.lower())
    if n[-1].isdigit():
        number = n[-1]
        plain = _spellings(n[:-1]).plain
        return any(
            r.plain == plain and (r.numbered[-1:] == number or (number == "5" and r.numbered == r.plain))
            for r in readings
        )
    spelled = _spellings(n)
    if spelled.numbered != spelled.plain:  # it has a tone mark
        return any(r.marked == spelled.marked for r in readings)
    return any(r.plain == spelled.plain for r in readings)


@lru_cache(maxsize=65536)  # the same few notes recur on every page of a site
def is_reading(char: str, note: str) -> bool:
    """Whether ``note`` is a reading of ``char`` or of its Simplified form.

    Annotated text is usually annotated in Simplified and converted to
    Traditional afterwards, where one Simplified character can become a
    Traditional one with fewer readings: 发(fā) -> 髮(fā), though 髮 alone is fà.
    """
    if _matches(_readings(char), note):
        return True
    simplified = _simplified(char)
    return simplified != char and _matches(_readings(simplified), note)


def _simplified(char: str) -> str:
    from .convert import convert_char

    return convert_char(char)


def remove_pinyin_notes(text: str) -> tuple[str, OffsetMap]:
    if "(" not in text and "（" not in text:
        return text, OffsetMap.identity(len(text))
    edits = [Edit(m.start(), m.end()) for m in _notes(text) if is_reading(text[m.start() - 1], m.group(1))]
    return rewrite(text, edits)


def _notes(text: str) -> Iterator[re.Match[str]]:
    """``_NOTE.finditer(text)``: matched at each bracket, found with str.find
    (the pattern opens with a class of two characters, which the engine tests
    every character against, 10x slower).  A note holds no bracket, so no
    bracket is inside an earlier match."""
    i, j = text.find("("), text.find("（")
    while i >= 0 or j >= 0:
        if j < 0 or 0 <= i < j:
            p, i = i, text.find("(", i + 1)
        else:
            p, j = j, text.find("（", j + 1)
        m = _NOTE.match(text, p)
        if m is not None:
            yield m
