"""Officials, round 4: the classes fixed on part A of the blind hold-out set.

Sentences marked with an ``or4-`` id quote the copyable hold-out articles
(``corpus/holdout_officials_r4.jsonl``) verbatim; the others are synthetic,
written in the style of the state news and of the Hong Kong press (never
copied from it).  Every case is also checked converted to Traditional.
"""

from __future__ import annotations

import pytest

from .conftest import load_jsonl
from .test_officials import Case, R, _records, assert_traditional_gives_the_same_records

CASES = [
    # --- protocol sentences name office-holders without a title (evening news)
    Case(
        "or4-x17-talks-and-protocol",
        "<p><strong>央视网消息</strong>（新闻联播）：欢迎仪式后，李强同卡尼举行会谈。</p>"
        "<p>卡尼表示，加拿大是最早承认新中国的西方国家之一，建交以来坚定奉行一个中国政策。"
        "加方愿同中方加强对话，促进经贸、能源、人文等领域合作，共同支持联合国在国际事务中发挥核心作用，"
        "维护多边贸易体制，捍卫多边主义。</p><p>吴政隆参加上述活动。</p>",
        (R("李强"), R("卡尼", role="speaker", surfaces=["卡尼", "卡尼"]), R("吴政隆")),
    ),
    Case(
        "synthetic-list-then-protocol",
        "<p>王东峰等参加会见。</p><p>何立峰及有关部门负责同志陪同考察。</p><p>王毅主持会议。</p>",
        (R("王东峰"), R("何立峰"), R("王毅")),
    ),
    Case(
        "synthetic-telephone-call",
        "习近平同普京通电话。普京表示，愿同中方加强合作。",
        (R("习近平"), R("普京", role="speaker", surfaces=["普京", "普京"])),
    ),
    # residents attend meetings too; sides of talks are no persons
    Case("synthetic-resident-attends", "村民张建华参加座谈会。", ()),
    Case("synthetic-sides-of-talks", "中方同美方举行会谈。", ()),
    Case("synthetic-protocol-mid-clause", "会上，大家认为张建华参加会见很有必要。", ()),
    # --- a fronted apposition: 作为<chain>，<name>
    Case(
        "or4-e01-fronted-apposition",
        "作为河南省政协委员、驻马店市残联第五届主席团名誉主席，张银良几十年如一日致力于保障残疾人福祉。",
        (R("张银良", ["河南省政协委员", "驻马店市残联第五届主席团名誉主席"], "河南省政协"),),
    ),
    Case(
        "synthetic-fronted-apposition-village",
        "作为村党支部书记，王建国带领群众发展特色产业。",
        (R("王建国", ["村党支部书记"], "村党支部"),),
    ),
    # --- a foreign state is shared over 和 / 及: the second holder is a foreign non-head
    Case(
        "synthetic-state-shared-over-he",
        "以色列总理内塔尼亚胡和防长卡茨当天表示，将继续行动。",
        (R("内塔尼亚胡", ["以色列总理"], "以色列", "speaker"),),
    ),
    Case(
        "synthetic-domestic-coordination-unchanged",
        "市委书记张建华和副市长李明出席会议。",
        (R("张建华", ["市委书记"], "市委"), R("李明", ["副市长"])),
    ),
    # --- Hong Kong disciplined-service and judiciary ranks (synthetic, in the style of the HK press)
    Case(
        "synthetic-hk-fire-ranks",
        "高级消防队长陈大文及消防队目李志明当日最先到场。",
        (R("陈大文", ["高级消防队长"]), R("李志明", ["消防队目"])),
    ),
    Case(
        "synthetic-firefighter-speaks",
        "消防员黄志强表示，火势已经受控。",
        (R("黄志强", ["消防员"], role="speaker"),),
    ),
    Case(
        "synthetic-hk-chief-magistrate",
        "署理总裁判官陈大文押后案件至下月再讯。",
        (R("陈大文", ["署理总裁判官"]),),
    ),
    # --- 某联会 is an association: its chair holds no public post
    Case("synthetic-hk-alliance-chair", "民生联会主席陈大文表示，会继续争取。", ()),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_simplified(case):
    assert _records(case.text) == case.expected


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_traditional_gives_the_same_records(case):
    assert_traditional_gives_the_same_records(case)


def test_or4_cases_quote_the_holdout_corpus():
    """The or4-* cases quote their hold-out article verbatim, paragraph by paragraph."""
    texts = load_jsonl("holdout_officials_r4.jsonl")
    for case in CASES:
        if case.id.startswith("or4-"):
            art = texts["-".join(case.id.split("-")[:2])]
            for part in case.text.replace("</p>", "</p>\n").splitlines():
                assert part in art, (case.id, part)
