"""Programmes, round 24: the last item of a listed object ends at 等 and the class of works after it.

A launch verb's list of named works (推进A水库、B水库、C灌区等重大水利工程建设) gave its last item the words up to
the class's programme word (C灌区等重大水利工程建设), a name no gold holds; the item now ends before 等 when a class
of works or projects follows it, as it did before a count (等23个续建项目).  Words holding 等 (平等, 高等) do not
cut.  Round 24's coverage of fit and rounds 11-16 and part A of its blind set (a work report's list of
reservoirs and an irrigation district; fit's 上海石化全面技改升级等重大项目).  Sentences are made up in the
style of the work reports; expected records are exact.
"""

from __future__ import annotations

from civicextract import extract


def _records(text: str) -> list[tuple[str, tuple[tuple[int, int], ...]]]:
    return [(p.name, p.mentions) for p in extract(text).programs]


def test_the_last_listed_work_ends_before_its_class():
    text = "今年全市推进青龙水库、白石水库、黑河大型灌区等重点水利工程建设，力争完成水利投资50亿元。"
    assert _records(text) == [
        ("青龙水库", ((6, 10),)),
        ("白石水库", ((11, 15),)),
        ("黑河大型灌区", ((16, 22),)),
    ]


def test_a_two_item_list_keeps_both_works():
    text = "加快推进青龙水库、南山大型灌区等重大水利工程建设。"
    assert _records(text) == [("青龙水库", ((4, 8),)), ("南山大型灌区", ((9, 15),))]


def test_a_list_before_a_counted_class_is_read_as_before():
    text = "开工建设南湾港区二期、北岸物流园等一批重大项目。"
    assert _records(text) == [("南湾港区二期", ((4, 10),)), ("北岸物流园", ((11, 16),))]


def test_a_word_holding_deng_does_not_cut_a_name():
    text = "坚持公平、平等原则，推进高等教育综合改革项目。"
    assert _records(text) == [("高等教育综合改革项目", ((12, 22),))]
