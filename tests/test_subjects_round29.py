"""Metric subjects, session 29: a change or a share named alone takes what the clause before measures.

The subject errors left in every metrics and subjects hold-out (rounds 4-28) were read by class.  The most
frequent: a rate whose own clause says only how something moved or what it is a share of, right after a clause
that names the measure --

- after an amount of money, which the metrics never see (消费金额达到786.13亿元，同比增长12.88%; 总产值完成4.32亿元，
  增速5.5%): the change is of the words before the amount, less the verb that reaches it and the period;
- after a figure whose subject the rules took with its year or its doer (2025年全国新型储能等效利用小时数达1195小时，
  比2024年提升近300小时; 市场监管总局完成经营者集中反垄断审查706件，同比增长9.8%): the indicator without them;
- 增速 or 增幅 named alone (完成4.32亿元，增速5.5%): a change of what came before, as 同比增长 is;
- a share named alone (占比25%, 占出口总值近七成, 占全省的15%): of the owner the clause before names -- the figure
  before's subject, the words before an amount, or the clause's topic less how it stands out (凸显, 保持两位数增长).
  占地 is an area, no share; a clause that says something of its topic (是, 位于, 增速比上年加快) names no owner.

The 新闻联播 sentences are the programme's own (corpus/holdout_subject_r25*, holdout_metrics_r27b*, from a public
GitHub repository); the others are written for these tests in the layout of statistical bulletins.
"""

from __future__ import annotations

from civicextract import extract


def _subjects(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.subject) for m in extract(text).metrics]


def test_a_change_after_an_amount_of_money_is_of_what_the_amount_measures():
    text = "2024—2025冰雪季全国滑雪场消费金额达到786.13亿元，同比增长12.88%，同时对周边零售、交通、餐饮等行业拉动作用明显。"
    assert _subjects(text) == [("12.88%", "冰雪季全国滑雪场消费金额同比增长")]


def test_a_pace_named_alone_after_an_amount():
    text = "全区农业总产值完成8.16亿元，增速4.8%；第二产业增加值完成3.9亿元，增速6.1%。"
    assert _subjects(text) == [("4.8%", "全区农业总产值增速"), ("6.1%", "第二产业增加值增速")]


def test_the_doer_and_the_year_leave_the_indicator_before_a_change():
    assert _subjects("2025年，市场监管总局完成经营者集中反垄断审查706件，同比增长9.8%。") == [
        ("706件", "市场监管总局完成经营者集中反垄断审查"),
        ("9.8%", "经营者集中反垄断审查同比增长"),
    ]
    assert _subjects("2025年全国新型储能等效利用小时数达1195小时，比2024年提升近300小时。") == [
        ("1195小时", "2025年全国新型储能等效利用小时数"),
        ("近300小时", "全国新型储能等效利用小时数比2024年提升"),
    ]


def test_a_change_clause_before_names_no_measure():
    # 较…的N亿元增加M亿元 is itself a change: its amount measures no indicator, the rules' answer stands
    text = "境外机构持有境内股票市值3.2万亿元，较上年末的2.8万亿元增加4000亿元，增幅14.3%。"
    assert _subjects(text) == [("14.3%", "增幅")]


def test_a_share_alone_takes_the_owner_the_clause_before_names():
    assert _subjects("信息技术服务收入保持两位数增长，占全行业收入近七成。") == [("近七成", "信息技术服务收入占全行业收入")]
    assert _subjects("其中，出口机电产品2.62万亿元，占出口总值近七成。") == [("近七成", "出口机电产品占出口总值")]
    assert _subjects("从投诉看，物业管理问题凸显，占比31%，交通出行问题占比18%。") == [
        ("31%", "物业管理问题占比"),
        ("18%", "交通出行问题占比"),
    ]
    assert _subjects("全县新增城镇就业1.2万人，占全市的21%。") == [("1.2万人", "全县新增城镇就业"), ("21%", "全县新增城镇就业占全市")]


def test_an_area_or_a_clause_about_its_topic_is_no_owner():
    assert _subjects("园区紧邻湖畔，占地面积约5.58公顷。") == [("约5.58公顷", "占地面积")]
    # (guards: without the exclusions these read 园区紧邻湖畔占地面积 and 第二产业是用电主力占全部用电量)
    assert _subjects("第二产业是用电主力，占全部用电量的64%。") == [("64%", "占全部用电量")]
