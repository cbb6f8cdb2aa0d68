"""Names written by transliteration or with a dot: where a foreign or minority name ends.

A transliterated name after a post (伊朗外长阿拉格齐今天…: ``foreign_end``), before a
foreign post (普京总统, 俄罗斯普京总统: ``foreign_before``), and the cut of a greedy
``X·Y`` match before the verb, post or date glued to its last part (``minority_end``).
Their character sets: Xinhua's transliteration syllables (``TRANSLIT``), the elements
of Tibetan names (``TIBETAN``).  Split out of ``names``, whose reader asks these
before it tries a surname-list name.
"""

from __future__ import annotations

from .edges import DOTS, follower_at, is_han, strong_end
from .states import state_before, states_pattern
from .tagging import dict_tags, is_common_word, opens_predicate

# Syllable characters of Xinhua's transliteration tables for foreign personal
# names (新华社译名室《世界人名翻译大辞典》 syllable table, common rows), without
# the ones that are also everyday words in government news (于, 可, 文, 明 …).
TRANSLIT = frozenset(
    "阿埃艾安昂奥巴拜班邦鲍贝本比彼毕宾波伯博布查察达黛戴丹德登迪蒂杜顿多厄恩尔法菲费芬弗福"
    "盖甘冈戈格根古圭哈海汉豪赫亨胡华怀霍基吉加贾杰捷卡凯坎康考柯科克肯库夸奎昆拉莱赖兰朗劳"
    "勒雷蕾黎里丽利莉列林琳卢鲁伦罗洛马玛迈麦曼梅门蒙米莫默姆穆纳娜奈瑙内尼妮涅纽努诺欧帕潘"
    "庞佩彭皮珀普齐奇恰乔切琼丘萨塞赛桑瑟森沙莎舍什施斯松苏索塔泰坦汤特提图托瓦旺威韦维温沃"
    "乌伍西希锡夏谢辛休雅亚耶伊尤约泽扎詹兹佐济茨绍思夫娃娅契吕卜久"
    "京龙连"  # (普京, 马克龙, 泽连斯基: heads of state the news names daily)
    # the table's rows for yang, khan, han (Mohammed), dun, long, ting, ten, chu, qin,
    # xin, zhuo, myan, bie (佩泽希齐扬, 伊姆兰·汗, 穆罕默德, 别尔德穆哈梅多夫)
    "扬汗罕敦隆廷滕楚琴欣卓缅别"
)
# The elements of Tibetan personal names as Chinese writes them (two of them make
# the usual 4-char name: 罗布顿珠, 洛桑江村, 格桑旺堆, 嘎玛泽登).  From the common
# Tibetan given names (Buddhist and weekday names) and their usual spellings;
# several open with a char of the surname list (罗, 格, 索, 白, 多), which cut
# such names to three characters.
TIBETAN = frozenset(
    """
    扎西 次仁 顿珠 罗布 达瓦 达娃 格桑 多吉 多杰 尼玛 旦增 丹增 央金 卓玛 拉姆 平措 洛桑 罗桑 索朗 索南
    强巴 白玛 白马 德吉 普布 边巴 米玛 巴桑 旺堆 加措 嘉措 江措 嘎玛 泽登 才仁 才让 尕玛 桑杰 曲珍 群培
    欧珠 益西 贡嘎 拉巴 仁青 仁增 仁钦 旺姆 次旦 次珠 次旺 次央 土登 坚参 坚赞 江村 赤列 赤烈 朗杰 其美
    琼达 阿旺 晋美 泽仁 措姆 德庆 斯朗 拉珍 卓嘎 桑珠 玉珍 边珍 洛珠 普琼 旦巴 丹巴 巴登 贡布 更登 根敦
    才旦 万玛 华旦 久美 吉美 格勒 格列 顿旦 索朗 旺加 旺久 卓嘎 央宗 曲扎 强久 扎巴 拉巴 多布 边多
    """.split()
)
# Syllables of Uyghur, Kazakh and Mongolian names as Chinese writes them that Xinhua's foreign
# table above lacks (买买提江, 阿依古丽, 吐尔洪, 热合曼, 玉素甫江, 阿不都, 其其格, 乌力吉, 宝音,
# 孜, 木 of 阿孜古丽, 其木格, 吾 of 吾斯曼): with TRANSLIT the characters an undotted minority
# name is built from (``minority_plain_end``).  (不 and 都 only inside 阿不都/阿不力, as
# ``_BOUND_SYLLABLES`` says.)
MINORITY = TRANSLIT | frozenset("买吐洪依热合甫玉素力其孜木吾尕则江宝音仁乃再肯托乎朝格")
# syllables that occur only bound to the one before them (阿不都热合曼, 阿不力孜): never a
# name's first or last character, nor standing after any other
_BOUND_SYLLABLES = {"不": "阿", "都": "不"}
# Posts of foreign governments a transliterated name stands before (普京总统)
FOREIGN_ADDRESS = frozenset(("总统", "首相", "总理", "外长", "防长", "议长", "国务卿"))
_STATE_JOINS = "的与和同及、对向给请"  # (转达对普京总统的问候)


def foreign_before(text: str, e: int) -> int | None:
    """Start of a transliterated name ending at ``e`` before a foreign post
    (``普京总统``, ``俄罗斯普京总统``, ``会见马克龙总统``): a run of
    transliteration characters, after a state's name, a join word or a non-Han
    character, of 2-6 characters."""
    s = e
    while s > 0 and e - s < 8 and text[s - 1] in TRANSLIT:
        s -= 1
    if e - s < 2:
        return None
    w = max(0, s - 4)
    st = state_before(text, e)
    if st and (len(st) > 1 or e - s < 3):
        return None  # 俄罗斯总统, 伊朗外长: the state, not a person (穆罕默|德总统: a one-char state ending a longer run is the name's)
    ends = [m.end() for m in states_pattern().finditer(text, w, e) if s < m.end() <= e - 2]
    if ends:
        s = max(ends)  # 俄罗斯|普京: the state's name is no part of the person's
    elif e - s < 3 and s > 0 and is_han(text[s - 1]) and text[s - 1] not in _STATE_JOINS and not state_before(text, s):
        return None  # two characters inside a word (…会见普京 is read by the longer runs)
    return s if 2 <= e - s <= 6 else None


def foreign_end(text: str, s: int) -> int | None:
    """End of a transliterated foreign name after a post (伊朗外长阿拉格齐今天…,
    葡萄牙议长阿吉亚尔-布兰科, 以色列防长卡茨5日称): a run of transliteration
    characters, parts joined by - or ·, of 3+ characters or 2 closed by a non-Han
    character."""
    if text[s : s + 1] not in TRANSLIT:
        return None  # (most names: no syllable of the table opens them, the run below is empty)
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
    if n >= 2 and text[e : e + 1] in REGNAL_NUMBERS and text[e + 1 : e + 2] == "世":
        return e + 2  # 汤加国王图普六世, 约旦国王阿卜杜拉二世: a monarch's regnal number is part of the name
    if n > 3 and (follower_at(text, e - 1) > 1 or text.startswith(GLUED, e - 1)):
        e, n = e - 1, n - 1  # 梅德韦杰夫特意…, 马里亚尔|本月初: 特意, 本月 are no part of the name
    elif n == 3 and e < len(text) and is_han(text[e]) and text[e - 1] in _VERB_OPENERS and opens_predicate(text, e - 1, verb=True):
        e, n = e - 1, n - 1  # 凯恩|提醒总统…: the last syllable opens the verb
    if n >= 3 and n <= 10 or n == 2 and (e == len(text) or not is_han(text[e])):
        return e
    if n == 2 and e == s + 2 and (
        strong_end(text, e) or opens_predicate(text, e, verb=True) or text[e : e + 1] in _JOINS
    ) and not is_common_word(text[s:e]):
        # 美国总统拜登|在…, 普京|说, 普京|有了: two syllables and a verb (not 拉美|之行, 安排|部署);
        # 俄罗斯总统普京|和白俄罗斯总统…, 德国总理默茨|同…: two syllables and a word joining the next person
        return e
    return None


# words joining a name to the next person's (普京和卢卡申科, 默茨同马克龙)
_JOINS = frozenset("和同与及跟")

# the numbers of a monarch's regnal name (查尔斯三世, 图普六世)
REGNAL_NUMBERS = frozenset("一二三四五六七八九十")

# transliteration syllables that also open common verbs of the news (提醒, 加强, 达成)
_VERB_OPENERS = frozenset("提加达")


def minority_end(text: str, s: int, e: int) -> int:
    """Cut a greedy ``X·Y`` match before the verb, post or date glued to its last part."""
    from .posts import lexicon

    if "之" in text[s:e]:
        kin = [k for k in (text.find(w, s, e) for w in _KIN) if k > s]
        if kin and any(text.find(d, s, min(kin)) >= 0 for d in DOTS):
            e = min(kin)  # 阿里·哈梅内伊之子穆杰塔巴·哈梅内伊: the father's name ends before 之子
    dot = max(text.rfind(d, s, e) for d in DOTS)
    r = dot + 1
    while r < e and text[r] in TRANSLIT:
        r += 1
    if r < e and r > dot + 1 and all(c in TRANSLIT or c in DOTS for c in text[s:dot]):
        # a transliterated name (托德·莱昂斯|必须…): its last part ends with its
        # syllables when a verb, a follower or no Han character comes next
        if not is_han(text[r]) or follower_at(text, r) or opens_predicate(text, r):
            e = r
    post = lexicon().pattern.search(text, dot + 2, e)
    for i in range(dot + 2, e):
        if text[i] in TRANSLIT and i + 1 < e and follower_at(text, i + 1) > 1:
            continue  # 艾买提|出席, not 艾买|提出: a syllable, then the follower that starts after it
        if follower_at(text, i) > 1 or (follower_at(text, i) and i - dot > 2) or text.startswith(GLUED, i):
            return i
        if i - dot > 2 and text[i] not in TRANSLIT and dict_tags(text[i : i + 2])[0] == (text[i : i + 2], "v"):
            return i  # 前总理他信·西那瓦|创立的…: a verb word, its first char no syllable, after the last part
        if post is not None and i == post.start():
            return i
    return e


# Words glued after a name that are not part of it: 当天, 同名…, honorifics.
GLUED = ("当天", "当日", "同名", "昨天", "今天", "日前", "此前", "上周", "本周", "上月", "本月", "近日", "今年", "去年")
# kinship after a name (阿里·哈梅内伊之子穆杰塔巴·哈梅内伊: the son is the next name)
_KIN = ("之子", "之女", "之妻", "之夫", "之父", "之母", "之兄", "之弟", "之孙")


# first letters of the tags of words that open no name (此后 t, 马上 d, 一起 m, 对于 p)
_FUNCTION_TAG_FIRST = frozenset("tdmpcrfu")


def minority_plain_end(text: str, s: int) -> int | None:
    """End of a minority name written without the dot right after a post (副县长阿依古丽主持会议,
    市长买买提江出席, 乡长阿不都热合曼带领…): a run of 3-6 characters of ``MINORITY``, at
    least one of them outside Xinhua's foreign table (a foreign name is ``foreign_end``'s), cut
    where the predicate opens (a follower of the news, punctuation or a verb word of the
    dictionary), its last character no one-char follower (阿依古丽|都参加); not a dictionary
    word nor a run opening with one (提出, 加强, 巴西访问)."""
    e = s
    while e < len(text) and e - s < 7 and (
        text[e] in MINORITY or text[e] in _BOUND_SYLLABLES and e > s and text[e - 1] == _BOUND_SYLLABLES[text[e]]
    ):
        e += 1
    if e - s < 3:
        return None  # (most names: no run of three syllables, none of the lengths below is tried)
    if e < len(text) and text[e] in DOTS + "-" or e - s > 6:
        return None  # (弗拉基米尔·普京, 迪亚斯-卡内尔: a dotted or joined name is minority_end's; no name runs on past six)
    for end in range(min(e, s + 6), s + 2, -1):
        last = text[end - 1]
        if last in _BOUND_SYLLABLES or follower_at(text, end - 1) == 1:
            continue  # (阿依古丽都|参加: a one-char follower is no name's last)
        if any(follower_at(text, i) > 1 or text.startswith(GLUED, i) for i in range(s, end)):
            continue  # (吐尔洪提出…, …本月: the run reaches into a follower or a time word, cut shorter)
        if all(c in TRANSLIT for c in text[s:end]):
            return None  # (泽连斯基本月…: a name of Xinhua's foreign syllables alone is foreign_end's)
        if strong_end(text, end) or end - s > 3 and opens_predicate(text, end, verb=True):
            w, t = dict_tags(text[s:end])[0]
            if len(w) > 1 and (t[:1] in _FUNCTION_TAG_FIRST or len(w) == end - s and not t.startswith(("nr", "ns", "nz"))):
                return None  # (a time word, adverb or numeral opens the run; the run one dictionary word)
            return end
    return None


def is_minority_name(name: str) -> bool:
    """Are ``name``'s 3-6 characters all minority-name syllables (阿依古丽), or two Tibetan
    name elements (次仁多吉)?  Such a name needs no surname of the list after a post."""
    if len(name) == 4 and name[:2] in TIBETAN and name[2:] in TIBETAN:
        return True
    return 3 <= len(name) <= 6 and all(
        c in MINORITY or c in _BOUND_SYLLABLES and i > 0 and name[i - 1] == _BOUND_SYLLABLES[c] for i, c in enumerate(name)
    )
