"""Person names at a known position: right after a title, before a title, in a list.

A name is never guessed from its characters alone: the caller has a context
(a title chain just before it, a post or 同志 just after it) and asks where
the name ends.  The surname list (``models/surnames.txt``) and the words that
follow names in news (``出席``, ``表示``, ``、``) decide between 2, 3 and 4
characters; minority names carry ``·`` (``叶尔夏提·吐尔逊拜``).

>>> name_after("市委书记王忠昆在铁东区调研", 4)
7
>>> name_after("副市长孙继伟主持。", 3)
6
>>> name_after("海晏县政府副县长李彬主持仪式", 8)
10
>>> name_after("州长叶尔夏提·吐尔逊拜出席会议", 2)
11
"""

from __future__ import annotations

import re

from ..meta import name_lexicons

HAN_RE = re.compile(r"[\u4e00-\u9fff]")
# the name dot and the look-alikes news sites type for it (杰夫•莫雷尔, 蔡英文‧)
DOTS = "·•‧・"
_MINORITY = re.compile(r"[\u4e00-\u9fff]{1,10}(?:[·•‧・][\u4e00-\u9fff]{1,10})+")

# Words that follow a name in news: verbs of attending, speaking, acting;
# conjunctions and the case markers of a list.
FOLLOWERS = (
    "出席",
    "主持",
    "表示",
    "介绍",
    "指出",
    "强调",
    "宣布",
    "致辞",
    "讲话",
    "通报",
    "透露",
    "接受",
    "参加",
    "会见",
    "调研",
    "来到",
    "深入",
    "察看",
    "查看",
    "要求",
    "带队",
    "率队",
    "陪同",
    "认为",
    "告诉",
    "回答",
    "提出",
    "希望",
    "一行",
    "同志",
    "等人",
    "现场",
    "分别",
    "先后",
    "一同",
    "亲自",
    "首先",
    "随后",
    "坦言",
    "代表",
    "宣读",
    "部署",
    "总结",
    "发表",
    "签署",
    "颁发",
    "主动",
    "当选",
    "担任",
    "出任",
    "调任",
    "升任",
    "曾任",
    "曾长",
    "跨省",
    "受到",
    "利用",
    "作为",
    "在任",
    "已任",
    "就任",
    "任职",
    "伪造",
    "虚报",
    "贪污",
    "通过",
    "带领",
    "率领",
    "共同",
    "汇报",
    "近日",
    "昨日",
    "今日",
    "日前",
    "昨天",
    "今天",
    "当天",
    "当日",
    "上午",
    "下午",
    "再次",
    "专门",
    "多次",
    "随即",
    "立即",
    "对此",
    "一起",
    "亲切",
    "应邀",
    "专程",
    "出面",
    "书记",
    "市长",
    "县长",
    "区长",
    "主任",
    "局长",
    "部长",
    "总书记",
    "高瞻",
    "履新",
    # verbs and adverbs that open the predicate after a name in meeting and
    # inspection reports (温助民迅速组织…, 史志军围绕…作了汇报, 李四前往…)
    "迅速",
    "围绕",
    "前往",
    "赶赴",
    "看望",
    "慰问",
    "检查",
    "督导",
    "视察",
    "考察",
    "莅临",
    "实地",
    "听取",
    "召开",
    "组织",
    "会同",
    "批示",
    "致信",
    "紧急",
    "带头",
    "率先",
    "第一时间",
    "详细",
    "认真",
    "针对",
    "指导",
    "走访",
    "调度",
    "巡查",
    "寄语",
    "发言",
    "作出",
    "作了",
    "积极",
    "始终",
    "一直",
    "正在",
    "建议",
    "提议",
    "证实",
    "特意",
    "却",
    "公开",
    "此前",
    "早前",
    "最近",
    "先生",
    "女士",
    "谈",
    # the speech verbs of officials.py that were missing (蔡骅解释：…)
    "谈到",
    "解释",
    "回应",
    "呼吁",
    "直言",
    "补充",
    "质疑",
    "批评",
    "反驳",
    "重申",
    "否认",
    "承认",
    "还要求",
    "说",
    "在",
    "等",
    "与",
    "及",
    "对",
    "向",
    "就",
    "也",
    "还",
    "都",
    "已",
    "曾",
    "将",
    "则",
    "的",
    "是",
    "称",
    "介",
    "答",
    "率",
    "被",
    "和",
    "为",
    "到",
    "以",
    "从",
)
_FOLLOW_BY_LEN = tuple(
    (n, frozenset(w for w in FOLLOWERS if len(w) == n)) for n in sorted({len(w) for w in FOLLOWERS}, reverse=True)
)
# Single followers that also occur as the last character of given names
# (王为, 李和): they end a 2-char name only, never cut a 3-char one short.
_WEAK_SINGLE = frozenset("和为到以从介率")
# Two-character strings after a post that are words, not names.
NOT_NAMES = frozenset(
    (
        "期间",
        "职务",
        "一职",
        "身份",
        "岗位",
        "人选",
        "同志",
        "一行",
        "等人",
        "现场",
        "们",
        "本人",
        "以上",
        "以下",
        "助理",
        "任期",
        "职责",
        "信箱",
        "热线",
        "接待",
        "办公",
        "工作",
        "讲话",
        "会议",
        "名单",
        "制度",
        "队伍",
        "班子",
        "单位",
        "部门",
        "主持",
        "出席",
        "表示",
        "介绍",
        "时任",
        "原任",
        "带领",
        "亲自",
        "高度",
        # words opening the predicate after 总书记/主席/书记 whose first char
        # is also a surname (重, 严, 常, 全, 明): 总书记重要讲话, 书记严肃指出
        "重要",
        "殷切",
        "严肃",
        "严格",
        "常态",
        "全体",
        "全面",
        "明确",
        "充分",
        "和",
        "等",
        "与",
    )
)
# Last characters of body names, never of a person name found leftwards.
ORG_END = frozenset("委部局府厅办处院会组队所站区县市省州镇乡村街道司署团校室社协盟旗阁")
_NON_NAME_CHARS = frozenset("的了是在和与及对向将被把让给请由据于并也还就又而或等为从到至着说称们这那其该每各个")
# Function-word characters that also open given names (程向民, 刘和平, 李为民,
# 张于洋, 王至诚, 孙其华, 陈由之, 赵从文): allowed there in a 3-char name that a
# follower word closes.
_GIVEN_FIRST_OK = frozenset("向和为于至其由从")


def is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def follower_at(text: str, i: int) -> int:
    """Length of the follower word at ``i`` (0 if none)."""
    for n, words in _FOLLOW_BY_LEN:
        if text[i : i + n] in words:
            return n
    return 0


def _clean_end(text: str, i: int, *, strong: bool = True) -> bool:
    """Can a name end at ``i``: end of text, a non-Han char, or a follower word."""
    if i >= len(text) or not is_han(text[i]):
        return True
    n = follower_at(text, i)
    if not n:
        return False
    return strong or n > 1 or text[i] not in _WEAK_SINGLE


def _plausible(name: str) -> bool:
    # 黄山市市长…: a place before a post is no name
    return name not in NOT_NAMES and not any(ch in _NON_NAME_CHARS for ch in name) and name[-1] not in _PLACE_LAST


_PLACE_LAST = frozenset("省市县区州镇乡村局厅委队部办处组院所站团府署司")  # (闯入总统车队)


def plausible(name: str) -> bool:
    """Could ``name`` (a list item, a subject) be a person's name by its characters?"""
    return _plausible(name) and name[-1] not in ORG_END


def name_after(text: str, s: int, *, strict: bool = False) -> int | None:
    """End of the person name starting at ``s`` (after a title), or None.

    ``strict`` (weak posts, list members) also requires a clean right boundary
    for 3-character names and a known surname.
    """
    if s >= len(text) or not is_han(text[s]):
        return None
    if follower_at(text, s) or text[s] in _NON_NAME_CHARS:
        # 行政长官曾荫权昨日, 副县长于有斌致辞: a surname that is also a
        # function word (曾, 于, 向, 将 …) opens a name only where the tagger
        # reads one (not 书记曾多次表示, 局长于近日表示)
        if strict or follower_at(text, s) > 1 or text[s] not in name_lexicons()[0]:
            return None
        e = _name_after(text[:s] + "王" + text[s + 1 :], s)
        return e if e is not None and e - s in (2, 3) and tagged_name(text, s, e) else None
    return _name_after(text, s, strict=strict)


def _name_after(text: str, s: int, *, strict: bool = False) -> int | None:
    m = _MINORITY.match(text, s)
    if m:
        dot = min(i for i in (text.find(d, s, m.end()) for d in DOTS) if i >= 0)
        # 杲云分别前往众安·美丰大楼: a verb before the dot, or a building
        # after it, is no minority name (叶尔夏提·吐尔逊拜)
        if dot - s <= 7 and not any(follower_at(text, i) > 1 for i in range(s, dot)):
            e = _minority_end(text, s, m.end())
            return None if text[e - 1] in _NOT_NAME_LAST else e
    if not strict:
        e = _foreign_end(text, s)
        if e is not None and e - s - text.count("-", s, e) >= 4:
            return e  # 俄罗斯总统梅德韦杰夫当天…, not 梅德韦
    single, double, _, _ = name_lexicons()
    surname = 2 if text[s : s + 2] in double else 1 if text[s] in single else 0
    if surname and is_honorific(text, s, surname):
        return None
    lengths = (surname + 1, surname + 2) if surname else ()
    for n in lengths:
        e = s + n
        if e > len(text) or not all(is_han(c) for c in text[s:e]):
            break
        if not _plausible(text[s:e]):
            # 区委书记程向民主持: a function-word char opening the given name
            # (向, 和, 为 …) is allowed in a 3-char name with a follower after it
            if (
                strict
                or text[s + surname] not in _GIVEN_FIRST_OK
                or not _plausible(text[s : s + surname] + text[s + surname + 1 : e])
            ):
                break
            if n == lengths[1] and _clean_end(text, e):
                return e
            if n == lengths[0]:
                continue
            break
        # 2-char names end at a follower; 3-char names at any clean boundary
        if (
            n == lengths[0]
            and e < len(text)
            and is_han(text[e])
            and not _clean_end(text, e, strong=False)
            and text[e] not in _NON_NAME_CHARS  # 张三到…: no name holds 到, so it ends here
        ):
            continue
        if n == lengths[0] or _clean_end(text, e):
            return e
    if surname and text[s + surname + 1 : s + surname + 2] == "和" and s + surname + 2 <= len(text):
        return s + surname + 1  # 李明和镇长张华: 和 joins two people
    e = s + surname + 3
    if surname == 1 and e < len(text) and text[e] in "、等" and all(is_han(c) for c in text[s:e]):
        # a 4-char name closing a list item: Vietnamese 裴氏明怀、阮唯玉…
        if _plausible(text[s:e]) and not follower_at(text, e - 1):
            return e
    if surname and not strict:
        # no boundary after it: a 3-char name only if the article repeats it
        e = s + surname + 2
        cand = text[s:e]
        if e <= len(text) and all(is_han(c) for c in cand) and _plausible(cand):
            if text.count(cand) > 1 or tagged_name(text, s, e):
                return e
    if not strict:
        e = _foreign_end(text, s)
        if e is not None:
            return e
        # a married woman's name in Hong Kong: her husband's surname before
        # her own (葉劉淑儀, 禁毒專員余呂杏茜。)
        e = s + 4
        if (
            surname == 1
            and text[s + 1 : s + 2] in single
            and e <= len(text)
            and all(is_han(c) for c in text[s:e])
            and _plausible(text[s:e])
            and (e == len(text) or not is_han(text[e]) or follower_at(text, e) > 1)
        ):
            return e
        # names outside the surname list (Tibetan, Mongolian: 尕玛才仁, 罗布次仁)
        # need a verb of the news after them, or a comma closing the list item
        for n in (4,) if surname else (2, 3, 4):
            e = s + n
            cand = text[s:e]
            if e <= len(text) and all(is_han(c) for c in cand) and _plausible(cand) and cand[-1] not in ORG_END:
                if e < len(text) and (follower_at(text, e) > 1 or (n < 4 and text[e] in "，、")):
                    return e
    return None


# Syllable characters of Xinhua's transliteration tables for foreign personal
# names (新华社译名室《世界人名翻译大辞典》 syllable table, common rows), without
# the ones that are also everyday words in government news (于, 可, 文, 明 …).
TRANSLIT = frozenset(
    "阿埃艾安昂奥巴拜班邦鲍贝本比彼毕宾波伯博布查察达黛戴丹德登迪蒂杜顿多厄恩尔法菲费芬弗福"
    "盖甘冈戈格根古圭哈海汉豪赫亨胡华怀霍基吉加贾杰捷卡凯坎康考柯科克肯库夸奎昆拉莱赖兰朗劳"
    "勒雷蕾黎里丽利莉列林琳卢鲁伦罗洛马玛迈麦曼梅门蒙米莫默姆穆纳娜奈瑙内尼妮涅纽努诺欧帕潘"
    "庞佩彭皮珀普齐奇恰乔切琼丘萨塞赛桑瑟森沙莎舍什施斯松苏索塔泰坦汤特提图托瓦旺威韦维温沃"
    "乌伍西希锡夏谢辛休雅亚耶伊尤约泽扎詹兹佐济茨绍思夫娃娅契吕卜久"
)


def _foreign_end(text: str, s: int) -> int | None:
    """End of a transliterated foreign name after a post (伊朗外长阿拉格齐今天…,
    葡萄牙议长阿吉亚尔-布兰科, 以色列防长卡茨5日称): a run of transliteration
    characters, parts joined by - or ·, of 3+ characters or 2 closed by a non-Han
    character."""
    e = s
    n = 0
    while e < len(text):
        if text[e] in TRANSLIT:
            e += 1
            n += 1
        elif text[e] in "-" + DOTS and e > s and e + 1 < len(text) and text[e + 1] in TRANSLIT:
            e += 1
        else:
            break
    if n > 3 and follower_at(text, e - 1) > 1:
        e, n = e - 1, n - 1  # 梅德韦杰夫特意…: 特意 is no part of the name
    if n >= 3 and n <= 10 or n == 2 and (e == len(text) or not is_han(text[e])):
        return e
    return None


def _minority_end(text: str, s: int, e: int) -> int:
    """Cut a greedy ``X·Y`` match before the verb, post or date glued to its last part."""
    from .titles import lexicon

    dot = max(text.rfind(d, s, e) for d in DOTS)
    post = lexicon().pattern.search(text, dot + 2, e)
    for i in range(dot + 2, e):
        if follower_at(text, i) > 1 or (follower_at(text, i) and i - dot > 2) or text.startswith(_GLUED, i):
            return i
        if post is not None and i == post.start():
            return i
    return e


# Last characters of buildings, places and bodies written with a dot
# (洛克·荣府大楼, 众安·美丰大楼): never of a minority or foreign name.
_NOT_NAME_LAST = frozenset("楼厦馆园店场苑城港湾府路街") | ORG_END

# Words glued after a name that are not part of it: 当天, 同名…, honorifics.
_GLUED = ("当天", "当日", "同名", "昨天", "今天", "日前", "此前")
_HONORIFICS = ("女士", "小姐", "先生", "老师", "师傅", "阿姨", "大爷", "总", "某", "老", "姓")


def is_honorific(text: str, s: int, surname: int) -> bool:
    """``陈女士``, ``方总``, ``祝某某`` name nobody: the given name is missing."""
    return text.startswith(_HONORIFICS, s + surname)


def tagged_name(text: str, s: int, e: int) -> bool:
    """Does jieba's tagger read ``text[s:e]`` as one person-name token?

    A weak, local signal: only a few characters around the span are tagged
    (rjieba, ~4M chars/s), and only where the surrounding rules are unsure.
    """
    tag = _token_tag(text, s, e)
    return tag is not None and tag.startswith("nr")


def tagged_word(text: str, s: int, e: int) -> bool:
    """Does jieba read ``text[s:e]`` as one dictionary word that is no name
    (``纪检`` j, ``卫生`` n), as opposed to a name (nr) or an unknown token (x)?"""
    tag = _token_tag(text, s, e)
    return tag is not None and not tag.startswith("nr") and tag != "x"


def _token_tag(text: str, s: int, e: int) -> str | None:
    """The tag of the token that is exactly ``text[s:e]``, tagging a few characters around it."""
    try:
        import rjieba
    except ImportError:  # pragma: no cover - rjieba is a dependency
        return None
    ws = max(0, s - 4)
    pos = ws
    for word, tag in rjieba.tag(text[ws : min(len(text), e + 4)]):
        if pos == s:
            return tag if pos + len(word) == e else None
        pos += len(word)
        if pos > s:
            return None
    return None
    ws = max(0, s - 4)
    pos = ws
    for word, tag in rjieba.tag(text[ws : min(len(text), e + 4)]):
        if pos == s:
            return pos + len(word) == e and not tag.startswith("nr") and tag != "x"
        pos += len(word)
        if pos > s:
            return False
    return False


def name_before(text: str, e: int) -> int | None:
    """Start of a name ending at ``e`` (before a post, 同志 or a bracket), or None.

    Used where the left edge has no boundary (``贯彻习近平总书记``): the last
    2-3 Han characters whose first is a surname, preferring 3; a 2-character
    name needs a boundary before it.
    """
    single, double, _, _ = name_lexicons()
    for n in (3, 2, 4):
        s = e - n
        if s < 0:
            continue
        cand = text[s:e]
        if not all(is_han(c) for c in cand) or not _plausible(cand) or cand[-1] in ORG_END:
            continue
        if n == 4 and cand[:2] not in double:
            continue
        if n < 4 and cand[0] not in single and cand[:2] not in double:
            continue
        if n == 2 and s > 0 and is_han(text[s - 1]) and text[s - 1] not in _NON_NAME_CHARS:
            continue
        return s
    return None


_SPEECH_AFTER_NAME = re.compile(r"(?:说|表示|认为|指出|强调|介绍|透露|坦言|称|告诉|建议|解释|回忆|笑言|直言)")


def speech_names(text: str) -> list[tuple[int, int]]:
    """Names confirmed by a speech verb alone (``叶老桂认为``), for recall on
    people without a title; officials never rest on this signal alone."""
    out = []
    for m in _SPEECH_AFTER_NAME.finditer(text):
        e = m.start()
        s = name_before(text, e)
        if s is None:
            continue
        if (s == 0 or not is_han(text[s - 1]) or text[s - 1] in _NON_NAME_CHARS) or tagged_name(text, s, e):
            out.append((s, e))
    return out
