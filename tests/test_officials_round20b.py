"""Officials, round 20b: the name families the round-20 helper still found failing on made-up probes.

Undotted Uyghur, Kazakh, Mongolian and Tibetan names right after a post (副县长阿依古丽主持会议), a
two-character name that jieba knows as a verb (副市长付强出席), a name with an adverb or 到任 glued after
it (孙磊均出席, 曾强到任), surnames the list missed (班, 濮, compound 巫马 …) and informal names read by
birth order (刘老三).  Every sentence is made up; each case gives the records exactly:
(name, titles, organization, role, surfaces).
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


def _one(name, chain, org, role):
    return [(name, chain, org, role, (name,))]


# 1. A minority name written without the dot right after a post with no body (or with one): a run of
# transliteration syllables (foreign.MINORITY) that ends where the predicate opens.  It was lost when one
# of its syllables is no foreign-table character (依, 买, 吐, 洪, 力, 其, 热, 合, 玉, 素, 甫) or its first is a
# function character (其其格); a Tibetan pair (次仁多吉) needed a body in the chain.
@pytest.mark.parametrize(
    ("text", "records"),
    [
        ("副县长阿依古丽主持会议。", _one("阿依古丽", ("副县长",), None, "mentioned")),
        ("市长买买提江出席活动。", _one("买买提江", ("市长",), None, "mentioned")),
        ("镇长吐尔洪深入田间地头。", _one("吐尔洪", ("镇长",), None, "mentioned")),
        ("县长次仁多吉主持会议。", _one("次仁多吉", ("县长",), None, "mentioned")),
        ("副旗长其其格表示，要保护草原。", _one("其其格", ("副旗长",), None, "speaker")),
        ("村主任热合曼说，合作社发展很好。", _one("热合曼", ("村主任",), None, "speaker")),
        ("州长玉素甫江表示，要抓好林果业。", _one("玉素甫江", ("州长",), None, "speaker")),
        ("副县长加依娜尔陪同调研。", _one("加依娜尔", ("副县长",), None, "mentioned")),
        (
            "喀什地区疏附县副县长阿依古丽主持召开棉花收购工作推进会。",
            _one("阿依古丽", ("喀什地区疏附县副县长",), "喀什地区疏附县", "mentioned"),
        ),
        ("和田县委副书记、县长买买提江出席开工仪式。", _one("买买提江", ("和田县委副书记", "县长"), "和田县委", "mentioned")),
        ("巴音布鲁克镇镇长吐尔洪陪同考察。", _one("吐尔洪", ("巴音布鲁克镇镇长",), "巴音布鲁克镇", "mentioned")),
        ("锡林郭勒盟正蓝旗旗长乌力吉主持会议。", _one("乌力吉", ("锡林郭勒盟正蓝旗旗长",), "锡林郭勒盟正蓝旗", "mentioned")),
        (
            "阿拉善左旗副旗长其其格介绍，今年草原禁牧面积扩大。",
            _one("其其格", ("阿拉善左旗副旗长",), "阿拉善左旗", "speaker"),
        ),
        ("日喀则市副市长次仁多吉出席揭牌仪式。", _one("次仁多吉", ("日喀则市副市长",), "日喀则市", "mentioned")),
        ("乡长阿不都热合曼带领干部到田间指导春耕。", _one("阿不都热合曼", ("乡长",), None, "mentioned")),
        ("喀什市委副书记买合木提江指出，要稳定就业。", _one("买合木提江", ("喀什市委副书记",), "喀什市委", "speaker")),
        (
            "阿克苏地区副专员玉素甫江表示，要抓好林果业提质增效。",
            _one("玉素甫江", ("阿克苏地区副专员",), "阿克苏地区", "speaker"),
        ),
        ("库车市副市长迪丽努尔陪同调研组一行察看项目现场。", _one("迪丽努尔", ("库车市副市长",), "库车市", "mentioned")),
        ("村委会主任热合曼说，合作社发展很好。", _one("热合曼", ("村委会主任",), "村委会", "speaker")),
        # the name ends before a one-char adverb and before a follower its last syllable could open
        ("达坂城区副区长阿依古丽都参加了活动。", _one("阿依古丽", ("达坂城区副区长",), "达坂城区", "mentioned")),
        # the dotted forms and the names that already read stay as they were
        ("村党支部书记买买提·吐尔逊说，今年收成好。", _one("买买提·吐尔逊", ("村党支部书记",), "村党支部", "speaker")),
        ("县委常委、副县长阿力木江·吐尔地主持会议。", _one("阿力木江·吐尔地", ("县委常委", "副县长"), "县委", "mentioned")),
        ("乡党委书记艾尔肯表示，要抓好落实。", _one("艾尔肯", ("乡党委书记",), "乡党委", "speaker")),
        ("那曲市色尼区副区长扎西平措带领工作组入户走访。", _one("扎西平措", ("那曲市色尼区副区长",), "那曲市色尼区", "mentioned")),
        # words of the predicate made of such syllables are no name
        ("局长提出要求。", []),
        ("书记加强领导。", []),
    ],
)
def test_undotted_minority_names(text, records):
    assert _records(text) == records


# A foreign name of Xinhua's table alone stays foreign_end's: its time word after it is cut (本月).
def test_foreign_name_before_a_time_word_stays_whole():
    assert _records("乌克兰总统泽连斯基本月初访问了华盛顿。") == _one("泽连斯基", ("乌克兰总统",), "乌克兰", "mentioned")


# 2. A surname-list name that jieba knows as a verb word (付强 v) is a name when a verb of attending or
# speaking follows at once; a verb that takes such a verb as its object (安排出席) is not, nor one that
# makes a word with what follows (安排部署).
@pytest.mark.parametrize(
    ("text", "records"),
    [
        ("副市长付强出席会议。", _one("付强", ("副市长",), None, "mentioned")),
        ("局长付强指出，要加强监管。", _one("付强", ("局长",), None, "speaker")),
        ("局长高峰指出，要加强监管。", _one("高峰", ("局长",), None, "speaker")),
        ("副县长王刚主持会议。", _one("王刚", ("副县长",), None, "mentioned")),
        ("副局长金城出席。", _one("金城", ("副局长",), None, "mentioned")),
        ("县长安排出席会议的人员。", []),
        ("书记安排部署。", []),
        ("书记强调指出，要落实。", []),
    ],
)
def test_verb_word_names(text, records):
    assert _records(text) == records


# 3. What is glued after a two-char name: 到任 (taking up the post: 到 also ends given names, the word
# does not) and the adverbs 均/皆 "all", which the tagger tells from a name's last character (刘永均 nr).
@pytest.mark.parametrize(
    ("text", "records"),
    [
        ("局长曾强到任后表示，要抓落实。", _one("曾强", ("局长",), None, "speaker")),
        ("副县长王敏到岗后主持召开会议。", _one("王敏", ("副县长",), None, "mentioned")),
        ("副县长孙磊均出席。", _one("孙磊", ("副县长",), None, "mentioned")),
        ("县长王军皆出席。", _one("王军", ("县长",), None, "mentioned")),
        (
            "县委书记张华、副县长孙磊均出席。",
            [
                ("张华", ("县委书记",), "县委", "mentioned", ("张华",)),
                ("孙磊", ("副县长",), None, "mentioned", ("孙磊",)),
            ],
        ),
        ("副县长刘永均出席会议。", _one("刘永均", ("副县长",), None, "mentioned")),
        ("县长李国均表示，要抓好。", _one("李国均", ("县长",), None, "speaker")),
        ("局长李明亦表示，要落实。", _one("李明", ("局长",), None, "speaker")),
        ("主任刘洋都参加。", _one("刘洋", ("主任",), None, "mentioned")),
    ],
)
def test_words_glued_after_names(text, records):
    assert _records(text) == records


# 4. Surnames of the Hundred Family Surnames the list missed (班, 濮, 萧 …; compound 巫马, 闾丘 …).
@pytest.mark.parametrize(
    ("text", "records"),
    [
        ("县长班卫东出席会议。", _one("班卫东", ("县长",), None, "mentioned")),
        ("副区长濮建华主持会议。", _one("濮建华", ("副区长",), None, "mentioned")),
        ("镇长巫马春来陪同调研。", _one("巫马春来", ("镇长",), None, "mentioned")),
        ("副县长闾丘明出席。", _one("闾丘明", ("副县长",), None, "mentioned")),
        # a B&B's manager is no official (民宿, like 酒店, heads a private body)
        ("遂昌县某民宿负责人濮家栋说，客人多了。", []),
    ],
)
def test_surnames_added(text, records):
    assert _records(text) == records


# 5. Informal names: 老 and a birth-order numeral (刘老三) are the name a village knows one by and are read
# whole (the spec's name is the name the article gives); 老 before anything else is the honorific
# (王老师), and 阿强 (阿 and a given-name char, no surname) is a familiar form of address, no full name.
@pytest.mark.parametrize(
    ("text", "records"),
    [
        ("村支书刘老三说，今年收成好。", _one("刘老三", ("村支书",), None, "speaker")),
        ("村主任王老五介绍，村里修了路。", _one("王老五", ("村主任",), None, "speaker")),
        ("村主任王小二表示，要修好路。", _one("王小二", ("村主任",), None, "speaker")),
        ("书记王老师说。", []),
        ("村主任阿强说。", []),
    ],
)
def test_informal_names(text, records):
    assert _records(text) == records
