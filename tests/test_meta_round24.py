"""Session 24 meta (round 24): local-government news layouts, the classes round 24's part A showed and the
families listed whole from public knowledge of how county, city and government sites print their credits.

One made-up article per layout (the layouts are real, the sentences, offices and names invented), each with the
exact meta fit's practice gives it (docs/evaluation.md, round 24): a 来源 label's value ends where a copyright
notice or a compiler's 综合 is glued to it; a 供稿 credit's person after the office is a reporter, the office
alone names no one; a labelled credit opening the text (or the body after a 原标题 headline) is a byline when its
names stand apart from the lead, an interview turn when a sentence follows the role; 文字/ and 图片/ are credits
as 文/ and 图/ are.  Fields: (source, published, editor, reporters).
"""

import pytest

from civicextract.pipeline import Pipeline

# round 16's made-up article parts and its field helpers: the same table shape
from .test_meta_round16 import BODY, END, SOHU, m, meta_of


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(kinds=())


# (id, text, expected meta)
A_CLASSES = [
    # a repost's copyright notice glued to the source's name (m24-34's class)
    ("source-glued-copyright", BODY + "来源：越城新闻版权归原作者所有，如有侵权请及时联系删除" + SOHU, m("越城新闻")),
    ("account-glued-copyright", BODY + "来源：青禾发布版权归原作者所有，如有侵权请联系删除", m("青禾发布")),
    ("account-glued-rights-reserved", BODY + "来源：青禾发布版权所有，转载请注明出处", m("青禾发布")),
    ("account-glued-notice", BODY + "来源：青禾发布版权声明：本文转自网络", m("青禾发布")),
    # a compiler's 综合 glued after the account that compiled the story
    ("account-glued-compiled", BODY + "来源：青禾发布综合青禾日报、青禾新闻网", m("青禾发布")),
    # a police account's supplier credit: the office, then the person who wrote it (m24-12's class)
    ("supplier-office-glued-name", BODY + "供 稿：青禾县公安局刘晓燕来源：青禾公安" + SOHU,
     m("青禾公安", reporters=["刘晓燕"])),
    ("supplier-office-spaced-name", BODY + "供稿：青禾县农业农村局 李清和 编辑：王丽",
     m(editor="王丽", reporters=["李清和"])),
]

# Families listed whole (public knowledge of county, city and government sites), read before round 24 or by
# its fixes; each with fit's practice.
FAMILIES = [
    # labelled credits opening the text, the names set apart from the lead by a space
    ("opening-reporter-colon", "记者：张明远 " + BODY, m(reporters=["张明远"])),
    ("opening-correspondent-colon", "通讯员：李清和 " + BODY, m(reporters=["李清和"])),
    ("opening-two-credits-colon", "记者：张明远 通讯员：李清和 " + BODY, m(reporters=["张明远", "李清和"])),
    ("opening-credits-after-headline", "原标题：青禾县举办首届农民丰收节记者：张明远 通讯员：李清和 " + BODY,
     m(reporters=["张明远", "李清和"])),
    # a WeChat box's slashed credits
    ("wechat-slashed-credits", BODY + END + "文字/张明远 摄影/李清和 编辑/王丽",
     m(editor="王丽", reporters=["张明远", "李清和"])),
    ("wechat-slashed-text-picture", BODY + END + "文字/张明远 图片/李清和", m(reporters=["张明远", "李清和"])),
    # government sites' header and footer lines
    ("gov-header-time-source", "【字体：大 中 小】 发布时间：2023-08-15 09:30 来源：青禾县政府办 " + BODY,
     m("青禾县政府办", "2023-08-15T09:30:00")),
    ("gov-header-info-source-author", "发布时间：2023年08月15日 信息来源：青禾县农业农村局 作者：张明远 " + BODY,
     m("青禾县农业农村局", "2023-08-15", reporters=["张明远"])),
    ("gov-footer-source-time", BODY + "来源：青禾县人民政府网 发布时间：2023-08-15 09:30",
     m("青禾县人民政府网", "2023-08-15T09:30:00")),
    ("gov-footer-brackets", BODY + "（来源：青禾县人民政府网）（责任编辑：王丽）", m("青禾县人民政府网", editor="王丽")),
    ("gov-manuscript-source", BODY + "稿件来源：青禾县委宣传部", m("青禾县委宣传部")),
    ("gov-source-supplied", BODY + "来源：青禾县市场监管局供稿 编辑：王丽", m("青禾县市场监管局", editor="王丽")),
    ("gov-desk-run", BODY + "来源：青禾县委宣传部 编辑：王丽 审核：孙伟 终审：赵强", m("青禾县委宣传部", editor="王丽")),
    # county media centres and TV stations
    ("county-tv-xun", "青禾县广播电视台讯（记者 张明远）" + BODY, m("青禾县广播电视台", reporters=["张明远"])),
    ("county-centre-bracket", BODY + "（青禾县融媒体中心 记者 张明远 通讯员 李清和）",
     m("青禾县融媒体中心", reporters=["张明远", "李清和"])),
    ("county-centre-label-run", BODY + "来源：青禾县融媒体中心 记者：张明远 编辑：王丽 审核：孙伟",
     m("青禾县融媒体中心", editor="王丽", reporters=["张明远"])),
    # the paper's own 本报 names no outlet
    ("own-paper-reporters", "本报记者 张明远 本报通讯员 李清和 " + BODY, m(reporters=["张明远", "李清和"])),
    # a 来源 label listing several outlets names the first
    ("label-several-outlets", BODY + "来源：青禾发布、青禾日报编辑：王丽", m("青禾发布", editor="王丽")),
    ("label-quoted-account", BODY + "来源：“青禾发布”微信公众号编辑：王丽", m("青禾发布", editor="王丽")),
]

# Part B's classes, read after B's second blind score (B is no longer blind for them): a desk run's name
# glued to 编校 or 审发, a workflow desk's 流程编辑 after the article's editor, a 来源 label with a space for
# its colon where a bar closes the value, a commentary's 评论员 credit closing the text.
B_CLASSES = [
    ("desk-run-glued-proofing", BODY + "来源 | 青禾发布编辑 | 王丽编校 | 孙伟审发 | 赵强", m("青禾发布", editor="王丽")),
    ("workflow-editor-after-editor", BODY + "作者 张明远编辑 王丽流程编辑 孙伟", m(editor="王丽", reporters=["张明远"])),
    ("workflow-editor-three-char-name", BODY + "来源 新华社|作者 张明远编辑 李清和流程编辑 孙伟" + SOHU,
     m("新华社", editor="李清和", reporters=["张明远"])),
    ("commentator-closing-credit", BODY + END + "青禾日报评论员 张明远编辑 王丽二审 孙伟三审 赵强" + SOHU,
     m("青禾日报", editor="王丽", reporters=["张明远"])),
    ("commentator-closing-alone", BODY + END + "青禾日报评论员 张明远", m("青禾日报", reporters=["张明远"])),
]

# Set C's class (a second fresh batch, scored once after all of the above, then read): names alone in square
# brackets, after the outlet and place opening the body or closing the story.
C_CLASSES = [
    ("square-names-after-head", "原标题：青禾县举办首届农民丰收节青禾网 青禾县 【张明远 李清和】" + BODY,
     m(reporters=["张明远", "李清和"])),
    ("square-names-closing", BODY + END + "【张明远 李清和】" + SOHU, m(reporters=["张明远", "李清和"])),
]

# Credits that name no one, and interview turns, which a byline reader must leave alone.
NO_ONE = [
    ("supplier-office-alone", BODY + "供稿：青禾县农业农村局", m()),
    ("supplier-bracket-office", BODY + "（青禾县委宣传部供稿）", m()),
    ("interview-turn-question", "记者：张明远，您好，请问丰收节有什么特色？", m()),
    ("interview-turn-no-name", "记者：请问 今年的丰收节有什么新变化？", m()),
    # an outlet whose name holds the words the cut looks for stays whole
    ("copyright-body-name", BODY + "来源：中国版权协会", m("中国版权协会")),
    ("general-channel-name", BODY + "来源：央视综合频道", m("央视综合频道")),
    # a 来源 in prose before a space names nothing unless a bar closes a name after it
    ("source-word-in-prose", BODY + "资金来源 主要是县财政和社会捐赠。", m()),
    # a square bracket holding one word is a tag, not a credit
    ("square-tag-original-title", BODY + "【原标题】青禾县举办首届农民丰收节" + SOHU, m()),
    ("square-tag-section", BODY + "【民生】丰收节的故事", m()),
]


@pytest.mark.parametrize("text, want", [pytest.param(*c[1:], id=c[0]) for c in A_CLASSES])
def test_part_a_classes(pipe, text, want):
    assert meta_of(pipe, text) == want


@pytest.mark.parametrize("text, want", [pytest.param(*c[1:], id=c[0]) for c in FAMILIES])
def test_local_government_families(pipe, text, want):
    assert meta_of(pipe, text) == want


@pytest.mark.parametrize("text, want", [pytest.param(*c[1:], id=c[0]) for c in B_CLASSES])
def test_part_b_classes(pipe, text, want):
    assert meta_of(pipe, text) == want


@pytest.mark.parametrize("text, want", [pytest.param(*c[1:], id=c[0]) for c in C_CLASSES])
def test_set_c_classes(pipe, text, want):
    assert meta_of(pipe, text) == want


@pytest.mark.parametrize("text, want", [pytest.param(*c[1:], id=c[0]) for c in NO_ONE])
def test_credits_naming_no_one(pipe, text, want):
    assert meta_of(pipe, text) == want
