# Copy of ../shared/eval/score.py (the project's judge), kept so that the quality
# gate in tests/test_quality_gate.py runs from a fresh clone.  Do not edit: refresh
# it from ../shared/eval/score.py when that changes.
#!/usr/bin/env python3
"""Score extraction output against gold annotations.

    python score.py GOLD.jsonl PRED.jsonl [--corpus CORPUS.jsonl] [--json]

GOLD and PRED hold one JSON object per article, matched by "id".  The fields
read are described in ../spec/EXTRACTION_SPEC.md.  Matching is one-to-one
per article (a multiset), so every mention counts once:

  money     key (currency, amount, amount_max)
  metrics   key (value, value_max) and compatible units (equal after aliases,
            or one a prefix of the other: 人 ~ 人口, 万亩 never arises);
            N 成 counts as 10N %
  officials key name
  programs  a predicted name matches a gold name when one contains the other
            and the shorter is at least half as long; names listed in
            "programs_optional" are neither required nor counted as errors
  meta      source, published (date part), editor, reporters (exact)

Secondary figures (only over matched pairs): qualifier accuracy, purpose and
subject overlap (character Jaccard >= 0.5 or containment), title recall.
With --corpus, "start"/"end" offsets of money and metric predictions are
checked against the original text: the slice must hold the same digits.

The last line is a one-line summary: macro F1 over the four record kinds.
"""
import argparse
import json
import re
import sys
from collections import Counter
from decimal import Decimal, InvalidOperation

KINDS = ("money", "metrics", "programs", "officials")
UNIT_ALIASES = {
    "㎡": "平方米", "m²": "平方米", "m2": "平方米", "平米": "平方米", "平方": "平方米",
    "千米": "公里", "km": "公里", "％": "%", "百分之": "%", "百分点": "个百分点",
    "个百分点": "个百分点", "公顷": "公顷", "m³": "立方米", "方": "立方米",
}
PINYIN_NOTE = re.compile(r"\([a-zA-Zàáǎèéěìíǐòóǒùúǔǜǘǚǖüāēīōū]{1,7}\)")


def load(path):
    out = {}
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                sys.exit(f"{path}:{n}: not JSON ({exc})")
            out[str(rec.get("id"))] = rec
    return out


def num(x):
    if x is None or x == "":
        return None
    try:
        return Decimal(str(x)).normalize()
    except InvalidOperation:
        return None


def unit(u):
    u = (u or "").strip()
    return UNIT_ALIASES.get(u, u)


def money_key(r):
    return ((r.get("currency") or "CNY").upper(), num(r.get("amount")), num(r.get("amount_max")))


def tenths_as_percent(r):
    """`五成` (value 5, unit 成) is the same quantity as 50 %: compare both as %."""
    if unit(r.get("unit")) != "成":
        return r
    scale = lambda v: None if num(v) is None else num(v) * 10
    return dict(r, value=scale(r.get("value")), value_max=scale(r.get("value_max")), unit="%")


def metric_key(r):
    r = tenths_as_percent(r)
    return (num(r.get("value")), num(r.get("value_max")))


def units_agree(g, p):
    a, b = unit(tenths_as_percent(g).get("unit")), unit(tenths_as_percent(p).get("unit"))
    return a == b or (a and b and (a.startswith(b) or b.startswith(a)))


def clean_name(s):
    return re.sub(r"[\s“”\"'‘’「」『』《》<>()（）]", "", s or "")


def overlaps(a, b):
    a, b = clean_name(a), clean_name(b)
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    sa, sb = set(a), set(b)
    return len(sa & sb) / len(sa | sb) >= 0.5


def program_match(g, p):
    g, p = clean_name(g), clean_name(p)
    if not g or not p:
        return False
    short, long_ = sorted((g, p), key=len)
    return short in long_ and len(short) * 2 >= len(long_)


def pair_exact(gold, pred, key, agree=lambda g, p: True):
    """One-to-one pairs of gold and predicted items with equal keys."""
    free = {}
    for i, p in enumerate(pred):
        free.setdefault(key(p), []).append(i)
    pairs = []
    for g in gold:
        bucket = free.get(key(g), [])
        for j, i in enumerate(bucket):
            if agree(g, pred[i]):
                pairs.append((g, pred[bucket.pop(j)]))
                break
    return pairs


def pair_programs(gold, optional, pred):
    used, pairs, ignored = set(), [], 0
    for g in gold:
        for i, p in enumerate(pred):
            if i not in used and program_match(g["name"], p.get("name", "")):
                used.add(i)
                pairs.append((g, p))
                break
    for i, p in enumerate(pred):
        if i not in used and any(program_match(o, p.get("name", "")) for o in optional):
            used.add(i)
            ignored += 1
    return pairs, ignored


class Tally:
    def __init__(self):
        self.c = Counter()

    def prf(self, kind):
        tp, ng, np_ = self.c[kind, "tp"], self.c[kind, "gold"], self.c[kind, "pred"]
        p = tp / np_ if np_ else (1.0 if not ng else 0.0)
        r = tp / ng if ng else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def ratio(self, name):
        ok, n = self.c[name, "ok"], self.c[name, "n"]
        return (ok / n if n else None), n


def digits(s):
    return re.sub(r"\D", "", s or "")


# Chinese numerals, Traditional forms folded onto Simplified, so that a span on
# Traditional text (兩萬) matches a record written in Simplified (两万).
_NUMERAL_FOLD = str.maketrans("兩萬億貳參陸幾", "两万亿贰叁陆几")
_NUMERALS = re.compile(r"[0-9零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟半几]")


def numerals(s):
    return "".join(_NUMERALS.findall((s or "").translate(_NUMERAL_FOLD)))


def span_matches(span, text):
    """The original span carries the same numerals as the record's text."""
    want = numerals(text)
    return bool(want) and numerals(PINYIN_NOTE.sub("", span)) == want


def score(gold, pred, corpus=None):
    t = Tally()
    for aid, g in gold.items():
        p = pred.get(aid, {})
        t.c["articles", "n"] += 1
        t.c["articles", "ok"] += aid in pred
        for kind, key, agree in (("money", money_key, None), ("metrics", metric_key, units_agree),
                                 ("officials", lambda r: clean_name(r.get("name")), None)):
            gl, pl = g.get(kind, []), p.get(kind, []) or []
            pairs = pair_exact(gl, pl, key, agree or (lambda g_, p_: True))
            t.c[kind, "gold"] += len(gl)
            t.c[kind, "pred"] += len(pl)
            t.c[kind, "tp"] += len(pairs)
            for gi, pi in pairs:
                if kind in ("money", "metrics"):
                    t.c["qualifier", "n"] += 1
                    t.c["qualifier", "ok"] += (gi.get("qualifier") or "exact") == (pi.get("qualifier") or "exact")
                if kind == "money" and gi.get("purpose"):
                    t.c["purpose", "n"] += 1
                    t.c["purpose", "ok"] += overlaps(gi["purpose"], pi.get("purpose"))
                if kind == "metrics" and gi.get("subject"):
                    t.c["subject", "n"] += 1
                    t.c["subject", "ok"] += overlaps(gi["subject"], pi.get("subject"))
                if kind == "officials":
                    for title in gi.get("titles", []):
                        t.c["titles", "n"] += 1
                        t.c["titles", "ok"] += any(overlaps(title, x) for x in pi.get("titles", []) or [])
        gl, pl = g.get("programs", []), p.get("programs", []) or []
        pairs, ignored = pair_programs(gl, g.get("programs_optional", []), pl)
        t.c["programs", "gold"] += len(gl)
        t.c["programs", "pred"] += len(pl) - ignored
        t.c["programs", "tp"] += len(pairs)
        gm, pm = g.get("meta", {}) or {}, p.get("meta", {}) or {}
        for field in ("source", "published", "editor", "reporters"):
            if gm.get(field):
                want, got = gm[field], pm.get(field)
                if field == "published":
                    want, got = str(want)[:10], str(got or "")[:10]
                t.c["meta", "n"] += 1
                t.c["meta", "ok"] += want == got
        if corpus and aid in corpus:
            text = corpus[aid]["text"]
            for kind in ("money", "metrics"):
                for r in p.get(kind, []) or []:
                    if "start" in r and "end" in r:
                        t.c["spans", "n"] += 1
                        t.c["spans", "ok"] += span_matches(text[r["start"]:r["end"]], r.get("text"))
    return t


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--corpus", help="JSONL with id and original text, to check offsets")
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    a = ap.parse_args()
    gold, pred = load(a.gold), load(a.pred)
    corpus = load(a.corpus) if a.corpus else None
    t = score(gold, pred, corpus)
    fig = {k: dict(zip(("p", "r", "f1"), t.prf(k)), gold=t.c[k, "gold"], pred=t.c[k, "pred"]) for k in KINDS}
    for name in ("qualifier", "purpose", "subject", "titles", "meta", "spans", "articles"):
        fig[name] = dict(zip(("acc", "n"), t.ratio(name)))
    fig["macro_f1"] = sum(fig[k]["f1"] for k in KINDS) / len(KINDS)
    if a.json:
        print(json.dumps(fig, ensure_ascii=False))
        return
    print(f"{'kind':<10}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}{'pred':>7}")
    for k in KINDS:
        f = fig[k]
        print(f"{k:<10}{f['p']:7.3f}{f['r']:7.3f}{f['f1']:7.3f}{f['gold']:7d}{f['pred']:7d}")
    for name in ("qualifier", "purpose", "subject", "titles", "meta", "spans", "articles"):
        acc, n = fig[name]["acc"], fig[name]["n"]
        print(f"{name:<10}{'' if acc is None else f'{acc:7.3f}':>7}  (n={n})")
    print(f"macro F1 {fig['macro_f1']:.3f}")


if __name__ == "__main__":
    main()
