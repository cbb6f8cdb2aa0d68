"""Officials coverage: which gold officials does the candidate stage propose at all, which are kept?

    PYTHONPATH=src .venv/bin/python benchmarks/officials_coverage.py [--show] [SET ...]

For every gold official of each set (texts + gold JSONL, the scorer's format):

* ``proposed``  the name is a key of the candidate stage (``extractor._collect``: every
  person read next to a post, a 同志, a protocol verb or a list, before the
  record filters drop private, bare or one-off people);
* ``kept``      the final records hold the name (the judge's key);
* ``titled``    kept, and every gold title overlaps a predicted title (the judge's title rule).

Misses are grouped by a coarse class read off the article and the gold record
(Hong Kong script, titleless gold, name absent from the normalized text, name
length, a post right after the name) and counted by ARTICLES, as a class that
hits ten articles matters more than one that hits one article ten times.
Sets default to dev, fit and the copyable hold-outs; Hong Kong evaluation-only
sets are read from /work/hkextra when present (their text is never printed
unless --show is given, and never stored).

Round 5, branch start -> end (402 gold officials: dev, fit, the round-3/4
hold-outs, Hong Kong rounds 3/4 and part A of round 5, copyable and Hong Kong):

    set   gold   proposed       kept           titled         extra
    all    402   0.910 -> 0.960 0.891 -> 0.940 0.861 -> 0.920  19 -> 13
    hk4     39   0.769 -> 0.923 0.692 -> 0.872 0.667 -> 0.872
    hk5A    21   0.524 -> 0.952 0.333 -> 0.762 0.238 -> 0.714
    r5A     26   0.846 -> 0.962 0.846 -> 0.962 0.769 -> 0.962
    (dev 0.988 and fit 0.983 kept, unchanged)

Round 6, branch start -> end (444 gold officials: the sets above, round 5's whole
sets now that their part B is scored, part A of round 6, copyable and Hong Kong):

    set   gold   proposed       kept           titled         extra
    all    444   0.946 -> 0.966 0.928 -> 0.962 0.910 -> 0.937  21 -> 10
    ho4     48   0.958 -> 0.979 0.938 -> 0.979 0.938 -> 0.979
    ho5     45   0.889 -> 0.978 0.889 -> 0.978 0.889 -> 0.956
    hk4     39   0.923 -> 0.974 0.872 -> 0.974 0.872 -> 0.949
    hk5     25   0.960 -> 0.960 0.800 -> 0.960 0.760 -> 0.840
    r6A     11   0.909 -> 1.000 0.909 -> 1.000 0.909 -> 1.000

Round 7, branch start -> end (459 gold officials: the sets above with round 6's whole sets):

    set   gold   kept           titled         extra
    all    459   0.952 -> 0.961 0.928 -> 0.937  12 -> 12
    ho6     20   0.950 -> 1.000 0.950 -> 1.000
    hk6     14   0.571 -> 0.786 0.571 -> 0.786
    hk6A     8   0.625 -> 0.750 0.625 -> 0.750 0.625 -> 0.750
    (dev 0.988 and fit 0.983 kept, unchanged; ho3 kept 0.870 -> 0.848: two
    Taiwan party officials the gold leaves out dropped, one it counts by a
    post given only as a clause lost)

Round 9, branch start -> end (541 gold officials: the sets above with round 7's whole sets and
round 9's, golds calibrated against fit's; round 9's part B scored only at the end):

    set   gold   proposed       kept           titled         extra
    all    541   0.919 -> 0.976 0.911 -> 0.970 0.889 -> 0.943  14 -> 11
    ho9     33   0.606 -> 0.970 0.576 -> 0.970 0.576 -> 0.970   2 -> 1
    hk9     28   0.536 -> 0.929 0.571 -> 0.964 0.536 -> 0.857
    ho3     47   0.894 -> 0.936 0.851 -> 0.915 0.787 -> 0.830
    hk6     14   0.786 -> 1.000 0.786 -> 0.929 0.786 -> 0.929
    hk7      7   0.714 -> 0.857 0.714 -> 0.857 0.714 -> 0.857
    (dev kept 0.988 -> 1.000, fit 0.983 unchanged)

Round 10, branch start -> end (the sets above; Hong Kong only: a closed list of local
office-holders read in a sentence about office, 及 chains, statutory bodies' managers, court
verbs; round 10's fresh Hong Kong pages are hk10, part B scored only at the end):

    set   gold   proposed       kept           titled         extra
    all    541   0.978 -> 0.978 0.970 -> 0.974 0.943 -> 0.946  11 -> 11
    hk4     39   1.000 -> 1.000 0.974 -> 1.000 0.949 -> 0.974
    hk6     14   1.000 -> 1.000 0.929 -> 1.000 0.929 -> 1.000
    (dev and fit unchanged; a first cut of the local list without the sentence test added 15
    extras: fit's Hong Kong gold leaves out legislators named bare as candidates or defendants)

Round 11, branch start -> end (the sets above with round 11's fresh sets ho11 and hk11, their part B
scored only before the first fix and after the last; the office-holders list completed from public
rosters: provincial leaders, ministers, the CMC, NPC/CPPCC vice chairs, Macao, foreign heads since 2012):

    set   gold   proposed       kept           titled         extra
    all    625   0.974 -> 0.974 0.968 -> 0.970 0.930 -> 0.931  29 -> 21
    ho11    13   0.846 -> 0.846 0.846 -> 0.846 0.769 -> 0.769   5 -> 1
    hk11    41   0.976 -> 0.976 0.951 -> 0.976 0.780 -> 0.805   9 -> 5
    (every earlier set unchanged: their mentions of the newly listed names are titled already)

Round 12, branch start -> end (668 gold officials: the sets above plus round 11's and round 12's
copyable and Hong Kong sets; round 12's part B included, in-sample after its last scoring)::

    set   gold   proposed       kept           titled         extra
    all    668   0.975 -> 0.981 0.964 -> 0.973 0.928 -> 0.939  24 -> 18
    ho5     45   0.978 -> 1.000 0.978 -> 1.000 0.956 -> 0.978   2 -> 1
    ho9     33   0.970 -> 1.000 0.970 -> 1.000 0.970 -> 1.000
    ho11    13   0.846 -> 0.923 0.846 -> 0.923 0.769 -> 0.846
    hk11    41   1.000 -> 1.000 1.000 -> 1.000 0.829 -> 0.854   5 -> 3
    ho12    23   0.913 -> 0.957 0.826 -> 0.870 0.826 -> 0.870   3 -> 0
    hk12    20   1.000 -> 1.000 0.900 -> 1.000 0.900 -> 1.000
    (dev 1.000 and fit 0.983 kept, unchanged)
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from civicextract.document import normalize
from civicextract.extractors.officials import extractor as X

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = [
    ("dev", "/work/evaldata/dev.jsonl", "/work/evaldata/dev.gold.jsonl"),
    ("fit", "/work/evaldata/fit.jsonl", "/work/evaldata/fit.gold.jsonl"),
    ("ho3", str(ROOT / "corpus/holdout_officials.jsonl"), str(ROOT / "corpus/holdout_officials.gold.jsonl")),
    ("ho4", str(ROOT / "corpus/holdout_officials_r4.jsonl"), str(ROOT / "corpus/holdout_officials_r4.gold.jsonl")),
    ("hk3", "/work/hkextra/officials/hk_officials_stripped.jsonl", "/work/hkextra/officials/hk_officials.gold.jsonl"),
    ("hk4", "/work/hkextra/officials_r4/hk_r4.jsonl", "/work/hkextra/officials_r4/hk_r4.gold.jsonl"),
    ("ho5", str(ROOT / "corpus/holdout_officials_r5.jsonl"), str(ROOT / "corpus/holdout_officials_r5.gold.jsonl")),
    ("hk5", "/work/hkextra/officials_r5/hk_r5.jsonl", "/work/hkextra/officials_r5/hk_r5.gold.jsonl"),
    ("ho6", str(ROOT / "corpus/holdout_officials_r6.jsonl"), str(ROOT / "corpus/holdout_officials_r6.gold.jsonl")),
    ("hk6", "/work/hkextra/officials_r6/hk_r6.jsonl", "/work/hkextra/officials_r6/hk_r6.gold.jsonl"),
    ("ho7", str(ROOT / "corpus/holdout_officials_r7.jsonl"), str(ROOT / "corpus/holdout_officials_r7.gold.jsonl")),
    ("hk7", "/work/hkextra/officials_r7/hk_r7.jsonl", "/work/hkextra/officials_r7/hk_r7.gold.jsonl"),
    ("ho9", str(ROOT / "corpus/holdout_officials_r9.jsonl"), str(ROOT / "corpus/holdout_officials_r9.gold.jsonl")),
    ("hk9", "/work/hkextra/officials_r9/hk_r9.jsonl", "/work/hkextra/officials_r9/hk_r9.gold.jsonl"),
    ("hk10", "/work/hkextra/officials10/hk10.jsonl", "/work/hkextra/officials10/hk10.gold.jsonl"),
    ("ho11", str(ROOT / "corpus/holdout_officials_r11.jsonl"), str(ROOT / "corpus/holdout_officials_r11.gold.jsonl")),
    ("hk11", "/work/hkextra/officials11/hk11.jsonl", "/work/hkextra/officials11/hk11.gold.jsonl"),
    ("ho12", str(ROOT / "corpus/holdout_officials_r12.jsonl"), str(ROOT / "corpus/holdout_officials_r12.gold.jsonl")),
    ("hk12", "/work/hkextra/officials12/hk12.jsonl", "/work/hkextra/officials12/hk12.gold.jsonl"),
    ("ho16", str(ROOT / "corpus/holdout_officials_r16.jsonl"), str(ROOT / "corpus/holdout_officials_r16.gold.jsonl")),
    ("ho17", str(ROOT / "corpus/holdout_officials_r17.jsonl"), str(ROOT / "corpus/holdout_officials_r17.gold.jsonl")),
]
_TRAD = re.compile("[們這個說為於與會議區長來時國過還後裡點員鄉]")


def _clean(s: str) -> str:
    return re.sub(r"[\s“”\"'‘’「」『』《》<>()（）]", "", s or "")


def _load(path: str) -> dict:
    with open(path, encoding="utf-8") as f:
        return {r["id"]: r for r in map(json.loads, f) if r.get("id")}


def _klass(original: str, text: str, g: dict) -> str:
    name = _clean(g["name"])
    hk = bool(_TRAD.search(original))
    where = "HK" if hk else "ML"
    if name not in text:
        return where + ":name-not-in-text"
    if not g.get("titles"):
        return where + ":titleless-gold"
    if len(name) >= 4 or len(name) == 2:
        return where + f":name-len{min(len(name), 4)}"
    i = text.find(name)
    after = text[i + len(name) : i + len(name) + 6]
    if any(after.startswith(t[:2]) or t in after for t in g["titles"]) or re.match(r"[（(]", after):
        return where + ":title-after-name"
    before = text[max(0, i - 2) : i]
    if before and before[-1] in "、和及与":
        return where + ":list-shared-title"
    return where + ":other"


def run(sets, show: bool) -> dict:
    tot = Counter()
    miss_articles = defaultdict(set)
    lines = []
    for label, tpath, gpath in sets:
        if not (Path(tpath).exists() and Path(gpath).exists()):
            continue
        texts, gold = _load(tpath), _load(gpath)
        for aid, grec in gold.items():
            if aid not in texts:
                continue
            original = texts[aid]["text"]
            doc = normalize(original)
            people, _, _ = X._collect(doc.text)
            recs = {_clean(o.name): o for o in X.extract(doc)}
            proposed = {_clean(n) for n in people}
            for g in grec.get("officials", []):
                name = _clean(g["name"])
                tot[label, "gold"] += 1
                tot["all", "gold"] += 1
                p = name in proposed
                k = name in recs
                ok = k and all(
                    any(_clean(t) in _clean(x) or _clean(x) in _clean(t) for x in recs[name].titles)
                    for t in g.get("titles", [])
                    if _clean(t)
                )
                for key, v in (("proposed", p), ("kept", k), ("titled", ok)):
                    tot[label, key] += v
                    tot["all", key] += v
                stage = None if ok else ("unproposed" if not p else "dropped" if not k else "titles")
                if stage:
                    kl = _klass(original, doc.text, g)
                    miss_articles[stage, kl].add(f"{label}/{aid}")
                    if show:
                        i = doc.text.find(name)
                        ctx = doc.text[max(0, i - 25) : i + len(name) + 15].replace("\n", "⏎") if i >= 0 else "-"
                        got = recs[name].titles if k else ()
                        lines.append(
                            f"{stage:10} {kl:24} {label}/{aid} {name} gold={g.get('titles')} got={list(got)} | {ctx}"
                        )
            for n in recs:
                if n not in {_clean(g["name"]) for g in grec.get("officials", [])}:
                    tot[label, "fp"] += 1
                    tot["all", "fp"] += 1
                    if show:
                        lines.append(f"{'extra':10} {'':24} {label}/{aid} {n} got={list(recs[n].titles)}")
    labels = [s[0] for s in sets] + ["all"]
    print(f"{'set':5} {'gold':>5} {'proposed':>9} {'kept':>7} {'titled':>7} {'extra':>6}")
    for lab in labels:
        n = tot[lab, "gold"]
        if n:
            print(
                f"{lab:5} {n:5} {tot[lab, 'proposed'] / n:9.3f} {tot[lab, 'kept'] / n:7.3f} {tot[lab, 'titled'] / n:7.3f} {tot[lab, 'fp']:6}"
            )
    print("\nmisses by stage and class (articles / people):")
    for (stage, kl), arts in sorted(miss_articles.items(), key=lambda kv: -len(kv[1])):
        print(f"  {stage:10} {kl:26} {len(arts):3} articles")
    if show:
        print("\n".join(lines))
    return tot


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "--show", action="store_true", help="print every miss with its context (evaluation only, never store)"
    )
    ap.add_argument("sets", nargs="*", help="LABEL:TEXTS:GOLD triples; default: dev, fit, hold-outs, Hong Kong extras")
    a = ap.parse_args(argv)
    sets = [tuple(s.split(":", 2)) for s in a.sets] or DEFAULT
    run(sets, a.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
