"""Train the programme tagger: ``python benchmarks/programs_tagger_train.py [--out PATH] [--sets ...]``.

Data: every annotated programme set of the repository (``SETS``: corpus/dev, corpus/fit and each
round's corpus/holdout_programs*; evaluation-only articles are in none of them).  Gold gives names,
not spans: each gold name and alias of ``programs`` is located in the normalised text (quote marks
may stand between its characters: “10+5”专项集中整治攻坚行动), the longest first, and its characters
labelled B/I; the names of ``programs_optional`` found elsewhere are labelled BO/IO, a class of
their own (labelled O they taught the tagger that programme-like phrases are not names; labelled
B/I it proposed them everywhere: held-out precision 0.69).  A name found nowhere is counted and
skipped.  Only the sentences the tagger reads (``tagger.windows``: those with a cue) are trained on.

The model is a linear-chain CRF (CRFsuite, L-BFGS, fixed parameters, the sets in a fixed order).
Round 13 did not ship it (benchmarks/programs_tagger.md: grouped cross-validation, +0.003 held-out F1
against the +0.010 asked, at three times the whole pipeline's cost per character); this module and
benchmarks/programs_tagger_cv.py are kept to repeat the experiment when there is more annotated
data.  Needs ``python-crfsuite`` (``pip install python-crfsuite``; not a dependency of the package).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "benchmarks")]

import programs_tagger as tg  # noqa: E402

from civicextract.extractors.programs.lexicon import Lexicon, lexicon  # noqa: E402
from civicextract.segment import segment  # noqa: E402
from civicextract.train.programs import annotated  # noqa: E402

SETS: tuple[str, ...] = (
    "dev",
    "fit",
    "holdout_programs",
    *(f"holdout_programs_r{n}" for n in (4, 5, 6, 7, 8, 9, 11, 12)),
)
PARAMS = {"c1": 0.1, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}
LABEL_OPTIONAL = True  # programs_optional names labelled BO/IO (see the docstring)
_BETWEEN = '[“”‘’"「」『』]?'


@dataclass(frozen=True, slots=True)
class TagArticle:
    id: str
    raw: str  # as the corpus has it
    text: str  # normalised
    gold: tuple[str, ...]
    optional: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]  # labelled spans of gold names in ``text``
    missing: int  # gold names located nowhere
    optional_spans: tuple[tuple[int, int], ...] = ()  # of programs_optional names, overlapping no gold span


def locate(text: str, names: Iterable[str]) -> tuple[list[tuple[int, int]], int]:
    """Non-overlapping spans of ``names`` in ``text`` (longest first) and how many names were found nowhere."""
    found: list[tuple[int, int]] = []
    missing = 0
    for name in dict.fromkeys(n for n in names if n):
        core = tg.clean_name(name)
        if not core:
            continue
        pat = re.compile(_BETWEEN.join(re.escape(c) for c in core))
        hits = [(m.start(), m.end()) for m in pat.finditer(text)]
        if not hits:
            missing += 1
        found.extend(hits)
    spans: list[tuple[int, int]] = []
    for s, e in sorted(set(found), key=lambda x: (x[0] - x[1], x[0])):
        if all(e <= a or s >= b for a, b in spans):
            spans.append((s, e))
    return sorted(spans), missing


def load_articles(corpus: Path, split: str, *, optional: bool = LABEL_OPTIONAL) -> list[TagArticle]:
    """The articles of a split with their labelled spans (``optional``: label programs_optional names too)."""
    out = []
    for rec, text, g in annotated(corpus, split):
        progs = g.get("programs", [])
        names = tuple(p["name"] for p in progs)
        spans, _ = locate(text, [n for p in progs for n in (p["name"], *p.get("aliases", ()))])
        opt_spans: list[tuple[int, int]] = []
        if optional:
            found, _ = locate(text, g.get("programs_optional", []))
            opt_spans = [(s, e) for s, e in found if all(e <= a or s >= b for a, b in spans)]
        missing = sum(1 for n in names if not locate(text, [n])[0])
        out.append(
            TagArticle(
                rec["id"],
                rec["text"],
                text,
                names,
                tuple(g.get("programs_optional", [])),
                tuple(spans),
                missing,
                tuple(opt_spans),
            )
        )
    return out


def window_words(text: str, s: int, e: int) -> list[str]:
    return [t.text for t in segment(text[s:e])]


def sequences(art: TagArticle, lex: Lexicon) -> Iterator[tuple[list[list[str]], list[str]]]:
    """(features, labels) of each window the tagger reads in ``art``."""
    for s, e in tg.windows(art.text, lex):
        labels = ["O"] * (e - s)
        for spans, b_, i_ in ((art.spans, "B", "I"), (art.optional_spans, "BO", "IO")):
            for a, b in spans:
                if a >= s and b <= e:
                    labels[a - s] = b_
                    for k in range(a - s + 1, b - s):
                        labels[k] = i_
        yield tg.features(art.text, s, e, lex, window_words(art.text, s, e)), labels


def train(articles: Sequence[TagArticle], out: Path, params: dict | None = None) -> None:
    try:
        import pycrfsuite
    except ImportError as e:  # not a dependency: the tagger is an experiment (module docstring)
        raise SystemExit("the programmes tagger needs python-crfsuite: pip install python-crfsuite") from e

    lex = lexicon()
    trainer = pycrfsuite.Trainer(verbose=False)
    for art in articles:
        for xseq, yseq in sequences(art, lex):
            trainer.append(xseq, yseq)
    trainer.set_params(dict(PARAMS if params is None else params))
    trainer.train(str(out))


def coverage(articles: Sequence[TagArticle], lex: Lexicon) -> tuple[int, int, int]:
    """(gold names, located, located inside a cued window)."""
    n = located = cued = 0
    for art in articles:
        wins = tg.windows(art.text, lex)
        for name in art.gold:
            n += 1
            spans, _ = locate(art.text, [name])
            located += bool(spans)
            cued += any(s >= a and e <= b for s, e in spans for a, b in wins)
    return n, located, cued


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="benchmarks/programs_tagger_train.py", description=__doc__.split("\n")[0]
    )
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    ap.add_argument("--out", type=Path, default=ROOT / "out" / tg.MODEL_FILE)
    ap.add_argument("--sets", nargs="*", default=list(SETS))
    ap.add_argument("--limit", type=int, default=None, help="train on the first N articles of each set only")
    a = ap.parse_args(argv)
    arts = [art for s in a.sets for art in load_articles(a.corpus, s)[: a.limit]]
    n, located, cued = coverage(arts, lexicon())
    a.out.parent.mkdir(parents=True, exist_ok=True)
    train(arts, a.out)
    print(f"wrote {a.out}: {len(arts)} articles, {n} gold names, {located} located, {cued} in cued sentences")
    return 0


if __name__ == "__main__":
    sys.exit(main())
