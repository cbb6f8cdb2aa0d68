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
        (
            "3名議員出席會議，李大文等3人其後離場。",
            [("3名", "3", "名", "议员出席会议"), ("3人", "3", "人", "李大文等")],
        ),
        # 一行3人 counts the party just named; the later 3人 refer back to the 3名 men
        (
            "犯罪嫌疑人張某、李某一行3人到場。警方其後拘捕3名男子，3人承認控罪。",
            [("3人", "3", "人", "犯罪嫌疑人张某、李某一行"), ("3名", "3", "名", "男子")],
        ),
    ],
)
def test_group_counted_once(text, records):
    assert _metrics(text) == records


# Hong Kong political names with a numeral (models/metric_exclusions.txt): 五大訴求 is the 2019
# slogan and 23條立法 the Article 23 legislation; 三大訴求 of a made-up list still counts.
def test_hong_kong_names_with_a_numeral():
    text = "他們堅持五大訴求，拒絕妥協，反對23條立法，亦反對廿三條立法。政府列出三大訴求。"
    assert _metrics(text) == [("三大诉求", "3", "诉求", "诉求")]


# Subjects of figures that measure what a figure before them measured: a change written the
# Hong Kong way (跌至, 收窄至), a base of comparison (，較去年的188次), an average over a period
# (，平均每年15次) and the last item of a 分別 list joined by 以及.
@pytest.mark.parametrize(
    ("text", "records"),
    [
        (
            "資助項目由去年8250個跌至3120個。",
            [("8250个", "8250", "个", "资助项目"), ("3120个", "3120", "个", "资助项目")],
        ),
        (
            "兩地工資相差為12.4%，到去年已收窄至6.1%。",
            [("12.4%", "12.4", "%", "两地工资相差"), ("6.1%", "6.1", "%", "两地工资相差")],
        ),
        (
            "委員會今年已召開會議215次，較去年的188次增加27次。",
            [
                ("215次", "215", "次", "委员会今年已召开会议"),
                ("188次", "188", "次", "委员会今年已召开会议"),
                ("27次", "27", "次", "增加"),
            ],
        ),
        (
            "委員會去年召開會議215次，比2019年（疫情前）的188次多了27次。",
            [
                ("215次", "215", "次", "委员会去年召开会议"),
                ("188次", "188", "次", "委员会去年召开会议"),
                ("27次", "27", "次", "多"),
            ],
        ),
        (
            "當局過去十年合共收回農地152次，平均每年15次。",
            [("152次", "152", "次", "当局过去十年合共收回农地"), ("15次", "15", "次", "当局过去十年合共收回农地")],
        ),
        (
            "撥備覆蓋率為164.1%，上年末為150.2%；資本充足率為11.5%，上年末為12.1%。",
            [
                ("164.1%", "164.1", "%", "拨备覆盖率"),
                ("150.2%", "150.2", "%", "拨备覆盖率"),
                ("11.5%", "11.5", "%", "资本充足率"),
                ("12.1%", "12.1", "%", "资本充足率"),
            ],
        ),
        (
            "周邊地區的基本時薪亦分別上調4.2%、3.6%、2.5%以及1.1%。",
            [
                ("4.2%", "4.2", "%", "周边地区的基本时薪"),
                ("3.6%", "3.6", "%", "周边地区的基本时薪"),
                ("2.5%", "2.5", "%", "周边地区的基本时薪"),
                ("1.1%", "1.1", "%", "周边地区的基本时薪"),
            ],
        ),
    ],
)
def test_subject_of_the_figure_before(text, records):
    assert _metrics(text) == records


# The noun after the measure word: past a clause of where the things are (分別位於…的), an
# adjective 不實 (false, no negation of a verb), and not into the handing out (派發) that follows.
@pytest.mark.parametrize(
    ("text", "records"),
    [
        ("當局將收回5幅分別位於屯門及大埔的私人農地。", [("5幅", "5", "幅", "私人农地")]),
        ("聲明指報道有三項對公司的不實描述：", [("三项", "3", "项", "不实描述")]),
        ("當局會向合資格的150萬名長者派發消費券。", [("150万名", "1500000", "名", "长者")]),
        # a clause of whom they are for (為…而設的), a 的 of its own inside it
        ("當局明年增加1500張為獨居老人而設的膳食券。", [("1500张", "1500", "张", "膳食券")]),
        ("會增設800個專為輪候人士而設的宿位。", [("800个", "800", "个", "宿位")]),
    ],
)
def test_noun_after_the_measure_word(text, records):
    assert _metrics(text) == records


# A figure inside a quotation (網上流傳「…已超過300宗」): the quotation names what it counts,
# not who spread it (fit's annotators: 台灣確診 for such a rumour).
def test_figure_inside_a_quotation():
    assert _metrics("網上近日流傳「本港新症已超過300宗，死亡20宗」的消息。") == [
        ("超过300宗", "300", "宗", "本港新症"),
        ("20宗", "20", "宗", "死亡"),
    ]


# Money taken out of a fund (撥出, 動用, 拿), or a share of it (…的5%), then 來 and what it is
# taken for; 來自 says where money comes from and is no purpose marker.
@pytest.mark.parametrize(
    ("text", "records"),
    [
        ("香港政府只要撥出50億元的5%來增聘社工，問題便可改善。", [("50亿元", "5000000000", "HKD", "增聘社工")]),
        ("當局動用3億港元來資助受影響的商戶。", [("3亿港元", "300000000", "HKD", "资助受影响的商户")]),
        ("這筆500萬港元來自私人捐款。", [("500万港元", "5000000", "HKD", "来自私人捐款")]),
    ],
)
def test_money_taken_for(text, records):
    assert _money(text) == records


# 百份之五 and 三份之一, the Hong Kong way of writing a fraction's 分之: read as the percentage it is
# (its span the original 份 form), and no count of 份 (约三份) read off the fraction.
def test_fen_zhi_fraction_of_hong_kong_writing():
    text = "當局建議收費上調百份之五，預計約三份之一住戶受影響。"
    art = civicextract.extract(text)
    assert [(m.text, str(m.value), m.unit, m.subject, text[m.start : m.end]) for m in art.metrics] == [
        ("百分之五", "5", "%", "当局建议收费上调", "百份之五")
    ]


# 巴仙 ("per cent", Hong Kong and Malaysian Chinese) is a percentage like %: value, unit % and a
# span over the original's 巴仙, with Arabic or Chinese digits (六點四 read as 6.4 before a share
# sign, as 六點四% is, and before 倍). The word alone is no figure, nor a clock time.
@pytest.mark.parametrize(
    ("text", "records"),
    [
        ("今年車費加價超過七巴仙，乘客團體不滿。", [("超过七巴仙", "7", "%", "over", "今年车费加价")]),
        ("統計處數字顯示，本港通脹率升至2.8巴仙。", [("2.8巴仙", "2.8", "%", "exact", "本港通胀率")]),
        ("失業率由上季升至五點一巴仙。", [("五点一巴仙", "5.1", "%", "exact", "失业率")]),
        ("失業率由上季升至五點一%。", [("五点一%", "5.1", "%", "exact", "失业率")]),
        ("車費加幅介乎三至六巴仙。", [("三至六巴仙", "3", "%", "range", "车费加幅介乎")]),
        ("統計處數字顯示，開支較去年增加四點六倍。", [("四点六倍", "4.6", "倍", "exact", "开支较去年增加")]),
        ("運輸署表示，有關路段由下午五點三十分起封閉。", []),
        ("巴仙一詞源自英文，報章常用。", []),
    ],
)
def test_ba_sin_is_per_cent(text, records):
    art = PIPE.extract(text)
    got = [(m.text, str(m.value), m.unit, m.qualifier, m.subject) for m in art.metrics]
    assert got == records
    for m in art.metrics:
        assert text[m.start : m.end].endswith(("巴仙", "%", "倍"))


# 輪候 (queueing for public housing; also written 輪侯), 輪流, 輪換, 輪值 are verbs, not the measure
# word 輪 (rounds) after a number: no count of rounds (the figure's noun, 家庭, comes later and is left
# to the people rules). 三輪抽籤 still counts rounds.
@pytest.mark.parametrize(
    "text", ["房屋署數字顯示，約有十多萬輪候冊上的家庭仍在等候。", "房屋署數字顯示，約有十多萬輪侯冊上的家庭仍在等候。", "兩名職員每日輪流當值。"]
)
def test_lun_hou_is_queueing_not_rounds(text):
    assert [r for r in _metrics(text) if r[2] == "轮"] == []


def test_rounds_still_counted():
    assert _metrics("房委會今年已進行三輪抽籤。") == [("三轮", "3", "轮", "抽签")]


# N倍半 is N and a half times (兩倍半 -> 2.5, 倍), as N成半 is N tenths and a half, and so is a measure's
# 半 (一噸半 -> 1.5 噸; Recognizers-Text#2301 asks for it) where the figure ends there; 半 opening the
# next word (2倍半徑, 5公里半程) is not.
@pytest.mark.parametrize(
    ("text", "records"),
    [
        ("統計處數字顯示，租金較十年前上升兩倍半。", [("两倍半", "2.5", "倍")]),
        ("出口額增長1倍半以上。", [("1倍半以上", "1.5", "倍")]),
        ("新修道路三公里半，運走垃圾兩噸半。", [("三公里半", "3.5", "公里"), ("两吨半", "2.5", "吨")]),
        ("統計處數字顯示，圓的周長約為2倍半徑乘以圓周率。", [("2倍", "2", "倍")]),
        ("全程5公里半程賽事明日舉行。", [("5公里", "5", "公里")]),
    ],
)
def test_and_a_half(text, records):
    assert [r[:3] for r in _metrics(text)] == records
