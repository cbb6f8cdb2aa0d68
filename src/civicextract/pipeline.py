"""The pipeline: normalise once, run the extractors, map spans back once.

Extractors work in the normalised text's coordinates; this module is the one
place where their spans become offsets into the original input.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import replace
from time import perf_counter
from typing import Any

from .document import Document, _clean, _cut, normalize
from .errors import ArgumentError, ExtractionTimeout, InputError
from .extractors.meta import page_headline
from .inputs import clean_text
from .records import RECORD_KINDS, Article, ItemError
from .remap import article_of, span_mapper, to_original_all
from .timelimit import Expired, time_limit

Extractor = Callable[[Document], list]


def _check_kinds(kinds: object) -> tuple[str, ...]:
    expected = f"a kind or an iterable of kinds from {', '.join(RECORD_KINDS)}"
    if isinstance(kinds, str):
        kinds = (kinds,)  # one kind, not its letters
    try:
        kinds = tuple(kinds)  # type: ignore[arg-type]
    except TypeError:
        raise ArgumentError("kinds", kinds, expected) from None
    for k in kinds:
        if k not in RECORD_KINDS:
            raise ArgumentError("kinds", k, f"one of {', '.join(RECORD_KINDS)}")
    return kinds


def _load_extractor(kind: str) -> Extractor:
    return importlib.import_module(f"civicextract.extractors.{kind}").extract


class Pipeline:
    """Loads resources once and extracts many articles.

    >>> p = Pipeline(kinds=("money",))
    >>> [m.text for m in p.extract("投资2400万元进行城中村改造").money]
    ['2400万元']
    """

    def __init__(self, kinds: str | Iterable[str] = RECORD_KINDS, *, timeout: float | None = None):
        """``kinds``: one kind name or several.  ``timeout``: seconds one article may
        take before :meth:`extract` raises :class:`ExtractionTimeout` (see ``timelimit``)."""
        self.kinds = _check_kinds(kinds)
        if timeout is not None and (isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0):
            raise ArgumentError("timeout", timeout, "a number of seconds above 0, or None")
        self.timeout = timeout
        self._extractors = {k: _load_extractor(k) for k in self.kinds}
        if timeout is not None:
            # Dictionaries and models load on first use: not on a real article's time.
            self.extract_document(self.document("据新华社消息，市财政投入50万元用于道路改造。"))

    def document(self, text: str, *, id: str | None = None) -> Document:
        return normalize(text, id=id)

    def extract(self, text: str, *, id: str | None = None, title: str | None = None) -> Article:
        """The records of one article.  ``title``: the page's ``<title>`` or a feed's title
        for the article, its ``meta.title`` when the text itself gives no headline."""
        if not isinstance(text, str):
            raise InputError(f"text must be a string, not {type(text).__name__}", article=id)
        if self.timeout is None:
            return with_title(self.extract_document(self.document(text, id=id)), title)
        try:
            with time_limit(self.timeout):
                article = self.extract_document(self.document(text, id=id))
        except Expired:
            raise ExtractionTimeout(f"extraction took longer than {self.timeout:g} s", article=id) from None
        return with_title(article, title)

    def extract_document(self, doc: Document) -> Article:
        to_original = span_mapper(doc)
        n = len(doc.text)
        found = {
            kind: to_original_all(extractor(doc), to_original, n, doc) for kind, extractor in self._extractors.items()
        }
        return article_of(doc, found)

    def extract_many(
        self, items: Iterable[str | Mapping[str, Any]], *, on_error: str = "raise"
    ) -> Iterator[Article | ItemError]:
        """Extract from strings or ``{"id", "text"}`` mappings, in order (a mapping's
        ``title``, when it has one, is the headline ``meta.title`` falls back to).

        ``on_error`` says what an item that cannot be extracted does (not a
        string or a mapping, no ``text``, or the extraction raised): ``"raise"``
        (the default) raises there, ending the generator; ``"skip"`` leaves it
        out; ``"record"`` yields an :class:`~civicextract.records.ItemError` in
        its place (its position, id and the reason), so the output keeps one
        entry per item.

        >>> p = Pipeline(kinds=("money",))
        >>> [type(r).__name__ for r in p.extract_many(["投资50万元", {"id": "b"}, "x"], on_error="record")]
        ['Article', 'ItemError', 'Article']
        """
        if on_error not in _ON_ERROR:
            raise ArgumentError("on_error", on_error, "'raise', 'skip' or 'record'")
        if (
            type(self).extract is Pipeline.extract
            and type(self).extract_document is Pipeline.extract_document
            and type(self).document is Pipeline.document
        ):
            return self._extract_batched(items, on_error)
        return self._extract_many(items, on_error)

    def _extract_many(self, items: Iterable[str | Mapping[str, Any]], on_error: str) -> Iterator[Article | ItemError]:
        for n, item in enumerate(items, 1):
            aid = None
            try:
                if isinstance(item, str):
                    article = self.extract(item, id=None)
                elif isinstance(item, Mapping):
                    aid = item.get("id")
                    aid = None if aid is None else str(aid)
                    if "text" not in item:
                        raise InputError("no 'text' field", article=aid, line=n)
                    # the title applied here: a subclass's own extract() need not take one
                    article = with_title(self.extract(item["text"], id=aid), item.get("title"))
                else:
                    raise InputError(f"expected a string or a mapping with 'text', not {type(item).__name__}", line=n)
            except Exception as exc:
                if on_error == "raise":
                    raise
                if on_error == "record":
                    yield ItemError(n, aid, type(exc).__name__, str(exc))
                continue
            yield article

    def _extract_batched(
        self, items: Iterable[str | Mapping[str, Any]], on_error: str
    ) -> Iterator[Article | ItemError]:
        """``_extract_many`` a batch of articles at a time, each stage over the whole
        batch: normalise them all, then each extractor over them all.  One
        extractor's patterns and tables stay in the CPU's caches from one article
        to the next, where alternating four extractors article by article evicts
        them: 10 % less CPU time over corpus/dev+fit in batches of 64.  The same
        records, errors and order as one article at a time; the items are read up
        to a batch ahead (an error in the iterable itself comes after the items
        read before it), the first alone, so it comes out as soon as one by one.
        A timeout holds for each article's stages together."""
        it = iter(items)
        n = 0
        exhausted = False
        limit = 1  # the first article comes out at once; batches double up to _BATCH_ITEMS
        while not exhausted:
            batch: list[list] = []  # [position, id, text, Article | exception]
            titles: dict[int, object] = {}  # position -> a mapping's title
            size = 0
            failure: Exception | None = None
            while len(batch) < limit and size < _BATCH_CHARS:
                try:
                    item = next(it)
                except StopIteration:
                    exhausted = True
                    break
                except Exception as exc:
                    failure = exc
                    break
                n += 1
                entry: list = [n, None, None, None]
                batch.append(entry)
                try:
                    if isinstance(item, str):
                        text = item
                    elif isinstance(item, Mapping):
                        aid = item.get("id")
                        entry[1] = aid = None if aid is None else str(aid)
                        if "text" not in item:
                            raise InputError("no 'text' field", article=aid, line=n)
                        text = item["text"]
                        titles[n] = item.get("title")
                    else:
                        raise InputError(
                            f"expected a string or a mapping with 'text', not {type(item).__name__}", line=n
                        )
                    if not isinstance(text, str):
                        raise InputError(f"text must be a string, not {type(text).__name__}", article=entry[1])
                    size += len(text)
                    entry[2] = text
                except Exception as exc:
                    entry[3] = exc
            self._extract_batch(batch)
            for pos, aid, _, result in batch:
                if isinstance(result, Article):
                    yield with_title(result, titles.get(pos))
                    continue
                if on_error == "raise":
                    raise result
                if on_error == "record":
                    yield ItemError(pos, aid, type(result).__name__, str(result))
            if failure is not None:
                raise failure
            limit = min(2 * limit, _BATCH_ITEMS)

    def _extract_batch(self, batch: list[list], limits: list[float] | None = None) -> None:
        """Extract a batch of ``[position, id, text, None]`` entries, each stage over
        them all; the ``None`` becomes the entry's Article or the exception that
        stopped it (an entry given an exception is left alone).  With a timeout,
        each article's stages together get ``timeout`` seconds, as in :meth:`extract`;
        ``limits``, one per entry, gives each its own seconds instead (the batch
        runner's articles have spent part of theirs reading their page)."""
        timers = _batch_timers(batch, limits, self.timeout)
        docs = self._normalise_batch(batch, timers)
        found = self._extract_kinds(batch, docs, timers)
        _store_articles(batch, docs, found)

    def _normalise_batch(self, batch: list[list], timers: _BatchTimers) -> list[Any]:
        """The Document of each entry not failed yet (None where none is made: the
        entry now holds the exception that stopped it)."""
        docs: list[Any] = [None] * len(batch)

        def keep_doc(i: int, result: Any) -> None:
            if isinstance(result, BaseException):
                docs[i], batch[i][3] = None, result
            else:
                docs[i] = result

        todo = [i for i, e in enumerate(batch) if e[3] is None]
        if type(self).document is Pipeline.document:
            # normalize() in its stages, each over the batch: the header and byline
            # finder (half of normalize's time, and many patterns) runs on its own.
            timers.each(todo, lambda i: _clean(batch[i][2], id=batch[i][1]), keep_doc)
            todo = [i for i in todo if docs[i] is not None]
            metas: dict[int, Any] = {}
            timers.each(todo, lambda i: docs[i].find_meta(), metas.__setitem__)
            for i, m in metas.items():
                if isinstance(m, BaseException):
                    docs[i], batch[i][3] = None, m
            todo = [i for i in todo if docs[i] is not None]
            timers.each(todo, lambda i: _cut(docs[i], metas[i]), keep_doc)
        else:
            timers.each(todo, lambda i: self.document(batch[i][2], id=batch[i][1]), keep_doc)
        return docs

    def _extract_kinds(self, batch: list[list], docs: list[Any], timers: _BatchTimers) -> dict[int, dict[str, tuple]]:
        """Each extractor over the batch's documents in turn, its spans mapped to the
        original text: the records by kind of each article with a document (an
        article an extractor fails is left out of the next ones, its exception kept)."""
        live = [i for i, d in enumerate(docs) if d is not None]
        mappers = {i: span_mapper(docs[i]) for i in live}
        found: dict[int, dict[str, tuple]] = {i: {} for i in live}
        for kind, extractor in self._extractors.items():

            def keep(i: int, result: Any, kind: str = kind) -> None:
                if isinstance(result, BaseException):
                    batch[i][3] = result
                else:
                    found[i][kind] = result

            timers.each(
                [i for i in live if batch[i][3] is None],
                lambda i, ex=extractor: to_original_all(ex(docs[i]), mappers[i], len(docs[i].text), docs[i]),
                keep,
            )
        return found


def _store_articles(batch: list[list], docs: list[Any], found: dict[int, dict[str, tuple]]) -> None:
    """Each article no stage failed gets its Article (no timer: linear in the records)."""
    for i, records in found.items():
        if batch[i][3] is None:
            try:
                batch[i][3] = article_of(docs[i], records)
            except Exception as exc:
                batch[i][3] = exc


def _batch_timers(batch: list[list], limits: list[float] | None, timeout: float | None) -> _BatchTimers:
    """The timers of a batch: ``timeout`` for every article, or each entry's own ``limits``."""
    if limits is None:
        limits = [timeout] * len(batch)  # type: ignore[list-item]
    elif len(limits) != len(batch) or any(x is None or x <= 0 for x in limits):
        raise ValueError("limits: one number of seconds above 0 per entry")
    else:
        timeout = max(limits, default=None)  # (only "is None" is asked of it below)
    return _BatchTimers(batch, limits, timeout)


class _BatchTimers:
    """The time each article of a batch has left: its limit, the seconds its stages
    have spent, and one stage run over the articles under as few timers as may be."""

    __slots__ = ("batch", "limits", "spent", "timeout")

    def __init__(self, batch: list[list], limits: list[float], timeout: float | None) -> None:
        self.batch = batch
        self.limits = limits
        self.spent = [0.0] * len(batch)
        self.timeout = timeout  # (None: no article has a limit)

    def timeout_of(self, i: int) -> ExtractionTimeout:
        return ExtractionTimeout(f"extraction took longer than {self.limits[i]:g} s", article=self.batch[i][1])

    def alone(self, i: int, stage: Callable[[int], Any]) -> Any:
        """``stage(i)`` under the article's own timer (what is left of its timeout)."""
        spent = self.spent
        left = self.limits[i] - spent[i]
        t0 = perf_counter()
        try:
            if left <= 0:
                raise Expired()
            with time_limit(left):
                return stage(i)
        except Expired:
            return self.timeout_of(i)
        except Exception as exc:
            return exc
        finally:
            spent[i] += perf_counter() - t0

    def each(self, todo: list[int], stage: Callable[[int], Any], store: Callable[[int, Any], None]) -> None:
        """``store(i, stage(i))`` for each article (the exception it raised in
        place of a result).  A timeout takes one timer for the pass, armed for
        the least time an article has left: each article's own deadline comes
        no sooner (a timer per article and stage cost 7 us, 3 % of the time).
        The article the pass timer stops is run again under its own timer."""
        limits, spent = self.limits, self.spent
        while todo:
            if self.timeout is None:
                budget = None
            else:
                budget = min(limits[i] - spent[i] for i in todo)
            done = 0
            if budget is None or budget > 0:
                limit = time_limit(budget)
                armed = False
                t0 = perf_counter()
                try:
                    with limit:
                        # (whether this timer runs: inside an outer one it does not)
                        armed = limit._signal or limit._thread is not None
                        for i in todo:
                            t0 = perf_counter()
                            try:
                                result = stage(i)
                            except Exception as exc:
                                result = exc
                            spent[i] += perf_counter() - t0
                            store(i, result)
                            done += 1
                    return
                except Expired:
                    if budget is None:
                        raise  # (an outer timer's, as extract() without a timeout lets it through)
                    if done == len(todo):
                        return  # (it went off as the pass ended: every article is done)
                    spent[todo[done]] += perf_counter() - t0  # (the time it ran counts)
                    if not armed:  # (an outer timer's: the article it stopped is over time)
                        store(todo[done], self.timeout_of(todo[done]))
                        todo = todo[done + 1 :]
                        continue
            store(todo[done], self.alone(todo[done], stage))
            todo = todo[done + 1 :]


# extract_many's batches: enough articles for each extractor to stay in the
# CPU's caches (64 ~ 60,000 characters of news), few enough characters to hold.
_BATCH_ITEMS = 64
_BATCH_CHARS = 1_000_000


_ON_ERROR = ("raise", "skip", "record")


_DEFAULT: Pipeline | None = None


def with_title(article: Article, title: object) -> Article:
    """``article`` with the headline of ``title`` (a page's ``<title>``, a feed's title) as its
    ``meta.title`` when the text gave none: the site's name after it cut, Simplified."""
    if not isinstance(title, str) or article.meta.title is not None:
        return article
    headline = page_headline(clean_text(title))
    return article if headline is None else replace(article, meta=replace(article.meta, title=headline))


def default_pipeline() -> Pipeline:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT


def extract(text: str, *, id: str | None = None, title: str | None = None) -> Article:
    """Extract every record kind from one article (the shared default pipeline)."""
    return default_pipeline().extract(text, id=id, title=title)
