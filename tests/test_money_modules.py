"""The money package after its split into modules (session 20): the stages still work together.

Whether they call their shared patterns' methods as methods (the split first imported them by name:
+5 % of money's instructions a pass) is tests/test_method_calls.py's check, for every extractor.
"""

from __future__ import annotations


def test_the_stages_still_find_the_purpose():
    # a made-up sentence through the public interface: the rules, the trim and the clause stops together
    from civicextract.document import normalize
    from civicextract.extractors.money import extract

    recs = extract(normalize("今年，县财政安排专项资金300万元，用于乡村道路硬化。"))
    assert [(r.text, r.purpose) for r in recs] == [("300万元", "乡村道路硬化")]
