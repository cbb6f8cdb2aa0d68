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
