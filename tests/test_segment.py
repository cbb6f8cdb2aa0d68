"""Segmentation: jieba semantics, the domain dictionary, protected spans, offsets."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from civicextract.document import normalize
from civicextract.segment import _JIEBA_NON_HAN_WORDS, Token, engine_name, segment

ENGINES = ("jieba", "rjieba")


def words(text: str, engine: str | None = None) -> list[str]:
    return [t.text for t in segment(text, engine=engine)]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, expected",
    [
        # seed: 10+5 codes stay whole, the quotes around them are tokens of their own
        ("开展“10+5”专项集中整治攻坚行动", ["开展", "“", "10+5", "”", "专项", "集中", "整治", "攻坚行动"]),
        ("落实“1+10+3+N”工作机制", ["落实", "“", "1+10+3+N", "”", "工作", "机制"]),
        # quoted short names are one token: seed 五定
        ("实行“五定”工作法", ["实行", "“", "五定", "”", "工作", "法"]),
        # domain dictionary words (models/domain_dict.txt)
        ("全市“双创”工作", ["全市", "“", "双创", "”", "工作"]),
        (
            "形成全民参与常态化“创文巩卫”工作的良好局面",
            ["形成", "全民", "参与", "常态", "化", "“", "创文巩卫", "”", "工作", "的", "良好", "局面"],
        ),
        # a quoted sentence is not a name: jieba cuts it as usual
        ("说：“我听不懂。”", ["说", "：", "“", "我", "听不懂", "。", "”"]),
        # jieba's re_skip split of a non-Han run (rjieba keeps it whole without civicextract's fix)
        ("票价下降30-40%", ["票价", "下降", "30", "-", "40%"]),
    ],
    ids=["10+5", "1+10+3+N", "wuding", "shuangchuang", "chuangwen", "quoted-sentence", "re_skip"],
)
def test_segment_cases(engine, text, expected):
    assert words(text, engine) == expected


def test_default_engine_is_rjieba():
    if os.environ.get("CIVICEXTRACT_SEGMENTER", "auto") == "auto":
        assert engine_name() == "rjieba"


def test_jieba_non_han_words_match_the_installed_dictionary():
    import jieba

    path = Path(jieba.__file__).with_name("dict.txt")
    found = {
        line.split(" ", 1)[0]
        for line in path.read_text(encoding="utf-8").splitlines()
        if line and not re.search(r"[\u4e00-\u9fff]", line.split(" ", 1)[0])
    }
    assert found == _JIEBA_NON_HAN_WORDS


@pytest.mark.slow
def test_engines_agree_token_for_token_on_the_dev_corpus(dev_articles):
    for aid, text in dev_articles.items():
        body = normalize(text).text
        assert words(body, "rjieba") == words(body, "jieba"), aid


def test_tokens_tile_the_text_with_offsets(dev_articles):
    text = normalize(dev_articles["a035"]).text
    tokens = list(segment(text))
    assert all(isinstance(t, Token) for t in tokens)
    assert "".join(t.text for t in tokens) == text
    pos = 0
    for t in tokens:
        assert (t.start, t.end) == (pos, pos + len(t.text)) and text[t.start : t.end] == t.text
        pos = t.end


def test_seed_tokens_map_back_into_the_original(seed_text):
    doc = normalize(seed_text)
    note = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)")
    assert doc.tokens and doc.tokens is doc.tokens  # computed once
    for t in doc.tokens:
        s, e = doc.to_original(t.start, t.end)
        surface = note.sub("", seed_text[s:e])
        assert len(surface) == len(t.text), (t, seed_text[s:e])
    # a token across a pinyin note covers the note in the original; one that
    # only touches it (东坡区 before (qū)) does not
    surfaces = {t.text: doc.surface(t.start, t.end) for t in doc.tokens[:40]}
    assert surfaces["区委"] == "區(qū)委"
    assert surfaces["主战场"] == "主戰(zhàn)場"
    assert surfaces["东坡"] == "東坡"


def test_unknown_engine_is_an_argument_error():
    from civicextract.errors import ArgumentError

    with pytest.raises(ArgumentError, match="CIVICEXTRACT_SEGMENTER='hanlp': expected auto, rjieba or jieba"):
        list(segment("文明城市", engine="hanlp"))
