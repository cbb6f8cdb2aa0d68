"""What characters and words a person's name may hold, wherever it stands.

Every reader of names asks these (``names``, ``readings``, ``unclosed``,
``names_before``, and the extractor's stages through ``plausible``): the
two-character words after a post that are no names (``NOT_NAMES``), the
function characters no given name holds, the last characters of places and
bodies, the honorifics that name nobody (陈女士, 方总), and a Hong Kong married
woman's four characters (林郑月娥: two common surnames, then her given name).
"""

from __future__ import annotations

from functools import lru_cache

from ...resources import data_lines
from ..meta import name_lexicons
from .edges import ORG_END, all_han
from .tagging import (
    idiom_at,
    is_common_word,
    word_not_name,
)

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
        # party cells inside a body: 居民区党总支书记 is a post, not 党总支 (a name)
        "代表",  # (人大代表议员: a word, never a name)
        "党总支",
        "党支部",
        "党工委",
        "党委",
        "党组",
        # (海外法官赴港出任…, 立法会通过多名非常任法官的任命: the Hong Kong press's
        # verbs of coming and going, and the appointment itself)
        "来港",
        "访港",
        "抵港",
        "返港",
        "离港",
        "任命",
    )
)
# (指: the Hong Kong press's "said", 许官指 / 法官某某指, never a given-name char; nor the
# one-char verbs and adverbs that open a predicate: 乡长孙伟|坐在, 镇长郑凯|用手机, 书记彭飞|很感慨)
NON_NAME_CHARS = frozenset("的了是在和与及对向将被把让给请由据于并也还就又而或等为从到至着说称指们这那其该每各个坐用很拿看走跑听写读打推提便")
# Function-word characters that also open given names (程向民, 刘和平, 李为民,
# 张于洋, 王至诚, 孙其华, 陈由之, 赵从文): allowed there in a 3-char name that a
# follower word closes.
GIVEN_FIRST_OK = frozenset("向和为于至其由从")


@lru_cache(maxsize=8192)  # the same few characters are asked about per post, and names recur across articles
def plausible_chars(name: str) -> bool:
    """Could ``name`` be a person's name by its characters: no word of ``NOT_NAMES``, no function
    character in its given name, no place's last character (``plausible`` refuses a body's too)?"""
    # 黄山市市长…: a place before a post is no name
    # (a compound surname may hold a function char: 淳于, 单于; the given name may not)
    given = name[2:] if len(name) > 2 and name[:2] in name_lexicons()[1] else name
    if name[0] in NOUN_SURNAMES and len(name) != 3:
        return False  # 区嘉宏 / 區志光, but not 4区正|副主席: a surname that is also a noun opens 3-char names only
    return name not in NOT_NAMES and NON_NAME_CHARS.isdisjoint(given) and name[-1] not in _PLACE_LAST


# Surnames that are also common nouns of place names (Hong Kong's 區 Au: 东区, 4区) or open
# common words (Hong Kong's 倫 Lun: 伦敦, 伦理)
NOUN_SURNAMES = frozenset("区伦")


_PLACE_LAST = frozenset("省市县区州镇乡村局厅委队部办处组院所站团府署司")  # (闯入总统车队)
# Of those, the ones that also close given names (沈山州): taken when a verb follows.
NAME_LAST_OK = frozenset("州")


@lru_cache(maxsize=1)
def _common_surnames() -> frozenset[str]:
    """The 250 most frequent single-char surnames (models/surnames.txt is ranked):
    a married name's two surnames are common ones (林郑, 叶刘, 范徐), not 陈肇|始亦."""
    return frozenset([x for x in (ln.strip() for ln in data_lines("surnames.txt")) if len(x) == 1][:250])


def married_end(text: str, s: int) -> int | None:
    """End of a Hong Kong married woman's name read at ``s`` (林郑月娥: her
    husband's surname, her own, a 2-char given name that is no word), with no
    test of what follows it; None where those four chars read otherwise."""
    common = _common_surnames()
    e = s + 4
    if (
        e > len(text)
        or text[s] not in common
        or text[s + 1] not in common
        or not all_han(text[s:e])
        or not plausible_chars(text[s:e])
        or word_not_name(text, s, e)
        or is_common_word(text[s + 2 : e])
        or is_common_word(text[s : s + 2])  # (原任|三明市委书记: two surname chars that make a word)
        or text[e - 1] in _VERB_LAST  # (裁判官郑纪航|判被告罪成: a one-char verb after a 3-char name)
        or idiom_at(text, s + 2)  # (主任鲁安|信誓旦旦地说: a given name opens no idiom)
    ):
        return None
    return e


# one-char verbs of court and news reports that follow a name and end no given name
_VERB_LAST = frozenset("说称指判罚斥批问答讲")
# those and 作 (作三次提醒, 作简短发言): a 3-char name's fourth character read as a name's
# only where nothing else closed it
VERB_AFTER_THREE = _VERB_LAST | frozenset("作")


def plausible(name: str) -> bool:
    """Could ``name`` (a list item, a subject) be a person's name by its characters?"""
    return plausible_chars(name) and name[-1] not in ORG_END
_HONORIFICS = ("女士", "小姐", "先生", "老师", "师傅", "阿姨", "大爷", "总", "某", "老", "姓")


def is_honorific(text: str, s: int, surname: int) -> bool:
    """``陈女士``, ``方总``, ``祝某某`` name nobody: the given name is missing.  (``刘老三``,
    ``王老五`` do: 老 and a birth-order numeral are the informal name a village knows one by.)"""
    g = s + surname
    return text.startswith(_HONORIFICS, g) and not (text[g : g + 1] == "老" and text[g + 1 : g + 2] in _BIRTH_ORDER)


# the numerals of a birth order after 老 (刘老三, 王老五), a name rather than the honorific 老
_BIRTH_ORDER = frozenset("二三四五六七八九十幺")


# Tags of tokens never a given name on their own
NOT_GIVEN_TAGS = frozenset(("f", "p", "c", "u", "uj", "ul", "r", "d", "m", "q", "t", "y", "e", "o", "ad"))


def surname_length(text: str, s: int) -> int:
    """How many characters of ``models/surnames.txt`` open ``text`` at ``s``: 2 (欧阳), 1 (王) or 0."""
    single, double, _, _ = name_lexicons()
    return 2 if text[s : s + 2] in double else 1 if text[s] in single else 0
