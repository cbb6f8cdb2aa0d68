"""The civicextract spaCy component: records as spans on the original text.

    pip install -e '.[spacy]'
    python examples/spacy_pipeline.py

Builds a blank Chinese pipeline (jieba segmenter) with the component, runs it
on the seed article (Traditional, with pinyin notes) and prints the spans.
"""

from __future__ import annotations

import json
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    text = json.loads((ROOT / "corpus" / "seed.jsonl").read_text(encoding="utf-8").splitlines()[0])["text"]

    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.add_pipe("civicextract")  # found by name: installing civicextract registers the factory
    doc = nlp(text)

    print(f"article record: {len(doc._.civic.money)} money, {len(doc._.civic.officials)} officials")
    for m in doc._.money:
        # m.span is a spaCy Span over doc.text, the original input, at the record's offsets
        print(f"MONEY    {m.span.text} [{m.span.start_char}:{m.span.end_char}] = {m.amount} {m.currency}")
    for o in doc._.officials:
        titles = ", ".join(s.text for s in o.title_spans)
        print(f"OFFICIAL {o.name}: {len(o.mentions)} mentions, titles in text: {titles}")
    labels = sorted({span.label_ for span in doc.spans["civic"]})
    print(f"span labels in doc.spans['civic']: {labels}")


if __name__ == "__main__":
    main()
