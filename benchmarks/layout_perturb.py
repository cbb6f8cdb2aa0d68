"""Do the records survive the layouts scrapers and PDF tools produce?

    PYTHONPATH=src .venv/bin/python benchmarks/layout_perturb.py [--show NAME ...] [--limit N]

Takes the copyable articles (``corpus/dev.jsonl`` and ``corpus/fit.jsonl``) and
rewrites each one in a layout that changes nothing a reader would notice:
Windows and old Mac line ends, paragraphs indented with full-width spaces or wrapped in
``<p>``, ``<br>`` line ends, no-break spaces, tabs for spaces, half-width punctuation,
an ASCII full stop for 。, full-width digits, a full-width thousands separator, straight,
corner or single quotes (‘’ or 『』 as the article's only quotes), a zero-width space or soft hyphen after every seventh
character, and hard wraps (lines cut every N
characters, as some page dumps do, or every N display columns, as text copied
out of a PDF is: a Han character two columns, a digit one; and with a page
number on a line of its own every ten lines).  For every kind it
counts the records of the original that the rewritten article does not give,
plus those it gives that the original does not (a multiset difference of the
records' keys: money (currency, amount, amount_max, qualifier), metrics
(value, value_max, unit), officials and programmes by name, purposes,
subjects, and the meta fields the judge reads), over the original's records.

A layout-robust pipeline changes none.  ``--show NAME`` lists the differences
of one layout.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from tests.layouts import every_seventh, lines, wrap_chars, wrap_columns  # noqa: E402

import civicextract  # noqa: E402

HALF = str.maketrans("，：；（）！？", ",:;()!?")
FULL_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


# A government site's page furniture around the article (made up, of the usual parts).
SITE_HEAD = "首页 > 新闻中心 > 部门动态 > 正文\n【字体：大 中 小】 打印本页 关闭窗口\n分享到：微信 微博 QQ空间\n浏览次数：1268次\n"
SITE_FOOT = (
    "\n【打印本页】【关闭窗口】\n上一篇：我市召开2023年第三季度安全生产工作会议\n"
    "主办单位：某某市人民政府办公室  承办单位：某某市大数据中心\n"
    "网站标识码：5101000001  京ICP备05070218号  京公网安备 11010502030000号\n"
    "地址：某某市人民路100号  邮编：610000  联系电话：028-12345678\n"
    "版权所有 © 2023 某某市人民政府 All Rights Reserved\n"
)

RELATED = (
    "\n相关阅读：\n某某县启动第二批10个示范村建设\n\n某某镇投入500万元改造农贸市场\n上一篇：某某区召开第3次专题会议\n"
)

LAYOUTS: dict[str, Callable[[str], str]] = {
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "cr": lambda t: t.replace("\n", "\r"),
    "indent": lambda t: "\n".join("\u3000\u3000" + p if p.strip() else p for p in lines(t)),
    "blank-lines": lambda t: t.replace("\n", "\n\n"),
    "html-p": lambda t: "".join(f"<p>{p}</p>" for p in lines(t)),
    "br": lambda t: t.replace("\n", "<br/>\n"),
    "nbsp": lambda t: t.replace(" ", "\xa0"),
    "nbsp-entity": lambda t: t.replace(" ", "&nbsp;"),
    "tabs": lambda t: t.replace(" ", "\t"),
    "half-width": lambda t: t.translate(HALF),
    "ascii-stop": lambda t: t.replace("。", "."),
    "full-digits": lambda t: t.translate(FULL_DIGITS),
    "wide-thousands": lambda t: re.sub(r"(?<=[0-9]),(?=[0-9]{3})", "，", t),
    "straight-quotes": lambda t: t.replace("“", '"').replace("”", '"'),
    "corner-quotes": lambda t: t.replace("“", "「").replace("”", "」"),
    "single-quotes": lambda t: t.replace("“", "‘").replace("”", "’"),
    "corner-single": lambda t: t.replace("“", "『").replace("”", "』"),
    "zero-width-7": every_seventh("\u200b"),
    "soft-hyphen-7": every_seventh("\xad"),
    "site-furniture": lambda t: SITE_HEAD + t + SITE_FOOT,
    "related-list": lambda t: t + RELATED,
    "trailing-spaces": lambda t: "\n".join(p + "  " for p in lines(t)),
    "wrap-30": wrap_chars(30),
    "wrap-40": wrap_chars(40),
    "wrap-40-spaced": lambda t: wrap_chars(40)(t).replace("\n", " \n"),
    "wrap-72-columns": wrap_columns(72),
    "wrap-72-paged": lambda t: "\n".join(
        line + (f"\n— {k // 10 + 1} —" if k % 10 == 9 else "") for k, line in enumerate(wrap_columns(72)(t).split("\n"))
    ),
}
KINDS = ("money", "metrics", "officials", "programs", "purpose", "subject", "meta")


def keys(record: dict) -> dict[str, Counter]:
    meta = record["meta"]
    return {
        "money": Counter((m["currency"], m["amount"], m["amount_max"], m["qualifier"]) for m in record["money"]),
        "metrics": Counter((m["value"], m["value_max"], m["unit"]) for m in record["metrics"]),
        "officials": Counter(o["name"] for o in record["officials"]),
        "programs": Counter(p["name"] for p in record["programs"]),
        "purpose": Counter(m["purpose"] for m in record["money"]),
        "subject": Counter(m["subject"] for m in record["metrics"]),
        "meta": Counter(f"{k}={meta.get(k)}" for k in ("source", "published", "editor", "reporters")),
    }


def articles(limit: int | None) -> list[tuple[str, str]]:
    out = []
    for name in ("dev", "fit"):
        for line in (ROOT / "corpus" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                out.append((d["id"], d["text"]))
    return out[:limit]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", nargs="*", default=[], help="list the differences of these layouts")
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    a = ap.parse_args()
    texts = articles(a.limit)
    pipeline = civicextract.Pipeline()
    base = {aid: keys(pipeline.extract(text, id=aid).to_dict()) for aid, text in texts}
    totals = Counter()
    for aid, _ in texts:
        for kind in KINDS:
            totals[kind] += sum(base[aid][kind].values())
    print(f"{len(texts)} articles; records changed by each layout (lost + gained) / records of the originals")
    print(f"{'layout':<16}" + "".join(f"{k:>14}" for k in KINDS))
    print(f"{'(originals)':<16}" + "".join(f"{totals[k]:>14}" for k in KINDS))
    for name, layout in LAYOUTS.items():
        changed, shown = Counter(), []
        for aid, text in texts:
            got = keys(pipeline.extract(layout(text), id=aid).to_dict())
            for kind in KINDS:
                lost, gained = base[aid][kind] - got[kind], got[kind] - base[aid][kind]
                n = sum(lost.values()) + sum(gained.values())
                if n:
                    changed[kind] += n
                    shown.append(f"    {aid} {kind}: -{dict(lost)} +{dict(gained)}")
        print(f"{name:<16}" + "".join(f"{changed[k]:>14}" for k in KINDS))
        if name in a.show:
            print("\n".join(s[:300] for s in shown))


if __name__ == "__main__":
    main()
