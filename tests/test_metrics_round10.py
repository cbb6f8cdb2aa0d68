"""Metrics classes of round 10 (Hong Kong, Traditional script): the families seen on fit's
Hong Kong articles, the earlier Hong Kong hold-outs and part A of round 10's blind Hong Kong
set (kept outside the repository).

Every sentence here is written for the test, with made-up names and shapes (the Hong Kong
pages are evaluation-only).  One case per class, the records expected exactly (text, value,
value_max, qualifier, unit, subject).
"""

from __future__ import annotations

import pytest

import civicextract

PIPE = civicextract.Pipeline(kinds=("metrics",))


def _records(text):
    return [
        (m.text, str(m.value), None if m.value_max is None else str(m.value_max), m.qualifier, m.unit, m.subject)
        for m in PIPE.extract(text).metrics
    ]


CASES = [
    # N、M + unit: two neighbouring numerals joined by 、 are one rough range, the first
    # taking the second's magnitude (兩、三封, 五、六十名, 三、四成)
    ("街坊會上周收到兩、三封投訴信。", [("两、三封", "2", "3", "range", "封", "投诉信")]),
    (
        "屋苑大廈管理處說，昨晚聚集了五、六十名住戶。",
        [("五、六十名", "50", "60", "range", "名", "住户")],
    ),
    (
        "問卷顯示，受訪店主當中有三、四成打算減少人手。",
        [("三、四成", "30", "40", "range", "%", "打算减少人手")],
    ),
    # ... 之多 / 之高 after N成 closes the figure; what it measures is before it
    ("區內長者佔人口達兩、三成之多。", [("两、三成", "20", "30", "range", "%", "区内长者占人口")]),
    # ... but lists and ranks are no range, nor a second figure that is no round multiple
    ("第一、二名的隊伍可晉級。", []),
    ("一、二、三號閘口暫停開放。", []),
    ("兩人各捐出三、四十五本書。", [("四十五本", "45", None, "exact", "本", "书")]),
    # 一成 after 的 or a change's 由/至, closed by punctuation: a tenth, not "a"
    (
        "公司的海外收入已由前年的一成，升至今年的三成。",
        [
            ("一成", "10", None, "exact", "%", "公司的海外收入"),
            ("三成", "30", None, "exact", "%", "公司的海外收入"),
        ],
    ),
    ("他的立場一成不變。", []),
    # P由A下調至B after a clause naming the quantity that changes: the quantity is the
    # subject of both figures, for every group's clause in the run (fit t121's shape)
    (
        "當局決定調低每名社工可跟進的個案數目，資深社工由現時40宗下調至32宗，新入職社工則由25宗減至18宗。",
        [
            ("40宗", "40", None, "exact", "宗", "每名社工可跟进的个案数目"),
            ("32宗", "32", None, "exact", "宗", "每名社工可跟进的个案数目"),
            ("25宗", "25", None, "exact", "宗", "每名社工可跟进的个案数目"),
            ("18宗", "18", None, "exact", "宗", "每名社工可跟进的个案数目"),
        ],
    ),
    (
        "局方表示，每區議席數目將會增加，九龍城區由15席增至18席。",
        [("15席", "15", None, "exact", "席", "每区议席数目"), ("18席", "18", None, "exact", "席", "每区议席数目")],
    ),
    # ... with no quantity in the clause before, the group stays the subject
    # N大X: the noun ends before an adverb or time word where no stop word ends it
    ("本區兩大商會聯盟向來各有立場。", [("两大商会联盟", "2", None, "exact", "商会联盟", "本区商会联盟")]),
    ("全港兩大旅遊新業態今年增長理想。", [("两大旅游新业态", "2", None, "exact", "旅游新业态", "旅游新业态")]),
    # N死M傷: a toll counts the dead and the hurt (as fit's 死亡N例 names 死亡), not the event
    (
        "# 貨櫃車撞巴士站 3死15傷\n\n貨櫃車昨午衝上巴士站，釀成3死15傷。",
        [
            ("3死", "3", None, "exact", "死", "死"),
            ("15伤", "15", None, "exact", "伤", "伤"),
            ("3死", "3", None, "exact", "死", "死"),
            ("15伤", "15", None, "exact", "伤", "伤"),
        ],
    ),
    # a short quote holding Cantonese speech (particles, 有/是/了) or closed by 。！？ is a
    # remark, whose counts count; a short quoted name still hides its numbers
    ("店主話：「留低嘅得返3個」，其餘已辭職。", [("3个", "3", None, "exact", "个", "留低嘅得返")]),
    ("老師傅說：「今年學師的有兩個。」", [("两个", "2", None, "exact", "个", "今年学师")]),
    ("區內推行“五个一”計劃。", []),
    ("他說：“虽千万人，吾往矣。”", []),
    # 人 opening a word after a figure (人道, 人权 …) is no count of people
    ("該團體把捐款轉交718人道救援基金。", []),
    # 每個 after a count of 個 is "each of them": the size measures what was counted
    (
        "大廈頂層被間成8個套房出租，每個約一百呎。",
        [("8个", "8", None, "exact", "个", "套房出租"), ("约一百呎", "100", None, "approx", "呎", "套房出租")],
    ),
    ("經過重劃，小學由現時25班增至28班。", [("25班", "25", None, "exact", "班", "小学"), ("28班", "28", None, "exact", "班", "小学")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round10_cases(text, expected):
    assert _records(text) == expected
