"""A folder of HTML pages through `civicextract run`, then the records with the text they came from.

    python examples/html_folder.py [PAGES_FOLDER] [OUTDIR]

Pages are decoded (charset from <meta>, else detected: examples/data/pages/roads.html
is GB18030), their main text is taken out of the navigation and footers
(trafilatura), and the records' offsets point into that text, which
articles.jsonl keeps as "text" for HTML input.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(pages: str, outdir: str) -> None:
    # The command line is the batch API: worker processes, resumable, atomic outputs.
    cmd = [sys.executable, "-m", "civicextract", "run", pages, "-o", outdir, "--force", "--no-progress"]
    subprocess.run(cmd, check=True)

    with open(Path(outdir) / "articles.jsonl", encoding="utf-8") as fh:
        for line in fh:
            art = json.loads(line)
            text, prov = art["text"], art["provenance"]
            print(f"== {art['id']} ({prov['encoding']}), page title {prov['title']!r}")
            for m in art["money"]:
                print(f"money    {text[m['start'] : m['end']]} = {m['amount']} {m['currency']}, for {m['purpose']}")
            for o in art["officials"]:
                s, e = o["mentions"][0]
                print(f"official {text[s:e]} ({'、'.join(o['titles'])}), {o['role']}")


if __name__ == "__main__":
    pages = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "examples" / "data" / "pages")
    if len(sys.argv) > 2:
        main(pages, sys.argv[2])
    else:
        with tempfile.TemporaryDirectory() as tmp:
            main(pages, str(Path(tmp) / "out"))
