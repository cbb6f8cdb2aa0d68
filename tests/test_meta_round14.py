"""Session 17 meta: two classes a fresh blind batch of Hong Kong commentary and news pages showed
(kept outside the repository; 8 of 9 fields right before).  The sentences are made up in the
Citizen News style, in Traditional script; the layouts are the real ones.
"""

import pytest

from civicextract.extractors.meta.lexicon import is_credit_name
from civicextract.pipeline import Pipeline

TITLE = "# 補選報名人數創新低\n\n"
BODY = "前區議員陳大文周一到選舉事務處報名參加補選，他表示希望為市民發聲。"


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(kinds=())


def meta_of(pipe, text):
    m = pipe.extract(text).meta
    return m.source, m.reporters


@pytest.mark.parametrize(
    "text, want",
    [
        # an unnamed writer's credit names no one; a named one still does
        (TITLE + "【撰文：佚名】\n\n" + BODY, (None, ())),
        (TITLE + "【作者：匿名】\n\n（作者為資深社工）\n\n" + BODY, (None, ())),
        (TITLE + "【撰文：李小鉞】\n\n" + BODY, (None, ("李小钺",))),
        # the outlet phoning or writing to someone for its story publishes it
        (TITLE + BODY + "\n\n眾新聞曾致電該署發言人查詢安排，至截稿時對方未有回應。\n", ("众新闻", ())),
        (TITLE + BODY + "\n\n眾新聞昨日去信房屋署查詢有關安排，至截稿前未獲回覆。\n", ("众新闻", ())),
        # another outlet's reporter phoning is no self-mention of a listed outlet
        (TITLE + BODY + "\n\n有記者曾致電該署發言人查詢安排，至截稿時對方未有回應。\n", (None, ())),
        # a wire agency's file photo is licensed, not the page's own; a paper's own file photo is
        (TITLE + BODY + "\n\n（路透社資料圖片）\n", (None, ())),
        (TITLE + "記者陳大文\n\n" + BODY + "\n\n美聯社資料圖\n", (None, ("陈大文",))),
        (TITLE + BODY + "\n\n明報資料圖片\n", ("明报", ())),
    ],
    ids=[
        "unnamed-writer", "anonymous-author", "named-writer", "outlet-phoned", "outlet-wrote", "a-reporter-phoned",
        "agency-file-photo", "agency-file-photo-with-byline", "own-file-photo",
    ],
)
def test_hong_kong_credits_and_self_mentions(pipe, text, want):
    assert meta_of(pipe, text) == want


@pytest.mark.parametrize("word", ["佚名", "匿名", "无名氏", "不具名"])
def test_anonymity_words_are_no_credit_names(word):
    assert not is_credit_name(word)
    assert is_credit_name("李小钺")
