"""Golden file: what normalisation keeps and cuts on every copyable dev article.

``tests/golden/normalized.jsonl`` holds, per article, the detected script,
meta, every removal (kind and text) and the body's length, head and tail.
It was reviewed by eye; a change shows up here as a diff to review again.
Regenerate on purpose only:

    CIVICEXTRACT_REGENERATE=1 .venv/bin/python -m pytest tests/test_golden_normalize.py
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from civicextract.document import normalize

GOLDEN = Path(__file__).resolve().parent / "golden" / "normalized.jsonl"


def _summary(aid: str, text: str) -> dict:
    doc = normalize(text, id=aid)
    return {
        "id": aid,
        "script": doc.script,
        "meta": {
            "source": doc.meta.source,
            "published": doc.meta.published,
            "editor": doc.meta.editor,
            "reporters": list(doc.meta.reporters),
            "title": doc.meta.title,
        },
        "removed": [[r.kind, r.text] for r in doc.removed],
        "length": len(doc.text),
        "head": doc.text[:30],
        "tail": doc.text[-30:],
    }


def test_normalisation_matches_the_reviewed_golden_file(seed_text, dev_articles):
    got = [_summary(aid, text) for aid, text in dev_articles.items()]
    lines = [json.dumps(x, ensure_ascii=False) for x in got]
    if os.environ.get("CIVICEXTRACT_REGENERATE"):
        GOLDEN.write_text("\n".join(lines) + "\n", encoding="utf-8")
    want = GOLDEN.read_text(encoding="utf-8").splitlines()
    for line, expected in zip(lines, want, strict=True):
        assert json.loads(line) == json.loads(expected)
