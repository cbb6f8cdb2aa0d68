"""Hypothesis strategies: texts built from real fragments of the corpus.

Random Unicode finds crashes; texts glued from the things scraped news is
made of (Han sentences, Traditional sentences with pinyin notes, HTML tags
and entities, footer lines, full-width forms) find offset bugs.
"""

from __future__ import annotations

import re

from hypothesis import strategies as st

from .conftest import load_jsonl

_DEV = load_jsonl("dev.jsonl")
_SEED = load_jsonl("seed.jsonl")["seed"]


def _pieces(text: str, size: int = 40) -> list[str]:
    return [text[i : i + size] for i in range(0, min(len(text), 1200), size)]


SIMPLIFIED = _pieces(_DEV["a035"]) + _pieces(_DEV["a013"]) + _pieces(_DEV["a056"])
TRADITIONAL = _pieces(_SEED) + _pieces(_DEV["a043-t"]) + _pieces(_DEV["a099-t"])
PINYIN = ["區(qū)", "創(chuàng)", "區(qu1)", "发（fā）", "(川)字第115号", "(WTO)", "小(1)型", "戰(zhàn)場"]
MARKUP = [
    "<p>",
    "</p>",
    "<br>",
    "<strong>",
    "</strong>",
    '<figure><img src="a.jpg"></figure>',
    "&nbsp;",
    "&amp;",
    "&lt;",
    "&#8220;",
    "&#x4e2d;",
    "&bogus;",
    "<!-- c -->",
    "**",
    "\n# ",
    "[查看原文](https://x.cn/a)",
]
BOILERPLATE = [
    "\n蜀ICP备09029749号-1\n",
    "\n免责声明：本站部分信息来源于互联网\n",
    "\n联系电话：38166855\n",
    "分享让更多人看到",
    "\n打印本页 关闭窗口\n",
    "(完)",
    "\n□眉山网记者 余毅\n",
    "新京报讯（记者陈琳）",
    "广告 可御可甜 ×",
    "\n责任编辑：何海娟\n",
]
WIDTHS = ["，", ",", "：", ":", "１２３", "ＡＢＣ", "\u3000", "\xa0", "「双创」", "18,000", "10:25", "\ufeff"]
# Layouts the cleaning chain reads by context (session 21): hard wraps, ASCII stops and quotes,
# invisible characters, Windows line ends, a full-width thousands separator.
LAYOUT = ["\n", "\r\n", "\r", ".", "增长10%.", '"四个凿实"', "\u200b", "\xad", "\u200d", "18，000元", "投资2\n99.2亿元"]

FRAGMENT = st.sampled_from(SIMPLIFIED + TRADITIONAL + PINYIN + MARKUP + BOILERPLATE + WIDTHS + LAYOUT)
# Occasional random characters keep the generator honest about what it does not know.
ANY_PIECE = st.one_of(FRAGMENT, FRAGMENT, FRAGMENT, st.text(max_size=6))
article_texts = st.lists(ANY_PIECE, max_size=25).map("".join)

_HAN = re.compile(r"[\u4e00-\u9fff]")


@st.composite
def text_and_span(draw, texts=article_texts):
    text = draw(texts)
    s = draw(st.integers(0, len(text)))
    e = draw(st.integers(s, len(text)))
    return text, s, e
