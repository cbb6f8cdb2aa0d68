"""civicextract as a library: extract one article, read its records, check the offsets.

    python examples/library.py [ARTICLES.jsonl]

Reads the seed article (corpus/seed.jsonl: Traditional script, pinyin notes,
a site header and footer), prints each kind of record, and shows that every
record's offsets point into the original text.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import civicextract

ROOT = Path(__file__).resolve().parents[1]


def main(path: str) -> None:
    with open(path, encoding="utf-8") as fh:
        items = [json.loads(line) for line in fh if line.strip()]

    # One Pipeline loads the dictionaries once; reuse it for many articles.
    pipeline = civicextract.Pipeline()
    for item in items:
        text = item["text"]
        art = pipeline.extract(text, id=item["id"])
        print(f"== {art.id}: {art.meta.source} {art.meta.published} reporters={list(art.meta.reporters)}")

        for m in art.money:
            # m.text is Simplified; text[m.start:m.end] is what the original says (here Traditional)
            print(
                f"money   {m.text:<12} {m.amount:>12} {m.currency} {m.qualifier:<6} "
                f"original={text[m.start : m.end]!r} purpose={m.purpose}"
            )
        for m in art.metrics[:5]:
            print(f"metric  {m.text:<12} {m.value:>12} {m.unit} {m.qualifier:<6} subject={m.subject}")
        for p in art.programs[:5]:
            print(
                f"program {p.name} mentions={len(p.mentions)} aliases={list(p.aliases)} components={list(p.components)}"
            )
        for o in art.officials:
            print(
                f"official {o.name} {'/'.join(o.titles)} role={o.role} "
                f"first mention={text[o.mentions[0][0] : o.mentions[0][1]]!r}"
            )

        # The JSON form is what `civicextract extract` writes; civicextract.schema() describes it.
        record = art.to_dict()
        print(f"json keys: {sorted(record)}; amounts as JSON numbers: {[m['amount'] for m in record['money']]}")

    # A number on its own: exact Decimal values and the qualifier.
    print(civicextract.parse_number("8000多万"))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "corpus" / "seed.jsonl"))
