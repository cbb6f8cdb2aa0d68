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


def _phrases_of(sentence: str):
    """The phrases of each amount of a made-up sentence, with its neighbours as purpose_of gets them."""
    from civicextract.document import normalize
    from civicextract.extractors.money import extract
    from civicextract.extractors.money.phrases import phrases

    doc = normalize(sentence)
    recs = extract(doc)
    return doc.text, recs, [
        phrases(doc.text, r, recs[i - 1] if i else None, recs[i + 1] if i + 1 < len(recs) else None, None)
        for i, r in enumerate(recs)
    ]


def test_the_phrases_every_rule_reads_are_cut_once():
    # a predicate after the amount empties the phrase after it (the rules see after == ""), the
    # cleaned phrase stays for the rules that read it before the predicate rule
    _, _, (_, second) = _phrases_of("每月支付抚养费1200元，现在1500元也不够了。")
    assert (second.before, second.cleaned, second.predicate, second.after) == ("现在", "也不够了", True, "")
    # 的 and a noun: the noun is after_de, the phrase after is empty
    _, _, (grant,) = _phrases_of("区里为每名新生儿家庭提供1000元的育儿补贴。")
    assert (grant.opens_de, grant.after_de, grant.after, grant.before) == (True, "育儿补贴", "", "区里为每名新生儿家庭提供")


def test_a_sale_that_leaves_no_words_of_what_was_sold_has_no_purpose():
    # the price frame matched (将……以N元的价格售出) but nothing is left of what was sold: the stage
    # answers "" and purpose_of answers None, not "" and not a later rule's guess
    from civicextract.extractors.money.frames import traded
    from civicextract.extractors.money.rules import purpose_of

    text, (rec,), (p,) = _phrases_of("这批设备最终将分别以80万元的价格售出。")
    assert traded(p) == ""
    assert purpose_of(text, rec, None, None) is None
    assert rec.purpose is None
