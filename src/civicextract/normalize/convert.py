"""Traditional -> Simplified with OpenCC, keeping offsets.

The script is detected per document: it is Traditional when converting
changes at least 1% of its Han characters (a Simplified article quoting a
Traditional name stays Simplified).  OpenCC's ``t2s`` keeps a character for a
character almost always; where a phrase rule changes the length, that line is
converted character by character instead, so the map stays exact.

``t2s`` cannot tell the particle 着 from the 著 of 著名: Traditional text
writes both as 著.  ``models/t2s_zhu.txt`` lists the closed class of words
whose 著 stays (著名, 显著); every other 著 of a Traditional text is the
particle (承载着, 随着).  ``models/t2s_variants.tsv`` holds the Hong Kong and
Taiwan variant characters ``t2s`` keeps (衞生 → 卫生, 栢 → 柏).
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
def _zhu() -> re.Pattern[str]:
    """The listed 著 words or a lone 著, the longest at a position first."""
    words = data_lines("t2s_zhu.txt")
    for w in words:
        if "著" not in w:
            raise ValueError(f"t2s_zhu.txt: {w!r} holds no 著")
    return re.compile(alternation([*words, "著"]))


def _zhe(m: re.Match[str]) -> str:
    return "着" if m.group() == "著" else m.group()


@lru_cache(maxsize=1)
def _variants() -> tuple[re.Pattern[str], dict[int, str]]:
    table: dict[int, str] = {}
    for line in data_lines("t2s_variants.tsv"):
        src, dst = line.split("\t")
        if len(src) != 1 or len(dst) != 1:
            raise ValueError(f"t2s_variants.tsv: {src!r} -> {dst!r} is not one character for one")
        table[ord(src)] = dst
    return re.compile("[" + "".join(map(chr, table)) + "]"), table


@lru_cache(maxsize=4096)
def convert_char(char: str) -> str:
    """One character through ``t2s`` on its own (the character itself if that changes the length)."""
    out = _converter().convert(char)
    return out if len(out) == 1 else char


@lru_cache(maxsize=1)
def _t2s_tables() -> tuple[re.Pattern[str], frozenset[str], re.Pattern[str], int] | None:
    """From ``models/t2s_changed.txt``: one class of the characters ``t2s``
    changes alone and of those only its phrases change, the latter apart, those
    phrases (an alternation) and the longest one's length.  None when the file
    was made for another OpenCC (its dictionaries may differ: then every text is
    converted)."""
    import opencc

    lines = data_lines("t2s_changed.txt")
    if lines[0] != f"opencc\t{getattr(opencc, '__version__', '?')}":
        return None
    chars = "".join(line for line in lines[1:] if not line.startswith("phrase\t"))
    phrases = [line.split("\t")[1:] for line in lines[1:] if line.startswith("phrase\t")]
    triggers: set[str] = set()
    for key, value in phrases:
        triggers |= set(key) if len(key) != len(value) else {a for a, b in zip(key, value, strict=True) if a != b}
    both = sorted(set(chars) | triggers)
    bmp = "".join(re.escape(c) for c in both if c <= "\uffff")
    # Characters beyond the BMP as one range: the regex compiler lists them one
    # by one after its table of the others, and every character of the text
    # was then compared with each (30x slower).  A text with one of the range's
    # other characters is converted, as before.
    astral = [c for c in both if c > "\uffff"]
    listed = re.compile(f"[{bmp}{min(astral)}-{max(astral)}]" if astral else f"[{bmp}]")
    alternation = re.compile("|".join(re.escape(k) for k, _ in sorted(phrases, key=lambda kv: -len(kv[0]))))
    return listed, frozenset(triggers), alternation, max((len(k) for k, _ in phrases), default=1)


def t2s_class() -> str | None:
    """The inside of ``_t2s_tables``'s class: a text holding none of its characters is kept as it
    is (``to_simplified`` gives it back, Simplified).  None where every text is converted."""
    tables = _t2s_tables()
    return None if tables is None else tables[0].pattern[1:-1]


def _t2s_keeps(text: str) -> bool:
    """Whether OpenCC's ``t2s`` would give ``text`` back unchanged: it holds no
    character t2s changes alone, and none of the phrases that change characters
    kept alone (回覆, 深沈: 覆 and 沈 stay in 覆盖, 沈阳)."""
    tables = _t2s_tables()
    if tables is None:
        return False
    listed, triggers, phrases, longest = tables
    for m in listed.finditer(text):
        if m.group() not in triggers:
            return False  # changed alone
        i = m.start()
        if phrases.search(text, max(0, i - longest + 1), i + longest) is not None:
            return False
    return True


def to_simplified(text: str) -> tuple[str, OffsetMap, str]:
    """Return the Simplified text, its map, and the detected script."""
    if _t2s_keeps(text):
        # OpenCC would give the text back unchanged (nine Simplified articles
        # in ten): checked 8x faster than OpenCC converts.
        return text, OffsetMap.identity(len(text)), "simplified"
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
        conv = _zhu().sub(_zhe, conv)
    variants, by_code = _variants()
    if variants.search(conv) is not None:  # (translate reads every character through a dict: only where one stands)
        conv = conv.translate(by_code)
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


def changed_chars_file(opencc_dict: str, share: str) -> str:
    """The text of ``models/t2s_changed.txt`` for the installed OpenCC.

    ``opencc_dict`` is OpenCC's dictionary tool and ``share`` its dictionary
    folder (both in the ``opencc`` wheel, under ``opencc/clib``).  A character
    is listed when ``t2s`` changes it alone (its character tables and the
    compatibility-ideograph normalisation); a phrase when it changes
    characters that alone stay (``深沈`` -> ``深沉``, ``回覆`` -> ``回复``).
    """
    import subprocess
    import sys
    import tempfile
    from pathlib import Path

    import opencc

    cc = _converter()
    code_points = [chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c < 0xE000]
    alone = cc.convert("\n".join(code_points)).split("\n")
    if len(alone) != len(code_points):
        sys.exit("a character converted to a line break")
    chars = {c for c, out in zip(code_points, alone, strict=True) if out != c}
    phrases = []
    with tempfile.TemporaryDirectory() as tmp:
        dump = Path(tmp) / "TSPhrases.txt"
        subprocess.run(
            [opencc_dict, "-i", f"{share}/TSPhrases.ocd2", "-o", str(dump), "-f", "ocd2", "-t", "text"], check=True
        )
        for line in dump.read_text(encoding="utf-8").splitlines():
            key, values = line.split("\t")
            value = values.split(" ")[0]
            # A phrase holding a character changed alone is caught by that character.
            if value != key and chars.isdisjoint(key):
                phrases.append(f"phrase\t{key}\t{value}")
    body = "".join(sorted(chars))
    lines = [body[i : i + 80] for i in range(0, len(body), 80)]
    return (
        "# What OpenCC's t2s may change: the characters it changes alone, then the\n"
        "# phrases it changes though their characters stay alone (phrase, key, value).\n"
        "# Why: to_simplified skips OpenCC for a text holding none of them (nine\n"
        "# Simplified articles in ten): the same result, 8x faster.  Made from the\n"
        "# installed OpenCC's dictionaries by civicextract.normalize.convert.changed_chars_file\n"
        "# (python -m civicextract.normalize.convert); valid for the version below only.\n"
        f"opencc\t{opencc.__version__}\n" + "\n".join(lines + sorted(phrases)) + "\n"
    )


if __name__ == "__main__":
    from pathlib import Path

    import opencc

    clib = Path(opencc.__file__).parent / "clib"
    print(changed_chars_file(str(clib / "bin" / "opencc_dict"), str(clib / "share" / "opencc")), end="")
