"""Officials, round 7: heads of state by their state's own council, heads taking
office, officers of intergovernmental bodies, titleless heads of a government
named after them, and bare attendees closing a leader's item.

Cases marked ``or7-`` quote the copyable hold-out articles
(``corpus/holdout_officials_r7.jsonl``) verbatim; the others are synthetic,
with invented names and sentence shapes of their own.  Cases in Traditional are
Hong Kong layouts: records Simplified, surfaces original.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from civicextract.extractors.officials import assemble as A
from civicextract.extractors.officials import states as S

from .conftest import load_jsonl
from .test_officials import Case, R, _records

CASES = [
    # --- a state's own supreme council: its chair heads the state; other committees' chairs do not
    Case(
        "synthetic-state-council-chair",
        "朝鲜国务委员会委员长金正恩会见了来访的代表团。",
        (R("金正恩", ["朝鲜国务委员会委员长"], "朝鲜国务委员会"),),
    ),
    Case("synthetic-foreign-committee-chair", "美国参议院外交委员会主席赖斯发表声明。", ()),
    # --- a transliterated head taking office: the name comes before the post
    Case(
        "synthetic-sworn-in-head",
        "特朗普宣誓就任美国总统后签署了多项行政令。",
        (R("特朗普", ["美国总统"], "美国"),),
    ),
    Case(
        "synthetic-head-taking-office-since",
        "马克龙就任法国总统以来多次访华。",
        (R("马克龙", ["法国总统"], "法国"),),
    ),
    # --- an intergovernmental body's officer is no state's head
    Case("or7-m07-un-secretary-general", "联合国秘书长古特雷斯用视频向中国人民致以新春问候。", ()),
    # --- the closing list of a leader's item: bare names and 出席 with nothing after
    Case(
        "or7-n01-closing-attendees",
        "<p>国务院副总理丁薛祥出席。</p><p>吴政隆、谌贻琴出席。</p>",
        (R("丁薛祥", ["国务院副总理"], "国务院"), R("吴政隆"), R("谌贻琴")),
    ),
    Case("synthetic-resident-attends", "小区居民王芳出席。", ()),
    # --- Hong Kong: the head of a government named before 领导的…政府, no title of her own
    Case(
        "synthetic-hk-led-government",
        "議員在會上質疑，由梁家慧領導的政府至今未交代開支細節。",
        (R("梁家慧", surfaces=("梁家慧",)),),
    ),
    Case(
        "synthetic-hk-led-government-married-name",
        "不少人不滿周吳美玲領導的政府。",
        (R("周吴美玲", surfaces=("周吳美玲",)),),
    ),
    Case("synthetic-team-led-by-someone", "張三領導的工作組進駐社區。", ()),
    Case("synthetic-state-government-officials", "巴勒斯坦政府官员表示反对。", ()),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_records(case):
    assert _records(case.text) == case.expected


def test_quoted_cases_quote_the_holdout_corpus():
    """The or7-* cases quote their hold-out article verbatim (paragraph markup aside)."""
    texts = load_jsonl("holdout_officials_r7.jsonl")
    for case in CASES:
        if case.id.startswith("or7-"):
            article = texts["-".join(case.id.split("-")[:2])]
            for part in case.text.replace("<p>", "\n").replace("</p>", "\n").split("\n"):
                assert part in article, case.id


@given(st.sampled_from(A._STATE_COUNCILS), st.sampled_from(["主席", "委员长"]))
def test_state_council_chairs_head_their_state(council, post):
    assert A.head_post("某国" + council + post)
    assert not A.head_post("某国议会外交" + "委员会" + "副主席")


@given(st.sampled_from(S._INTL_BODIES), st.sampled_from(["秘书长", "总干事", "副秘书长", "主席"]))
def test_intergovernmental_posts_are_foreign(body, post):
    assert S.foreign_body(body + post)
    assert not S.foreign_body("中国常驻" + body + "代表")
