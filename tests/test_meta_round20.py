"""Session 20 meta (round 20): the layout families round 16's table did not list, listed whole.

Written from public knowledge of how Chinese outlets print their datelines, bylines, credits, headers and
footers, before round 20's part A errors were read: one made-up article per layout (the outlets and layouts
are real, the sentences and names invented), each with the exact meta the spec's conventions give it.
Round 16 (tests/test_meta_round16.py) listed the wire and site datelines, 本报讯 role mixes, client and
融媒 datelines, 来源 labels, desk runs and portal tails; this table adds the families it left out:
financial and business sites' 讯 and bylines, 中新网's 题： heads, 新华社's 微特稿, a 全媒体 byline or a
writer's credit glued to the lead, 通讯员 before 记者 without spaces, names glued to the lead or to a digit,
spaced role words (通 讯 员), 来源 labels glued to what follows, ◆ and 丨 desk runs, TV credit rolls,
header dates with 作者, 采访整理 credits, outlets named by their reporter in the body, and credits and
captions that name no one (an office's 供图, an agency's 资料图, 来源：网络, a proofreader alone).
Fields: (source, published, editor, reporters).
"""

import pytest

from civicextract.pipeline import Pipeline

# round 16's made-up article parts and its field helpers: the same table shape
from .test_meta_round16 import BODY, END, HEAD, SOHU, m, meta_of

SHARE = "分享让更多人看到"


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(kinds=())


# Families listed here that the extractor does not read yet: each fails as written (strict), so
# the day one is fixed the test says so and the id comes off this list.
NOT_YET: frozenset[str] = frozenset((
    # a paper's site and its app joined by a dot (长城网·冀云客户端): the extractor names the first, as round 4's
    # gold names the paper before its app (中国吉林网 吉刻APP记者); fit keeps a dash-joined pair whole
    # (三秦都市报-三秦网讯, t058); no gold has settled the dotted pair yet
    "photo-outlet-reporter",
))


def cases(group):
    return [
        pytest.param(*c[1:], id=c[0], marks=[pytest.mark.xfail(strict=True, reason="family not read yet")])
        if c[0] in NOT_YET else pytest.param(*c[1:], id=c[0])
        for c in group
    ]


# (id, text, expected meta)
OPENINGS = [
    # business and national sites' own datelines
    ("ce-xun", "中国经济网北京8月1日讯 " + BODY + END, m("中国经济网")),
    ("bjbusiness-xun", "北京商报讯（记者 陈明婷 胡永宁）" + BODY, m("北京商报", reporters=["陈明婷", "胡永宁"])),
    ("xinjingbao-xun", "新京报讯（记者张明远）" + BODY, m("新京报", reporters=["张明远"])),
    ("yangtse-web-xun", "扬子晚报网8月1日讯（记者 张明远 通讯员 李清和）" + BODY,
     m("扬子晚报网", reporters=["张明远", "李清和"])),
    ("xinhuanet-dian", "新华网北京8月1日电（记者张明远）" + BODY, m("新华网", reporters=["张明远"])),
    ("youth-net-dian", "中国青年网北京8月1日电（记者 张明远）" + BODY, m("中国青年网", reporters=["张明远"])),
    ("chinadaily-net-dian", "中国日报网8月1日电 " + BODY + END, m("中国日报网")),
    ("cri-baodao", "国际在线报道（记者 张明远）：" + BODY, m("国际在线", reporters=["张明远"])),
    # 中新网's headline line after the dateline, then its finance desk's reporter glued to the lead
    ("chinanews-ti-finance", "中新网8月1日电 题：青禾县举办首届农民丰收节中新财经记者陈明亮青禾县1日发布消息称，" + BODY + "(完)",
     m("中新网", reporters=["陈明亮"])),
    # the wire's portal repost naming the site's full name after the dateline's short one: the label
    # wins, as in fit's gold (t062)
    ("chinanews-laiyuan-fullname", HEAD + "中新网8月1日电 " + BODY + "(完)来源：中国新闻网" + SOHU, m("中国新闻网")),
    # 新华社's feature slug, the writer closing in brackets
    ("xinhua-weitegao", HEAD + "【新华社微特稿】" + BODY + END + "（完）（程家明）关键词：丰收节" + SOHU,
     m("新华社", reporters=["程家明"])),
    # 本报 datelines with a paper's footer and no byline
    ("peoples-daily-footer-only", BODY + END + "《 人民日报 》（ 2023年08月02日   11 版）" + SHARE, m("人民日报")),
    # an app's bracketed byline opening the story
    ("client-bracket-opening", "（人民日报健康客户端记者 杨晓明）" + BODY + "（来源：人民日报健康客户端）",
     m("人民日报健康客户端", reporters=["杨晓明"])),
    # a paper's 讯 with 通讯员 before 记者, no spaces; the closing 来源 label names the publisher of this
    # copy and wins over the dateline, as fit's gold has it (t062: 中新社…电 with 来源：中国新闻网)
    ("kuaibao-xun-glued", HEAD + "现代快报讯（通讯员王雪明记者张晓强）" + BODY + "（来源：现代快报全媒体）" + SOHU,
     m("现代快报全媒体", reporters=["王雪明", "张晓强"])),
    # the channel's own dateline after a video's note
    ("cctv-net-xwlb", "（点击图片 查看视频）  央视网消息（新闻联播）：" + BODY + END, m("央视网")),
]

BYLINES = [
    # an outlet's reporter opening the story, the name glued to the lead
    ("outlet-reporter-glued", "科技日报记者张明然法国研究人员近日表示，" + BODY + "（来源：科技日报）",
     m("科技日报", reporters=["张明然"])),
    ("outlet-reporter-space-quote", HEAD + "封面新闻记者 田之明“我觉得很好玩。”" + BODY + SOHU,
     m("封面新闻", reporters=["田之明"])),
    ("outlet-reporter-space-ju", "极目新闻记者 宋清明据外媒7月26日报道，" + BODY + "（来源：极目新闻）",
     m("极目新闻", reporters=["宋清明"])),
    # roles run together: 记者, 通讯员, 实习生, the last name glued to the lead
    ("roles-run-glued", HEAD + "极目新闻记者 叶文明通讯员 王宽宽 耿佩明实习生 王江明 饶明康一名男子假装购物，" + BODY + SOHU,
     m("极目新闻", reporters=["叶文明", "王宽宽", "耿佩明", "王江明", "饶明康"])),
    # 全媒体 reporters of a paper group, closing
    ("group-quanmeiti-closing", HEAD + BODY + END + "兰州日报社全媒体记者 许明洁" + SOHU,
     m("兰州日报社", reporters=["许明洁"])),
    # a writer's credit with the paper's 全媒体 reporter, glued to the lead
    ("wen-quanmeiti-glued", HEAD + "文/羊城晚报全媒体记者 董明最高人民法院8月1日举行新闻发布会，" + BODY + "编辑：吴方明" + SOHU,
     m("羊城晚报", editor="吴方明", reporters=["董明"])),
    ("wentu-quanmeiti", "文、图/羊城晚报全媒体记者 文明聪 通讯员 林郁明每年的夏天，" + BODY
     + "来源 | 羊城晚报·羊城派责编 | 冯小明校对 | 朱艾明",
     m("羊城晚报·羊城派", editor="冯小明", reporters=["文明聪", "林郁明"])),
    # a finance site's closing run: reporter, editor, then its 来源 in lenticular brackets
    ("finance-closing-run", BODY + END + "九派财经记者 黄明婷编辑 郭明昊【来源：九派财经】声明：此文版权归原作者所有。",
     m("九派财经", editor="郭明昊", reporters=["黄明婷"])),
    # a provincial paper's app: reporter, editor, then the review chain
    ("app-review-chain", HEAD + BODY + END + "贵州日报天眼新闻记者 华明编辑 胥芬明二审 刘明 徐明三审 田明佳" + SOHU,
     m("贵州日报天眼新闻", editor="胥芬明", reporters=["华明"])),
    # a name glued to the year opening the lead
    ("client-pipe-digit", HEAD + "北京日报客户端 | 记者 徐明瑶2019年，" + BODY + SOHU,
     m("北京日报客户端", reporters=["徐明瑶"])),
    # a news site's reporter credited on a photo with her outlet
    ("photo-outlet-reporter", "图为地铁换乘站。长城网·冀云客户端记者 张谢明 摄近日，" + BODY,
     m("长城网·冀云客户端", reporters=["张谢明"])),
    # an interview written up by the paper's reporter
    ("caifang-zhengli", BODY + END + "（作者为青禾县信访局局长，本报记者朱明采访整理）《 人民日报 》（ 2023年08月15日   12 版）" + SHARE,
     m("人民日报", reporters=["朱明"])),
    # a header's publication time, then the writer
    ("header-time-zuozhe", HEAD + "2023-08-12 14:13:37 作者：姚明伟 " + BODY + SOHU,
     m(published="2023-08-12T14:13:37", reporters=["姚明伟"])),
    # 本报讯 with a spaced one-name byline
    ("benbao-one-spaced", HEAD + "本报讯（记者 任明）" + BODY + SOHU, m(reporters=["任明"])),
    # a military paper's bracketed closing of three, one with a two-character name
    ("closing-three-short", BODY + END + "（蒋雨明 李政 高骏明）" + SHARE, m(reporters=["蒋雨明", "李政", "高骏明"])),
    # a TV story's credit roll: only the camera credit names reporters
    ("tv-credit-roll", BODY + END + "总监制丨李明挺监 制丨钱明 王明明总制片人丨耿明民编导丨张明彤摄像丨李南明 王萧明 孟雨剪辑丨何明辉" + SHARE,
     m(reporters=["李南明", "王萧明", "孟雨"])),
    # a Xinhua video's production roll: the department names the outlet, producers are no reporters
    ("xinhua-production-roll", BODY + END + "总监制：刘明监制：李拯明出品：孙明平制片：幸培明统筹：吴炜明编导：王雅明制作：新华FM工作室新华社音视频部、广西分社联合出品" + SHARE,
     m("新华社")),
]

FOOTERS = [
    # 来源 then 记者 or 通讯员 glued to it, or the reverse
    ("reporter-then-laiyuan-glued", HEAD + BODY + END + "记者：李明杰来源：交城融媒" + SOHU,
     m("交城融媒", reporters=["李明杰"])),
    ("laiyuan-then-tongxunyuan", HEAD + BODY + END + "来源：青禾边境检查站通讯员：张丽明 " + SOHU,
     m("青禾边境检查站", reporters=["张丽明"])),
    ("laiyuan-then-two-tongxunyuan", HEAD + BODY + END + "来源：青禾边境派出所通讯员：李未明、曹龙明" + SOHU,
     m("青禾边境派出所", reporters=["李未明", "曹龙明"])),
    ("spaced-tongxunyuan", HEAD + BODY + END + "来源：青禾边境派出所通 讯 员：张何明" + SOHU,
     m("青禾边境派出所", reporters=["张何明"])),
    # ◆ between a WeChat account's credits
    ("diamond-desk-run", HEAD + BODY + END + "◆本文来源：青禾县人民法院◆编辑：周於明◆责任编审：张惠明 杨明 顾明如果您有新闻线索欢迎来电" + SOHU,
     m("青禾县人民法院", editor="周於明")),
    # a 来源 label glued to the lead's date
    ("laiyuan-glued-date", HEAD + "来源：青禾晋商圈8月15日青禾县发布消息显示，" + BODY + SOHU, m("青禾晋商圈")),
    # a 来源 label glued to the copyright notice
    ("laiyuan-glued-notice", HEAD + BODY + END + "来源：青禾晚报本文中图片、文字等版权归原作者所有" + SOHU, m("青禾晚报")),
    ("laiyuan-then-submission", HEAD + BODY + END + "（来源：青禾县人民政府网站） 【投稿、区域合作请邮件 青禾新报】 " + SOHU,
     m("青禾县人民政府网站")),
    # a story the outlet wrote from others' reports, then its own 来源
    ("zonghe-then-laiyuan", HEAD + BODY + END + "极目新闻综合平安青禾、新黄河（来源：极目新闻）" + SOHU, m("极目新闻")),
    # a proofreader alone before the portal's link is neither editor nor reporter
    ("jiaodui-alone-before-sohu", HEAD + BODY + END + "校对 盛媛明" + SOHU, m()),
    ("jiaodui-in-bracket", HEAD + BODY + "（通讯员供图校对李凯明）（来源：现代快报全媒体）" + SOHU, m("现代快报全媒体")),
    # the paper's closing brackets with a portal code after the editor
    ("zerenbianji-code-closing", BODY + END + "(责任编辑：卢其明 CN070)", m(editor="卢其明")),
]

NO_ONE = [
    # credits and captions that name no outlet and no person
    ("office-gongtu-spaced", BODY + "  青禾县慈善基金会 供图该批物资将发往灾区。" + END, m()),
    ("interviewee-provided", BODY + "发车仪式现场  受访者提供" + END, m()),
    ("agency-file-photo", "据青禾学院网站消息，" + BODY + "张明远 视觉中国 资料图公开资料显示，" + END, m()),
    ("agency-photo-tu", BODY + "央视新闻 图受强降雨影响，" + END, m()),
    ("xinhua-fa-no-name", "据外媒7月23日报道，" + BODY + "▲7月20日，舰艇编队开展演练。（新华社发）" + END, m()),
    ("image-source-account", BODY + "图片来源：青禾学院官方公众号" + END, m()),
    ("laiyuan-network", BODY + END + "来源：网络", m()),
    ("laiyuan-screenshot-year", BODY + END + "        来源：2018年某晚会模拟试验", m()),
    ("cited-foreign-paper", "据《今日印度》7月26日报道，" + BODY + END, m()),
    ("original-title-closing", BODY + END + "（原标题：青禾县举办首届农民丰收节）", m()),
    ("original-title-wenming", BODY + END + "（原文标题为《青禾县举办首届农民丰收节》）", m()),
    ("kepu-tail", BODY + END + "药学科普，仅供参考", m()),
    ("nurse-quote", BODY + "        青禾县第一人民医院皮肤科护士长 关明：“头皮的皮肤比面部要薄。”" + END, m()),
]

# An outlet named only by its reporter in the body: the outlet's own story (南都记者获悉, fit's practice).
BODY_OUTLET = [
    ("pengpai-huoxi-opening", "澎湃新闻记者从青禾县人民医院方面获悉，" + BODY + END, m("澎湃新闻")),
    ("shangyou-lianxi", BODY + "13日，上游新闻记者联系上该博主，" + END, m("上游新闻")),
    ("jimu-gaosu", BODY + "8月13日，一位业主告诉极目新闻记者，" + END, m("极目新闻")),
]


@pytest.mark.parametrize("text, want", cases(OPENINGS))
def test_openings(pipe, text, want):
    assert meta_of(pipe, text) == want


@pytest.mark.parametrize("text, want", cases(BYLINES))
def test_bylines_and_credits(pipe, text, want):
    assert meta_of(pipe, text) == want


@pytest.mark.parametrize("text, want", cases(FOOTERS))
def test_footers(pipe, text, want):
    assert meta_of(pipe, text) == want


@pytest.mark.parametrize("text, want", cases(NO_ONE))
def test_credits_naming_no_one(pipe, text, want):
    assert meta_of(pipe, text) == want


@pytest.mark.parametrize("text, want", cases(BODY_OUTLET))
def test_outlet_named_by_its_reporter(pipe, text, want):
    assert meta_of(pipe, text) == want


# A second pass, written after round 20's part B was scored the second time: the bylines of city and
# provincial apps and business sites that neither table listed yet.
SECOND_PASS = [
    ("jiemian-bars", "界面新闻记者 | 张明远\n界面新闻编辑 | 李清和\n" + BODY, m("界面新闻", editor="李清和", reporters=["张明远"])),
    ("jiupai-news", "九派新闻记者 张明远\n" + BODY + END, m("九派新闻", reporters=["张明远"])),
    ("xinjingbao-desk", BODY + END + "新京报记者 张明远 编辑 李清和 校对 赵刚强", m("新京报", editor="李清和", reporters=["张明远"])),
    ("chao-client", "潮新闻客户端 记者 张明远 通讯员 李清和\n" + BODY, m("潮新闻客户端", reporters=["张明远", "李清和"])),
    ("hongwang-xun", "红网时刻新闻8月1日讯（记者 张明远 通讯员 李清和）" + BODY, m("红网时刻新闻", reporters=["张明远", "李清和"])),
    ("cnr-tongxunyuan", "央广网北京8月1日消息（记者张明远 通讯员李清和）" + BODY, m("央广网", reporters=["张明远", "李清和"])),
    ("people-xinhua-she", "新华社记者 张明远 摄\n" + BODY, m("新华社", reporters=["张明远"])),
    ("cctv-client-xiaoxi", "央视新闻客户端消息，" + BODY + END, m("央视新闻客户端")),
    ("benbao-zhuanxun", "本报讯（记者 张明远）" + BODY + END + "（本版编辑：李清和）", m(editor="李清和", reporters=["张明远"])),
    ("laiyuan-client-bracket", BODY + END + "（来源：潮新闻客户端）", m("潮新闻客户端")),
    ("wechat-author-box", BODY + END + "\n文字｜张明远\n图片｜李清和\n编辑｜王芳华", m(editor="王芳华", reporters=["张明远", "李清和"])),
    ("closing-office-two", BODY + END + "（青禾县融媒体中心 张明远 李清和）", m(reporters=["张明远", "李清和"])),
    ("huashang-dafeng", "华商报大风新闻记者 张明远\n" + BODY, m("华商报大风新闻", reporters=["张明远"])),
    ("cited-weixin-xiaoxi", "据“青禾发布”微信公众号8月1日消息，" + BODY + END, m()),
    ("cited-tv", "据青禾卫视消息，" + BODY + END, m()),
]


@pytest.mark.parametrize("text, want", cases(SECOND_PASS))
def test_second_pass(pipe, text, want):
    assert meta_of(pipe, text) == want
