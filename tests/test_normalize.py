"""Normalisers, one table per step, from real sentences (Simplified and Traditional),
and the whole chain on the seed and the dev corpus's Traditional variants."""

from __future__ import annotations

import pytest

import civicextract
from civicextract.document import normalize
from civicextract.normalize.boilerplate import find_boilerplate
from civicextract.normalize.convert import to_simplified
from civicextract.normalize.markup import strip_markup
from civicextract.normalize.pinyin import is_reading, remove_pinyin_notes
from civicextract.normalize.widths import normalize_widths

from .linear_time import LINEAR_BOUND, growth

# --- pinyin notes -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("東坡區(qū)委常委", "東坡區委常委"),  # seed
        ("全市“雙創(chuàng)”工作的主戰(zhàn)場", "全市“雙創”工作的主戰場"),  # seed
        ("東坡區(qu1)委", "東坡區委"),  # tone number
        ("東坡區(qu)委", "東坡區委"),  # toneless
        ("村民陳金髮(fā)說", "村民陳金髮說"),  # a043-t: note made for 发, converted to 髮 (fà)
        ("村民陈金发（fā）说", "村民陈金发说"),  # full-width brackets
        ("許可證號:(川)字第115號", "許可證號:(川)字第115號"),  # seed: not a reading
        ("加入(WTO)以後", "加入(WTO)以後"),
        ("小(1)型水庫", "小(1)型水庫"),
        ("東坡區(chuàng)委", "東坡區(chuàng)委"),  # a reading, but not of 區
        ("東坡區(qǔ)委", "東坡區(qǔ)委"),  # wrong tone mark
        ("東坡區(qu3)委", "東坡區(qu3)委"),  # wrong tone number
        ("WTO(qu)規則", "WTO(qu)規則"),  # no Han character before it
    ],
    ids=[
        "qu",
        "chuang-zhan",
        "tone-number",
        "toneless",
        "fa-hair",
        "fullwidth",
        "chuan-zi",
        "WTO",
        "xiao-1-xing",
        "other-char-reading",
        "wrong-tone",
        "wrong-tone-number",
        "after-latin",
    ],
)
def test_pinyin_notes(text, expected):
    out, m = remove_pinyin_notes(text)
    assert out == expected
    assert m.src_len == len(text) and m.dst_len == len(out)


def test_is_reading_is_tone_strict_only_when_toned():
    assert is_reading("區", "qū") and is_reading("區", "qu1") and is_reading("區", "QU")
    assert is_reading("區", "ōu")  # 區 is also the surname Ōu
    assert not is_reading("區", "qú") and not is_reading("區", "xu")
    assert not is_reading("區", "qu3")  # a tone number must be one of the tones too
    assert is_reading("绿", "lǜ") and is_reading("绿", "lv4") and is_reading("绿", "lü4")
    assert is_reading("的", "de5") and is_reading("的", "de")  # neutral tone


# --- markup ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # a133: CCTV export
        (
            "<p><strong>央视网消息</strong>（新闻联播）：2022年是全面推进乡村振兴的关键之年。<br></p><p>3268.7万人！</p>",
            "\n央视网消息（新闻联播）：2022年是全面推进乡村振兴的关键之年。\n\n\n3268.7万人！\n",
        ),
        ("\n\n[查看原文](https://tv.cctv.com/2022/12/22/VIDEN4IjCEHq7GK29LMZQPJc221222.shtml)", "\n\n查看原文"),
        ("# 标题\n**导语**正文&nbsp;&amp;&lt;1&gt;", "标题\n导语正文 &<1>"),
        ('<figure><img src="a.jpg"><figcaption>开工仪式。</figcaption></figure>', "\n\n开工仪式。\n\n"),
        ("<script>var a=1;</script>正文<!-- x -->", "正文"),
        ("![](img.png)图说", "图说"),
        ("PM2.5<35微克/立方米，优良率>90%", "PM2.5<35微克/立方米，优良率>90%"),  # not a tag
        ("&bogus;", "&bogus;"),  # not an entity
        ("全市“双创”工作", "全市“双创”工作"),  # nothing to do
    ],
    ids=[
        "cctv-html",
        "md-link",
        "md-heading-entities",
        "figure",
        "script-comment",
        "md-image",
        "lt-gt",
        "bad-entity",
        "plain",
    ],
)
def test_markup(text, expected):
    out, m = strip_markup(text)
    assert out == expected
    assert m.src_len == len(text) and m.dst_len == len(out)


def test_markup_offsets_point_at_the_text_inside_tags():
    text = "<p><strong>央视网消息</strong>（新闻联播）</p>"
    out, m = strip_markup(text)
    i = out.index("央视网消息")
    s, e = m.span(i, i + 5)
    assert text[s:e] == "央视网消息"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("<SCRIPT type=x>var a;</script >正文", "正文"),  # closing tag in any case, space before >
        ("<!-- a <!-- b --> c", " c"),  # a comment ends at the first -->
        ("<!-- 未闭合 <p>正文</p>", "<!-- 未闭合 \n正文\n"),  # an unclosed comment stays text
        ("<script>未闭合", "未闭合"),  # an unclosed script is an ordinary tag
        ("<style>a</style>甲<style>b</style>乙<!--c-->丙", "甲乙丙"),
    ],
    ids=["script-case", "nested-comment", "unclosed-comment", "unclosed-script", "several"],
)
def test_markup_ends(text, expected):
    assert strip_markup(text)[0] == expected


@pytest.mark.parametrize(
    "unit",
    ["<!--", "<script>", "<script ", "<style>a", "<p", "<a ", "](", "![", "[", "&#", "**", "<!-- -->"],
)
def test_markup_is_linear_on_hostile_input(unit):
    """issue 13: ``<!--`` x 25k took 9 s (each opener scanned to the end of the text for ``-->``)."""
    assert growth(strip_markup, unit, 25_000) < LINEAR_BOUND


# --- widths and punctuation --------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("新聞來源:眉山網", "新聞來源：眉山網"),  # seed
        ("更新時間:2020-08-04 10:25:28", "更新時間：2020-08-04 10:25:28"),  # clock times stay
        ("為全市“雙創”工作貢獻了力量,東坡區", "為全市“雙創”工作貢獻了力量，東坡區"),  # seed mixes , with “”
        ("如有侵權敬請告知!網友", "如有侵權敬請告知！網友"),
        ("投入18,000元", "投入18,000元"),  # thousands separator stays
        ("ＡＢＣ１２３％", "ABC123%"),
        ("「雙創」", "“雙創”"),  # corner quotes become curly quotes in every script
        ("http://www.msxwwb.com", "http://www.msxwwb.com"),
        ("(川)字第115號", "（川）字第115號"),
        ("\u3000\u3000正文\xa0完", "  正文 完"),
        ("收費上調百份之五，約三份之一住戶", "收費上調百分之五，約三分之一住戶"),  # the Hong Kong 份之 of a fraction
        ("提交了一份之前的報告", "提交了一份之前的報告"),  # a copy, not a fraction: no numeral after 之
    ],
    ids=[
        "colon",
        "clock",
        "comma",
        "bang",
        "thousands",
        "fullwidth-alnum",
        "corner-quotes",
        "url",
        "parens",
        "spaces",
        "fen-zhi",
        "a-copy-before",
    ],
)
def test_widths(text, expected):
    out = normalize_widths(text)
    assert out == expected and len(out) == len(text)


# --- Traditional -> Simplified ---------------------------------------------------


@pytest.mark.parametrize(
    "text, expected, script",
    [
        ("隨著“雙創”工作的不斷深入", "随着“双创”工作的不断深入", "traditional"),  # seed
        ("著力解決“雙創”工作中的重點", "着力解决“双创”工作中的重点", "traditional"),  # seed
        ("朝著目標前進", "朝着目标前进", "traditional"),
        ("著名的歷史建築", "著名的历史建筑", "traditional"),  # 著名 keeps 著
        (
            "随着大兴区城市的发展建设，蘇州",
            "随着大兴区城市的发展建设，蘇州",
            "simplified",
        ),  # one quoted Traditional name
        ("土著居民", "土著居民", "simplified"),
        # Hong Kong variants t2s keeps (made-up sentence): 衞 敍 枱 栢 頴 朶 → 卫 叙 台 柏 颖 朵
        (
            "衞生署署長李栢文表示，會向議員敍述食肆每枱人數，劉頴朶亦有出席。",
            "卫生署署长李柏文表示，会向议员叙述食肆每台人数，刘颖朵亦有出席。",
            "traditional",
        ),
        ("他叫李栢", "他叫李栢", "simplified"),  # a Simplified text keeps a name's variant
    ],
    ids=["suizhe", "zhuoli", "chaozhe", "zhuming", "simplified-with-one-char", "tuzhu", "hk-variants", "栢-simplified"],
)
def test_to_simplified(text, expected, script):
    out, m, found = to_simplified(text)
    assert (out, found) == (expected, script)
    assert m.is_identity and len(out) == len(text)


def test_t2s_is_skipped_only_where_it_would_change_nothing():
    """A text is not converted when it holds none of the characters t2s changes
    alone (models/t2s_changed.txt) and none of the phrases that change
    characters kept alone (回覆, 深沈, 捏坏; not 覆盖, 沈阳, 坏事)."""
    from civicextract.normalize.convert import _converter, _t2s_keeps, _t2s_tables

    tables = _t2s_tables()
    if tables is None:
        pytest.skip("models/t2s_changed.txt was made for another OpenCC")
    alone = tables[0]
    convert = _converter().convert
    cjk = [chr(c) for c in [*range(0x3400, 0x4DC0), *range(0x4E00, 0xA000), *range(0xF900, 0xFB00)]]
    unlisted = [c for c in cjk if alone.search(c) is None]
    assert convert("\n".join(unlisted)) == "\n".join(unlisted)
    for phrase, simplified in (("回覆", "回复"), ("深沈", "深沉"), ("捏坏", "捏坯")):
        text = f"他说{phrase}了"
        assert convert(phrase) == simplified and convert(text) != text and not _t2s_keeps(text)
    for text in ("道路改造覆盖全市", "沈阳市的坏天气", "随着大兴区城市的发展建设，市财政投入50万元用于道路改造。"):
        assert _t2s_keeps(text) and convert(text) == text and to_simplified(text)[0] == text


def test_t2s_changed_list_is_the_installed_openccs():
    from pathlib import Path

    import opencc

    from civicextract.normalize.convert import changed_chars_file
    from civicextract.resources import model_path

    clib = Path(opencc.__file__).parent / "clib"
    if not (clib / "bin" / "opencc_dict").exists():
        pytest.skip("no opencc_dict tool in this OpenCC")
    made = changed_chars_file(str(clib / "bin" / "opencc_dict"), str(clib / "share" / "opencc"))
    assert made == model_path("t2s_changed.txt").read_text(encoding="utf-8")


# --- boilerplate ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, removed",
    [
        (
            "正文。\n信息产业部网站备案：蜀ICP备09029749号-1 眉公网备：51140002000014\n",
            ["信息产业部网站备案：蜀ICP备09029749号-1 眉公网备：51140002000014"],
        ),
        (
            "正文。\n免责声明：本站部分信息来源于互联网，如有侵权敬请告知！\n",
            ["免责声明：本站部分信息来源于互联网，如有侵权敬请告知！"],
        ),
        (
            "正文。\n互联网新闻信息服务许可证编号：51120180003 联系电话：38166855 邮箱：msxwwb@163.com",
            ["互联网新闻信息服务许可证编号：51120180003 联系电话：38166855 邮箱：msxwwb@163.com"],
        ),
        ("正文。\n分享到", ["分享到"]),
        ("正文。\n【打印】【关闭】\n", ["【打印】【关闭】"]),
        ("正文。\n扫一扫在手机打开当前页\n", ["扫一扫在手机打开当前页"]),
        ("景观品质提升改造。（记者 戚颖璞）分享让更多人看到", ["分享让更多人看到"]),  # a008
        ("作者的应有贡献。（完）", ["（完）"]),  # a035
        ("为国争光。返回搜狐，查看更多责任编辑：", ["返回搜狐，查看更多责任编辑："]),  # t062: a Sohu repost's footer
        ("全面打造高品质城区。广告 可御可甜 有颜有料 ×下一步，", ["广告 可御可甜 有颜有料 ×"]),  # a103
        (
            "相关人员出席封顶仪式。 新闻线索报料通道：应用市场下载“齐鲁壹点”APP",
            ["新闻线索报料通道：应用市场下载“齐鲁壹点”APP"],
        ),  # a013
        # a body sentence may mention a phone number: only short furniture lines go
        ("市民可拨打联系电话：12345反映问题，" + "城市管理部门将在24小时内处理并回复。" * 12, []),
    ],
    ids=[
        "icp",
        "disclaimer",
        "contact",
        "share",
        "print-close",
        "scan",
        "share-tail",
        "wan",
        "sohu",
        "advert",
        "tipline",
        "body-phone",
    ],
)
def test_boilerplate(text, removed):
    assert [r.text for r in find_boilerplate(text)] == removed


@pytest.mark.parametrize(
    "unit",
    ["广告 ", "广告 可御可甜 ", "分享", "返回搜狐", "责编：", "校对 ", "\n", "ICP备\n", "（完", " ", "———"],
)
def test_boilerplate_is_linear_on_hostile_input(unit):
    """issue 13: adverts without their ×, tails without their end, a page of short lines."""
    assert growth(find_boilerplate, unit, 25_000) < LINEAR_BOUND


# --- the whole chain --------------------------------------------------------------


def test_seed_body(seed_text):
    doc = normalize(seed_text, id="seed")
    assert doc.script == "traditional"
    assert doc.text.startswith(
        "——专访东坡区委常委、宣传部部长李维义\n作为全市“双创”工作的主战场、主阵地，东坡区紧扣大局，"
    )
    assert doc.text.endswith("坚定不移地扛起创建工作首位责任，为全市“双创”工作贡献力量。")
    assert "随着“双创”工作的不断深入" in doc.text
    assert "着力解决“双创”工作中的重点" in doc.text
    for gone in ("(q", "（q", "□", "著", "ICP", "免责声明", "联系电话", "分享到", "新闻来源", "责任编辑", "余毅"):
        assert gone not in doc.text, gone
    assert [r.kind for r in doc.removed] == ["header", "byline", "boilerplate"]
    assert seed_text[doc.removed[1].start : doc.removed[1].end] == "□眉山網記者 余毅\n"
    assert seed_text[doc.removed[-1].start :].startswith("\n信息產業(yè)部網站備案")
    assert doc.removed[-1].end == len(seed_text)


TRADITIONAL_VARIANTS = ["a008", "a012", "a020", "a021", "a035", "a043", "a075", "a076", "a099", "a103"]


@pytest.mark.parametrize("aid", TRADITIONAL_VARIANTS)
def test_traditional_variant_normalises_to_its_simplified_original(dev_articles, aid):
    simplified = normalize(dev_articles[aid])
    traditional = normalize(dev_articles[f"{aid}-t"])
    assert simplified.script == "simplified" and traditional.script == "traditional"
    assert traditional.text == simplified.text
    assert traditional.meta == simplified.meta


def test_every_dev_article_normalises_without_furniture(dev_articles):
    for aid, text in dev_articles.items():
        doc = normalize(text, id=aid)
        assert doc.text == doc.text.strip(), aid
        for furniture in ("□", "ICP备", "分享让更多人看到", "责任编辑", "<p>", "&nbsp;", "查看原文", "广告 "):
            assert furniture not in doc.text, (aid, furniture)
        for r in doc.removed:
            assert 0 <= r.start < r.end <= len(text)


def test_a_cut_never_glues_two_numbers():
    doc = normalize("该绿皮书提到，200极目新闻记者 刘俊华通讯员 周宜 王梦圆41辆新能源公交车投入运行")
    assert doc.text == "该绿皮书提到，200 41辆新能源公交车投入运行"
    assert doc.meta.reporters == ("刘俊华", "周宜", "王梦圆")
    assert normalize("共计二十（记者 张三）五处").text == "共计二十 五处"  # Chinese numerals too
    assert normalize("共计二十处（记者 张三）五处").text == "共计二十处五处"


def test_a_cut_after_a_number_lends_it_no_unit():
    # A byline between a phone number and the next line's 部分 left 85518661部 a count (round 16).
    doc = normalize("咨询电话：0371-56666878 85518661记者 李娜 通讯员 付鹏辉附 部分参与企业名单如下")
    assert doc.text == "咨询电话：0371-56666878 85518661\n部分参与企业名单如下"
    art = civicextract.extract("今年共有200记者 李娜 通讯员 付鹏辉部电影参加展映。")
    assert [m.text for m in art.metrics] == []
    assert civicextract.extract("今年共有200部电影参加展映。").metrics[0].text == "200部"  # no cut, no break
    # (部分 is parts of a whole, never a count of 部: models/units.tsv since session 27)
    assert civicextract.extract("今年共有200部分企业参加活动。").metrics == ()


# 著 in Traditional input: the particle is an open class (any verb + 着), the words keeping 著 a
# closed one (models/t2s_zhu.txt); Taiwan writes the particle 著 always, Hong Kong mostly.
@pytest.mark.parametrize(
    ("traditional", "simplified"),
    [
        ("青浦承載著一系列重大戰略", "青浦承载着一系列重大战略"),
        ("洲頭點綴著湘江長沙段", "洲头点缀着湘江长沙段"),
        ("重新著手，努力著，結合著實際", "重新着手，努力着，结合着实际"),
        ("這位著名作家著有多部著作，以此著稱於世，獲獎無數", "这位著名作家著有多部著作，以此著称于世，获奖无数"),
        ("成效顯著，功勳卓著，土著居民，改編自原著", "成效显著，功勋卓著，土著居民，改编自原著"),
    ],
)
def test_traditional_zhu_is_the_particle_outside_the_listed_words(traditional, simplified):
    text, _, script = to_simplified(traditional)
    assert (text, script) == (simplified, "traditional")


def test_every_listed_zhu_word_holds_zhu_and_is_simplified():
    from civicextract.normalize.convert import _zhu
    from civicextract.resources import data_lines

    words = data_lines("t2s_zhu.txt")
    assert len(words) == len(set(words)) >= 30
    assert all("著" in w and to_simplified(w)[0] == w for w in words)
    assert _zhu().fullmatch("著名") and _zhu().match("著").group() == "著"
