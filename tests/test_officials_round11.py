"""Officials, round 11: the office-holders list completed from public rosters, and the classes
fixed on round 11's part A.

Every sentence here is synthetic, written for these tests (or taken from the copyable corpus,
marked so): invented people, or public office-holders of models/officeholders.txt, in sentence
shapes of their own.  Traditional input as the Hong Kong press writes it: records Simplified,
surfaces original.
"""

from __future__ import annotations

import pytest

from civicextract.resources import data_lines

from .test_officials import Case, R, _records

CASES = [
    # --- the round-11 sections of models/officeholders.txt, named bare
    # (NPC vice chairs; a two-character one, 何维, in a text about public affairs)
    Case(
        "synthetic-npc-vice-chairs-bare",
        "全国人大常委会召开座谈会，郑建邦、何维、武维华出席。",
        (R("郑建邦"), R("何维"), R("武维华")),
    ),
    # (a provincial governor and party secretary)
    Case(
        "synthetic-provincial-leaders-bare",
        "会议在广州举行，孟凡利、王伟中出席并讲话。",
        (R("孟凡利"), R("王伟中", role="speaker")),
    ),
    # (Macao's principal officials)
    Case(
        "synthetic-macao-secretaries-bare",
        "澳门特区政府举行记者会，李伟农和戴建业介绍施政报告。",
        (R("李伟农", role="speaker"), R("戴建业", role="speaker")),
    ),
    # (heads of foreign states and governments since 2012, bare after a titled mention; Hong Kong's
    # principal officials' gaps)
    Case(
        "synthetic-foreign-head-bare-again",
        "阿根廷总统米莱当天在国会发表讲话。米莱说，政府将继续改革。",
        (R("米莱", ["阿根廷总统"], "阿根廷", "speaker", surfaces=["米莱", "米莱"]),),
    ),
    Case(
        "synthetic-foreign-heads-bare-in-a-list",
        "国务院总理在北京会见外宾。此前，谢恩鲍姆、博里奇、桑切斯已先后访华。",
        (R("谢恩鲍姆"), R("博里奇"), R("桑切斯")),
    ),
    Case(
        "synthetic-hk-secretary-bare",
        "香港特区政府举办盛事推介会，罗淑佩与嘉宾交流。",
        (R("罗淑佩"),),
    ),
    # (a Mongolian given name on the list, the tail of a longer name after a post: no mention;
    # copyable corpus, holdout_programs hp-c24)
    Case("corpus-listed-name-inside-a-longer-name", "赤峰市翁牛特旗副旗长查干巴特尔说，今年要治沙。", ()),
    # --- a foreign town's or county's office-holder, the state named before the post's chain
    Case(
        "synthetic-foreign-mayor-and-prosecutor",
        "据美国媒体报道，美国加州一座小城的前市长约翰·史密斯承认收受贿赂，县检察官玛丽·布朗说，此案令人震惊。",
        (),
    ),
    # (a dotted minority name at a Chinese body stays; a foreign head of state stays)
    Case(
        "synthetic-minority-vice-chair-stays",
        "全国政协副主席帕巴拉·格列朗杰出席会议。",
        (R("帕巴拉·格列朗杰", ["全国政协副主席"], "全国政协"),),
    ),
    Case(
        "synthetic-minority-prefecture-head-stays",
        "新疆维吾尔自治区喀什地区行署专员艾尔肯·吐尼亚孜出席。",
        (R("艾尔肯·吐尼亚孜", ["新疆维吾尔自治区喀什地区行署专员"], "新疆维吾尔自治区喀什地区行署"),),
    ),
    # --- a dictionary word after a post is no name (unless a verb of the news follows it)
    Case("synthetic-word-closing-the-clause", "会议强调，要切实保障辅警安全。", ()),
    Case("synthetic-word-before-a-function-char", "民警依法将车辆暂扣，并对驾驶人进行了批评教育。", ()),
    Case("synthetic-four-chars-word-and-verb", "镇里召开会议，讨论局长应否继续兼任主席一职。", ()),
    # --- a post naming its own body (人大) after an association's post is public
    Case(
        "synthetic-deputy-after-association-post",
        "某商会会长、省人大代表王大明在会上发言。",
        (R("王大明", ["某商会会长", "省人大代表"], "某商会"),),
    ),
    # --- a candidate's campaign office is no public body
    Case("synthetic-campaign-office-chair", "市议员候选人的竞选办主任李大文表示，会继续拉票。", ()),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_round11(case):
    assert _records(case.text) == case.expected


def test_traditional_bare_principal_officials():
    assert _records("香港特區政府宣布，孫東及麥美娟出席立法會會議。") == (
        R("孙东", surfaces=["孫東"]),
        R("麦美娟", surfaces=["麥美娟"]),
    )


def test_round11_sections_listed_whole_and_documented():
    """Each roster the round-11 sections list is there (a few names per section), the commonest
    names are left out (a namesake is likelier than the holder), and the header says the lists
    were written from knowledge, not checked against a roster."""
    names = set(x.strip() for x in data_lines("officeholders.txt"))
    for listed in (
        "孟凡利 王伟中 信长星".split(),  # provincial secretaries and governors
        "怀进鹏 倪虹 潘功胜 王文涛".split(),  # ministers, the central bank
        "张升民 刘振立 苗华".split(),  # the Central Military Commission
        "郑建邦 蒋作君 何报翔 王光谦".split(),  # NPC and CPPCC vice chairs
        "李伟农 戴建业 柯岚 欧阳瑜".split(),  # Macao's secretaries
        "罗淑佩 杨伟雄 俞宗怡".split(),  # Hong Kong's principal officials' gaps
        "米舒斯京 谢恩鲍姆 米莱 莱希 塞西 哈西娜".split(),  # foreign heads since 2012
    ):
        assert set(listed) <= names
    assert not {"王宁", "陈刚", "李斌", "张军", "刘伟", "张工", "包钢", "张裕"} & names
    header = [line for line in open(_model("officeholders.txt"), encoding="utf-8") if line.startswith("#")]
    assert any("written from knowledge" in line for line in header)
    assert any("round 11" in line for line in header)


def _model(name):
    from civicextract.resources import model_path

    return model_path(name)
