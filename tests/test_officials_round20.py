"""Officials, round 20 (off20): mainland layouts probed whole before the fresh blind set's A half was read.

About 170 made-up sentences of county, township, village, court, police, discipline, state-news and
foreign-head layouts were run first (posts and their deputy/acting/party forms, civil grades, lists
after one title, 同志, names before titles, 任免 notices, two- to four-character names with verbs glued
after them); the families that failed are written here, each with the cases that must not change.
Every sentence is made up (other names and wording than corpus/holdout_officials_r20.jsonl).  Each
case gives the records exactly: (name, titles, organization, role, surfaces).
"""

from __future__ import annotations

import pytest

import civicextract

OFFICIALS = civicextract.Pipeline(kinds=("officials",))


def _records(text):
    return [
        (o.name, o.titles, o.organization, o.role, tuple(text[s:e] for s, e in o.mentions))
        for o in OFFICIALS.extract(text).officials
    ]


# A name of the surname 周 whose given name opens with 一…日 reads as a weekday (周一, a follower of the
# news): 镇长周一鸣 was lost.  A third character that opens no follower, then a strong end, makes it a
# name; a weekday runs on into its clause (周一到村里, 周一在会上).
@pytest.mark.parametrize(
    ("text", "records"),
    [
        (
            "青石镇镇长周一鸣、副镇长郭瑞陪同检查。",
            [
                ("周一鸣", ("青石镇镇长",), "青石镇", "mentioned", ("周一鸣",)),
                ("郭瑞", ("副镇长",), None, "mentioned", ("郭瑞",)),
            ],
        ),
        ("副县长周五星表示，要抓好项目。", [("周五星", ("副县长",), None, "speaker", ("周五星",))]),
        ("镇长周一到村里调研。", []),
        ("局长周一在会上表示，要抓好落实。", []),
    ],
)
def test_weekday_led_names(text, records):
    assert _records(text) == records


# A police officer named before 上门 (a visit): the weak post 民警 wants a follower word after the name.
@pytest.mark.parametrize(
    ("text", "records"),
    [
        ("社区民警罗晓峰上门宣传防诈知识。", [("罗晓峰", ("社区民警",), "社区", "mentioned", ("罗晓峰",))]),
        (
            "城南派出所民警吴海涛上门核查。",
            [("吴海涛", ("城南派出所民警",), "城南派出所", "mentioned", ("吴海涛",))],
        ),
    ],
)
def test_police_named_before_a_visit(text, records):
    assert _records(text) == records


# Posts the list missed: a court's lay judge (人民陪审员, the whole word the post, not 人民 its body) and
# Taiwan's 民意代表 (its press's word for a legislator, a former one here).
@pytest.mark.parametrize(
    ("text", "records"),
    [
        ("人民陪审员贾明华参与了庭审。", [("贾明华", ("人民陪审员",), None, "mentioned", ("贾明华",))]),
        (
            "区法院人民陪审员贾明华参与了庭审。",
            [("贾明华", ("区法院人民陪审员",), "区法院", "mentioned", ("贾明华",))],
        ),
        ("前民意代表蔡正元指出，这是常态。", [("蔡正元", ("前民意代表",), None, "speaker", ("蔡正元",))]),
    ],
)
def test_lay_judges_and_taiwan_legislators(text, records):
    assert _records(text) == records


# 负责人 (a weak post that wants a body) after a body ending in 中心, which ORG_END's single characters
# miss: a TV caption's "post name：" and the plain layout.
@pytest.mark.parametrize(
    ("text", "records"),
    [
        (
            "国家安全生产应急救援中心负责人 陈奕辉：我们带来了五支队伍。",
            [
                (
                    "陈奕辉",
                    ("国家安全生产应急救援中心负责人",),
                    "国家安全生产应急救援中心",
                    "speaker",
                    ("陈奕辉",),
                )
            ],
        ),
        (
            "应急救援中心负责人陈奕辉表示，将全力排涝。",
            [("陈奕辉", ("应急救援中心负责人",), "应急救援中心", "speaker", ("陈奕辉",))],
        ),
    ],
)
def test_heads_of_centres(text, records):
    assert _records(text) == records


# Enterprises named without 公司/集团: a railway's 机务段 and 车间, a telecom operator's short name.  Their
# party cells and managers hold no public post.
@pytest.mark.parametrize(
    "text",
    [
        "丰台机务段救援车间党支部书记高建立告诉记者，要时刻准备。",
        "山东联通党委委员、副总经理王学成带队奔赴灾区。",
    ],
)
def test_enterprise_units_hold_no_public_post(text):
    assert _records(text) == []


# Two-character names whose surname is also a function word (于, 曾, 向): a verb of the news right after
# the pair and a pair that reads as a name (于洋 ns, 于|海 n), not a phrase (于是, 于|此, 于近日).
@pytest.mark.parametrize(
    ("text", "records"),
    [
        ("镇长于洋表示，将做好保障。", [("于洋", ("镇长",), None, "speaker", ("于洋",))]),
        ("局长于海说，要加快进度。", [("于海", ("局长",), None, "speaker", ("于海",))]),
        ("局长于近日表示，要抓好。", []),
        ("主任于此表示感谢。", []),
        ("县长于是决定加快建设。", []),
        ("书记曾多次表示，要抓好。", []),
    ],
)
def test_function_word_surnames_of_two_characters(text, records):
    assert _records(text) == records


# Verbs glued after a two-character name that no follower word closed: 来我县 (a visit), 自掏腰包.
@pytest.mark.parametrize(
    ("text", "records"),
    [
        ("副市长陈静来我县调研。", [("陈静", ("副市长",), None, "mentioned", ("陈静",))]),
        ("第一书记李响自掏腰包为村里修路。", [("李响", ("第一书记",), None, "mentioned", ("李响",))]),
    ],
)
def test_verbs_glued_after_a_name(text, records):
    assert _records(text) == records


# A spokesman answering a question (应询表示) or a call at another's request (应约): 应询 was no follower
# word, so a name ran on into it (毛宁应询) or stopped a character short (陈斌|华应询).
@pytest.mark.parametrize(
    ("text", "records"),
    [
        ("外交部发言人毛宁应询表示，中方立场是一贯的。", [("毛宁", ("外交部发言人",), "外交部", "speaker", ("毛宁",))]),
        ("国台办发言人陈斌华应询表示，欢迎台胞来访。", [("陈斌华", ("国台办发言人",), "国台办", "speaker", ("陈斌华",))]),
    ],
)
def test_names_before_ying_xun(text, records):
    assert _records(text) == records


def _names_titles(text):
    return [(o.name, o.titles) for o in OFFICIALS.extract(text).officials]


# Classes of the blind B half's errors, fixed after B's last blind scoring (docs/evaluation.md, round 20).
# A listed office-holder's name that names a ship (“布什”号航母, 里根号) is no holder named bare.
@pytest.mark.parametrize(
    ("text", "records"),
    [
        ("美军将向中东增派兵力，其中包括“布什”号航母打击群。", []),
        ("里根号航母当天驶离港口。", []),
        ("美国总统布什当天表示，将继续支持。", [("布什", ("美国总统",))]),
    ],
)
def test_ships_named_after_presidents(text, records):
    assert _names_titles(text) == records


# A head of state's envoy: the name ends before 特使, and a 作为 after 会见 opens the guest's role, never the
# host's (the host was given the foreign party's post).
@pytest.mark.parametrize(
    ("text", "records"),
    [
        (
            "习近平会见作为越南国家主席梁强特使来访的越南副总理。",
            [("梁强", ("越南国家主席",)), ("习近平", ())],
        ),
        ("习近平会见作为老挝人民革命党中央总书记、国家主席通伦特使来访的沙伦赛。", [("习近平", ())]),
    ],
)
def test_envoys_of_heads_of_state(text, records):
    assert _names_titles(text) == records


# China's envoys: 特别代表, 常驻联合国代表 and its deputy.
@pytest.mark.parametrize(
    ("text", "records"),
    [
        ("中国常驻联合国代表傅聪在安理会发言说，各方应保持克制。", [("傅聪", ("中国常驻联合国代表",))]),
        ("中国常驻联合国副代表耿爽表示，中方支持对话。", [("耿爽", ("中国常驻联合国副代表",))]),
        ("中国政府中东问题特别代表翟隽表示，中方愿发挥作用。", [("翟隽", ("中国政府中东问题特别代表",))]),
    ],
)
def test_chinas_envoys(text, records):
    assert _names_titles(text) == records


# A verb aimed at an office-holder stands right before a bare post: no body of it (限制|总统, 针对|国防部长).
@pytest.mark.parametrize(
    ("text", "records"),
    [
        ("美国民主党发起一项旨在限制总统特朗普战争权力的议案。", [("特朗普", ("总统",))]),
        ("议员提交针对国防部长赫格塞思的弹劾条款。", [("赫格塞思", ("国防部长",))]),
    ],
)
def test_verbs_aimed_at_a_post(text, records):
    assert _names_titles(text) == records


# Found after the round's blind scoring, probing Xinjiang and Mongolian layouts: a place name opening with the stop
# character 和 (和田, 和平区) no longer cuts the title, and a dotted name's last syllable before 出席 is kept (…艾买提|
# 出席, where 提出 had been read as the follower).
@pytest.mark.parametrize(
    ("text", "records"),
    [
        ("和田县副县长阿依古丽主持会议。", [("阿依古丽", ("和田县副县长",))]),
        ("天津市和平区委书记刘学出席。", [("刘学", ("天津市和平区委书记",))]),
        ("市委书记和县委书记张三出席。", [("张三", ("县委书记",))]),
        ("县长阿不都热依木·艾买提出席。", [("阿不都热依木·艾买提", ("县长",))]),
    ],
)
def test_places_opening_with_he_and_dotted_names_before_chuxi(text, records):
    assert _names_titles(text) == records


# An ordinal count of visits right after the name (第三次来到, 第一次): the name ends before 第.
@pytest.mark.parametrize(
    ("text", "records"),
    [
        ("这是县委书记林海峰第三次来到该村。", [("林海峰", ("县委书记",))]),
        ("这是县委书记林海峰第一次来到该村。", [("林海峰", ("县委书记",))]),
        ("县委第三巡察组组长王强出席。", [("王强", ("县委第三巡察组组长",))]),
    ],
)
def test_ordinal_counts_after_a_name(text, records):
    assert _names_titles(text) == records


# Found probing army and foreign-visit news after the round's scoring: a state whose name reads as a surname's
# (汤|加) is no person before 首相; a monarch (国王) with a regnal number (图普六世, 阿卜杜拉二世) is a head of state;
# the armed forces' 指挥员 and 参谋 are weak posts (a body before them, or a clear end after the name).
@pytest.mark.parametrize(
    ("text", "records"),
    [
        ("汤加首相胡阿卡瓦梅利库到码头送行。", [("胡阿卡瓦梅利库", ("汤加首相",))]),
        ("汤加国王图普六世登船看望。", [("图普六世", ("汤加国王",))]),
        ("约旦国王阿卜杜拉二世会见王毅。", [("阿卜杜拉二世", ("约旦国王",))]),
        ("英国国王查尔斯三世发表讲话。", [("查尔斯三世", ("英国国王",))]),
        ("“每个民兵都要守护家园。”某市人武部指挥员周建业说。", [("周建业", ("某市人武部指挥员",))]),
        ("现场指挥员一声令下，队员们迅速出动。", []),
        ("参谋人员加班加点。", []),
    ],
)
def test_monarchs_states_and_army_commanders(text, records):
    assert _names_titles(text) == records


# Found scanning the records of repository texts no officials gold covers: a four-character phrase after a title
# chain read as a name (习近平总书记|高度重视 gave a person 高度重视), and 领导干部, the policy text's "leading cadres",
# anchoring a name (推动领导干部|接访下访, 实行领导干部|包案).
@pytest.mark.parametrize(
    ("text", "records"),
    [
        ("十年来，习近平总书记高度重视、全面布局。", [("习近平", ())]),
        ("进一步推动领导干部接访下访、下基层解决问题。", []),
        ("要全部实行领导干部包案，限期化解。", []),
        ("县长欧阳建国出席。", [("欧阳建国", ("县长",))]),
        ("县委书记扎西次仁出席。", [("扎西次仁", ("县委书记",))]),
        ("村干部刘明说，路修好了。", [("刘明", ("村干部",))]),
    ],
)
def test_phrases_and_generic_cadres_are_no_names(text, records):
    assert _names_titles(text) == records


# From the same scan: a city's 州 before a place opening with 长 is no 州长 (福州长乐 gave a person 乐国际), a
# prefecture's 州长 stays; a state's name runs on over its 及 (阿尔及利亚总统, not 利亚总统).
@pytest.mark.parametrize(
    ("text", "records"),
    [
        ("推动福州长乐国际机场二期建设。", []),
        ("湖州长兴县县长王强出席。", [("王强", ("湖州长兴县县长",))]),
        ("甘孜州州长罗强出席。", [("罗强", ("甘孜州州长",))]),
        ("阿尔及利亚总统特本会见了代表团。", [("特本", ("阿尔及利亚总统",))]),
        ("商务及经济发展局局长丘应桦出席。", [("丘应桦", ("商务及经济发展局局长",))]),
    ],
)
def test_city_zhou_and_states_over_ji(text, records):
    assert _names_titles(text) == records
