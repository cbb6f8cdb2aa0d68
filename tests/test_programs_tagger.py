"""The programme tagger's data side (round 13's experiment, not shipped: benchmarks/programs_tagger.md).

Gold names located in the text, the labels trained on, the windows read, the features and the
decoding of a tagged window.  None of it needs python-crfsuite (the decoding test uses a stand-in
for its tagger), so the suite runs without the package the experiment used.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import programs_tagger as tg  # noqa: E402
import programs_tagger_train as pt  # noqa: E402

from civicextract.document import normalize  # noqa: E402
from civicextract.extractors.programs.lexicon import lexicon  # noqa: E402

# the extractor's own doctest sentence (extractor.py)
SENTENCE = "按照“定领导、定部门”的“五定”要求，开展“10+5”专项集中整治攻坚行动。"


def test_gold_names_are_located_across_quote_marks_and_missing_ones_counted():
    text = normalize(SENTENCE).text
    spans, missing = pt.locate(text, ["10+5专项集中整治攻坚行动", "五定", "双创"])
    assert spans == [(13, 15), (22, 37)]
    assert text[22:37] == "10+5”专项集中整治攻坚行动"  # the closing quote inside the name is labelled too
    assert missing == 1  # 双创 is written nowhere


def test_the_longest_name_wins_an_overlap_and_other_occurrences_stay():
    text = "实施乡村振兴战略，乡村振兴见成效。"
    assert pt.locate(text, ["乡村振兴", "乡村振兴战略"]) == ([(2, 8), (9, 13)], 0)


def test_only_sentences_with_a_cue_are_read():
    text = "今天天气很好。开展“五定”行动。"
    assert tg.windows(text, lexicon()) == [(7, 16)]
    assert tg.windows(text, lexicon(), cued=False) == [(0, 7), (7, 16)]


def test_a_long_sentence_is_cut_in_windows_of_at_most_max_sentence():
    text = "开展行动" * 120  # 480 characters, no stop
    wins = tg.windows(text, lexicon())
    assert wins == [(0, 200), (200, 400), (400, 480)]


def test_labels_gold_names_b_i_and_optional_names_bo_io():
    text = "开展“五定”行动，推进城中村改造。"
    art = pt.TagArticle("x", text, text, ("五定",), ("城中村改造",), ((3, 5),), 0, ((10, 15),))
    [(feats, labels)] = list(pt.sequences(art, lexicon()))
    assert len(feats) == len(text)
    assert labels == ["O", "O", "O", "B", "I", "O", "O", "O", "O", "O", "BO", "IO", "IO", "IO", "IO", "O", "O"]


def test_features_mark_quotes_programme_words_words_and_distance_to_a_programme_word():
    text = "今天天气很好。开展“五定”行动。"
    feats = tg.features(text, 7, 16, lexicon(), pt.window_words(text, 7, 16))
    shape = [[f for f in fs if f.startswith(("inq", "hw", "hd=", "w=", "wd="))] for fs in feats]
    assert shape == [
        ["hd=3", "w=B", "wd=开展"],
        ["hd=3", "w=E", "wd=开展"],
        ["hd=3", "w=S"],
        ["inq", "hd=3", "w=B", "wd=五定"],
        ["inq", "hd=2", "w=E", "wd=五定"],
        ["hd=2", "w=S"],
        ["hwB", "hd=1", "w=B", "wd=行动"],
        ["hwE", "hd=1", "w=E", "wd=行动"],
        ["w=S"],
    ]
    assert feats[3][:3] == ["bias", "c=五", "c-1=“"]


class _Marginals:
    """A stand-in for pycrfsuite.Tagger: the marginal of each position's label."""

    def __init__(self, values):
        self.values = values

    def marginal(self, label, i):
        return self.values[i]


def test_decoding_keeps_b_i_runs_with_their_weakest_marginal_and_skips_optional_ones():
    labels = ["O", "B", "I", "I", "O", "BO", "IO", "B", "O"]
    tagger = _Marginals([0.9, 0.8, 0.6, 0.95, 0.9, 0.7, 0.7, 0.99, 0.9])
    assert tg.decode(tagger, labels, 100) == [tg.Span(101, 104, 0.6), tg.Span(107, 108, 0.99)]


def test_a_name_carries_no_quote_marks():
    assert tg.clean_name("“10+5”专项集中整治攻坚行动") == "10+5专项集中整治攻坚行动"
