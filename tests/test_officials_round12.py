"""Officials, round 12: the classes fixed on round 12's part A and those the synthetic probes of
issue 11's layouts found (name boundaries, associations written short, a statutory body's board,
the 受…委托 clause, Tibetan names, notices listing several appointees, POST的NAME after 现任).

Every sentence is synthetic, written for these tests (invented people in the sentence shapes of
government news), but one from the copyable corpus, marked so.  Each case is checked in Simplified and, converted to Traditional, must give the
same records.
"""

from __future__ import annotations

import pytest

from civicextract.extractors.officials import public as PB
from civicextract.extractors.officials.foreign import TIBETAN
from civicextract.extractors.officials.names import name_after

from .test_officials import Case, R, _records, assert_traditional_gives_the_same_records

CASES = [
    # --- a 3-char reading whose first two chars are a person of the article and whose
    # third opens a word with what follows (通电话): one person, named short
    Case(
        # (corpus/holdout_officials_r12.jsonl, or12-01, shortened)
        "or12-01-name-then-phone-call",
        "国家主席习近平同巴西总统卢拉通电话。卢拉表示，愿深化合作。",
        (
            R("习近平", ["国家主席"], "国家"),
            R("卢拉", ["巴西总统"], "巴西", "speaker", ["卢拉", "卢拉"]),
        ),
    ),
    Case(
        # (the older rule: no record of the short name yet, the third char a verb)
        "guard-short-name-seen-before-a-verb",
        "县委书记张华作开班讲话。随后张华强调，要抓好落实。",
        (R("张华", ["县委书记"], "县委", "speaker", ["张华", "张华"]),),
    ),
    # --- associations written short are associations
    Case("synthetic-artists-association-short", "德州市庆云县美协副主席张延信等来到街道慰问。", ()),
    Case("synthetic-writers-and-calligraphers-short", "市作协主席王小波、县书协副主席李大海出席活动。", ()),
    Case(
        # 作协 only after a place char: 工作协调小组 is a government's working group
        "guard-work-coordination-group",
        "工作协调小组组长、副县长张三主持会议。",
        (R("张三", ["工作协调小组组长", "副县长"], "工作协调小组"),),
    ),
    # --- a statutory body's own board is public; a firm's is not
    Case(
        "synthetic-statutory-board-chair",
        "市区重建局董事会主席林大文表示，计划如期推进。",
        (R("林大文", ["市区重建局董事会主席"], "市区重建局董事会", "speaker"),),
    ),
    Case("guard-firm-board-chair", "某集团董事局主席王大海表示，公司将扩大投资。", ()),
    # --- the preposition of 受…委托 is no part of the title
    Case(
        "synthetic-on-behalf-of",
        "受县委书记何洋委托，副县长刘柏看望慰问了老党员。",
        (R("何洋", ["县委书记"], "县委"), R("刘柏", ["副县长"])),
    ),
    Case(
        "guard-shou-inside-a-body",
        "县行政服务中心受理科科长王芳介绍，办件量大增。",
        (R("王芳", ["县行政服务中心受理科科长"], "县行政服务中心受理科", "speaker"),),
    ),
    # --- Tibetan names: two name elements, whatever the surname list says of the first char
    Case("synthetic-tibetan-name-surname-char", "州长罗布顿珠出席开幕式。", (R("罗布顿珠", ["州长"]),)),
    Case(
        "synthetic-tibetan-name-before-speech",
        "县委书记格桑旺堆说，要抓好落实。",
        (R("格桑旺堆", ["县委书记"], "县委", "speaker"),),
    ),
    Case("synthetic-tibetan-name-no-surname", "乡党委书记多吉次仁带队。", (R("多吉次仁", ["乡党委书记"], "乡党委"),)),
    # --- a notice's further items
    Case(
        "synthetic-appointment-list",
        "任命王小红为县财政局局长，刘大明为县民政局局长。",
        (R("王小红", ["县财政局局长"], "县财政局"), R("刘大明", ["县民政局局长"], "县民政局")),
    ),
    Case(
        "synthetic-appointment-list-after-colon",
        "任命：李明为市交通运输局局长；赵强为市水务局局长。",
        (R("李明", ["市交通运输局局长"], "市交通运输局"), R("赵强", ["市水务局局长"], "市水务局")),
    ),
    Case(
        "synthetic-removal-list",
        "免去张三的县教育局局长职务，李四的县民政局局长职务。",
        (R("张三", ["县教育局局长"], "县教育局"), R("李四", ["县民政局局长"], "县民政局")),
    ),
    Case("synthetic-by-election", "大会补选王强为县人民政府县长。", (R("王强", ["县人民政府县长"], "县人民政府"),)),
    Case("synthetic-village-vote", "会议推选张华为村委会主任。", (R("张华", ["村委会主任"], "村委会"),)),
    Case(
        "synthetic-hong-kong-appointment",
        "特首委任李小明为行政会议成员。",
        (R("李小明", ["行政会议成员"], "行政会议"),),
    ),
    Case(
        # the 等 of 平等 inside a listed public body's name stops no title
        "synthetic-equal-opportunities-chair",
        "政府委任陈大文为平等机会委员会主席。",
        (R("陈大文", ["平等机会委员会主席"], "平等机会委员会"),),
    ),
    Case(
        "guard-deng-after-a-name",
        "张三、王平等领导出席。",
        (R("张三", ["领导"]), R("王平", ["领导"])),
    ),
    Case("guard-firm-hires", "公司聘请王大海为总经理。", ()),
    Case("guard-no-notice-verb-in-the-sentence", "会议认为，王建国为市发改委主任人选合适。", ()),
    # --- POST的NAME after a verb that gives the post
    Case(
        "synthetic-incumbent-of-post",
        "现任县文旅局局长的周明表示，将加快项目建设。",
        (R("周明", ["县文旅局局长"], "县文旅局", "speaker"),),
    ),
    Case(
        "synthetic-holding-post",
        "担任村党支部书记的王大山说，今年收成好。",
        (R("王大山", ["村党支部书记"], "村党支部", "speaker"),),
    ),
    Case("guard-post-of-someone-else", "县长的秘书王某表示同意。", ()),
    # --- 本身是POST的 a second title and its holder: the holder holds both
    Case(
        "synthetic-deputy-who-is-party-vice-chair",
        "本身是全国人大代表的某党副主席田大文今早表示，会支持。",
        (R("田大文", ["全国人大代表", "某党副主席"], "全国人大", "speaker"),),
    ),
    Case(
        "synthetic-deputy-who-heads-a-firm",
        "本身是全国人大代表的某公司董事长王大海表示，将扩大投资。",
        (R("王大海", ["全国人大代表"], "全国人大", "speaker"),),
    ),
    Case("guard-secretary-of-a-post", "作为县委书记的秘书王强表示。", ()),
    # --- an auxiliary police officer before a one-char speech verb; the army's company and
    # platoon commanders; the river chief of 河长制 (weak: the name again, or a body)
    Case("synthetic-auxiliary-police-says", "辅警张伟说，这是他应该做的。", (R("张伟", ["辅警"], None, "speaker"),)),
    Case("synthetic-company-commander", "连长张强带领官兵抢险。", (R("张强", ["连长"]),)),
    Case("synthetic-platoon-commander", "排长王小明冲在最前面。", (R("王小明", ["排长"]),)),
    Case(
        "synthetic-river-chief-named-again",
        "河长王军每周巡河一次。王军说，河道干净了。",
        (R("王军", ["河长"], None, "speaker", ["王军", "王军"]),),
    ),
    Case("guard-queue-is-no-platoon", "景区门口排长龙，游客王明说很累。", ()),
    Case("guard-river-chief-system", "全面推行河长制，河长巡河常态化。", ()),
    # --- Hong Kong: a party's leader (党魁) heads it as its 主席 does; a 3-char name before a
    # one-char verb is no married woman's four; a post again after the name is no part of it
    Case(
        "synthetic-hong-kong-party-leader",
        "公民党党魁杨大桥表示，会继续监察政府。",
        (R("杨大桥", ["公民党党魁"], "公民党", "speaker"),),
    ),
    Case("guard-foreign-party-leader", "某国远进党党魁皮塔出席。皮塔未能当选总理。", ()),
    Case("synthetic-magistrate-before-verb", "裁判官郑纪航判被告罪成。", (R("郑纪航", ["裁判官"]),)),
    Case(
        # (Traditional input, where the Hong Kong married-name reading applies)
        "guard-married-name-before-verb",
        "立法會議員葉劉淑儀說，會支持。",
        (R("叶刘淑仪", ["立法会议员"], "立法会", "speaker", ["葉劉淑儀"]),),
    ),
    Case(
        "synthetic-post-again-after-name",
        "选举管理委员会主席冯大法官表示，选举顺利。",
        (R("冯大", ["选举管理委员会主席"], "选举管理委员会", "speaker"),),
    ),
    Case(
        # (Simplified: a Hong Kong married name before a one-char speech verb keeps its post)
        "synthetic-married-name-simplified-before-says",
        "立法会议员叶刘淑仪说，会支持。",
        (R("叶刘淑仪", ["立法会议员"], "立法会", "speaker"),),
    ),
    # --- a given name closed by a function char (其), settled by three mentions going on differently
    Case(
        "synthetic-given-name-ends-in-qi",
        "社区党委书记周国其带领全体人员。周国其说，很好。书记周国其代表社区致辞。",
        (R("周国其", ["社区党委书记", "书记"], "社区党委", "speaker", ["周国其", "周国其", "周国其"]),),
    ),
    Case(
        "guard-qi-opens-a-word",
        "县长王强其实很忙。王强其后表示。王强其间出席。",
        (R("王强", ["县长"], None, "speaker", ["王强", "王强", "王强"]),),
    ),
    # --- the verb 任 after a name, a post within four chars: no part of the name
    Case(
        "synthetic-serves-as-deputy-head",
        "县委书记王强任组长，县长李明任副组长。",
        (R("王强", ["县委书记", "组长"], "县委"), R("李明", ["县长", "副组长"])),
    ),
    Case("guard-given-name-ren", "县长李任出席。", (R("李任", ["县长"]),)),
    # --- the foreign ministry's commissioners
    Case(
        "synthetic-commissioner-deputy",
        "外交部驻澳门特派员公署副特派员潘大东出席。",
        (R("潘大东", ["外交部驻澳门特派员公署副特派员"], "外交部驻澳门特派员公署"),),
    ),
    # --- foreign heads: a listed office-holder the name reader refuses (在 opens no given name),
    # Iran's supreme leader and North Korea's head of state as heads, 同 before a state
    Case(
        "synthetic-korean-president-listed",
        "韩国总统李在明表示，将加强合作。",
        (R("李在明", ["韩国总统"], "韩国", "speaker"),),
    ),
    Case(
        "synthetic-supreme-leader",
        "伊朗最高领袖哈梅内伊发表讲话。",
        (R("哈梅内伊", ["伊朗最高领袖"], "伊朗", "speaker"),),
    ),
    Case(
        "synthetic-dprk-head",
        "朝鲜国务委员长金正恩视察工厂。",
        (R("金正恩", ["朝鲜国务委员长"], "朝鲜"),),
    ),
    Case(
        "synthetic-minister-with-a-state",
        "外交部部长王毅同法国外长通电话。",
        (R("王毅", ["外交部部长"], "外交部"),),
    ),
    Case("guard-given-name-tong", "市长李同庆出席。", (R("李同庆", ["市长"]),)),
    Case(
        # (the shape of corpus/holdout_officials_r11.jsonl's or11-11, rewritten)
        "synthetic-father-of-the-successor",
        "伊朗专家会议宣布推举伊朗最高领袖阿里·哈梅内伊之子接任。",
        (R("阿里·哈梅内伊", ["伊朗最高领袖"], "伊朗"),),
    ),
    # --- a Taiwan post quoted whole by the mainland press, its body inside the quotes
    Case(
        "synthetic-taiwan-quoted-post-with-body",
        "台“行政院长”卓大泰称，将检讨。",
        (R("卓大泰", ["行政院长"], "行政", "speaker"),),
    ),
    # --- a negated verb gives no post
    Case("synthetic-not-elected", "李明未能当选县长。", ()),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_simplified(case):
    assert _records(case.text) == case.expected


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_traditional_gives_the_same_records(case):
    assert_traditional_gives_the_same_records(case)


def test_tibetan_elements_are_two_chars_and_read_whole():
    assert all(len(w) == 2 for w in TIBETAN)
    text = "市长索朗次仁出席。"
    assert name_after(text, 2) == 6


@pytest.mark.parametrize(
    "chain, public",
    [
        ("市区重建局董事会主席", True),
        ("某集团董事局主席", False),
        ("县美协副主席", False),
        ("市作协主席", False),
        ("工作协调小组组长", True),
        ("记协主席", False),
    ],
)
def test_is_public(chain, public):
    assert PB.is_public(chain) is public
