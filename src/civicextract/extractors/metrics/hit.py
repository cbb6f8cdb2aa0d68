"""Metrics: the record a kept figure travels in before its subject is known, and the unit classes.

``Hit`` is what ``candidates`` yields and what the subject rules read: the
record's span, where the digits begin, where the unit and a suffix qualifier
end, the value and qualifier, the unit, and the people noun or counted noun
that stood for the unit.  The unit classes (people, rates, places) are the
sets every subject rule branches on, kept beside the record so the rule
modules share one definition.
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

PERSON_UNITS = frozenset({"人", "人次"})


class Hit(NamedTuple):
    """A number kept as a metric, in doc.text coordinates, before its subject is known."""

    start: int  # record span in doc.text
    end: int
    num_start: int  # where the digits begin (after a qualifier word)
    tail: int  # end of unit and suffix qualifier: where a right-side subject may begin
    value: Decimal
    value_max: Decimal | None
    qualifier: str
    unit: str
    person_noun: str | None
    noun_unit: bool = False  # the unit is the noun counted (三大流域: 流域), see choose_subject


RATE_UNITS = frozenset({"%", "‰", "个百分点", "倍"})
PLACE_LIKE = frozenset({"地", "州", "方", "地市", "省区市"})
PLACE_UNITS = frozenset("省市县区镇乡村")
# Nouns for a group of people (5500人的科技经理人队伍).
PEOPLE_MEASURES = frozenset({"名", "位"})
