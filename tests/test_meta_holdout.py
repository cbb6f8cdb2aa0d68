"""Meta layouts of the round-3 hold-out (corpus/holdout_meta.jsonl, part A) and
Hong Kong layouts of the same kinds, written here in Traditional script.

Each case is a class that was missed before the round: a story closed by a
bracketed dateline, 【环球网报道 见习记者 某某】 and 【新华社微特稿】 headers, a
bar for a credit's colon, an outlet alone in a closing bracket, names after a
■ marker, a reporter glued between headline and body, an outlet's own reporter
or graphic, a Hong Kong author's box.  Real sentences are quoted from part A
only (part B is scored, never looked into); the rest are synthetic.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from civicextract.document import normalize
from civicextract.extractors.meta import find_meta
from civicextract.extractors.meta.lexicon import name_glued_at

from .linear_time import LINEAR_BOUND, growth

BODY = "近日，市民政局主动为困难家庭申请办理低保，发放资金物资合计23520元。"
LONG = BODY * 8  # past the header zone: what follows is a footer

# (text, source, reporters, editor)
CASES = [
    # hm-11: a reporter glued between headline and body, and a dateline closing the story
    ("夜探洪涝灾区新华社记者贾启龙暴雨之后，位于低洼的河北涿州高新技术产业开发区，已被淹成一片泽国。" + BODY,
     "新华社", ["贾启龙"], None),
    (LONG + "临下船前，赵尔全说，机关要过细地制订救援方案，并快速总结推广险情特情处置办法，用于救援实践……（新华社石家庄8月4日电）",
     "新华社", [], None),
    # hm-14: a name after the ■ marker, then an outlet's role run
    ("中部战区空军某场站服务模式转向综合基地化——同场保障多机种执行任务■豆加波  解放军报记者  李建文7月下旬的一天，豫中某军用机场引擎轰鸣。",
     "解放军报", ["豆加波", "李建文"], None),
    # hm-17: the outlet alone in the bracket closing the story, the desk's credit after it
    ("本报北京8月10日电(记者刘坤)中国汽车工业协会10日公布，今年1至7月，我国汽车产销分别完成1565万辆和1562.6万辆。" + LONG
     + "随着新一轮汽车促消费政策实施落地，汽车消费潜力有望得到进一步释放，将有助于行业实现稳增长目标。(光明日报)  【编辑:李岩】",
     "光明日报", ["刘坤"], "李岩"),
    # hm-23: a bar for the colon of every credit
    (LONG + "同时，作为公众人物也应谨言慎行，对自己的言论和行为负责。作者｜罗聪冉来源｜法治日报编辑｜韩玉婷 罗聪冉 岳铼",
     "法治日报", ["罗聪冉"], "韩玉婷"),
    # hm-26, hm-32: bracketed headers that open the story as a dateline does
    ("原标题：普京：俄罗斯今年粮食丰收 将持续供应非洲【新华社微特稿】俄罗斯总统弗拉基米尔·普京在24日发表的文章中说，俄罗斯今年粮食收成有望再创新高。"
     + BODY + "（完）（王宏彬）返回搜狐，查看更多责任编辑：", "新华社", ["王宏彬"], None),
    ("原标题：韩媒：韩国童军露营队员遭歧视，住宿条件更差，引家长强烈不满【环球网报道 见习记者 姜蔼玲】据韩联社10日报道，参加世界童军大露营的韩国队员在住宿安排中遭到歧视。",
     "环球网", ["姜蔼玲"], None),
    # the same classes, synthetic
    ("某旅开展实战化训练■王立新  许宏伟官兵士气高昂，训练热情持续高涨。" + BODY, None, ["王立新", "许宏伟"], None),
    ("某连传承红色基因■李  强  陈建国  马志刚“我们一定要把先辈精神传下去。”" + BODY, None, ["李强", "陈建国", "马志刚"], None),
    ("某部组织夜间训练■吕志浩解放军报特约通讯员 王  芳7月中旬，" + BODY, "解放军报", ["吕志浩", "王芳"], None),
    ("某地开展防汛演练中国军网记者王志强近日，" + BODY, "中国军网", ["王志强"], None),
    (LONG + "【原标题】俄拟在远东地区部署图-160轰炸机航空团来源 | 参考消息编辑 | 岳雨田责编 | 姚凯红往期回顾返回搜狐，查看更多责任编辑：",
     "参考消息", [], "岳雨田"),
    (LONG + "（新华社）", "新华社", [], None),
    # part A2 (hm-37..hm-52)
    (LONG + "我们拒为强国棋子，我们为两岸和平统一祈愿。海峡导报驻台记者 薛洋", "海峡导报", ["薛洋"], None),
    ("原标题：身份证号当密码 近万元被盗刷早报讯 （记者苏玮杰 通讯员黄雅滨尤慷临）银行卡的取款密码有6位数，可以有100万种组合。" + LONG
     + "来源：东南早报返回搜狐，查看更多责任编辑：", "东南早报", ["苏玮杰", "黄雅滨", "尤慷临"], None),
    ("原标题：足不出户 一码通办丨西峡法院“诉讼服务一码通”正式上线啦！正义之声网讯 为满足人民群众日益增长的多元化诉讼服务需求。" + LONG
     + "下一步，西峡法院将继续优化“诉讼服务一码通”功能。编辑：李海朝返回搜狐，查看更多责任编辑：", "正义之声网", [], "李海朝"),
    ("原标题：广汇集团及实控人孙广信被列为被执行人，涉及恒大事项 乐居财经 严明会 8月2日，新疆广汇实业投资集团有限责任公司公告称。" + BODY,
     "乐居财经", ["严明会"], None),
    (LONG + "本案将择期进行宣判。（蚌埠市纪委监委）【此文系转载，来源于安徽纪检监察网，版权归属原作者】编辑：汪雨婷返回搜狐，查看更多责任编辑：",
     "安徽纪检监察网", [], "汪雨婷"),
    ("原标题：请绕行！郑州市区这些路段有积水→                            请绕行！郑州市区这些路段有积水→   中原网讯（记者 谷长乐）7月29日19时，据市城管局消息。" + BODY,
     "中原网", ["谷长乐"], None),
    (LONG + "希望李玟一路走好。#李玟丧礼#作者：毛球子责编：樱桃本文由盖饭娱乐原创，欢迎关注，带你一起长知识！", "盖饭娱乐", ["毛球子"], "樱桃"),
    ("会议强调：要抓好落实！喜讯 传来，" + BODY, None, [], None),  # 喜讯 is no outlet's 讯
    (LONG + "本文由作者原创", None, [], None),  # 作者 is no outlet, 原创 no name
    # part A3 (hm-54..hm-65)
    (BODY + "【来源：常州发布】声明：此文版权归原作者所有，若有来源错误或者侵犯您的合法权益，您可通过邮箱与我们取得联系。",
     "常州发布", [], None),
    (LONG + "公共场所的座椅，先得满足“坐”的基本需求，而不是以损害基本需求为代价。纪玉/文", None, ["纪玉"], None),
    ("【大河财立方 记者 王宁宁 深圳报道】为进一步提高大湾区各级河南商会的凝聚力、号召力。" + LONG + "责编:王时丹 | 审校:陈筱娟 | 审核:李震 | 监制:万军伟",
     "大河财立方", ["王宁宁"], "王时丹"),
    (LONG + "3.关注高温天气，户外作业或活动注意防暑降温。来源：湖南天气爆料、维权通道：应用市场下载“晨视频”客户端。", "湖南天气", [], None),
    ("中国人寿 视觉中国 资料图空缺一个月后，中国人寿迎来新任党委书记。8月1日，澎湃新闻从知情人士处获悉，中国人寿保险股份有限公司召开干部大会。",
     "澎湃新闻", [], None),
    ("8月1日，市政府从知情人士处获悉，" + BODY, None, [], None),  # no outlet
    # part A4 (hm-66..hm-75)
    ("原标题：“两高”联合发布环境污染犯罪司法解释北京日报客户端 | 记者 高健在首个全国生态日即将到来之际，最高人民法院、最高人民检察院联合发布解释。" + BODY,
     "北京日报客户端", ["高健"], None),
    (LONG + "法官提醒，通过“借名”等行为耍小聪明以期逃避执行终将受到法律的严惩。 (张波)编辑：李小环返回搜狐，查看更多责任编辑：",
     None, ["张波"], "李小环"),
    ("市长 （张三）表示，" + BODY, None, [], None),  # a name in a sentence, spaces or not
    # part A5 (hm-76..hm-85)
    ("原标题：桃江县马迹塘镇：爱心义剪进家中 便民服务暖民心为群众爱心义剪。汪艳/摄为群众测量血压。汪艳/摄红网时刻益阳8月18日讯（通讯员 张子奇 张欣）为弘扬敬老、爱老、助老的传统美德。"
     + LONG + "来源：时刻新闻作者：张子奇 张欣 编辑：岳敬然 本文链接：https://yiyang.rednet.cn/content/646742/52/12966893.html返回搜狐，查看更多责任编辑：",
     "时刻新闻", ["汪艳", "张子奇", "张欣"], "岳敬然"),
    (LONG + "书写中国式现代化的娄葑图景之“苏安答卷”。通讯员 张婷 扬子晚报/紫牛新闻记者 张添翼校对 李海慧返回搜狐，查看更多责任编辑：",
     "扬子晚报", ["张婷", "张添翼"], None),
    (LONG + "从而良性推动贵州剧本娱乐行业的蓬勃发展。文、图/贵州日报天眼新闻记者 赵相康视觉/陈江南编辑/陈江南二审/舒畅三审/黄蔚返回搜狐，查看更多责任编辑：",
     "贵州日报天眼新闻", ["赵相康"], "陈江南"),
    # part A6 (hm-86, hm-87)
    ("诸暨市中心医院因重复收费等造成医保基金损失被处罚款……澎湃新闻8月9日在浙江省政务服务网行政处罚结果信息公开页面看到，近一个月内，该省多家公立医院被处罚。" + BODY,
     "澎湃新闻", [], None),
    ("市政府在会上发现，" + BODY, None, [], None),  # no outlet finding anything
    # not credits: a section marker, a cited outlet, an outlet's reporter with a verb after it
    ("要闻■要闻 今天" + BODY, None, [], None),
    ("据新华社记者从当地获悉，" + BODY, None, [], None),
    ("澎湃新闻记者从当地获悉，" + BODY, "澎湃新闻", [], None),
    (BODY + "（央视新闻报道截图）" + BODY, None, [], None),
    (LONG + "（新华社记者摄）", None, [], None),
]

HK_BODY = "立法會今日開會，議員就房屋政策提出質詢。"
FOOTER = "\n\n---\n\n請加入成為眾新聞的月費訂戶，長期支持我們的工作。\n"
HK_CASES = [
    # the outlet's own reporter at work, a graphic it made: no footer needed
    ("# 議員促政府增撥資源\n\n" + HK_BODY + "眾新聞記者訪問兩名議員，了解他們的看法。\n\n議員表示支持。\n", "众新闻", []),
    ("# 議員促政府增撥資源\n\n" + HK_BODY + "\n\n<figure>\n<img src=\"x.jpg\" alt=\"\">\n<figcaption>眾新聞製圖</figcaption>\n</figure>\n\n議員表示支持。\n",
     "众新闻", []),
    # photo credits in captions, after a slash too
    ("# 議員促政府增撥資源\n\n<figure>\n<img src=\"x.jpg\" alt=\"\">\n<figcaption>議員會見傳媒。資料圖片／陳大文攝</figcaption>\n</figure>\n\n" + HK_BODY + "\n",
     None, ["陈大文"]),
    # the author's box after the subscription footer; a desk in it is no name
    ("# 風災過後\n\n" + HK_BODY + FOOTER + "\n---\n\n**博客 | 李小明**\n\n【李小明・晴朗】電台節目主持。\n", "众新闻", ["李小明"]),
    ("# 風災過後\n\n" + HK_BODY + FOOTER + "\n---\n\n**主筆 | 陳大文**\n\n資深新聞工作者。\n", "众新闻", ["陈大文"]),
    ("# 裁決之後\n\n" + HK_BODY + FOOTER + "\n---\n\n**博客 | 特約轉載**\n", "众新闻", []),
    ("# 點睇今次選舉\n\n" + HK_BODY + "\n\n---\n\n**博客 | 陳小明**\n\n【陳小明・網誌】喜歡行山與攝影。\n", None, ["陈小明"]),
]


@pytest.mark.parametrize(("text", "source", "reporters", "editor"), CASES)
def test_holdout_layouts(text, source, reporters, editor):
    m = normalize(text).meta
    assert (m.source, list(m.reporters), m.editor) == (source, reporters, editor)


@pytest.mark.parametrize(("text", "source", "reporters"), HK_CASES)
def test_hong_kong_layouts(text, source, reporters):
    m = normalize(text).meta
    assert (m.source, list(m.reporters)) == (source, reporters)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("贾启龙暴雨之后，位于低洼的", "贾启龙"),  # the tagger's person name
        ("许宏远军民同心，其利断金", "许宏远"),  # a surname and the given name it cuts off
        ("王芳在会上表示", "王芳"),
        ("从当地获悉", None),  # a preposition, not a surname
        ("于近日召开", None),
        ("许多人参加", None),
        ("高度重视", None),
        ("马鹏飞", None),  # nothing glued after it: not this function's case
        ("高健在首个全国生态日", "高健"),  # the tagger cuts 高 / 健在: the name ends before the preposition
        ("李强对此表示", "李强"),
        ("全市已经完成", None),  # a word, not a surname cut from its name
    ],
)
def test_name_glued_at(text, name):
    assert name_glued_at(text, 0) == name


def test_spans_of_new_layouts_map_to_the_original():
    text = "夜探洪涝灾区新华社记者贾启龙暴雨之后，" + LONG + "（新华社石家庄8月4日电）"
    doc = normalize(text)
    removed = "".join(text[r.start : r.end] for r in doc.removed)
    assert "贾启龙" in removed and "新华社石家庄8月4日电" in removed


@pytest.mark.parametrize(
    "unit",
    [
        "■周  韵  ",
        "■王立新  许宏伟",
        "（新华社石家庄8月4日电）",
        "作者｜罗聪冉来源｜",
        "来源 | 参考消息编辑 | ",
        "。(光明日报)  ",
        "博客 | 李小明\n",
        "新华社记者贾启龙",
        "众新闻制图 ",
        "众新闻记者访问",
        "资料图片／王芳摄",
        "【环球网报道 见习记者 ",
        "【新华社微特稿】",
        "海峡导报驻台记者 薛洋 ",
        "早报讯 （记者苏玮杰 通讯员黄雅滨尤慷临）",
        "！正义之声网讯 ",
        "→   中原网讯（记者 谷长乐）",
        " 乐居财经 严明会 ",
        "【此文系转载，来源于安徽纪检监察网】",
        "责编：樱桃本文由盖饭娱乐原创，",
        "【来源：常州发布】",
        "。纪玉/文 ",
        "【大河财立方 记者 王宁宁 深圳报道】",
        "来源：湖南天气爆料、",
        "，澎湃新闻从知情人士处获悉",
        "北京日报客户端 | 记者 高健在",
        "。 (张波)编辑：李小环",
        "。汪艳/摄",
        "……澎湃新闻8月9日在政务网看到，",
        "张婷 扬子晚报/紫牛新闻记者 张添翼",
        "记者 赵相康视觉/陈江南编辑/",
    ],
)
def test_new_layouts_are_linear_on_hostile_input(unit):
    assert growth(lambda t: find_meta(t), unit, 20_000) < LINEAR_BOUND


_PIECES = ["■", "□", "  ", "周", "韵", "王立新", "许宏伟", "官兵", "解放军报", "记者", "特约通讯员", "新华社", "石家庄",
           "8月4日电", "（", "）", "(", ")", "【", "】", "报道", "微特稿", "｜", " | ", "作者", "来源", "编辑", "博客",
           "\n", "。", "，", "制图", "众新闻", "访问", "摄", "／", "据", "从当地获悉", "驻台", "讯", "！", "→",
           "乐居财经", "8月2日", "转载，来源于", "本文由", "原创", "黄雅滨尤慷临", "/文", "发布", "爆料", "获悉", "从"]
_SHAPED_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff]{1,8}")


@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
@example("记者｜博客记者（8月2日")  # a desk word where the byline expects a name (gave the reporter 博客)
@example("周博客摄")
@settings(max_examples=300, deadline=None)
def test_fields_keep_their_shape_on_any_mix_of_the_new_pieces(text):
    meta, spans = find_meta(text)
    assert all(0 <= s <= e <= len(text) for s, e, _ in spans)
    if meta.source is not None:
        assert 2 <= len(meta.source) <= 16 and not re.search(r"[\s，。！？：｜|]", meta.source), meta.source
    for name in meta.reporters:
        assert _SHAPED_NAME.fullmatch(name), name
        assert not re.search("记者|通讯员|编辑|来源|摄|博客", name), name
