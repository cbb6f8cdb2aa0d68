"""Officials, round 9: families found on the calibrated hold-outs and round 9's part A.

Cases marked ``or9-`` quote the copyable hold-out articles
(``corpus/holdout_officials_r9.jsonl``) verbatim; the others are synthetic,
with invented names and sentence shapes of their own.  Cases in Traditional are
Hong Kong layouts written for these tests: records Simplified, surfaces original.
"""

from __future__ import annotations

import pytest

from .conftest import load_jsonl
from .test_officials import Case, R, _records

CASES = [
    # --- every UN member and observer state is a state: its head is read, its name is no person's
    Case(
        "synthetic-observer-state-head",
        "巴勒斯坦总统阿巴斯表示支持。",
        (R("阿巴斯", ["巴勒斯坦总统"], "巴勒斯坦", "speaker"),),
    ),
    Case(
        "synthetic-african-head",
        "赞比亚总统希奇莱马会见了来访客人。",
        (R("希奇莱马", ["赞比亚总统"], "赞比亚"),),
    ),
    # (a vice-president of a foreign state is no head of state or government)
    Case("synthetic-foreign-vice-president", "赞比亚副总统纳卢曼戈出席仪式。", ()),
    # (a state's name that is also a Chinese place name stays out: 巴林右旗 is a banner of Inner Mongolia)
    Case(
        "synthetic-banner-not-a-state",
        "巴林右旗旗长张小军主持会议。",
        (R("张小军", ["巴林右旗旗长"], "巴林右旗"),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_records(case):
    assert _records(case.text) == case.expected


HK_SURNAME_CASES = [
    # --- Hong Kong's 區 (Au) is a surname: a three-character name it opens is read after a post
    Case(
        "synthetic-hk-au-surname",
        "運輸署署長區明德昨日巡視新界，並與副署長馮家豪會面。",
        (
            R("区明德", ["运输署署长"], "运输署", surfaces=["區明德"]),
            R("冯家豪", ["副署长"], surfaces=["馮家豪"]),
        ),
    ),
    # --- rarer surnames of office-holders, and a military command's political commissar
    Case("synthetic-rare-surname", "某部部长阴小平介绍，今年工作有序推进。", (R("阴小平", ["某部部长"], "某部", "speaker"),)),
    Case(
        "synthetic-commissar",
        "某战区司令员王大军、某战区政治委员徐小兵出席。",
        (R("王大军", ["某战区司令员"], "某战区"), R("徐小兵", ["某战区政治委员"], "某战区")),
    ),
    # (the noun 區 before a post opens no two-character name: 3區正副主席 is three districts' chairs)
    Case("synthetic-hk-district-count", "會上，5區正副主席一同出席。", ()),
]


@pytest.mark.parametrize("case", HK_SURNAME_CASES, ids=[c.id for c in HK_SURNAME_CASES])
def test_hong_kong_surnames(case):
    assert _records(case.text) == case.expected


HOLDER_CASES = [
    # --- office-holders the news names without a title (models/officeholders.txt)
    Case("or9-h03-titleless-leader", "13日，李源潮在石家庄调研。", (R("李源潮"),)),
    Case(
        "synthetic-titleless-premier-two-chars",
        "李强主持召开国务院常务会议，研究部署有关工作。",
        (R("李强"),),
    ),
    Case(
        "synthetic-hk-titleless-chief-executive",
        "林鄭月娥昨午在禮賓府表示，會再研究有關建議。",
        (R("林郑月娥", role="speaker", surfaces=["林鄭月娥"]),),
    ),
    Case(
        "synthetic-headline-only",
        "習近平：要把握大局\n\n本周要聞摘要",
        (R("习近平", role="speaker", surfaces=["習近平"]),),
    ),
    # (a doctrine's or a book's name is no mention; a two-character namesake or word stays out)
    Case("synthetic-doctrine", "全区坚持以习近平新时代中国特色社会主义思想为指导。", ()),
    Case("synthetic-book-title", "《习近平与大学生朋友们》繁体版近日出版发行。", ()),
    Case("synthetic-private-namesake", "村民李强说，今年的收成比去年好。", ()),
    Case("synthetic-two-char-inside-word", "会上，韩正式宣布加入该联盟。", ()),
    Case("synthetic-two-char-no-public-affairs", "李强拿着奖状回到家里。", ()),
    # --- a headline quoting a person by name, the body calling him by surname and post only
    Case(
        "synthetic-headline-name-body-post",
        "李明：让群众的日子越过越红火\n记者来到某村时，李书记正在田间查看庄稼。李书记说，今年收成不错。",
        (R("李明", ["书记"], role="speaker", surfaces=["李明", "李书记", "李书记"]),),
    ),
    Case("synthetic-headline-label", "原标题：某区人大常委会召开会议\n王书记说，要抓好落实。", ()),
]


@pytest.mark.parametrize("case", HOLDER_CASES, ids=[c.id for c in HOLDER_CASES])
def test_titleless_office_holders(case):
    assert _records(case.text) == case.expected


def test_office_holders_list_is_clean():
    """One name a line, no duplicates, every name Han characters (a dash for a foreign double name,
    a middle dot for a Uyghur or Tibetan one: 雪克来提·扎克尔, listed since round 11)."""
    from civicextract.resources import data_lines

    names = [x.strip() for x in data_lines("officeholders.txt")]
    assert len(names) == len(set(names)) > 200
    assert all(2 <= len(n) <= 8 and all("\u4e00" <= c <= "\u9fff" or c in "-·" for c in n) for n in names)


LIST_CASES = [
    # --- deputies listed before 等代表 in a report of a congress in session
    Case(
        "or9-h01-deputies-listed",
        "朱小丹、钟南山、曾香桂等代表围绕改革创新、环境治理、农民工融入城市、就业创业等问题积极发言。"
        "李克强与大家深入交流。\n刘云山在海南代表团参加审议。",
        # (朱小丹, Guangdong's governor, is on the office-holders list since round 11: read first)
        (R("朱小丹", ["代表"]), R("李克强"), R("刘云山"), R("钟南山", ["代表"]), R("曾香桂", ["代表"])),
    ),
    # (the list's first item glued to the verb that opens it)
    Case(
        "synthetic-deputies-after-opener",
        "省人大代表团审议时，在听取王小明、李大华等代表发言后，大家进行了讨论。",
        (R("王小明", ["代表"]), R("李大华", ["代表"])),
    ),
    # (代表 outside a congress's report names no office: 学生代表, a firm's 代表)
    Case("synthetic-representatives-no-congress", "张小三、李小四等代表参加了颁奖活动。", ()),
    # --- a deputy's seat is public whatever private post follows it in the chain
    Case(
        "or9-h07-deputy-then-researcher",
        "”全国人大代表、军事科学院研究员陈舟在接受新华社记者采访时如是说。",
        (R("陈舟", ["全国人大代表", "军事科学院研究员"], "全国人大", "speaker"),),
    ),
    Case("synthetic-firm-party-cell", "某科技公司党委书记、董事长王小二出席。", ()),
    # --- a name, its post, then an adverb: the name before the post is the holder (not 郑重)
    Case(
        "or9-h07-name-post-adverb",
        "2015年9月3日，在纪念中国人民抗日战争暨世界反法西斯战争胜利70周年大会上，习近平主席郑重宣布，裁减军队员额30万。",
        (R("习近平", ["主席"]),),
    ),
    Case("synthetic-adverb-name-after-post", "检察长高远出席会议。", (R("高远", ["检察长"]),)),
    # --- Hong Kong's 區 after a weak post and before 及
    Case(
        "synthetic-hk-au-before-and",
        "運輸署署長、某某委員會成員區子健及海關關長馮家豪出席。",
        (
            R("区子健", ["运输署署长", "某某委员会成员"], "运输署", surfaces=["區子健"]),
            R("冯家豪", ["海关关长"], "海关", surfaces=["馮家豪"]),
        ),
    ),
]


@pytest.mark.parametrize("case", LIST_CASES, ids=[c.id for c in LIST_CASES])
def test_lists_chains_and_adverbs(case):
    assert _records(case.text) == case.expected


BRIEF_CASES = [
    # --- a party's head leads it in public life; its other officers hold no public post
    Case(
        "synthetic-party-chair",
        "民进党主席王大同表示，将推动改革。",
        (R("王大同", ["民进党主席"], "民进党", "speaker"),),
    ),
    Case("synthetic-party-deputy-secretary", "国民党副秘书长李小四表示。", ()),
    # --- a foreign 主席 heads a state only as its 国家主席 (not an agency's chair)
    Case("synthetic-foreign-agency-chair", "伊朗原子能组织主席卡里米表示。", ()),
    Case("synthetic-foreign-state-chair", "越南国家主席梁强会见来宾。", (R("梁强", ["越南国家主席"], "越南国家"),)),
    # --- a bracketed portfolio of two parts (及) longer than six characters
    Case(
        "synthetic-hk-long-portfolio",
        "警務處副處長（國家安全及行動）王大文表示。",
        (R("王大文", ["警务处副处长"], "警务处", "speaker"),),
    ),
    # --- the appointee named before 被任命为, adverbs between
    Case(
        "synthetic-appointed-as",
        "会议决定，李大华被任命为县公安局局长。",
        (R("李大华", ["县公安局局长"], "县公安局"),),
    ),
    Case("synthetic-appointed-as-adverbs", "王小明今天被正式任命为副县长。", (R("王小明", ["副县长"]),)),
    # --- an adverb between the subject and 当选 / 出任
    Case(
        "synthetic-elected-with-adverb",
        "陳大文成功當選沙田區議員。",
        (R("陈大文", ["沙田区议员"], "沙田区", surfaces=["陳大文"]),),
    ),
    Case("synthetic-took-office-with-adverb", "会议结束后，李明正式出任县长。", (R("李明", ["县长"]),)),
]


@pytest.mark.parametrize("case", BRIEF_CASES, ids=[c.id for c in BRIEF_CASES])
def test_parties_foreign_chairs_portfolios_appointments(case):
    assert _records(case.text) == case.expected


def test_quoted_cases_quote_the_holdout_corpus():
    """The or9-* cases quote their hold-out article verbatim (paragraph markup aside)."""
    texts = load_jsonl("holdout_officials_r9.jsonl")
    for case in CASES + HK_SURNAME_CASES + HOLDER_CASES + LIST_CASES + BRIEF_CASES:
        if case.id.startswith("or9-"):
            article = texts["-".join(case.id.split("-")[:2])]
            for part in case.text.replace("<p>", "\n").replace("</p>", "\n").split("\n"):
                assert part in article, case.id
