"""Coordinated names before one head (蓝天、碧水、净土保卫战; 雄商、济滨高铁): what the gold says.

    .venv/bin/python benchmarks/programs_coordinated.py [TEXTS.jsonl ...] [--list]

For every candidate record (``extractor.candidate_records``) whose first mention follows a 、, the
list before it is read back (``coordination.coordinated``) and the case is classed by the gold of
its article (the judge's rule for names):

- whole: a gold programme names the list and its head as one (蓝天、碧水、净土保卫战);
- split: a gold programme names an earlier item with the head (雄商高铁 beside 济滨高铁);
- last: a gold programme names the last item alone and neither of the above holds;
- either: the whole and the last item both match a gold programme (short items: the judge pairs
  either with it);
- optional: only an optional name matches the whole, an item or the last;
- none: nothing in the gold matches.
``+kept``: the extractor keeps the last item today.  Counted with the whole-list rule turned off.

Default sets: dev, fit and every in-sample corpus/holdout_programs* (round 12's is left out: its
part B is blind).  Counts are of cases and of articles.

``--cv``: the rule that names a list whole (``coordination.whole_start``) has two settings, the
longest item (``WHOLE_MAX_ITEM``; 0 turns the rule off, today's behaviour before round 12) and the
shortest items of a list of two (``WHOLE_MIN_PAIR``).  Each set is held out in turn, the setting
with the best mean programmes F1 over the others is chosen (ties: the rule off, then the longest
items and the strictest pairs: a list of short items is paired with its last item by the judge
anyway, so only lists of longer items tell the settings apart) and the held-out set is scored with it, as benchmarks/programs_grouped_cv.py does for
the scorer's recipe.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from civicextract.document import normalize  # noqa: E402
from civicextract.extractors.programs import extractor  # noqa: E402
from civicextract.extractors.programs.coordination import coordinated  # noqa: E402
from civicextract.extractors.programs.lexicon import lexicon  # noqa: E402
from civicextract.train.programs import program_match  # noqa: E402


def load(texts_path: Path):
    gold_path = texts_path.with_name(texts_path.name.replace(".jsonl", ".gold.jsonl"))
    gold = {g["id"]: g for g in map(json.loads, gold_path.read_text(encoding="utf-8").splitlines()) if g}
    for line in texts_path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            art = json.loads(line)
            if art["id"] in gold:
                yield art, gold[art["id"]]


def classify(co, gold: dict, kept: list[str]) -> str:
    """The case's class (module docstring) and whether the extractor keeps the last item today."""
    names = [p["name"] for p in gold.get("programs", [])]
    optional = gold.get("programs_optional", [])
    whole, last, split = co.whole, co.items[-1] + co.head, co.split()[:-1]
    w = any(program_match(g, whole) for g in names)
    la = any(program_match(g, last) for g in names)
    sp = any(program_match(g, x) for g in names for x in split)
    if sp:
        cls = "split"
    elif w and la:
        cls = "either"
    elif w:
        cls = "whole"
    elif la:
        cls = "last"
    elif any(program_match(o, n) for o in optional for n in (whole, last, *split)):
        cls = "optional"
    else:
        cls = "none"
    return cls + ("+kept" if any(program_match(k, last) for k in kept) else "")


def cases(paths: list[Path]):
    lex = lexicon()
    for path in paths:
        for art, gold in load(path):
            text = normalize(art["text"], id=art["id"]).text
            kept = [p.name for p in extractor.extract(normalize(art["text"], id=art["id"]))]
            for prop in extractor.candidate_records(text, lex):
                if not prop.rec.mentions:
                    continue
                s, e = prop.rec.mentions[0]
                co = coordinated(text, s, e, lex)
                if co is None:
                    continue
                yield path.stem, art["id"], prop, co, classify(co, gold, kept)


def set_f1(paths: list[Path]) -> dict[str, float]:
    """Programmes F1 per set (the judge's pairing) with the extractor as configured now."""
    sys.path.insert(0, "/work/shared/eval")
    import score as judge  # noqa: PLC0415 - the shared judge, outside the package

    out = {}
    for path in paths:
        tp = fp = fn = 0
        for art, gold in load(path):
            pred = [{"name": p.name} for p in extractor.extract(normalize(art["text"], id=art["id"]))]
            g = gold.get("programs", [])
            pairs, ignored = judge.pair_programs(g, gold.get("programs_optional", []), pred)
            tp, fp, fn = tp + len(pairs), fp + len(pred) - len(pairs) - ignored, fn + len(g) - len(pairs)
        out[path.stem] = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return out


def grouped_cv(paths: list[Path]) -> None:
    from civicextract.extractors.programs import coordination  # noqa: PLC0415

    saved = coordination.WHOLE_MAX_ITEM, coordination.WHOLE_MIN_PAIR
    settings = [(0, 3)] + [(m, p) for m in (2, 3, 4, 5, 6, 8) for p in (2, 3, 4)]
    table = {}
    for m, p in settings:
        coordination.WHOLE_MAX_ITEM, coordination.WHOLE_MIN_PAIR = m, p
        table[(m, p)] = set_f1(paths)
    coordination.WHOLE_MAX_ITEM, coordination.WHOLE_MIN_PAIR = saved
    stems = [p.stem for p in paths]
    print("| held out | chosen (max item, min pair) | F1 rule off | F1 chosen |")
    print("|---|---|---|---|")
    off_sum = cv_sum = 0.0
    for h in stems:
        rest = [x for x in stems if x != h]
        best = max(settings, key=lambda st: (round(sum(table[st][x] for x in rest) / len(rest), 6), st == (0, 3), st[0], st[1]))
        off, got = table[(0, 3)][h], table[best][h]
        off_sum, cv_sum = off_sum + off, cv_sum + got
        print(f"| {h} | {best} | {off:.3f} | {got:.3f} |")
    print(f"| **mean** | | {off_sum / len(stems):.3f} | {cv_sum / len(stems):.3f} |")
    print("\nin-sample mean F1 per setting:")
    for st in settings:
        print(f"  {st}: {sum(table[st].values()) / len(stems):.4f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("texts", nargs="*", type=Path)
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--cv", action="store_true", help="choose the whole-list rule's settings by grouped CV")
    a = ap.parse_args()
    paths = a.texts or [
        ROOT / "corpus" / "dev.jsonl",
        ROOT / "corpus" / "fit.jsonl",
        *sorted(p for p in (ROOT / "corpus").glob("holdout_programs*.jsonl") if "_r12" not in p.name),
    ]
    paths = [p for p in paths if not p.name.endswith(".gold.jsonl")]
    if a.cv:
        grouped_cv(paths)
        return
    from civicextract.extractors.programs import coordination  # noqa: PLC0415

    coordination.WHOLE_MAX_ITEM = 0  # the cases as the finders leave them, before the whole-list rule
    n: Counter[str] = Counter()
    arts: dict[str, set[str]] = defaultdict(set)
    for stem, aid, prop, co, cls in cases(paths):
        n[cls] += 1
        arts[cls].add(f"{stem}:{aid}")
        if a.list:
            print(f"{cls:8} {stem}:{aid} {'、'.join(co.items)} | {co.head} | {sorted(prop.kinds)}")
    for cls in sorted(n):
        print(f"{cls}: {n[cls]} cases ({len(arts[cls])} articles)")


if __name__ == "__main__":
    main()
