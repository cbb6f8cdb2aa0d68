"""speed19: cheap tests put before the calls and slices of the metrics' per-figure passes.

Each gate below must let through every subject (or gap) the test after it accepts: the gate is
pinned here against the function it stands before, on the subjects those functions are written
for and on every string the gate's own characters can end.
"""

from civicextract.extractors.metrics import comparisons as C
from civicextract.extractors.metrics import indicators as I

# Subjects the change and comparison passes are written for, and some they must leave alone
_SUBJECTS = [
    "较上月下降", "同比增长", "比上年提高了", "高于全国", "比9月加快", "1-7月增长", "上半年同比增长",
    "增长", "下降了", "均低于全省", "分别快于全市", "规上工业增加值", "城镇居民人均可支配收入", "多",
    "份", "余", "和", "其中", "近年来", "集装箱货车", "企业数量", "较去年的", "环比回落", "年均增长",
]


def test_alone_last_holds_every_last_character_comparison_alone_accepts():
    # (_comparison_alone is true only when one of its two tests is, and each opens by the last character)
    assert I.COMPARISON_LAST <= C._ALONE_LAST and C._CHANGE_LAST <= C._ALONE_LAST
    for subject in _SUBJECTS:
        if C._comparison_alone(subject):
            assert subject[-1] in C._ALONE_LAST, subject
    assert C._comparison_alone("较上月下降") and C._comparison_alone("高于全国")
    assert not C._comparison_alone("规上工业增加值")


def test_alone_last_gate_changes_nothing_at_any_last_character():
    for subject in _SUBJECTS:
        # every character the gate lets pass or stops, at the subject's end
        for last in sorted(C._ALONE_LAST) + ["值", "车", "入", "的"]:
            s = subject[:-1] + last
            gated = bool(s) and s[-1] in C._ALONE_LAST and C._comparison_alone(s)
            assert gated == C._comparison_alone(s), s


def test_nothing_or_leftover_is_the_union_named_or_next_best_tests():
    assert C._NOTHING_OR_LEFTOVER == C._NOTHING_WORDS | C._LEFTOVERS
    for subject in _SUBJECTS:
        before = C._names_nothing(subject) or subject in C._LEFTOVERS
        assert before == (subject in C._NOTHING_OR_LEFTOVER), subject


def test_list_gaps_are_one_or_two_characters():
    # comparator_pairs slices a gap only when it is one or two characters long
    assert {len(g) for g in C._LIST_GAPS} == {1, 2}


class _Hit(tuple):
    start = property(lambda self: self[0])
    tail = property(lambda self: self[1])


def _hits(text: str, figures: list[str]) -> list[_Hit]:
    out, pos = [], 0
    for f in figures:
        s = text.index(f, pos)
        out.append(_Hit((s, s + len(f))))
        pos = s + len(f)
    return out


def test_comparator_pairs_pairs_margins_with_comparators():
    text = "全市工业增加值增长10.5%，分别高于全国、全省6.7个、5.2个百分点。"
    hits = _hits(text, ["10.5%", "6.7个", "5.2个百分点"])
    out = ["工业增加值增长", None, None]
    C.comparator_pairs(text, hits, out)
    assert out == ["工业增加值增长", "高于全国", "高于全省"]


def test_comparator_pairs_leaves_figures_apart():
    text = "今年新增企业120家，较去年多出30家，其中制造业企业45家。"
    hits = _hits(text, ["120家", "30家", "45家"])
    out = ["新增企业", "较去年多出", "制造业企业"]
    C.comparator_pairs(text, hits, out)
    assert out == ["新增企业", "较去年多出", "制造业企业"]
