"""Traditional input gives the records of its Simplified original: the articles where it does not.

    .venv/bin/python benchmarks/traditional_records.py [FILE.jsonl ...] [--configs s2t,s2hk,s2tw]

Each Simplified article (default: the repository's corpus/dev.jsonl and
corpus/fit.jsonl, without their ``-t`` variants) is converted to Traditional
with OpenCC (``s2t``: OpenCC's standard, ``s2hk``: Hong Kong, ``s2tw``: Taiwan,
which writes the particle 着 as 著) and extracted again.  The records must be
the same, surfaces aside (``text`` keeps the Traditional characters, offsets
point into the Traditional text) and the meta title aside.  Prints per
configuration how many articles differ and, for each, the kind and the records
on each side.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from civicextract.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
_SURFACE = frozenset({"start", "end", "text", "mentions", "context"})
KINDS = ("money", "metrics", "programs", "officials")


def comparable(article: dict) -> dict:
    """An article's records without what depends on the script's characters or positions."""
    out = {kind: [{k: v for k, v in r.items() if k not in _SURFACE} for r in article.get(kind, [])] for kind in KINDS}
    out["meta"] = {k: v for k, v in (article.get("meta") or {}).items() if k != "title"}
    return out


def differences(texts: list[tuple[str, str]], configs: tuple[str, ...]) -> dict[str, list[tuple[str, str]]]:
    """For each configuration, the (id, kind) pairs whose records differ from the Simplified original's."""
    import opencc

    pipe = Pipeline()
    out: dict[str, list[tuple[str, str]]] = {c: [] for c in configs}
    converters = {c: opencc.OpenCC(f"{c}.json") for c in configs}
    for aid, text in texts:
        base = comparable(pipe.extract(text).to_dict())
        for c, conv in converters.items():
            other = comparable(pipe.extract(conv.convert(text)).to_dict())
            out[c] += [(aid, kind) for kind in base if base[kind] != other[kind]]
    return out


def simplified_articles(paths: list[Path]) -> list[tuple[str, str]]:
    rows = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                a = json.loads(line)
                if not str(a["id"]).endswith("-t"):
                    rows.append((str(a["id"]), a["text"]))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "files", nargs="*", type=Path, default=[ROOT / "corpus" / "dev.jsonl", ROOT / "corpus" / "fit.jsonl"]
    )
    ap.add_argument("--configs", default="s2t,s2hk,s2tw")
    a = ap.parse_args()
    texts = simplified_articles(a.files)
    diff = differences(texts, tuple(a.configs.split(",")))
    for c, pairs in diff.items():
        ids = sorted({aid for aid, _ in pairs})
        print(f"{c:<5} {len(texts) - len(ids)}/{len(texts)} articles give the same records; differ: {ids or 'none'}")
        for aid, kind in pairs:
            print(f"      {aid} {kind}")


if __name__ == "__main__":
    main()
