"""Session 28's shortcuts in segmentation, each against the slow form it stands for, on the
corpus' real articles (raw and normalised) and on sentences with the non-Han runs jieba splits."""

from __future__ import annotations

from itertools import accumulate

import pytest

from civicextract import segment as seg
from civicextract.document import normalize

# dev + fit + seed, as session 26's normalisation round reads them
from .test_speed26_norm import _texts

# Non-Han runs rjieba keeps whole and jieba splits (30-40%, AR-E3000), codes and quoted names the
# segmenter protects, and runs it keeps whole in both (3.5%, C++, 2021年).
SENTENCES = [
    "票价下降30-40%，同比增长3.5%。",
    "采购AR-E3000型设备2台，C++与AT&T-3平台，版本v1.2.3于10:30发布",
    "开展“10+5”专项集中整治攻坚行动，落实“1+10+3+N”工作机制",
    "实行“五定”工作法，“10+5号”文件",
    "www.gov.cn/2021-05-01 ab12-3 x-1",
    "2021年全市GDP达到1.2万亿元",
]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    raw = _texts()
    return raw + [normalize(t).text for t in raw] + SENTENCES


def _reference_tokens(text: str) -> list[tuple[str, int, int]]:
    """segment() as session 27 wrote it: the generator over every word, a Token per word."""
    import rjieba

    cut = _reference_cut(rjieba)
    out: list[tuple[str, int, int]] = []
    pos = 0
    pieces = []
    for m in seg._PROTECT.finditer(text):
        pieces.append((pos, m.start(), None))
        pieces.append((m.start(), m.end(), m.group()))
        pos = m.end()
    pieces.append((pos, len(text), None))
    for s, e, whole in pieces:
        if s >= e:
            continue
        words = [whole] if whole is not None else cut(text[s:e])
        bounds = list(accumulate(map(len, words), initial=s))
        out += zip(words, bounds[:-1], bounds[1:], strict=True)
    return out


_CUT = []


def _reference_cut(rjieba):
    if not _CUT:
        r = rjieba.Jieba()
        for word, freq, tag in seg._domain_words():
            r.add_word(word, freq, tag)
        _CUT.append(lambda t: list(seg._as_jieba(r.cut(t, True))))
    return _CUT[0]


@pytest.mark.skipif(seg.engine_name() != "rjieba", reason="the shortcut is rjieba's")
def test_tokens_are_the_generator_s_on_real_articles(texts):
    for text in texts:
        got = seg.tokens(text)
        assert all(type(t) is seg.Token for t in got)
        assert [tuple(t) for t in got] == _reference_tokens(text), text[:60]


@pytest.mark.skipif(seg.engine_name() != "rjieba", reason="the shortcut is rjieba's")
def test_split_as_jieba_looks_only_where_jieba_splits():
    import rjieba

    r = rjieba.Jieba()
    for text in SENTENCES:
        words = r.cut(text, True)
        assert seg._split_as_jieba(text, list(words)) == list(seg._as_jieba(words))
    # the split itself (tests/test_segment.py has it through segment())
    assert seg._split_as_jieba("ab12-3", ["ab", "12-3"]) == ["ab", "12", "-", "3"]
    assert seg._split_as_jieba("下降30-40%", ["下降", "30-40%"]) == ["下降", "30", "-", "40%"]


def test_segment_is_an_iterator_of_tokens():
    it = seg.segment("文明城市")
    assert iter(it) is it
    assert list(it) == [seg.Token("文明城市", 0, 4)]
    assert seg.tokens("") == []
    assert seg.tokens("落实“1+10+3+N”工作") == [
        ("落实", 0, 2),
        ("“", 2, 3),
        ("1+10+3+N", 3, 11),
        ("”", 11, 12),
        ("工作", 12, 14),
    ]


def test_protected_spans_are_the_pattern_s(texts):
    quoted = ["““ab”", "“ab”“cd”", "“a“b”c”", "“10+5号”", "“五定”“”", "“很长很长很长很长很长很长的句子”", "末尾“"]
    for text in texts + quoted:
        assert [m.span() for m in seg._protected(text)] == [m.span() for m in seg._PROTECT.finditer(text)], text


def test_span_past_the_last_edit_is_start_and_end_s(texts):
    from civicextract.offsets import Edit, rewrite

    maps = [m for t in texts[:150] for m in normalize(t).offsets.maps]
    # a deletion, a replacement and a zero-width insertion last
    maps += [rewrite("abcdef", [Edit(1, 3)])[1], rewrite("abcdef", [Edit(2, 4, "xyz")])[1]]
    maps += [rewrite("abcdef", [Edit(0, 1), Edit(3, 3, "Q")])[1]]
    assert len(maps) > 100
    for m in maps:
        n = m.dst_len
        for s in sorted({0, 1, n // 3, n // 2, n - 2, n - 1, n, *m._dst_end, *m._dst_start}):
            for e in (s + 1, s + 2, s + 7, n):
                if 0 <= s < e <= n:
                    assert m.span(s, e) == (m.start(s), m.end(e)), (s, e)
