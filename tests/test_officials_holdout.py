"""Officials, round 3: the classes that failed on the fresh hold-out articles.

Sentences come from the copyable hold-out articles (``corpus/holdout_officials.jsonl``,
id in the case id) or are synthetic sentences written in the style of the
Hong Kong press (never copied from it).  Every case is checked in Simplified
and, converted to Traditional, must give the same records.
"""

from __future__ import annotations

import pytest

from .conftest import load_jsonl
from .test_officials import Case, R, _records, assert_traditional_gives_the_same_records

CASES = [
    # --- transliterated names: a time word glued to the last syllable is cut
    Case(
        "ho21-time-word-after-foreign-name",
        "但乌克兰国防部副部长马里亚尔本月初承认，去年10月的克里米亚大桥爆炸是乌克兰实施的。",
        (),  # a foreign deputy minister is no head of state or government
    ),
    Case(
        "head-time-word-after-foreign-name",
        "但乌克兰总统泽连斯基本月初承认，去年10月的克里米亚大桥爆炸是乌克兰实施的。",
        (R("泽连斯基", ["乌克兰总统"], "乌克兰"),),
    ),
    Case(
        "ho14-time-word-after-dotted-name",
        "加拿大副总理克里斯蒂娅·弗里兰上周在阿斯彭安全论坛上公开担心西方盟国能否坚持到底。",
        (),  # a deputy prime minister is no head of government
    ),
    Case(
        "head-time-word-after-dotted-name",
        "加拿大总理贾斯廷·特鲁多上周在阿斯彭安全论坛上公开担心西方盟国能否坚持到底。",
        (R("贾斯廷·特鲁多", ["加拿大总理"], "加拿大"),),
    ),
    Case(
        "ho14-two-syllables-before-a-verb",
        "报道称，随着拜登明年参加美国总统竞选，俄罗斯总统普京有了更大的动力来坚持战斗。",
        (R("普京", ["俄罗斯总统"], "俄罗斯"),),
    ),
    Case(
        "ho14-full-dotted-name-and-its-last-part-are-one-person",
        "潜在的僵局将考验美国总统乔·拜登的既定战略。美国总统拜登在本月早些时候访问赫尔辛基时表示：“我的希望和预期是，你们将看到乌克兰在攻势上取得重大进展。”",
        (R("乔·拜登", ["美国总统"], "美国", "speaker", ["乔·拜登", "拜登"]),),
    ),
    Case(
        "ho13-four-char-japanese-name",
        "侯将展开3天的“访日”之旅，预定将拜会日本国会议员、接受日媒专访、与前日本首相麻生太郎会面等。",
        (R("麻生太郎", ["前日本首相"], "日本"),),
    ),
    # --- Taiwan's posts as the mainland press quotes them
    Case(
        "ho03-quoted-taiwan-post",
        "民进党“立委”赖品妤此前猛轰国民党籍新北市长侯友宜的核能政策。",
        (R("赖品妤", ["立委"]), R("侯友宜", ["猛轰国民党籍新北市长"], "猛轰国民党籍新北")),
    ),
    # --- 接替: the predecessor held the post, the successor holds it
    Case(
        "ho16-predecessor-and-successor",
        "2015年10月，陈波接替董春风任中国驻波黑大使。",
        (R("董春风", ["中国驻波黑大使"], "中国驻波黑"), R("陈波", ["中国驻波黑大使"], "中国驻波黑")),
    ),
    # --- an appointment notice: bracketed particulars, then 拟任 (synthetic)
    Case("notice-brackets-then-niren", "张强（女，1978年5月生）拟任县教育局局长。", (R("张强", ["县教育局局长"], "县教育局"),)),
    # --- a résumé: the subject, a comma, then 曾任
    Case("ho12-subject-comma-former-post", "王新武，曾任长沙海关副关长。", (R("王新武", ["长沙海关副关长"], "长沙海关"),)),
    # --- Hong Kong press styles (synthetic sentences)
    Case(
        "hk-zhi-after-name-is-said",
        "暂委法官陈家宏指，被告的证供前后矛盾。",
        (R("陈家宏", ["暂委法官"], None, "speaker"),),
    ),
    Case("hk-head-count-is-no-title", "政府表示，最少要有5名区议员在场才可以开会。", ()),
    Case("hk-verb-after-post-is-no-name", "多名区议员请辞后，个别区议会已暂停运作。", ()),
    Case(
        "hk-post-de-name",
        "被告袭击了现已升任警长的黄志明，黄志明当时正在执勤。",
        (R("黄志明", ["警长"], None, "mentioned", ["黄志明", "黄志明"]),),
    ),
    Case("hk-post-de-word-is-no-name", "新任特首的政纲，将面对更多质疑。", ()),
    Case(
        "hk-executive-council-convenor",
        "行政会议召集人叶国华今日出席活动时表示，政府会审慎处理。",
        (R("叶国华", ["行政会议召集人"], "行政会议", "speaker"),),
    ),
    Case(
        "hk-dingbi-closes-the-name",
        "财政司司长林国明定必全力支持有关计划。",
        (R("林国明", ["财政司司长"], "财政司"),),
    ),
    Case(
        "hk-portfolio-in-brackets",
        "警务处副处长（行动）刘家明表示，警方会严正执法。",
        (R("刘家明", ["警务处副处长"], "警务处", "speaker"),),
    ),
    Case(
        "hk-police-commander",
        "新界东总区指挥官黄志强到场视察。",
        (R("黄志强", ["新界东总区指挥官"], "新界东总区"),),
    ),
    Case(
        "hk-court-verb-closes-the-name",
        "区域法院法官郭伟健押后案件至下月再讯。",
        (R("郭伟健", ["区域法院法官"], "区域法院"),),
    ),
    Case(
        "hk-councillor-as-address",
        "陈静议员表示反对，认为方案欠缺细节。",
        (R("陈静", ["议员"], None, "speaker"),),
    ),
    # --- police officers named without a body (officials by the conventions; synthetic)
    Case("police-officer-before-a-verb", "民警李明介绍，嫌疑人已被抓获。", (R("李明", ["民警"], None, "speaker"),)),
    Case("police-arrival-verb-closes-the-name", "派出所民警张伟赶到现场。", (R("张伟", ["派出所民警"], "派出所"),)),
    Case("police-head-count-is-no-name", "多名民警赶到现场。", ()),
    # --- a one-char verb or adverb after a 2-char name opens the predicate (synthetic)
    Case("one-char-verb-after-name", "乡长孙伟坐在村民家中，听取意见。", (R("孙伟", ["乡长"]),)),
    Case("one-char-adverb-after-name", "镇党委书记彭飞很感慨。", (R("彭飞", ["镇党委书记"], "镇党委"),)),
    # --- a list closed by 等 and a post with a short body (synthetic)
    Case(
        "list-before-body-and-post",
        "参加会议的有：王建国、李明华、张晓东等市领导。",
        (R("王建国", ["市领导"]), R("李明华", ["市领导"]), R("张晓东", ["市领导"])),
    ),
    # --- classes found on part B after it was scored (synthetic paraphrases): no name, no official
    Case(
        "federation-is-an-association",
        "中国商业联合会党委书记、会长姜明出席。",
        (),
    ),
    Case("body-word-before-surname-and-post", "金奥社康陈主任表示，希望社区与社康一起建立联动机制。", ()),
    Case("time-word-before-ren-is-no-subject", "熊丽，女，中共党员。生前任门头沟区王平镇经济发展办公室副科长。", ()),
    Case("womens-federation-counts", "县妇女联合会主席王丽讲话。", (R("王丽", ["县妇女联合会主席"], "县妇女联合会", "speaker"),)),
    Case("every-holder-is-no-one", "各乡镇党委书记应利用农闲时间走访群众。", ()),
    # --- rare surnames, and a name jieba reads as a verb before a date (synthetic)
    Case("rare-surname", "县长禤国良讲话。", (R("禤国良", ["县长"], None, "speaker"),)),
    Case("verb-like-name-before-a-date", "镇长付强20日上午主持召开会议。", (R("付强", ["镇长"]),)),
    # --- posts after the name, and court assistants (synthetic)
    Case("town-head-as-address", "张明镇长带队检查了防汛工作。", (R("张明", ["镇长"]),)),
    Case(
        "court-assistant",
        "区法院法官助理陈晨介绍了案情。",
        (R("陈晨", ["区法院法官助理"], "区法院", "speaker"),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_simplified(case):
    assert _records(case.text) == case.expected


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_traditional_gives_the_same_records(case):
    assert_traditional_gives_the_same_records(case)


def test_holdout_texts_carry_their_cases():
    """The ho* cases quote the hold-out corpus verbatim (not paraphrased)."""
    texts = load_jsonl("holdout_officials.jsonl")
    for case in CASES:
        if case.id.startswith("ho") and "subject-comma" not in case.id:
            art = texts[case.id.split("-")[0]]
            for sentence in case.text.split("。"):
                assert sentence in art, (case.id, sentence)
