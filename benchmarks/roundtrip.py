"""Traditional round trip: each ``-t`` dev article normalised against its Simplified original.

    .venv/bin/python benchmarks/roundtrip.py

The ``-t`` variants are the Simplified originals converted to Traditional
(with pinyin notes added to some).  Normalising both must give the same
``doc.text``; reported: the character error rate (edit operations over the
original's normalised length) and every differing stretch.
"""

from __future__ import annotations

import difflib
import json
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    from civicextract.document import normalize

    lines = (ROOT / "corpus" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
    texts = {r["id"]: r["text"] for r in map(json.loads, filter(str.strip, lines))}
    errors = total = 0
    diffs: Counter[tuple[str, str]] = Counter()
    pairs = sorted(a for a in texts if a.endswith("-t"))
    for aid in pairs:
        want = normalize(texts[aid[:-2]]).text
        got = normalize(texts[aid]).text
        total += len(want)
        sm = difflib.SequenceMatcher(None, want, got, autojunk=False)
        for op, i1, i2, j1, j2 in sm.get_opcodes():
            if op != "equal":
                errors += max(i2 - i1, j2 - j1)
                diffs[want[i1:i2], got[j1:j2]] += 1
                print(f"{aid}: {op} {want[max(0, i1 - 6) : i2 + 6]!r} -> {got[max(0, j1 - 6) : j2 + 6]!r}")
    print(f"{len(pairs)} pairs, {total} chars, {errors} char errors, CER {errors / total:.4%}")
    for (a, b), n in diffs.most_common(20):
        print(f"  {a!r} -> {b!r} x{n}")


if __name__ == "__main__":
    main()
