"""Session 25 meta (round 25c): credit and footer layouts of Chinese local news no earlier round's table lists.

Written from public knowledge of how county and city papers, provincial apps, portals and WeChat accounts print
their credits, before round 25c's part A errors were read; then the classes A showed.  One made-up article per
layout (the layouts are real, the sentences, outlets and names invented; an outlet a list must hold is a real
one), each with the exact meta fit's practice gives it (docs/evaluation.md, rounds 24, 25, 25b and 25c).
Fields: (source, published, editor, reporters).
"""

import pytest

from civicextract.pipeline import Pipeline

# round 16's made-up article parts and its field helpers: the same table shape
from .test_meta_round16 import BODY, END, SOHU, m, meta_of

# a youth paper's site's closing notice
RIGHTS = "版权声明：凡本网文章下标注有版权声明的均为本报社合法拥有版权或有权使用的作品，未经本网授权不得使用。"


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(kinds=())


# (id, text, expected meta)
FAMILIES = [
    # a county museum's supplied copy, the portal's desk in full-width square brackets
    ("fullwidth-square-editor", BODY + END + "（供稿｜青禾县博物馆）［责任编辑：王丽］" + SOHU, m(editor="王丽")),
    ("fullwidth-square-source", BODY + END + "［来源：青禾日报］" + SOHU, m("青禾日报")),
    # a WeChat repost's 来源 naming the paper, its account id and the compiler in one bracket
    ("source-account-id-compiler", BODY + END + "来源：青禾日报（ID：qhrb01 整理：张明远）。  【责任编辑：王丽】",
     m("青禾日报", editor="王丽", reporters=["张明远"])),
    # an infographic's closing credits: the compiler is a writer, the graphics credit no one
    ("compiler-then-graphics", BODY + END + "  整理：张明远  制图：李清和  【责任编辑：王丽】  " + RIGHTS,
     m(editor="王丽", reporters=["张明远"])),
    ("compiler-alone-before-sohu", BODY + END + "整理：张明远" + SOHU, m(reporters=["张明远"])),
    # a commentary's 执笔 credit
    ("drafted-by", BODY + END + "执笔：张明远" + SOHU, m(reporters=["张明远"])),
    # a caption's photographer and 摄影 in one bracket
    ("caption-name-sheying", BODY + "活动现场（张明远摄影）" + END, m(reporters=["张明远"])),
    # a closing bracket of writer and photographer, each name before its slash
    ("names-slash-text-picture", BODY + END + "（张明远/文 李清和/图）" + SOHU, m(reporters=["张明远", "李清和"])),
    # a provincial app's (chief) reporter opening the story, 报道 glued to the name and the date after
    ("chief-reporter-reports-glued", "海报新闻首席记者张明远报道8月6日，" + BODY, m("海报新闻", reporters=["张明远"])),
    ("reporter-reports-glued", "封面新闻记者张明远报道" + BODY, m("封面新闻", reporters=["张明远"])),
    # an app's reporter in the body, interviewing by phone
    ("body-reporter-phone-interview", BODY + "8月8日，海报新闻记者电话采访了报名者张先生(化名)，" + END, m("海报新闻")),
    # a 来源 label naming the account with its 微信公众号 suffix: the account's name
    ("source-wechat-account-suffix", BODY + END + "来源：青禾发布微信公众号" + SOHU, m("青禾发布")),
    ("source-paper-wechat-suffix", BODY + END + "来源：青禾日报微信公众号" + SOHU, m("青禾日报")),
    # a second pass over the same sources' layouts, still before A's errors were read
    ("writer-spaced-then-photographer", BODY + END + "撰稿 张明远 摄影 李清和" + SOHU, m(reporters=["张明远", "李清和"])),
    ("editor-intern-note", BODY + END + "责任编辑：王丽（实习）", m(editor="王丽")),
    ("compiler-slash", BODY + END + "整理/张明远" + SOHU, m(reporters=["张明远"])),
    ("caption-name-spaced-sheying", BODY + END + "（张明远 摄影）" + SOHU, m(reporters=["张明远"])),
]

# Part A's class no family above held, read after the families were in: a byline's last name glued to the lead's
# 据 of citation (a city app's reporter and intern opening a foreign story).
A_CLASSES = [
    ("byline-name-glued-citation", "原标题：青禾湖畔百只候鸟搁浅极目新闻记者 张明远实习生 李清波据CNN等媒体7月26日报道，" + BODY,
     m("极目新闻", reporters=["张明远", "李清波"])),
    ("byline-name-glued-citation-three", "青禾网讯 通讯员 欧明远据了解，" + BODY, m("青禾网", reporters=["欧明远"])),
]

# Set C's classes, read after set C (collected and golded blind after all of the above) was scored once: a writer's
# bracket naming the outlet after 文/, a 来源 value glued to a promotion after the account's 微信公众号 suffix, and a listed
# outlet's dateline glued to the headline with its date spaced out.
SET_C_CLASSES = [
    ("writer-outlet-bracket", "原标题：青禾县将举办丰收节【文/观察者网 张明远】据青禾县政府消息，" + BODY,
     m("观察者网", reporters=["张明远"])),
    ("source-wechat-suffix-glued-promotion", BODY + END + "来源：青禾发布微信公众号获取更多资讯，来这里" + SOHU, m("青禾发布")),
    ("listed-outlet-spaced-date", "原标题：青禾县丰收节开幕IT之家 8 月 9 日消息，" + BODY, m("IT之家")),
]

# Layouts earlier rounds read that this batch shows again in new dress, and others listed with the families:
# guards, passing on main.
GUARDS = [
    ("source-ascii-colon", BODY + END + "来源:青禾资讯" + SOHU, m("青禾资讯")),
    ("editor-code-letters", BODY + END + "(责任编辑：王丽 TT0002)", m(editor="王丽")),
    ("editor-double-opener", BODY + END + "（(责任编辑：王丽)", m(editor="王丽")),
    ("bracket-two-sources-first", BODY + END + "（来源：青禾新闻、青禾日报）(责任编辑：王丽)", m("青禾新闻", editor="王丽")),
    ("body-outlet-url-interview", BODY + "在接受澎湃新闻（www.thepaper.cn)采访时，主办方负责人说。", m("澎湃新闻")),
    ("xun-four-char-name", "青禾网讯（记者 欧阳明远）" + BODY, m("青禾网", reporters=["欧阳明远"])),
    ("photo-by-correspondent-then-source", BODY + END + "（图片由通讯员提供）（来源：极目新闻）" + SOHU, m("极目新闻")),
    ("proofreader-before-editor", BODY + END + "校对：孙伟 责任编辑：王丽", m(editor="王丽")),
    ("bracket-credits-text-picture", BODY + END + "（通讯员 张明远 记者 李清和 文/图）" + SOHU, m(reporters=["张明远", "李清和"])),
    ("centre-source-author-editor", BODY + END + "来源：青禾县融媒体中心 作者：张明远 责任编辑：王丽",
     m("青禾县融媒体中心", editor="王丽", reporters=["张明远"])),
    ("manuscript-source", BODY + END + "稿源：青禾日报" + SOHU, m("青禾日报")),
    ("supplier-office-name-colon", BODY + END + "供稿：青禾县文旅局 张明远" + SOHU, m(reporters=["张明远"])),
    ("bracketed-article-source", BODY + END + "（本文来源：青禾日报）" + SOHU, m("青禾日报")),
    ("bar-desk-review", BODY + END + "编辑｜王丽 审核｜孙伟" + SOHU, m(editor="王丽")),
    ("square-source-then-author", BODY + END + "【来源：青禾日报】【作者：张明远】", m("青禾日报", reporters=["张明远"])),
    ("xun-ascii-bracket", "青禾日报8月6日讯 (记者 张明远)" + BODY, m("青禾日报", reporters=["张明远"])),
    ("two-editors-first", BODY + END + "编辑：王丽 张强", m(editor="王丽")),
    ("source-bracket-reporter-label", BODY + END + "来源：青禾县融媒体中心（记者：张明远）" + SOHU,
     m("青禾县融媒体中心", reporters=["张明远"])),
    ("content-source-label", BODY + END + "内容来源：青禾日报" + SOHU, m("青禾日报")),
]

# Credits and citations that name no one.
NO_ONE = [
    ("cited-account-news", "据青禾发布微信公众号消息，" + BODY + END, m()),
    ("content-from-foreign-paper", BODY + "内容来源于英国《镜报》。" + END, m()),
    ("caption-pictured-official", BODY + "图示：青禾县副县长张明远（左二）代表领奖" + END, m()),
    ("author-unit", BODY + END + "作者单位：青禾县第一中学" + SOHU, m()),
    ("picture-source-office", BODY + "图片来源：青禾县委宣传部" + END, m()),
    ("centre-produced", BODY + END + "青禾县融媒体中心出品" + SOHU, m()),
    ("compiled-data-in-prose", BODY + "据统计部门整理：今年以来全县新增农产品品牌12个。" + END, m()),
]


@pytest.mark.parametrize("text, want", [pytest.param(*c[1:], id=c[0]) for c in FAMILIES])
def test_local_credit_families(pipe, text, want):
    assert meta_of(pipe, text) == want


@pytest.mark.parametrize("text, want", [pytest.param(*c[1:], id=c[0]) for c in A_CLASSES])
def test_part_a_classes(pipe, text, want):
    assert meta_of(pipe, text) == want


@pytest.mark.parametrize("text, want", [pytest.param(*c[1:], id=c[0]) for c in SET_C_CLASSES])
def test_set_c_classes(pipe, text, want):
    assert meta_of(pipe, text) == want


@pytest.mark.parametrize("text, want", [pytest.param(*c[1:], id=c[0]) for c in GUARDS])
def test_guards(pipe, text, want):
    assert meta_of(pipe, text) == want


@pytest.mark.parametrize("text, want", [pytest.param(*c[1:], id=c[0]) for c in NO_ONE])
def test_credits_naming_no_one(pipe, text, want):
    assert meta_of(pipe, text) == want
