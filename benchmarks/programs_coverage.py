"""Coverage of the programmes extractor: which gold names its candidate stage proposes, which it keeps.

    .venv/bin/python benchmarks/programs_coverage.py [TEXTS.jsonl ...] [--misses] [--kept-misses]

Each TEXTS.jsonl needs its gold next to it (``X.jsonl`` -> ``X.gold.jsonl``).  Default: the
repository's in-sample sets (corpus/dev, corpus/fit and every corpus/holdout_programs*).  For every
gold name of ``programs`` (and, apart, of ``programs_optional``) it asks two questions, by the
judge's rule for names (one contains the other and the shorter is at least half as long):

- proposed: does any candidate record (``extractor.candidate_records``, before the scorer and the
  filters) carry a matching name?
- kept: does the extractor's output (``extractor.extract``) carry one?

A gold name never proposed is a recall loss no scorer can win back; one proposed but not kept is
the scorer's (or a filter's) decision.  ``--misses`` lists the names never proposed, each with the
class of its surface in the text (quoted, a works or strategy word at its end, an item of a list,
absent as written) so misses can be counted by ARTICLES per class; ``--kept-misses`` lists those
proposed and dropped.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from civicextract.document import normalize  # noqa: E402
from civicextract.extractors.programs import extractor  # noqa: E402
from civicextract.extractors.programs.lexicon import lexicon  # noqa: E402
from civicextract.train.programs import program_match  # noqa: E402

_QUOTES = re.compile(r"[“”\"‘’「」『』]")
_WORKS = re.compile(
    r"(?:高铁|铁路|城际|高速|公路|机场|枢纽|水库|大桥|特大桥|隧道|通道|港|码头|线|段|工程|项目|水网|管道|电站|基地|园|公园|新区|先行区|示范区|试验区|岛|圈|带|走廊)$"
)
_STRATEGY = re.compile(r"(?:战略|发展|一体化|建设|协作|开发|振兴|崛起|经验|模式)$")
_HEADED = re.compile(r"(?:行动|计划|工程|项目|活动|运动|攻坚战|战役|试点|改革|制度|机制|制|办法|法|政策)$")


def surface_class(text: str, name: str) -> str:
    """The class of a gold name's surface in the article (for counting misses by mechanism)."""
    plain = _QUOTES.sub("", text)
    if name not in text and name not in plain:
        return "absent as written"
    if "“" + name + "”" in text or "‘" + name + "’" in text:
        return "quoted bare"
    i = plain.find(name)
    after = plain[i + len(name) : i + len(name) + 12]
    before = plain[max(0, i - 2) : i]
    if name not in text:  # written with quote marks inside: “X”行动
        return "quoted core + head word"
    if (
        re.match(r"[、和及与]", after)
        or before.endswith(("、", "和"))
        or re.match(r"[^。；，]{0,30}?等(?:项目|工程|重大|重点)", after)
    ):
        return "list item (" + ("works" if _WORKS.search(name) else "other") + ")"
    if _WORKS.search(name):
        return "named works"
    if _STRATEGY.search(name):
        return "strategy"
    if _HEADED.search(name):
        return "programme word, unquoted"
    return "other unquoted"


def load(texts_path: Path):
    gold_path = texts_path.with_name(texts_path.name.replace(".jsonl", ".gold.jsonl"))
    gold = {g["id"]: g for g in map(json.loads, gold_path.read_text(encoding="utf-8").splitlines()) if g}
    for line in texts_path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            art = json.loads(line)
            if art["id"] in gold:
                yield art, gold[art["id"]]


def measure(paths: list[Path], show_misses: bool, show_dropped: bool) -> None:
    lex = lexicon()
    print("| set | articles | gold | proposed | kept | optional | proposed | kept |")
    print("|---|---|---|---|---|---|---|---|")
    classes: dict[str, set[str]] = defaultdict(set)
    class_names: Counter[str] = Counter()
    total = Counter()
    for path in paths:
        c = Counter()
        for art, gold in load(path):
            doc = normalize(art["text"], id=art["id"])
            proposed = [p.rec.name for p in extractor.candidate_records(doc.text, lex)]
            kept = [p.name for p in extractor.extract(doc)]
            c["articles"] += 1
            for field, key in (("programs", "g"), ("programs_optional", "o")):
                names = [p["name"] for p in gold.get("programs", [])] if field == "programs" else gold.get(field, [])
                for g in names:
                    c[key] += 1
                    hit_p = any(program_match(g, n) for n in proposed)
                    hit_k = any(program_match(g, n) for n in kept)
                    c[key + "p"] += hit_p
                    c[key + "k"] += hit_k
                    if field != "programs":
                        continue
                    if not hit_p:
                        cls = surface_class(doc.text, g)
                        classes[cls].add(f"{path.stem}:{art['id']}")
                        class_names[cls] += 1
                        if show_misses:
                            print(f"  MISS {path.stem}:{art['id']} [{cls}] {g}")
                    elif not hit_k and show_dropped:
                        print(f"  DROP {path.stem}:{art['id']} {g}")
        total.update(c)
        _row(path.stem, c)
    _row("all", total)
    print("\nnever proposed, by class: names (articles)")
    for cls, n in class_names.most_common():
        print(f"  {cls}: {n} ({len(classes[cls])})")


def _row(label: str, c: Counter) -> None:
    def pct(a: str, b: str) -> str:
        return f"{c[a]} ({c[a] / c[b]:.3f})" if c[b] else "0"

    print(
        f"| {label} | {c['articles']} | {c['g']} | {pct('gp', 'g')} | {pct('gk', 'g')} | {c['o']} | {pct('op', 'o')} | {pct('ok', 'o')} |"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("texts", nargs="*", type=Path)
    ap.add_argument("--misses", action="store_true", help="list gold programmes never proposed, with their class")
    ap.add_argument("--kept-misses", action="store_true", help="list gold programmes proposed but not kept")
    a = ap.parse_args()
    paths = a.texts or [
        ROOT / "corpus" / "dev.jsonl",
        ROOT / "corpus" / "fit.jsonl",
        *sorted((ROOT / "corpus").glob("holdout_programs*.jsonl")),
    ]  # (a set's part B was left out while it was blind: round 5 ran this on its part A alone)
    measure([p for p in paths if not p.name.endswith(".gold.jsonl")], a.misses, a.kept_misses)


if __name__ == "__main__":
    main()
