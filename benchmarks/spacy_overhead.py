"""What the spaCy component costs on top of civicextract alone.

    .venv/bin/python benchmarks/spacy_overhead.py [corpus/dev.jsonl] [--repeat 3] [--processes 2]

Same run, same texts, four ways (best of ``--repeat`` interleaved passes,
after one warm-up pass that loads jieba, OpenCC and the lexicons):

* ``civicextract.extract``: the library alone;
* ``nlp(text)`` with ``spacy.blank("zh")``, jieba segmenter, no component;
* ``nlp(text)`` with the component: jieba tokens + extraction + token
  alignment + span groups (a pipeline segments the text once more, which is
  most of the overhead);
* the component alone on Docs the tokenizer made outside the clock: what the
  component adds over ``civicextract.extract`` is this minus the first line;

and, with ``--processes N``, ``nlp.pipe(n_process=N)`` with the component,
which adds ``Doc.to_bytes``/``from_bytes`` for every doc.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
JIEBA = {"nlp": {"tokenizer": {"segmenter": "jieba"}}}


# A run is a function of what its setup made; setups are not timed.
Run = tuple[Callable[[], object], Callable[[object], object]]


def _timings(runs: dict[str, Run], repeat: int) -> dict[str, float]:
    """Best time of each run; the runs take turns, so a busy machine slows them all alike."""
    for setup, run in runs.values():
        run(setup())  # warm-up: resources load on first use
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(repeat):
        for name, (setup, run) in runs.items():
            ready = setup()
            t0 = time.perf_counter()
            run(ready)
            best[name] = min(best[name], time.perf_counter() - t0)
    return best


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", default=str(ROOT / "corpus" / "dev.jsonl"))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--processes", type=int, default=0, help="also time nlp.pipe(n_process=N)")
    args = ap.parse_args(argv)

    import spacy

    import civicextract

    texts = [json.loads(line)["text"] for line in Path(args.corpus).read_text(encoding="utf-8").splitlines() if line]
    chars = sum(map(len, texts))

    tokenizer_only = spacy.blank("zh", config=JIEBA)
    with_component = spacy.blank("zh", config=JIEBA)
    with_component.add_pipe("civicextract")

    component = with_component.get_pipe("civicextract")

    def given_texts() -> list[str]:
        return texts

    def jieba_docs() -> list:
        return [tokenizer_only.make_doc(t) for t in texts]

    runs: dict[str, Run] = {
        "civicextract.extract": (given_texts, lambda ts: [civicextract.extract(t) for t in ts]),
        "nlp(text), jieba tokenizer only": (given_texts, lambda ts: [tokenizer_only(t) for t in ts]),
        "nlp(text), with civicextract": (given_texts, lambda ts: [with_component(t) for t in ts]),
        "the component alone, on jieba Docs": (jieba_docs, lambda docs: [component(d) for d in docs]),
    }
    if args.processes:
        runs[f"nlp.pipe(n_process={args.processes}), with civicextract"] = (
            given_texts,
            lambda ts: list(with_component.pipe(ts, batch_size=8, n_process=args.processes)),
        )

    print(f"{len(texts)} articles, {chars} characters ({args.corpus}); best of {args.repeat}, runs interleaved")
    best = _timings(runs, args.repeat)
    base = best["civicextract.extract"]
    for name, seconds in best.items():
        print(f"{name:<48} {chars / seconds:>10,.0f} chars/s  {seconds * 1000:>8.1f} ms  x{seconds / base:.2f}")


if __name__ == "__main__":
    main()
