"""Grouped cross-validation of the programme tagger as a proposer (issue 10, round 13).

    .venv/bin/python benchmarks/programs_tagger_cv.py [--thresholds 0.7,0.9] [--fair [--fair-cache F.pkl]]
        [--groups dev,fit] [--gold-only] [--params '{"c1": 0.03}'] [--show]

Needs python-crfsuite (pip install python-crfsuite).  Round 13's figures: benchmarks/programs_tagger.md
(about 5 minutes on one core with --fair).

Groups: dev, fit and each round's hold-out set (programs_tagger_train.SETS).  For each group held
out, a tagger is trained on the others (``programs_tagger_train.train``) and the group is scored by
the judge's programme rule (one name contains the other, the shorter at least half as long;
``programs_optional`` neither rewarded nor counted wrong):

- (a) the shipped extractor as it is (optimistic: its scorer was trained on most of these sets);
- (b@t) the shipped extractor plus the tagger's spans with weakest marginal >= t that overlap no
  mention of a kept record and match no kept name;
- tagger alone (for reference);
- (c@p) the tagger's spans (as (b@0.3) would add them) judged by a logistic filter over the shipped
  scorer's features of a record found by a new kind ``tagger`` plus the tagger's marginal, trained
  on the other groups' spans (each group's spans come from the tagger that did not see it; the
  filter for group g reads spans of taggers that saw g: a small leak, in the tagger's favour), kept at
  filter probability >= p;
- with ``--fair``: (a') and (b'@t), the same with the scorer retrained without the held-out group
  (the shipped recipe, train/programs.py: dev, fit and EXTRA, dev + fit twice, fixed thresholds), so
  the baseline is not in-sample (the rule finders were still tuned on every group).

Prints one row per group and variant, and the means over the groups (macro, as
benchmarks/programs_grouped_cv.py does) and the pooled micro figures.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import programs_tagger as tg  # noqa: E402
import programs_tagger_train as pt  # noqa: E402
import pycrfsuite  # noqa: E402

from civicextract.document import normalize  # noqa: E402
from civicextract.extractors.programs import extractor  # noqa: E402
from civicextract.extractors.programs.features import record_features  # noqa: E402
from civicextract.extractors.programs.lexicon import lexicon  # noqa: E402
from civicextract.extractors.programs.scorer import Scorer  # noqa: E402
from civicextract.records import Program  # noqa: E402
from civicextract.train import programs as tp  # noqa: E402
from civicextract.train.programs import program_match  # noqa: E402


def fair_scorer(g: str) -> Scorer:
    """The shipped scorer's recipe, trained without the group ``g``."""
    sets = [s for s in ("dev", "fit", *tp.EXTRA) if s != g]
    if not hasattr(fair_scorer, "cache"):
        fair_scorer.cache = {}
    arts = fair_scorer.cache
    for s in sets:
        if s not in arts:
            arts[s] = tp.load_articles(ROOT / "corpus", s)
    twice = [a for s in sets if s in tp.TWICE for a in arts[s]]
    weights = tp.fit([e for a in [*(a for s in sets for a in arts[s]), *twice] for e in a.examples])
    rule, wide = tp.THRESHOLDS
    return Scorer(weights, wide_threshold=wide, rule_threshold=rule)


def extract_with(doc, model: Scorer) -> list:
    """``extractor.extract(doc)`` with another scorer."""
    cited = doc.script != "simplified" and extractor._HK_TW.search(doc.text, 0, 3000) is not None
    found = extractor._extract(doc.text, lexicon(), model=model, cited=cited)
    return extractor._across_removals(doc, found) if doc.removed else found


def counts(gold, optional, pred) -> tuple[int, int, int]:
    """(true positives, gold, counted predictions) by the judge's pairing (score.py pair_programs)."""
    used: set[int] = set()
    tp = 0
    for g in gold:
        for i, p in enumerate(pred):
            if i not in used and program_match(g, p):
                used.add(i)
                tp += 1
                break
    ignored = sum(1 for i, p in enumerate(pred) if i not in used and any(program_match(o, p) for o in optional))
    return tp, len(gold), len(pred) - ignored


def prf(c) -> tuple[float, float, float]:
    tp, ng, np_ = c
    p = tp / np_ if np_ else 1.0
    r = tp / ng if ng else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def tag_spans(tagger, art: pt.TagArticle, lex) -> list[tg.Span]:
    out = []
    for s, e in tg.windows(art.text, lex):
        xseq = tg.features(art.text, s, e, lex, pt.window_words(art.text, s, e))
        labels = tagger.tag(xseq)
        out.extend(tg.decode(tagger, labels, s))
    return out


def _new_spans(text: str, kept, spans, t: float) -> list[tuple[object, str]]:
    """The tagger's spans at >= t (with their names) that overlap no kept mention and match no kept
    name nor an earlier span's."""
    taken = [m for r in kept for m in r.mentions]
    names = [n for r in kept for n in (r.name, *r.aliases)]
    out: list[tuple[object, str]] = []
    for sp in spans:
        if sp.score < t:
            continue
        name = tg.clean_name(text[sp.start : sp.end])
        if len(name) < 2 or any(sp.start < b and a < sp.end for a, b in taken):
            continue
        if any(program_match(n, name) for n in [*names, *(x for _, x in out)]):
            continue
        out.append((sp, name))
    return out


def added(text: str, kept, spans, t: float) -> list[str]:
    """Names of the tagger's spans at >= t that overlap no kept mention and match no kept name."""
    return [name for _, name in _new_spans(text, kept, spans, t)]


C_FLOOR = 0.3
C_PROBS = (0.3, 0.5, 0.7)


def tagger_examples(text: str, kept, spans, art: pt.TagArticle, lex) -> list[tp.Example]:
    """What (b@C_FLOOR) would add, each an example for the filter (label by the judge's rule)."""
    out: list[tp.Example] = []
    for sp, name in _new_spans(text, kept, spans, C_FLOOR):
        rec = Program(name, ((sp.start, sp.end),))
        feats = record_features(text, rec, frozenset({"tagger"}), lex)
        feats.append("tmarg=" + str(min(9, int(sp.score * 10))))
        if any(program_match(g, name) for g in art.gold):
            label = 1
        elif any(program_match(o, name) for o in art.optional):
            label = None
        else:
            label = 0
        out.append(tp.Example(art.id, name, tuple(sorted(set(feats))), label))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--thresholds", default="0.0,0.3,0.5,0.7,0.9")
    ap.add_argument("--groups", default=None, help="comma-separated subset of the groups to hold out")
    ap.add_argument("--show", action="store_true", help="list the names (b) adds at the lowest threshold")
    ap.add_argument("--fair", action="store_true", help="also (a') and (b'): the scorer retrained without the group")
    ap.add_argument("--params", default=None, help="CRFsuite parameters as JSON (default: programs_tagger_train.PARAMS)")
    ap.add_argument("--gold-only", action="store_true", help="label programs_optional names O (not BO/IO)")
    ap.add_argument("--fair-cache", type=Path, default=None, help="pickle of (a')'s records, reused between runs")
    a = ap.parse_args()
    params = {**pt.PARAMS, **json.loads(a.params)} if a.params else None
    ts = [float(x) for x in a.thresholds.split(",")]
    lex = lexicon()
    arts = {s: pt.load_articles(ROOT / "corpus", s, optional=not a.gold_only) for s in pt.SETS}
    cache = pickle.loads(a.fair_cache.read_bytes()) if a.fair_cache and a.fair_cache.exists() else {}
    cached = bool(cache)
    groups = a.groups.split(",") if a.groups else list(pt.SETS)
    variants = ["(a) shipped", *(f"(b) +tagger@{t}" for t in ts), "tagger alone@0.5"]
    if a.fair:
        variants += ["(a') fair", *(f"(b') fair +tagger@{t}" for t in ts)]
    per: dict[str, dict[str, tuple[int, int, int]]] = defaultdict(dict)
    # for (c): per group, per article (gold, optional, base names, examples) for each base
    pending: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    with tempfile.TemporaryDirectory() as tmp:
        for g in groups:
            model = Path(tmp) / f"{g}.crfsuite"
            pt.train([x for s in pt.SETS if s != g for x in arts[s]], model, params)
            tagger = pycrfsuite.Tagger()
            tagger.open(str(model))
            fair = fair_scorer(g) if a.fair and not cached else None
            sums = {v: [0, 0, 0] for v in variants}
            for art in arts[g]:
                doc = normalize(art.raw, id=art.id)
                kept = extractor.extract(doc)
                spans = tag_spans(tagger, art, lex)
                preds = {"(a) shipped": [r.name for r in kept]}
                pending[g]["shipped"].append(
                    (art, [r.name for r in kept], tagger_examples(doc.text, kept, spans, art, lex))
                )
                for t in ts:
                    extra = added(doc.text, kept, spans, t)
                    preds[f"(b) +tagger@{t}"] = [r.name for r in kept] + extra
                    if a.show and t == ts[0] and extra:
                        for n in extra:
                            ok = any(program_match(x, n) for x in art.gold)
                            opt = any(program_match(x, n) for x in art.optional)
                            print(f"  {g}:{art.id} {'+' if ok else 'o' if opt else '-'} {n}")
                preds["tagger alone@0.5"] = list(
                    dict.fromkeys(
                        tg.clean_name(doc.text[sp.start : sp.end])
                        for sp in spans
                        if sp.score >= 0.5 and sp.end - sp.start >= 2
                    )
                )
                if a.fair:
                    if cached:
                        fkept = cache[g, art.id]
                    else:
                        fkept = cache[g, art.id] = extract_with(doc, fair)
                    preds["(a') fair"] = [r.name for r in fkept]
                    pending[g]["fair"].append(
                        (art, [r.name for r in fkept], tagger_examples(doc.text, fkept, spans, art, lex))
                    )
                    for t in ts:
                        preds[f"(b') fair +tagger@{t}"] = [r.name for r in fkept] + added(doc.text, fkept, spans, t)
                for v in variants:
                    c = counts(art.gold, art.optional, preds[v])
                    for k in range(3):
                        sums[v][k] += c[k]
            tagger.close()
            for v in variants:
                per[g][v] = tuple(sums[v])
            row = " | ".join(
                f"{prf(per[g][v])[0]:.3f}/{prf(per[g][v])[1]:.3f}/**{prf(per[g][v])[2]:.3f}**" for v in variants
            )
            print(f"| {g} | {row} |", flush=True)
    if a.fair_cache and not cached:
        a.fair_cache.write_bytes(pickle.dumps(cache))
    bases = ["shipped", "fair"] if a.fair else ["shipped"]
    for base in bases:
        for g in groups:
            train_ex = [e for h in groups if h != g for _, _, exs in pending[h][base] for e in exs]
            weights = tp.fit(train_ex)
            for p in C_PROBS:
                v = f"(c) {base} +tagger filtered@{p}"
                if v not in variants:
                    variants.append(v)
                tot = [0, 0, 0]
                for art, names, exs in pending[g][base]:
                    extra = [e.name for e in exs if tp.probability(weights, e.features) >= p]
                    c = counts(art.gold, art.optional, names + extra)
                    for k in range(3):
                        tot[k] += c[k]
                per[g][v] = tuple(tot)
        n_ex = [e.label for h in groups for _, _, exs in pending[h][base] for e in exs]
        print(f"(c) {base}: {len(n_ex)} tagger candidates, {n_ex.count(1)} right, {n_ex.count(0)} wrong")
        for g in groups:
            row = " | ".join(f"{prf(per[g][f'(c) {base} +tagger filtered@{p}'])[2]:.3f}" for p in C_PROBS)
            print(f"| {g} | {row} |")
    print("\n| variant | mean P | mean R | mean F1 | pooled P | pooled R | pooled F1 |\n|---|---|---|---|---|---|---|")
    for v in variants:
        ms = [prf(per[g][v]) for g in groups]
        pooled = [sum(per[g][v][k] for g in groups) for k in range(3)]
        mean = [sum(m[k] for m in ms) / len(ms) for k in range(3)]
        pp = prf(pooled)
        print(f"| {v} | {mean[0]:.4f} | {mean[1]:.4f} | {mean[2]:.4f} | {pp[0]:.4f} | {pp[1]:.4f} | {pp[2]:.4f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
