"""Train the name-boundary model: ``python -m civicextract.train names [--report] [--out PATH]``.

Data: every person name of CLUENER2020's train split (``../shared/data/cluener/train.jsonl``)
except every tenth sentence (index % 10 == 0, the validation part ``benchmarks/cluener_officials.py``
holds out), and every mention of a gold official of the repository's ``corpus/dev.jsonl`` and
``corpus/fit.jsonl`` in its normalised text (evaluation-only articles are in neither file, so a
fresh clone with ``../shared`` rebuilds the same model).  A name is used when it opens with a
surname of ``models/surnames.txt`` and at least two of its lengths can be read
(``boundary.candidate_ends``); each length is one example, positive for the annotated one.

The model is an L2-regularised logistic regression over ``boundary.boundary_features``, solved
exactly by L-BFGS (``lbfgs.py``), weights rounded to 4 decimals: a rebuild gives a byte-identical
``models/name_boundary.json``.  ``--report`` prints the held-out tenth's boundary accuracy, the
model's against the rules' (``names.name_after``), and what the model gives where the rules give
no name: the figures of the data card (``models/name_boundary.md``).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..document import normalize
from ..extractors.officials.boundary import (
    FORMAT,
    MODEL_FILE,
    THRESHOLD,
    BoundaryModel,
    boundary_features,
    candidate_ends,
)
from ..extractors.officials.namechars import surname_length
from ..extractors.officials.posts import find_posts
from .lbfgs import minimize

ROOT = Path(__file__).resolve().parents[3]
CLUENER = ROOT.parent / "shared" / "data" / "cluener" / "train.jsonl"
L2 = 1.0
MIN_COUNT = 3  # a feature seen in fewer examples gets no weight


@dataclass(frozen=True, slots=True)
class Name:
    """One annotated place where a surname stands: the name's end, or None where no name opens there."""

    text: str
    start: int
    end: int | None
    surname: int
    after_post: bool = False


def _usable(text: str, s: int, e: int | None, after_post: bool = False) -> Name | None:
    k = surname_length(text, s)
    ends = candidate_ends(text, s, k) if k else []
    return Name(text, s, e, k, after_post) if len(ends) >= 2 and (e is None or e in ends) else None


# Of the surnames that open no name and follow no post (本报记者王…, 王府井, 高水平), one in eight is
# a negative example: enough to teach what no name looks like without drowning the names.
NEGATIVE_SHARE = 8


def cluener_names(path: Path, held_out: bool) -> Iterator[Name]:
    """The usable names of CLUENER's train file (its validation tenth, or the rest), and the places
    where a surname opens none: every one right after a position, one in NEGATIVE_SHARE elsewhere."""
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if not line.strip() or (i % 10 == 0) != held_out:
            continue
        row = json.loads(line)
        text = row["text"]
        inside: set[int] = set()
        post_ends = {last + 1 for spans in row["label"].get("position", {}).values() for _, last in spans}
        for label, entities in row["label"].items():
            for spans in entities.values():
                for s, last in spans:  # (inclusive ends)
                    inside.update(range(s, last + 1))
                    if label == "name" and (name := _usable(text, s, last + 1, s in post_ends)) is not None:
                        yield name
        for s in range(len(text)):
            if s in inside or (s not in post_ends and (i * 31 + s) % NEGATIVE_SHARE):
                continue
            name = _usable(text, s, None, after_post=s in post_ends)
            if name is not None:
                yield name


def corpus_names(corpus: Path, split: str) -> Iterator[Name]:
    """Every mention of a gold official in a split's normalised texts (a longer gold name at the
    same place wins: 刘伟 is not read inside 刘伟强)."""
    gold = {}
    for line in (corpus / f"{split}.gold.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            g = json.loads(line)
            gold[g["id"]] = sorted({o["name"] for o in g.get("officials", [])}, key=lambda n: (-len(n), n))
    for line in (corpus / f"{split}.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        text = normalize(rec["text"], id=rec["id"]).text
        taken: set[int] = set()
        post_ends = {post.end for post in find_posts(text) if post.official and not post.weak}
        for person in gold.get(rec["id"], ()):
            s = text.find(person)
            while s >= 0:
                if s not in taken:
                    taken.add(s)
                    name = _usable(text, s, s + len(person), s in post_ends)
                    if name is not None:
                        yield name
                s = text.find(person, s + 1)
        # a public post followed by a surname that opens no gold official: 首相官邸, 区长阳镇, 建议总统解散
        for post in find_posts(text):
            if post.official and not post.weak and post.end < len(text) and post.end not in taken:
                name = _usable(text, post.end, None, after_post=True)
                if name is not None:
                    yield name


def examples(names: Sequence[Name]) -> list[tuple[list[str], int]]:
    return [
        (boundary_features(n.text, n.start, e, n.surname, n.after_post), int(e == n.end))  # (no name: every length 0)
        for n in names
        for e in candidate_ends(n.text, n.start, n.surname)
    ]


def fit(data: Sequence[tuple[list[str], int]], l2: float = L2) -> dict[str, float]:
    """Weights (feature -> weight, 4 decimals, ``bias`` unregularised) of the exact minimum."""
    counts = Counter(f for feats, _ in data for f in feats)
    vocab = sorted({f for f, n in counts.items() if n >= MIN_COUNT} | {"bias"})
    index = {f: j for j, f in enumerate(vocab)}
    bias = index["bias"]
    rows = [([*(index[f] for f in feats if f in index), bias], y) for feats, y in data]
    w, _ = minimize(rows, [0.0 if f == "bias" else l2 for f in vocab])
    return {f: round(v, 4) for f, v in zip(vocab, w, strict=True) if round(v, 4) != 0.0}


def report(weights: dict[str, float], held: Sequence[Name]) -> None:
    """Boundary accuracy on the held-out names, and at each threshold what the model adds where the
    rules give no name: names found (right end, wrong end) and places without a name it fires on."""
    from ..extractors.officials.boundary import rules_alone
    from ..extractors.officials.names import name_after

    names = [n for n in held if n.end is not None]
    model = BoundaryModel(weights)
    best = {id(n): model.best_end(n.text, n.start, n.surname, n.after_post) for n in held}
    with rules_alone():
        ruled = {id(n): name_after(n.text, n.start) for n in held}
    k = max(1, len(names))
    model_right = sum(best[id(n)][0] == n.end for n in names)
    rules_right = sum(ruled[id(n)] == n.end for n in names)
    print(
        f"held-out names {len(names)}: the model's best end right {model_right / k:.3f}, the rules' {rules_right / k:.3f}"
    )
    for subset, label in ((held, "all"), ([n for n in held if n.after_post], "after a position")):
        unread = [n for n in subset if ruled[id(n)] is None]
        pos = [n for n in unread if n.end is not None]
        neg = [n for n in unread if n.end is None]
        print(f"{label}: the rules read no name at {len(pos)} names and {len(neg)} places without one")
        for t in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
            right = sum(best[id(n)][1] >= t and best[id(n)][0] == n.end for n in pos)
            wrong = sum(best[id(n)][1] >= t and best[id(n)][0] != n.end for n in pos)
            fires = sum(best[id(n)][1] >= t for n in neg)
            print(f"  p >= {t}: names found {right} (wrong end {wrong}), false names {fires}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m civicextract.train names", description=__doc__.split("\n")[0])
    ap.add_argument("--cluener", type=Path, default=CLUENER, help="CLUENER2020's train.jsonl")
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus", help="folder with dev/fit .jsonl and .gold.jsonl")
    ap.add_argument("--out", type=Path, default=ROOT / "models" / MODEL_FILE)
    ap.add_argument("--report", action="store_true", help="print the held-out tenth's figures")
    a = ap.parse_args(argv)
    cluener = list(cluener_names(a.cluener, held_out=False))
    corpus = [n for split in ("dev", "fit") for n in corpus_names(a.corpus, split)]
    weights = fit(examples([*cluener, *corpus]))
    model = {
        "format": FORMAT,
        "kind": "name_boundary",
        "trained_on": {"cluener_names": len(cluener), "corpus_mentions": len(corpus)},
        "solver": "lbfgs",
        "l2": L2,
        "threshold": THRESHOLD,
        "weights": weights,
    }
    a.out.write_text(json.dumps(model, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {a.out}: {len(weights)} weights from {len(cluener)} CLUENER names and {len(corpus)} corpus mentions")
    if a.report:
        report(weights, list(cluener_names(a.cluener, held_out=True)))
    return 0
