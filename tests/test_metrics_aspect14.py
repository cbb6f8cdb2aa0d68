"""Metric subjects across a relative clause whose verb carries an aspect particle (made-up sentences)."""

from __future__ import annotations

import pytest

from civicextract import extract


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("只要你生了10个活着的小孩，便可以参加抽签。", "小孩"),
        ("全区共有10个存在着安全隐患的小区。", "小区"),
        # Traditional input: 著 is the particle here (models/t2s_zhu.txt)
        ("只要你生了10個活著的小孩，便可以參加抽籤。", "小孩"),
        # no 的 after the particle: the clause is no relative one, the rule stays out
        ("10个人看着他。", "人看"),
    ],
)
def test_count_subject_after_an_aspect_clause(text, subject):
    (metric,) = extract(text).metrics
    assert (metric.value, metric.subject) == (10, subject)
