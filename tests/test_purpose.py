"""Money purposes (extractors/money/purpose.py): the use of the money, never its doer.

Sentences from corpus/fit.jsonl (the classes issue 12 found on the train split)
and synthetic ones for the rules the issue states; each case gives every amount
of the sentence with its exact purpose.
"""

from __future__ import annotations

import pytest

from civicextract.document import normalize
from civicextract.extractors.money.extractor import extract


def _purposes(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.purpose) for m in extract(normalize(text))]


CASES = [
    # the amount's size before it: the money is the thing after 的
    ("其中，总投资10亿元的鑫丰生物经济产业园项目，建成投产后，预计实现年销售收入50亿元",
     [("10亿元", "鑫丰生物经济产业园项目"), ("50亿元", "预计实现年销售收入")]),
    ("在重庆，由东部企业投资3亿元的汽车零部件项目最近完成了厂房建设",
     [("3亿元", "汽车零部件项目最近完成了厂房建设")]),
    ("今年，我国进一步设立了600亿元规模的国家人工智能基金，加快推进各地人工智能科技创新",
     [("600亿元", "国家人工智能基金")]),
    ("“今年‘订单’种植的160亩花菜，预计能为我们带来三十万元以上的收入”。", [("三十万元以上", "收入")]),
    # a money noun after the amount, not the doer before it
    ("8月11日，财政部、应急管理部再次紧急预拨14.6亿元中央自然灾害救灾资金，支持京津冀防汛救灾工作",
     [("14.6亿元", "中央自然灾害救灾资金")]),
    ("原标题：打扫出租房时在墙内发现40余万元财物，租客交至社区", [("40余万元", "财物")]),
    ("钱塘江畔，平均每天7.2亿元研发经费投向创新", [("7.2亿元", "研发经费")]),
    # subsidy ceilings: 对X, the holder, or what the clause before supports
    ("将实施汽车重大科技专项，单个项目最高支持2000万元；聚焦重点产业链发展需求，滚动实施一批科技专项，单个项目最高配置资金1000万元。",
     [("2000万元", "汽车重大科技专项"), ("1000万元", "一批科技专项")]),
    ("支持院士工作站建设，最高补助500万元。", [("500万元", "院士工作站建设")]),
    ("对成果转化效率高、效益显著的园区，给与重点支持，每年最高补助300万元，连续支持3年。",
     [("300万元", "成果转化效率高、效益显著的园区")]),
    ("对中心和基地最高给予200万元补助，对具体的项目，最高补助200万元。",
     [("200万元", "中心和基地"), ("200万元", "具体的项目")]),
    # a change or a conversion restates the amount before: its purpose, never its text
    ("35万平方米的批发市场腾退区域税收贡献从曾经的6000万元增长到了2022年的近30亿元。",
     [("6000万元", "35万平方米的批发市场腾退区域税收贡献从曾经"),
      ("近30亿元", "35万平方米的批发市场腾退区域税收贡献从曾经")]),
    ("实际使用外资达到160.6亿美元、折合1148亿元人民币。",
     [("160.6亿美元", "实际使用外资"), ("1148亿元人民币", "实际使用外资")]),
    ("该公司获得2亿美元，约合人民币14亿元。", [("2亿美元", "该公司获得"), ("14亿元", "该公司获得")]),
    # a threshold describes the noun after it
    ("开工建设10亿元以上重大产业项目47个", [("10亿元以上", "重大产业项目")]),
    # 在…铺设: what is built where is the use
    ("村“两委”和党员开会研究决定自筹资金29万元在村里2.6公里主干道路两边铺设人行步道",
     [("29万元", "在村里2.6公里主干道路两边铺设人行步道")]),
    # a list of amounts shares the money noun after the last (不等 steps over like a qualifier)
    ("每位应届大中专科学生一次性获得8000元、5000元和3000元不等的慈善款资助。",
     [("8000元", "慈善款资助"), ("5000元", "慈善款资助"), ("3000元", "慈善款资助")]),
    # a conversion with no amount before it: the use is still found, the clause before is not it
    ("公司取得一笔外币贷款，约合人民币14亿元，用于扩建工厂。", [("14亿元", "扩建工厂")]),
    # a doer before an allocation verb is no purpose
    ("市政府将预留5亿元。", [("5亿元", None)]),
    ("区财政局已拨付300万元，用于老旧小区改造", [("300万元", "老旧小区改造")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:12] for c in CASES])
def test_purpose(text, expected):
    assert _purposes(text) == expected
