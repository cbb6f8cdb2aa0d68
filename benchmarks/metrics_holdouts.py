"""Metrics and subject figures of every in-sample metrics set, whole and by blind half.

    PYTHONPATH=src .venv/bin/python benchmarks/metrics_holdouts.py [--out DIR] [--only NAME ...]
        [--errors NAME ...] [--part A|B]

Extracts dev, fit, each ``corpus/holdout_metrics*.jsonl`` and, when present, the Hong Kong
sets kept outside the repository (/work/hkextra/metrics*), and prints the judge's metrics
P/R/F1, subject accuracy and span check per set and per part (A: errors read while fixing;
B: held back, as corpus/SOURCES.md lists).  ``--errors`` lists the missed, extra and
wrong-subject records of the named sets (restricted to one part with ``--part``), for
grouping into families.  Evaluation-only texts may be measured; their text must not be
copied from this output into the repository.  The sealed check split is never read.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from pathlib import Path

from civicextract.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
EVAL = Path("/work/evaldata")
HK = Path("/work/hkextra")
_SCORE = Path("/work/shared/eval/score.py")


def _ids(*names: str, prefix: str) -> frozenset[str]:
    return frozenset(f"{prefix}{n}" for n in names)


# name -> (texts, gold, ids of part B or None); part B as corpus/SOURCES.md lists it
SETS = {
    "dev": (EVAL / "dev.jsonl", EVAL / "dev.gold.jsonl", None),
    "fit": (EVAL / "fit.jsonl", EVAL / "fit.gold.jsonl", None),
    "r3": (
        CORPUS / "holdout_metrics.jsonl",
        CORPUS / "holdout_metrics.gold.jsonl",
        _ids("02", "05", "08", "11", "14", "16", "19", "21", "23", prefix="hm-"),
    ),
    "r4": (
        CORPUS / "holdout_metrics_r4.jsonl",
        CORPUS / "holdout_metrics_r4.gold.jsonl",
        _ids("c02", "c05", "c08", "c10", "c11", "c14", "c17", "c21", "r02", "r05", "r07", "x02", prefix="m4-"),
    ),
    "r5": (
        CORPUS / "holdout_metrics_r5.jsonl",
        CORPUS / "holdout_metrics_r5.gold.jsonl",
        _ids(
            "c02", "c04", "c08", "c10", "c12", "c14", "c16", "c18", "c20", "r01", "r03", "r05", "r07", "x03", "x06",
            prefix="m5-",
        ),
    ),
    "r9": (
        CORPUS / "holdout_metrics_r9.jsonl",
        CORPUS / "holdout_metrics_r9.gold.jsonl",
        _ids("c02", "c04", "c06", "r01", "r03", "r05", "r07", "r09", "r12", "x03", prefix="m9-"),
    ),
    # subject11's indicator-dense set (2026 work report paragraphs), gold written blind
    "s11": (
        CORPUS / "holdout_subject_r11.jsonl",
        CORPUS / "holdout_subject_r11.gold.jsonl",
        _ids("q3", "q5", "q7", "n2", "n7", prefix="s11-"),
    ),
    # subject12's fresh set (西藏 work report, 新闻联播, CRUD_RAG), gold written blind
    "s12": (
        CORPUS / "holdout_subject_r12.jsonl",
        CORPUS / "holdout_subject_r12.gold.jsonl",
        _ids("x02", "x04", "x06", "w02", "w04", "h02", "h04", prefix="s12-"),
    ),
    "hk3": (HK / "metrics/hk_metrics.jsonl", HK / "metrics/hk_metrics.gold.jsonl", None),
    "hk4": (HK / "metrics_r4/hk_metrics_r4.jsonl", HK / "metrics_r4/hk_metrics_r4.gold.jsonl", "hk_B"),
    "hk5": (HK / "metrics_r5/hk_metrics_r5.jsonl", HK / "metrics_r5/hk_metrics_r5.gold.jsonl", "hk_B"),
    "hk10": (HK / "metrics10/hk_all.jsonl", HK / "metrics10/hk_all.gold.jsonl", "hk_B"),
    # round 11, metrics11 (22 Tianjin work-report paragraphs, 4 新闻联播 sections; part B blind)
    "r11": (
        CORPUS / "holdout_metrics_r11.jsonl",
        CORPUS / "holdout_metrics_r11.gold.jsonl",
        _ids("t02", "t04", "t06", "t08", "t10", "t12", "t15", "t17", "t19", "t21", "t23", "x03", "x07", prefix="m11-"),
    ),
    # round 12, metrics12 (Beijing, Chongqing, Hainan report paragraphs, a 新闻联播 section, Jilin local news)
    "r12": (
        CORPUS / "holdout_metrics_r12.jsonl",
        CORPUS / "holdout_metrics_r12.gold.jsonl",
        _ids("b02", "b04", "b06", "c02", "h01", "h03", "n02", "n04", "n06", prefix="m12-"),
    ),
    # round 16, money16 (10 Xinjiang 2026 report paragraphs, 20 CRUD_RAG local and world news lines; money and
    # metrics both annotated; part B blind, scored before the first fix and after the last)
    "r16": (
        CORPUS / "holdout_money_r16.jsonl",
        CORPUS / "holdout_money_r16.gold.jsonl",
        _ids("c01", "c08", "c09", "c10", "c12", "c15", "c16", "c17", "x09", "x16", prefix="r16-"),
    ),
    # round 17, subject17 (32 CRUD_RAG local-news lines; money and metrics both annotated; part B blind,
    # scored before the first fix and after the last)
    "r17": (
        CORPUS / "holdout_subject_r17.jsonl",
        CORPUS / "holdout_subject_r17.gold.jsonl",
        _ids("c06", "c10", "c12", "c19", "c25", "c27", "c28", "c29", "c32", "c33", prefix="r17-"),
    ),
    # round 20, money20 (30 texts: 新闻联播 sections, Qinghai 2026 report passages, CRUD_RAG lines; money and
    # metrics both annotated; part B blind, scored before the first fix and after the last)
    "r20": (
        CORPUS / "holdout_money_r20.jsonl",
        CORPUS / "holdout_money_r20.gold.jsonl",
        _ids("c04", "c05", "g04", "q14", "x03", "x05", "x06", "x07", "x09", "x10", prefix="r20-"),
    ),
    # round 24, subj24 (15 新闻联播 sections, 14 CRUD_RAG local-news lines; metrics and subjects annotated; part
    # B blind, scored before the first fix and after the last)
    "s24": (
        CORPUS / "holdout_subject_r24.jsonl",
        CORPUS / "holdout_subject_r24.gold.jsonl",
        _ids("c05", "c08", "c10", "c11", "d01", "d04", "d07", "x01", "x05", "x09", "x10", "x11", "x13", "x15", prefix="r24-"),
    ),
    "subj25": (
        CORPUS / "holdout_subject_r25.jsonl",
        CORPUS / "holdout_subject_r25.gold.jsonl",
        _ids("c01", "c02", "c07", "c09", "c10", "x02", "x05", "x08", "x09", "x11", "x12", "x13", prefix="r25-"),
    ),
}


def _scorer():
    spec = importlib.util.spec_from_file_location("score", _SCORE)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _part_b(name: str, texts: Path, b) -> frozenset[str] | None:
    if b == "hk_B":  # (the Hong Kong sets list their part B in a file of their own)
        path = texts.parent / "hk_B.jsonl"
        return frozenset(json.loads(x)["id"] for x in path.read_text(encoding="utf-8").splitlines() if x.strip())
    return b


def _row(sc, label: str, gold: dict, pred: dict, corpus: dict) -> None:
    t = sc.score(gold, pred, corpus)
    p, r, f = t.prf("metrics")
    s, n = t.ratio("subject")
    spans, _ = t.ratio("spans")
    print(
        f"{label:<8}{p:7.3f}{r:7.3f}{f:7.3f}{t.c['metrics', 'gold']:6d}{t.c['metrics', 'pred']:6d}"
        f"{(s or 0):9.3f}{n:5d}{'' if spans is None else f'{spans:7.3f}'}"
    )


def _errors(sc, name: str, gold: dict, pred: dict, corpus: dict) -> None:
    def ctx(text: str, m: dict) -> str:
        a = m["start"] if "start" in m else text.find(m["text"])
        b = a + len(m["text"])
        return (text[max(0, a - 28) : a] + "[" + text[a:b] + "]" + text[b : b + 14]).replace("\n", "⏎")

    for aid, g in gold.items():
        text = corpus[aid]["text"]
        gl, pl = g.get("metrics", []), pred.get(aid, {}).get("metrics", [])
        pairs = sc.pair_exact(gl, pl, sc.metric_key, sc.units_agree)
        got_g, got_p = {id(a) for a, _ in pairs}, {id(b) for _, b in pairs}
        for m in gl:
            if id(m) not in got_g:
                print(name, aid, "missed", m["value"], m["unit"], m.get("subject"), "|", ctx(text, m))
        for m in pl:
            if id(m) not in got_p:
                print(name, aid, "extra", m["value"], m["unit"], m.get("subject"), "|", ctx(text, m))
        for a, b in pairs:
            if a.get("subject") and not sc.overlaps(a["subject"], b.get("subject")):
                print(name, aid, "subject", a["subject"], "->", b.get("subject"), "|", ctx(text, b))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", help="keep the predictions here (one PRED.jsonl per set)")
    ap.add_argument("--only", nargs="*", help="sets to score (default: all there are)")
    ap.add_argument("--errors", nargs="*", default=[], help="sets whose errors to list")
    ap.add_argument("--part", choices=("A", "B"), help="list the errors of this part only")
    a = ap.parse_args()
    sc = _scorer()
    pipe = Pipeline()
    out = Path(a.out) if a.out else None
    if out:
        out.mkdir(parents=True, exist_ok=True)
    print(f"{'set':<8}{'P':>7}{'R':>7}{'F1':>7}{'gold':>6}{'pred':>6}{'subject':>9}{'n':>5}{'spans':>7}")
    for name, (texts, goldp, b) in SETS.items():
        if (a.only and name not in a.only) or not texts.exists() or not goldp.exists():
            continue
        corpus, gold = sc.load(str(texts)), sc.load(str(goldp))
        pred = {aid: pipe.extract(rec["text"], id=aid).to_dict() for aid, rec in corpus.items()}
        if out:
            with open(out / f"{name}.pred.jsonl", "w", encoding="utf-8") as fh:
                fh.writelines(json.dumps(p, ensure_ascii=False) + "\n" for p in pred.values())
        _row(sc, name, gold, pred, corpus)
        part_b = _part_b(name, texts, b)
        if part_b:
            _row(sc, " A", {k: v for k, v in gold.items() if k not in part_b}, pred, corpus)
            _row(sc, " B", {k: v for k, v in gold.items() if k in part_b}, pred, corpus)
        if name in a.errors:
            keep = gold
            if a.part and part_b:
                keep = {k: v for k, v in gold.items() if (k in part_b) == (a.part == "B")}
            _errors(sc, name, keep, pred, corpus)


if __name__ == "__main__":
    main()
