"""Programmes (issue 5): case tables from the seed and dev articles, in both scripts, and properties.

Each ``Case`` is a real sentence (or the whole seed article) with the records
expected from it: ``names`` must all be found (with the aliases and components
given), ``absent`` must never be a programme name.  Traditional variants use
「」 quotes as the Hong Kong and Taiwan sources do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from civicextract import Pipeline
from civicextract.document import normalize
from civicextract.extractors.programs import extractor as programs
from civicextract.extractors.programs.lexicon import lexicon
from civicextract.normalize.convert import convert_char
from civicextract.normalize.markup import strip_markup
from civicextract.normalize.pinyin import remove_pinyin_notes
from civicextract.normalize.widths import normalize_widths

from .strategies import article_texts


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    names: tuple[str, ...] = ()
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    components: dict[str, tuple[str, ...]] = field(default_factory=dict)
    absent: tuple[str, ...] = ()


FIVE_DING = ("定领导", "定部门", "定任务", "定进度", "定责任")

CASES = [
    # --- seed (Meishan interview) ---
    Case("seed-three-years", "眉山强力实施“三年行动”的最后一年。", ("三年行动",)),
    Case("seed-three-years-t", "眉山強力實施「三年行動」的最後一年。", ("三年行动",)),
    Case(
        "seed-five-ding",
        "按照“定领导、定部门、定任务、定进度、定责任”的“五定”要求，坚持“问题清单制”+“整改销号制”。",
        ("五定", "问题清单制", "整改销号制"),
        components={"五定": FIVE_DING},
        absent=("定领导、定部门、定任务、定进度、定责任",),
    ),
    Case(
        "seed-five-ding-t",
        "按照「定領導、定部門、定任務、定進度、定責任」的「五定」要求，堅持「問題清單制」+「整改銷號制」。",
        ("五定", "问题清单制", "整改销号制"),
        components={"五定": FIVE_DING},
    ),
    Case(
        "seed-10+5",
        "开展了集贸市场及周边环境整治、文明养宠等“10+5”专项集中整治攻坚行动。",
        ("10+5专项集中整治攻坚行动",),
        components={"10+5专项集中整治攻坚行动": ("集贸市场及周边环境整治", "文明养宠")},
    ),
    Case(
        "seed-10+5-t",
        "開展了集貿市場及周邊環境整治、文明養寵等「10+5」專項集中整治攻堅行動。",
        ("10+5专项集中整治攻坚行动",),
        components={"10+5专项集中整治攻坚行动": ("集贸市场及周边环境整治", "文明养宠")},
    ),
    Case(
        "seed-listed-slogans",
        "集中开展集贸市场及周边环境整治、文明养宠、牛皮癣治理、门前五包和院内四自等重点整治攻坚行动。",
        ("门前五包", "院内四自"),
        absent=("重点整治攻坚行动", "专项整治行动"),
    ),
    Case(
        "seed-not-programmes",
        "市容市貌换“新颜”、更“养眼”。坚决向困难“开战”，向顽疾“亮剑”。坚决把创建工作作为党政“一把手”工程。"
        "市委、市政府明确提出了“全力奋战三个月 确保夺取文明冠”的目标。我们将持续推进专项整治行动。",
        (),
        absent=(
            "新颜",
            "养眼",
            "开战",
            "亮剑",
            "一把手",
            "一把手工程",
            "全力奋战三个月 确保夺取文明冠",
            "专项整治行动",
        ),
    ),
    Case(
        "seed-not-programmes-t",
        "市容市貌換「新顏」、更「養眼」。堅決向困難「開戰」，向頑疾「亮劍」。堅決把創建工作作為黨政「一把手」工程。",
        (),
        absent=("新颜", "养眼", "开战", "亮剑", "一把手", "一把手工程"),
    ),
    # --- dev articles ---
    Case(
        "a007-chuangwen-gongwei",
        "以常态化创建全国文明城市、巩固国家卫生城市成果为牵引，形成全民参与常态化“创文巩卫”工作的良好局面。",
        ("创文巩卫",),
        aliases={"创文巩卫": ("创建全国文明城市、巩固国家卫生城市成果",)},
    ),
    Case(
        "a007-whistle-t",
        "健全街道社區「吹哨報到」機制，引導臨街單位做好「門前三包」。",
        ("吹哨报到机制", "门前三包"),
    ),
    Case(
        "a091-seven-projects",
        "长沙将重点实施“七大工程”，包括：研发企业（中心）集聚工程、战略平台支撑工程和创新环境优化工程。",
        ("七大工程", "研发企业（中心）集聚工程", "战略平台支撑工程", "创新环境优化工程"),
        components={"七大工程": ("研发企业（中心）集聚工程", "战略平台支撑工程", "创新环境优化工程")},
    ),
    Case(
        "a016-five-ones",
        "本次活动采取了“五个一”的宣传形式，即印发一批宣传材料、印制一批宣传横幅、开通一条投诉热线。",
        ("五个一",),
        components={"五个一": ("印发一批宣传材料", "印制一批宣传横幅", "开通一条投诉热线")},
    ),
    Case(
        "a043-hundred-days-t",
        "結合「三湘護農」專項行動，市縣一體開展監督「百日行動」。",
        ("三湘护农专项行动", "监督百日行动"),
    ),
    Case("a016-road-chief", "同时运用好路长制管理机制，大力推进河湖长制建设。", ("路长制管理机制", "河湖长制")),
    Case(
        "a137-national",
        "打赢脱贫攻坚战，实施乡村振兴战略。",
        ("脱贫攻坚战", "乡村振兴战略"),
    ),
    Case(
        "a137-works-t",
        "隨着成昆鐵路複線、沿江高速、樂西高速等一批鐵路和高速公路的持續推進。",
        ("成昆铁路复线", "沿江高速", "乐西高速"),
    ),
    Case("a076-plan-title", "推动制定《乡镇卫生院院长作风监督工作方案》。", ("乡镇卫生院院长作风监督工作方案",)),
    Case(
        "a065-core-alias",
        "这是该县推进“三湘护农”工作的一个缩影。自“三湘护农”专项行动启动以来，新田县纪委监委坚持问题导向。",
        ("三湘护农专项行动",),
        aliases={"三湘护农专项行动": ("三湘护农",)},
    ),
    Case(
        "a012-abbreviation",
        "积极推进2023年疏解整治促提升施工围挡治理工作。施工单位多次表达了对“疏整促”专项行动的支持。",
        ("疏解整治促提升",),
        aliases={"疏解整治促提升": ("疏整促专项行动", "疏整促")},
    ),
    Case(
        "a116-quoted-list",
        "“查找身边安全隐患”、烟花爆竹“打非治违”、货运企业“三上门两加强”行动和防溺水等工作取得积极成效。",
        ("查找身边安全隐患", "烟花爆竹打非治违", "货运企业三上门两加强行动"),
    ),
    Case(
        "a103-seen-not-named",
        "街道坚持既抓“面子”、也抓“里子”，高标准实施中心城区“绣花式微更新”。",
        ("绣花式微更新",),
        absent=("面子", "里子"),
    ),
    Case(
        "a116-inword-stop",
        "南昌、赣江新区、九江三地联席会议及南昌都市圈县区结对机制常态化运行。",
        ("南昌都市圈县区结对机制",),
    ),
    Case(
        "money-not-name",
        "预留12亿元扩建孵化园计划，资金来自财政。",
        ("扩建孵化园计划",),
    ),
    Case(
        "ascii-quotes",
        '全市"双创"工作，按照"五定"要求，坚决向困难"开战"。',
        ("双创", "五定"),
        absent=("开战",),
    ),
    Case(
        "generic-work",
        "东城区加快老旧小区改造，开展专项整治行动，新项目开工活动现场气氛热烈。",
        (),
        absent=("老旧小区改造", "专项整治行动", "新项目", "开工活动"),
    ),
    # --- unseen spot-check set (corpus/unseen_check.jsonl): error classes fixed there ---
    Case(
        "u03-verb-before-name",
        "期间，蒋涤非还到永顺县灵溪镇金星村，调研生活垃圾焚烧发电项目情况。",
        # the rule finder proposes 生活垃圾焚烧发电项目 (without the verb; test_programs_scorer.py),
        # and the scorer drops it as a generic description of a kind of project
        absent=("调研生活垃圾焚烧发电项目", "生活垃圾焚烧发电项目"),
    ),
    # round 2: verbs before a programme word, the class seen held out in fit (synthetic sentences)
    Case(
        "r2-verb-before-strategy",
        "我市主动融入长江经济带发展战略，第一时间启动应急响应行动。",
        ("长江经济带发展战略", "应急响应行动"),
        absent=("主动融入长江经济带发展战略", "融入长江经济带发展战略", "第一时间启动应急响应行动"),
    ),
    Case(
        "r2-verb-before-project",
        "指挥部现场办公解决项目工程难题，推动城乡供水一体化工程建设。",
        ("城乡供水一体化工程",),
        absent=("现场办公解决项目工程", "解决项目工程"),
    ),
    Case(
        "r2-signed-generic-projects",
        "今年以来，全县新签约招商引资项目12个，总投资35亿元。",
        absent=("全县新签约招商引资项目", "新签约招商引资项目", "招商引资项目"),
    ),
    Case(
        "r2-categories-are-not-names",
        "全省组建22支省级医疗应急队伍，涵盖“紧急医学救援类”“突发中毒救治类”等类别。",
        absent=("紧急医学救援类", "突发中毒救治类"),
    ),
    Case(
        "u22-verb-before-name",
        "毫不放松抓好粮食生产，实施好新一轮千亿斤粮食产能提升行动，高水平保障粮食等重要农产品稳定安全供给。",
        ("新一轮千亿斤粮食产能提升行动",),
        absent=("好新一轮千亿斤粮食产能提升行动",),
    ),
    Case(
        "u22-verb-before-name-t",
        "毫不放鬆抓好糧食生產，實施好新一輪千億斤糧食產能提升行動，高水平保障糧食等重要農產品穩定安全供給。",
        ("新一轮千亿斤粮食产能提升行动",),
        absent=("好新一轮千亿斤粮食产能提升行动",),
    ),
    Case(
        "u18-u16-generic-mechanisms",
        "该市采用政企合作模式，引进邵东籍教授杨海东回乡。整合全市公共技术服务平台资源，建立长效协同创新合作机制。"
        "在拉动消费的同时，建立了规范、有序、公平的市场运行机制。",
        absent=("市采用政企合作模式", "政企合作模式", "长效协同创新合作机制", "市场运行机制"),
    ),
    Case(
        "u18-u16-generic-mechanisms-t",
        "該市採用政企合作模式，引進邵東籍教授楊海東回鄉。整合全市公共技術服務平臺資源，建立長效協同創新合作機制。"
        "在拉動消費的同時，建立了規範、有序、公平的市場運行機制。",
        absent=("市采用政企合作模式", "政企合作模式", "长效协同创新合作机制", "市场运行机制"),
    ),
    Case(
        "u17-named-mechanism-stays",
        "在衡阳市、湘潭市等地也布局建设省级紧急医学救援队伍，并建立突发事件紧急医学救援联片指导机制。",
        ("突发事件紧急医学救援联片指导机制",),
    ),
    Case(
        "u31-u33-events",
        "8月14日，市总工会举行百家非公企业工会工作示范点参观见学及经验交流活动。"
        "吕志成实地查看了大会接待组织、静态展示区布置、安保指挥准备、航空主题嘉年华活动筹备等情况。",
        absent=("经验交流活动", "航空主题嘉年华活动"),
    ),
    Case(
        "u08-u12-not-heads",
        "全省新增30个省级工业互联网平台，其中3家企业完成平台建设全部计划投资。"
        "如今，中科云谷的平台已连接全球150多万台套工程机械、数亿个传感器。"
        "中国铁建重工集团等7家企业获批创建世界一流专精特新示范企业。",
        absent=("平台建设全部计划", "连接全球150多万台套工程", "7家企业获批创建"),
    ),
    Case(
        "u30-quoted-nouns",
        "推进“家门口”就业服务站、“15分钟”就业服务圈建设。加强“双师型”教师培养和师德师风建设。",
        absent=("家门口", "15分钟", "双师型"),
    ),
    Case(
        "u30-quoted-nouns-t",
        "推進「家門口」就業服務站、「15分鐘」就業服務圈建設。加強「雙師型」教師培養和師德師風建設。",
        absent=("家门口", "15分钟", "双师型"),
    ),
    Case(
        "u28-u29-quoted-not-slogans",
        "全力破解“三大结构两大难题”，坚决打赢污染防治攻坚战。持续巩固“锰三角”、溶洞垃圾污染治理等成果。"
        "持续实施长江“十年禁渔”，保护好“千年鸟道”。“三公”经费持续压减。",
        ("污染防治攻坚战", "长江十年禁渔"),
        absent=("三大结构两大难题", "锰三角", "千年鸟道", "三公"),
    ),
    Case(
        "u20-same-ending-one-record",
        "南水北调东线一期工程2025—2026年度全线调水工作正式启动。东线一期工程正式通水以来，已顺利完成12个年度调水任务。",
        ("南水北调东线一期工程",),
        absent=("东线一期工程",),
    ),
    Case(
        "u20-same-ending-one-record-t",
        "南水北調東線一期工程2025—2026年度全線調水工作正式啓動。東線一期工程正式通水以來，已順利完成12個年度調水任務。",
        ("南水北调东线一期工程",),
        absent=("东线一期工程",),
    ),
    Case(
        "u07-numbered-set-after-quoted-list",
        "近年来，茶陵县实施“旅游项目建设、市场主体培育、旅游营销推广、旅游产品供给、文旅消费创优”等五大行动。",
        ("五大行动",),
        components={"五大行动": ("旅游项目建设", "市场主体培育", "旅游营销推广", "旅游产品供给", "文旅消费创优")},
    ),
    Case(
        "u07-numbered-set-after-quoted-list-t",
        "近年來，茶陵縣實施「旅遊項目建設、市場主體培育、旅遊營銷推廣、旅遊產品供給、文旅消費創優」等五大行動。",
        ("五大行动",),
        components={"五大行动": ("旅游项目建设", "市场主体培育", "旅游营销推广", "旅游产品供给", "文旅消费创优")},
    ),
    Case(
        "u21-components-after-a-quote",
        "实现空气质量、水环境质量、城乡人居环境“三个明显改善”和重污染天气、劣Ⅴ类断面、城市黑臭水体“三个基本消除”。",
        ("三个明显改善", "三个基本消除"),
        components={"三个基本消除": ("重污染天气", "劣Ⅴ类断面", "城市黑臭水体")},
    ),
    Case(
        "u29-adjacent-quoted-list-is-another-name",
        "先后部署推进“三大支撑、八项重点”“发展六仗”“八大行动”“七大攻坚”，以重点突破带动了整体跃升。",
        ("发展六仗", "八大行动", "七大攻坚"),
        components={"发展六仗": ()},
    ),
    Case(
        "u38-quoted-name-strike-campaign",
        "自“平安夏日”打击整治行动开展以来滕州警方围绕破案攻坚严打具有夏季治安特点的违法犯罪活动",
        ("平安夏日打击整治行动",),
    ),
    Case(
        "u09-plan-title-with-period",
        "《关于加快充电基础设施建设促进新能源汽车消费的实施方案（2023—2025年）》正式印发。",
        ("加快充电基础设施建设促进新能源汽车消费的实施方案",),
    ),
    Case(
        "u42-quoted-name-complete",
        "真如镇街道负责人全面回顾了2022年“桥计划”综合服务项目实施过程及目标绩效，重点介绍了2023年“桥计划”实施项目愿景、路径载体。",
        ("桥计划",),
        absent=("桥计划实施项目",),
    ),
    Case(
        "u42-quoted-name-complete-t",
        "真如鎮街道負責人全面回顧了2022年「橋計劃」綜合服務項目實施過程及目標績效，重點介紹了2023年「橋計劃」實施項目願景、路徑載體。",
        ("桥计划",),
        absent=("桥计划实施项目",),
    ),
    Case(
        "u48-u47-u43-events",
        "共青团四平市委组织青年志愿者代表前往抚顺市，开展“传承雷锋精神 凝聚志愿力量”寻访雷锋足迹主题活动。"
        "玉成社区在玉成家园一期广场开展“全民健身 你我同行”主题观影公益展映活动。宝兴也将开展系列科学考察活动。",
        absent=("寻访雷锋足迹主题活动", "主题观影公益展映活动", "系列科学考察活动"),
    ),
    Case(
        "u41-organisation-before-quote",
        "洛阳两级检察机关围绕河南省委“十大战略”、洛阳市委“三项重点工作”，以“强监督、提质效”为工作主题。",
        ("十大战略", "三项重点工作"),
        absent=("洛阳市委三项重点工作",),
    ),
    Case(
        "u46-not-namely",
        "市绿化管理指导站启动“绿影发现家”活动即日起到10月15日市民可通过打卡指定的口袋公园、绿道和古树点位完成探秘任务。"
        "一起成为城市绿化的守护者吧活动详情来源：上海虹口",
        ("绿影发现家活动",),
        components={"绿影发现家活动": ()},
        absent=("守护者吧活动",),
    ),
    Case(
        "u49-u51-u54-verbs-and-continuations",
        "开工建设绵遂资内铁路（遂内段）、南三高速、攀西特高压交流工程等项目。谋划储备、洽谈招引、转化落地、育优做强、纾困解难、投建运营一批项目。"
        "加强战略性矿产资源勘探开发和战略物资储备保障。强化国有企业履行战略使命评价。",
        ("南三高速", "攀西特高压交流工程"),
        absent=("开工建设绵遂资内铁路（遂内段）", "投建运营一批项目", "战略性矿产资源勘探开发和战略", "强化国有企业履行战略"),
    ),
    Case(
        "u50-long-quoted-name-before-noun",
        "持续开展“创投天府·周周见”投资路演活动，提高全社会研发投入。完善人才培养与经济社会发展需要适配机制。",
        ("创投天府·周周见",),
        absent=("人才培养与经济社会发展需要适配机制",),
    ),
    Case(
        "u50-long-quoted-name-before-noun-t",
        "持續開展「創投天府·周周見」投資路演活動，提高全社會研發投入。完善人才培養與經濟社會發展需要適配機制。",
        ("创投天府·周周见",),
        absent=("人才培养与经济社会发展需要适配机制",),
    ),
    Case(
        "u49-quoted-region",
        "推动成渝世界级机场群、宜西攀高铁、“三江”流域水风光一体化清洁能源基地、四川盆地大中型灌区等“十大工程”纳入国家规划。",
        ("十大工程",),
        absent=("三江",),
    ),
    Case(
        "u63-u64-battles-and-spans",
        "今年96岁的志愿军老战士游于禄向同学们讲述抗美援朝战争的峥嵘往事，他曾荣立淮海战役二等功、上海战役二等功。"
        "该连续梁受力结构复杂，是全线的重难点控制工程项目。",
        absent=("他曾荣立淮海战役", "淮海战役", "重难点控制工程项目"),
    ),
    Case(
        "u62-national-campaign",
        "按照区大兴调查研究工作要求，为进一步解决辖区内居民急难愁盼问题，金山公安分局第一时间安排部署。",
        ("大兴调查研究",),
    ),
    Case(
        "u62-national-campaign-t",
        "按照區大興調查研究工作要求，爲進一步解決轄區內居民急難愁盼問題，金山公安分局第一時間安排部署。",
        ("大兴调查研究",),
    ),
    Case(
        "u61-components-without-verb",
        "聚焦高层次人才“一类人群”，关注人才引进、留用“两个环节”，发挥事业单位公开招聘、聘用管理、岗位设置管理“三项制度”作用。",
        components={"两个环节": ("人才引进", "留用"), "三项制度": ("事业单位公开招聘", "聘用管理", "岗位设置管理")},
    ),
    Case(
        "short-for",
        "实施城市更新行动三年计划（以下简称“三年计划”），三年计划完成后再评估。",
        ("城市更新行动三年计划",),
        aliases={"城市更新行动三年计划": ("三年计划",)},
    ),
]

PIPELINE = Pipeline(kinds=("programs",))


def _programs(text: str) -> dict:
    return {p.name: p for p in PIPELINE.extract(text).programs}


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_case(case: Case):
    found = _programs(case.text)
    for name in case.names:
        assert name in found, f"{name} not among {sorted(found)}"
    for name, aliases in case.aliases.items():
        assert set(aliases) <= set(found[name].aliases), found[name].aliases
    for name, comps in case.components.items():
        assert found[name].components == comps
    for name in case.absent:
        assert name not in found, f"{name} taken for a programme"


def test_seed_article(seed_text):
    found = _programs(seed_text)
    expected = {
        "双创",
        "三年行动",
        "五定",
        "问题清单制",
        "整改销号制",
        "10+5专项集中整治攻坚行动",
        "门前五包",
        "院内四自",
    }
    assert expected <= set(found)
    assert found["双创"].aliases == ("全国文明城市、国家卫生城市创建",)
    assert found["五定"].components == FIVE_DING
    assert len(found["双创"].mentions) >= 17  # every “雙創”, and the full name once
    assert len(found["五定"].mentions) == 2
    for bad in ("新颜", "养眼", "开战", "亮剑", "一把手", "全力奋战三个月 确保夺取文明冠"):
        assert bad not in found


def test_one_record_per_programme(dev_articles):
    for aid, text in dev_articles.items():
        names = [p.name for p in PIPELINE.extract(text, id=aid).programs]
        assert len(names) == len(set(names)), aid


_QUOTES = re.compile(r"[“”‘’「」\"]")


def _clean(s: str) -> str:
    s, _ = strip_markup(s)
    s, _ = remove_pinyin_notes(s)
    # char by char: a short slice is too little text for the script detector
    s = "".join(convert_char(c) for c in normalize_widths(s))
    return _QUOTES.sub("", s)


def _assert_mentions_valid(text: str) -> None:
    for p in PIPELINE.extract(text).programs:
        forms = {p.name, *p.aliases}
        assert p.mentions, p
        for s, e in p.mentions:
            assert 0 <= s < e <= len(text)
            assert _clean(text[s:e]) in forms, (text[s:e], forms)


def test_mentions_valid_on_dev(dev_articles, seed_text):
    for text in [seed_text, *dev_articles.values()]:
        _assert_mentions_valid(text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article_texts)
def test_never_raises_and_mentions_valid(text):
    # the inner function: extract() turns any error into [], which would hide a bug here
    programs._extract(normalize(text).text, lexicon())
    _assert_mentions_valid(text)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="“”‘’「」、，。等的和行动工程项目计划机制制五三双创10+（）《》方案 \n", max_size=80))
@example("三三三三（‘）行动")  # a name once kept a stray quote mark
def test_never_raises_on_punctuation_soup(text):
    programs._extract(normalize(text).text, lexicon())
    _assert_mentions_valid(text)
