"""The normalised document every extractor reads.

``normalize(original)`` runs the cleaning chain

    invisible characters -> markup -> pinyin notes -> widths -> Traditional->Simplified -> hard wraps -> header/byline/boilerplate

and keeps one composed offset map, so ``doc.to_original(start, end)`` turns a
span of ``doc.text`` into the span of ``doc.original`` it came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from .extractors.meta import find_meta
from .inputs import clean_text
from .normalize.boilerplate import Removal, find_boilerplate
from .normalize.convert import to_simplified
from .normalize.invisible import INVISIBLE_CHARS, remove_invisible
from .normalize.markup import page_title, strip_markup
from .normalize.pinyin import remove_pinyin_notes
from .normalize.quiet import nothing_to_clean
from .normalize.unwrap import unwrap_lines
from .normalize.widths import normalize_widths
from .offsets import Edit, OffsetChain, rewrite
from .records import Meta

if TYPE_CHECKING:
    from .segment import Token


@dataclass(frozen=True, eq=False)
class Document:
    original: str
    text: str
    offsets: OffsetChain
    id: str | None = None
    script: str = "simplified"
    meta: Meta = field(default_factory=Meta)
    removed: tuple[Removal, ...] = ()
    _cache: dict = field(default_factory=dict, repr=False)

    def __reduce__(self) -> tuple[type[Document], tuple[object, ...]]:
        # By constructor (compiled, a frozen class refuses the default __setstate__'s
        # assignments); the token cache is left behind, recomputed on first use.
        return (Document, (self.original, self.text, self.offsets, self.id, self.script, self.meta, self.removed))

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span ({start}, {end}) is outside the document text (length {len(self.text)})")
        return self.offsets.span(start, end)

    def surface(self, start: int, end: int) -> str:
        """The original characters behind ``text[start:end]``."""
        s, e = self.to_original(start, end)
        return self.original[s:e]

    @property
    def tokens(self) -> tuple[Token, ...]:
        """jieba tokens of ``text`` (computed on first use: most extractors need none)."""
        if "tokens" not in self._cache:
            from .segment import tokens

            self._cache["tokens"] = tuple(tokens(self.text))
        return self._cache["tokens"]


# What the first two cleaning steps look for, in one scan: a lone surrogate (``clean_text``) and an
# invisible format character (``remove_invisible``).  Most articles hold neither, and one class
# scan costs a third of the UTF-8 encoding and 22 character searches the steps would make.  (The
# surrogates are re's escapes, not characters of the literal: mypyc compiles no surrogate literal.)
_SURROGATE_OR_INVISIBLE = re.compile(r"[\ud800-\udfff" + INVISIBLE_CHARS + "]")
_CN_DIGITS = "〇零一二两三四五六七八九十百千万亿"
_MD_HEADING = re.compile(r"\A\s*#{1,6}[ \t]+\S")
_MARKERS = frozenset("□■◆●▲★◇○ \t")


def _whole_lines(text: str, s: int, e: int) -> tuple[int, int]:
    """Widen a cut to the whole line when nothing but layout is left beside it.

    ``□眉山网记者 余毅\n`` goes with its bullet and its line break, so the body
    keeps neither a stray ``□`` nor an empty line; a byline glued to a body
    sentence (``…王梦圆41辆新能源公交车…``) is cut alone.
    """
    ls = text.rfind("\n", 0, s) + 1
    le = text.find("\n", e)
    le = len(text) if le < 0 else le
    if not _MARKERS.issuperset(text[ls:s]):
        return s, e
    s = ls
    if text[e:le].strip(" \t"):
        return s, e
    return s, min(le + 1, len(text))


def _merge(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for s, e, kind in sorted(spans):
        s, e = _whole_lines(text, s, e)
        if out and s <= out[-1][1]:
            ps, pe, pk = out[-1]
            out[-1] = (ps, max(pe, e), pk)
        else:
            out.append((s, e, kind))
    if out:
        # Layout left at either end of the body goes with the cut next to it.
        s, e, k = out[0]
        if not text[:s].strip():
            out[0] = (0, e, k)
        s, e, k = out[-1]
        if not text[e:].strip():
            s = len(text[:s].rstrip())
            if len(out) > 1 and s <= out[-2][1]:
                s, k = out.pop(-2)[0::2]
            out[-1] = (s, len(text), k)
    return out


def _gap(text: str, s: int, e: int) -> str:
    """What a cut leaves: nothing, or a space where deleting would glue two
    numbers or words together (``200`` + byline + ``41辆`` must not read ``20041辆``),
    or a line break after a number whose next word would read as its unit
    (a phone number + byline + ``附 部分…`` must not read ``85518661部``; the
    number scans allow spaces inside an amount, ``120 亿美元``, but no line break)."""
    before, after = text[s - 1 : s], text[e : e + 1]
    if _joins(before) and _joins(after):
        return " "
    return "\n" if before != "" and (before.isdigit() or before in _CN_DIGITS) and after.isalpha() else ""


def _joins(ch: str) -> bool:
    return (ch.isascii() and ch.isalnum()) or (ch != "" and ch in _CN_DIGITS)


def _original_span(chain: OffsetChain, s: int, e: int, text: str, original: str) -> tuple[int, int]:
    """A cut that reaches an end of the text takes the markup beyond it too (``](url)`` after 查看原文)."""
    os_, oe = chain.span(s, e)
    return (0 if s == 0 else os_), (len(original) if e == len(text) else oe)


def normalize(original: str, *, id: str | None = None) -> Document:
    return _cut(_clean(original, id=id))


class _Cleaned(NamedTuple):
    """An article through the cleaning steps, before its header, byline and
    boilerplate are found and cut (``normalize`` is ``_cut(_clean(original))``;
    a batch runs each over all its articles, see ``Pipeline._extract_batch``)."""

    original: str
    text: str
    chain: OffsetChain
    script: str
    id: str | None
    titled: bool
    page_title: str | None

    def find_meta(self) -> tuple[Meta, list[tuple[int, int, str]]]:
        return find_meta(self.text, titled=self.titled, page_title=self.page_title)


def _clean(original: str, *, id: str | None = None) -> _Cleaned:
    """Invisible characters, markup, pinyin notes, widths, Traditional -> Simplified and hard wraps, with their map."""
    if not isinstance(original, str):
        raise TypeError(f"article {id!r}: text must be str, not {type(original).__name__}")
    id = None if id is None else clean_text(id)
    chain = OffsetChain()
    quiet = nothing_to_clean(original)  # (no character the first steps, widths or t2s look for)
    if quiet or _SURROGATE_OR_INVISIBLE.search(original) is None:
        visible = original  # (what both steps below give back for the nine articles in ten that hold neither)
    else:
        # Lone surrogates (valid JSON escapes, not characters) become U+FFFD, one for
        # one: ``original`` keeps its length, so offsets hold for the caller's string too.
        original = clean_text(original)
        visible, m = remove_invisible(original)
        chain = chain.then(m)
    text, m = strip_markup(visible)
    quiet = quiet and m.is_identity  # (an entity may stand for any character)
    chain = chain.then(m)
    text, m = remove_pinyin_notes(text)
    quiet = quiet and m.is_identity
    chain = chain.then(m)
    text = normalize_widths(text, wide=not quiet)
    if quiet:
        script = "simplified"  # (to_simplified gives back a text holding no character t2s changes)
    else:
        text, m, script = to_simplified(text)
        chain = chain.then(m)
    text, m = unwrap_lines(text)
    chain = chain.then(m)
    titled = _MD_HEADING.match(visible) is not None
    return _Cleaned(original, text, chain, script, id, titled, page_title(visible))


def _cut(cleaned: _Cleaned, found_meta: tuple[Meta, list[tuple[int, int, str]]] | None = None) -> Document:
    """The Document: header, byline and boilerplate found (``found_meta``: the
    header and byline, when found already) and cut, edge whitespace dropped."""
    original, text, chain, script, id = cleaned[:5]
    meta, meta_spans = cleaned.find_meta() if found_meta is None else found_meta
    cuts = [(s, e, k) for s, e, k in meta_spans if k != "title"]
    cuts += [(r.start, r.end, r.kind) for r in find_boilerplate(text)]
    merged = _merge(text, cuts)
    removed = tuple(
        Removal(*_original_span(chain, s, e, text, original), kind=k, text=text[s:e].strip()) for s, e, k in merged
    )
    text, m = rewrite(text, (Edit(s, e, _gap(text, s, e)) for s, e, _ in merged))
    chain = chain.then(m)
    # Edge whitespace is layout, not content: dropped without a removal record.
    body = text.strip()
    if body != text:
        lead = len(text) - len(text.lstrip())
        text, m = rewrite(text, [Edit(0, lead), Edit(lead + len(body), len(text))])
        chain = chain.then(m)
    return Document(original=original, text=text, offsets=chain, id=id, script=script, meta=meta, removed=removed)
