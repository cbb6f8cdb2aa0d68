"""Accuracy of ``parse_number`` on Microsoft Recognizers-Text's Chinese specs.

    .venv/bin/python benchmarks/recognizers.py [--misses]

For each model (Number, Percent, NumberRange; Currency through the money
extractor) prints the share of the spec's
results whose value ``parse_number`` reads as the peer does, over all results
and over those in scope (the cases read otherwise on purpose are listed, with
the reason, in ``tests/recognizers.py``, which also says how values are
compared).  ``--misses`` lists the cases missed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.recognizers import MODELS, cases, check, check_currency, currency_cases, currency_excluded, excluded  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", action="store_true", help="list the cases missed")
    a = ap.parse_args()
    print(f"{'model':<12} {'all':>15} {'in scope':>15}")
    for model in MODELS:
        rows = cases(model)
        hits = [check(model, text, want) for _, text, want in rows]
        scope = [h for h, (_, text, _) in zip(hits, rows, strict=True) if not excluded(model, text)]
        print(f"{model:<12} {sum(hits) / len(hits):6.3f} ({sum(hits)}/{len(hits)}) "
              f"{sum(scope) / len(scope):6.3f} ({sum(scope)}/{len(scope)})")
        if a.misses:
            for hit, (case_id, text, want) in zip(hits, rows, strict=True):
                if not hit:
                    print(f"    {case_id}: {text!r} -> {want}  ({excluded(model, text) or 'in scope'})")
    currency(a.misses)


def currency(misses: bool) -> None:
    rows = currency_cases()
    hits = [check_currency(text, iso, value) for _, text, _, iso, value in rows]
    scope = [h for h, row in zip(hits, rows, strict=True) if not currency_excluded(row[2])]
    print(f"{'Currency':<12} {sum(hits) / len(hits):6.3f} ({sum(hits)}/{len(hits)}) "
          f"{sum(scope) / len(scope):6.3f} ({sum(scope)}/{len(scope)})   (money extractor on the whole input)")
    if misses:
        for hit, (case_id, _, surface, iso, value) in zip(hits, rows, strict=True):
            if not hit:
                print(f"    {case_id}: {surface!r} -> {value} {iso}  ({currency_excluded(surface) or 'in scope'})")


if __name__ == "__main__":
    main()
