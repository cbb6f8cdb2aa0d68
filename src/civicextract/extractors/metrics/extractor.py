"""Metrics: every counted or measured quantity that is not money.

One regex search over ``doc.text`` jumps to the numbers that may be metrics
(a unit or measure word of ``models/units.tsv`` right after the digits, or
%/万/亿 in them); ``NUMBER_RE`` reads each one whole and ``parse_number``
gives its exact value.  A number is kept when a unit follows it (or, for a
bare ``万``/``亿`` number, a word for people is near: ``近7万群众``; or a
counted noun right after it is its unit: ``5.2万监测对象``), or a later figure
of its list has one (``约1800及1900宗``), and none of the spec's exclusions
applies: money, dates, durations, ages, ordinals and ranks, list numbering,
numbers in names and set phrases (``models/metric_exclusions.txt``), codes,
and 一 used as "a".  Its subject comes from ``subjects``.  The rules read a
view of the text without the spaces of the spaced style (``28 个村``,
``15 万平方米``); spans are mapped back, so the space stays in ``text``.

``text`` is the figure with its qualifier words as written: a prefix one
(``约300亩``, ``近15万平方米``) and a suffix one alike (``95%以上``,
``45万吨左右``, ``3000吨级及以上``); a verb that qualifies (``突破1000公里``)
is not part of it.  The scorer matches metrics by value, unit and qualifier,
so this only makes the records consistent; money follows the same rule.

This module only runs the stages, each a module of its own: ``scan`` (the
units lexicon, the spaced style, the number scan), ``candidates`` (the rule
chain for one number, with ``context``, ``people``, ``forms``, ``ranges`` and
``figures``) and ``subjects`` (what each figure counts).

>>> from civicextract.document import normalize
>>> [(m.text, str(m.value), m.unit, m.subject) for m in extract(normalize("抓好全域3000余个非申报点位的创建"))]
[('3000余个', '3000', '个', '非申报点位')]
"""

from __future__ import annotations

from bisect import bisect_right

from ...records import Metric
from .candidates import candidates
from .scan import despaced
from .subjects import subjects as find_subjects


def extract(doc) -> list[Metric]:
    text = doc.text
    view, gaps = despaced(text)
    hits = list(candidates(view))
    if not hits:
        return []
    subjects = find_subjects(view, hits)
    if gaps:
        # back to doc.text: a view position p is p plus the spaces taken out up to it
        def at(p: int) -> int:
            return p + bisect_right(gaps, p)

        if any(h.person_noun is not None for h in hits):
            # 受惠100億　市民：…: the spaced style puts its spaces around the digits (约
            # 30 万市民); a space between a bare 万/亿 and a people word separates a
            # headline's phrases, and the word opens the next one
            gap_set = set(gaps)
            kept = [h for h in hits if h.person_noun is None or h.end not in gap_set]
            if len(kept) != len(hits):
                if not kept:
                    return []
                hits, subjects = kept, find_subjects(view, kept)
        spans = [(at(h.start), at(h.end - 1) + 1) for h in hits]
        return [
            Metric(text[a:b], value, unit, a, b, value_max, qualifier, subj)
            for (_, _, _, _, value, value_max, qualifier, unit, _, _), (a, b), subj in zip(hits, spans, subjects, strict=True)
        ]
    # positional, in the field order of records.Metric: text, value, unit,
    # start, end, value_max, qualifier, subject (keywords cost a tenth more);
    # without spaces taken out the view is doc.text, and a hit's span is its own
    return [
        Metric(text[a:b], value, unit, a, b, value_max, qualifier, subj)
        for (a, b, _, _, value, value_max, qualifier, unit, _, _), subj in zip(hits, subjects, strict=True)
    ]
