"""perfnum12: each shortcut of the officials, metrics and money stages against its reference.

The reference is the shared code with the shortcut switched off (``fast=False``), never a copy.
"""

from hypothesis import example, given, settings
from hypothesis import strategies as st

from civicextract.extractors.money import purpose as P

# the characters _TRAIL_RE and _LEAD_RE turn on, with plain words between
_TRAIL_ALPHABET = st.sampled_from(
    list("约近超过达为是共将可均由到至的了以在则、和及与（()）“”「【】 \n\t0123456789年月度今去每人元项目资金总投入其中并按")
    + ["超过", "不少于", "累计", "分别", "提升至", "2023年度", "5月份", "（含税）", "人民币", "今年以来", "其中的"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_TRAIL_ALPHABET, max_size=14).map("".join))
@example("项目总投资约")
@example("资金（含税）")
@example("资金（含税)\n")
@example("2023年度")
@example("附近")
@example("其中的项目累计")
@example("收入低于")
def test_clean_before_tail_search_equals_sub(s):
    assert P._clean_before(s) == P._clean_before(s, fast=False)


def test_trail_width_bounds_the_bounded_branches():
    # \d{4}年度 is the longest bounded branch; a branch longer than the search window would
    # be missed by the tail search, so the width is read from the pattern, pinned here
    assert P._TRAIL_WIDTH == 6
    assert P._clean_before("本次项目资金总额约为") == "本次项目资金总额"
    assert P._clean_before("并按照今年项目资金2023年度") == "项目资金"
