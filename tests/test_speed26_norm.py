"""Session 26's shortcuts in normalisation and meta, each against the slow form it stands for,
on the corpus' real articles (and a few made sentences for the rare layouts)."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

import civicextract.extractors.meta  # noqa: F401  (loads the finder modules below)
from civicextract.document import _SURROGATE_OR_INVISIBLE, normalize
from civicextract.extractors.meta.lexicon import ROLE
from civicextract.normalize import boilerplate, widths
from civicextract.normalize.invisible import INVISIBLE_CHARS

footers = sys.modules["civicextract.extractors.meta.footers"]
roles = sys.modules["civicextract.extractors.meta.roles"]

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _texts() -> list[str]:
    out = []
    for name in ("dev.jsonl", "fit.jsonl", "seed.jsonl"):
        with open(CORPUS / name, encoding="utf-8") as f:
            out += [json.loads(line)["text"] for line in f if line.strip()]
    return out


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _texts()


def test_role_lookbehind_follows_its_word():
    # A county centre's 融媒记者 only, and ROLE opens with characters only: the engine can skip.
    role = re.compile(ROLE)
    assert role.match("融媒记者", 0) is None
    found = [(m.start(), m.group()) for m in role.finditer("交口县融媒体中心融媒记者 张三 汕尾融媒记者 李四")]
    assert found == [(8, "融媒记者"), (20, "记者")]  # (汕尾融媒: the outlet's name, its role 记者)


def test_role_word_trees_find_the_plain_alternations(texts):
    plain = re.compile("|".join(map(re.escape, roles._PLAIN_ROLE_WORDS + roles._SLASH_ROLE_WORDS)))
    plain_only = re.compile("|".join(map(re.escape, roles._PLAIN_ROLE_WORDS)))
    extra = "记者：张三 文/李四 图｜王五 摄像丨赵六 通 讯 员：钱七 实习：孙八 视频|周九"
    for t in [*texts, extra]:
        assert [m.span() for m in roles.ROLE_WORD.finditer(t)] == [m.span() for m in plain.finditer(t)]
        assert [m.span() for m in roles._ROLE_WORD_PLAIN.finditer(t)] == [m.span() for m in plain_only.finditer(t)]


def test_first_tail_word_is_the_patterns_first_match(texts):
    assert sorted(w for w, _ in boilerplate._TAIL_WORD_CHARS) == sorted(
        boilerplate._TAIL_WORDS.pattern.replace("\\(", "(").split("|")
    )
    for t in [*texts, "正文。(完)", "分享让更多人看到"]:
        m = boilerplate._TAIL_WORDS.search(t)
        assert boilerplate._first_tail_word(t) == (len(t) + 1 if m is None else m.start())


def test_punctuation_widened_as_full_reads_it(texts):
    made = ["增长10%,下一步", "18,000元", "Mr. Li,he said", "中文,中文", "a,中", "①,②", "见http://a.b,c", "问?答!是;否:"]
    for t in [*texts, *made]:
        t = t.replace("(", "（").replace(")", "）")  # (widened before the marks, as normalize_widths does)
        assert widths._widen_punctuation(t) == widths._ASCII_PUNCT.sub(widths._full, t)


def test_one_scan_for_surrogates_and_invisible_characters():
    assert _SURROGATE_OR_INVISIBLE.search("投资2400万元。") is None
    for ch in [*INVISIBLE_CHARS, "\ud800", "\udfff"]:
        assert _SURROGATE_OR_INVISIBLE.search(f"投资2400{ch}万元。") is not None
    doc = normalize("投资3\u200b000万元\ud800。")
    assert doc.text == "投资3000万元\ufffd。" and doc.surface(0, 8) == "投资3\u200b000万元"


def test_own_graphics_are_the_patterns_matches(texts):
    made = ["众新闻制图", "（某报制图）某日", "图为某报资料图片。\n众新闻制图", "某报资料图 某某制图"]
    slow = re.compile(footers._OWN_GRAPHIC.pattern)
    for t in [*texts, *made]:
        want = [(m.span(), m.group("outlet")) for m in slow.finditer(t)]
        assert [(m.span(), m.group("outlet")) for m in footers._own_graphics(t)] == want


def test_noticed_verbs_spelt_out_match_as_the_group(texts):
    slow = re.compile(r"注意到|(?:向|致电|去电|去信|去函|电邮)[^。！？\n]{2,30}?查询")
    made = ["某报向某署查询，", "某报曾致电某人查询", "澎湃新闻注意到", "某报去信某署查询向某部查询"]
    for t in [*texts, *made]:
        assert [m.span() for m in footers._NOTICED.finditer(t)] == [m.span() for m in slow.finditer(t)]


def test_quiet_texts_clean_as_the_steps_do(texts, monkeypatch):
    from civicextract import document
    from civicextract.normalize.quiet import nothing_to_clean

    assert nothing_to_clean("投资2400万元用于道路改造。")
    for odd in ("\u200b", "\ud800", "\u3000", "０", "「", "\t", "國", "覆"):
        assert not nothing_to_clean(f"投资2400{odd}万元。")
    made = ["&#12288;投资２４００万元", "國家<br>投资", "投资(tóu)资金", "“引号”\t制表"]
    fast = [document._clean(t) for t in [*texts, *made]]
    monkeypatch.setattr(document, "nothing_to_clean", lambda text: False)
    slow = [document._clean(t) for t in [*texts, *made]]
    for a, b in zip(fast, slow, strict=True):
        assert (a.text, a.script, a.titled, a.page_title) == (b.text, b.script, b.titled, b.page_title)
        assert [a.chain.span(i, i + 1) for i in range(len(a.text))] == [b.chain.span(i, i + 1) for i in range(len(b.text))]
