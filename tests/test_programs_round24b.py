"""Programmes, round 24b: a kind of community is no place; quoted loan and card schemes are rule names.

(1) PLACE read 社区, 小区, 街区 and 景区 after a quality or a verb (完整社区, 未来社区, 好社区, 老旧小区, 旅游景区,
国球进社区) as a place's end: the name got the place_prefix feature, and a modifier such as 好社区 counted as a
place alone (no distinguishing words), so 好社区试点建设 was a weak one.  Such words now name the kind of
community the work builds; a proper name before the word (月安社区, 幸福里社区) is still a place.
(2) A quoted loan or card scheme (“黔惠贷”, “雄才卡”) is a programme in every gold: the quoted finder (a rule
finder) proposes it, as it does a quote ending in a programme word; the cards and loans everybody holds
(“信用卡”, “消费贷”) and the verb “打卡” are no scheme.  Sentences are made up in the style of local news;
expected values are exact.
"""

from __future__ import annotations

import pytest

from civicextract.extractors.programs.candidates import distinguishing, place_match
from civicextract.extractors.programs.extractor import candidate_records
from civicextract.extractors.programs.features import feature_parts
from civicextract.extractors.programs.lexicon import lexicon


@pytest.mark.parametrize(
    "name",
    ["完整社区", "完整社区建设试点", "未来社区建设", "好社区试点建设", "城镇老旧小区改造", "旅游景区强基焕新工程", "国球进社区"],
)
def test_a_kind_of_community_is_no_place(name):
    assert place_match(name) is None


@pytest.mark.parametrize(
    ("name", "place"),
    [
        ("月安社区邻里节活动", "月安社区"),
        ("幸福里社区养老模式", "幸福里社区"),
        ("蕃瓜弄小区改造", "蕃瓜弄小区"),
        ("西城区文物建筑活化利用项目", "西城区"),
        ("朝阳区完整社区建设", "朝阳区"),  # the place before the kind of community still is one
    ],
)
def test_a_named_community_is_still_a_place(name, place):
    m = place_match(name)
    assert m is not None and m.group() == place


def test_a_kind_of_community_distinguishes_a_name():
    lex = lexicon()
    assert distinguishing("好社区", lex, 2)
    assert distinguishing("完整社区", lex, 2)
    assert not distinguishing("月安社区", lex, 2)  # a place alone says where, not which


def _features(text: str) -> dict[str, list[str]]:
    lex = lexicon()
    return {rec.name: feature_parts(text, rec, kinds, lex)[0] for rec, kinds, _ in candidate_records(text, lex)}


def test_no_place_feature_for_a_kind_of_community():
    feats = _features("全省今年有30个社区入选。“完整社区”是指设施完善、服务便利的社区，“完整社区”将扩大覆盖。")
    assert list(feats) == ["完整社区"] and "place_prefix" not in feats["完整社区"]
