"""Meta layouts of the round-4 hold-out (corpus/holdout_meta_r4.jsonl, part A), each a
class missed before the round, with synthetic sentences of the same shapes.

Real sentences are quoted from part A only (part B is scored, never looked into);
the Hong Kong cases are written here in Traditional script, in the site's layout.
"""

from __future__ import annotations

import pytest

from civicextract.extractors.meta import find_meta

BODY = "近日，市民政局主动为困难家庭申请办理低保，发放资金物资合计23520元。"
LONG = BODY * 8  # past the header zone: what follows is a footer

# (text, source, reporters, editor)
CASES = [
    # m4-36: 总台 (the national broadcaster's group) credits its reporter
    (LONG + "总台记者 李健南：在讲话中，除了阐述地区国家关系的最新进展外，伊朗外长再次强调。", "总台", ["李健南"], None),
    # m4-50: the group glued to its channel (总台 + 央视, both listed) credits the group
    (LONG + "（总台央视记者 赵学荣）" + " " * 34 + "【责任编辑：侯歆钰】", "总台", ["赵学荣"], "侯歆钰"),
    # an app whose name holds two listed outlets stays whole
    ("贵州日报天眼新闻记者 王芳 通讯员 李强" + BODY, "贵州日报天眼新闻", ["王芳", "李强"], None),
    # the bar a WeChat credit writes as 丨; 签审 is a desk's credit, no name
    (LONG + "总台记者丨陈濛 印梅梅签审丨闫明 江爱民返回搜狐，查看更多责任编辑：", "总台", ["陈濛", "印梅梅"], None),
    (LONG + "记者丨王芳\n编辑丨李强", None, ["王芳"], "李强"),
    # m4-23: the last name of a byline opening the article glued to the lead
    ("记者 李军 通讯员 刘朋利初心不改，荣光赓续。7月31日，在中国人民解放军第96个建军节即将到来之际，聊城市退役军人事务局召开退役军人座谈会。",
     None, ["李军", "刘朋利"], None),
    # ... after a name of the list, the name and the lead's first word read as one word
    ("记者 王芳 通讯员 赵强 李政近日，经省政府同意，省人力资源社会保障厅印发通知。", None, ["王芳", "赵强", "李政"], None),
    # a lead opening with a word no name is glued to (汤楠松 通讯员 … 近日 stays the body's)
    ("记者 王芳 通讯员 赵强\n近日，经省政府同意，省人力资源社会保障厅印发通知。", None, ["王芳", "赵强"], None),
    # m4-43: a listed outlet too short for an office's name before the reporter in the closing bracket
    (LONG + "共同谱写世界奶业创新、绿色、可持续发展的崭新篇章。”（新华网 郝芳芳）责任编辑：李桐", "新华网", ["郝芳芳"], "李桐"),
    (LONG + "演出现场，军民联欢，掌声如潮。(人民网 王五、赵六)", "人民网", ["王五", "赵六"], None),
    # two names whose second ends as an office's does are names, no office
    (LONG + "演出现场，军民联欢，掌声如潮。（张会 李四）", None, ["张会", "李四"], None),
    # m4-43: an account's name holding a clause's words, closed by the label's punctuation
    ("来源：内蒙古是个好地方“呼和浩特的奶业发展禀赋优越，呼和浩特的奶业发展基础扎实。”" + BODY, "内蒙古是个好地方", [], None),
    ("来源：我在上海\n" + BODY, "我在上海", [], None),
    # a value running on into the body is still cut where its clause starts
    ("作者：朝阳来源：中国视窗为弘扬拥军拥属拥政爱民优良传统，营造军民团结共建的良好氛围。" + BODY, "中国视窗", ["朝阳"], None),
    # m4-01: a 转自： label yields to the 来源： one after it
    (LONG + "严厉打击非法改装“炸街飙车”行为消除隐患 还静于民转自：昆明交警来源：掌上春城返回搜狐，查看更多责任编辑：", "掌上春城", [], None),
    (LONG + "来源：广东公安\n转自：阳春公安", "广东公安", [], None),
    # alone, it names the source, before the dateline's outlet too
    ("本文转自：人民网 新华网北京7月28日电 （黄盛）据国务院国资委消息，" + BODY, "人民网", ["黄盛"], None),
    # m4-11: a labelled author after the page's date, both glued to the headline, the lead after a space
    ("原标题：手机被盗刷 苹果双重认证仍被绕过2023-07-26 14:12:01 作者：姚立伟 7月25日，一位网友爆料，其丈母娘的iPhone手机被钓鱼盗刷。",
     None, ["姚立伟"], None),
    # an interview's turn after 记者： is no byline
    ("记者：李部长，您好。请介绍一下今年的工作。" + BODY, None, [], None),
    # m4-12: contributors named before the outlet's byline opening the article
    ("刘珩 丛雨萌 四川在线记者 钟帆 摄影 吴聃7月26日13时，成都第31届世界大学生夏季运动会火炬传递收火仪式在东安湖体育公园举行。",
     "四川在线", ["刘珩", "丛雨萌", "钟帆", "吴聃"], None),
    ("赵美佳 四川在线记者 蒲南溪7月27日凌晨两点，西南石油大学排球场馆中心，一排指示灯突然在黑暗中亮起。", "四川在线", ["赵美佳", "蒲南溪"], None),
    # words before it that are no names stay out (a headline's)
    ("乡村 振兴 四川在线记者 钟帆\n" + BODY, "四川在线", ["钟帆"], None),
    # m4-41: a reporter glued between headline and lead after a dateline and the genre's label
    ("新华社巴黎8月6日电 综述：法国多地打破高温纪录 巴黎出台城市应对策略新华社记者张百慧近日，世界气象组织和哥白尼气候变化服务局称，"
     "2023年7月极有可能是有史以来最热的月份。", "新华社", ["张百慧"], None),
    # a sentence before it still makes the outlet a cited one
    ("新华社巴黎8月6日电 据报道，法国多地打破高温纪录，新华社记者张百慧近日走访了巴黎。", "新华社", [], None),
    # a paper's 社 (hm-21: 兰州日报社全媒体记者 赵万山 文/图) and a county's media centre are outlets
    (LONG + "让社区成为居民最放心最安心的港湾。兰州日报社全媒体记者 赵万山 文/图返回搜狐，查看更多责任编辑：", "兰州日报社", ["赵万山"], None),
    ("交口县融媒体中心记者 张三 通讯员 李四\n" + BODY, "交口县融媒体中心", ["张三", "李四"], None),
    ("□宁乡市融媒体中心记者 刘洋\n" + BODY, "宁乡市融媒体中心", ["刘洋"], None),
    # ... named after its place: 全县 is none
    (BODY * 3 + "全县融媒体中心记者走访了多个村庄。", None, [], None),
    # hm-13: a two-character name aligned to the width of three in a photo credit
    ("和平方舟医院船结束访问汤加离港时与汤加海军举行联合演练联合演练场景。黎 宇摄解放军报努库阿洛法8月4日电 记者李伟欣、谢菲报道：当地时间4日上午10时。",
     "解放军报", ["黎宇", "李伟欣", "谢菲"], None),
    # hm-30: an editor's name closed by the lead's date; the account's name before the portal's link
    ("记者：朱成祥 编辑：陈俊杰8月10日晚间，中芯国际发布二季度财报。" + LONG + "为下一轮的增长周期做好准备。”每日经济新闻返回搜狐，查看更多责任编辑：",
     "每日经济新闻", ["朱成祥"], "陈俊杰"),
    # a name there that no outlet's ending makes one is no source
    (LONG + "案件正在进一步侦办中。晋城公安返回搜狐，查看更多责任编辑：", None, [], None),
    # part A2, m4-70: an outlet's report in a 【…】 header, the reporters' post before their role
    ("原标题：成都大运会乒乓球女团中国队夺冠！何卓佳：这是整个中国队的力量【环球时报-环球网报道 赴成都特派记者 乌元春 林小艺】"
     "8月1日，在成都大运会乒乓球女子团体决赛中，中国队以3：2战胜日本队。", "环球时报-环球网", ["乌元春", "林小艺"], None),
    ("【大河财立方 记者 王宁宁 深圳报道】" + BODY, "大河财立方", ["王宁宁"], None),
    # m4-71: a labelled editor's name glued to the lead
    ("原标题：波兰称两架白俄罗斯直升机侵犯波兰领空每经编辑：杜宇当地时间8月1日，波兰国防部发布消息称。" + BODY, None, [], "杜宇"),
    # m4-72: a dateline glued to a headline that ends in a figure's %
    ("原标题：瑞幸咖啡：第二季度总净营收62.01亿元 同比增长88%中证网讯（记者 昝秀丽）8月1日，瑞幸咖啡公布2023年第二季度财报。",
     "中证网", ["昝秀丽"], None),
    # m4-73: an office ending in 处 before the names closing the story
    (LONG + "帮助他们链接资源。（千佛山街道办事处 李卉 付茂禄）返回搜狐，查看更多责任编辑：", None, ["李卉", "付茂禄"], None),
    # m4-66: a photographer's name set apart from 摄 after a sentence, whatever its surname
    ("第二季在江苏园博园开启。泱波 摄   8月5日晚，江苏南京，大型沉浸式音乐焰火秀在江苏园博园开启。" + BODY, None, ["泱波"], None),
    # ... and a word there that is no name stays out (全程 摄影)
    ("活动现场。全程 摄影师跟拍记录。" + BODY, None, [], None),
    # m4-71: the outlet that compiled the story from others, after its last sentence
    (LONG + "纯粹是“小道消息”。每日经济新闻综合央视新闻每日经济新闻返回搜狐，查看更多责任编辑：", "每日经济新闻", [], None),
    (LONG + "恢复天然气供应后方可开启进气阀门。潇湘晨报综合", "潇湘晨报", [], None),
    # ... the paper's own (本报) names none
    (LONG + "各地纷纷开展活动。本报综合新华社", None, [], None),
    # m4-09: an editor's name closed by the 【 of the page furniture after it
    (LONG + "九派新闻记者 辜子旋编辑 曾金秋【爆料】请联系记者微信：linghaojizhe【来源：九派新闻】版权归原作者所有",
     "九派新闻", ["辜子旋"], "曾金秋"),
]


@pytest.mark.parametrize(("text", "source", "reporters", "editor"), CASES)
def test_round4_layouts(text: str, source: str | None, reporters: list[str], editor: str | None) -> None:
    meta, _ = find_meta(text)
    assert (meta.source, list(meta.reporters), meta.editor) == (source, reporters, editor)


def test_glued_name_leaves_the_lead_in_the_body() -> None:
    # the byline's span ends after the glued name: 近日 opens the body
    text = "记者 王芳 通讯员 赵强 李政近日，经省政府同意，省人力资源社会保障厅印发通知。"
    _, spans = find_meta(text)
    assert [(s, e) for s, e, k in spans if k == "byline"] == [(0, text.index("近日"))]


def test_page_date_beside_an_author_label() -> None:
    text = "原标题：手机被盗刷 苹果双重认证仍被绕过2023-07-26 14:12:01 作者：姚立伟 7月25日，一位网友爆料。"
    meta, _ = find_meta(text)
    assert (meta.published, meta.title) == ("2023-07-26T14:12:01", "手机被盗刷 苹果双重认证仍被绕过")


# Hong Kong author boxes (written here in the site's layout, Traditional script): the
# honorific after the author's name is no part of it.
HK_FOOTER = "\n\n---\n\n請加入成為眾新聞的月費訂戶，長期支持我們的工作。\n\n---\n\n"


@pytest.mark.parametrize(
    ("box", "name"),
    [("**博客 | 陳大文博士**", "陈大文"), ("**博客 | 李小明教授**", "李小明"), ("**博客 | 張美玲**", "张美玲")],
)
def test_hk_author_box_honorific(box: str, name: str) -> None:
    from civicextract.document import normalize

    text = "# 市場觀察\n\n港股今日回落，分析員提醒散戶審慎入市，切勿盲目追價。" + HK_FOOTER + box + "\n\n【專欄簡介】多年財經評論。\n"
    meta = normalize(text).meta
    assert (meta.source, list(meta.reporters)) == ("众新闻", [name])
