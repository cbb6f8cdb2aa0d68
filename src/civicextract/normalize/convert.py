"""Traditional -> Simplified with OpenCC, keeping offsets.

The script is detected per document: it is Traditional when converting
changes at least 1% of its Han characters (a Simplified article quoting a
Traditional name stays Simplified).  OpenCC's ``t2s`` keeps a character for a
character almost always; where a phrase rule changes the length, that line is
converted character by character instead, so the map stays exact.

``t2s`` cannot tell the particle 着 from the 著 of 著名: mainland text
converted to Traditional writes both as 著.  ``models/t2s_fixes.tsv`` holds
the phrases that take 着.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..offsets import OffsetMap
from ..resources import alternation, data_lines

_HAN = re.compile(r"[\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def _fixes() -> tuple[re.Pattern[str], dict[str, str]]:
    table: dict[str, str] = {}
    for line in data_lines("t2s_fixes.tsv"):
        src, dst = line.split("\t")
        if len(src) != len(dst):
            raise ValueError(f"t2s_fixes.tsv: {src!r} -> {dst!r} changes the length")
        table[src] = dst
    pattern = re.compile(alternation(table))
    return pattern, table


@lru_cache(maxsize=4096)
def convert_char(char: str) -> str:
    """One character through ``t2s`` on its own (the character itself if that changes the length)."""
    out = _converter().convert(char)
    return out if len(out) == 1 else char


def to_simplified(text: str) -> tuple[str, OffsetMap, str]:
    """Return the Simplified text, its map, and the detected script."""
    conv = _converter().convert(text)
    if conv == text:
        return text, OffsetMap.identity(len(text)), "simplified"
    if len(conv) != len(text):
        conv = "\n".join(_line(line) for line in text.split("\n"))
    changed = _count_changed(text, conv)
    # Counting Han characters costs a pass over the text: only when it can matter.
    if changed < 2 or (changed * 100 < len(text) and changed < len(_HAN.findall(text)) // 100):
        return text, OffsetMap.identity(len(text)), "simplified"
    if "著" in conv:
        pattern, table = _fixes()
        conv = pattern.sub(lambda m: table[m.group()], conv)
    return conv, OffsetMap.identity(len(text)), "traditional"


def _count_changed(a: str, b: str) -> int:
    """``sum(map(str.__ne__, a, b))`` for strings of one length, 6x faster.

    A Simplified article often has a few characters OpenCC changes, and a
    Python-level comparison of every character cost as much as the
    conversion.  XOR-ing the two texts as UTF-32 integers leaves a nonzero
    32-bit word per changed character; OR-folding each word into its lowest
    bit and counting the lowest bits counts those words, all in C.
    """
    x = int.from_bytes(a.encode("utf-32-le", "surrogatepass"), "little")
    x ^= int.from_bytes(b.encode("utf-32-le", "surrogatepass"), "little")
    for shift in (16, 8, 4, 2, 1):
        x |= x >> shift
    return (x & int.from_bytes(b"\x01\0\0\0" * len(a), "little")).bit_count()


def _line(line: str) -> str:
    out = _converter().convert(line)
    if len(out) == len(line):
        return out
    conv = _converter().convert
    return "".join(c if len(c := conv(ch)) == 1 else ch for ch in line)
