"""Money, Hong Kong pages: an amount whose currency word stands before a pay or price noun, with no
currency word after the number (session 24, wave 2).

``某公司行政總裁的港幣年薪約48萬`` and ``兩名局長的港元月薪約32.5萬和29.8萬`` write the currency once,
before the noun that says what the money is, and the number after the noun ends in a bare 萬/億:
MONEY_RE, which reads a number up to its currency word or from a currency word glued before it,
finds neither.  Here the currency word and the noun (in either order: ``年薪港幣約300萬``) make the
number money: its currency is the word's, its purpose the noun, and a list after it
(``和29.8萬``) shares both.  Only Traditional pages are read (Hong Kong writes pay this way; a
Simplified page's ``人民币年薪约48万`` is left as it was).

The record's text is the number with a one-character qualifier glued before it (``约32.5万``), as
for every other amount; a qualifier word (约为, 超过) sets the qualifier but stays outside the span.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ...numbers import PREFIX_WORDS, parse_number
from ...records import Money

_CURRENCY = {"港币": "HKD", "港元": "HKD", "人民币": "CNY", "美元": "USD", "澳门币": "MOP", "新台币": "TWD"}
_CUR = "|".join(_CURRENCY)
_NOUN = "年薪|月薪|薪酬|薪金|底薪|起薪|月租|租金|售价|票价|车资|学费|入息|薪水"
# (a one-character qualifier is the number's own: 约32.5万's 约 is in its text)
_WORD = "约为|为|是|达|高达|超过|接近|只有|仅"
# a number with a magnitude and no currency word after it (元/美元 … would make it ordinary money)
_NUM = r"(?:约|近|逾|超)?\d+(?:[.,]\d+)*[万亿](?![元圆块美港欧英日澳新韩])"
_FRONTED_RE = re.compile(
    rf"(?:(?P<cur1>{_CUR})(?P<noun1>{_NOUN})|(?P<noun2>{_NOUN})(?P<cur2>{_CUR}))(?P<word>{_WORD})?(?P<num>{_NUM})"
)
_MORE_RE = re.compile(rf"(?:和|及|、|或|至)(?P<num>{_NUM})")


def fronted_amounts(text: str, records: list[Money]) -> list[Money]:
    """``records`` with the amounts of the shape above added in text order (none overlapping one
    already found)."""
    # (every page is asked since session 24's review: three scans for what every currency word holds,
    # 币 or 美元/港元, instead of one per word; the pattern decides)
    if "币" not in text and "美元" not in text and "港元" not in text:
        return records
    taken = [(r.start, r.end) for r in records]
    added: list[Money] = []
    for m in _FRONTED_RE.finditer(text):
        code = _CURRENCY[m["cur1"] or m["cur2"]]
        noun = m["noun1"] or m["noun2"]
        word = m["word"]
        spans = [(m.start("num"), m.end("num"))]
        end = m.end()
        while (more := _MORE_RE.match(text, end)) is not None:
            spans.append((more.start("num"), more.end("num")))
            end = more.end()
        for i, (s, e) in enumerate(spans):
            if any(s < te and ts < e for ts, te in taken):
                continue
            parsed = parse_number(text[s:e].replace(",", ""))
            if parsed is None or parsed.value <= Decimal(0):
                continue
            qualifier = parsed.qualifier
            if i == 0 and word and qualifier == "exact":
                qualifier = PREFIX_WORDS[word] if word in PREFIX_WORDS else "exact"
            added.append(Money(text[s:e], parsed.value, code, s, e, None, qualifier, noun))
            taken.append((s, e))
    if not added:
        return records
    return sorted(records + added, key=lambda r: r.start)


# A price range written with its dollar sign on both ends (每單位訂價 $8.2 至 $8.9): MONEY_RE reads
# a range only up to one currency word after it (14万元至28万元), so the two ends came out as two
# amounts.  Both ends written with the same sign, a range word and spaces only between them: one
# range, its purpose the first end's.
_DOLLAR_SIGNS = ("HK$", "US$", "NT$", "$")
_DOLLAR_RANGE_GAP_RE = re.compile(r"\s*(?:至|到|-|－|~|～)\s*")


_CHANGE_BEFORE_RANGE = frozenset("增増加减")


def dollar_ranges(text: str, records: list[Money]) -> list[Money]:
    if len(records) < 2 or "$" not in text:
        return records
    out: list[Money] = []
    i = 0
    while i < len(records):
        a = records[i]
        b = records[i + 1] if i + 1 < len(records) else None
        sign = next((s for s in _DOLLAR_SIGNS if a.text.startswith(s)), None)
        if (
            b is not None
            and sign is not None
            and b.text.startswith(sign)
            and a.amount_max is None
            and b.amount_max is None
            and a.qualifier == "exact"
            and b.qualifier == "exact"
            and a.currency == b.currency
            and a.amount < b.amount
            and _DOLLAR_RANGE_GAP_RE.fullmatch(text, a.end, b.start) is not None
            # (由$24至$27 is a change from one to the other: two amounts, as 由20元增至30元)
            and text[max(0, a.start - 1) : a.start] not in ("由", "从")
            # (津贴已由$A增加$B至$C: $B is the rise and $C the new level, two amounts; 増 is a variant of 增)
            and text[max(0, a.start - 1) : a.start] not in _CHANGE_BEFORE_RANGE
        ):
            out.append(Money(text[a.start : b.end], a.amount, a.currency, a.start, b.end, b.amount, "range", a.purpose))
            i += 2
            continue
        out.append(a)
        i += 1
    return out
