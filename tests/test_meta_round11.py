"""Round 11 meta: the outlet class listed whole (models/outlets.txt), and what listing it asked of the finders.

The bodies are made up (a made-up event in a made-up city); an outlet's name in a layout news prints
it in is the only real part.  One quoted sentence comes from the copyable set corpus/holdout_meta_r11.
"""

import pytest

from civicextract.extractors.meta.lexicon import _outlet_set, is_outlet
from civicextract.normalize.convert import to_simplified
from civicextract.pipeline import Pipeline

BODY = "8月1日上午，某市举行夏季消夏纳凉活动，吸引了数百名市民参加。活动现场设有多个展位。"
HK_BODY = "政府今日公布，將向合資格住戶發放一次性津貼，受惠住戶約有十萬戶。發言人表示，會盡快處理申請。"


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(kinds=())


# Every provincial-level party paper, and a prefecture daily of each province whose name is not
# the city's own (赣州 -> 赣南日报, 吉安 -> 井冈山报, 宿州 -> 拂晓报): the list says the name printed.
PARTY_PAPERS = (
    "北京日报 天津日报 河北日报 山西日报 内蒙古日报 辽宁日报 吉林日报 黑龙江日报 解放日报 新华日报 浙江日报 "
    "安徽日报 福建日报 江西日报 大众日报 河南日报 湖北日报 湖南日报 南方日报 广西日报 海南日报 重庆日报 "
    "四川日报 贵州日报 云南日报 西藏日报 陕西日报 甘肃日报 青海日报 宁夏日报 新疆日报 兵团日报"
).split()
CITY_DAILIES = "赣南日报 井冈山报 拂晓报 皖西日报 三峡日报 西江日报 右江日报 陇东报 柴达木日报 团结报 湄洲日报 闽西日报".split()


@pytest.mark.parametrize("name", PARTY_PAPERS + CITY_DAILIES)
def test_listed(name):
    assert name in _outlet_set()


# Hong Kong, Macao and Taiwan outlets in Traditional script: the text is converted before meta
# reads it, and every one converts to a listed name (in a credit, so that the converter runs).
TRADITIONAL = [
    ("明報", "明报"), ("星島日報", "星岛日报"), ("蘋果日報", "苹果日报"), ("香港經濟日報", "香港经济日报"),
    ("無綫新聞", "无线新闻"), ("有線新聞", "有线新闻"), ("端傳媒", "端传媒"), ("集誌社", "集志社"),
    ("澳門日報", "澳门日报"), ("論盡媒體", "论尽媒体"), ("澳廣視", "澳广视"), ("自由時報", "自由时报"),
    ("聯合新聞網", "联合新闻网"), ("風傳媒", "风传媒"), ("鏡週刊", "镜周刊"), ("新頭殼", "新头壳"),
    ("報導者", "报导者"), ("中央社", "中央社"), ("852郵報", "852邮报"), ("now新聞", "now新闻"),
]


@pytest.mark.parametrize("trad,simp", TRADITIONAL)
def test_traditional_spelling_converts_to_a_listed_outlet(trad, simp):
    assert to_simplified(trad + "記者報導")[0] == simp + "记者报导"
    assert simp in _outlet_set()


@pytest.mark.parametrize("word", ["求是", "成报", "正报", "力报", "法广", "青年报", "劳动报", "北京时间", "东网", "七彩云"])
def test_words_of_common_phrases_are_not_listed(word):
    # (实事求是, 完成报告, 公正报道, 努力报, 依法广泛, 青年报名, 劳动报酬, 北京时间8时, 广东网友, 七彩云南)
    assert word not in _outlet_set()


# A dateline glued to the headline before it, and an outlet naming itself in the body: found only
# by a listed name (the suffix rule reads an outlet where a byline stands, not inside running text).
@pytest.mark.parametrize(
    "text,source",
    [
        ("原标题：某市举行夏季消夏纳凉活动绵阳日报讯（记者 张明）" + BODY, "绵阳日报"),
        ("原标题：某市举行夏季消夏纳凉活动新浪娱乐讯 " + BODY, "新浪娱乐"),
        ("原标题：某市举行夏季消夏纳凉活动四川观察讯（记者 张明）" + BODY, "四川观察"),
        (BODY + "四川观察记者从市文旅局获悉，活动将持续一个月。", "四川观察"),
        (BODY + "中国蓝新闻记者从市文旅局获悉，活动将持续一个月。", "中国蓝新闻"),
    ],
)
def test_listed_outlet_in_running_text(pipe, text, source):
    assert pipe.extract(text).meta.source == source


# A byline's outlet that opens with Latin letters or digits, or ends in 全媒体: the outlet words
# before the role are Han only, and 全媒体记者 is a role; the listed name is the whole outlet.
@pytest.mark.parametrize(
    "text,source,reporters",
    [
        ("TVB新聞記者 陳大文\n" + HK_BODY, "TVB新闻", ("陈大文",)),
        ("852郵報記者 陳大文\n" + HK_BODY, "852邮报", ("陈大文",)),
        ("第1眼新闻记者 张明 通讯员 李强\n" + BODY, "第1眼新闻", ("张明", "李强")),
        ("半岛全媒体记者 张明 通讯员 李强\n" + BODY, "半岛全媒体", ("张明", "李强")),
        # an unlisted word before the digits stays as it was: the Han words alone
        ("ABC新闻记者 张明\n" + BODY, "新闻", ("张明",)),
    ],
)
def test_outlet_with_latin_or_staff_ending(pipe, text, source, reporters):
    m = pipe.extract(text).meta
    assert (m.source, m.reporters) == (source, reporters)


def test_office_and_brand_after_a_listed_daily(pipe):
    # every city daily is listed now: 某某日报 alone must not end the credit of 日报社 + its brand
    m = pipe.extract("绵阳日报社绵阳融媒讯 " + BODY).meta
    assert m.source == "绵阳日报社绵阳融媒"
    assert is_outlet("绵阳日报社绵阳融媒")


def test_outlet_sending_a_contributors_photo(pipe):
    # corpus/holdout_meta_r11.jsonl m11-15 (abridged): （央广网发 王嵩燚摄）
    text = (
        "近日，重庆市高新区反诈办宣防民警分别在重庆市高新区税务局、政务服务中心开展了“提高警惕、全民反诈”"
        "为主题的反诈宣防专题讲座。讲座现场（央广网发 王嵩燚摄）高新警方结合辖区实际开展宣传。（石柳柳）"
    )
    m = pipe.extract(text).meta
    assert (m.source, m.reporters) == ("央广网", ("王嵩燚", "石柳柳"))


def test_photo_sender_yields_to_a_dateline(pipe):
    m = pipe.extract("中新网北京8月1日电（记者 张三）" + BODY + "现场（新华社发 李明摄）").meta
    assert (m.source, m.reporters) == ("中新网", ("张三", "李明"))


def test_office_sending_a_photo_is_no_source(pipe):
    m = pipe.extract("现场（县委宣传部发 李明摄）" + BODY).meta
    assert (m.source, m.reporters) == (None, ("李明",))


# Taiwan bylines: 記者X／台北報導 (the name ends in 文: 文/ is a role only where no place and 报道 follow)
@pytest.mark.parametrize(
    "text,source,reporters",
    [
        ("〔記者陳大文／台北報導〕" + HK_BODY, None, ("陈大文",)),
        ("自由時報記者陳大文／台北報導\n" + HK_BODY, "自由时报", ("陈大文",)),
        ("（中央社記者陳大文台北8日電）" + HK_BODY, "中央社", ("陈大文",)),
        ("中央社記者陳大文台北8日電 " + HK_BODY, "中央社", ("陈大文",)),
    ],
)
def test_taiwan_bylines(pipe, text, source, reporters):
    m = pipe.extract(text).meta
    assert (m.source, m.reporters) == (source, reporters)


@pytest.mark.parametrize(
    "text,reporters",
    [
        ("记者 陈大文/摄\n" + BODY, ("陈大文",)),  # (陈大 before: 文/ read as a writer's credit)
        ("文/王文 图/李四\n" + BODY, ("王文", "李四")),  # 文/ before a name is still a writer's credit
    ],
)
def test_slash_after_a_name_ending_in_wen(pipe, text, reporters):
    assert pipe.extract(text).meta.reporters == reporters


@pytest.mark.parametrize(
    "text",
    [
        "中央社会工作部讯 " + BODY,
        "原标题：中央社会工作部召开会议 8月1日，中央社会工作部部长主持召开会议。",
        "中央社会工作部记者会上，发言人表示，将加强工作。",
    ],
)
def test_central_social_work_department_is_no_outlet(pipe, text):
    assert pipe.extract(text).meta.source is None


# A city's or prefecture's media centre glued to the headline before its 讯: a listed place and its
# level (市, 州, 区) before the suffix; 州 alone is an autonomous prefecture's short form in a byline too.
@pytest.mark.parametrize(
    "text,source",
    [
        ("原标题：某市举行夏季消夏纳凉活动绵阳市融媒体中心讯（记者 张明）" + BODY, "绵阳市融媒体中心"),
        ("原标题：某市举行夏季消夏纳凉活动海淀区融媒体中心讯（记者 张明）" + BODY, "海淀区融媒体中心"),
        ("原标题：某市举行夏季消夏纳凉活动大理州融媒体中心讯（记者 张明）" + BODY, "大理州融媒体中心"),
        ("大理州融媒体中心记者 张明 通讯员 李强\n" + BODY, "大理州融媒体中心"),
    ],
)
def test_place_and_level_media_centre(pipe, text, source):
    assert pipe.extract(text).meta.source == source
