"""Officials, round 10: Hong Kong families by mechanism.

Every sentence here is synthetic, written for these tests: invented people (or public
office-holders of models/officeholders.txt) in sentence shapes of their own; none is taken
from an article.  Traditional input as the Hong Kong press writes it: records Simplified,
surfaces original.
"""

from __future__ import annotations

import pytest

from .test_officials import Case, R, _records

LIST_CASES = [
    # --- Hong Kong legislators named bare, in a sentence about the council's work (the local list)
    Case(
        "synthetic-hk-bare-legislators-at-work",
        "香港立法會內務委員會今日開會，易志明接替謝偉俊主持會議。",
        (R("易志明", surfaces=["易志明"]), R("谢伟俊", surfaces=["謝偉俊"])),
    ),
    # (a local name in a text not about Hong Kong is a namesake: 王国兴 is a common mainland name)
    Case("synthetic-hk-name-mainland-namesake", "王国兴在村口开了一家小卖部，生意不错。", ()),
    # (a sentence about no office: a private outing is no office-holder's mention)
    Case("synthetic-hk-bare-name-private-sentence", "香港天氣炎熱，單仲偕昨日與家人到公園晨運。", ()),
    # (a candidate: the name before 參選 holds no seat by this sentence)
    Case("synthetic-hk-bare-name-candidate", "香港立法會選舉提名期開始，邵家輝參選工商界。", ()),
    # --- heads of foreign states: earlier leaders and the Hong Kong press's spellings
    Case(
        "synthetic-hk-spelling-foreign-head",
        "卡梅倫出任首相期間，英國舉行脫歐公投。",
        (R("卡梅伦", ["首相"], surfaces=["卡梅倫"]),),
    ),
    Case(
        "synthetic-hk-spelling-earlier-president",
        "文章回顧尼克遜總統訪華的歷史，指中美關係自此改變。",
        (R("尼克逊", surfaces=["尼克遜"]),),
    ),
]


@pytest.mark.parametrize("case", LIST_CASES, ids=[c.id for c in LIST_CASES])
def test_hong_kong_office_holders_list(case):
    assert _records(case.text) == case.expected


CHAIN_CASES = [
    # --- a name before 及 stays out of the next holder's title
    Case(
        "synthetic-hk-and-between-holders",
        "渠務署署長馮家明及路政署署長鄧子軒昨日視察工程。",
        (
            R("冯家明", ["渠务署署长"], "渠务署", surfaces=["馮家明"]),
            R("邓子轩", ["路政署署长"], "路政署", surfaces=["鄧子軒"]),
        ),
    ),
    # (a portfolio's own 及 still joins: 康樂及文化事務署)
    Case(
        "synthetic-hk-and-inside-portfolio",
        "康樂及文化事務署署長劉明光表示，場地下月重開。",
        (R("刘明光", ["康乐及文化事务署署长"], "康乐及文化事务署", "speaker", ["劉明光"]),),
    ),
]


@pytest.mark.parametrize("case", CHAIN_CASES, ids=[c.id for c in CHAIN_CASES])
def test_and_chains(case):
    assert _records(case.text) == case.expected


BODY_CASES = [
    # --- a statutory body's managers are public there (the organisation keeps the unit before the
    # post, as round 6's 卫生署家庭健康服务总监 does)
    Case(
        "synthetic-hk-statutory-manager",
        "醫管局總行政經理何美霞表示，病床使用率偏高。",
        (R("何美霞", ["医管局总行政经理"], "医管局总行政", "speaker", ["何美霞"]),),
    ),
    Case(
        "synthetic-hk-exam-authority-director",
        "考評局研究總監麥子生表示，報告下月發表。",
        (R("麦子生", ["考评局研究总监"], "考评局研究", "speaker", ["麥子生"]),),
    ),
    # (a 及 inside a unit's name of a listed public body joins; a name before 及 after a body's post does not)
    Case(
        "synthetic-hk-and-inside-unit-of-public-body",
        "旅發局市場及推廣總經理陳子華表示，活動下月舉行。",
        (R("陈子华", ["旅发局市场及推广总经理"], "旅发局市场及推广", "speaker", ["陳子華"]),),
    ),
    Case(
        "synthetic-hk-name-and-next-holder-after-body",
        "旅發局總幹事韋子明及環保署署長區志明出席活動。",
        (
            R("韦子明", ["旅发局总干事"], "旅发局", surfaces=["韋子明"]),
            R("区志明", ["环保署署长"], "环保署", surfaces=["區志明"]),
        ),
    ),
    # (a firm's manager stays private)
    Case("synthetic-hk-firm-manager", "某地產公司經理陳大文表示，樓價回穩。", ()),
]


@pytest.mark.parametrize("case", BODY_CASES, ids=[c.id for c in BODY_CASES])
def test_statutory_bodies(case):
    assert _records(case.text) == case.expected


COURT_CASES = [
    # --- court reports: a judge's name closed by a court verb, a master's post
    Case(
        "synthetic-hk-deputy-judge-verdict",
        "區域法院暫委法官林明德判被告罪成，押後判刑。",
        (R("林明德", ["区域法院暂委法官"], "区域法院", surfaces=["林明德"]),),
    ),
    Case(
        "synthetic-hk-master",
        "高等法院聆案官陳明輝批准申請，案件押後處理。",
        (R("陈明辉", ["高等法院聆案官"], "高等法院", surfaces=["陳明輝"]),),
    ),
]


@pytest.mark.parametrize("case", COURT_CASES, ids=[c.id for c in COURT_CASES])
def test_court_officers(case):
    assert _records(case.text) == case.expected


def test_local_section_is_read_as_local():
    """The Hong Kong section's names are local; the Party's and foreign heads' are not."""
    from civicextract.extractors.officials.holders import officeholders

    _, _, local = officeholders()
    assert {"易志明", "谢伟俊", "单仲偕"} <= local
    assert not {"习近平", "林郑月娥", "卡梅伦", "奥巴马"} & local
