"""Officials, round 28 (off28): the classes of the fresh blind set's A half, and the set's quality floor.

The set (corpus/holdout_officials_r28.jsonl, builder corpus/build_holdout_officials_r28.py): 31 real texts,
Xinhua lines of 2015-2016 and 搜狐 local items of 2023 (foreign heads beside ministers and envoys, a Central
Military Commission list, ministry and public-institution officials quoted, military posts, county, township,
village and community posts, and the heads of firms, hospitals, foundations and associations who are not
officials).  Part B was scored blind before the first fix and after the last.

Each class is tested on the real sentence it was found in (the set's own text), with the cases beside it
that must not change.  Each case gives the records exactly: (name, titles, role).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import civicextract

from . import dev_scorer

OFFICIALS = civicextract.Pipeline(kinds=("officials",))
CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _records(text):
    return [(o.name, o.titles, o.role) for o in OFFICIALS.extract(text).officials]


# A photo or copy credit glued to the next sentence with nothing between (…医院供图某区卫生健康委…): the chain
# of the post had run back over the credit, so the hospital headed the title and the official was dropped as
# a hospital's.  供图 and 供稿 now end a title run.
CREDITS = [
    (
        "活动现场。璧山区第二人民医院供图璧山区卫生健康委党委委员、副主任周鸣在致辞中向医院奋战在一线岗位上的"
        "医务工作者致以节日的问候。",
        [("周鸣", ("璧山区卫生健康委党委委员", "副主任"), "speaker")],
    ),
    # a credit in brackets, and one set off by a space: unchanged
    (
        "五星村新改的墙绘（花溪区委宣传部供图）“这里有我的作品！”孟关乡五星村党总支部纪检委员徐婷婷说道。",
        [("徐婷婷", ("孟关乡五星村党总支部纪检委员",), "speaker")],
    ),
    (
        "启动仪式现场。山东省福利彩票发行中心 供图山东省民政厅党组成员、副厅长刘建武在致辞中指出，即开型福利彩票是"
        "将彩票和文化相融合的有效载体。",
        [("刘建武", ("山东省民政厅党组成员", "副厅长"), "speaker")],
    ),
    ("（璧山区卫生健康委供稿）", []),
]

# Found with the credit class (records of the repository's texts): once the credit no longer headed the
# chain, a chain opening with a weak post of no body (现场总负责人) before a firm's post read as public by
# itself.  Such a post at a chain's start now takes the body named after it (meta set m5-21's grid manager
# stays out); a full post (建设部原副部长, 全国政协委员) before a firm's or an association's keeps its own.
BARE_FIRST_POSTS = [
    (
        "国网山西省电力公司供图本次赴涿州保电现场总负责人、国网山西省电力公司设备部副主任施迪表示，返晋后将认真总结"
        "工作经验，进一步加强队伍演练，提高应急水平。",
        [],
    ),
    # two bare posts, a public post then a firm's, a party cell and a firm's post: unchanged
    ("副书记、县长王建国出席。", [("王建国", ("副书记", "县长"), "mentioned")]),
    ("潍坊市政协委员、某公司董事长王建国出席。", [("王建国", ("潍坊市政协委员", "某公司董事长"), "mentioned")]),
    ("党委书记、董事长王建国出席。", []),
    ("建设部原副部长、中国房地产协会名誉会长杨慎出席。", [("杨慎", ("建设部原副部长", "中国房地产协会名誉会长"), "mentioned")]),
]

# dev a129 (its one extra record): a partner named with a unit and no body (伙同财务科原科长乙) after a firm's
# manager, in the same sentence or as the subject of the clause after he was named with the firm, is that firm's
# section head, no official.  The partner's unit now takes the public flag of the chain of the one who 伙同s.
PARTNERS = [
    (
        "四川省青神县国粮管理公司前总经理陶永鸿，就是用这些招数贪了40多万。陶永鸿在2018年一批3100吨储备粮轮换中，"
        "伙同财务科原科长郭秀群通过以旧当新，骗取国家资金近23万元。",
        [],
    ),
    ("四川省青神县国粮管理公司前总经理陶永鸿，伙同财务科原科长郭秀群通过以旧当新，骗取国家资金近23万元。", []),
    # after a public office-holder, and with no earlier chain of the subject: unchanged
    (
        "县粮食局局长陶永鸿，伙同财务科原科长郭秀群骗取国家资金。",
        [("陶永鸿", ("县粮食局局长",), "mentioned"), ("郭秀群", ("财务科原科长",), "mentioned")],
    ),
    ("陶永鸿在2018年储备粮轮换中，伙同财务科原科长郭秀群骗取国家资金。", [("郭秀群", ("财务科原科长",), "mentioned")]),
]

# A body's 领导 before 、 is that body's leaders as a group, one item of a list of co-hosts: the chain of the
# next title no longer runs back across it (商务局领导、元气森林联合创始人王璞 had made a firm's co-founder an
# official by the bureau's leaders).
COLLECTIVE_LEADERS = [
    (
        "本次活动由北京市朝阳区体育局、商务局领导、元气森林联合创始人王璞，以及外星人品牌负责人张浩维等共同主持，"
        "为这场为期三天的盛会拉开帷幕。",
        [],
    ),
    ("县领导、县委常委王建国出席。", [("王建国", ("县委常委",), "mentioned")]),
    # a list of people after 领导, and a chain of two posts across 、: unchanged
    ("省领导王建国、李明出席。", [("王建国", ("省领导",), "mentioned"), ("李明", ("省领导",), "mentioned")]),
    ("区委常委、宣传部部长王建国出席。", [("王建国", ("区委常委", "宣传部部长"), "mentioned")]),
]

# A sentence opening with a speaker and a speech verb: a post taken two clauses on (现在担任…) is in what the
# speaker says, and was given to the speaker (靳仪麟 had become a member of Myanmar's upper house).
REPORTED = [
    (
        "靳仪麟说，吴觉丹吞出任校友会会长当之无愧，因他曾到中国留学，既学了语言又学了中医，现在担任民族院议员。",
        [],
    ),
    # the sentence's subject before the verb, and a speaker's own post in the clause right after: unchanged
    ("朱大纲曾长期在滁州工作，担任过天长市市长。", [("朱大纲", ("天长市市长",), "mentioned")]),
    ("王建国表示，他于2015年担任县长。", [("王建国", ("县长",), "speaker")]),
]


@pytest.mark.parametrize("text,expected", CREDITS + BARE_FIRST_POSTS + PARTNERS + COLLECTIVE_LEADERS + REPORTED)
def test_round28_classes(text, expected):
    assert _records(text) == expected


def _load(name):
    with open(CORPUS / name, encoding="utf-8") as f:
        return {r["id"]: r for r in map(json.loads, f)}


# The set's floor (whole set, 31 texts, 34 officials after the calibration the builder states): 0.914 before
# round 28's fixes, 0.957 after (P 0.943, R 0.971; titles 0.897 -> 0.903; B 0.973 before and after, scored
# blind before the first fix and after the last); floors only move up.
FLOOR = {"officials": 0.95, "titles": 0.90}


def test_round28_set_floor():
    corpus = _load("holdout_officials_r28.jsonl")
    pred = {aid: OFFICIALS.extract(rec["text"], id=aid).to_dict() for aid, rec in corpus.items()}
    tally = dev_scorer.score(_load("holdout_officials_r28.gold.jsonl"), pred, corpus)
    assert tally.prf("officials")[2] >= FLOOR["officials"]
    value, n = tally.ratio("titles")
    assert n > 0 and value >= FLOOR["titles"]
