"""Layouts that change nothing a reader sees must not change the records.

Hard wraps (text copied out of a PDF, page dumps cut every N characters), Windows
and old Mac line ends, and an ASCII full stop for 。 each used to cost records:
a dev article wrapped at 40 characters lost 299.2亿元 to 99.2亿元
(``benchmarks/layout_perturb.py`` measures every layout on the whole corpus).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import civicextract
from civicextract.document import normalize
from civicextract.normalize.invisible import remove_invisible
from civicextract.normalize.unwrap import unwrap_lines
from civicextract.normalize.widths import normalize_widths

from .layouts import every_seventh, wrap_chars, wrap_columns

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _articles(*names: str) -> dict[str, str]:
    out = {}
    for name in names:
        for line in (CORPUS / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                out[d["id"]] = d["text"]
    return out


DEV = _articles("dev")


def money(art: civicextract.Article) -> list[tuple[str, object, str | None]]:
    return [(m.currency, m.amount, m.purpose) for m in art.money]


def _spans_hold(text: str, art: civicextract.Article) -> None:
    for r in (*art.money, *art.metrics):
        surface = text[r.start : r.end]
        assert [c for c in surface if c.isdigit()] == [c for c in r.text if c.isdigit()], (surface, r.text)


# --- hard wraps ------------------------------------------------------------------------------


@pytest.mark.parametrize("aid", ["a035", "a041", "a098"])
@pytest.mark.parametrize("layout", ["chars-40", "chars-30", "columns-72"])
def test_wrapped_article_gives_the_records_of_the_original(aid, layout):
    text = DEV[aid]
    wrapped = (
        wrap_chars(40)(text)
        if layout == "chars-40"
        else wrap_chars(30)(text)
        if layout == "chars-30"
        else wrap_columns(72)(text)
    )
    assert wrapped.count("\n") > text.count("\n") + 10  # the layout really cut the paragraphs
    original, rewrapped = civicextract.extract(text), civicextract.extract(wrapped)
    assert money(rewrapped) == money(original)
    assert [(m.value, m.unit, m.subject) for m in rewrapped.metrics] == [
        (m.value, m.unit, m.subject) for m in original.metrics
    ]
    assert [o.name for o in rewrapped.officials] == [o.name for o in original.officials]
    _spans_hold(wrapped, rewrapped)


def test_a_figure_cut_by_the_wrap_is_read_whole():
    # dev a041: "总投资2|99.2亿元" at 40 characters a line
    wrapped = wrap_chars(40)(DEV["a041"])
    art = civicextract.extract(wrapped)
    assert [m.amount for m in art.money][:3] == [29920000000, 100000000, 50500000000]
    first = art.money[0]
    assert wrapped[first.start : first.end] == "2\n99.2亿元"


def test_unwrap_joins_lines_of_one_width_and_keeps_paragraph_ends():
    paragraph = "今年以来全市累计投入资金三千万元用于老旧小区改造"
    text = "\n".join(
        [
            paragraph[:20],
            paragraph[20:],  # a paragraph's short last line: it ends open but is not full
            "这是第二段文字内容总共有二十个字符的长度",
            "这里继续第二段的内容直到结束为止的句子。",
            "  第三段缩进开头的一行有二十个字符长度",
            "这是第三段的第二行文字的内容到此结束。",
            "第四段的第一行刚好也有二十个字的长度了",
            "Latin words are joined with one space in",
            "between them when the wrap cuts a line.",
        ]
    )
    out, m = unwrap_lines(text)
    assert out.split("\n") == [
        paragraph,
        "这是第二段文字内容总共有二十个字符的长度这里继续第二段的内容直到结束为止的句子。",
        "  第三段缩进开头的一行有二十个字符长度这是第三段的第二行文字的内容到此结束。",
        "第四段的第一行刚好也有二十个字的长度了Latin words are joined with one space in between them when the wrap cuts a line.",
    ]
    # every character maps back to itself, and the space between two Latin words to the break
    for i, ch in enumerate(out):
        s, e = m.span(i, i + 1)
        assert text[s:e] == (ch if i != out.index(" in between") + 3 else "\n")


def test_a_page_number_between_two_lines_of_a_paragraph_goes_with_the_break():
    # dev a041 as PDF text: 72 columns a line, a page number every ten lines
    lines = wrap_columns(72)(DEV["a041"]).split("\n")
    paged = "\n".join(line + (f"\n— {k // 10 + 1} —" if k % 10 == 9 else "") for k, line in enumerate(lines))
    assert paged.count("—\n") >= 2
    assert money(civicextract.extract(paged)) == money(civicextract.extract(DEV["a041"]))
    out, _ = unwrap_lines("\n".join(["一二三四五六七八九十" * 2] * 5 + ["- 3 -", "结束。"]))
    assert out == "一二三四五六七八九十" * 10 + "结束。"


def test_unwrap_leaves_lists_and_ordinary_articles_alone():
    bullets = "\n".join(f"- 第{n}项措施为向中小企业提供贷款担保和租金减免共计{n}亿元" for n in range(1, 9))
    assert unwrap_lines(bullets)[0] == bullets
    items = "\n".join(
        f"{n}.某某{place}2023年城市更新行动老旧小区改造提升项目总投资{n}000万元"
        for n, place in enumerate("市区县镇乡", 1)
    )
    assert unwrap_lines(items)[0] == items  # a numbered list of projects: each a line of its own
    assert unwrap_lines(items.replace("1.", "（一）").replace("2.", "（二）"))[0] == items.replace(
        "1.", "（一）"
    ).replace("2.", "（二）")
    rows = "\n".join(
        f"某某{p}城市更新行动老旧小区改造项目   {n}000万元   某某{p}人民政府" for n, p in enumerate("市区县镇乡街", 1)
    )
    assert unwrap_lines(rows)[0] == rows  # a table laid out as text: its rows stay rows
    for aid, text in {**DEV, **_articles("fit")}.items():
        out, m = unwrap_lines(text)
        assert out == text and m.is_identity, aid


@given(st.lists(st.sampled_from(["全市投入资金", "3000万元", "\n", "。", " ", "ab", "，", "\r\n", "-"]), max_size=60))
def test_unwrap_never_crashes_and_maps_every_character_back(parts):
    text = "".join(parts)
    out, m = unwrap_lines(text)
    assert len(out) <= len(text)
    for i, ch in enumerate(out):
        s, e = m.span(i, i + 1)
        assert text[s:e] == ch or (ch == " " and text[s:e].strip() == "")


# --- line ends and full stops ----------------------------------------------------------------


def test_windows_line_ends_keep_a_spaced_name_after_its_post():
    # fit t097's header: the post, then the name written with a space, then "\r\n"
    head = "2026年上海市政府工作报告\r\n来源：解放日报\r\n上海市市长 龚 正\r\n各位代表：\r\n现在，我代表上海市人民政府，向大会报告工作。"
    assert [o.name for o in civicextract.extract(head).officials] == ["龚正"]
    assert [o.name for o in civicextract.extract(head.replace("\r\n", "\r")).officials] == ["龚正"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # an article that ends its sentences with ASCII full stops: they become 。
        ("收入增长10%.下一步将继续推进.全年投入3000万元.", "收入增长10%。下一步将继续推进。全年投入3000万元。"),
        ("增幅居全国第1.工业增加值增长8%.“两新”工作推进.", "增幅居全国第1。工业增加值增长8%。“两新”工作推进。"),
        # one ASCII stop among 。: a name's dot or a typo, left alone
        ("导演迈克.内维尔说。影片上映。", "导演迈克.内维尔说。影片上映。"),
        # decimals, list numbers and addresses stay; a stop before Latin text is a stop (session 22)
        (
            "增长5.3%.共2.5亿元.\n1.加强领导.PM2.5下降.见gov.cn.",
            "增长5.3%。共2.5亿元。\n1.加强领导。PM2.5下降。见gov.cn.",
        ),
        ("上海市市长 龚 正\r\n各位代表", "上海市市长 龚 正 \n各位代表"),
        ("第一行\r第二行", "第一行\n第二行"),
    ],
    ids=["stops", "figure-stop", "name-dot", "decimals-stay", "crlf", "cr"],
)
def test_full_stops_and_line_ends(text, expected):
    out = normalize_widths(text)
    assert out == expected and len(out) == len(text)


def test_ascii_stops_give_the_records_of_the_original():
    # dev a035 with every 。 written as "."
    text = DEV["a035"]
    original, dotted = civicextract.extract(text), civicextract.extract(text.replace("。", "."))
    assert money(dotted) == money(original)
    assert [(m.value, m.subject) for m in dotted.metrics] == [(m.value, m.subject) for m in original.metrics]


# --- invisible characters, straight quotes, a full-width thousands separator ------------------


def test_invisible_characters_are_removed_and_spans_keep_them():
    text = "该项目总投资3\u200b000万元，由副市长龚\u00ad正主持，\ufeff“四\u200c个\u200d凿实”工作推进。"
    art = civicextract.extract(text)
    assert [(m.amount, text[m.start : m.end]) for m in art.money] == [(30000000, "3\u200b000万元")]
    assert [o.name for o in art.officials] == ["龚正"]
    out, m = remove_invisible("a\u200b\u200bb\u2060c")
    assert out == "abc" and m.span(1, 2) == (3, 4)  # b, after the two zero-width spaces it followed


def test_invisible_characters_inside_tags_and_as_entities():
    text = "<p>该项目总投资3&#8203;000万元。</p\u200b><br\u200b>副市长龚&shy;正出席。"
    art = civicextract.extract(text)
    assert [(m.amount, text[m.start : m.end]) for m in art.money] == [(30000000, "3&#8203;000万元")]
    assert [o.name for o in art.officials] == ["龚正"]
    assert normalize(text).text == "该项目总投资3000万元。\n\n副市长龚正出席。"


def test_zero_width_article_gives_the_records_of_the_original():
    text = DEV["a041"]
    guarded = every_seventh("\u200b")(text)
    original, rewritten = civicextract.extract(text), civicextract.extract(guarded)
    assert money(rewritten) == money(original)
    assert [o.name for o in rewritten.officials] == [o.name for o in original.officials]
    _spans_hold(guarded, rewritten)


@pytest.mark.parametrize(
    "text, expected",
    [
        # fit t065's headline: a scheme named in ASCII quotes
        ('房山城关街道："四个凿实"抓好捐赠物资管理', "房山城关街道：“四个凿实”抓好捐赠物资管理"),
        ('演练。"小医生们”进行实操', "演练。“小医生们”进行实操"),  # a mixed pair
        ('“ 玩美度假"的发展理念', "“ 玩美度假”的发展理念"),
        # code: its brackets and colon widen as any do, its quotes stay straight
        ('showPlayer({id:"/pvservice/xml"})', 'showPlayer（{id："/pvservice/xml"}）'),
        ("投入18，000元，分别为3、500", "投入18,000元，分别为3、500"),
        ("2019，2020年", "2019，2020年"),  # four digits after it: two years, not a separator
        ("选一个，$20，300美圆", "选一个，$20，300美圆"),  # a sign opens the first: two prices (Recognizers-Text)
    ],
    ids=["t065", "mixed", "closing", "code", "wide-thousands", "years", "two-prices"],
)
def test_quotes_and_thousands(text, expected):
    out = normalize_widths(text)
    assert out == expected and len(out) == len(text)


def test_a_name_in_straight_quotes_is_a_programme_and_its_count_no_metric():
    art = civicextract.extract('房山城关街道："四个凿实"抓好捐赠物资管理使用。街道成立4个工作小组。')
    assert [(m.value, m.unit) for m in art.metrics] == [(4, "个")]
    assert art.metrics[0].text == "4个"


def test_the_quick_check_and_the_pattern_name_the_same_invisible_characters():
    from civicextract.normalize import invisible

    in_class = {chr(c) for c in range(0x10000) if invisible._INVISIBLE.fullmatch(chr(c))}
    assert set(invisible._INVISIBLE_CHARS) == in_class and len(in_class) == 22


def test_a_view_counter_is_site_furniture_and_the_header_is_still_read():
    text = (
        "全市召开安全生产工作会议\n"
        "发布时间：2023-08-01 10:20  来源：眉山日报  浏览次数：1268\n"
        "8月1日，全市召开安全生产工作会议，市长张明出席会议并讲话。会议指出，今年全市投入安全生产资金3000万元。"
    )
    art = civicextract.extract(text)
    assert art.metrics == ()
    assert [m.amount for m in art.money] == [30000000]
    assert (art.meta.source, art.meta.published) == ("眉山日报", "2023-08-01T10:20:00")
    # a sentence that reports a count of views is no counter
    assert [(m.value, m.unit) for m in civicextract.extract("这篇推文的阅读量超过10万次。").metrics] == [(100000, "次")]


INFO_FORM = """索引号：11510100008962357M/2023-01234
主题分类：综合政务
发文机关：某某市人民政府办公厅
成文日期：2023年08月01日
发文字号：某府办发〔2023〕12号
发布日期：2023年08月02日
有效性：有效
"""


def test_an_information_disclosure_form_is_cut_and_its_publication_date_read():
    text = INFO_FORM + "8月1日，全市召开安全生产工作会议，市长张明出席会议并讲话。今年全市投入安全生产资金3000万元。"
    doc = normalize(text)
    assert doc.text.startswith("8月1日，全市召开")
    assert (doc.meta.published, doc.meta.title) == ("2023-08-02", None)  # 发布日期, not 成文日期
    art = civicextract.extract(text)
    assert [m.amount for m in art.money] == [30000000] and [o.name for o in art.officials] == ["张明"]
    assert art.metrics == ()  # nothing read from 〔2023〕12号 or the index number
    # a block of field lines alike in width is no hard wrap
    assert unwrap_lines(INFO_FORM * 2)[0] == INFO_FORM * 2


def test_a_list_of_the_sites_other_articles_is_furniture():
    body = "8月1日，全市召开安全生产工作会议，市长张明出席会议并讲话。今年全市投入安全生产资金3000万元。"
    tail = "\n上一篇：某某区召开第3次专题会议\n相关阅读：\n某某县启动第二批10个示范村建设\n\n某某镇投入500万元改造农贸市场\n"
    art = civicextract.extract(body + tail)
    assert [m.amount for m in art.money] == [30000000]
    assert art.metrics == ()
    # the list ends where a sentence of the body comes back
    more = "相关新闻\n某某县启动第二批10个示范村建设\n会后，与会人员实地察看了3个重点项目现场，了解项目推进情况。"
    assert [(m.value, m.unit) for m in civicextract.extract(more).metrics] == [(3, "个")]


# --- single quotes as the article's quotes, tabs for spaces ------------------------------------


SINGLE_QUOTED = (
    "今年以来，我区深入开展“我为群众办实事”实践活动，累计投入资金1200万元用于“老旧小区改造”项目，"
    "全区“专精特新”中小企业达到56家。"
)


@pytest.mark.parametrize("opening, closing", [("‘", "’"), ("『", "』")], ids=["single", "corner-single"])
def test_an_article_quoting_with_single_quotes_gives_the_records_of_double_quotes(opening, closing):
    text = SINGLE_QUOTED.replace("“", opening).replace("”", closing)
    art = civicextract.extract(text)
    assert [(m.amount, m.purpose) for m in art.money] == [(12000000, "“老旧小区改造”项目")]
    assert [(m.value, m.unit, m.subject) for m in art.metrics] == [(56, "家", "全区“专精特新”中小企业")]
    assert [p.name for p in art.programs] == ["我为群众办实事", "专精特新"]
    assert text[art.money[0].start : art.money[0].end] == "1200万元"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("参加‘e’起节电活动，it’s ok", "参加“e”起节电活动，it’s ok"),  # a pair beside Han text; an apostrophe
        ("他说：‘今年完成‘1+X’目标’。", "他说：“今年完成‘1+X’目标”。"),  # the nested pair stays single
        ("开展“书香”活动，即‘全民阅读’。", "开展“书香”活动，即‘全民阅读’。"),  # the article's quotes are “”
        ("影片（charliewilson‘swar）上映", "影片（charliewilson‘swar）上映"),  # an apostrophe, no pair
        ("he said ‘yes’ to it。", "he said ‘yes’ to it。"),  # a pair in Latin text
        ("地址\t某某路100号", "地址 某某路100号"),
    ],
    ids=["beside-han", "nested", "double-article", "apostrophe", "latin", "tab"],
)
def test_single_quotes_and_tabs(text, expected):
    out = normalize_widths(text)
    assert out == expected and len(out) == len(text)


def test_a_name_spaced_with_tabs_is_read_as_with_spaces():
    # fit t097's header with tabs where the page had spaces
    head = "2026年上海市政府工作报告\n来源：解放日报\n上海市市长\t龚\t正\n各位代表：\n现在，我代表上海市人民政府，向大会报告工作。"
    assert [o.name for o in civicextract.extract(head).officials] == ["龚正"]
