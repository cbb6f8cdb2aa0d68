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

    >>> decode("市財政今年投入兩千四百萬元用於城區道路改造，全年新建和改建道路十二公里，惠及沿線居民三萬餘人。".encode("big5"), "gb2312")[1]  # see decode_noted
    'big5hkscs'
    """
    text, codec, _ = decode_noted(data, declared, html=html)
    return text, codec


def decode_noted(data: bytes, declared: str | None = None, *, html: bool = False) -> tuple[str, str, str | None]:
    """Return ``(text, codec, warning)``; the warning says why a declared charset was not used.

    GB18030 decodes nearly any bytes without an error, so a page of Big5 bytes
    under a ``gb2312`` label used to come out as mojibake, silently.  A decoding
    by a declared Chinese charset must therefore also look like Chinese: most of
    its Han characters common ones (:func:`plausible`); if not, detection is
    tried and the warning names both.

    >>> decode("财政投入".encode("gbk"), "gb2312")
    ('财政投入', 'gb18030')
    >>> decode(codecs.BOM_UTF8 + "眉山".encode())
    ('眉山', 'utf-8-sig')
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec, None
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
                text = data.decode(codec)
            except UnicodeDecodeError:
                continue  # a wrong declaration is common; fall through to detection
            if codec not in _JUDGED:
                return text, codec, None
            share = common_share(text)
            if share >= PLAUSIBLE:
                return text, codec, None
            return _redetect(data, text, codec, share, label)
    if b"\x00" in data[:8192]:
        raise DecodeError("binary content (NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8", None
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    if _mostly_utf8(data):
        raise DecodeError(f"invalid UTF-8 at byte {first_bad} and no charset declared")
    return (*_detect(data), None)


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


# Share of Han characters that must be common ones for a decoding to be taken
# as right: Chinese news, simplified or traditional, scores 0.95-1.0 on the
# copyable corpus; Big5 bytes read as GB18030 score 0.26-0.45.
PLAUSIBLE = 0.75
# GB18030 and Big5 decode most byte strings of the other without an error;
# a strict UTF-8 decoding of non-UTF-8 bytes practically never succeeds.
_JUDGED = frozenset({"gb18030", "big5hkscs"})
_MIN_HAN = 20  # fewer Han characters than this: too few to judge
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\ue000-\uf8ff]")  # incl. private use: mojibake lands there
_COMMON: frozenset[str] | None = None


def _common() -> frozenset[str]:
    """GB2312 level 1 (3,755 common simplified) and Big5 level 1 (5,401 common traditional)."""
    global _COMMON
    if _COMMON is None:
        chars = set()
        for codec, leads, trails in (
            ("gb2312", range(0xB0, 0xD8), range(0xA1, 0xFF)),
            ("big5", range(0xA4, 0xC7), [*range(0x40, 0x7F), *range(0xA1, 0xFF)]),
        ):
            for a in leads:
                for b in trails:
                    try:
                        chars.add(bytes((a, b)).decode(codec))
                    except UnicodeDecodeError:
                        pass
        _COMMON = frozenset(chars)
    return _COMMON


def common_share(text: str) -> float:
    """Share of common characters among the first Han characters of ``text`` (1.0 if too few to judge).

    >>> common_share("市财政投入2400万元用于道路改造，全年新建道路十二公里。")
    1.0
    >>> common_share("市財政今年投入兩千四百萬元用於城區道路改造，全年新建和改建道路十二公里，惠及沿線居民三萬餘人。".encode("big5").decode("gb18030"))
    0.1875
    """
    han = _HAN.findall(text, 0, 3000)  # a page's opening is enough, and keeps this cheap
    if len(han) < _MIN_HAN:
        return 1.0
    common = _common()
    return sum(c in common for c in han) / len(han)


def _redetect(data: bytes, text: str, codec: str, share: float, label: str | None) -> tuple[str, str, str]:
    """A better decoding than the declared ``codec``'s implausible ``text``, or that text with a warning."""
    why = f"declared charset {label} does not fit the bytes (only {share:.0%} common characters)"
    tried = []
    try:
        tried.append(_detect(data))
    except DecodeError:
        pass
    for other in ("gb18030", "big5hkscs", "utf-8"):
        try:
            tried.append((data.decode(other), other))
        except UnicodeDecodeError:
            pass
    best = max(((common_share(t), c, t) for t, c in tried if c != codec), default=None, key=lambda x: x[0])
    if best is not None and best[0] >= PLAUSIBLE:
        return best[2], best[1], f"{why}; decoded as {best[1]} instead"
    return text, codec, f"{why}; no better charset found, decoded as declared"
