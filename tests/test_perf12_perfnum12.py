"""perfnum12: each shortcut of the officials, metrics and money stages against its reference.

The reference is the shared code with the shortcut switched off (``fast=False``), never a copy.
"""

from hypothesis import example, given, settings
from hypothesis import strategies as st

from civicextract.extractors.money import clauses as C
from civicextract.extractors.money import trim as T

# the characters _TRAIL_RE and _LEAD_RE turn on, with plain words between
_TRAIL_ALPHABET = st.sampled_from(
    list("约近超过达为是共将可均由到至的了以在则、和及与（()）“”「【】 \n\t0123456789年月度今去每人元项目资金总投入其中并按")
    + ["超过", "不少于", "累计", "分别", "提升至", "2023年度", "5月份", "（含税）", "人民币", "今年以来", "其中的"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_TRAIL_ALPHABET | st.sampled_from("\u3000\xa0\r") | st.characters(min_codepoint=0x4E00, max_codepoint=0x4EFF), max_size=14).map("".join))
@example("项目总投资约")
@example("资金（含税）")
@example("资金（含税)\n")
@example("2023年度")
@example("附近")
@example("其中的项目累计")
@example("收入低于")
@example("补助标准每项")
@example("资金\u3000")
@example("每")
@example("项目的")
def test_clean_before_tail_search_equals_sub(s):
    assert T.clean_before(s) == T.clean_before(s, fast=False)


def test_trail_width_bounds_the_bounded_branches():
    # \d{4}年度 is the longest bounded branch; a branch longer than the search window would
    # be missed by the tail search, so the width is read from the pattern, pinned here
    assert T._TRAIL_WIDTH == 6
    # the last-character gate is derived (not given up on), and knows 每X and spaces
    assert T._TRAIL_LASTS is not None and T._TRAIL_LASTS[1] == frozenset("每") and T._TRAIL_LASTS[2]
    assert not T._may_trail("项目资金") and T._may_trail("补助每人") and T._may_trail("资金 ")
    assert T.clean_before("本次项目资金总额约为") == "本次项目资金总额"
    assert T.clean_before("并按照今年项目资金2023年度") == "项目资金"


_CLAUSE_ALPHABET = st.sampled_from(list("，。；：！？\\n!?;|,1234567890元项目资金年 、") + ["\n"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_CLAUSE_ALPHABET, max_size=40).map("".join), st.integers(0, 45), st.integers(0, 45))
@example("投入1,000万元，用于", 9, 0)
@example("a,1", 2, 0)
@example("a,1", 3, 1)
@example("1,", 2, 0)
def test_clause_and_sentence_start_equal_their_scans(text, pos, floor):
    assert C.clause_start(text, pos, floor) == C.clause_start(text, pos, floor, fast=False)
    assert C.sentence_start(text, pos) == C.sentence_start(text, pos, fast=False)


def test_clause_start_on_a_real_sentence():
    text = "今年，市财政安排资金1,200万元，用于老旧小区改造"
    assert C.clause_start(text, text.index("用于"), 0) == text.index("用于")
    assert C.clause_start(text, text.index("1,200"), 0) == text.index("市财政")  # (1,200's comma is no stop)
    assert C.sentence_start(text, len(text)) == 0


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(list("，。；：！？\n!?;|,1234567890元万 、，,a") + ["1,200", ",1", "1,"]), max_size=30).map("".join),
       st.integers(0, 40), st.integers(0, 40))
@example("1,200元,共", 0, 99)
@example(",1", 0, 1)
@example("1,", 1, 2)
def test_clause_stops_with_a_class_first_equal_the_plain_alternation(text, pos, endpos):
    import re

    plain = re.compile(C._CLAUSE_PLAIN)
    assert [m.span() for m in C.CLAUSE.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert [m.span() for m in C.CLAUSE.finditer(text, pos, endpos)] == [m.span() for m in plain.finditer(text, pos, endpos)]
    a, b = C.CLAUSE.search(text, pos, endpos), plain.search(text, pos, endpos)
    assert (a and a.span()) == (b and b.span())
