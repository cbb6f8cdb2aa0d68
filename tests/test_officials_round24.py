"""Officials, session 24: classes the perturbation benchmark (benchmarks/officials_perturb.py) showed
lost whatever the article, each as made-up sentences of the class with the exact records.

- a name of the surname 于 after a post: the readers refuse 于 as a function character, so no
  official surnamed 于 was ever read after a post; the learned boundary now weighs it where no
  object of the preposition 于 (a time, a number, a place, a body) follows;
- a three-character name in a weak post's list (市人大常委会委员倪向军、肖辉) whose given name opens
  with a function character that also opens given names (向, 为, 由 …);
- 和 closing such a given name before a verb (副区长魏由和出席);
- 约谈 and 叮嘱, verbs of officials that closed no name or closed it one character late;
- the learned boundary knows it stands after a post (``post&L=n``): 王维波多方协调资金.
"""

from __future__ import annotations

import pytest

import civicextract


def _officials(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(o.name, tuple(o.titles)) for o in civicextract.extract(text).officials]


FOUND = [
    ("长春市科技局局长于柏生作述职报告。", [("于柏生", ("长春市科技局局长",))]),
    ("市领导于萍航、衡晓帆、谢元出席。", [("于萍航", ("市领导",)), ("衡晓帆", ("市领导",)), ("谢元", ("市领导",))]),
    ("市委书记于伟国出席。", [("于伟国", ("市委书记",))]),
    ("市人大常委会委员于振强，市政府副秘书长孙立出席。", [("于振强", ("市人大常委会委员",)), ("孙立", ("市政府副秘书长",))]),
    (
        "市人大常委会委员倪向军、肖辉等参加调研。",
        [("倪向军", ("市人大常委会委员",)), ("肖辉", ("市人大常委会委员",))],
    ),
    ("副区长魏由和出席推介活动并讲话。", [("魏由和", ("副区长",))]),
    ("县长程向和表示，项目年内开工。", [("程向和", ("县长",))]),
    ("市委副书记刘伟约谈相关企业。", [("刘伟", ("市委副书记",))]),
    ("黄浦区委副书记、区长沈山州叮嘱大家注意安全。", [("沈山州", ("黄浦区委副书记", "区长"))]),
    ("西安村党支部书记王维波多方协调资金。", [("王维波", ("西安村党支部书记",))]),
    # unchanged: 和 between two people, a post after 和
    ("县长王敏和李明出席。", [("王敏", ("县长",)), ("李明", ("县长",))]),
]


@pytest.mark.parametrize(("text", "officials"), FOUND)
def test_found(text, officials):
    assert _officials(text) == officials


# 于 the preposition after a post: a time, a date, a number, a place, a body, a deictic word
PREPOSITION = [
    "市长于近日召开会议。",
    "市长于8月3日召开会议。",
    "主席于人民大会堂会见外宾。",
    "市长于会上指出，要抓好落实。",
    "县长于本周一调研。",
    "市长于北京会见客商。",
    "省长于当天下午考察。",
    "局长于是说。",
    "县长于上周末走访。",
    "镇长于每周一接访。",
    "区长于现场办公。",
    "主任于第一时间赶到。",
    "市长于去年提出。",
    "部长于昨天表示。",
    "局长于家中接受采访。",
    "市领导于今年、去年多次调研。",
]


@pytest.mark.parametrize("text", PREPOSITION)
def test_no_name_after_the_preposition(text):
    assert _officials(text) == []


def test_surname_yu_in_traditional_script():
    # the record is in Simplified script (as every official's name and titles), its mention the original
    text = "長春市科技局局長於柏生作述職報告。"
    (official,) = civicextract.extract(text).officials
    assert (official.name, tuple(official.titles)) == ("于柏生", ("长春市科技局局长",))
    assert [text[s:e] for s, e in official.mentions] == ["於柏生"]


# Hong Kong and Taiwan: the post, a list comma, the holder's party, the name (the title is the post)
PARTY_AFTER_POST = [
    ("保安局局長回應教育界立法會議員、公民黨陳志明的質詢時表示，", [("陈志明", ("教育界立法会议员",))]),
    ("新北市議員、民進黨林美華批評市府。", [("林美华", ("新北市议员",))]),
    # a post after the party is the holder's own (a party head counts, as fit's gold counts it)
    ("立法會議員、民建聯主席黃大文表示。", [("黄大文", ("立法会议员", "民建联主席"))]),
]


@pytest.mark.parametrize(("text", "officials"), PARTY_AFTER_POST)
def test_party_between_post_and_name(text, officials):
    assert _officials(text) == officials


# an adverb of manner that opens with a surname is no name, even before a verb of the news
@pytest.mark.parametrize("text", ["政府發言人連忙強調，有關安排不變。", "局长马上赶到现场。"])
def test_adverb_after_post_is_no_name(text):
    assert _officials(text) == []


def test_an_adverb_the_tagger_reads_as_a_name_stays_one():
    assert _officials("检察长高远出席会议。") == [("高远", ("检察长",))]


# 新闻联播's diplomacy sentences: no title runs back over the host's name and the 同/与 after it, and a
# listed foreign office-holder whose characters the name reader refuses keeps the post as a title
DIPLOMACY = [
    (
        "中共中央总书记、国家主席习近平同美国总统拜登通电话。",
        [("习近平", ("中共中央总书记", "国家主席")), ("拜登", ("美国总统",))],
    ),
    ("国务院总理李强与德国总理朔尔茨举行会谈。", [("李强", ("国务院总理",)), ("朔尔茨", ("德国总理",))]),
    ("德国总理朔尔茨举行会谈。", [("朔尔茨", ("德国总理",))]),
    ("国家主席习近平同俄罗斯总统普京举行会谈。", [("习近平", ("国家主席",)), ("普京", ("俄罗斯总统",))]),
]


@pytest.mark.parametrize(("text", "officials"), DIPLOMACY)
def test_diplomacy_titles(text, officials):
    assert _officials(text) == officials


# departments whose names hold a stop character of the chain walk (和, 对, 有, 据): the title is the whole
# name (it was cut after the stop: 城乡建设局局长, 资产监督管理委员会主任, 局局长)
BODIES = [
    "市住房和城乡建设局局长",
    "市人力资源和社会保障局局长",
    "市文化和旅游局局长",
    "市发展和改革委员会主任",
    "市民族和宗教事务委员会主任",
    "市外事和侨务办公室主任",
    "市政务服务和大数据管理局局长",
    "市粮食和物资储备局局长",
    "市对外贸易经济合作局局长",
    "市国有资产监督管理委员会主任",
    "国家数据局局长",
    "住房和城乡建设部党组书记、部长",
]


@pytest.mark.parametrize("chain", BODIES)
def test_department_names_with_stop_characters(chain):
    titles = tuple(chain.split("、"))
    assert _officials(f"{chain}张明介绍，今年将新开工项目。") == [("张明", titles)]


def test_he_between_two_posts_still_stops_the_title():
    assert _officials("县长李明和文化局局长王华出席。") == [("李明", ("县长",)), ("王华", ("文化局局长",))]
    assert _officials("市委书记和县委书记张三出席。") == [("张三", ("县委书记",))]


def test_hong_kong_head_named_before_the_post():
    # 特首 and 行政长官 as an address after the name, as 司长 and 局长 are (陈茂波司长指出)
    assert _officials("李家超特首回應時表示，會繼續聆聽市民意見。") == [("李家超", ("特首",))]
    assert _officials("梁振英行政長官任內推出多項房屋措施。") == [("梁振英", ("行政长官",))]


def test_a_common_word_of_four_characters_after_a_post_is_no_name():
    assert _officials("特首施政报告提出，房屋问题是重中之重。") == []
    assert _officials("日本首相岸田文雄表示，") == [("岸田文雄", ("日本首相",))]


def test_a_malls_manager_is_no_official():
    # shops, malls and supermarkets are firms (models/org_suffixes.txt); 商城县 is a county
    assert _officials("“每天批发水产品近400吨。”某县农商城负责人王大军说，该商城运营一年多来") == []
    assert _officials("商城县委书记张明出席。") == [("张明", ("商城县委书记",))]
    assert _officials("市批发市场管理办公室主任李明说，") == [("李明", ("市批发市场管理办公室主任",))]
