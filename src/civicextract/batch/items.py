"""What flows between the stages: plain picklable records, no behaviour.

A reader yields :class:`RawItem` (bytes not yet decoded, so decoding and HTML
extraction happen in the workers, where the CPU is) or :class:`ReadFailure`
(something that could not even be cut out of its container) or
:class:`Skip` (a record that is not an article, counted but not written).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Provenance:
    input: str
    member: str | None = None
    line: int | None = None
    url: str | None = None
    warc_record_id: str | None = None
    fetch_date: str | None = None

    def where(self) -> str:
        """``path!member:line`` — the place a message points the user to."""
        s = self.input
        if self.member:
            s += f"!{self.member}"
        if self.line is not None:
            s += f":{self.line}"
        if self.warc_record_id:
            s += f" {self.warc_record_id}"
        return s

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# Payload formats: how a worker turns the bytes into text.
TEXT, HTML, JSON_OBJECT, JSON_LINE = "text", "html", "json", "jsonl"


@dataclass(frozen=True, slots=True)
class RawItem:
    prov: Provenance
    fmt: str
    payload: bytes
    charset: str | None = None  # declared by HTTP headers, never guessed here
    default_id: str | None = None


@dataclass(frozen=True, slots=True)
class ReadFailure:
    prov: Provenance
    error_type: str
    message: str
    stage: str = "read"
    article_id: str | None = None


@dataclass(frozen=True, slots=True)
class Skip:
    prov: Provenance
    reason: str
