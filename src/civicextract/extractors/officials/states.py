"""Foreign states in a title chain or before a name (models' ``foreign_states.txt``).

Which state, if any, opens a chain (``leading_state``, ``foreign_body``: 以色列|总理,
俄|国防部长, 夏威夷州州长, 联合国秘书长), stands right before or at an offset
(``state_before``, ``state_at``) or inside a span (``state_in``).  The chain walker
(``chainwalk``), the name readers and the extractor ask it; it imports nothing of the
package, so ``chainwalk`` imports it directly (it used to reach these through ``names``,
imported lazily to break the cycle ``names`` -> ``titles`` -> ``names``).
"""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=1)
def states_pattern() -> re.Pattern[str]:
    from ...resources import alternation, data_lines

    return re.compile(alternation(x.strip() for x in data_lines("foreign_states.txt")))


@lru_cache(maxsize=1)
def state_firsts() -> frozenset[str]:
    """The first characters of the foreign states' names: a span holding none of them holds no state."""
    from ...resources import data_lines

    return frozenset(x.strip()[0] for x in data_lines("foreign_states.txt"))


def state_in(text: str, start: int, end: int) -> int | None:
    """Start of the first foreign state's name (two characters or more) in
    ``text[start:end]`` after ``start``, not a host after 驻 nor 内蒙古 / 蒙古族."""
    for m in states_pattern().finditer(text, start + 1, end):
        if m.end() - m.start() < 2 or text[m.start() - 1] in "驻内" or text[m.end() : m.end() + 1] == "族":
            continue
        return m.start()
    return None


# One-character forms of states the press writes before a government word
# (俄外交部发言人, 美总统, 以总理, 日首相): a lone 俄/美 is no state elsewhere
# (德州, 法院, 日前), so the word after it must be one of these.
_STATE_CHARS = frozenset("美俄英法德日韩朝乌以伊叙印澳菲越泰荷瑞")
_GOV_WORDS = (
    "外交部",
    "国防部",
    "外长",
    "防长",
    "财长",
    "副总统",
    "总统",
    "总理",
    "首相",
    "政府",
    "国务卿",
    "议会",
    "参议员",
    "众议员",
    "内政部",
    "司法部",
    "央行",
    "驻",
    "军",  # (美军参谋长联席会议主席, 以军发言人: a state's armed forces)
)
# The states of the United States as the press names them, always with 州
# (夏威夷州州长格林, 加州州长): a governor abroad is no head of state.  Complete
# for its class (all fifty; 得州/德州 left out: 德州 is also a city of Shandong).
_US_STATES = re.compile(
    "(?:阿拉巴马|阿拉斯加|亚利桑那|阿肯色|加利福尼亚|科罗拉多|康涅狄格|特拉华|佛罗里达|佐治亚|夏威夷|爱达荷|伊利诺伊"
    "|印第安纳|艾奥瓦|爱荷华|堪萨斯|肯塔基|路易斯安那|缅因|马里兰|马萨诸塞|密歇根|明尼苏达|密西西比|密苏里|蒙大拿"
    "|内布拉斯加|内华达|新罕布什尔|新泽西|新墨西哥|纽约|北卡罗来纳|北卡罗莱纳|北达科他|俄亥俄|俄克拉何马|俄克拉荷马"
    "|俄勒冈|宾夕法尼亚|宾州|罗得岛|罗德岛|南卡罗来纳|南卡罗莱纳|南达科他|田纳西|得克萨斯|德克萨斯|犹他|佛蒙特"
    "|弗吉尼亚|华盛顿|西弗吉尼亚|威斯康星|威斯康辛|怀俄明)州|加州"
)


# intergovernmental organisations opening a chain: their officers hold no Chinese post and head no state
_INTL_BODIES = (
    "联合国", "世界卫生组织", "世卫组织", "世界银行", "国际货币基金组织", "世界贸易组织", "世贸组织",
    "北约", "欧盟", "非盟", "东盟", "国际原子能机构", "国际奥委会", "国际刑事法院", "国际法院",
)


@lru_cache(maxsize=4096)  # chains repeat within and across articles
def foreign_body(chain: str) -> bool:
    """Does a title chain open with a foreign state's name, its holder's
    employer (美国前驻乌克兰大使, 加拿大副总理), not the host of a Chinese post
    (中国驻塞尔维亚大使)?  Also a one-character state before a government word
    (俄外交部发言人), a state of the United States (夏威夷州州长) and a
    大臣, a post no Chinese government has (斡旋方阿曼外交大臣)."""
    if chain[:1] in _STATE_CHARS and chain.startswith(_GOV_WORDS, 1):
        return True
    if chain.endswith("大臣") or _US_STATES.match(chain) is not None or chain.startswith(_INTL_BODIES):
        return True  # (an intergovernmental body's posts, 联合国秘书长, are no state's either)
    for m in states_pattern().finditer(chain, 0, min(len(chain), 8)):
        if m.end() - m.start() < 2 or m.start() > 3 or chain[m.start() - 1 : m.start()] in ("驻", "内"):
            continue  # (德州市…, 法院: one char is no state; 中国驻塞尔维亚大使; 内蒙古)
        if chain[m.end() : m.end() + 1] != "族":  # (蒙古族)
            return True
    return False


def leading_state(chain: str) -> str | None:
    """The foreign state opening a chain (以色列|总理), as ``foreign_body`` reads it,
    a one-character state before a government word too (俄|国防部长)."""
    if chain[:1] in _STATE_CHARS and chain.startswith(_GOV_WORDS, 1):
        return chain[0]
    for m in states_pattern().finditer(chain, 0, min(len(chain), 8)):
        if m.end() - m.start() < 2 or m.start() > 0:
            continue
        if chain[m.end() : m.end() + 1] != "族":
            return m.group()
    return None


def state_at(text: str, i: int) -> int | None:
    """End of a foreign state's name (two characters or more) opening at ``i``
    (白俄罗斯|总统), if any."""
    m = states_pattern().match(text, i)
    if m is None or m.end() - i < 2 or text[m.end() : m.end() + 1] == "族":
        return None
    return m.end()


def state_before(text: str, s: int) -> str | None:
    """The state's name ending right at ``s`` (俄罗斯|普京), if any."""
    for i in range(max(0, s - 6), s):  # (finditer would skip 俄罗斯 for the 俄 it overlaps)
        m = states_pattern().match(text, i, s)
        if m and m.end() == s:
            return m.group()
    return None
