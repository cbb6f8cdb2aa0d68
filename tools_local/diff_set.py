"""Print gold vs predicted officials for chosen ids of a set (A halves only during a round)."""
import json
import sys

from civicextract import Pipeline

texts, gold = sys.argv[1], sys.argv[2]
ids = set(sys.argv[3].split(",")) if len(sys.argv) > 3 else None
G = {json.loads(line)["id"]: json.loads(line) for line in open(gold, encoding="utf-8")}
pipe = Pipeline()
for line in open(texts, encoding="utf-8"):
    r = json.loads(line)
    if ids and r["id"] not in ids or r["id"] not in G:
        continue
    art = pipe.extract(r["text"], id=r["id"])
    got = {o.name: list(o.titles) for o in art.officials}
    want = {o["name"]: o["titles"] for o in G[r["id"]]["officials"]}
    miss = [n for n in want if n not in got]
    extra = [n for n in got if n not in want]
    print(r["id"], "MISS", [(n, want[n]) for n in miss], "EXTRA", [(n, got[n]) for n in extra])
