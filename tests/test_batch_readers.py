"""Every reader on small real fixtures: provenance, ids, encodings, and the text the offsets refer to."""

from __future__ import annotations

import codecs
import json

import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from civicextract.batch.decode import DecodeError, canonical, decode
from civicextract.batch.items import Provenance, RawItem, ReadFailure, Skip
from civicextract.batch.readers import read_inputs
from civicextract.batch.work import process
from civicextract.pipeline import Pipeline

from .test_batch_helpers import dev_articles, gz, html_page, jsonl_bytes, write_tar, write_warc, write_zip

pytest.importorskip("warcio", reason="the batch readers need civicextract[warc]")

ARTS = dev_articles(6)


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def read(*paths, max_bytes=10 << 20):
    return list(read_inputs([str(p) for p in paths], max_bytes=max_bytes))


def extracted(items, pipeline):
    out = []
    for it in items:
        assert isinstance(it, RawItem), it
        line, error = process(it, pipeline)
        assert error is None, error
        out.append(json.loads(line))
    return out


def test_folder_is_walked_recursively_in_sorted_order(tmp_path, pipeline):
    (tmp_path / "b" / "c").mkdir(parents=True)
    (tmp_path / "b" / "c" / "x.txt").write_text(ARTS[0]["text"], encoding="utf-8")
    (tmp_path / "a.htm").write_text(html_page(ARTS[1]["text"]), encoding="utf-8")
    (tmp_path / "b" / "one.json").write_text(json.dumps(ARTS[2], ensure_ascii=False), encoding="utf-8")
    (tmp_path / "b" / "logo.png").write_bytes(b"\x89PNG")
    items = read(tmp_path)
    assert [type(i).__name__ for i in items] == ["RawItem", "Skip", "RawItem", "RawItem"]
    assert items[1].reason == "unsupported file type: logo.png"
    recs = extracted([i for i in items if isinstance(i, RawItem)], pipeline)
    assert [r["id"] for r in recs] == ["a.htm", ARTS[2]["id"], "b/c/x.txt"]
    assert recs[2]["provenance"]["input"] == str(tmp_path / "b" / "c" / "x.txt")
    assert "text" not in recs[2]  # plain text: the offsets refer to the file itself


def test_html_keeps_the_extracted_text_the_offsets_refer_to(tmp_path, pipeline):
    (tmp_path / "p.html").write_text(html_page(ARTS[1]["text"], title="铁西新闻"), encoding="utf-8")
    (rec,) = extracted(read(tmp_path / "p.html"), pipeline)
    assert "首页" not in rec["text"] and "版权所有" not in rec["text"]  # navigation and footer dropped
    assert rec["provenance"]["title"] == "铁西新闻"
    assert rec["money"], "the dev article names amounts of money"
    for m in rec["money"]:
        assert pipeline.extract(rec["text"]).to_dict()["money"] == rec["money"]
        assert m["text"][:2] in rec["text"][m["start"] : m["end"]]


@pytest.mark.parametrize("name, pack", [("a.jsonl", bytes), ("a.jsonl.gz", gz), ("a.jsonl.zst", None)])
def test_jsonl_plain_gzip_zstd(tmp_path, pipeline, name, pack):
    data = jsonl_bytes(ARTS[:3]).replace(b"\n", b"\n\n", 1)  # a blank line is not an article
    if pack is None:
        zstd = pytest.importorskip("zstandard")
        data = zstd.ZstdCompressor().compress(data)
    else:
        data = pack(data)
    (tmp_path / name).write_bytes(data)
    items = read(tmp_path / name)
    assert [i.prov.line for i in items] == [1, 3, 4]
    assert [r["id"] for r in extracted(items, pipeline)] == [a["id"] for a in ARTS[:3]]


def test_jsonl_fields_url_title_fetched_at_and_html(tmp_path, pipeline):
    rows = [
        {
            "id": "h1",
            "html": html_page(ARTS[0]["text"]),
            "url": "http://www.ms.gov.cn/1.html",
            "fetched_at": "2024-01-02",
        },
        {"text": ARTS[1]["text"], "title": "标题"},
    ]
    (tmp_path / "x.jsonl").write_bytes(jsonl_bytes(rows))
    a, b = extracted(read(tmp_path / "x.jsonl"), pipeline)
    assert a["provenance"]["url"] == "http://www.ms.gov.cn/1.html" and a["provenance"]["fetch_date"] == "2024-01-02"
    assert "text" in a and "text" not in b
    assert b["id"] == "x.jsonl:2" and b["provenance"]["title"] == "标题"


@pytest.mark.parametrize("name", ["pack.zip", "pack.tar", "pack.tar.gz"])
def test_zip_and_tar_members(tmp_path, pipeline, name):
    members = {
        "news/a.txt": ARTS[0]["text"].encode("utf-8"),
        "news/b.html": html_page(ARTS[1]["text"]).encode("utf-8"),
        "lines.jsonl.gz": gz(jsonl_bytes(ARTS[2:4])),
        "readme.md": b"not an article",
    }
    (write_zip if name.endswith(".zip") else write_tar)(tmp_path / name, members)
    items = read(tmp_path / name)
    assert [i.prov.member for i in items] == [
        "news/a.txt",
        "news/b.html",
        "lines.jsonl.gz",
        "lines.jsonl.gz",
        "readme.md",
    ]
    assert isinstance(items[-1], Skip)
    recs = extracted(items[:-1], pipeline)
    assert [r["id"] for r in recs] == [f"{name}!news/a.txt", f"{name}!news/b.html", ARTS[2]["id"], ARTS[3]["id"]]
    assert recs[2]["provenance"] == {
        **recs[2]["provenance"],
        "input": str(tmp_path / name),
        "member": "lines.jsonl.gz",
        "line": 1,
    }


@pytest.mark.parametrize("gzipped", [True, False])
def test_warc_responses_with_provenance(tmp_path, pipeline, gzipped):
    pages = [
        (
            "http://www.gov.cn/1.html",
            html_page(ARTS[0]["text"], charset="gb2312").encode("gb18030"),
            "text/html; charset=gb2312",
        ),
        ("http://www.gov.cn/2.html", html_page(ARTS[1]["text"]).encode("utf-8"), "text/html"),
    ]
    path = tmp_path / ("c.warc.gz" if gzipped else "c.warc")
    write_warc(path, pages, gz=gzipped)
    items = read(path)
    assert [type(i).__name__ for i in items] == ["RawItem", "RawItem", "Skip"]
    assert items[2].reason == "not HTML (image/png)"
    recs = extracted(items[:2], pipeline)
    p = recs[0]["provenance"]
    assert p["url"] == "http://www.gov.cn/1.html" and p["fetch_date"] == "2024-05-01T08:00:00Z"
    assert p["warc_record_id"].startswith("<urn:uuid:") and recs[0]["id"] == p["warc_record_id"]
    assert p["encoding"] == "gb18030"
    # The first paragraph survives main-text extraction intact, in Simplified as written.
    assert max(ARTS[0]["text"].split("\n"), key=len).strip()[:30] in recs[0]["text"]


def test_warc_inside_a_zip(tmp_path, pipeline):
    write_warc(tmp_path / "in.warc.gz", [("http://x.gov.cn/", html_page(ARTS[2]["text"]).encode(), "text/html")])
    write_zip(tmp_path / "crawl.zip", {"in.warc.gz": (tmp_path / "in.warc.gz").read_bytes()})
    items = read(tmp_path / "crawl.zip")
    assert [type(i).__name__ for i in items] == ["RawItem", "Skip"]
    assert extracted(items[:1], pipeline)[0]["provenance"]["member"] == "in.warc.gz"


def test_gb18030_and_big5_files_from_real_articles(tmp_path, pipeline):
    simplified = ARTS[1]["text"]
    to_hk = opencc.OpenCC("s2hk").convert
    traditional = to_hk(ARTS[2]["text"])
    (tmp_path / "gb.txt").write_bytes(simplified.encode("gb18030"))
    (tmp_path / "hk.txt").write_bytes(traditional.encode("big5hkscs"))
    (tmp_path / "big5.html").write_bytes(to_hk(html_page(ARTS[2]["text"], charset="big5")).encode("big5hkscs"))
    recs = {r["id"]: r for r in extracted(read(tmp_path), pipeline)}
    assert recs["gb.txt"]["provenance"]["encoding"] == "gb18030"
    assert recs["hk.txt"]["provenance"]["encoding"] == "big5hkscs"
    assert recs["big5.html"]["provenance"]["encoding"] == "big5hkscs"
    assert traditional.strip()[:20] in recs["big5.html"]["text"]
    direct = Pipeline().extract(simplified, id="gb.txt").to_dict()
    assert recs["gb.txt"]["money"] == direct["money"] and recs["gb.txt"]["metrics"] == direct["metrics"]


@pytest.mark.parametrize(
    "data, declared, expected",
    [
        (codecs.BOM_UTF8 + "眉山网".encode(), None, ("眉山网", "utf-8-sig")),
        (codecs.BOM_UTF16_LE + "眉山网".encode("utf-16-le"), None, ("眉山网", "utf-16")),
        ("镕基".encode("gbk"), "gb2312", ("镕基", "gb18030")),  # 镕 is GBK-only: a gb2312 label lies
        ("𠝹".encode("gb18030"), "GBK", ("𠝹", "gb18030")),  # four-byte GB18030
        ("邨".encode("big5hkscs"), "big5", ("邨", "big5hkscs")),  # HKSCS-only character
        ("投资50万元".encode(), "iso-8859-1", ("投资50万元", "utf-8")),  # a Western label on Chinese news is a lie
        ("投资50万元".encode("gbk"), "windows-1252", ("投资50万元", "gb18030")),
    ],
)
def test_decode_declared_then_detected(data, declared, expected):
    assert decode(data, declared) == expected


def test_html_meta_charset_is_honoured():
    page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>镕基</body></html>'
    assert decode(page.encode("gbk"), html=True)[1] == "gb18030"


@pytest.mark.parametrize(
    "data, message",
    [
        ("投资五十万元，".encode() * 20 + b"\xff\xfe\xfa", "invalid UTF-8 at byte 420 and no charset declared"),
        (b"\x00\x01\x02binary\x00" * 10, "binary content (NUL bytes), not text"),
    ],
)
def test_undecodable_bytes_are_errors_not_mojibake(data, message):
    with pytest.raises(DecodeError) as e:
        decode(data)
    assert str(e.value) == message


def test_canonical_names():
    assert [canonical(x) for x in ("gb2312", "GBK", "cp936", "big5", "big5-hkscs", "UTF-8", "bogus")] == [
        "gb18030", "gb18030", "gb18030", "big5hkscs", "big5hkscs", "utf-8", None,
    ]  # fmt: skip


def test_oversized_jsonl_line_is_skipped_without_loading(tmp_path):
    big = {"id": "big", "text": "财" * 5000}
    (tmp_path / "x.jsonl").write_bytes(jsonl_bytes([ARTS[1], big, ARTS[2]]))
    items = read(tmp_path / "x.jsonl", max_bytes=4096)
    assert [type(i).__name__ for i in items] == ["RawItem", "ReadFailure", "RawItem"]
    assert isinstance(items[1], ReadFailure) and items[1].prov.line == 2
    assert items[1].message == "article is 15,026 bytes, over the --max-bytes limit of 4,096"


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300), st.sampled_from([None, "gb2312", "big5", "utf-8", "latin-1", "bogus"]), st.booleans())
def test_decode_returns_text_or_a_decode_error(data, declared, html):
    try:
        text, codec = decode(data, declared, html=html)
    except DecodeError as exc:
        assert str(exc)
    else:
        assert isinstance(text, str) and codec


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200), st.sampled_from(["text", "html", "json", "jsonl"]))
def test_process_never_raises(pipeline, data, fmt):
    line, error = process(RawItem(Provenance("x"), fmt, data, default_id="x"), pipeline, timeout=10)
    assert (line is None) != (error is None)
    if error:
        assert error["message"].startswith("x: ") and error["stage"] in ("read", "decode", "parse", "html", "extract")


# Issue 11: a page's <title> fills meta.title when the text has no headline of its own; trafilatura
# leaves the <title> out of the main text, so the batch takes it from the page (or the record's field).
TIELU = "12月3日，铁西区召开老旧小区改造推进会。今年全区投入资金2.3亿元，完成改造小区45个，惠及居民1.2万户。"


def test_page_title_fills_meta_title_without_its_site_name(tmp_path, pipeline):
    page = (
        "<html><head><meta charset='utf-8'><title>铁西区推进老旧小区改造_铁西新闻网</title></head>"
        f"<body><div class='nav'><a href='/'>首页</a></div><div class='TRS_Editor'><p>{TIELU}</p></div></body></html>"
    )
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    (rec,) = extracted(read(tmp_path / "p.html"), pipeline)
    assert rec["meta"]["title"] == "铁西区推进老旧小区改造"
    assert pipeline.extract(rec["text"]).meta.title is None  # the text alone has none


def test_record_title_field_fills_meta_title_unless_the_text_has_a_headline(tmp_path, pipeline):
    rows = [
        {"id": "plain", "text": TIELU, "title": "鐵西區推進老舊小區改造 - 鐵西新聞"},
        {"id": "headed", "text": "原标题：铁西区2.3亿元改造45个老旧小区\n" + TIELU, "title": "铁西新闻"},
    ]
    (tmp_path / "x.jsonl").write_bytes(jsonl_bytes(rows))
    plain, headed = extracted(read(tmp_path / "x.jsonl"), pipeline)
    assert plain["meta"]["title"] == "铁西区推进老旧小区改造"  # Simplified, the site's name cut
    assert plain["provenance"]["title"] == "鐵西區推進老舊小區改造 - 鐵西新聞"  # as given
    assert headed["meta"]["title"] == "铁西区2.3亿元改造45个老旧小区"
