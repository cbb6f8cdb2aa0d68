"""Bytes to text: BOM, then the declared charset, then detection.

Chinese sites declare ``gb2312`` and serve GBK/GB18030-only characters
(adbar/trafilatura#541); GB18030 is a strict superset of both, so every GB
label decodes as GB18030.  Likewise Big5 labels decode as Big5-HKSCS, the
superset Hong Kong sites actually use.  A text that is almost all valid UTF-8
is *damaged* UTF-8, not another encoding: guessing would turn it into
mojibake, so it becomes an error row instead.
"""

from __future__ import annotations

import codecs
import re

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "cp936": "gb18030",
    "euc_cn": "gb18030",  # codecs normalises "euc-cn" / "x-euc-cn" to gb2312; kept for clarity
    "big5": "big5hkscs",
    "cp950": "big5hkscs",
}

# Single-byte Western labels decode any bytes at all, so on Chinese news they
# can only produce mojibake: they are treated as no declaration.
_IGNORED = {"ascii", "latin_1", "iso8859_1", "cp1252", "iso8859_15"}

# Detection is limited to what Chinese news is published in; without the limit
# a short damaged text is confidently "detected" as cp1252 or koi8-r.
_CANDIDATES = ["utf_8", "gb18030", "big5hkscs", "utf_16", "utf_32"]

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


class DecodeError(ValueError):
    """Bytes that cannot be turned into text with confidence."""


def canonical(label: str | None) -> str | None:
    """The codec to use for a declared charset label, or None if Python has none.

    >>> canonical("GB2312"), canonical("x-gbk"), canonical("Big5"), canonical("utf8")
    ('gb18030', 'gb18030', 'big5hkscs', 'utf-8')
    >>> canonical("no-such-charset") is None
    True
    """
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in ("x-gbk", "x-gb2312"):
        label = "gbk"
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    name = name.replace("-", "_")
    if name in _IGNORED:
        return None
    return _SUPERSETS.get(name, codecs.lookup(name).name)


def charset_from_content_type(value: str | None) -> str | None:
    """``text/html; charset=GBK`` -> ``GBK``."""
    if not value:
        return None
    m = re.search(r"charset\s*=\s*[\"']?([^\s;\"']+)", value, re.I)
    return m.group(1) if m else None


def html_declared_charset(data: bytes) -> str | None:
    """The ``<meta charset>`` / ``http-equiv`` label in the first 4 KB of a page."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", "replace") if m else None


def decode(data: bytes, declared: str | None = None, *, html: bool = False) -> tuple[str, str]:
    """Return ``(text, codec)``; raise :class:`DecodeError` with a message a user can act on.

    >>> decode("财政投入".encode("gbk"), "gb2312")
    ('财政投入', 'gb18030')
    >>> decode(codecs.BOM_UTF8 + "眉山".encode())
    ('眉山', 'utf-8-sig')
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError as exc:
                raise DecodeError(
                    f"starts with a {codec} byte order mark but is not {codec} (byte {exc.start})"
                ) from None
    labels = [declared]
    if html:
        labels.append(html_declared_charset(data))
    for label in labels:
        codec = canonical(label)
        if codec:
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError:
                continue  # a wrong declaration is common; fall through to detection
    if b"\x00" in data[:8192]:
        raise DecodeError("binary content (NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    if _mostly_utf8(data):
        raise DecodeError(f"invalid UTF-8 at byte {first_bad} and no charset declared")
    return _detect(data)


def _mostly_utf8(data: bytes) -> bool:
    text = data.decode("utf-8", "surrogateescape")
    bad = sum(1 for c in text if "\udc80" <= c <= "\udcff")
    good = sum(1 for c in text if ord(c) > 0x7F) - bad
    return good >= 10 * bad


def _detect(data: bytes) -> tuple[str, str]:
    try:
        from charset_normalizer import from_bytes
    except ImportError:
        raise DecodeError(
            "not UTF-8 and no charset declared (install charset-normalizer to detect GB18030/Big5)"
        ) from None

    best = from_bytes(data, cp_isolation=_CANDIDATES).best()
    if best is None:
        raise DecodeError("undecodable bytes: not UTF-8, GB18030 or Big5, and no charset declared")
    codec = canonical(best.encoding) or best.encoding
    try:
        return data.decode(codec), codec
    except UnicodeDecodeError as exc:
        raise DecodeError(f"undecodable bytes: detected {codec} but byte {exc.start} is not {codec}") from None
