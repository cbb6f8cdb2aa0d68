"""WARC/ARC records to raw HTML items, with warcio.

warcio is the reference streaming WARC library (it de-chunks and decodes
HTTP payloads, handles per-record gzip members and ARC).  What it lacks is a
way past a broken record (webrecorder/warcio#99, still open): on an error we
report the damage and, when the file is seekable, scan forward for the next
record start (a gzip member header, or ``WARC/1.`` in an uncompressed file),
so one bad record costs one error row, not the rest of the crawl.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO

from .decode import charset_from_content_type
from .items import HTML, Provenance, RawItem, ReadFailure, Skip

_GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_MAGIC = b"WARC/1."
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CUT = "the file ends inside this record (truncated?)"
_NOT_ARTICLES = ("request", "metadata", "warcinfo", "revisit", "conversion", "continuation")


def _short(value: object, limit: int = 120) -> str:
    """One printable line: warcio quotes raw record bytes in its messages."""
    text = str(value).splitlines()[0] if str(value) else ""
    text = "".join(c if c.isprintable() else "?" for c in text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def read_warc(
    fh: IO[bytes], prov: Provenance, max_bytes: int, *, seekable: bool
) -> Iterator[RawItem | ReadFailure | Skip]:
    base = fh.tell() if seekable else 0
    head = fh.read(2)
    magic = _GZIP_MAGIC if head == _GZIP_MAGIC[:2] else _WARC_MAGIC
    if seekable:
        fh.seek(base)
    else:
        fh = _Prepend(fh, head)
    start = base
    while True:
        resume_at, error = yield from _records(fh, prov, max_bytes, start)
        if error is None:
            return
        where = Provenance(prov.input, prov.member)
        if error == _CUT:
            # the last record, cut by the end of the file: nothing after it to skip to
            yield ReadFailure(where, "DamagedInput", f"WARC record at byte {resume_at}: {error}")
            return
        if not seekable:
            yield ReadFailure(
                where,
                "DamagedInput",
                f"broken WARC record at byte {resume_at}: {error}; the rest of this member is not read",
            )
            return
        nxt = _find(fh, magic, resume_at + 1)
        tail = f"skipped to the next record at byte {nxt}" if nxt is not None else "no record after it"
        yield ReadFailure(where, "DamagedInput", f"broken WARC record at byte {resume_at}: {error}; {tail}")
        if nxt is None:
            return
        fh.seek(nxt)
        start = nxt


def _records(fh: IO[bytes], prov: Provenance, max_bytes: int, start: int):
    """Yield items from ``start``; return ``(offset of the failing record, error)`` or ``(_, None)`` at the end."""
    from warcio.archiveiterator import ArchiveIterator

    good_end = start
    counted = _Counting(fh)
    it = ArchiveIterator(counted)
    try:
        for rec in it:
            item = _item(rec, prov, max_bytes)
            damage = _damage(rec)
            if damage:
                item = ReadFailure(
                    _where(rec, prov), "DamagedInput", damage, article_id=_where(rec, prov).warc_record_id
                )
            if item is not None:
                yield item
            good_end = start + it.get_record_offset() + it.get_record_length()
    except Exception as exc:  # warcio raises many types (ArchiveLoadFailed, zlib.error, ValueError ...)
        return good_end, f"{type(exc).__name__}: {_short(exc)}"
    cut = counted.content_after(good_end - start)
    if cut is not None:
        # warcio ends quietly on a record cut inside its header: the bytes are there, no record came of them
        return start + cut, _CUT
    return good_end, None


def _damage(rec) -> str | None:
    """Why a record is not whole (cut short by the end of the file), or None.

    warcio stops quietly where the file ends, so without this check the part
    of a record before the cut became an article, or was skipped as not HTML.
    """
    if rec.length is None:
        return "record has no Content-Length: the file ends inside its header (truncated?)"
    missing = _missing_bytes(rec)
    if missing:
        return (
            f"record ends early: {rec.length - missing:,} of its {rec.length:,} bytes "
            "(Content-Length) are in the file (truncated?)"
        )
    return None


def _where(rec, prov: Provenance) -> Provenance:
    h = rec.rec_headers
    return Provenance(
        prov.input,
        prov.member,
        url=h.get_header("WARC-Target-URI"),
        warc_record_id=h.get_header("WARC-Record-ID"),
        fetch_date=h.get_header("WARC-Date"),
    )


def _item(rec, prov: Provenance, max_bytes: int) -> RawItem | ReadFailure | Skip | None:
    h = rec.rec_headers
    if rec.rec_type not in ("response", "resource"):
        if rec.rec_type in _NOT_ARTICLES:
            return None
        return Skip(
            Provenance(prov.input, prov.member, warc_record_id=h.get_header("WARC-Record-ID")),
            f"unknown WARC record type {_short(rec.rec_type)}",
        )
    here = _where(rec, prov)
    if rec.http_headers is not None:
        status = rec.http_headers.get_statuscode()
        ctype = rec.http_headers.get_header("Content-Type") or ""
        if status and not status.startswith("2"):
            return Skip(here, f"HTTP status {status}")
    else:
        ctype = h.get_header("Content-Type") or ""
    if not ctype.lower().lstrip().startswith(_HTML_TYPES):
        return Skip(here, f"not HTML ({ctype.split(';')[0] or 'no content type'})")
    length = int(h.get_header("Content-Length") or 0)
    if length > max_bytes:
        return ReadFailure(
            here,
            "TooLarge",
            f"record is {length:,} bytes, over the --max-bytes limit of {max_bytes:,}",
            article_id=here.warc_record_id,
        )
    payload = rec.content_stream().read()
    return RawItem(here, HTML, payload, charset=charset_from_content_type(ctype), default_id=here.warc_record_id)


def _missing_bytes(rec) -> int:
    """How many of the record's Content-Length bytes the file did not have."""
    raw = rec.raw_stream
    if not hasattr(raw, "limit"):
        return 0
    while raw.limit > 0 and raw.read(min(raw.limit, 1 << 16)):
        pass  # bytes the payload decoder left unread (after a chunked or gzip body's end)
    return raw.limit


def _find(fh: IO[bytes], magic: bytes, pos: int) -> int | None:
    fh.seek(pos)
    carry = b""
    offset = pos
    while True:
        chunk = fh.read(1 << 20)
        if not chunk:
            return None
        buf = carry + chunk
        i = buf.find(magic)
        if i >= 0:
            return offset - len(carry) + i
        carry = buf[-(len(magic) - 1) :]
        offset += len(chunk)


class _Prepend:
    """A stream whose first bytes were already read to sniff the format (warcio only calls read)."""

    def __init__(self, fh: IO[bytes], head: bytes):
        self._fh, self._head = fh, head

    def read(self, n: int = -1) -> bytes:
        if not self._head:
            return self._fh.read(n)
        first, self._head = self._head, b""
        return first + self._fh.read(-1 if n < 0 else max(n - len(first), 0))


class _Counting:
    """Counts the bytes warcio reads and keeps the last of them, to tell a cut record from trailing blank lines."""

    TAIL = 1 << 16

    def __init__(self, fh):
        self._fh, self.total, self._tail = fh, 0, b""

    def read(self, n: int = -1) -> bytes:
        data = self._fh.read(n)
        self.total += len(data)
        self._tail = (self._tail + data)[-self.TAIL :]
        return data

    def content_after(self, offset: int) -> int | None:
        """Where the first byte other than blank lines was read past ``offset``, or None."""
        left = self.total - offset
        if left <= 0:
            return None
        if left > len(self._tail):
            return offset
        rest = self._tail[-left:]
        stripped = rest.lstrip()
        return offset + len(rest) - len(stripped) if stripped else None
