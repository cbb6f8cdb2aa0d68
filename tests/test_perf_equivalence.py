"""Speed-only rewrites of a scan give the matches of the plain scan they replace."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from civicextract.extractors.programs import recall

# The characters the scans turn on, and others around them.
_ALPHABET = "引江济淮大入补导电川用渝陇疆户号线北东延伸1234期段铁路高桥特城市群都圈国家公园灌区快运河，。"
_TEXTS = st.text(alphabet=_ALPHABET, max_size=40)


def _spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_transfers_are_the_plain_scans(text: str) -> None:
    assert _spans(recall._transfers(text)) == _spans(recall._TRANSFER.finditer(text))


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_named_work_look_ahead_changes_no_match(text: str) -> None:
    plain = re.compile(recall._NAMED_WORK.pattern.removeprefix(recall._NAMED_WORK_FIRST))
    assert _spans(recall._NAMED_WORK.finditer(text)) == _spans(plain.finditer(text))


def test_transfers_on_real_names() -> None:
    text = "推进引江济淮、陇电入川工程，引导入驻企业"
    assert [m.group() for m in recall._transfers(text)] == ["引江济淮", "陇电入川"]


_NAME_TEXTS = st.text(alphabet="开展实施和个推进行动计划项目工程市县新区（）()·#+-aZ09，。 、“”元5万", max_size=40)


@settings(max_examples=600, deadline=None)
@given(_NAME_TEXTS, st.integers(0, 40), st.sampled_from([2, 6, 14, 24]))
def test_left_start_is_the_walk(text: str, end: int, limit: int) -> None:
    from civicextract.extractors.programs.candidates import _walk_left, left_start
    from civicextract.extractors.programs.lexicon import lexicon

    end = min(end, len(text))
    assert left_start(text, end, limit, lexicon()) == _walk_left(text, end, limit, lexicon())


def test_left_start_on_a_real_name() -> None:
    from civicextract.extractors.programs.candidates import left_start
    from civicextract.extractors.programs.lexicon import lexicon

    text = "今年以来，我市深入实施城市更新行动，推进紫郁路（常州路段）改造工程"
    assert text[left_start(text, text.index("行动"), 24, lexicon()) : text.index("行动")] == "城市更新"
    end = text.index("改造工程")
    assert text[left_start(text, end, 24, lexicon()) : end] == "紫郁路（常州路段）"
