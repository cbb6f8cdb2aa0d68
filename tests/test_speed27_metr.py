"""Session 27 (speed): the shortcuts metrics took, against what they stand for.

``people._named_group_re`` / ``_named_group_cn_re`` compile the back-reference patterns once per
numeral; ``follow_ups._MAY_FOLLOW_FIRST`` lets ``follow_ups`` pass over a subject that none of its
readings can take without scanning the gap before it for a sentence's end.
"""

from __future__ import annotations

import re

from civicextract.extractors.metrics import follow_ups, people


def test_named_group_patterns_are_compiled_once_and_find_the_group():
    assert people._named_group_re("3") is people._named_group_re("3")
    text = "法院判处3名被告有期徒刑，3人当庭表示"
    s = text.index("3人")
    assert people.group_named_before(text, s, "3", "，")
    # 第3名 is a rank, 13名 another number: neither names the group
    assert not people.group_named_before("他获得第3名，3人", 7, "3", "，")
    assert not people.group_named_before("共有13名被告，3人", 8, "3", "，")
    text = "四名被告被控……法官判四人入狱"
    assert people.group_named_before_cn(text, text.index("四人"), "四", "判")


def test_may_follow_first_holds_what_every_reading_opens_with():
    # each whole subject follows_ups re-reads opens with one of these characters
    for subject in ("其次是", "较上次公布", "比早前", "还要高出", "亦多出", "要少", "高出", "多出", "低出", "少",
                    "今年以来累升", "去年累计跌", "同样按年升", "亦按季跌", "也按月升", "均按年升", "则按年跌",
                    "连升按年升", "按年跌", "今年累升"):
        assert subject[0] in follow_ups._MAY_FOLLOW_FIRST, subject
    # the sets of the two readings' cheap tests, and what a cumulative change opens with (今年, 去年)
    assert follow_ups._FOLLOW_UP_FIRST | follow_ups._HK_CHANGE_FIRST <= follow_ups._MAY_FOLLOW_FIRST
    assert set(re.findall(r"\(\?:(\w)\w\|(\w)\w\)", follow_ups._CUMULATIVE)[0]) <= follow_ups._MAY_FOLLOW_FIRST
