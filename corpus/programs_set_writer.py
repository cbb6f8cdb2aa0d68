"""The one writer of the programmes hold-out sets (corpus/build_holdout_programs_r*.py).

Every programmes round writes the same two files from rows ``(id, source, text, programs,
optional)``: the texts, and a gold that fills only ``programs`` and ``programs_optional``
(the other kinds stay empty, so the judge scores programmes alone).
"""

import json
import sys
from collections.abc import Iterable
from pathlib import Path

Row = tuple[str, str, str, list[str], list[str]]


def write_programs_set(name: str, rows: Iterable[Row], dropped: frozenset[str] = frozenset()) -> None:
    """Writes corpus/<name>.jsonl and .gold.jsonl (or into the folder given as the first argument)."""
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("corpus")
    with (
        open(out / f"{name}.jsonl", "w", encoding="utf-8") as texts,
        open(out / f"{name}.gold.jsonl", "w", encoding="utf-8") as gold,
    ):
        for i, source, text, programs, optional in rows:
            if i in dropped:
                continue
            texts.write(json.dumps({"id": i, "text": text, "source": source}, ensure_ascii=False) + "\n")
            record = {
                "id": i,
                "money": [],
                "metrics": [],
                "programs": [{"name": n, "aliases": [], "components": []} for n in programs],
                "programs_optional": optional,
                "officials": [],
                "meta": {},
            }
            gold.write(json.dumps(record, ensure_ascii=False) + "\n")
