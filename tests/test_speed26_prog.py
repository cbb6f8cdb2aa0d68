"""Session 26 (speed): the first-character gates ``quoted`` and ``recall._quoted_any`` test before
their per-quote regex calls give the calls' own verdicts on every quote of the corpus."""

from __future__ import annotations

import json
from pathlib import Path

from civicextract.document import normalize
from civicextract.extractors.programs import candidates as C

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _quotes():
    for name in ("dev.jsonl", "fit.jsonl", "seed.jsonl"):
        for line in (CORPUS / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                text = normalize(json.loads(line)["text"]).text
                for m in C.QUOTE.finditer(text):
                    core = m.group(m.lastindex or 1).strip()
                    if core:
                        yield text, m.end(), core


def test_gates_agree_with_the_patterns_on_corpus_quotes():
    n = 0
    for text, end, core in _quotes():
        n += 1
        first = core[0]
        assert bool(first.isdecimal() and C.DATE_CODE.match(core)) == bool(C.DATE_CODE.match(core))
        gated = (first in C._BARE_COUNT_FIRST or first.isdecimal()) and C.BARE_COUNT.match(core)
        assert bool(gated) == bool(C.BARE_COUNT.match(core))
        gated = first in C._COUNTED_PLACES_FIRST and C.COUNTED_PLACES.match(core)
        assert bool(gated) == bool(C.COUNTED_PLACES.match(core))
        gated = (first in C._NUMBER_CODE_FIRST or first.isdecimal()) and C._NUMBER_CODE.fullmatch(core)
        assert bool(gated) == bool(C._NUMBER_CODE.fullmatch(core))
        after = text[end : end + 1]
        either = C.NOT_PROGRAMME_AFTER.match(text, end) or C.MEDIA_AFTER.match(text, end)
        assert bool(after in C._NOUN_AFTER_QUOTE_FIRST and either) == bool(either)
        npa = C.NOT_PROGRAMME_AFTER.match(text, end)
        assert bool(after in C._NOT_PROGRAMME_AFTER_FIRST and npa) == bool(npa)
    assert n > 500


def test_gates_hold_the_first_characters():
    assert "三" in C._BARE_COUNT_FIRST and "双" in C._BARE_COUNT_FIRST
    assert "两" in C._COUNTED_PLACES_FIRST and "双" not in C._COUNTED_PLACES_FIRST
    assert {"经", "微", "消"} <= set(C._NOUN_AFTER_QUOTE_FIRST)
    assert "+" in C._NUMBER_CODE_FIRST and "N" in C._NUMBER_CODE_FIRST
