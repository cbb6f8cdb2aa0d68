"""Session 29's meta speed-ups change no finding.

Each respelt pattern is checked against the spelling it replaced (kept here as the reference),
each new gate by showing that where it says "absent" the pattern it spares finds nothing, and the
role words' key-character scan against the regex scan it replaced: on the corpus texts and on
random mixes of the layouts' own pieces.
"""

from __future__ import annotations

import importlib
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from civicextract.extractors.meta.lexicon import HAN

from .test_perfmeta import _mixes
from .test_speed26_norm import _texts

roles = importlib.import_module("civicextract.extractors.meta.roles")
credits = importlib.import_module("civicextract.extractors.meta.credits")
headers = importlib.import_module("civicextract.extractors.meta.headers")
bylines = importlib.import_module("civicextract.extractors.meta.bylines")
brackets = importlib.import_module("civicextract.extractors.meta.brackets")
footers = importlib.import_module("civicextract.extractors.meta.footers")
datelines = importlib.import_module("civicextract.extractors.meta.datelines")
rare_layouts = importlib.import_module("civicextract.extractors.meta.rare_layouts")

@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _texts()


# --- role words: matched where a key character puts a word's start, as the engine's scan found them


def _spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


_ROLE_PIECES = [*roles._PLAIN_ROLE_WORDS, "记", "者", "通", "讯", "员", "实", "习", "报道", "摄", "：", ":", "张伟"]


@given(_mixes(_ROLE_PIECES))
@settings(max_examples=400, deadline=None)
def test_plain_role_words_as_the_scan(text):
    assert _spans(roles.plain_role_words(text)) == _spans(roles._ROLE_WORD_PLAIN.finditer(text))


def test_plain_role_words_as_the_scan_on_the_corpus(texts):
    for text in texts:
        assert _spans(roles.plain_role_words(text)) == _spans(roles._ROLE_WORD_PLAIN.finditer(text))


def test_plain_role_words_examples():
    text = "本报记者 张伟 通讯员 李强 实习生王芳报道：作者：甲 报道员：乙 通 讯 员：丙 通讯：丁 撰稿：戊"
    words = [m.group() for m in roles.plain_role_words(text)]
    assert words == ["记者", "通讯员", "实习生", "作者", "报道员：", "通 讯 员：", "通讯：", "撰稿："]
    assert list(roles.plain_role_words("工作人员和委员们")) == []  # (员 opens no 报道员 there)


def test_every_plain_role_word_holds_a_key_character():
    for word in roles._PLAIN_ROLE_WORDS:
        assert any(c in roles._KEY_CHARS for c in word), word


# --- trailing names: the sentence's end consumed instead of looked behind at


_OLD_TRAILING = re.compile(
    rf"(?<=[。！？”])[ \t]*(?P<names>{credits._WORD}(?:[ \t　]+{credits._WORD}){{1,7}})[ \t]*(?=返回|\n|$)"
)
_OLD_TRAILING_ONE = re.compile(rf"(?<=[。！？”])[ \t　]+(?P<name>[{HAN}]{{2,3}})[ \t　]+(?=返回搜狐)")


def _trailing_as_before(text: str, pos: int) -> None:
    for new, old, group in ((credits._TRAILING, _OLD_TRAILING, "names"), (credits._TRAILING_ONE, _OLD_TRAILING_ONE, "name")):
        a, b = new.search(text, max(0, pos - 1)), old.search(text, pos)
        assert (a is None) == (b is None)
        if a is not None and b is not None:
            assert (a.span(group), a.end()) == (b.span(group), b.end())


@given(_mixes(["。", "！", "”", "黄永", "黄珊", "刘伟", "邹新", "返回搜狐", "返回"]), st.integers(0, 12))
@settings(max_examples=400, deadline=None)
def test_trailing_names_as_before(text, pos):
    _trailing_as_before(text, pos)


def test_trailing_names_as_before_on_the_corpus(texts):
    for text in texts:
        _trailing_as_before(text, max(0, len(text) - credits.TRAILING_ZONE))


# --- header labels: every branch opening with a character


_OLD_HAS_LABEL = re.compile(
    r"来[ \t]{0,4}源(?:[：:]|[ \t]{0,2}[｜|丨])|转(?:载)?自[：:]|时[ \t]{0,4}间[：:]|日[ \t]{0,4}期[：:]|编[ \t]{0,4}辑[：:/]|责编[：:/]|作者[：:]"
    r"|(?:浏览|点击)(?:次数|量)?[：:]"
)


@given(_mixes(["来源", "浏览", "点击", "次数", "量", "：", ":", "时间", "作者", "编辑", "/"]))
@settings(max_examples=300, deadline=None)
def test_has_label_as_before(text):
    assert _spans(headers._HAS_LABEL.finditer(text)) == _spans(_OLD_HAS_LABEL.finditer(text))


# --- gates: where they say "absent", the pattern they spare finds nothing


@given(_mixes(["供", "稿", "供稿", "单位", "：", "县委宣传部", "张伟", " ", "来源"]))
@settings(max_examples=300, deadline=None)
def test_supplier_gate_is_necessary(text):
    if not bylines._supplier_may_occur(text):
        assert bylines._SUPPLIER.search(text) is None


def test_supplier_gate_examples():
    assert bylines._supplier_may_occur("供 \t稿：县委宣传部 张伟")
    assert not bylines._supplier_may_occur("供   稿：县委宣传部 张伟")  # (three spaces: no credit)
    assert not bylines._supplier_may_occur("本报供图 稿件")


@given(_mixes(["（", "(", "央广网", "发", " ", "王嵩燚", "摄"]))
@settings(max_examples=300, deadline=None)
def test_sent_by_gate_is_necessary(text):
    if not text.rstrip(" \t").endswith("发"):
        assert bylines._SENT_BY.search(text) is None


@given(_mixes(["以上", "内容由", "证券之星", "根据", "综合", "整理", "公开信息"]))
@settings(max_examples=300, deadline=None)
def test_compiled_by_gate_is_necessary(text):
    if "内容由" not in text:
        assert footers._COMPILED_BY.search(text) is None


@given(_mixes(["澎湃新闻", "获悉，", "获悉", "了解到，", "了解到", "记者", "“"], max_size=60))
@settings(max_examples=400, deadline=None)
def test_learned_from_the_first_verb_as_before(text):
    verbs = [i for i in (text.find("获悉，"), text.find("了解到，")) if i >= 0]
    start = max(0, min(verbs) - 8) if verbs else len(text)
    assert _spans(footers._LEARNED.finditer(text, start)) == _spans(footers._LEARNED.finditer(text))


@given(_mixes(["【", "】", "陈大文", "・", "·", "城市观察", "\n", " "], max_size=50))
@settings(max_examples=300, deadline=None)
def test_named_column_from_the_first_bracket_line_as_before(text):
    bracket = text.find("【")
    got = _spans(credits._NAMED_COLUMN.finditer(text, text.rfind("\n", 0, bracket) + 1)) if bracket >= 0 else []
    assert got == _spans(credits._NAMED_COLUMN.finditer(text))


@given(_mixes(["来源", "稿源", "稿", "源", "：", "｜", " ", "某报"]), st.integers(0, 8))
@settings(max_examples=300, deadline=None)
def test_source_word_without_gao_yuan_as_before(text, pos):
    if text.find("稿源", pos) < 0:
        assert _spans(headers._LAI_SOURCE_WORD.finditer(text, pos)) == _spans(headers._SOURCE_WORD.finditer(text, pos))


@given(_mixes(["作者", "博客", "主笔", "专栏作者", " | ", "|", "何国栋", "\n"]))
@settings(max_examples=300, deadline=None)
def test_author_box_gate_is_necessary(text):
    if "作者" not in text and "博客" not in text and "主笔" not in text:
        assert brackets._AUTHOR_BOX.search(text) is None


@given(_mixes(["记者", "通讯员", "实习生", "文/", "图：", "北京", "张伟", " ", "报道员：", "视频：", "编译/"]))
@settings(max_examples=300, deadline=None)
def test_role_then_name_gate_is_necessary(text):
    if text[:1] not in bylines.ROLE_FIRST:
        assert bylines._ROLE_THEN_NAME.fullmatch(text) is None


@given(_mixes(["来源", "：", ":", " ", "华尔街见闻", "杜玉", "巴菲特"]))
@settings(max_examples=200, deadline=None)
def test_source_then_name_gate_is_necessary(text):
    i = text.find("来源")
    if i < 0 or text[:i].strip(" \t") or text[i + 2 : i + 3] not in ("：", ":"):
        assert brackets._SOURCE_THEN_NAME.match(text) is None


@given(_mixes(["（", "(", "）", ")", "新华社", "北京", "8月1", "日电", "日", "电"]))
@settings(max_examples=300, deadline=None)
def test_closing_dateline_gate_is_necessary(text):
    if "日电）" not in text and "日电)" not in text:
        assert datelines._CLOSING.search(text) is None


@given(_mixes(["本文", "转", "载", "自", "【", "】", "中国军网", "本文转自【"]))
@settings(max_examples=300, deadline=None)
def test_reposted_gate_is_necessary(text):
    if "本文转自【" not in text and "本文转载自【" not in text:
        assert rare_layouts._REPOSTED.search(text) is None


# --- dateline openings: one class search of the window, as the six str.find calls answered


@given(_mixes(["日", "讯", "消", "报", "稿", "电", "市", "的"]), st.integers(0, 10), st.integers(0, 30))
@settings(max_examples=300, deadline=None)
def test_may_open_after_as_the_finds(text, lo, hi):
    assert datelines._may_open_after(text, lo, hi) == any(text.find(c, lo, hi) >= 0 for c in datelines._WORD_CHARS)
