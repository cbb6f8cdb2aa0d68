"""Session 26's speed shortcuts in the officials extractor, each against the slower code it
replaced, at every position of real articles: the shortcut must answer exactly as the loop did."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from civicextract.extractors.officials import chainwalk as W
from civicextract.extractors.officials import edges as E
from civicextract.extractors.officials import posts as PO

_CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _texts(limit: int = 25) -> list[str]:
    lines = (_CORPUS / "dev.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()][:limit]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _texts()


def _follower_reference(text: str, i: int) -> int:
    """follower_at before session 26: every length tried after the first-char test."""
    if i >= 0 and text[i : i + 1] not in E._FOLLOW_FIRST:
        return 0
    for n, words in E._FOLLOW_BY_LEN:
        if text[i : i + n] in words:
            return n
    return 0


def test_follower_at_by_first_char_is_every_length(texts):
    for text in texts:
        for i in range(-3, len(text) + 2):
            assert E.follower_at(text, i) == _follower_reference(text, i), (text[i : i + 6], i)


def test_follower_at_examples():
    assert E.follower_at("副市长孙继伟主持会议", 6) == 2  # 主持
    assert E.follower_at("王某第一时间赶到", 2) == 4  # 第一时间
    assert E.follower_at("局长某某见记者", 4) == 3  # 见记者
    assert E.follower_at("某某说", 2) == 1
    assert E.follower_at("某某到任后", 2) == 2  # 到任, not the one-char 到


def _stop_reference(text: str, i: int) -> int:
    """_stop_before before session 26: every length of stop word tried."""
    if i < 1 or text[i - 1] not in W._STOP_LAST:
        return 0
    for n, words in W._STOP_BY_LEN:
        if i >= n and text[i - n : i] in words:
            if text[i - n : i] == "任" and text[i - 2 : i - 1] in ("责", "信", "常"):
                continue
            # (session 29: 获 opening a place, 举报/检举 opening a unit's name)
            if n == 1 and text[i - 1] == "获" and text[i : i + 1] in W._HUO_PLACES:
                continue
            if text[i - n : i] in ("举报", "检举") and text.startswith(W._REPORT_UNITS, i):
                continue
            before = text[i - 2 : i - 1]
            if text[i - n : i] == "日" and not (before and (before.isdigit() or before in "一二三四五六七八九十廿")):
                continue
            return n
    return 0


def test_stop_before_by_last_char_is_every_length(texts):
    for text in texts + ["19日会见", "宣誓就任", "常任秘书长", "日本内阁", "获任命为"]:
        for i in range(0, len(text) + 1):
            assert W._stop_before(text, i) == _stop_reference(text, i), (text[max(0, i - 5) : i], i)


def test_plain_run_class_is_the_walks_plain_chars():
    # the run the fast walk steps over: Han chars (U+4E00-U+9FFF) none of the walk's tests looks at
    for code in range(0x3000, 0xA100):
        ch = chr(code)
        plain = "\u4e00" <= ch <= "\u9fff" and ch not in W._WALK_SPECIAL
        assert (W._PLAIN_RUN.fullmatch(ch) is not None) == plain, hex(code)


def _base_post_reference(post: str) -> str:
    for m in ("常务", "第一", "执行"):
        post = post.removeprefix(m)
    return post.removeprefix("副")


def test_base_post_gate_is_the_prefix_loop():
    lex = PO.lexicon()
    for word in lex.official | lex.weak | lex.other:
        for post in (word, "副" + word, "常务副" + word, "第一" + word, "执行" + word, "常务第一副" + word):
            assert PO.base_post(post) == _base_post_reference(post), post


def test_find_posts_takes_rank_and_deputy_before_the_post():
    posts = PO.find_posts("常务副市长李四，第一书记王五，执行主任张三")
    assert [p.text for p in posts] == ["常务副市长", "第一书记", "执行主任"]
