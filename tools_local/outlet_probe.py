"""Probe the outlet lexicon: for each outlet of a family, made-up stories in the layouts news prints
an outlet in; count which layouts give meta.source == the outlet.

usage: PYTHONPATH=src python tools_local/outlet_probe.py FAMILY_FILE [--show]
FAMILY_FILE: one outlet a line (Simplified or Traditional; '#' comments).  The bodies are made up.
"""
import sys
from collections import Counter

from civicextract.normalize.convert import to_simplified
from civicextract.pipeline import Pipeline

BODY = "8月1日上午，某市举行夏季消夏纳凉活动，吸引了数百名市民参加。活动现场设有多个展位，市民纷纷表示收获满满。"
LAYOUTS = {
    "byline": "{o}记者 张明 通讯员 李强\n" + BODY,
    "dateline": "{o}讯（记者 张明）" + BODY,
    "glued": "原标题：某市举行夏季消夏纳凉活动{o}讯（记者 张明）" + BODY,
    "label": BODY + "来源：{o}",
    "selfref": BODY + "{o}记者从市文旅局获悉，活动将持续一个月。",
    "closing": BODY + "（{o}记者 张明）",
}


def main() -> None:
    path = sys.argv[1]
    show = "--show" in sys.argv
    outlets = [x.split("#")[0].strip() for x in open(path, encoding="utf-8")]
    outlets = [x for x in outlets if x]
    pipe = Pipeline(kinds=())
    ok, n = Counter(), Counter()
    misses = []
    for o in outlets:
        want = to_simplified(o)[0]
        for name, lay in LAYOUTS.items():
            got = pipe.extract(lay.format(o=o)).meta.source
            n[name] += 1
            ok[name] += got == want
            if got != want:
                misses.append((o, name, got))
    print(f"{len(outlets)} outlets  " + "  ".join(f"{k} {ok[k]}/{n[k]}" for k in LAYOUTS)
          + f"  all {sum(ok.values())}/{sum(n.values())}")
    if show:
        for o, name, got in misses:
            print("  MISS", o, name, "->", got)


if __name__ == "__main__":
    main()
