"""Probe: synthetic sentences of the issue-11 layout classes; prints what the pipeline gives."""
import sys

from civicextract.pipeline import Pipeline

P = Pipeline()
for line in sys.stdin:
    t = line.rstrip("\n")
    if not t or t.startswith("#"):
        continue
    art = P.extract(t)
    print(t[:60], "=>", [(o.name, list(o.titles), o.role) for o in art.officials])
