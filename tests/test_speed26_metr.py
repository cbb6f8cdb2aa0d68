"""Session 26 (speed): the metrics scan's candidate regex for texts of BMP characters only.

``scan.lexicon().candidate_bmp_re`` is ``candidate_re`` with ``\\d`` written out as the BMP's
decimal digits, and both carry a guard on the first characters of what may follow a number's
run.  Both must find exactly the numbers the plain pattern (``\\d``, no guard) finds.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from civicextract.document import normalize
from civicextract.extractors.metrics import scan
from civicextract.extractors.metrics.candidates import candidates

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _reference() -> re.Pattern:
    """candidate_re without the guard before the alternatives after the run."""
    pattern = scan.lexicon().candidate_re.pattern
    guard = re.search(r"\}\(\?=\[[^\]]*\]\)", pattern)
    assert guard is not None
    return re.compile(pattern[: guard.start() + 1] + pattern[guard.end() :])


def _texts() -> list[str]:
    out = []
    for name in ("dev.jsonl", "fit.jsonl", "seed.jsonl"):
        for line in (CORPUS / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(normalize(json.loads(line)["text"]).text)
    return out


def test_bmp_digits_are_what_backslash_d_matches_below_the_astral_planes():
    assert scan._BMP_DIGITS == "".join(chr(c) for c in range(0x10000) if re.fullmatch(r"\d", chr(c)))
    assert "\\d" not in scan.lexicon().candidate_bmp_re.pattern


def test_bmp_only():
    assert scan._bmp_only("新建公园12个")
    assert not scan._bmp_only("新建\U0001d7d8公园")  # (𝟘, a decimal digit beyond the BMP)


def test_the_guarded_patterns_find_what_the_plain_one_finds():
    lex = scan.lexicon()
    ref = _reference()
    texts = _texts()
    assert len(texts) > 100
    for text in texts + ["约1800及1900宗", "三分之一", "提出三点要求", "增长3-5个", "1%1%1%" * 20, "１２个", "٣٤个村"]:
        want = [m.span() for m in ref.finditer(text)]
        assert [m.span() for m in lex.candidate_re.finditer(text)] == want
        assert [m.span() for m in lex.candidate_bmp_re.finditer(text)] == want


def test_a_text_beyond_the_bmp_keeps_backslash_d():
    # (a digit beyond the BMP is a number's digit for \d: the plain pattern is used there)
    text = "\U0001d7d8新建公园12个，完成改造３个村"
    assert [m.group() for m in scan.scan_numbers(text, scan.lexicon())] == [
        m.group() for m in scan.scan_numbers(text.replace("\U0001d7d8", "字"), scan.lexicon())
    ]
    assert [h.start for h in candidates(text)] == [h.start for h in candidates(text.replace("\U0001d7d8", "字"))]
