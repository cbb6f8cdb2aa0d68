"""Records do not depend on the page's script (session 24's review): the Hong Kong passes of the money
extractor decide by the amount and its words, and a short Traditional text that normalisation leaves
unconverted reads its report verbs in either script.  Made-up sentences, each in Simplified and in
OpenCC's Hong Kong Traditional."""

from __future__ import annotations

import pytest
from opencc import OpenCC

import civicextract

_S2HK = OpenCC("s2hk")


def _money(text):
    return [(m.text, str(m.amount), m.currency, m.qualifier, m.purpose) for m in civicextract.extract(text).money]


MONEY = [
    # a currency word before a pay noun is money on any page (it was read on Traditional pages only)
    ("某国企董事长的人民币年薪约120万，引起关注。", [("约120万", "1200000", "CNY", "approx", "年薪")]),
    ("两名局长的港元月薪约32.5万和29.8万。", [("约32.5万", "325000", "HKD", "approx", "月薪"), ("29.8万", "298000", "HKD", "exact", "月薪")]),
    # 过 after a verb of taking is the aspect of an act done, not "over"
    ("廉署指该职员曾收过5万港元利益。", [("5万港元", "50000", "HKD", "exact", "利益")]),
]


@pytest.mark.parametrize(("text", "records"), MONEY)
def test_money_in_both_scripts(text, records):
    assert _money(text) == records
    traditional = _S2HK.convert(text)
    assert [r[1:] for r in _money(traditional)] == [r[1:] for r in records]


def test_a_report_verb_in_traditional_script():
    for text in ("本港今日公布首季出口，按年跌2.1%。", "本港今日公佈首季出口，按年跌2.1%。"):
        assert [(m.text, m.subject) for m in civicextract.extract(text).metrics] == [("2.1%", "首季出口按年跌")]
