"""speed22: full-text scans of the programme finders given a first-character test the engine can use.

``quote_matches`` scans for “…” alone when a text holds no ‘ and no ": the matches must be QUOTE's.
"""

import re
import re._compiler as _compiler
import re._parser as _parser

from civicextract.extractors.programs import candidates as C

_INFO_PREFIX, _INFO_CHARSET = 1, 4


def _skips(pattern: re.Pattern[str]) -> bool:
    code = _compiler._code(_parser.parse(pattern.pattern, pattern.flags), pattern.flags)
    return bool(code[2] & (_INFO_PREFIX | _INFO_CHARSET))


def test_quotes_without_single_or_straight_marks():
    text = "开展“放管服”改革，落实“最多跑一次”，推进“双创”。"
    spans = [(m.start(), m.end(), m.lastindex, m.group(m.lastindex)) for m in C.quote_matches(text)]
    assert spans == [(2, 7, 1, "放管服"), (12, 19, 1, "最多跑一次"), (22, 26, 1, "双创")]
    assert spans == [(m.start(), m.end(), m.lastindex, m.group(m.lastindex)) for m in C.QUOTE.finditer(text)]
    assert _skips(C._DOUBLE_QUOTE) and C._DOUBLE_QUOTE.groups == 1


def test_quotes_with_single_and_straight_marks():
    text = "他说：“实施‘五定’要求”，并推出\"一网通办\"。"
    spans = [(m.start(), m.end(), m.lastindex, m.group(m.lastindex)) for m in C.quote_matches(text)]
    assert spans == [(3, 13, 1, "实施‘五定’要求"), (17, 23, 3, "一网通办")]
    text = "推进‘三项重点工作’落地。"
    assert [(m.lastindex, m.group(m.lastindex)) for m in C.quote_matches(text)] == [(2, "三项重点工作")]
