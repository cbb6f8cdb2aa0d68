"""Hong Kong pages, round 14 (hk17): classes read off the A half of 20 fresh Citizen News pages.

The pages themselves are evaluation-only and stay outside the repository; every sentence here
is made up in their style (Traditional script, other names, numbers and wording).  Each case
gives the records exactly.
"""

from __future__ import annotations

import pytest

import civicextract

PIPE = civicextract.Pipeline(kinds=("metrics", "money"))


def _metrics(text):
    return [(m.text, str(m.value), m.unit, m.subject) for m in PIPE.extract(text).metrics]


def _money(text):
    return [(m.text, str(m.amount), m.currency, m.purpose) for m in PIPE.extract(text).money]


# A court or council report names a small group once with 名 or 位 (3名被告) and refers to it
# afterwards by its number (法官表示，3人…, 判處3人…): the group is counted once.  A number after
# 等, 另有 or 共, or some of a larger group (…中，4人…), is a count of its own.
@pytest.mark.parametrize(
    ("text", "records"),
    [
        (
            "3名被告今午判刑。法官表示，3人犯案時年輕，判處3人社會服務令。",
            [("3名", "3", "名", "被告今午判刑")],
        ),
        ("5名學生獲獎，另有5人獲嘉許。", [("5名", "5", "名", "学生获奖"), ("5人", "5", "人", "获嘉许")]),
        (
            "救出4名傷者後，送院的12名傷者中，4人情況穩定。",
            [("4名", "4", "名", "伤者后"), ("12名", "12", "名", "伤者"), ("4人", "4", "人", "情况稳定")],
        ),
        ("3名議員出席會議，李大文等3人其後離場。", [("3名", "3", "名", "议员出席会议"), ("3人", "3", "人", "李大文等")]),
    ],
)
def test_group_counted_once(text, records):
    assert _metrics(text) == records


# Hong Kong political names with a numeral (models/metric_exclusions.txt): 五大訴求 is the 2019
# slogan and 23條立法 the Article 23 legislation; 三大訴求 of a made-up list still counts.
def test_hong_kong_names_with_a_numeral():
    text = "他們堅持五大訴求，拒絕妥協，反對23條立法，亦反對廿三條立法。政府列出三大訴求。"
    assert _metrics(text) == [("三大诉求", "3", "诉求", "诉求")]
