"""Coverage of the metrics extractor's stages against gold, per gold metric.

    PYTHONPATH=src .venv/bin/python benchmarks/metrics_coverage.py TEXTS GOLD [TEXTS GOLD ...] [--misses]

For every gold metric (its span in the original text), how far the extractor
gets with it:

  number    a number of NUMBER_RE (the scan before any unit or exclusion test)
            overlaps the gold span
  proposed  a metric candidate (``candidates.candidates``: unit found, no
            exclusion) overlaps it with the gold value (value_max too)
  kept      a final record overlaps it and the scorer's key and units agree
  subj_cand the gold subject overlaps (scorer's ``overlaps``) one of the
            phrases the subject rules look at: the right phrase, the left
            phrase (from the previous figure and from the clause start), what
            follows up to the clause end, the topic a clause back, the chosen one
  subj_ok   the chosen subject overlaps the gold subject

``--misses`` lists the gold metrics lost at each stage (article id, text,
the context) for grouping into classes.  Evaluation-only texts may be
measured; their text must not be copied from this output into the repository.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from bisect import bisect_right
from collections import Counter
from pathlib import Path

from civicextract.document import normalize
from civicextract.extractors.metrics import candidates, owners, phrases, scan
from civicextract.extractors.metrics import subjects as sx
from civicextract.numbers import NUMBER_RE
from civicextract.remap import span_mapper

_SCORE = Path("/work/shared/eval/score.py")


def _scorer():
    spec = importlib.util.spec_from_file_location("score", _SCORE)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _load(path: str) -> dict[str, dict]:
    out = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                r = json.loads(line)
                out[str(r["id"])] = r
    return out


def _mapper(doc, gaps):
    to_orig = span_mapper(doc)

    def at(p: int) -> int:
        return p + bisect_right(gaps, p) if gaps else p

    def span(a: int, b: int) -> tuple[int, int]:
        a, b = at(a), at(b - 1) + 1
        return to_orig(a, b) if to_orig else (a, b)

    return span


def _subject_candidates(view: str, hits: list, i: int) -> list[str]:
    h = hits[i]
    prev_end = hits[i - 1].tail if i else 0
    cands = [phrases.right_phrase(view, h.tail)[0], phrases.raw_right(view, h.tail)]
    for floor in (prev_end, 0):
        cands.append(phrases.left_phrase(view, h, floor))
    cands.append(owners.topic_before(view, h.start, 0) or "")
    return [c for c in cands if c]


def _overlap(a, b, sc) -> bool:
    return bool(a) and bool(b) and sc.overlaps(a, b)


def _key(sc, r):
    return sc.metric_key(r)


def measure(texts: dict, gold: dict, sc, misses: list | None, tally: Counter, arts: dict) -> None:
    for aid, g in gold.items():
        if aid not in texts:
            continue
        original = texts[aid]["text"]
        doc = normalize(original, id=aid)
        view, gaps = scan.despaced(doc.text)
        span = _mapper(doc, gaps)
        numbers = [span(*m.span()) for m in NUMBER_RE.finditer(view)]
        hits = list(candidates.candidates(view))
        hit_spans = [span(h.start, h.end) for h in hits]
        subjects = sx.subjects(view, hits) if hits else []
        seen: dict[str, int] = {}
        for gm in g.get("metrics", []):
            if "start" not in gm:
                # (dev and fit gold have no spans: the n-th occurrence of its text)
                p = _find(original, gm["text"], seen.get(gm["text"], 0))
                if p < 0:
                    tally["unlocated"] += 1
                    continue
                seen[gm["text"]] = p + 1
                gm = dict(gm, start=p, end=p + len(gm["text"]))
            a, b = gm["start"], gm["end"]
            gk = _key(sc, gm)
            tally["gold"] += 1
            if not any(x < b and a < y for x, y in numbers):
                _miss(misses, arts, "no_number", aid, original, gm, None)
                continue
            tally["number"] += 1
            found = None
            for k, (x, y) in enumerate(hit_spans):
                if x < b and a < y:
                    h = hits[k]
                    r = {"value": h.value, "value_max": h.value_max, "unit": h.unit}
                    if _key(sc, r) == gk and sc.units_agree(gm, r):
                        found = k
                        break
            if found is None:
                near = [(str(hits[k].value), hits[k].unit) for k, (x, y) in enumerate(hit_spans) if x < b and a < y]
                _miss(misses, arts, "not_proposed" if not near else "wrong_value_unit", aid, original, gm, near)
                continue
            tally["proposed"] += 1
            if not gm.get("subject"):
                continue
            tally["subj_n"] += 1
            chosen = subjects[found]
            cands = _subject_candidates(view, hits, found) + ([chosen] if chosen else [])
            ok = _overlap(gm["subject"], chosen, sc)
            if any(_overlap(gm["subject"], c, sc) for c in cands):
                tally["subj_cand"] += 1
            elif misses is not None:
                _miss(misses, arts, "subj_not_candidate", aid, original, gm, [chosen] + cands)
            if ok:
                tally["subj_ok"] += 1
            elif any(_overlap(gm["subject"], c, sc) for c in cands):
                _miss(misses, arts, "subj_not_chosen", aid, original, gm, [chosen] + cands)


def _find(original: str, t: str, pos: int) -> int:
    """The next occurrence of ``t`` not inside a longer number (2个 in 22个, 5% in 5.5%)."""
    while True:
        p = original.find(t, pos)
        if p < 0:
            return p
        before, after = original[p - 1 : p], original[p + len(t) : p + len(t) + 1]
        if not (t[:1].isdigit() and (before.isdigit() or before == ".")) and not (t[-1:].isdigit() and after.isdigit()):
            return p
        pos = p + 1


def _miss(misses, arts, cls, aid, original, gm, extra) -> None:
    arts.setdefault(cls, set()).add(aid)
    if misses is None:
        return
    a, b = gm["start"], gm["end"]
    ctx = original[max(0, a - 30) : a] + "[" + original[a:b] + "]" + original[b : b + 20]
    misses.append(
        (cls, aid, gm.get("text"), gm.get("value"), gm.get("unit"), gm.get("subject"), extra, ctx.replace("\n", "⏎"))
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pairs", nargs="+", help="TEXTS GOLD [TEXTS GOLD ...]")
    ap.add_argument("--misses", action="store_true")
    a = ap.parse_args()
    sc = _scorer()
    misses: list | None = [] if a.misses else None
    print(f"{'set':<28}{'gold':>6}{'number':>8}{'proposed':>10}{'subj_n':>8}{'cand':>7}{'ok':>7}")
    total: Counter = Counter()
    arts: dict = {}
    for t, g in zip(a.pairs[::2], a.pairs[1::2], strict=True):
        tally: Counter = Counter()
        measure(_load(t), _load(g), sc, misses, tally, arts)
        total.update(tally)
        _row(Path(g).name, tally)
    _row("ALL", total)
    print("articles per miss class:", {k: len(v) for k, v in sorted(arts.items())})
    for m in misses or []:
        print(*m, sep=" | ")


def _row(name: str, t: Counter) -> None:
    n = t["gold"] or 1
    s = t["subj_n"] or 1
    print(
        f"{name:<28}{t['gold']:>6}{t['number'] / n:>8.3f}{t['proposed'] / n:>10.3f}"
        f"{t['subj_n']:>8}{t['subj_cand'] / s:>7.3f}{t['subj_ok'] / s:>7.3f}"
    )


if __name__ == "__main__":
    main()
