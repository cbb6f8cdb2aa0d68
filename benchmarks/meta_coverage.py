"""Meta coverage: for each gold meta field, is the gold value among what the
finders PROPOSE (every source candidate, every reporter name, every editor /
published value assigned), and is it the one CHOSEN (the final record)?

usage: meta_coverage.py [TEXTS GOLD ...] [--misses] [--hk]
(no pairs: dev, fit and the repository's meta hold-out sets; --misses lists each
field the output gets wrong, with the candidates the finders proposed; --hk adds the
evaluation-only Hong Kong meta sets kept outside the repository, /work/hkextra/meta*/,
where that folder exists)
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import civicextract.extractors.meta as metamod
from civicextract.extractors.meta.found import Found
from civicextract.pipeline import Pipeline

_LOG: list = []  # the Found of each article, in order


class Recording(Found):
    def __init__(self) -> None:
        object.__setattr__(self, "seen", {"editor": [], "published": [], "title": []})
        super().__init__()
        _LOG.append(self)

    def __setattr__(self, name, value):
        if name in ("editor", "published", "title") and value is not None:
            self.seen[name].append(value)
        object.__setattr__(self, name, value)


metamod.Found = Recording


_ROOT = Path(__file__).resolve().parent.parent
_DEFAULT = [
    str(_ROOT / "corpus" / name)
    for stem in ("dev", "fit", "holdout_meta", "holdout_meta_r4", "holdout_meta_r5", "holdout_meta_r6", "holdout_meta_r9", "holdout_meta_r11", "holdout_meta_r12")
    for name in (f"{stem}.jsonl", f"{stem}.gold.jsonl")
]


def load(path):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _hong_kong_sets() -> list[str]:
    """Each Hong Kong meta set's whole file (hk_*.jsonl that is not an A/B half) and its gold."""
    out = []
    for texts in sorted(Path("/work/hkextra").glob("meta*/hk_*.jsonl")):
        name = texts.name
        if name.endswith(".gold.jsonl") or name.endswith(("_A.jsonl", "_B.jsonl", "_stripped.jsonl")):
            continue
        gold = texts.with_name(name[: -len(".jsonl")] + ".gold.jsonl")
        if gold.exists():
            out += [str(texts), str(gold)]
    return out


def main(argv):
    misses = "--misses" in argv
    args = [a for a in argv if not a.startswith("--")] or _DEFAULT
    if "--hk" in argv:
        args = args + _hong_kong_sets()
    pipe = Pipeline()
    tot = Counter()
    for texts_path, gold_path in zip(args[::2], args[1::2], strict=True):
        gold = {g["id"]: g.get("meta") or {} for g in load(gold_path)}
        sub = Counter()
        for rec in load(texts_path):
            gm = gold.get(rec["id"])
            if not gm:
                continue
            _LOG.clear()
            meta = pipe.extract(rec["text"]).meta
            f = _LOG[-1]
            cands = {
                "source": [v for _, _, v in sorted(f._sources)],
                "editor": f.seen["editor"],
                "published": [str(p)[:10] for p in f.seen["published"]],
                "reporters": [n for _, n in f._reporters],
            }
            for field in ("source", "published", "editor", "reporters"):
                want = gm.get(field)
                if not want:
                    continue
                got = getattr(meta, field)
                if field == "published":
                    want, got = str(want)[:10], str(got or "")[:10]
                if field == "reporters":
                    got = list(got)
                    proposed = all(n in cands[field] for n in want)
                else:
                    proposed = want in cands[field]
                chosen = want == got
                for c in (sub, tot):
                    c[field, "n"] += 1
                    c[field, "proposed"] += proposed
                    c[field, "chosen"] += chosen
                if misses and not chosen:
                    tag = "NOTPROPOSED" if not proposed else "NOTCHOSEN"
                    print(f"  {rec['id']:10} {field:9} {tag:11} gold={want!r} got={got!r} cands={cands[field]!r}")
        report(texts_path, sub)
    report("TOTAL", tot)


def report(name, c):
    n = sum(c[f, "n"] for f in ("source", "published", "editor", "reporters"))
    p = sum(c[f, "proposed"] for f in ("source", "published", "editor", "reporters"))
    k = sum(c[f, "chosen"] for f in ("source", "published", "editor", "reporters"))
    parts = [f"{f[:3]} {c[f, 'proposed']}/{c[f, 'chosen']}/{c[f, 'n']}" for f in ("source", "published", "editor", "reporters")]
    print(f"{name.split('/')[-1]:28} fields {n:4}  proposed {p / max(n, 1):.3f}  chosen {k / max(n, 1):.3f}   " + "  ".join(parts))


if __name__ == "__main__":
    main(sys.argv[1:])
