"""Throughput of number finding and money extraction, beside baselines timed in the same run.

    .venv/bin/python benchmarks/money_numbers.py [--chars 2000000] [--corpus corpus/dev.jsonl]
                                           [--gold corpus/dev.gold.jsonl] [--baseline-chars 200000]

The corpus is repeated until about ``--chars`` characters and timed in one
process on one core (least CPU time of ``--repeat`` runs):

* ``normalize`` alone (the floor every extractor sits on);
* money extraction on already-normalised documents, and ``normalize`` + money;
* ``NUMBER_RE`` + ``parse_number`` over every candidate (what metrics builds on);
* baselines, when installed (``pip install -e .[bench]``): cn2an's
  ``transform(text, "cn2an")`` (Chinese numerals -> digits) and JioNLP's
  ``ner.extract_money``.  They are much slower, so they are timed on the first
  ``--baseline-chars`` characters only; chars/s stays comparable.

With ``--gold``, money F1 of ours and of JioNLP (its records converted to the
spec: ``detail.num`` -> amount, a [low, high] pair -> a range unless the text
says 多/余/几, ``case`` -> ISO currency) is scored by the project's scorer
(``tests/dev_scorer.py``, a copy of ../shared/eval/score.py).
Figures are characters of original input per second.
"""

from __future__ import annotations

import argparse
import sys
from decimal import Decimal
from pathlib import Path

from _corpus import best_cpu, load_articles, repeat_to, time_extractor

from civicextract.document import normalize
from civicextract.extractors.money import extractor as money
from civicextract.numbers import NUMBER_RE, parse_number

ROOT = Path(__file__).resolve().parent.parent
_JIO_CURRENCY = {"元": "CNY", "人民币": "CNY", "美元": "USD", "港元": "HKD", "港币": "HKD", "欧元": "EUR",
                 "日元": "JPY", "英镑": "GBP", "新台币": "TWD", "台币": "TWD"}


def _numbers(docs) -> int:
    n = 0
    for d in docs:
        for m in NUMBER_RE.finditer(d.text):
            n += parse_number(m.group()) is not None
    return n


def _jio_records(jio, doc) -> list[dict]:
    out = []
    for r in jio.ner.extract_money(doc.text, with_parsing=True):
        num = r["detail"]["num"]
        lo, hi = (num[0], num[1]) if isinstance(num, list) else (num, None)
        if hi is not None and any(c in r["text"] for c in "多余几"):
            hi = None  # 8000多万元 is "over 8000万", not a range
        s, e = doc.to_original(*r["offset"])
        out.append({"text": r["text"], "amount": str(Decimal(lo)), "amount_max": hi and str(Decimal(hi)),
                    "currency": _JIO_CURRENCY.get(r["detail"].get("case"), "CNY"), "start": s, "end": e})
    return out


def _our_records(doc) -> list[dict]:
    out = []
    for m in money.extract(doc):
        s, e = doc.to_original(m.start, m.end)
        out.append(m.to_dict() | {"start": s, "end": e})
    return out


def _score(gold_path: Path, articles: list[dict], extract) -> tuple[float, float, float]:
    sys.path.insert(0, str(ROOT / "tests"))
    import dev_scorer  # noqa: E402  (a copy of the project's scorer)

    gold = {g["id"]: g for g in load_articles(gold_path)}
    corpus = {a["id"]: a for a in articles if a["id"] in gold}
    pred = {aid: {"money": extract(normalize(a["text"]))} for aid, a in corpus.items()}
    return dev_scorer.score(gold, pred, corpus).prf("money")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus" / "dev.jsonl")
    ap.add_argument("--gold", type=Path, default=ROOT / "corpus" / "dev.gold.jsonl")
    ap.add_argument("--chars", type=int, default=2_000_000)
    ap.add_argument("--baseline-chars", type=int, default=200_000)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()

    articles = load_articles(a.corpus)
    texts = repeat_to([x["text"] for x in articles], a.chars)
    total = sum(map(len, texts))
    times = time_extractor(texts, money.extract, a.repeat)
    docs, t_norm, t_money, t_both, found = times
    numbers = [0]
    t_numbers = best_cpu(lambda: numbers.__setitem__(0, _numbers(docs)), a.repeat)

    print(f"corpus {a.corpus.name}: {len(texts)} articles, {total:,} chars; "
          f"{found:,} money records and {numbers[0]:,} parsed numbers per pass")
    print(f"{'normalize alone':<34}{total / t_norm:>14,.0f} chars/s")
    print(f"{'normalize + money':<34}{total / t_both:>14,.0f} chars/s")
    print(f"{'money alone (on docs)':<34}{total / t_money:>14,.0f} chars/s")
    print(f"{'NUMBER_RE + parse_number (docs)':<34}{total / t_numbers:>14,.0f} chars/s")

    base_docs, n = [], 0
    for d in docs:
        if n >= a.baseline_chars:
            break
        base_docs.append(d)
        n += len(d.original)
    import warnings

    warnings.filterwarnings("ignore", module="cn2an")  # it warns on every 万 it cannot read
    try:
        import cn2an
    except ImportError:
        print("cn2an: not installed (pip install -e .[bench])")
    else:
        cn2an.transform("一千二百万元", "cn2an")
        t = best_cpu(lambda: [cn2an.transform(d.text, "cn2an") for d in base_docs], a.repeat)
        print(f"{'cn2an.transform (docs)':<34}{n / t:>14,.0f} chars/s   ours is {t / (t_numbers * n / total):,.0f}x faster")
    try:
        import jionlp as jio
    except ImportError:
        jio = None
        print("jionlp: not installed (pip install -e .[bench])")
    else:
        jio.ner.extract_money("投资8000多万元")
        t = best_cpu(lambda: [jio.ner.extract_money(d.text, with_parsing=True) for d in base_docs], a.repeat)
        print(f"{'jionlp.ner.extract_money (docs)':<34}{n / t:>14,.0f} chars/s   ours is {t / (t_money * n / total):,.0f}x faster")

    if a.gold and a.gold.exists():
        ours = _score(a.gold, articles, _our_records)
        print(f"money on {a.gold.name}: ours P {ours[0]:.3f} R {ours[1]:.3f} F1 {ours[2]:.3f}")
        if jio is not None:
            theirs = _score(a.gold, articles, lambda d: _jio_records(jio, d))
            print(f"money on {a.gold.name}: jionlp P {theirs[0]:.3f} R {theirs[1]:.3f} F1 {theirs[2]:.3f}")


if __name__ == "__main__":
    main()
