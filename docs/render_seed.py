"""Render the seed article's extraction with displaCy: docs/seed.html (and docs/seed.png).

    .venv/bin/python docs/render_seed.py [--png]

The page is displaCy's span view (``style="span"``, ``spans_key="civic"``:
every span group together) of ``spacy.blank("zh")`` (jieba segmenter) + the
``civicextract`` component on the original Traditional text of
``corpus/seed.jsonl``, then a table of the records.  It uses displaCy's
manual mode only to keep the article's own spacing (see ``render_spans``).
``--png`` takes a full-page screenshot with headless Chromium, so the page
can be looked at, not just parsed.
"""

from __future__ import annotations

import argparse
import html
import json
import shutil
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
JIEBA = {"nlp": {"tokenizer": {"segmenter": "jieba"}}}


def _row(kind: str, w) -> str:
    r = w.record
    if kind == "money":
        what = f"{r.amount} {r.currency} ({r.qualifier})" + (f" — {r.purpose}" if r.purpose else "")
        name = r.text
    elif kind == "metrics":
        what = f"{r.value} {r.unit} ({r.qualifier})" + (f" — {r.subject}" if r.subject else "")
        name = r.text
    elif kind == "programs":
        name, what = (
            r.name,
            "; ".join(
                filter(
                    None,
                    [
                        "aliases: " + "、".join(r.aliases) if r.aliases else "",
                        "components: " + "、".join(r.components) if r.components else "",
                    ],
                )
            ),
        )
    else:
        name = r.name
        what = "、".join(r.titles) + (f" ({r.role})" if r.role else "")
        what += "".join(f" [{s.text}@{s.start_char}]" for s in w.title_spans)
    spans = " ".join(f"{s.text}@{s.start_char}-{s.end_char}" for s in w.mentions)
    return (
        f"<tr><td>{kind}</td><td>{html.escape(name)}</td><td>{html.escape(what)}</td><td>{html.escape(spans)}</td></tr>"
    )


# displaCy's span renderer writes a space after every token outside a span
# and folds newlines into spaces: right for English, unreadable for Chinese.
# Manual mode with marked tokens lets the page keep the article's own text.
_MARK, _BR = "\u2063", "\u2064"
_TEMPLATE = (
    '<span style="font-weight: bold; display: inline-block; position: relative; height: {total_height}px;">'
    "{text}{span_slices}{span_starts}</span>"
)


def render_spans(doc, spans_key: str, options: dict) -> str:
    """``displacy.render(doc, style="span")`` without the spaces it puts between Chinese tokens."""
    from spacy import displacy

    data = displacy.parse_spans(doc, {"spans_key": spans_key})
    data["tokens"] = [t.text_with_ws.replace("\n", _BR) + _MARK for t in doc]
    from spacy.displacy.templates import TPL_SPAN_SLICE, TPL_SPAN_START

    template = {"span": _TEMPLATE, "slice": TPL_SPAN_SLICE, "start": TPL_SPAN_START}
    markup = displacy.render(data, style="span", manual=True, options={**options, "template": template})
    return markup.replace(_MARK + " ", "").replace(_MARK, "").replace(_BR, "<br>")


def render(text: str) -> str:
    import spacy

    from civicextract.spacy_component import DISPLACY_OPTIONS, LABELS

    nlp = spacy.blank("zh", config=JIEBA)
    nlp.add_pipe("civicextract")
    doc = nlp(text)
    view = render_spans(doc, "civic", DISPLACY_OPTIONS)
    counts = ", ".join(f"{LABELS[k]} {len(doc.spans['civic_' + k])}" for k in LABELS)
    rows = "".join(
        _row(kind, w) for kind in ("money", "metrics", "programs", "officials") for w in getattr(doc._, kind)
    )
    meta = html.escape(json.dumps(doc._.civic.meta.to_dict(), ensure_ascii=False))
    return f"""<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>civicextract: the seed article in displaCy</title>
<style>body{{font-family:sans-serif;max-width:1100px;margin:2em auto;line-height:1.6}}
table{{border-collapse:collapse;font-size:14px}}td,th{{border:1px solid #ccc;padding:2px 6px;vertical-align:top}}</style>
</head><body>
<h1>civicextract on the seed article</h1>
<p><code>spacy.blank("zh")</code> (jieba segmenter) + <code>nlp.add_pipe("civicextract")</code>, rendered with
displaCy's span view of <code>doc.spans["civic"]</code> (every group). Spans are on the original
(Traditional, pinyin-annotated) text. Span groups: {counts}.</p>
<p>meta: <code>{meta}</code></p>
{view}
<h2>Records (<code>doc._.money</code>, <code>doc._.metrics</code>, <code>doc._.programs</code>, <code>doc._.officials</code>)</h2>
<table><tr><th>kind</th><th>text / name</th><th>fields</th><th>spans (text@start-end)</th></tr>{rows}</table>
</body></html>
"""


def screenshot(page: Path, png: Path) -> None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if browser is None:
        raise SystemExit("no Chromium found: apt-get install chromium")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                browser,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                f"--user-data-dir={profile}",
                "--hide-scrollbars",
                "--window-size=1100,4200",
                f"--screenshot={png}",
                page.resolve().as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", default=str(ROOT / "corpus" / "seed.jsonl"))
    ap.add_argument("--out", default=str(ROOT / "docs" / "seed.html"))
    ap.add_argument("--png", action="store_true", help="also write a screenshot next to the page")
    args = ap.parse_args()
    text = json.loads(Path(args.seed).read_text(encoding="utf-8").splitlines()[0])["text"]
    out = Path(args.out)
    out.write_text(render(text), encoding="utf-8")
    print(f"wrote {out}")
    if args.png:
        screenshot(out, out.with_suffix(".png"))
        print(f"wrote {out.with_suffix('.png')}")


if __name__ == "__main__":
    main()
