"""Meta layouts of round 6, each with exact expected values.

Real sentences are quoted from the copyable sets only: corpus/holdout_meta_r6.jsonl
part A (odd ids; part B is scored, never looked into) and the in-sample sets of
rounds 3-5 (corpus/holdout_meta*.jsonl); the rest are written here in the same layouts.
"""

from __future__ import annotations

import re

import pytest

from civicextract.extractors.meta import find_meta
from civicextract.extractors.meta.found import FROM_BYLINE, FROM_DATELINE, FROM_LABEL, Found
from civicextract.extractors.meta.headers import repeated_headline_end
from civicextract.extractors.meta.lazy import LazyPattern

BODY = "近日，市民政局主动为困难家庭申请办理低保，发放资金物资合计23520元。"
LONG = BODY * 8  # past the header zone: what follows is a footer
SOHU = "返回搜狐，查看更多责任编辑："

# (text, source, reporters, editor)
CASES = [
    # m6-15: a name in no surname list among listed ones in a dateline's bracket
    ("中新网西安8月14日电 (阿琳娜 季晓宇 樊星辉)记者14日从西安市公安局获悉，西安警方近日在全市积极开展打击倒卖售卖景区门票专项行动。",
     "中新网", ["阿琳娜", "季晓宇", "樊星辉"], None),
    # ... one listed name is too few to vouch for the other
    ("中新网西安8月14日电 (阿琳娜 季晓宇)记者14日从西安市公安局获悉，西安警方近日在全市积极开展专项行动。",
     "中新网", [], None),
    # m6-27: a headline printed twice, the repeat glued to an unlisted outlet's 讯
    ("原标题：朱洪武走访慰问驻永部队官兵和军休干部共叙军民鱼水深情共促军地融合发展朱洪武走访慰问驻永部队官兵和军休干部"
     "今日永州讯“八一”建军节即将来临之际，7月27日下午，市委书记朱洪武前往市军休所、永州军分区开展走访慰问。",
     "今日永州", [], None),
    # m5-31: the repeat without the headline's space, glued to the writer's name before the lead
    ("原标题：“网红”游戏主播办活动 纽约上千人聚集引骚乱“网红”游戏主播办活动纽约上千人聚集引骚乱刘曦美国“网红”游戏主播凯·塞纳特4日发起“送礼物”活动。"
     + BODY, None, ["刘曦"], None),
    # ... a headline printed once gives no name
    ("原标题：纽约上千人聚集引骚乱刘曦美国“网红”游戏主播凯·塞纳特4日发起“送礼物”活动。" + BODY, None, [], None),
    # m6-33: a TV story's camera credit glued after its reporter's
    (LONG + "市林业局主要负责人表示，希望通过此次活动能带动更多的民资参与。记者：关秀同摄像：陈佳阳" + SOHU, None, ["关秀同", "陈佳阳"], None),
    # m6-25: an unlisted outlet holding a listed one, glued to the headline before its 讯
    ("原标题：山西广灵县医疗集团志愿者到蕉山乡卫生院开展急救知识培训焦点新闻电视网山西讯（通讯员 霍飞飞）为全面提升卫生院的整体综合素质和应急能力。",
     "焦点新闻电视网", ["霍飞飞"], None),
    # m5-50: the group credited for its reporter yields to the app closing the story
    (LONG + "流量4000立方米/秒。（总台记者 张艺馨）（央视新闻客户端）", "央视新闻客户端", ["张艺馨"], None),
    # ... and is the source where nothing else is named
    (LONG + "流量4000立方米/秒。（总台记者 张艺馨）", "总台", ["张艺馨"], None),
    # m5-40: a photo caption's bracketed 来源： just before the dateline credits the photo
    ("李沧区劳模工匠宣讲团交流基地揭牌仪式在第五热力公司举行。(来源：青岛能源热电集团有限公司)信网8月11日讯（通讯员 董明泽 记者 王晨瑜）"
     "为充分发挥劳模工匠的示范带动作用，大力弘扬劳模精神。", "信网", ["董明泽", "王晨瑜"], None),
    # ... a header's 来源： line still wins over a syndicated dateline
    ("来源：中国新闻网\n中新社北京8月1日电（记者 王芳）" + BODY, "中国新闻网", ["王芳"], None),
    # m5-13: the writer after a 讯 with no bracket
    ("解放军报讯 牟妮卡报道：为进一步畅通部队官兵反映问题线索渠道，充分发挥军事检察公益诉讼职能作用。", "解放军报", ["牟妮卡"], None),
    # m5-26: the account asking to be followed
    ("原标题：凤冈一男子入户盗窃获刑5年3个月点击上面“凤冈家乡通”关注我们 ！免费发布或查看更多更全分类信息君子爱财，取之有道。" + BODY,
     "凤冈家乡通", [], None),
    # hm-30: the desk's outlet glued to the editor's credit is no reporter
    ("原标题：中芯国际产能利用率回升 二季度资本开支环比大增每经记者：朱成祥 每经编辑：陈俊杰8月10日晚间，中芯国际公布二季度业绩。",
     None, ["朱成祥"], "陈俊杰"),
    # ... a name in the surname list glued to 编辑 stays a reporter
    (LONG + "记者 王芳 李强编辑 赵刚", None, ["王芳", "李强"], "赵刚"),
    # after part B was scored (in-sample since): an outlet set apart by a space in a closing credit's bracket
    (LONG + "断电的484台区、16157户全部恢复供电。（科技日报 记者 杨 仑）", "科技日报", ["杨仑"], None),
    # ... a closing credit before the page's copyright notice
    (LONG + "人们对30年期购房贷款不会感到压力。（海外网 侯兴川）海外网版权作品，未经授权不得转载。", "海外网", ["侯兴川"], None),
    # ... the site compiling a data page says so
    (LONG + "以上内容由证券之星根据公开信息整理，由算法生成，与本站立场无关。", "证券之星", [], None),
    # ... a bracket in a sentence is no credit
    (LONG + "该局（海外网 侯兴川）版权作品很多。", None, [], None),
    # a 来源： value that ran into the lead's 近年来
    ("来源：人民网－江西频道近年来，靖安县持续开办暑期公益课堂。" + BODY, "人民网－江西频道", [], None),
]


@pytest.mark.parametrize(("text", "source", "reporters", "editor"), CASES)
def test_round6_layouts(text: str, source: str | None, reporters: list[str], editor: str | None) -> None:
    meta, _ = find_meta(text)
    assert (meta.source, list(meta.reporters), meta.editor) == (source, reporters, editor)


def test_repeated_headline_end() -> None:
    text = "原标题：纽约上千人聚集引骚乱 警方出动纽约上千人聚集引骚乱警方出动刘曦美国"
    assert text[repeated_headline_end(text) :] == "刘曦美国"
    # a subtitle the repeat leaves out
    text = "原标题：市委书记走访慰问驻军官兵共叙鱼水深情市委书记走访慰问驻军官兵今日永州讯"
    assert text[repeated_headline_end(text) :] == "今日永州讯"
    assert repeated_headline_end("原标题：市委书记走访慰问驻军官兵\n今天上午，市委书记走访慰问驻军官兵。") is None
    assert repeated_headline_end("原标题：短标题") is None


def test_the_group_yields_only_to_a_channel_ranked_as_high() -> None:
    f = Found()
    f.source("总台", FROM_BYLINE, 10)
    f.source("央视新闻客户端", FROM_BYLINE, 90)
    assert f.meta().source == "央视新闻客户端"
    g = Found()
    g.source("总台", FROM_BYLINE, 10)
    g.source("某某日报", FROM_BYLINE + 1, 90)  # a self-mention ranks below the group's credit
    assert g.meta().source == "总台"


def test_decided_ignores_the_group() -> None:
    f = Found()
    f.source("总台", FROM_DATELINE, 0)
    assert f.has_source(FROM_BYLINE) and not f.decided(FROM_BYLINE)
    f.source("中新网", FROM_LABEL, 5)
    assert f.decided(FROM_BYLINE)


def test_lazy_pattern_matches_as_the_compiled_one() -> None:
    src, flags = r"(?P<n>[\u4e00-\u9fff]{2,3})摄", re.MULTILINE
    lazy, compiled = LazyPattern(src, flags), re.compile(src, flags)
    assert not isinstance(lazy.match, type(compiled.match))  # nothing compiled yet
    text = "（张伟摄）\n李军广摄 会议现场"
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)] == [(1, 4), (6, 10)]
    assert isinstance(lazy.search, type(compiled.search))  # the pattern's own methods now
    assert lazy.search(text, 2).group("n") == "李军广"
    assert lazy.sub("", text) == compiled.sub("", text)
    assert (lazy.pattern, lazy.flags) == (src, flags)


# Run in a fresh interpreter: which meta module globals are stand-ins, and which of them
# are compiled, after the import and after one article with a byline.
_STAND_INS = r"""
import json, sys
from civicextract.extractors.meta import find_meta
from civicextract.extractors.meta.lazy import LazyPattern
mods = [sys.modules["civicextract.extractors.meta." + m] for m in ("bylines", "datelines", "footers", "headers", "roles", "brackets", "glued", "credits")]
def state():
    return {m.__name__ + "." + k: "match" in vars(v) for m in mods for k, v in vars(m).items() if isinstance(v, LazyPattern)}
imported = state()
find_meta(sys.argv[1])
print(json.dumps([imported, state()]))
"""


def test_lazy_patterns_compile_at_first_use_and_stay_in_place() -> None:
    """Importing the package compiles no stand-in (the import-time saving); using one
    compiles it in place: the module global is still the stand-in (mypyc's typed globals
    would refuse a rebinding), now holding the compiled pattern's own methods."""
    import json
    import subprocess
    import sys

    text = "本报讯（记者 王建国 通讯员 李小红）昨天，市政府召开新闻发布会。"
    out = subprocess.run([sys.executable, "-c", _STAND_INS, text], capture_output=True, text=True, check=True).stdout
    imported, used = json.loads(out)
    assert len(imported) > 100 and imported.keys() == used.keys()
    assert not any(imported.values())  # nothing compiled at import
    assert used["civicextract.extractors.meta.roles.BYLINE"]  # compiled by the article's byline…
    assert 0 < sum(used.values()) < len(used)  # …and only the patterns the article needed
    assert find_meta(text)[0].reporters == ("王建国", "李小红")
