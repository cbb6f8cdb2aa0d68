"""Round 10 meta: Hong Kong commentary credits in a bracket under the headline.

Every sentence and name here is made up (in the layouts of Citizen News pages, never their
words): a writer's post after a comma, names in Latin letters, several roles and names in
parts parted by ／, and a writer holding a public post, who is a byline name (the spec's
作者) while the officials keep the post.
"""

import pytest

from civicextract.pipeline import Pipeline

# (the outlet named by a made-up line of its own desk work, not the site's real footer)
FOOT = "\n\n眾新聞統計，以上數字截至上月底。\n"


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


CREDITS = [
    # the writer's own description after a comma
    ("# 觀鳥季節又到\n\n【撰文：范志朗，海洋保育團體幹事】\n\n濕地今年多了一群過境的黑臉琵鷺。", ["范志朗"]),
    # a name in Latin letters
    ("# 地鐵站的早晨\n\n【撰文：Martin Ko】\n\n七點半的月台總是擠滿趕上班的人。", ["Martin Ko"]),
    # roles joined by 、, names joined by 、, a photo part after ／
    (
        "# 石澳漁村一日\n\n【撰文、攝影：范志朗、葉詠詩／圖：Ada Chan】\n\n村口的士多已經開了四十年。",
        ["范志朗", "叶咏诗", "Ada Chan"],
    ),
    ("# 石澳漁村一日\n\n【文：范志朗／圖：葉詠詩】\n\n村口的士多已經開了四十年。", ["范志朗", "叶咏诗"]),
    # a topic tag in a bracket, and a desk that is no person: no byline name
    ("# 石澳漁村一日\n\n【文化漫談】\n\n村口的士多已經開了四十年。", []),
    ("# 石澳漁村一日\n\n【撰文：本網編輯部】\n\n村口的士多已經開了四十年。", []),
]


@pytest.mark.parametrize(("text", "reporters"), CREDITS)
def test_bracketed_commentary_credit(pipe, text, reporters):
    meta = pipe.extract(text + FOOT).meta
    assert (meta.source, list(meta.reporters)) == ("众新闻", reporters)


def test_a_writer_holding_a_public_post_is_byline_and_official(pipe):
    a = pipe.extract("# 街市冷氣何時到位\n\n【作者：觀塘區議員馬志豪】\n\n區內街市夏天悶熱，檔販叫苦連天。" + FOOT)
    assert list(a.meta.reporters) == ["马志豪"]
    assert [(o.name, list(o.titles)) for o in a.officials] == [("马志豪", ["观塘区议员"])]


def test_a_reporter_without_a_post_is_still_no_official(pipe):
    # the staff filter keeps only a titled official: a journalist's byline name stays out
    a = pipe.extract("# 街市冷氣何時到位\n\n區內街市夏天悶熱，檔販叫苦連天。\n\n記者：馬志豪" + FOOT)
    assert list(a.meta.reporters) == ["马志豪"]
    assert [o.name for o in a.officials] == []


# A page with no subscription footer names its outlet where the outlet does its own desk work
# (made-up sentences): counting, searching records, comparing, obtaining papers, receiving
# complaints, its own earlier story, its reporter at the scene, a query answered in title marks.
def _page(sentence):
    return "# 海濱長椅換新\n\n區內的長椅本月更換，居民大致滿意。" + sentence + "\n\n工程預計下月完成。"


SELF = [
    ("眾新聞統計，全區共有長椅約三百張。", "众新闻"),
    ("根據眾新聞翻查資料，長椅已十年未換。", "众新闻"),
    ("眾新聞比較三區的做法，發現各有不同。", "众新闻"),
    ("眾新聞取得的文件顯示，工程費用未有公開。", "众新闻"),
    ("眾新聞收到讀者投訴，指長椅太窄。", "众新闻"),
    ("眾新聞早前報道，長椅曾被人破壞。", "众新闻"),
    ("眾新聞記者到場觀察，發現工程仍未完成。", "众新闻"),
    ("康文署回應《立場新聞》查詢時指，會跟進。", "立场新闻"),
    # answering the outlet, with a time word or the way of the interview between
    ("區議員馬志豪回覆眾新聞時說，會再跟進。", "众新闻"),
    ("區議員馬志豪接受立場新聞視像訪問時指，會再跟進。", "立场新闻"),
    # another outlet's story cited, an interview given to another outlet, a listed name inside a word
    ("據蘋果日報早前報道，長椅曾被人破壞。", None),
    ("署長接受《眾新聞》訪問時表示，會跟進。", None),
    ("他說大眾新聞統計不準。", None),
]


@pytest.mark.parametrize(("sentence", "source"), SELF)
def test_outlet_doing_its_own_desk_work(pipe, sentence, source):
    assert pipe.extract(_page(sentence)).meta.source == source


# The author's box closing a blog page, its name in Latin letters (made-up): a byline name; an
# acronym or a desk's name in the box is none.
BOXES = [
    ("Kevin Lee", ["Kevin Lee"]),
    ("IPAC", []),
    ("特約轉載", []),
]


@pytest.mark.parametrize(("name", "reporters"), BOXES)
def test_author_box_names(pipe, name, reporters):
    text = _page("") + FOOT + f"\n---\n\n專欄作者 | {name}\n\n熱愛行山，也寫城市規劃。\n"
    assert list(pipe.extract(text).meta.reporters) == reporters
