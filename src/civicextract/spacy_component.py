"""civicextract as a spaCy pipeline component.

The factory is registered through the ``spacy_factories`` entry point, so a
spaCy pipeline finds it by name without importing civicextract first::

    >>> import spacy
    >>> nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    >>> _ = nlp.add_pipe("civicextract", config={"kinds": ["money"]})
    >>> doc = nlp("投资2400万元进行城中村改造")
    >>> [(s.text, s.label_) for s in doc.spans["civic_money"]]
    [('2400万元', 'MONEY')]
    >>> doc._.money[0].amount, doc._.money[0].span.start_char
    (Decimal('24000000'), 2)

It runs :class:`civicextract.pipeline.Pipeline` on ``doc.text`` (the original
article: Traditional, pinyin notes and markup included) and sets

* ``doc._.civic``: the :class:`~civicextract.records.Article`;
* ``doc._.money``, ``doc._.metrics``, ``doc._.programs``, ``doc._.officials``:
  the records as :class:`SpannedRecord` (the record's fields, plus its
  ``span``/``mentions``/``title_spans`` as spaCy ``Span`` objects);
* span groups ``civic_money``, ``civic_metrics``, ``civic_programs``,
  ``civic_officials``, ``civic_titles`` (labels MONEY, METRIC, PROGRAM,
  OFFICIAL, TITLE) and ``civic``, all of them together for one displaCy view.

Only ``doc._.civic_data``, a msgpack-safe dict, is *stored* on the Doc; every
other attribute is a getter that rebuilds from it.  That is what lets the
results survive ``Doc.to_bytes`` - the way ``nlp.pipe(n_process=2)`` brings
docs back from its worker processes - and ``DocBin(store_user_data=True)``:
an ``Article`` with ``Decimal`` amounts, or a ``Span``, cannot be msgpacked,
and spaCy would fail in the worker.

Spans are made with ``doc.char_span(start, end, alignment_mode="expand")``.
So that they are exactly the records' offsets rather than the whole jieba
words around them, the component first splits tokens at record boundaries
(``align_tokens``, on by default; the text never changes, only where tokens
end).  It does not split tokens of a Doc that already has a dependency parse;
there spans expand to whole tokens and ``record.start``/``record.end`` stay exact.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from decimal import Decimal
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from .records import RECORD_KINDS, Article, Meta, Metric, Money, Official, Program

__all__ = [
    "CivicExtractor",
    "DISPLACY_COLORS",
    "DISPLACY_OPTIONS",
    "LABELS",
    "SPAN_KEYS",
    "SpannedRecord",
    "article_from_data",
    "article_to_data",
    "make_civicextract",
]

DATA_VERSION = 1

LABELS = {"money": "MONEY", "metrics": "METRIC", "programs": "PROGRAM", "officials": "OFFICIAL", "titles": "TITLE"}
SPAN_KEYS = {kind: f"civic_{kind}" for kind in LABELS}
ALL_KEY = "civic"

# Registered through the ``spacy_displacy_colors`` entry point, so a plain
# ``displacy.render`` colours the labels; MONEY keeps spaCy's own NER colour
# there (the entry point would recolour every pipeline's MONEY entities).
DISPLACY_COLORS = {"METRIC": "#8fd3fe", "PROGRAM": "#b5e48c", "OFFICIAL": "#f4978e", "TITLE": "#d0bfff"}
DISPLACY_OPTIONS = {"colors": {"MONEY": "#f6c945", **DISPLACY_COLORS}}

_RECORD_TYPES: dict[str, type] = {"money": Money, "metrics": Metric, "programs": Program, "officials": Official}

# A title belongs to an official when it is written within this many original
# characters of one of the official's mentions, in the same sentence:
# "东坡区委常委、宣传部部长李维义", "李维义部长".  Original characters, so the
# window allows for pinyin notes such as 區(qū) that the Simplified text lost.
TITLE_WINDOW = 40
_SENTENCE_BREAK = re.compile(r"[。！？!?；;\n]")


# --------------------------------------------------------------------------
# The stored form: msgpack-safe (str, int, float, bool, None, list, dict).
# --------------------------------------------------------------------------

_DECIMAL = "$decimal"


def _encode(value: Any) -> Any:
    if isinstance(value, Decimal):
        return {_DECIMAL: str(value)}
    if isinstance(value, (tuple, list)):
        return [_encode(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if hasattr(value, "__dataclass_fields__"):
        return {f.name: _encode(getattr(value, f.name)) for f in fields(value)}
    raise TypeError(f"cannot store a {type(value).__name__} in doc._.civic_data: {value!r}")


def _decode(value: Any) -> Any:
    # Every sequence field of a record is a tuple; msgpack gives lists back
    # (or tuples: DocBin reads user data with use_list=False).
    if isinstance(value, (list, tuple)):
        return tuple(_decode(v) for v in value)
    if isinstance(value, dict):
        if set(value) == {_DECIMAL}:
            return Decimal(value[_DECIMAL])
        return {k: _decode(v) for k, v in value.items()}
    return value


def _record(cls: type, data: dict[str, Any]) -> Any:
    known = {f.name for f in fields(cls)}
    return cls(**{k: _decode(v) for k, v in data.items() if k in known})


def article_to_data(article: Article) -> dict[str, Any]:
    """The ``Article`` as msgpack-safe data, exact (``Decimal`` kept as its string)."""
    return _encode(article)


def article_from_data(data: dict[str, Any]) -> Article:
    """Inverse of :func:`article_to_data`: ``article_from_data(article_to_data(a)) == a``."""
    return Article(
        id=data.get("id"),
        meta=_record(Meta, data.get("meta") or {}),
        **{kind: tuple(_record(cls, r) for r in data.get(kind) or ()) for kind, cls in _RECORD_TYPES.items()},
    )


# --------------------------------------------------------------------------
# Records with spaCy spans
# --------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class SpannedRecord:
    """A civicextract record with its spans as spaCy ``Span`` objects.

    Every field of the record reads through (``.amount``, ``.name``,
    ``.titles``, ``.start`` …, with integer offsets); ``.record`` is the
    record itself.  ``.mentions`` holds the Spans (one for money and metrics),
    ``.span`` the first of them, ``.title_spans`` an official's titles.
    """

    kind: str
    record: Any
    mentions: tuple[Span, ...]
    title_spans: tuple[Span, ...] = ()

    @property
    def span(self) -> Span | None:
        return self.mentions[0] if self.mentions else None

    def __getattr__(self, name: str) -> Any:
        # Only reached for names the wrapper lacks; guard the ones that would
        # recurse before __init__ has set ``record``.
        if name.startswith("__") or name == "record":
            raise AttributeError(name)
        return getattr(self.record, name)

    def __repr__(self) -> str:
        spans = ", ".join(f"{s.text!r}@{s.start_char}" for s in self.mentions)
        return f"SpannedRecord({self.kind}, {self.record!r}, mentions=[{spans}])"


def _offsets(kind: str, record: Any) -> tuple[tuple[int, int], ...]:
    if kind in ("money", "metrics"):
        return ((record.start, record.end),)
    return tuple(tuple(m) for m in record.mentions)


def _char_spans(doc: Doc, offsets: Iterable[Sequence[int]], label: str = "", kb_id: str = "") -> list[Span]:
    out = []
    for start, end in offsets:
        span = doc.char_span(start, end, label=label, kb_id=kb_id, alignment_mode="expand")
        if span is not None:  # only None when the offsets cover nothing but whitespace
            out.append(span)
    return out


def _spanned(doc: Doc, kind: str) -> tuple[SpannedRecord, ...]:
    data = doc._.civic_data
    if not data or kind not in data["kinds"]:
        return ()
    records = getattr(article_from_data(data["article"]), kind)
    titles = data.get("title_spans") or []
    out = []
    label = LABELS[kind]
    for i, record in enumerate(records):
        name = getattr(record, "name", "")
        mentions = _char_spans(doc, _offsets(kind, record), label=label, kb_id=name)
        title_spans = (
            _char_spans(doc, titles[i], label=LABELS["titles"], kb_id=name)
            if kind == "officials" and i < len(titles)
            else []
        )
        out.append(SpannedRecord(kind, record, tuple(mentions), tuple(title_spans)))
    return tuple(out)


def _get_civic(doc: Doc) -> Article | None:
    data = doc._.civic_data
    return article_from_data(data["article"]) if data else None


# Module-level getters, not lambdas: spaCy hands the extension table to its
# worker processes, which must be able to pickle it under the "spawn" start method.
def _get_money(doc: Doc) -> tuple[SpannedRecord, ...]:
    return _spanned(doc, "money")


def _get_metrics(doc: Doc) -> tuple[SpannedRecord, ...]:
    return _spanned(doc, "metrics")


def _get_programs(doc: Doc) -> tuple[SpannedRecord, ...]:
    return _spanned(doc, "programs")


def _get_officials(doc: Doc) -> tuple[SpannedRecord, ...]:
    return _spanned(doc, "officials")


def _register_extensions() -> None:
    if not Doc.has_extension("civic_data"):
        Doc.set_extension("civic_data", default=None)
    for name, getter in (
        ("civic", _get_civic),
        ("money", _get_money),
        ("metrics", _get_metrics),
        ("programs", _get_programs),
        ("officials", _get_officials),
    ):
        # force: another package may already have claimed a generic name such
        # as ``money``; the civicextract component is the one the user added.
        Doc.set_extension(name, getter=getter, force=True)


_register_extensions()


# --------------------------------------------------------------------------
# Title offsets
# --------------------------------------------------------------------------


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    if a[1] <= b[0]:
        return b[0] - a[1]
    if b[1] <= a[0]:
        return a[0] - b[1]
    return 0


def find_title_spans(official: Official, document: Any) -> list[tuple[int, int]]:
    """Original offsets of ``official.titles`` written near the official's mentions.

    Searched in the normalised (Simplified) text, since titles are Simplified
    strings, and mapped back to the original, so a Traditional article gets
    its Traditional characters.  A record that carries its own non-empty
    ``title_spans`` (original offsets; a proposed addition to ``Official``)
    is taken as it is.
    """
    own = getattr(official, "title_spans", None)
    if own:
        return [tuple(s) for s in own]
    original, found = document.original, []
    for title in dict.fromkeys(t for t in official.titles if t):
        for m in re.finditer(re.escape(title), document.text):
            span = document.to_original(m.start(), m.end())
            for mention in official.mentions:
                lo, hi = min(span[0], mention[0]), max(span[1], mention[1])
                if _gap(span, tuple(mention)) <= TITLE_WINDOW and not _SENTENCE_BREAK.search(original, lo, hi):
                    found.append(span)
                    break
    # "书记" inside "区委书记" is the same title written once.
    found = sorted(set(found), key=lambda s: (s[0], -s[1]))
    return [s for s in found if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in found)]


# --------------------------------------------------------------------------
# The component
# --------------------------------------------------------------------------


def _boundaries(offsets: Iterable[tuple[int, int]]) -> set[int]:
    out: set[int] = set()
    for s, e in offsets:
        out.update((s, e))
    return out


def _align_tokens(doc: Doc, text: str, cuts: set[int]) -> None:
    """Split tokens so every offset in ``cuts`` is a token boundary."""
    if not cuts:
        return
    # Arrays, and the text passed in: ``doc.text`` and ``Token`` objects are
    # rebuilt on every access, and most tokens need no split.
    starts = doc.to_array("IDX").tolist()
    lengths = doc.to_array("LENGTH").tolist()
    inside: dict[int, list[int]] = {}
    for cut in sorted(cuts):
        i = bisect_right(starts, cut) - 1
        if i >= 0 and starts[i] < cut < starts[i] + lengths[i]:
            inside.setdefault(i, []).append(cut)
    if not inside:
        return
    with doc.retokenize() as retokenizer:
        for i, token_cuts in inside.items():
            edges = [starts[i], *token_cuts, starts[i] + lengths[i]]
            orths = [text[a:b] for a, b in zip(edges, edges[1:], strict=False)]
            # No parse to keep: each sub-token is its own head, as in an unparsed Doc.
            retokenizer.split(doc[i], orths, heads=[(doc[i], k) for k in range(len(orths))])


class CivicExtractor:
    """Runs civicextract on ``doc.text``; see the module docstring for what it sets."""

    def __init__(
        self,
        nlp: Language,
        name: str = "civicextract",
        *,
        kinds: Sequence[str] = RECORD_KINDS,
        align_tokens: bool = True,
    ):
        from .pipeline import Pipeline  # raises ArgumentError naming a bad kind

        self.name = name
        self.kinds = tuple(kinds)
        self.align_tokens = align_tokens
        self.pipeline = Pipeline(kinds=self.kinds)

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text  # joined from the tokens on every access: once is enough
        document = self.pipeline.document(text)
        article = self.pipeline.extract_document(document)
        titles = [find_title_spans(o, document) for o in article.officials]
        doc._.civic_data = {
            "version": DATA_VERSION,
            "kinds": list(self.kinds),
            "article": article_to_data(article),
            "title_spans": [[list(s) for s in spans] for spans in titles],
        }

        groups: dict[str, list[tuple[int, int, str]]] = {}  # kind -> (start, end, kb_id)
        for kind in self.kinds:
            groups[kind] = [
                (s, e, getattr(r, "name", "")) for r in getattr(article, kind) for s, e in _offsets(kind, r)
            ]
        if "officials" in self.kinds:
            groups["titles"] = [
                (s, e, o.name) for o, spans in zip(article.officials, titles, strict=True) for s, e in spans
            ]

        if self.align_tokens and not doc.has_annotation("DEP"):
            _align_tokens(doc, text, _boundaries((s, e) for g in groups.values() for s, e, _ in g))

        everything = []
        for kind, offsets in groups.items():
            label = LABELS[kind]
            spans = [sp for s, e, kb in offsets for sp in _char_spans(doc, [(s, e)], label=label, kb_id=kb)]
            doc.spans[SPAN_KEYS[kind]] = spans
            everything.extend(spans)
        doc.spans[ALL_KEY] = sorted(everything, key=lambda sp: (sp.start_char, -sp.end_char))
        return doc


@Language.factory(
    "civicextract",
    default_config={"kinds": list(RECORD_KINDS), "align_tokens": True},
    assigns=[
        "doc._.civic_data",
        "doc._.civic",
        "doc._.money",
        "doc._.metrics",
        "doc._.programs",
        "doc._.officials",
        "doc.spans",  # civic_money, civic_metrics, civic_programs, civic_officials, civic_titles, civic
    ],
)
def make_civicextract(nlp: Language, name: str, kinds: list[str], align_tokens: bool) -> CivicExtractor:
    return CivicExtractor(nlp, name, kinds=kinds, align_tokens=align_tokens)
