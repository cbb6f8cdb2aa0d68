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

from civicextract.extractors.programs.candidates import distinguishing, place_match, quoted
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


def _quoted(text: str) -> list[tuple[str, int, int]]:
    return [(c.name, c.start, c.end) for c in quoted(text, lexicon(), [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("该行推出“黔丰贷”，为农户提供无抵押信用贷款。", [("黔丰贷", 5, 8)]),
        ("全市累计发放“创业英才卡”1200张，持卡人可享受交通、医疗等服务。", [("创业英才卡", 7, 12)]),
        ("农商行上线“山城助农贷”“乡兴贷”两款产品。", [("山城助农贷", 6, 11), ("乡兴贷", 13, 16)]),
    ],
)
def test_a_quoted_loan_or_card_scheme_is_a_rule_name(text, expected):
    assert _quoted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "市民可持“社保卡”在定点药店结算。",
        "部分银行下调了“消费贷”利率。",
        "游客纷纷到新建的广场“打卡”。",
        "请勿向陌生人透露“信用卡”密码。",
        "持“白金卡”的旅客可使用贵宾室。",
        "园区试运行“无人重卡”物流线路。",
    ],
)
def test_a_common_card_or_loan_is_no_scheme(text):
    assert _quoted(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a kind of community before 建设试点: the name is proposed whole (main's code proposed nothing)
        ("省住建厅近日公布名单，全省将在20个社区开展完整社区建设试点，补齐养老、托育等设施短板。", [("完整社区建设试点", ((22, 30),))]),
        ("两部门推进“好社区”试点建设，首批确定12个社区。", [("好社区试点建设", ((5, 14),))]),
        # a quoted loan scheme, kept by the retrained scorer
        ("区里推出“兴农快贷”，已为300户农户授信。", [("兴农快贷", ((5, 9),))]),
    ],
)
def test_records(text, expected):
    from civicextract import extract

    assert [(p.name, p.mentions) for p in extract(text).programs] == expected
