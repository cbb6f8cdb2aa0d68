"""Officials: do the rules hold when what they should not depend on changes?

    PYTHONPATH=src .venv/bin/python benchmarks/officials_perturb.py [--seeds 3] [--show 20]

Takes the gold officials of the copyable articles (``corpus/dev.jsonl``,
``corpus/fit.jsonl``) whose name stands right after its gold title chain, and
varies one thing at a time, predicting the change exactly:

* ``name``   every mention of the name becomes a random plausible name
  (common, rare and compound surnames; 1- and 2-char given names, some of
  whose characters are also everyday words), ``李部长`` references too;
* ``post``   the title chain before the first mention becomes another public
  post of any level and system (村党支部书记, 县人大常委会副主任, 派出所所长 …);
* ``both``   name and post together;
* ``after``  ``<chain><name>`` -> ``<name>（<chain>）``;
* ``space``  ``<chain> <name>``;
* ``trad``   the whole article in Traditional script (with the new name).

A case passes when the new name is an official of the perturbed article and
no name of the article appears or disappears otherwise (the original's other
officials stay).  Only officials the original article yields are varied (a
miss there is a recall bug of its own, counted apart).  Random choices are
seeded, so the figures are repeatable.  Also:

* ``postW``  the title becomes a post of a wider list (审计署审计长, 驻上海总领事,
  市长助理, 市气象台台长, 战区司令 …): is the open class in models/posts.txt?
* ``predA`` / ``predB`` the predicate after the first mention (up to the
  clause's end) becomes another one (冒雨察看汛情, 作表态发言 …).  The rules were
  developed against set A only; set B is the held-out check.

Run of round 2 (officials2 branch, 3 seeds; ``name`` etc. 372 cases, ``after``
342, ``pred*`` 261), before -> after the branch:

    name   0.957 -> 0.992     postW  0.758 -> 0.987     predA  0.851 -> 0.973
    post   1.000 -> 1.000     both   0.960 -> 0.995     predB  0.843 -> 0.939
    after  0.930 -> 0.982     space  0.895 -> 1.000     trad   0.957 -> 0.992
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from pathlib import Path

import opencc

from civicextract.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
_S2T = opencc.OpenCC("s2t")

# Given-name characters: common ones, and ones that are also everyday words
# of government news (建 国 华 明 成 新 发 作 长 会 进 和 平 安 东 文 …), which
# is where boundaries break.
GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰萍红鹏辉建国峰琳婷宇浩凯健俊帆"
    "文斌志宏晨阳林海波亮飞鑫彬丹雪梅燕云龙成新东兴发作长会进和安春秋光庆德福荣胜利"
    "学思远航清正中立民生全金银山水田永继承先军卫忠义仁智信诚育培佳欣怡雨露晓"
)
# Function-word characters that open given names (程向民, 刘和平, 李为民, 孙其华):
# only ever the first of two given characters here, as in real names.
GIVEN_FIRST = "向和为于至其由从以"
POSTS = (
    "区委书记",
    "市场监管局局长",
    "镇党委副书记",
    "村党支部书记",
    "街道办事处主任",
    "县人大常委会副主任",
    "市政协副主席",
    "派出所所长",
    "县纪委书记、县监委主任",
    "省委常委、组织部部长",
    "市委常委、常务副市长",
    "县委副书记、县长",
    "副区长",
    "市中级人民法院院长",
    "区人民检察院检察长",
    "市公安局副局长",
    "共青团县委书记",
    "县妇联主席",
    "社区居委会主任",
    "村委会主任",
    "乡长",
    "市发展改革委主任",
    "区住房和城乡建设局党组书记、局长",
    "省农业农村厅副厅长",
    "市生态环境局党组成员、副局长",
    "县应急管理局局长",
    "区教育局局长",
    "州人民政府副州长",
    "自治区党委常委、宣传部部长",
    "镇人大主席",
    "县委宣传部副部长",
    "市委政法委书记",
    "军分区司令员",
    "市水利局局长",
    "区卫生健康委主任",
    "县交通运输局党组书记、局长",
    "市文化和旅游局副局长",
    "街道党工委书记",
    "乡党委书记",
    "县政府办公室主任",
)
# What follows a name in news: the predicates of visits, meetings, speech
# and work (most are no follower word of names.py).  Split in two halves: the
# rules were developed against PREDICATES_A only, PREDICATES_B is the check.
PREDICATES_A = (
    "冒雨察看汛情",
    "主持召开专题会议",
    "一行到我县调研",
    "带队督导检查防汛工作",
    "深入企业走访",
    "实地察看项目进展",
    "调研指导工作",
    "看望慰问困难群众",
    "为新店揭牌",
    "对下一步工作提出要求",
    "代表县委县政府致辞",
    "作动员讲话",
    "宣布活动启动",
    "同企业代表座谈",
    "与群众交流",
    "听取工作汇报",
    "率队赴上海招商",
    "前往现场指挥",
    "逐一查看安置点",
    "仔细询问生产情况",
    "叮嘱大家注意安全",
    "勉励青年干部",
    "充分肯定了成绩",
    "作表态发言",
    "讲授专题党课",
    "顶着烈日巡河",
    "连夜赶赴灾区",
    "挂点联系该村",
    "约谈相关企业",
    "签发命令",
    "牵头成立专班",
    "把脉问诊",
    "踏勘选址",
    "督办重点案件",
)
PREDICATES_B = (
    "随机抽查餐饮店",
    "专题研究防汛工作",
    "通报有关情况",
    "点评各地工作",
    "解读政策",
    "答复代表建议",
    "作述职报告",
    "走访慰问老党员",
    "蹲点调研",
    "包保重点项目",
    "结对帮扶困难户",
    "召集相关部门开会",
    "责令限期整改",
    "现场办公",
    "暗访夜市",
    "详细了解进展",
    "高度评价这项工作",
    "向获奖者颁奖",
    "向记者介绍情况",
    "就此事回应",
    "带领党员志愿者清淤",
    "组织召开座谈会",
    "审议有关议题",
    "认领微心愿",
    "驻村帮扶三年",
    "多方协调资金",
    "第一时间赶到",
    "亲手种下树苗",
    "打开话匣子",
    "翻看台账",
    "拿起话筒",
    "坐下来听意见",
    "对此感到满意",
    "接过话题",
)
# Posts across every level and system the spec counts (recall by
# construction: is the open class in models/posts.txt?), other than POSTS
POSTS_WIDE = (
    "审计署审计长",
    "海关关长",
    "中国驻法国大使",
    "驻上海总领事",
    "市长助理",
    "市气象台台长",
    "省纪委监委驻省卫健委纪检监察组组长",
    "人武部政委",
    "县人武部部长",
    "消防救援支队支队长",
    "市税务局局长",
    "派出所教导员",
    "社区民警",
    "交警大队副大队长",
    "第一书记",
    "驻村工作队队长",
    "村民小组组长",
    "村监委会主任",
    "村妇联主席",
    "团县委副书记",
    "市妇联党组书记、主席",
    "县残联理事长",
    "区法院副院长",
    "市中院执行局局长",
    "县检察院第一检察部主任",
    "监狱长",
    "看守所所长",
    "某旅旅长",
    "某部营长",
    "海军某舰舰长",
    "战区司令",
    "市政府副秘书长",
    "县委办主任",
    "乡人大主席团主席",
    "街道人大工委主任",
    "政协委员",
    "全国人大代表",
    "市人大常委会委员",
    "里长",
    "立法会议员",
    "运输及物流局局长",
    "警务处处长",
    "法国总统",
    "日本首相",
    "区委宣传部副部长、区网信办主任",
    "市委巡察组组长",
    "督导组组长",
    "市纪委常委",
    "县委统战部部长",
    "县发改局党组书记、局长",
)
ADDRESS = ("书记", "市长", "县长", "区长", "局长", "主任", "部长", "镇长", "主席")


def load(name: str) -> dict:
    return {r["id"]: r for r in map(json.loads, (ROOT / "corpus" / name).read_text(encoding="utf-8").splitlines())}


def surnames() -> tuple[list[str], list[str]]:
    lines = [x.strip() for x in (ROOT / "models" / "surnames.txt").read_text(encoding="utf-8").splitlines()]
    lines = [x for x in lines if x and not x.startswith("#")]
    return [x for x in lines if len(x) == 1], [x for x in lines if len(x) == 2]


def random_name(rng: random.Random, text: str) -> str:
    single, double = surnames()
    while True:
        r = rng.random()
        sur = (
            rng.choice(single[:100])
            if r < 0.55
            else rng.choice(single[100:])
            if r < 0.85
            else rng.choice(double)
        )
        given = "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2, 2))))
        if len(given) == 2 and rng.random() < 0.1:
            given = rng.choice(GIVEN_FIRST) + given[1]
        name = sur + given
        if name not in text and len(name) >= 2:
            return name


def names(art) -> set[str]:
    return {o.name for o in art.officials}


def cases(ids_texts: dict, gold: dict):
    """(id, text, name, chain) for each gold official written right after its chain."""
    for aid, rec in ids_texts.items():
        text = rec["text"]
        for o in gold.get(aid, {}).get("officials", []):
            name = o["name"]
            if "·" in name or not o.get("titles"):
                continue
            chain = "、".join(o["titles"])
            if chain + name in text:
                yield aid, text, name, chain
            elif o["titles"][-1] + name in text:
                yield aid, text, name, o["titles"][-1]


def swap_name(text: str, old: str, new: str) -> str:
    text = text.replace(old, new)
    for p in ADDRESS:  # 李部长 -> 王部长 (the surname of the new name)
        text = re.sub(re.escape(old[0]) + "(副)?(" + p + ")", lambda m: new[0] + (m.group(1) or "") + m.group(2), text)
    return text


def run(seeds: int, show: int, rng_seed: int = 11) -> dict:
    pipe = Pipeline(kinds=("officials",))
    texts = {**load("dev.jsonl"), **load("fit.jsonl")}
    gold = {**load("dev.gold.jsonl"), **load("fit.gold.jsonl")}
    rng = random.Random(rng_seed)
    base = {}
    tally: Counter = Counter()
    fails: dict[str, list] = {}
    for aid, text, name, chain in cases(texts, gold):
        if aid not in base:
            base[aid] = names(pipe.extract(text))
        before = base[aid]
        if name not in before:
            tally["original-miss"] += 1
            continue
        for _ in range(seeds):
            new = random_name(rng, text)
            post = rng.choice(POSTS)
            wide = rng.choice(POSTS_WIDE)
            first = text.find(chain + name)
            ne = first + len(chain + name)
            ce = next((i for i in range(ne, min(len(text), ne + 40)) if text[i] in "，。；！？\n、（“"), None)
            variants = {
                "name": (swap_name(text, name, new), new),
                "post": (text[:first] + post + text[first + len(chain) :], name),
                "postW": (text[:first] + wide + text[first + len(chain) :], name),
                "both": (swap_name(text[:first] + post + text[first + len(chain) :], name, new), new),
                # (not before a list: 甲（主任）、乙、丙 leaves 乙 and 丙 untitled)
                "after": (text.replace(chain + name, name + "（" + chain + "）", 1), name)
                if text[first + len(chain + name) : first + len(chain + name) + 1] != "、"
                else None,
                # the predicate after the first mention, up to the clause's end
                "predA": None if ce is None or ce == ne else (text[:ne] + rng.choice(PREDICATES_A) + text[ce:], name),
                "predB": None if ce is None or ce == ne else (text[:ne] + rng.choice(PREDICATES_B) + text[ce:], name),
                "space": (text.replace(chain + name, chain + " " + name, 1), name),
                "trad": (_S2T.convert(swap_name(text, name, new)), new),
            }
            for kind, variant in variants.items():
                if variant is None:
                    continue
                vtext, want = variant
                got = names(pipe.extract(vtext))
                if kind == "trad":
                    got = {n for n in got}
                expect = (before - {name}) | {want}
                ok = want in got and got == expect
                tally[kind, "n"] += 1
                tally[kind, "ok"] += ok
                if not ok:
                    at = vtext.find(want)
                    ctx = vtext[max(0, at - 14) : at + len(want) + 8].replace("\n", "⏎")
                    fails.setdefault(kind, []).append((aid, want, sorted(got - expect), sorted(expect - got), ctx))
    out = {}
    for kind in ("name", "post", "postW", "both", "after", "predA", "predB", "space", "trad"):
        n, ok = tally[kind, "n"], tally[kind, "ok"]
        out[kind] = (ok, n)
        print(f"{kind:<6} {ok:4d}/{n:<4d} {ok / n if n else 0:6.3f}")
    print(f"original misses (not varied): {tally['original-miss']}")
    for kind, rows in fails.items():
        for row in rows[:show]:
            print(kind, *row)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--show", type=int, default=15)
    ap.add_argument("--rng", type=int, default=11, help="seed of the random choices (11: the figures above)")
    a = ap.parse_args()
    run(a.seeds, a.show, a.rng)


if __name__ == "__main__":
    main()
