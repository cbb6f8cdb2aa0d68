"""Hostile web pages for ``run``: truncated WARC records, HTML nested too deep, a lying charset.

Each test is the repro of a defect of issue 13 and the accounting it must give
(read = written + skipped + failed; nothing partial written as if whole).
"""

from __future__ import annotations

import json

import pytest

from civicextract.batch.decode import decode_noted
from civicextract.batch.html import main_text
from civicextract.batch.runner import RunConfig, run

from .test_batch_helpers import html_page, write_warc

pytest.importorskip("warcio", reason="the batch readers need civicextract[warc]")
pytest.importorskip("trafilatura", reason="reading HTML needs civicextract[warc]")

# Synthetic Traditional news sentences (Big5-encodable), long enough to judge a charset by.
TRAD = "市財政今年投入兩千四百萬元用於城區道路改造，全年新建和改建道路十二公里，惠及沿線居民三萬餘人。"
PARAS = [f"第{i}項：市財政投入{i + 1}00萬元用於道路改造，全年新建道路十二公里。" for i in range(6)]


def do_run(tmp_path, inputs) -> tuple[dict, list, list]:
    out = tmp_path / "out"
    run(RunConfig(inputs=[str(p) for p in inputs], outdir=str(out), kinds=("money",), timeout=None))
    s = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert s["read"] == s["written"] + s["skipped"] + s["failed"]
    arts = [json.loads(x) for x in (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    errs = [json.loads(x) for x in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    return s, arts, errs


@pytest.mark.parametrize("where", [0.02, 0.3, 0.9], ids=["in-warc-header", "in-http-header", "in-body"])
@pytest.mark.parametrize("gz", [True, False], ids=["warc.gz", "warc"])
def test_a_truncated_warc_record_is_an_error_row_not_a_partial_article(tmp_path, gz, where):
    # Before: a cut in the body wrote the part before it as the whole article, one in
    # a header skipped the record as "not HTML" or lost it without a trace; 0 failed.
    pages = [(f"http://www.gov.cn/{i}.html", html_page("\n".join(PARAS[i:])).encode(), "text/html") for i in range(6)]
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    offsets = write_warc(path, pages, gz=gz, extra=False)
    data = path.read_bytes()
    path.write_bytes(data[: offsets[4] + int((offsets[5] - offsets[4]) * where)])  # the file ends in record 5
    s, arts, errs = do_run(tmp_path, [path])
    assert (s["read"], s["written"], s["skipped"], s["failed"]) == (5, 4, 0, 1)
    assert [a["provenance"]["url"] for a in arts] == [f"http://www.gov.cn/{i}.html" for i in range(4)]
    (e,) = errs
    assert (e["stage"], e["error_type"]) == ("read", "DamagedInput")
    # the wording depends on where the cut fell (warcio itself fails on some cut headers)
    assert "WARC record at byte " in e["message"] or "(truncated?)" in e["message"], e["message"]


@pytest.mark.parametrize("depth", [300, 3000])
def test_html_nested_deeper_than_the_parser_allows_keeps_its_article(tmp_path, depth):
    # Before: from 254 levels on, libxml2 gave up and the page was NoMainText.
    body = "".join(f"<p>{p}</p>" for p in PARAS[:2])
    page = (
        "<html><head><title>深层页面</title><script>var a = '<p>不是正文</p>';</script></head><body>"
        + "<div>" * depth
        + body
        + "<!-- 注释 -->"
        + "</div>" * depth
        + "</body></html>"
    )
    assert main_text(page) == ("\n".join(PARAS[:2]), "深层页面")
    (tmp_path / "deep.html").write_text(page, encoding="utf-8")
    s, arts, _ = do_run(tmp_path, [tmp_path / "deep.html"])
    assert (s["read"], s["written"]) == (1, 1)
    assert [m["text"] for m in arts[0]["money"]] == ["100万元", "200万元"]


def test_a_page_with_no_text_at_any_depth_is_still_no_main_text(tmp_path):
    from civicextract.batch.html import NoMainText

    with pytest.raises(NoMainText):
        main_text("<html><body>" + "<div>" * 400 + "</div>" * 400 + "</body></html>")


def test_big5_bytes_under_a_gb2312_label_are_detected_and_reported(tmp_path):
    # Before: decoded as GB18030 without an error, mojibake, no warning.
    page = f'<html><head><meta charset="gb2312"><title>新聞</title></head><body><article><p>{TRAD}</p></article></body></html>'
    data = page.encode("big5hkscs")
    text, codec, warning = decode_noted(data, html=True)
    assert TRAD in text and codec == "big5hkscs"
    assert warning == (
        "declared charset gb2312 does not fit the bytes (only 18% common characters); decoded as big5hkscs instead"
    )
    (tmp_path / "p.html").write_bytes(data)
    s, arts, _ = do_run(tmp_path, [tmp_path / "p.html"])
    prov = arts[0]["provenance"]
    assert (prov["encoding"], prov["encoding_warning"]) == ("big5hkscs", warning)
    (m,) = arts[0]["money"]
    assert arts[0]["text"][m["start"] : m["end"]] == "兩千四百萬元"  # offsets into the text decoded right


def test_a_right_label_gives_no_warning():
    for text, label in ((TRAD, "big5"), (PARAS[0] * 3, "gb2312")):
        assert decode_noted(text.encode("big5hkscs" if label == "big5" else "gb18030"), label) == (
            text,
            "big5hkscs" if label == "big5" else "gb18030",
            None,
        )
