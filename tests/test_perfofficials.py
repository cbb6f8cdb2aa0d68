"""Property tests for the officials extractor's speed shortcuts: each cheap test
must decide exactly what the slower code it guards would have decided."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from civicextract.extractors.officials import chainwalk as W
from civicextract.extractors.officials import edges as E
from civicextract.extractors.officials import posts as PO
from civicextract.extractors.officials import public as PB
from civicextract.extractors.officials import readings as R
from civicextract.extractors.officials import states as S
from civicextract.extractors.officials import tagging as TG
from civicextract.extractors.officials import titles as T

# chars of posts, bodies, modifiers, cells, surnames, name dots and joins, so that
# random strings hold posts, bodies and chains often
_ALPHABET = "市委书记副长常务第一执行区县镇党组工会主任局厅政府人大协商会公司医院总理统王李张·•、兼，,名位两的有限等法院及任选为过原前"
# words, so that posts (书记, 副市长), bodies, stop words (专访, 19日, 曾任) and
# joins meet often, with single chars between them
_WORDS = (
    "市委", "书记", "副市长", "常务", "市长", "区委", "常委", "宣传部", "部长", "县政府", "副县长", "局长",
    "党组", "工会主席", "董事长", "公司", "医院", "院长", "主任", "美国", "总统", "俄罗斯", "驻", "大使",
    "专访", "会见", "19日", "今年", "记者", "曾任", "调任", "当选", "作为", "任", "责任", "有限", "高等法院",
    "商务及经济发展局", "王忠昆", "李维义", "张三", "叶尔夏提·吐尔逊拜", "3名", "各", "，", "、", "兼", "。",
)
_texts = st.one_of(
    st.text(alphabet=_ALPHABET, max_size=40),
    st.lists(st.sampled_from(_WORDS + tuple(_ALPHABET)), max_size=14).map("".join),
)


@settings(max_examples=400, deadline=None)
@given(_texts)
def test_chain_posts_is_find_posts(s):
    assert PO.chain_posts(s) == tuple(PO.find_posts(s))


@settings(max_examples=400, deadline=None)
@given(_texts)
def test_has_own_body_one_search_is_both_tests(chain):
    # the two tests has_own_body made before they became one alternation
    rest = PB._CELLS.sub("", chain)
    for p in reversed(PO.find_posts(rest)):
        rest = rest[: p.start] + rest[p.end :]
    expected = (
        bool(PO.lexicon().bodies.search(rest))
        or any(h in rest for h in PB._PUBLIC_BODY_HINTS if h != "党")
        or any(p in rest for p in PB._PARTIES)  # a party is a body of its own since round 9 (民进党主席)
    )
    assert PB.has_own_body.__wrapped__(chain) == expected


def _chain_start_reference(text: str, post_start: int, post_ends: dict[int, int]) -> int:
    """chain_start without its fast step over plain Han chars (the same walk otherwise, so it cannot drift
    from the code as round 5's copy did when round 10 taught the walk about 及)."""
    return W._walk_back(text, post_start, post_ends, fast=False)


@settings(max_examples=400, deadline=None)
@given(_texts)
@example("、工会主席务等及长局副市长局长市医院调任")  # the copied reference had missed round 10's 及 rule here
def test_chain_start_fast_step_changes_nothing(text):
    posts = PO.find_posts(text)
    post_ends = {p.end: p.start for p in posts}
    for p in posts:
        assert W.chain_start(text, p.start, post_ends) == _chain_start_reference(text, p.start, post_ends)


@settings(max_examples=400, deadline=None)
@given(_texts, st.integers(min_value=0, max_value=39))
def test_minority_needs_a_dot_within_reach(text, s):
    # _name_after tries _MINORITY only when a name dot stands in text[s + 1 : s + 11]
    if R._MINORITY.match(text, s):
        assert any(d in text[s + 1 : s + 11] for d in E.DOTS)


def test_organization_strips_modifiers_as_before():
    # 常务 and 副 close the body only where nothing else does (a real chain shape)
    assert T.organization("东坡区委常委、宣传部部长") == "东坡区委"
    assert T.organization("海晏县政府副县长") == "海晏县政府"
    assert T.organization("阳倦村原党总支书记") == "阳倦村党总支"
    assert re.fullmatch(r"\S+", T.organization("潍坊市政协委员") or "") and T.organization("潍坊市政协委员") == "潍坊市政协"


@settings(max_examples=400, deadline=None)
@given(_texts, st.integers(min_value=0, max_value=40), st.integers(min_value=0, max_value=40))
def test_no_state_first_char_no_state(text, a, b):
    # _from_state skips _state_in where no state's first char stands in its span
    start, post_start = min(a, b), max(a, b)
    if S.state_firsts().isdisjoint(text[start + 1 : post_start]):
        assert S.state_in(text[start : post_start + 1], 0, post_start - start) is None


def test_dict_tags_cached_per_window_not_per_text():
    # round 9 slid modifier_word between @lru_cache and dict_tags: the rjieba tagger
    # lost its cache (+4 % of the officials stage) and the cache keyed on whole articles
    assert hasattr(TG.dict_tags, "cache_info") and not hasattr(TG.modifier_word, "cache_info")
    text = "2015年9月3日，在纪念中国人民抗日战争暨世界反法西斯战争胜利70周年大会上，习近平主席郑重宣布，裁减军队员额30万。"
    i = text.index("郑重")
    assert TG.modifier_word(text, i) is True
    assert TG.modifier_word(text, text.index("裁减")) is False
    assert TG.dict_tags.__wrapped__(text[i : i + 2]) == TG.dict_tags(text[i : i + 2])
