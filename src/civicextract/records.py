"""Typed, immutable records: the contract of ../shared/spec/EXTRACTION_SPEC.md.

Every record carries ``start``/``end`` (or ``mentions``) as offsets into the
*original* input text.  ``to_dict()`` gives exactly the spec's JSON shape and
is the one serialisation that JSONL, Parquet and database rows are built on.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from decimal import Decimal
from typing import Any

SCHEMA_VERSION = 1

QUALIFIERS = ("exact", "over", "under", "at_least", "at_most", "approx", "range")


def _num(value: Decimal | None) -> int | float | str | None:
    """JSON number for a Decimal without float artefacts (``1.8亿`` stays exact)."""
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    # A float repr round-trips every decimal we produce (<= 17 significant digits);
    # the scorer and most readers want numbers, not strings.
    return float(value)


@dataclass(frozen=True, slots=True)
class Money:
    text: str
    amount: Decimal
    currency: str
    start: int
    end: int
    amount_max: Decimal | None = None
    qualifier: str = "exact"
    purpose: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "amount": _num(self.amount),
            "amount_max": _num(self.amount_max),
            "qualifier": self.qualifier,
            "currency": self.currency,
            "purpose": self.purpose,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True, slots=True)
class Metric:
    text: str
    value: Decimal
    unit: str
    start: int
    end: int
    value_max: Decimal | None = None
    qualifier: str = "exact"
    subject: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "value": _num(self.value),
            "value_max": _num(self.value_max),
            "qualifier": self.qualifier,
            "unit": self.unit,
            "subject": self.subject,
            "start": self.start,
            "end": self.end,
        }


Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Program:
    name: str
    mentions: tuple[Span, ...]
    aliases: tuple[str, ...] = ()
    components: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "aliases": list(self.aliases),
            "components": list(self.components),
            "mentions": [list(m) for m in self.mentions],
        }


@dataclass(frozen=True, slots=True)
class Official:
    name: str
    mentions: tuple[Span, ...]
    titles: tuple[str, ...] = ()
    organization: str | None = None
    role: str = "mentioned"

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "titles": list(self.titles),
            "organization": self.organization,
            "role": self.role,
            "mentions": [list(m) for m in self.mentions],
        }


@dataclass(frozen=True, slots=True)
class Meta:
    source: str | None = None
    published: str | None = None
    editor: str | None = None
    reporters: tuple[str, ...] = ()
    title: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "published": self.published,
            "editor": self.editor,
            "reporters": list(self.reporters),
            "title": self.title,
        }

    def merged(self, other: Meta) -> Meta:
        """Fields of ``self`` win; ``other`` fills what is missing."""
        return Meta(
            source=self.source or other.source,
            published=self.published or other.published,
            editor=self.editor or other.editor,
            reporters=tuple(dict.fromkeys((*self.reporters, *other.reporters))),
            title=self.title or other.title,
        )


@dataclass(frozen=True, slots=True)
class Article:
    id: str | None
    meta: Meta = field(default_factory=Meta)
    money: tuple[Money, ...] = ()
    metrics: tuple[Metric, ...] = ()
    programs: tuple[Program, ...] = ()
    officials: tuple[Official, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "schema_version": SCHEMA_VERSION,
            "meta": self.meta.to_dict(),
            "money": [r.to_dict() for r in self.money],
            "metrics": [r.to_dict() for r in self.metrics],
            "programs": [r.to_dict() for r in self.programs],
            "officials": [r.to_dict() for r in self.officials],
        }


RECORD_KINDS = ("money", "metrics", "programs", "officials")


def record_fields(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


__all__ = [
    "Article",
    "Meta",
    "Metric",
    "Money",
    "Official",
    "Program",
    "QUALIFIERS",
    "RECORD_KINDS",
    "SCHEMA_VERSION",
    "Span",
    "record_fields",
    "replace",
]
