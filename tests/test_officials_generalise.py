"""Officials, round 2: rules that hold when the name, the predicate after
it or the layout changes (the classes ``benchmarks/officials_perturb.py``
found failing on varied dev/fit sentences).

Names and predicates here are varied on purpose: names from the surname list
with given names whose characters are also everyday words, predicates that
are no follower word of ``names.py``.  Sentences are synthetic or from the
copyable dev articles (``corpus/dev.jsonl``, id in the case id); each is also
checked in Traditional script.
"""

from __future__ import annotations

import pytest

from civicextract.extractors.officials.names import name_after
from civicextract.extractors.officials.names_before import name_filling

from .test_officials import Case, R, _records, assert_traditional_gives_the_same_records

CASES = [
    # --- the name's end, read from the dictionary's cut of what follows
    Case(
        "a036-unlisted-verb-after-name",
        "原村委会副主任郝建军共谋，利用担任村干部的便利",
        (R("郝建军", ["原村委会副主任"], "村委会"),),
    ),
    Case(
        "two-char-name-before-a-two-char-verb",
        "长沙市科技局局长郭塨冒雨察看汛情。",
        (R("郭塨", ["长沙市科技局局长"], "长沙市科技局"),),
    ),
    Case(
        "verb-and-aspect-particle-after-name",
        "甘泉村党支部书记、村主任李德祥顶着烈日巡河。",
        (R("李德祥", ["甘泉村党支部书记", "村主任"], "甘泉村党支部"),),
    ),
    Case(
        "coverb-zuo-before-its-object",
        "县人民政府县长宋志江作表态发言。",
        (R("宋志江", ["县人民政府县长"], "县人民政府"),),
    ),
    Case(
        "tagger-glues-given-name-to-verb",
        "区关工委名誉主任张载养督办重点案件。",
        (R("张载养", ["区关工委名誉主任"], "区关工委"),),
    ),
    Case(
        "four-char-idiom-after-name",
        "斗古镇镇长马云龙充分肯定了成绩。",
        (R("马云龙", ["斗古镇镇长"], "斗古镇"),),
    ),
    Case(
        "coverb-tong-closes-a-two-char-name",
        "西藏自治区社会科学院院长索林同企业代表座谈。",
        (R("索林", ["西藏自治区社会科学院院长"], "西藏自治区社会科学院"),),
    ),
    Case(
        "he-closes-the-name-before-a-verb",
        "嘉兴市委常委、宣传部长张东和冒雨察看汛情。",
        (R("张东和", ["嘉兴市委常委", "宣传部长"], "嘉兴市委"),),
    ),
    Case(
        "married-name-rule-not-before-a-verb",
        "原村委会副主任鄂承共谋，利用职务便利。",
        (R("鄂承", ["原村委会副主任"], "村委会"),),
    ),
    Case("guard-he-before-a-noun-joins", "县委书记李明和群众一起清理淤泥。", (R("李明", ["县委书记"], "县委"),)),
    Case(
        "compound-surname-with-function-char",
        "延吉高新区管委会主任淳于先林主持开工仪式。",
        (R("淳于先林", ["延吉高新区管委会主任"], "延吉高新区管委会"),),
    ),
    Case(
        "function-char-surname-before-comma",
        "副市长于梅亮，市政协副主席吴海涛出席。",
        (R("于梅亮", ["副市长"]), R("吴海涛", ["市政协副主席"], "市政协")),
    ),
    Case(
        "he-before-punctuation-is-the-name",
        "海晏县委副书记、县长王敏和，副县长李彬出席仪式。",
        (R("王敏和", ["海晏县委副书记", "县长"], "海晏县委"), R("李彬", ["副县长"])),
    ),
    Case("guard-post-then-word-is-no-name", "驻村第一书记项目化管理全面推开。", ()),
    # --- the title after the name, in brackets: the name fills its clause
    Case(
        "bracket-title-function-char-in-name",
        "听取情况汇报，并进行座谈交流。倪向军（副区长）、肖辉等参加调研。",
        (R("倪向军", ["副区长"]),),
    ),
    Case(
        "bracket-title-name-ends-in-zhou",
        "8月3日上午，沈山州（黄浦区委副书记、区长）前往外滩党群服务中心调研。",
        (R("沈山州", ["黄浦区委副书记", "区长"], "黄浦区委"),),
    ),
    Case(
        "bracket-title-two-char-name",
        "县人大常委会主任谭新生，向东（县政协主席）出席。",
        (R("谭新生", ["县人大常委会主任"], "县人大常委会"), R("向东", ["县政协主席"], "县政协")),
    ),
    # --- a space between post and name, in running text
    Case(
        "space-between-post-and-name",
        "7日下午，区委副书记、区长 杨小菁开展重点项目推进情况调研。",
        (R("杨小菁", ["区委副书记", "区长"], "区委"),),
    ),
    Case(
        "a030-space-then-list",
        "延吉高新区管委会副主任 刘文明、康峰镐、李万洙出席开工仪式。",
        tuple(R(n, ["延吉高新区管委会副主任"], "延吉高新区管委会") for n in ("刘文明", "康峰镐", "李万洙")),
    ),
    # --- posts the list lacked (recall by construction)
    Case("post-audit-office-head", "审计署审计长侯凯出席会议。", (R("侯凯", ["审计署审计长"], "审计署"),)),
    Case(
        "post-ambassador",
        "中国驻法国大使卢沙野表示，两国合作前景广阔。",
        (R("卢沙野", ["中国驻法国大使"], "中国驻法国", "speaker"),),
    ),
    Case("post-assistant-to-the-mayor", "市长助理王海涛主持会议。", (R("王海涛", ["市长助理"]),)),
    Case(
        "post-weather-bureau-head",
        "市气象台台长李红梅介绍，今年汛期降雨偏多。",
        (R("李红梅", ["市气象台台长"], "市气象台", "speaker"),),
    ),
    Case("post-military-command", "某旅旅长张建军带队赴现场。", (R("张建军", ["某旅旅长"], "某旅"),)),
    Case("guard-kilometre-length-is-no-post", "全长5公里长的道路已经通车。", ()),
    # --- layouts: holders listed after 有/包括/：, a name filling its clause before an address
    Case(
        "list-after-you",
        "出席会议的市领导有王建国、李明华、张晓东。",
        tuple(R(n, ["市领导"]) for n in ("王建国", "李明华", "张晓东")),
    ),
    Case(
        "list-after-baokuo",
        "参加活动的领导包括：县委书记刘志强、县长陈海波。",
        (R("刘志强", ["县委书记"], "县委"), R("陈海波", ["县长"])),
    ),
    Case(
        "notice-lines-post-colon-name",
        "镇长：李国强\n副镇长：王芳、张伟",
        (R("李国强", ["镇长"]), R("王芳", ["副镇长"]), R("张伟", ["副镇长"])),
    ),
    Case("guard-turn-after-post-colon", "书记：我们一定做好。", ()),
    Case(
        "address-after-name-filling-its-clause",
        "会上，刘晓东副市长强调，要抓好落实。",
        (R("刘晓东", ["副市长"], None, "speaker"),),
    ),
    Case("comrade-name-filling-its-clause", "会上，王海峰同志作了表态发言。", (R("王海峰"),)),
    Case("guard-place-before-address-is-no-name", "，从当副县长起就开始敛财。", ()),
    # --- foreign heads of state with two-syllable names; officers titled by their command
    Case("foreign-two-syllables-then-follower", "美国总统拜登在白宫表示，将继续谈判。", (R("拜登", ["美国总统"], "美国", "speaker"),)),
    Case("foreign-two-syllables-then-speech", "俄罗斯总统普京说，双方合作富有成效。", (R("普京", ["俄罗斯总统"], "俄罗斯", "speaker"),)),
    Case("guard-foreign-post-then-verb", "总理安排部署下一阶段工作。", ()),
    Case("guard-secretary-then-verb", "县委书记安排部署防汛工作。", ()),
    Case(
        "military-officer-with-command",
        "空军参谋部大校张寿海介绍，活动计划于7月26日举行。",
        (R("张寿海", ["空军参谋部大校"], "空军参谋部", "speaker"),),
    ),
    # --- an official's bare list mates are colleagues; police count
    Case(
        "list-mates-of-an-officer",
        "值班民警贺彬接警。贺彬、沈豪连夜赶赴现场。",
        # (the organisation read off 值班民警 is the title's first word: organization()'s habit)
        (R("贺彬", ["值班民警"], "值班", surfaces=["贺彬", "贺彬"]), R("沈豪", ["值班民警"], "值班")),
    ),
    Case(
        "guard-list-mate-then-de",
        "县长张三出席。张三、李四家的房子倒了。",
        (R("张三", ["县长"], surfaces=["张三", "张三"]),),
    ),
    Case(
        "guard-list-mate-with-own-title",
        "县长张三出席。张三、村民李四一起劳动。",
        (R("张三", ["县长"], surfaces=["张三", "张三"]),),
    ),
    Case(
        "guard-head-of-a-team",
        "据报道，实验室负责人（P11）沈加翔已于近期离职。团队现任负责人沈加翔据称不会加入新公司。",
        (),
    ),
    Case(
        "head-of-a-town-is-official",
        "宕昌县八力镇负责人李虽玉表示，该镇采用新品种。",
        (R("李虽玉", ["宕昌县八力镇负责人"], "宕昌县八力镇", "speaker"),),
    ),
    Case(
        "public-chain-after-a-clause-naming-a-firm-head",
        "集团党委书记、董事长王明栋致辞，审计署审计长李彬主持仪式。",
        (R("李彬", ["审计署审计长"], "审计署"),),
    ),
    Case(
        "weak-post-with-body-then-shuo",
        "市人大常委会委员姜明波说，固堤街道种西瓜。",
        (R("姜明波", ["市人大常委会委员"], "市人大常委会", "speaker"),),
    ),
    Case(
        "t038-firm-cell-chain-stays-private",
        "南京银行党委副书记、监事长、工会主席吕冬阳向南京市慈善总会捐赠助学款750万元。",
        (),
    ),
    # --- who counts: associations, firms run as institutes and clinics hold no public post
    Case("guard-learned-society", "省法学会会长周斌出席。", ()),
    Case("guard-red-cross", "市红十字会会长王建国出席。", ()),
    Case("guard-design-institute", "市设计研究院院长刘强介绍，项目已经完工。", ()),
    Case("guard-community-clinic", "市社区卫生服务中心主任赵芳说，服务更方便了。", ()),
    Case(
        "academy-stays-public",
        "中国农业科学院院长吴孔明表示，要加强种业攻关。",
        (R("吴孔明", ["中国农业科学院院长"], "中国农业科学院", "speaker"),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_simplified(case):
    assert _records(case.text) == case.expected


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_traditional_gives_the_same_records(case):
    assert_traditional_gives_the_same_records(case)


@pytest.mark.parametrize(
    "text, start, end",
    [
        ("局长郭塨冒雨察看", 2, 4),
        ("主任李海平顶着烈日", 2, 5),
        ("主任陶宇共谋，利用", 2, 4),
        ("书记武朱清作表态发言", 2, 5),
        ("副市长夏林茂顶着烈日", 3, 6),
        ("主任独孤继航发挥专长", 2, 6),
    ],
)
def test_name_ends_without_a_follower_word(text, start, end):
    assert name_after(text, start) == end


@pytest.mark.parametrize(
    "text, end, start",
    [
        ("。倪向军（", 4, 1),
        ("，向东（", 3, 1),
        ("会见张三（", 4, None),  # the run holds a verb: not a name that fills it
        ("市政府（", 3, None),
    ],
)
def test_name_filling(text, end, start):
    assert name_filling(text, end) == start
