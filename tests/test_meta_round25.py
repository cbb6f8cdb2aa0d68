"""Session 25 meta (round 25): credit and footer layouts of Chinese local news no earlier round's table lists.

Written from public knowledge of how county media centres, city dailies and their apps, TV stations, WeChat
accounts and portals print their credits, before round 25's part A errors were read; then the classes A showed.
One made-up article per layout (the layouts are real, the sentences, outlets and names invented), each with the
exact meta fit's practice gives it (docs/evaluation.md, rounds 24 and 25).  Fields: (source, published, editor,
reporters).
"""

import pytest

from civicextract.pipeline import Pipeline

# round 16's made-up article parts and its field helpers: the same table shape
from .test_meta_round16 import BODY, END, SOHU, m, meta_of

# a portal's closing boilerplate after its workflow desk's login id
RIGHTS = "版权说明：任何媒体、网站或个人未经书面授权许可不得转载。"


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(kinds=())


# (id, text, expected meta)
FAMILIES = [
    # a portal's repost: 来源 and the paper's reporters, then its workflow desk's login id glued to the last name
    ("portal-reporter-workflow-id", BODY + "来源：青禾日报  记者 张明远流程编辑：u032 " + RIGHTS,
     m("青禾日报", reporters=["张明远"])),
    ("portal-two-credits-workflow-id", BODY + "来源：青禾日报  记者 张明远 通讯员 李清和流程编辑：u032 " + RIGHTS,
     m("青禾日报", reporters=["张明远", "李清和"])),
    ("portal-intern-pair-workflow-id", BODY + "来源：青禾日报  实习记者 张明远 李清和流程编辑：u032 " + RIGHTS,
     m("青禾日报", reporters=["张明远", "李清和"])),
    ("portal-account-workflow-id", BODY + "来源：青禾发布流程编辑：tf032 如遇作品内容、版权等问题，请与本网联系。",
     m("青禾发布")),
    # a finance or city app's dateline naming its desk editor in the bracket
    ("xun-bracket-editor", "青禾财经8月1日讯（编辑 王丽）" + BODY, m("青禾财经", editor="王丽")),
    # bar credits heading the text, the lead after three spaces
    ("head-bar-writers-editor", "文 | 张明远 李清和   编辑 | 王丽   " + BODY, m(editor="王丽", reporters=["张明远", "李清和"])),
    # a closing run of bar credits whose names are glued to the next label
    ("closing-bar-run-glued", BODY + END + " 记者 | 张明远编辑 | 王丽 编校 | 孙伟审发 | 赵强" + SOHU,
     m(editor="王丽", reporters=["张明远"])),
    # a 来源 label's desk run in colon form, 责编 after 审核 (fit's t071: the first desk editor)
    ("source-desk-run-editor-first", BODY + "来源：青禾新闻网编辑：王丽审核：孙伟责编： 赵强监制：钱多" + SOHU,
     m("青禾新闻网", editor="王丽")),
    # photo captions in the body: the photographer is a reporter
    ("caption-photographer", BODY + "图为丰收节现场。张明远 摄 " + END + "【编辑:王丽】", m(editor="王丽", reporters=["张明远"])),
    # (a caption above the dateline names its photographer first: round 9's blind gold keeps that order, m9-30's
    # 某某摄 … (甲、某某); round 25's m25-43 was golded in the dateline's order, a disagreement left open)
    ("caption-before-dateline", "丰收节现场。李清和 摄  中新网青禾8月1日电 (张明远 李清和)" + BODY,
     m("中新网", reporters=["李清和", "张明远"])),
    # a supplier credit in bar form: the office, then its writer
    ("supplier-bar-office-name", BODY + "供稿 | 青禾县公安局交警大队张明远" + SOHU, m(reporters=["张明远"])),
    # a paper group's reporter closing the story
    ("paper-group-reporter-closing", BODY + END + "青禾日报社全媒体记者 张明远" + SOHU, m("青禾日报社", reporters=["张明远"])),
    # an app's name and its reporter in a closing bracket: the reporter, and no source (as fit's （汕尾融媒 某某）
    # and round 20's county centre: a bracket names a source only where a list holds the outlet)
    ("app-bracket-reporter-closing", BODY + END + "（青禾日报客户端 张明远）  【编辑:王丽】",
     m(editor="王丽", reporters=["张明远"])),
    # a county station's reporters opening the story with 报道
    ("county-tv-report-opening", "青禾县广播电视台记者 张明远 李清和 报道：" + BODY,
     m("青禾县广播电视台", reporters=["张明远", "李清和"])),
    ("county-centre-media-reporter", "青禾县融媒体中心融媒记者 张明远 通讯员 李清和 " + BODY,
     m("青禾县融媒体中心", reporters=["张明远", "李清和"])),
    # WeChat credit boxes: 视频 and 撰文 name makers, as 文字 and 摄影 do
    ("wechat-video-credit", BODY + END + "记者：张明远 视频：李清和 编辑：王丽", m(editor="王丽", reporters=["张明远", "李清和"])),
    ("wechat-written-photographed", BODY + END + "撰文：张明远 摄影：李清和 编辑：王丽 审核：孙伟",
     m(editor="王丽", reporters=["张明远", "李清和"])),
    # a proofreader glued after a correspondent, the paper in a closing bracket
    ("correspondent-glued-proofreader", BODY + "通讯员张明远校对李清和（来源：青禾晚报）" + SOHU,
     m("青禾晚报", reporters=["张明远"])),
    ("correspondent-then-paper-app-reporter", BODY + "通讯员 张明远 青禾晚报/青禾新闻记者 李清和校对 孙伟" + SOHU,
     m("青禾晚报", reporters=["张明远", "李清和"])),
    # a 来源 label followed by the repost's own bracketed 来源: the first
    ("source-then-bracketed-source", BODY + "来源：青禾县法院（来源：青禾法院网）" + SOHU, m("青禾县法院")),
    # an outlet's reporter in the body, named by the outlet
    ("body-outlet-reporter-learned", BODY + "青禾旅游报社记者了解到，" + END, m("青禾旅游报社")),
]

# Part A's classes, read after the families above were in: a byline opening the body whose last name
# the tagger reads on into the lead's 为 of purpose; an outlet's reporter in the body acting 根据 a clue.
A_CLASSES = [
    ("opening-byline-lead-purpose", "原标题：青禾县开展消防演练记者 张明远 通讯员 李清和 王丽为进一步提升群众安全意识，" + BODY,
     m(reporters=["张明远", "李清和", "王丽"])),
    ("body-reporter-according-to", BODY + "当天上午，青禾新闻记者根据景区公布的电话联系上工作人员。" + END, m("青禾新闻")),
]

# Part B's class, read after B's second blind score (B is no longer blind for it): the outlet's reporter in the
# body glued after a photo's 供图 credit.  (B's other miss, a finance app's （编辑 某某） in its dateline against
# the portal's closing 责任编辑, is left open: no gold has settled which editor a repost names.)
B_CLASSES = [
    ("body-reporter-after-photo-credit", BODY + "青禾景区供图青禾旅游报社记者了解到，" + END, m("青禾旅游报社")),
]

# Credits that name no one.
NO_ONE = [
    ("court-panel-clerk", BODY + "审判长 张明远 审判员 李清和 书记员 王丽", m()),
    ("producer-bracket", BODY + END + "(制作 王丽)", m()),
    ("office-bracket-closing", BODY + END + "（青禾县纪委监委）", m()),
    ("original-title-note", BODY + END + "（原题为《青禾县举办首届农民丰收节》）", m()),
    ("body-citation-data", "据青禾数据不完全统计，" + BODY, m()),
]


@pytest.mark.parametrize("text, want", [pytest.param(*c[1:], id=c[0]) for c in FAMILIES])
def test_local_credit_families(pipe, text, want):
    assert meta_of(pipe, text) == want


@pytest.mark.parametrize("text, want", [pytest.param(*c[1:], id=c[0]) for c in A_CLASSES])
def test_part_a_classes(pipe, text, want):
    assert meta_of(pipe, text) == want


@pytest.mark.parametrize("text, want", [pytest.param(*c[1:], id=c[0]) for c in B_CLASSES])
def test_part_b_classes(pipe, text, want):
    assert meta_of(pipe, text) == want


@pytest.mark.parametrize("text, want", [pytest.param(*c[1:], id=c[0]) for c in NO_ONE])
def test_credits_naming_no_one(pipe, text, want):
    assert meta_of(pipe, text) == want
