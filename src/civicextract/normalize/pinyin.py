"""Remove pinyin notes such as ``區(qū)`` or ``区(qu1)`` — only real readings.

Some sites annotate characters with their reading in parentheses.  A
parenthesis is removed only when its content is a reading of the character
just before it according to pypinyin's dictionary, so ``(川)字第115号``,
``(WTO)`` and ``小(1)型`` stay.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..offsets import Edit, OffsetMap, rewrite

_NOTE = re.compile(
    r"(?<=[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])"
    r"[(（]([a-zA-Zàáǎèéěìíǐòóǒùúǔǜǘǚǖüāēīōūńňǹḿ]{1,7}[1-5]?)[)）]"
)


def _plain(reading: str) -> str:
    """``chuàng``/``chuang4``/``lü`` -> ``chuang``/``lv`` for tone-free comparison."""
    s = unicodedata.normalize("NFD", reading.lower())
    s = "".join(c for c in s if not unicodedata.combining(c) or c == "\u0308")
    s = s.replace("u\u0308", "v").replace("ü", "v")
    return s.rstrip("12345")


@lru_cache(maxsize=8192)
def _readings(char: str) -> frozenset[str]:
    from pypinyin import Style, pinyin  # heavy dictionary: load on first note only

    out: set[str] = set()
    for style in (Style.TONE, Style.TONE3):
        for r in pinyin(char, style=style, heteronym=True, errors="ignore")[0:1]:
            out.update(x.lower() for x in r)
    out.update(_plain(x) for x in list(out))
    return frozenset(out)


def _matches(readings: frozenset[str], n: str) -> bool:
    if n in readings:
        return True
    # A note with tone marks must match one with tone marks; a toneless one
    # (or a tone number) is compared without tones.
    has_marks = _plain(n) != n.rstrip("12345") or any(c in n for c in "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ")
    return not has_marks and _plain(n) in readings


def is_reading(char: str, note: str) -> bool:
    """Whether ``note`` is a reading of ``char`` or of its Simplified form.

    Annotated text is usually annotated in Simplified and converted to
    Traditional afterwards, where one Simplified character can become a
    Traditional one with fewer readings: 发(fā) -> 髮(fā), though 髮 alone is fà.
    """
    n = note.lower()
    if _matches(_readings(char), n):
        return True
    simplified = _simplified(char)
    return simplified != char and _matches(_readings(simplified), n)


def _simplified(char: str) -> str:
    from .convert import convert_char

    return convert_char(char)


def remove_pinyin_notes(text: str) -> tuple[str, OffsetMap]:
    if "(" not in text and "（" not in text:
        return text, OffsetMap.identity(len(text))
    edits = [Edit(m.start(), m.end()) for m in _NOTE.finditer(text) if is_reading(text[m.start() - 1], m.group(1))]
    return rewrite(text, edits)
