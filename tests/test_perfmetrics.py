"""The metrics extractor's speed shortcuts give what the slower code they replace gave.

Each shortcut (a regex for a loop, a cheap character test before a search, a
regex without a group that cannot match) is checked against the plain
version on generated strings; the records of whole articles are checked by
tests/test_metrics.py and the corpora.
"""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from civicextract.document import normalize
from civicextract.extractors.metrics import extractor as metrics
from civicextract.extractors.metrics import subjects
from civicextract.numbers import NUMBER_RE, NUMBER_RE_NO_FRACTION

from .strategies import article_texts

ROOT = Path(__file__).resolve().parent.parent
_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _left_bounds_loop(text: str, start: int, floor: int, stops: str) -> int:
    """subjects._left_bounds as a Python loop back from ``start`` (the code it replaced)."""
    lo = max(floor, start - subjects._LEFT_WINDOW)
    b = lo
    for i in range(start - 1, lo - 1, -1):
        if text[i] in stops:
            b = i + 1
            break
    else:
        if lo > floor and (text[lo - 1].isdigit() or (text[lo - 1] in "半今去明当同全近每往前本" and text[lo] in "年月")):
            b = subjects._CUT_RE.match(text, lo, start).end()
    return b


@_SETTINGS
@given(
    st.text(alphabet="，。；：！？\n,;!?…、年月日号20.半今的投资项目", min_size=1, max_size=80),
    st.integers(0, 80),
    st.integers(0, 80),
    st.sampled_from([subjects.HARD_STOPS, subjects.CLAUSE_STOPS]),
)
def test_left_bounds_is_the_loop(text, start, floor, stops):
    start = min(start, len(text))
    assert subjects._left_bounds(text, start, floor, stops) == _left_bounds_loop(text, start, floor, stops)


def test_left_bounds_on_a_sentence():
    text = "今年以来，全市新增企业1.8万家、个体户3万户"
    assert subjects._left_bounds(text, text.index("1.8"), 0, subjects.HARD_STOPS) == text.index("全")
    assert subjects._left_bounds(text, text.index("3万"), 0, subjects.CLAUSE_STOPS) == text.index("个体")


def _same_matches(text: str) -> None:
    for p in range(len(text)):
        a, b = NUMBER_RE.match(text, p), NUMBER_RE_NO_FRACTION.match(text, p)
        assert (a is None) == (b is None), text[p : p + 20]
        if a is not None:
            assert a.span() == b.span() and a.groupdict() == b.groupdict(), text[p : p + 20]


_NUMBERISH = "0123456789.,%‰一二两三四五六七八九十百千万亿几多余点数上近约超过不足以下左右之分-~至到个人米年成大"


@_SETTINGS
@given(st.one_of(article_texts, st.text(alphabet=_NUMBERISH, max_size=30)))
def test_number_re_without_fraction_matches_alike(text):
    # where 分之 occurs nowhere, NUMBER_RE's fraction group cannot match
    assume("分之" not in text)
    _same_matches(text)


def test_number_re_without_fraction_on_the_corpus():
    texts = [json.loads(x)["text"] for x in (ROOT / "corpus" / "dev.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    checked = 0
    for t in texts[:20]:
        view = normalize(t).text
        if "分之" not in view:
            _same_matches(view)
            checked += 1
    assert checked >= 10


def test_the_fraction_regex_is_used_only_without_fraction():
    # 三分之一 needs the full NUMBER_RE: its match holds the denominator
    text = "全市三分之一的村庄完成改造，新建公园12个"
    assert [m.group() for m in metrics._numbers(text)] == [m.group() for m in NUMBER_RE.finditer(text)]
    assert NUMBER_RE.match(text, 2).group("den") == "三"


# Gaps between figures that the gap patterns of subjects() match are short:
# a longer gap is not copied, and stands as _LONG_GAP (which none matches).
_GAP_OPENERS = ["到", "至", "提升到", "增加至", "下降到", "，达到", "、并达", "，累计达", "共", "合计", "、", "和", "及"]


@_SETTINGS
@given(
    st.sampled_from(_GAP_OPENERS),
    st.text(alphabet="到至的万个人家，、。达并计共", max_size=30),
    st.integers(0, 10),
)
def test_gap_patterns_match_nothing_longer_than_gap_max(opener, rest, extra):
    # (gaps of exactly _GAP_MAX + 1 and more characters, padded with 的)
    gap = (opener + rest + "的" * 30)[: subjects._GAP_MAX + 1 + extra]
    for pattern in (subjects._CONTINUATION_RE, subjects._REACH_AGAIN_RE, subjects._JOINED_RE):
        assert pattern.fullmatch(gap) is None, (pattern.pattern, gap)
        assert pattern.fullmatch(subjects._LONG_GAP) is None


def test_gap_patterns_reach_their_longest():
    # the bound is tight: a continuation of 15 characters is still one
    assert subjects._CONTINUATION_RE.fullmatch("提升到" + "二〇二五年末全市建成区绿") is not None
    assert len("提升到" + "二〇二五年末全市建成区绿") == subjects._GAP_MAX


_CHANGE_WORDS = ["增长", "下降", "上涨", "提高", "增加", "减少", "回落", "上升", "降低", "提升", "同比增长了", "分别增长", "面积", "长度", "时速", "亩产"]


@_SETTINGS
@given(
    st.text(alphabet="全市的比重达为，", max_size=6),
    st.sampled_from(_CHANGE_WORDS),
    st.text(alphabet="了分别\n的", max_size=3),
)
def test_cheap_tests_before_end_anchored_searches(head, word, tail):
    s = head + word + tail
    if subjects._CHANGE_END_RE.search(s) is not None:
        assert s[-1] in subjects._CHANGE_LAST, s
    if subjects._ATTRIBUTE_RE.search(s) is not None:
        assert s[-1] in subjects._ATTRIBUTE_LAST, s


@_SETTINGS
@given(st.text(alphabet="级及以上下内左右个人", max_size=6))
def test_cheap_test_before_the_suffix_qualifier(s):
    if metrics._SUFFIX_RE.match(s) is not None:
        assert s[0] in metrics._SUFFIX_FIRST
