"""Every record the pipeline gives on the texts a speed change must not alter, as one JSON line per article.

    .venv/bin/python tools_local/records_snapshot.py OUT.jsonl        # write a snapshot
    .venv/bin/python tools_local/records_snapshot.py OUT.jsonl --against BASE.jsonl   # and compare

Texts: every ``corpus/*.jsonl`` that is not gold (dev, fit, holdout_*, unseen_*, seed),
the Traditional variants of dev and fit (OpenCC s2t, s2hk, s2tw, as in
``benchmarks/traditional_records.py``) and the Hong Kong pages of the shared train set
t111-t124 except the sealed ones (t112, t116, t120, t124 and any id of the check split:
those are skipped before their text is looked at).  Both ``Pipeline().extract`` and
``Pipeline().extract_many`` are run; the line holds ``to_dict()`` of each.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from civicextract.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path("/work/shared/corpus")
_SEALED = frozenset({"t112", "t116", "t120", "t124"})
_HONG_KONG = tuple(f"t{i}" for i in range(111, 125))


def _rows(path: Path) -> list[tuple[str, str]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            a = json.loads(line)
            out.append((str(a["id"]), a["text"]))
    return out


def texts() -> list[tuple[str, str, str]]:
    """(set, id, text) of every text the snapshot covers."""
    out: list[tuple[str, str, str]] = []
    for path in sorted((ROOT / "corpus").glob("*.jsonl")):
        if path.name.endswith(".gold.jsonl"):
            continue
        out += [(path.stem, i, t) for i, t in _rows(path)]
    import opencc

    base = [(i, t) for name in ("dev", "fit") for i, t in _rows(ROOT / "corpus" / f"{name}.jsonl") if not i.endswith("-t")]
    for config in ("s2t", "s2hk", "s2tw"):
        conv = opencc.OpenCC(f"{config}.json")
        out += [(config, i, conv.convert(t)) for i, t in base]
    check = frozenset(json.loads((SHARED / "train_split.json").read_text(encoding="utf-8"))["check"])
    wanted = [i for i in _HONG_KONG if i not in _SEALED and i not in check]
    for line in (SHARED / "train.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        a = json.loads(line)
        if a["id"] in wanted:  # the id decides before the text is touched
            out.append(("hong_kong", a["id"], a["text"]))
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("--against", type=Path)
    args = ap.parse_args()
    rows = texts()
    pipe = Pipeline()
    many = [a.to_dict() for a in pipe.extract_many([t for _, _, t in rows])]
    with args.out.open("w", encoding="utf-8") as f:
        for (name, aid, text), batch in zip(rows, many, strict=True):
            one = pipe.extract(text).to_dict()
            f.write(json.dumps({"set": name, "id": aid, "one": one, "many": batch}, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{len(rows)} texts -> {args.out}")
    if args.against is None:
        return 0
    new = args.out.read_text(encoding="utf-8").splitlines()
    old = args.against.read_text(encoding="utf-8").splitlines()
    diff = [json.loads(a)["set"] + "/" + json.loads(a)["id"] for a, b in zip(new, old, strict=True) if a != b]
    if len(new) != len(old) or diff:
        print(f"DIFFERENT: {len(diff)} texts, lines {len(new)} vs {len(old)}: {diff[:20]}")
        return 1
    print(f"identical: {len(new)} texts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
