"""Meta: headers, datelines, bylines, photo credits and footers, from real articles."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings

from civicextract.document import normalize
from civicextract.extractors.meta import BYLINE, PHOTO, byline_matches, is_outlet, is_person_name, photo_matches

from .conftest import CORPUS
from .strategies import article_texts

# (text, source, reporters, editor, what the body starts or ends with)
CASES = [
    pytest.param(
        "本报讯（全媒体首席记者 费文鹏）5日，市委书记王忠昆在铁东区调研",
        None,
        ["费文鹏"],
        None,
        "5日，市委书记",
        id="a007-benbao",
    ),
    pytest.param(
        "新京报讯（记者陈琳）7月24日，十六区“一把手”谈贯彻落实", "新京报", ["陈琳"], None, "7月24日", id="a015-xun"
    ),
    pytest.param(
        "新京報訊（記者陳琳）7月24日，十六區“一把手”談貫徹落實",
        "新京报",
        ["陈琳"],
        None,
        "7月24日",
        id="a015-traditional",
    ),
    pytest.param(
        "荆楚网（湖北日报网）讯（通讯员汪斯懿）8月4日，武汉经开区",
        "荆楚网",
        ["汪斯懿"],
        None,
        "8月4日",
        id="a016-bracket-outlet",
    ),
    pytest.param(
        "中新网拉萨8月3日电(记者 江飞波)《中国西藏新农村建设绿皮书》",
        "中新网",
        ["江飞波"],
        None,
        "《中国西藏",
        id="a035-dian",
    ),
    pytest.param(
        "中新网吉林8月16日电 (记者 苍雁 石洪宇)记者16日从吉林省舒兰市了解到",
        "中新网",
        ["苍雁", "石洪宇"],
        None,
        "记者16日",
        id="a098-rare-surname",
    ),
    pytest.param(
        "来源：人民网－青海频道人民网海晏8月4日电 (马可欣)8月3日，海晏绿色有机农畜产品",
        "人民网－青海频道",
        ["马可欣"],
        None,
        "8月3日",
        id="a040-header-dateline",
    ),
    pytest.param(
        "城管工作人员耐心地做工作。红网时刻新闻8月14日讯（通讯员 曾庆贵 记者 张兴诚）近日，邵东市",
        "红网时刻新闻",
        ["曾庆贵", "张兴诚"],
        None,
        "城管工作人员耐心地做工作。近日",
        id="a022-after-caption",
    ),
    pytest.param(
        "中央纪委国家监委网站讯 近日，山西省纪委监委公开曝光",
        "中央纪委国家监委网站",
        [],
        None,
        "近日",
        id="a036-wangzhan",
    ),
    pytest.param(
        "<p><strong>央视网消息</strong>（新闻联播）：记者近日从住房城乡建设部获悉",
        "央视网",
        [],
        None,
        "记者近日",
        id="a134-cctv",
    ),
    pytest.param(
        "极目新闻记者 刘俊华通讯员 周宜 王梦圆41辆新能源公交车投入运行",
        "极目新闻",
        ["刘俊华", "周宜", "王梦圆"],
        None,
        "41辆",
        id="a056-glued",
    ),
    pytest.param(
        "红网时刻新闻通讯员 何星辉 记者 王义正 新田县报道“要精准监督”",
        "红网时刻新闻",
        ["何星辉", "王义正"],
        None,
        "“要精准监督”",
        id="a065-place-baodao",
    ),
    pytest.param(
        "大众网记者 张艺馨 青岛报道为提升城市品质", "大众网", ["张艺馨"], None, "为提升城市品质", id="a103-qingdao"
    ),
    pytest.param(
        "四川在线记者 吴忧 摄影 华小峰8月15日，省政府新闻办",
        "四川在线",
        ["吴忧", "华小峰"],
        None,
        "8月15日",
        id="a087-sheying",
    ),
    pytest.param(
        "记者 赵波 8月10日上午，随着最后一方混凝土完成浇筑", None, ["赵波"], None, "8月10日上午", id="a013-bare-role"
    ),
    pytest.param(
        "8月18日，澎湃新闻记者从上海市静安区获悉，随着最后一户居民搬离",
        "澎湃新闻",
        [],
        None,
        "8月18日，澎湃新闻记者",
        id="a026-own-reporter",
    ),
    pytest.param(
        "努力打造生态优美的幸福河湖。大皖新闻记者 朱春友",
        "大皖新闻",
        ["朱春友"],
        None,
        "的幸福河湖。",
        id="a071-footer-byline",
    ),
    pytest.param(
        "保障大兴区施工围挡规范治理行动落到实处。文/北京青年报记者 李涛编辑/朱葳",
        "北京青年报",
        ["李涛"],
        "朱葳",
        "落到实处。",
        id="a012-wen-bianji",
    ),
    pytest.param(
        "让美丽乡村更宜居，居民生活更幸福。作者：马莉莎", None, ["马莉莎"], None, "更幸福。", id="a002-zuozhe"
    ),
    pytest.param(
        "市委副书记、市长吴贤哲致辞。李军广 摄延吉高新区生命健康产业园项目",
        None,
        ["李军广"],
        None,
        "市委副书记、市长吴贤哲致辞。延吉",
        id="a030-she",
    ),
    pytest.param(
        "覆盖党员120余人。(图/文 王琴 赖叙)多功能教室。",
        None,
        ["王琴", "赖叙"],
        None,
        "120余人。多功能教室。",
        id="a099-tuwen",
    ),
    pytest.param(
        "组织部部长赵小燕说。（新华每日电讯记者王阳）",
        "新华每日电讯",
        ["王阳"],
        None,
        "赵小燕说。",
        id="a094-closing-bracket",
    ),
    pytest.param(
        "为驻马店建设现代化区域中心城市贡献力量。责编:史健 | 审校:陈筱娟 | 审核:李震 | 监制:万军伟",
        None,
        [],
        "史健",
        "贡献力量。",
        id="a041-zebian",
    ),
    pytest.param(
        "都让老胡同居民的现代生活更加舒心。 编辑 樊一婧校对\xa0李立军",
        None,
        [],
        "樊一婧",
        "更加舒心。",
        id="a015-bianji-jiaodui",
    ),
    pytest.param(
        "出席封顶仪式。 新闻线索报料通道：应用市场下载“齐鲁壹点”APP，全省600位记者在线等你来报料！",
        "齐鲁壹点",
        [],
        None,
        "出席封顶仪式。",
        id="a013-tipline",
    ),
    pytest.param(
        "记者：李部长，您好！东坡区作为全市“双创”工作的主战场", None, [], None, "记者：李部长", id="seed-interview-turn"
    ),
    # forms not in the dev corpus, in the shapes the dev bylines take
    pytest.param("文/张三 图/李四\n正文。", None, ["张三", "李四"], None, "正文。", id="wen-tu-slash"),
    pytest.param(
        "本报记者 张三 通讯员 李四 王五\n正文。", None, ["张三", "李四", "王五"], None, "正文。", id="benbao-jizhe"
    ),
    pytest.param("正文。（记者 张三 实习生 李四）", None, ["张三", "李四"], None, "正文。", id="shixisheng"),
    pytest.param("特约记者 欧阳娜娜 报道\n正文。", None, ["欧阳娜娜"], None, "正文。", id="teyue-compound-surname"),
    pytest.param("正文。摄影：华小峰", None, ["华小峰"], None, "正文。", id="sheying-colon"),
    pytest.param(
        "据微信公众号“伊犁零距离”消息，6月28日，伊犁州召开1至6月经济调度会。",
        None,
        [],
        None,
        "据微信公众号",
        id="a055-cited",
    ),
]


@pytest.mark.parametrize("text, source, reporters, editor, body", CASES)
def test_meta_cases(text, source, reporters, editor, body):
    doc = normalize(text)
    assert doc.meta.source == source
    assert list(doc.meta.reporters) == reporters
    assert doc.meta.editor == editor
    assert doc.text.startswith(body) or doc.text.endswith(body), doc.text
    if "正文" in text:
        assert doc.text == "正文。"  # the whole byline went, role prefixes (特约, 本报) too


def test_seed_meta(seed_text):
    meta = normalize(seed_text).meta
    assert (meta.source, meta.published, meta.editor, meta.reporters, meta.title) == (
        "眉山网",
        "2020-08-04T10:25:28",
        "何海娟",
        ("余毅",),
        None,
    )


@pytest.mark.parametrize(
    "header, published",
    [
        ("更新時間:2020-08-04 10:25:28\n正文。", "2020-08-04T10:25:28"),
        ("发布时间：2023年8月4日 9:05\n正文。", "2023-08-04T09:05:00"),
        ("日期：2023/7/24\n正文。", "2023-07-24"),
    ],
    ids=["seed", "chinese-date", "date-only"],
)
def test_published_is_iso_8601(header, published):
    doc = normalize(header)
    assert doc.meta.published == published
    assert doc.text == "正文。"


def test_markdown_title():
    doc = normalize("# 2026年贵州省政府工作报告（节选）\n一、2025年和“十四五”时期工作回顾")
    assert doc.meta.title == "2026年贵州省政府工作报告（节选）"


@pytest.mark.parametrize(
    "name, ok",
    [
        ("余毅", True),
        ("费文鹏", True),
        ("欧阳娜娜", True),
        ("叶尔夏提·吐尔逊拜", True),
        ("青岛", False),
        ("报道", False),
        ("新田县报", False),
    ],
)
def test_is_person_name(name, ok):
    assert is_person_name(name) is ok


@pytest.mark.parametrize(
    "name, ok",
    [
        ("中新网", True),
        ("红网时刻新闻", True),
        ("中央纪委国家监委网站", True),
        ("中新网拉萨", False),
        ("新田县", False),
    ],
)
def test_is_outlet(name, ok):
    assert is_outlet(name) is ok


def test_meta_accuracy_on_dev_gold(dev_articles):
    """The scorer's meta figure (fields gold fills, published by date) on the copyable dev gold."""
    ok = n = 0
    misses = []
    for line in (CORPUS / "dev.gold.jsonl").read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        meta = normalize(dev_articles[gold["id"]]).meta
        for field in ("source", "published", "editor", "reporters"):
            want = gold["meta"].get(field)
            if not want:
                continue
            got = getattr(meta, field)
            got = list(got) if field == "reporters" else got
            if field == "published":
                want, got = str(want)[:10], str(got or "")[:10]
            n += 1
            ok += want == got
            if want != got:
                misses.append((gold["id"], field, want, got))
    assert ok / n >= 0.95, misses


@given(article_texts)
@settings(max_examples=300, deadline=None)
def test_anchored_byline_search_finds_what_a_full_scan_finds(text):
    from civicextract.normalize.convert import to_simplified

    text = to_simplified(text)[0]
    assert [m.span() for m in byline_matches(text)] == [m.span() for m in BYLINE.finditer(text)]
    assert [m.span() for m in photo_matches(text)] == [m.span() for m in PHOTO.finditer(text)]
