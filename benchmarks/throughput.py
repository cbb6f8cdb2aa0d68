"""Whole-pipeline throughput on one core, with its baselines measured in the same run.

    .venv/bin/python benchmarks/throughput.py [--min-chars 2000000] [--json]

Rates are CPU time of the process pinned to one core (wall time on a shared
machine measures the neighbours).  The whole copyable corpus (corpus/dev.jsonl
and corpus/fit.jsonl) is repeated until it holds at least ``--min-chars`` characters.  Reported, all in chars/s of original input:

* the whole pipeline (``Pipeline().extract``), whatever extractors exist today;
  ``Pipeline().extract_many`` over the same texts (each stage over a batch of articles);
  and in a fresh process, one pass over the corpus with resources loaded on other
  articles (the repeated passes let the per-name caches answer most questions);
* each extractor kind alone, ``Pipeline(kinds=(k,))`` (normalisation included),
  and its extraction time alone on documents normalised beforehand;
* normalisation alone and its stages (markup, pinyin notes, widths, OpenCC
  plus the 着 fixes, meta, boilerplate + cutting), normalisation + segmentation;
* baselines: ``jieba.lcut`` alone, ``OpenCC('t2s').convert`` alone;
* peak RSS of this process (baselines included) and of that fresh process
  (the pipeline's own), and time from process start to
  the first record (a fresh interpreter running ``civicextract extract`` on the seed).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


CORPORA = ("dev.jsonl", "fit.jsonl")


def _corpus(min_chars: int) -> tuple[list[str], int]:
    base = [
        json.loads(x)["text"]
        for name in CORPORA
        for x in (ROOT / "corpus" / name).read_text(encoding="utf-8").splitlines()
        if x.strip()
    ]
    texts: list[str] = []
    while sum(map(len, texts)) < min_chars:
        texts.extend(base)
    return texts, sum(map(len, texts))


def _rate(fn: Callable[[str], object], items: Iterable, chars: int) -> float:
    # CPU time of this process: on a shared machine wall time measures the neighbours.
    t0 = time.process_time()
    for x in items:
        fn(x)
    return chars / (time.process_time() - t0)


def _first_record_seconds() -> float:
    """Wall time of a fresh ``python -m civicextract extract corpus/seed.jsonl``, to its first output line."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "civicextract", "extract", str(ROOT / "corpus" / "seed.jsonl")],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert proc.stdout is not None
    proc.stdout.readline()
    elapsed = time.perf_counter() - t0
    proc.wait()
    return elapsed


_FRESH = """
import json, resource, sys, time
from civicextract.pipeline import Pipeline
def texts(paths):
    return [json.loads(x)["text"] for path in paths for x in open(path, encoding="utf-8") if x.strip()]
warm, measured = sys.argv[1].split(","), sys.argv[2].split(",")
p = Pipeline()
for t in texts(warm):
    p.extract(t)
measured = texts(measured)
t0 = time.process_time()
for t in measured:
    p.extract(t)
rate = sum(map(len, measured)) / (time.process_time() - t0)
try:  # this process's own peak: ru_maxrss starts at the parent's (it is kept across fork and exec)
    hwm = next(x for x in open("/proc/self/status") if x.startswith("VmHWM:"))
    rss = int(hwm.split()[1]) / 1024
except (OSError, StopIteration):
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(rate, rss)
"""
_WARM = ("seed.jsonl", "unseen_check.jsonl", "unseen_officials.jsonl")


def _fresh_process() -> tuple[float, float]:
    """(chars/s, peak RSS in MB) of a fresh process that loads its resources on other articles
    (``_WARM``), then runs ``Pipeline().extract`` over the corpus once.

    The rate is what the pipeline's caches (per name, per tagged window) give on
    articles they have not seen; the timed passes above repeat the corpus, so
    those caches answer most questions there.  The peak RSS is the pipeline's own:
    this process's also holds its baselines (jieba's dictionary, and the
    segmenter's second copy of rjieba's that ``normalize() + tokens`` loads, which
    no extractor uses), a hundred megabytes the pipeline never takes."""
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            _FRESH,
            ",".join(str(ROOT / "corpus" / name) for name in _WARM),
            ",".join(str(ROOT / "corpus" / name) for name in CORPORA),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    rate, rss = map(float, out.stdout.split())
    return rate, rss


def _stages(texts: list[str], chars: int) -> dict[str, float]:
    """Seconds per million input chars spent in each normalisation stage."""
    from civicextract.document import normalize
    from civicextract.extractors.meta import find_meta
    from civicextract.normalize.boilerplate import find_boilerplate
    from civicextract.normalize.convert import to_simplified
    from civicextract.normalize.markup import strip_markup
    from civicextract.normalize.pinyin import remove_pinyin_notes
    from civicextract.normalize.widths import normalize_widths

    inputs: dict[str, list] = {"markup": texts}
    inputs["pinyin"] = [strip_markup(t)[0] for t in texts]
    inputs["widths"] = [remove_pinyin_notes(t)[0] for t in inputs["pinyin"]]
    inputs["opencc"] = [normalize_widths(t) for t in inputs["widths"]]
    inputs["meta"] = [to_simplified(t)[0] for t in inputs["opencc"]]
    inputs["boilerplate"] = inputs["meta"]
    steps = {
        "markup": strip_markup,
        "pinyin": remove_pinyin_notes,
        "widths": normalize_widths,
        "opencc": to_simplified,
        "meta": find_meta,
        "boilerplate": find_boilerplate,
        "whole normalize()": normalize,
    }
    inputs["whole normalize()"] = texts
    out = {}
    for name, fn in steps.items():
        t0 = time.process_time()
        for t in inputs[name]:
            fn(t)
        out[name] = (time.process_time() - t0) / chars * 1e6
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--min-chars", type=int, default=2_000_000)
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core

    import jieba
    import opencc

    from civicextract.document import normalize
    from civicextract.pipeline import Pipeline
    from civicextract.records import RECORD_KINDS

    texts, chars = _corpus(args.min_chars)
    fig: dict[str, object] = {"articles": len(texts), "chars": chars}
    rates: dict[str, float] = {}

    full = Pipeline()
    # Resources loaded outside the clock, as in a long run: one pass over the
    # distinct articles, since some load lazily where a rule first needs them
    # (the jieba tagger of names.tagged_name, ~0.1 s) and texts[0] need not
    # reach them.
    base = len(set(texts))
    for t in texts[:base]:
        full.extract(t)
    rates["pipeline (all kinds)"] = _rate(full.extract, texts, chars)
    # extract_many runs each stage over a batch of articles (pipeline._extract_batched)
    rates["pipeline, extract_many (batches)"] = _rate(lambda ts: list(full.extract_many(ts)), [texts], chars)
    rates["pipeline, one pass, fresh caches"], fig["pipeline_peak_rss_mb"] = _fresh_process()
    rates["normalize()"] = _rate(normalize, texts, chars)
    rates["normalize() + tokens"] = _rate(lambda t: normalize(t).tokens, texts, chars)
    docs = [normalize(t) for t in texts]
    for kind in RECORD_KINDS:
        p = Pipeline(kinds=(kind,))
        p.extract(texts[0])
        rates[f"Pipeline(kinds=({kind!r},))"] = _rate(p.extract, texts, chars)
        rates[f"  {kind} extraction alone"] = _rate(p.extract_document, docs, chars)

    jieba.setLogLevel(logging.WARNING)
    jieba.lcut("预热")
    rates["jieba.lcut (baseline)"] = _rate(jieba.lcut, texts, chars)
    cc = opencc.OpenCC("t2s")
    rates["OpenCC t2s (baseline)"] = _rate(cc.convert, texts, chars)

    fig["chars_per_s"] = rates
    fig["normalize_us_per_1k_chars"] = {k: round(v * 1000, 2) for k, v in _stages(texts, chars).items()}
    fig["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    fig["first_record_s"] = _first_record_seconds()

    if args.json:
        print(json.dumps(fig, ensure_ascii=False))
        return
    print(f"{len(texts)} articles, {chars:,} chars ({' + '.join(CORPORA)} repeated), one core")
    for name, r in rates.items():
        print(f"{name:<36}{r:>14,.0f} chars/s")
    print("normalisation stages (µs per 1,000 input chars):")
    for name, us in fig["normalize_us_per_1k_chars"].items():
        print(f"  {name:<20}{us:>10.2f}")
    print(
        f"peak RSS {fig['peak_rss_mb']:.0f} MB (this process, baselines included; the pipeline alone "
        f"{fig['pipeline_peak_rss_mb']:.0f} MB); process start to first record {fig['first_record_s']:.2f} s"
    )


if __name__ == "__main__":
    main()
