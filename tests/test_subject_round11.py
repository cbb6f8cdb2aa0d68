"""Round 11 (subject11): the indicator lexicon (models/indicators.txt) and how a listed
indicator anchors a metric's subject (civicextract.extractors.metrics.indicators).

Sentences come from the copyable hold-out set corpus/holdout_subject_r11.jsonl (ids in
the comments) or are written in the style of statistical bulletins and work reports;
subjects are expected exactly.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import civicextract
from civicextract.extractors.metrics import indicators
from civicextract.resources import data_lines


def _subjects(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.subject) for m in civicextract.extract(text).metrics]


def test_lexicon_is_clean_and_holds_each_bulletin_section():
    words = [w for w in data_lines("indicators.txt") if not w.startswith("##")]
    assert len(words) == len(set(words)), "a name listed twice"
    assert all(w == w.strip() and w for w in words)
    # one name per section of a 统计公报, short forms too
    for w in (
        "地区生产总值", "规模以上工业增加值", "规上工业增加值", "全社会固定资产投资", "社会消费品零售总额",
        "社零总额", "进出口总额", "实际使用外资", "旅客吞吐量", "金融机构本外币存款余额",
        "一般公共预算收入", "研发经费投入强度", "人均预期寿命", "城乡居民人均可支配收入", "常住人口城镇化率",
        "空气质量优良天数比例", "粮食产量", "生产安全事故死亡人数", "达标率", "知晓率",
    ):
        assert w in words, w


def test_the_longest_listed_name_wins():
    assert indicators.INDICATOR_RE.search("全省规模以上工业增加值增长").group() == "规模以上工业增加值"
    assert indicators.INDICATOR_RE.search("常住人口城镇化率提高").group() == "常住人口城镇化率"


CASES = [
    # a comparison after an indicator's figure (s11-q2): the indicator, then the comparison
    (
        "工业经济克服困难稳健提质，规上工业增加值增长7.6%、高于全国1.7个百分点，培育规上工业企业85家。",
        [("7.6%", "规上工业增加值增长"), ("1.7个百分点", "规上工业增加值高于全国"), ("85家", "培育规上工业企业")],
    ),
    # ... after a comma, with the base of the comparison written with digits
    (
        "全市社会消费品零售总额同比增长7.6%，比9月加快2.1个百分点。",
        [("7.6%", "全市社会消费品零售总额同比增长"), ("2.1个百分点", "全市社会消费品零售总额比9月加快")],
    ),
    # a change two clauses after its indicator, the clause between a change itself
    ("农村居民人均经营净收入7374元，同比增加462元，增长6.7%。", [("6.7%", "农村居民人均经营净收入增长")]),
    # the indicator's clause gives no figure of its own: no anchor
    ("经营净收入平稳增长，占比最大，去年同比增长6.7%。", [("6.7%", "去年同比增长")]),
    # a 分别 list whose items share the last item's measure
    (
        "全年城镇、农村居民人均可支配收入分别增长4.3%、5.3%。",
        [("4.3%", "全年城镇居民人均可支配收入"), ("5.3%", "农村居民人均可支配收入")],
    ),
    (
        "一产、二产、三产增加值分别增长5%、6%、7%。",
        [("5%", "一产增加值"), ("6%", "二产增加值"), ("7%", "三产增加值")],
    ),
    # items that write their own measure keep it (s11-q2 style: 高技术制造业、装备制造业增加值)
    (
        "客流量、营业额分别增长23.2%、33.2%。",
        [("23.2%", "客流量"), ("33.2%", "营业额")],
    ),
    # Traditional script: the same classes (record text is simplified, as the spec says)
    (
        "全縣城鎮、農村居民人均可支配收入分別增長4.3%、5.3%。",
        [("4.3%", "全县城镇居民人均可支配收入"), ("5.3%", "农村居民人均可支配收入")],
    ),
    (
        "民間投資增長2.8%，快於全國9.2個百分點。",
        [("2.8%", "民间投资增长"), ("9.2个百分点", "民间投资快于全国")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_indicator_anchors(text, expected):
    assert _subjects(text) == expected


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        (["城镇", "农村居民人均可支配收入"], ["城镇居民人均可支配收入", "农村居民人均可支配收入"]),
        (["装备制造业", "高技术制造业增加值"], ["装备制造业增加值", "高技术制造业增加值"]),
        (["制造业", "基础设施民间投资"], ["制造业投资", "基础设施民间投资"]),
        (["地区生产总值", "固定资产投资"], ["地区生产总值", "固定资产投资"]),  # each names its own
        (["增加值"], ["增加值"]),
    ],
)
def test_shared_head(items, expected):
    assert indicators.shared_head(items) == expected


_CJK = st.text(alphabet="规上工业增加值增长高于全国比较同年月提加快快于了，、。0123456789%", max_size=40)


@given(_CJK, st.sampled_from(["高于全国", "增长", "同比增长", "比9月加快", "较2011年提高", "营业额", None]))
def test_anchor_only_puts_words_before_a_subject(text, subj):
    # the rules' subject is kept whole at the end: a gold written either way still matches
    out = [subj]
    indicators.anchor(text, [len(text)], out)
    assert out[0] == subj or (subj is not None and out[0].endswith(subj) and len(out[0]) > len(subj))


EXAMPLE_CASES = [
    # examples and 等 before a generic head (s11-q2): the examples, the head and its clause
    (
        "服务业平稳趋好，蕨麻智慧种植、“江源巧姑”家政服务等5个项目获批国家标准化试点。",
        [("5个", "蕨麻智慧种植、“江源巧姑”家政服务等项目获批国家标准化试点")],
    ),
    # the head as the unit (五大领域, 四部门)
    ("从贸易便利、产业集聚等五大领域加快改革创新。", [("五大领域", "从贸易便利、产业集聚等领域加快改革创新")]),
    # a noun of its own after the count keeps the rules' subject (s11-q2)
    ("加西、沙久等11条国省干线公路建成通车。", [("11条", "国省干线公路")]),
    # people after named ones and 等, the rules having taken what they did
    ("张某等6人被警方抓获。", [("6人", "张某等被警方抓获")]),
    # Traditional script
    ("從貿易便利、產業集聚等五大領域加快改革創新。", [("五大领域", "从贸易便利、产业集聚等领域加快改革创新")]),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLE_CASES)
def test_examples_before_a_generic_head(text, expected):
    assert _subjects(text) == expected


# A text with no commas (WeChat style, s11-n1): the phrase after a count that reaches the
# next figure (涉案金额超1500万元) is that figure's subject; the count keeps the phrase before.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("该团伙累计倒卖门票12万余张涉案金额超600万元非法获利50余万元", [("12万余张", "该团伙累计倒卖门票")]),
        ("累計倒賣門票12萬餘張涉案金額超600萬元", [("12万余张", "累计倒卖门票")]),
        # a noun phrase after the count that reaches nothing stays the subject
        ("共发放12万余张宣传单页", [("12万余张", "宣传单页")]),
    ],
)
def test_phrase_reaching_the_next_figure(text, expected):
    assert _subjects(text) == expected
