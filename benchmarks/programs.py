"""Throughput of the pipeline with and without the programmes extractor, in one run.

    .venv/bin/python benchmarks/programs.py [CORPUS.jsonl] [--chars 2000000] [--kinds money,metrics,officials]

The corpus (default corpus/dev.jsonl) is repeated to about ``--chars``
characters.  Three figures, measured on the same texts in the same process:
the pipeline without programmes (``Pipeline(kinds=...)``), the same pipeline
with programmes, and the programmes extractor alone on already normalised
documents.  Times are CPU seconds of this process (``time.process_time``), so
other work on a shared machine does not count against the figures.  Kinds that fail to load are left out (and said so), so the
benchmark runs while other extractors are being built.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from _corpus import load_articles, repeat_to  # noqa: E402

from civicextract.document import normalize  # noqa: E402
from civicextract.extractors.programs import extractor as programs  # noqa: E402
from civicextract.pipeline import Pipeline  # noqa: E402
from civicextract.records import RECORD_KINDS  # noqa: E402


def _loadable(kinds: list[str]) -> list[str]:
    ok = []
    for k in kinds:
        try:
            Pipeline(kinds=(k,))
            ok.append(k)
        except Exception as exc:  # noqa: BLE001 - report and go on
            print(f"note: kind {k!r} left out ({type(exc).__name__}: {exc})", file=sys.stderr)
    return ok


def _rate(fn, texts: list[str]) -> float:
    chars = sum(map(len, texts))
    t0 = time.process_time()
    for t in texts:
        fn(t)
    return chars / (time.process_time() - t0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(ROOT / "corpus" / "dev.jsonl"))
    ap.add_argument("--chars", type=int, default=2_000_000)
    ap.add_argument("--kinds", default=",".join(k for k in RECORD_KINDS if k != "programs"))
    args = ap.parse_args()

    texts = repeat_to([x["text"] for x in load_articles(Path(args.corpus))], args.chars)
    others = _loadable([k for k in args.kinds.split(",") if k])
    without = Pipeline(kinds=others)
    with_programs = Pipeline(kinds=[*others, "programs"])
    # warm-up: dictionaries, OpenCC, compiled patterns
    for p in (without, with_programs):
        for t in texts[:60]:
            p.extract(t)

    docs = [normalize(t) for t in texts]
    r_without = _rate(without.extract, texts)
    r_with = _rate(with_programs.extract, texts)
    chars = sum(map(len, texts))
    t0 = time.process_time()
    for d in docs:
        programs.extract(d)
    r_alone = chars / (time.process_time() - t0)

    print(f"corpus: {args.corpus} x{len(texts)} articles, {chars:,} chars; other kinds: {', '.join(others) or 'none'}")
    print(f"pipeline without programs : {r_without:>12,.0f} chars/s")
    print(f"pipeline with programs    : {r_with:>12,.0f} chars/s  ({r_with / r_without:.0%} of without)")
    print(f"programs extractor alone  : {r_alone:>12,.0f} chars/s  (on normalised text)")


if __name__ == "__main__":
    main()
