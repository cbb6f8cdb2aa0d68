"""Names the titleless office-holder reader adds, over any corpora (precision check)."""
import json
import sys

from civicextract.document import normalize
from civicextract.extractors.officials import extractor as X

real = X.known_holders
for path in sys.argv[1:]:
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        doc = normalize(r["text"])
        X.known_holders = real
        on = {o.name for o in X.extract(doc)}
        X.known_holders = lambda *a: None
        off = {o.name for o in X.extract(doc)}
        X.known_holders = real
        if on - off:
            t = doc.text
            for n in sorted(on - off):
                i = t.find(n)
                print(path.split("/")[-1], r["id"], n, "|", t[max(0, i - 15) : i + len(n) + 12].replace("\n", " "))
