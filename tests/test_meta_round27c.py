"""Session 27 meta, round 27c: the classes a blind batch of local-government and local-news web pages showed.

The batch came from the search tool's stored web pages, which may not be copied verbatim, so neither the
batch nor its lines are in the repository (session 28 moved them out; docs/evaluation.md, "Session 28").  Each
case below is written anew in the layout of one of the batch's pages -- the same labels, separators, blank
lines and order of fields, other headlines, names, dates and words -- with the exact meta fit's practice
gives it.  Every case fails on the code before round 27c (795a9fb) and passes after it.
Fields: (source, published, editor, reporters).
"""

from __future__ import annotations

import pytest

from civicextract.pipeline import Pipeline

from .test_meta_round16 import m, meta_of


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(kinds=())


CLASSES = [
    # a header date under the headline after the page's navigation and blank lines, the outlet glued after its
    # time; the writer's credit with its slash spaced (a Hong Kong paper's e-edition)
    (
        "date-line-outlet-glued-after-time",
        "大公网\n\n大公报电子版\n首页 > 新闻 > 港闻 > 正文\n\n社区故事 | 一条老街的变迁\n\n2023-03-15 05:10:20大公报\n字号\n放大\n标准\n分享\n\n"
        "图:老街上的街坊在茶楼外聊天。\n\n  文 / 梁志明 资深记者\n\n  老街即将迎来重建,街坊们既期待又不舍。",
        m("大公报", "2023-03-15T05:10:20", reporters=["梁志明"]),
    ),
    # the date with an account's name and its 微信公众号 after it
    (
        "date-line-account-after-date",
        "夜间经济点亮城市烟火气\n2024-05-20 09:12 “临沂发布”微信公众号\n夜幕降临,沂河两岸灯火璀璨,游客络绎不绝。",
        m("临沂发布", "2024-05-20T09:12:00"),
    ),
    # a date alone on the third line that holds anything, blank lines between
    (
        "date-line-after-blank-lines",
        "香港商报官网 > 北京 > 中华大地\n\n北京:冬奧場館開放,市民踴躍參觀!\n\n2023-01-09\n来源:香港商報網\n\n"
        "    在1月8日舉辦的場館開放日上,工作人員介紹了場館的賽後利用計劃。(記者 陳嘉明)\n\n\n[责任编辑:王晓雯 ]",
        m("香港商报网", "2023-01-09", "王晓雯", ["陈嘉明"]),
    ),
    # a date then a word of a name's length (昂 is no surname the lexicon holds, so the name is not read)
    (
        "date-line-writer-after-date",
        "2\n\n文明实践 温暖你我\n\n2022年09月13日  昂晓明\n\n志愿者走进社区,为老人义诊理发。",
        m(published="2022-09-13"),
    ),
    # a header line whose only label is the page's view count
    (
        "date-beside-view-count-label",
        "通知公告\n当前位置: 首页> 通知公告> 正文\n\n关于做好寒假安全教育工作的通知\n\n单位:学生工作处 2021年01月08日 09:45 浏览:\n\n"
        "为切实做好寒假期间学生安全工作,现将有关事项通知如下。",
        m(published="2021-01-08T09:45:00"),
    ),
    # two-character names padded to the width of three in a closing bracket
    (
        "closing-bracket-padded-names",
        "本报讯 近日,湖南省株洲市攸县举行乡村振兴主题采访活动启动仪式。\n\n(李 明 张晓燕 王 芳)",
        m(reporters=["李明", "张晓燕", "王芳"]),
    ),
    # an e-paper's page properties left as text by the scrape: the paper and the date
    (
        "epaper-property-line",
        "本报讯 近日,湖南省株洲市攸县举行乡村振兴主题采访活动启动仪式。\n\n(李 明 张晓燕 王 芳)\n\n"
        "2022-03-08 1 1 中国改革报 content_51234.htm 1 湖南攸县开展乡村振兴主题采访 /enpproperty-->",
        m("中国改革报", "2022-03-08", reporters=["李明", "张晓燕", "王芳"]),
    ),
    # a 来源 value opening with the date the outlet ran the text
    (
        "source-label-date-then-outlet",
        "王明:网络空间中的文化传播路径初探\n\n撰稿: 编辑:李晓红 来源:2022年10月12日 中国社会科学网 时间:2022-10-12\n\n"
        "内容提要:文化信息在网络空间中的传播,呈现出若干结构性特征。",
        m("中国社会科学网", "2022-10-12", "李晓红"),
    ),
    # a time glued to 日 with no space (a B page: fixed by the lead after B's last scoring, so B no longer blind)
    (
        "date-time-glued-to-day",
        "【四川报告 巴蜀风情】\n\n古镇新韵\n\n张丽\n\n2021年05月12日09:30  来源:人民网-四川频道\n \n\n青山绿水间 有座老古镇\n\n"
        "四川省达州市境内,山峦起伏,溪流纵横。",
        m("人民网-四川频道", "2021-05-12T09:30:00"),
    ),
]

# What the classes must not take: a headline opening with its date, a date glued to the words after it, a caption's
# event after 来源 (a year alone), a slash between two words, one character alone in a bracket, 阅读 as a reading list.
GUARDS = [
    ("headline-opening-with-date", "2024年1月1日 这些新规开始施行\n国家医保局近日发布通知,明确了新的报销比例。", m()),
    ("date-glued-to-words", "某网\n标题\n2024年1月1日起 新规\n国家医保局近日发布通知。", m()),
    ("source-label-caption-year", "市民在广场观看演出。(来源:2018年春节联欢晚会)\n随后,演员们走进社区。", m()),
    ("slash-between-words", "他说,上文 / 下文 两者都要读。", m()),
    ("bracket-one-character-alone", "活动在市民广场举行。\n\n(周 刘星野)", m()),
    ("reading-list-label", "标题\n延伸阅读:2023年8月1日 起施行的新规\n正文。", m()),
    # a numeric day needs a space before its time: 2023-08-1215:04 is no date
    ("numeric-day-glued-digits", "某网\n标题\n2023-08-1215:04  来源:人民网\n正文。", m("人民网")),
]


@pytest.mark.parametrize("text, want", [pytest.param(*c[1:], id=c[0]) for c in CLASSES])
def test_round27c_classes(pipe, text, want):
    assert meta_of(pipe, text) == want


@pytest.mark.parametrize("text, want", [pytest.param(*c[1:], id=c[0]) for c in GUARDS])
def test_round27c_guards(pipe, text, want):
    assert meta_of(pipe, text) == want
