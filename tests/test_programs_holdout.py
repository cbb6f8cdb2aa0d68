"""Programmes: the error classes of round 3's fresh articles (corpus/holdout_programs.jsonl, part A)
and of fit, fixed with general rules.  Each case is a sentence copied from a copyable fresh article
(or corpus/fit.jsonl), or written in the style of a Hong Kong report; expected names are exact.
"""

from __future__ import annotations

import pytest

from civicextract import Pipeline

PIPELINE = Pipeline(kinds=("programs",))


def _names(text: str) -> list[str]:
    return [p.name for p in PIPELINE.extract(text).programs]


# (id, sentence, the names found, names that must not be found)
CASES = [
    (
        # a short quote before the words up to the programme word is the name's distinctive part
        "quote-then-head",
        "近期，重庆市铜梁区公安局持续开展打击整治“飙车炸街”违法犯罪专项行动，查获两辆非法改装摩托车。",
        ["打击整治飙车炸街违法犯罪专项行动"],
        ["打击整治", "违法犯罪专项行动"],
    ),
    (
        "quote-then-head-t",
        "近期，重慶市銅梁區公安局持續開展打擊整治「飆車炸街」違法犯罪專項行動，查獲兩輛非法改裝摩托車。",
        ["打击整治飙车炸街违法犯罪专项行动"],
        [],
    ),
    (
        "quote-then-head-tail",
        "自“结对帮扶·爱心甘州”行动开展以来，甘州区妇联充分发挥桥梁纽带作用，"
        "深入实施“彩虹城市·爱心妈妈”结对困境儿童关爱行动。",
        ["结对帮扶·爱心甘州行动", "彩虹城市·爱心妈妈结对困境儿童关爱行动"],
        ["彩虹城市·爱心妈妈", "结对困境儿童关爱行动"],
    ),
    (
        # 歼灭战 heads a campaign, and the count of a numbered set is part of its name
        "battle-head-counted",
        "记者从内蒙古自治区林业和草原局、赤峰市人民政府获悉，赤峰市在翁牛特旗、克什克腾旗12日同时全面启动两大沙地歼灭战。",
        ["两大沙地歼灭战"],
        [],
    ),
    (
        "rail-extensions",
        "根据长沙2023年交通规划，今年将启动地铁4号线北延线、5号线南延线、S1(长宁快线)、S2(长浏快线)4条轨道交通建设。",
        ["地铁4号线北延线", "5号线南延线"],
        ["S1"],
    ),
    (
        "water-transfer",
        "启动实施引洮延伸增效工程，开展引白济洮前期工作。",
        ["引洮延伸增效工程", "引白济洮"],
        [],
    ),
    (
        "joined-irrigation-district",
        "建成阿克塞生态保护及城乡供水一体化工程，抓好黄河甘肃段河道防洪治理，推动榆安大型灌区建设和景电灌区、靖会灌区现代化改造。",
        ["城乡供水一体化工程", "景电灌区"],
        ["榆安大型灌区建设和景电灌区"],
    ),
    (
        # a count in figures (a heading run into the text) is never part of a name
        "figure-count-cut",
        "长浏快线设站15座长沙至浏阳线黄花机场至浏阳段工程线路全长约48.6公里，设站15座。",
        ["长浏快线", "长沙至浏阳线黄花机场至浏阳段工程"],
        ["长浏快线设站15座长沙至浏阳线黄花机场至浏阳段工程"],
    ),
    (
        "engineering-subject",
        "因为备战考研，武汉纺织大学外经贸学院软件工程专业毕业生汪睿妍错过了去年秋招。",
        [],
        ["武汉纺织大学外经贸学院软件工程"],
    ),
    (
        "numbered-body",
        "中南建筑设计院、中铁十一局、湖北省机场集团等156家知名度高、实力强的企业提供4100个招聘岗位。",
        [],
        ["中铁十一局"],
    ),
    (
        "quoted-work",
        "市场化加快建设“三大高速公路新通道”、甘川新通道等高速（一级）公路。",
        ["三大高速公路新通道"],
        [],
    ),
    (
        "movement-head",
        "三是迅速启动爱国卫生运动，保持人居环境卫生。",
        ["爱国卫生运动"],
        [],
    ),
    (
        # the named one before 等N个项目 (corpus/fit.jsonl, t099)
        "listed-before-count",
        "公路方面，新开工晏城至表白寺等2个项目，提速庆云至章丘等23个续建项目，建成通车济南至宁津等5个项目，高速公路里程突破9500公里。",
        ["晏城至表白寺", "庆云至章丘", "济南至宁津"],
        ["庆云至章丘等23个续建项目", "济南至宁津等5个项目"],
    ),
    (
        "according-to",
        "根据全国公安机关夏夜治安巡查宣防集中统一行动安排，8月11日至13日,东平县公安局交警大队组织开展夏季交通安全专项整治集中统一行动。",
        ["全国公安机关夏夜治安巡查宣防集中统一行动", "夏季交通安全专项整治集中统一行动"],
        ["根据全国公安机关夏夜治安巡查宣防集中统一行动"],
    ),
    # Hong Kong and Taiwan reports cite in quotes and call any action 行动 (sentences written for these
    # tests in the style of such reports)
    (
        "hk-cantonese-quote",
        "有街坊在香港街頭高叫「唔好再拖落去」，要求政府回應訴求。",
        [],
        ["唔好再拖落去"],
    ),
    (
        "hk-cited-quote",
        "香港傳媒引述消息指「全港醫院床位告急」，醫管局暫未回應。",
        [],
        ["全港医院床位告急"],
    ),
    (
        "hk-industrial-action",
        "工會今次發起罷工行動，香港巴士服務受影響，多名議員形容工會行動過激。",
        [],
        ["工会今次发起罢工行动", "多名议员形容工会行动"],
    ),
    (
        "hk-scheme-kept",
        "香港政府宣布明年起擴大「長者醫療券計劃」，合資格長者可獲更多資助。",
        ["长者医疗券计划"],
        [],
    ),
]


def assert_class(case: str, text: str, found: list[str], absent: list[str]) -> None:
    """Every ``found`` name is extracted, no ``absent`` one is, and nothing at all where none is found."""
    names = _names(text)
    for name in found:
        assert name in names, f"{case}: {name} not among {names}"
    for name in absent:
        assert name not in names, f"{case}: {name} taken for a programme"
    if not found:
        assert names == [], f"{case}: {names}"


@pytest.mark.parametrize(("case", "text", "found", "absent"), CASES, ids=[c[0] for c in CASES])
def test_holdout_class(case: str, text: str, found: list[str], absent: list[str]):
    assert_class(case, text, found, absent)


def test_mainland_traditional_copy_keeps_its_quotes():
    # a mainland report in Traditional script names no Hong Kong place: its quoted names stay
    # (the same sentence as the copyable fresh article's, converted)
    names = _names("自「結對幫扶·愛心甘州」行動開展以來，甘州區婦聯充分發揮橋樑紐帶作用。")
    assert names == ["结对帮扶·爱心甘州行动"]
