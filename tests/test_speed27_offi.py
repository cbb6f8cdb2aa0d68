"""Session 27's speed shortcuts in the officials extractor, each against the code it replaced,
on real articles: the shortcut must answer exactly as the slower form did."""

from __future__ import annotations

import json
import re
from pathlib import Path

from civicextract.extractors.officials import bare as B

_CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _texts() -> list[str]:
    out = []
    for name in ("dev.jsonl", "fit.jsonl", "seed.jsonl"):
        lines = (_CORPUS / name).read_text(encoding="utf-8").splitlines()
        out += [json.loads(line)["text"] for line in lines if line.strip()]
    return out


# the alternation bare_participants scanned with before session 27
_PROTOCOL_VERBS = re.compile("参加|陪同|出席|主持|列席|举行会谈|举行会晤|通电话")


def test_protocol_verbs_by_find_are_the_alternations_matches():
    texts = _texts()
    assert sum(bool(B._protocol_verbs(t)) for t in texts) > 30  # (the corpus holds them)
    for text in texts + ["出席出席", "举行会谈举行会晤通电话参加", "陪同陪"]:
        assert B._protocol_verbs(text) == [(m.start(), m.group()) for m in _PROTOCOL_VERBS.finditer(text)]
        assert B.protocol_hint(text) == (_PROTOCOL_VERBS.search(text) is not None)
