"""Officials, round 16 (off19): mainland layouts probed whole before the fresh blind set's A half was read,
then the classes of A's errors.

Every sentence is made up in the style of local-government and evening-news reports (other names and
wording than corpus/holdout_officials_r16.jsonl).  Each case gives the records exactly:
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


# Auxiliary police are officials by the conventions; a police report names one before what the officer
# does next (协助, 在执勤中, 立即…), not only before a verb of saying.  A 辅警 word with no name stays out.
@pytest.mark.parametrize(
    ("text", "records"),
    [
        ("辅警王小军协助民警疏导交通。", [("王小军", ("辅警",), None, "mentioned", ("王小军",))]),
        ("记者从县公安局获悉，辅警李强在执勤中救下落水儿童。", [("李强", ("辅警",), None, "mentioned", ("李强",))]),
        ("辅警队伍在执勤中表现突出。", []),
    ],
    ids=["assists", "on-duty", "guard-no-name"],
)
def test_police_named_before_their_act(text, records):
    assert _records(text) == records


# Name boundaries: the verb 作 and its object (作说明) after a 2-char name is no third character of it;
# a 3-char name before 作报告 keeps its three.  A surname's three chars and a verb word (柯文哲|合作),
# repeated, are no four-char married name.  参加 before a post ends the title run before it.
@pytest.mark.parametrize(
    ("text", "records"),
    [
        (
            "县长助理、县发改局局长周凯作说明。",
            [("周凯", ("县长助理", "县发改局局长"), None, "speaker", ("周凯",))],
        ),
        ("市发改委主任王志刚作报告。", [("王志刚", ("市发改委主任",), "市发改委", "mentioned", ("王志刚",))]),
        (
            "他主张与台湾民众党主席柯文哲合作，也有人反对与柯文哲合作。",
            [("柯文哲", ("台湾民众党主席",), "台湾民众党", "mentioned", ("柯文哲", "柯文哲"))],
        ),
        (
            "县长刘洋一同参加青山镇镇长王海就职典礼。",
            [
                ("刘洋", ("县长",), None, "mentioned", ("刘洋",)),
                ("王海", ("青山镇镇长",), "青山镇", "mentioned", ("王海",)),
            ],
        ),
    ],
    ids=["zuo-shuoming", "three-chars-zuo-baogao", "surname-three-and-verb", "canjia-ends-title"],
)
def test_name_boundaries(text, records):
    assert _records(text) == records


# Appointment layouts: 某某同志任<post>, one clause per person; a post given by 担任…的 to a four-char
# Tibetan name closing its clause; a pronoun before 就任 is no person (the post goes to the one named).
@pytest.mark.parametrize(
    ("text", "records"),
    [
        (
            "王刚同志任县委书记，李强同志任县长。",
            [
                ("王刚", ("县委书记",), "县委", "mentioned", ("王刚",)),
                ("李强", ("县长",), None, "mentioned", ("李强",)),
            ],
        ),
        (
            "此前担任自治区总工会主席的格桑旺堆，男，藏族。",
            [("格桑旺堆", ("自治区总工会主席",), "自治区总工会", "mentioned", ("格桑旺堆",))],
        ),
        (
            "国家主席习近平致电约瑟夫·博阿凯，祝贺他就任利比里亚总统。习近平指出，博阿凯总统长期致力于两国友好。",
            [
                ("习近平", ("国家主席",), "国家", "speaker", ("习近平", "习近平")),
                ("约瑟夫·博阿凯", ("总统", "利比里亚总统"), "利比里亚", "mentioned", ("约瑟夫·博阿凯", "博阿凯")),
            ],
        ),
    ],
    ids=["comrade-takes-post", "dan-ren-de-tibetan", "pronoun-and-dotted-full-name"],
)
def test_appointments(text, records):
    assert _records(text) == records


# Foreign heads: a state opening the chain is whole (白俄罗斯, not the 俄罗斯 inside it); a bare ministry
# listed after a foreign minister is that state's (no head of state or government, no record).
@pytest.mark.parametrize(
    ("text", "records"),
    [
        ("白俄罗斯总统卢卡申科出席开幕式。", [("卢卡申科", ("白俄罗斯总统",), "白俄罗斯", "mentioned", ("卢卡申科",))]),
        (
            "俄罗斯总统普京出席，俄国防部长绍伊古、外交部长拉夫罗夫等在现场发表讲话。",
            [("普京", ("俄罗斯总统",), "俄罗斯", "mentioned", ("普京",))],
        ),
        (
            "加拿大总理贾斯汀·特鲁多在社交媒体上写道：“我们深感痛心。”",
            [("贾斯汀·特鲁多", ("加拿大总理",), "加拿大", "speaker", ("贾斯汀·特鲁多",))],
        ),
    ],
    ids=["whole-state", "ministry-after-foreign-minister", "writes-is-speech"],
)
def test_foreign_heads(text, records):
    assert _records(text) == records


# Public bodies and associations: the association of science and technology is a mass organisation
# like 科协; a quoted association's chair and a party's vice-chair under its full name hold no office.
@pytest.mark.parametrize(
    ("text", "records"),
    [
        (
            "县科学技术协会副主席郑海明出席活动。",
            [("郑海明", ("县科学技术协会副主席",), "县科学技术协会", "mentioned", ("郑海明",))],
        ),
        ("“美中贸易协会”主席约翰逊未出席。", []),
        ("中国国民党副主席夏立言率团访问。", []),
    ],
    ids=["science-association", "guard-quoted-association", "guard-party-vice-chair-full-name"],
)
def test_public_bodies(text, records):
    assert _records(text) == records


# Roles after 任 that are no post of the lexicon (任高级顾问, 任团长) close the name before them, and
# the post before a comma is the previous subject's when 任 gave it (某某任团长，委员某某…).  A state's
# announcement names its new head (宣布某某为新任总统), and a part of a dotted name is no listed holder's
# bare name (阿巴斯 of 阿巴斯·穆萨维).
@pytest.mark.parametrize(
    ("text", "records"),
    [
        (
            "访问团由协会会长张国华任团长，市侨联委员刘海波任高级顾问。",
            [("刘海波", ("市侨联委员",), "市侨联", "mentioned", ("刘海波",))],
        ),
        (
            "伊朗宣布阿巴斯·穆萨维为新任总统。",
            [("阿巴斯·穆萨维", ("总统",), None, "mentioned", ("阿巴斯·穆萨维",))],
        ),
        ("巴勒斯坦总统阿巴斯会见客人。", [("阿巴斯", ("巴勒斯坦总统",), "巴勒斯坦", "mentioned", ("阿巴斯",))]),
        ("卫生部长约翰·史密斯介绍说，疫情已得到控制。", []),
        ("外交部长王毅会见客人。", [("王毅", ("外交部长",), "外交部", "mentioned", ("王毅",))]),
    ],
    ids=[
        "role-after-ren",
        "announced-new-head",
        "guard-listed-holder-with-post",
        "bare-ministry-dotted-name-is-foreign",
        "guard-chinese-minister",
    ],
)
def test_roles_and_announcements(text, records):
    assert _records(text) == records


# Classes of the B half, read after its second (last blind) score: a foreign party's own staff post
# (秘书长, 发言人) holds no office, China's party bodies keep theirs; a dotted name ends before a verb
# word glued to it (西那瓦|创立); the Thai press names a person again by the first part of the name
# (巴育·詹欧差 … 巴育); a public body's 总经济师 is a post, a firm's is not.
@pytest.mark.parametrize(
    ("text", "records"),
    [
        ("前进党秘书长巴颂·乍伦猜在发布会上说，将继续努力。", []),
        (
            "县委办公室主任、县委副秘书长王刚出席。",
            [("王刚", ("县委办公室主任", "县委副秘书长"), "县委办公室", "mentioned", ("王刚",))],
        ),
        (
            "该党由前总理川·立派创立的民主党分裂而成。",
            [("川·立派", ("前总理",), None, "mentioned", ("川·立派",))],
        ),
        (
            "泰国总理他侬·吉滴卡宗出席。总理他侬表示，将推动经济复苏。",
            [("他侬·吉滴卡宗", ("泰国总理", "总理"), "泰国", "speaker", ("他侬·吉滴卡宗", "他侬"))],
        ),
        (
            "省水利厅原党组成员、总经济师周建华被查。",
            [("周建华", ("省水利厅原党组成员", "总经济师"), "省水利厅", "mentioned", ("周建华",))],
        ),
        ("某集团有限公司总经济师李明介绍。", []),
    ],
    ids=[
        "foreign-party-secretary-general",
        "guard-county-deputy-secretary-general",
        "dotted-name-before-verb-word",
        "first-part-names-again",
        "public-chief-economist",
        "guard-firm-chief-economist",
    ],
)
def test_b_half_classes(text, records):
    assert _records(text) == records
