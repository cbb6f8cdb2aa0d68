"""Shared by the metrics and subject hold-out build scripts (rounds 11-12): each metric's gold
fields, its offsets found in order of mention, and the two files written."""

import json


def M(text, value, unit, subject, q="exact", vmax=None):
    return (text, value, unit, subject, q, vmax)


def xw(title, body):
    """A xin-wen-lian-bo section as its Markdown writes it."""
    return f"### {title}\n\n{body}"


class HoldoutSet:
    def __init__(self):
        self.texts, self.golds = [], []

    def add(self, i, source, text, metrics):
        self.texts.append({"id": i, "text": text, "source": source})
        out, pos = [], 0
        for s, v, u, subj, q, vmax in metrics:
            a = text.find(s, pos)
            if a < 0:
                raise SystemExit(f"{i}: {s!r} not found after {pos}")
            out.append({"text": s, "value": v, "value_max": vmax, "qualifier": q, "unit": u, "subject": subj,
                        "start": a, "end": a + len(s)})  # fmt: skip
            pos = a + len(s)
        self.golds.append({"id": i, "money": [], "metrics": out, "programs": [], "programs_optional": [],
                           "officials": [], "meta": {}})  # fmt: skip

    def drop(self, ids):
        self.texts = [r for r in self.texts if r["id"] not in ids]
        self.golds = [r for r in self.golds if r["id"] not in ids]

    def write(self, name):
        """corpus/NAME.jsonl and corpus/NAME.gold.jsonl (run from the repository root)."""
        for path, rows in ((f"corpus/{name}.jsonl", self.texts), (f"corpus/{name}.gold.jsonl", self.golds)):
            with open(path, "w", encoding="utf-8") as fh:
                fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        print(len(self.texts), "texts,", sum(len(g["metrics"]) for g in self.golds), "metrics")
