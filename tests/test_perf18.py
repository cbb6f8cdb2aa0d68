"""speed18: patterns respelled so the regex engine can skip to their first characters.

``re`` gives a pattern a first-character test (an INFO charset or literal prefix) only when it
opens with a literal, a class, or an alternation whose branches all open with literals.  A branch
opening with a group, a class or a repeat (``(?P<weak>…)``, ``[一二三四]期``, ``\\d+``) takes the
test away, and a search then enters the pattern at every position of its window.  Each pattern
below was respelled to match the same strings with the test; the former spelling is the
reference here, and the test that the engine has its first-character test pins the speed.
"""

import importlib
import re
import re._compiler as _compiler
import re._parser as _parser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from civicextract.extractors.programs import candidates as C
from civicextract.extractors.programs import extractor as X
from civicextract.extractors.programs import recall as R
from civicextract.normalize import boilerplate as B
from civicextract.normalize.boilerplate import find_boilerplate

D = importlib.import_module("civicextract.extractors.meta.datelines")

_INFO_PREFIX, _INFO_CHARSET = 1, 4


def _skips(pattern: re.Pattern[str]) -> bool:
    """Whether the engine has a first-character test for ``pattern`` (a literal prefix or a charset)."""
    code = _compiler._code(_parser.parse(pattern.pattern, pattern.flags), pattern.flags)
    return bool(code[2] & (_INFO_PREFIX | _INFO_CHARSET))


# (pattern now, its former spelling)
_RESPELLED = {
    "NOT_A_NAME": (C.NOT_A_NAME, r"(?:[厅馆室楼栋街村型类]|三角|犯罪活动|违法活动|个月|小时|公司|集团|团队|工会|协会|商会|联盟|政党)$"),
    **{
        name: (p, p.pattern.replace(r"\d\d*", r"\d+", 1))
        for name, p in (
            ("_FIGURE_COUNT", C._FIGURE_COUNT),
            ("_AMOUNT", C._AMOUNT),
            ("_COUNT_INSIDE", R._COUNT_INSIDE),
            ("_COUNTED_WORKS", R._COUNTED_WORKS),
        )
    },
    "_WORK_END": (
        R._WORK_END,
        R._WORK_END.pattern.replace("一期|二期|三期|四期", "[一二三四]期"),
    ),
    "_HK_TW": (X._HK_TW, r"香港|港府|港人|立法会|特首|特区政府|澳门|(?<![炮平舞站])台湾|台北|[喺唔嘅咗冇哋佢嚟啲噉咩]"),
    "_BREAK": (D._BREAK.compiled, r"[\n。>】！？!?→%％]|[ \t　]{2,}"),
    "_LINE_WORDS": (B._LINE_WORDS, B._LINE_WORDS.pattern.replace("| 扫一扫|扫码关注|长按识别|关注我们", "| (?P<weak>扫一扫|扫码关注|长按识别|关注我们)")),
}


@pytest.mark.parametrize("name", sorted(_RESPELLED))
def test_respelled_pattern_has_a_first_character_test(name):
    now, before = _RESPELLED[name]
    assert _skips(now)
    assert not _skips(re.compile(before, now.flags))  # (what the respelling was for)
    assert now.pattern != before


def _alphabet(pattern: str) -> list[str]:
    chars = {c for c in pattern if not c.isascii() or c.isdigit()}
    return sorted(chars | set("0123456789 .\t\n\u3000。，的年项目建设"))


@pytest.mark.parametrize("name", sorted(_RESPELLED))
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_respelled_pattern_matches_as_before(name, data):
    now, before_text = _RESPELLED[name]
    before = re.compile(before_text, now.flags)
    s = data.draw(st.lists(st.sampled_from(_alphabet(before_text)), max_size=30).map("".join))
    assert [m.span() for m in now.finditer(s)] == [m.span() for m in before.finditer(s)]
    m, b = now.search(s), before.search(s)
    assert (m and m.span()) == (b and b.span())


def test_respelled_patterns_on_sentences():
    assert C.NOT_A_NAME.search("城乡环境整治村") and not C.NOT_A_NAME.search("城乡环境整治行动")
    assert C._FIGURE_COUNT.search("全市新建12座污水处理厂").group() == "12座"
    assert C._AMOUNT.search("预留12亿元扩建孵化园").group() == "12亿元"
    assert R._COUNT_INSIDE.search("建设30多个示范点").group() == "30多个"
    assert R._COUNTED_WORKS.search("新建5座") and not R._COUNTED_WORKS.search("新建5座水库")
    assert R._WORK_END.search("引江济淮二期").group() == "二期"
    assert X._HK_TW.search("吴淞炮台湾湿地公园") is None
    assert X._HK_TW.search("台湾同胞").group() == "台湾"
    assert X._HK_TW.search("佢哋话").group() == "佢"
    breaks = [m.group() for m in D._BREAK.finditer("标题一 正文。  第二句！\n")]
    assert breaks == ["。", "  ", "！", "\n"]


def test_weak_furniture_words_by_their_text():
    # the weak words make a line furniture only when it is no sentence
    assert [r.text for r in find_boilerplate("扫一扫 关注我们\n市政府召开常务会议。\n")] == ["扫一扫 关注我们"]
    sentence = "顾客在超市用手机扫一扫包装上的二维码，就能查看这批蔬菜从种植、采摘到运输的每一个环节的记录。\n"
    assert find_boilerplate(sentence) == []
    assert [r.text for r in find_boilerplate("本网版权所有，未经授权不得转载。\n")] == ["本网版权所有，未经授权不得转载。"]
