"""One item in, one outcome out: decode, parse, take the main text, extract.

This is the whole per-article job, shared by the local worker processes and
the Spark executors so both engines give the same records and error rows.
It never raises for a bad article; each failure becomes an error row naming
the stage it happened in.
"""

from __future__ import annotations

import importlib
import json
import time
from typing import Any, NamedTuple

from ..errors import ExtractionTimeout, InputError
from ..inputs import article_id, clean_text
from ..records import Article
from ..timelimit import Expired, time_limit
from .decode import DecodeError, decode_noted
from .html import NoMainText, main_text
from .items import HTML, JSON_LINE, JSON_OBJECT, Provenance, RawItem, ReadFailure

DEFAULT_FACTORY = "civicextract.pipeline:Pipeline"


# Raised inside a worker when one article takes longer than ``--timeout``
# (a BaseException: see civicextract.timelimit).
ArticleTimeout = Expired


class _Failed(Exception):
    def __init__(self, stage: str, error_type: str, problem: str, article_id: str | None = None):
        self.stage, self.error_type, self.problem = stage, error_type, problem
        self.article_id = article_id  # the article's own id, when it was read before the failure
        self.aid: str | None = None  # the id known where it failed (the item's place until its own is read)


def load_pipeline(kinds: tuple[str, ...], factory: str = DEFAULT_FACTORY) -> Any:
    """Build the pipeline once per process; ``factory`` is ``module:callable`` (tests swap it)."""
    module, _, attr = factory.partition(":")
    pipeline = getattr(importlib.import_module(module), attr)(kinds=kinds)
    try:
        # Dictionaries and models load lazily on the first article; load them now
        # so that time is not charged to a real article's --timeout.
        pipeline.extract("据新华社消息，市财政投入50万元用于道路改造。", id=None)
    except Exception:
        pass  # a broken pipeline shows up as error rows on real articles instead
    return pipeline


def error_row(prov: Provenance, stage: str, error_type: str, problem: str, article_id: str | None) -> dict[str, Any]:
    return {
        "input": clean_text(prov.input),  # a file name's undecodable bytes are surrogates
        "member": prov.member and clean_text(prov.member),
        "line": prov.line,
        "warc_record_id": prov.warc_record_id,
        "article_id": article_id,
        "stage": stage,
        "error_type": error_type,
        "message": clean_text(f"{prov.where()}: {problem}"),
    }


def item_id(item: RawItem) -> str | None:
    """The id an error row names for an item whose worker never answered: the JSON's own ``id``
    when it has one (read here, only on such a failure), else the item's place."""
    if item.fmt in (JSON_LINE, JSON_OBJECT):
        try:
            aid = json.loads(item.payload).get("id")
        except (ValueError, AttributeError):
            aid = None
        if isinstance(aid, str | int) and not isinstance(aid, bool):
            return str(aid)
    return item.default_id


def failure_row(f: ReadFailure) -> dict[str, Any]:
    return error_row(f.prov, f.stage, f.error_type, f.message, f.article_id)


def process(
    item: RawItem, pipeline: Any, *, timeout: float | None = None, max_bytes: int | None = None
) -> tuple[str | None, dict | None]:
    """Return ``(json line, None)`` or ``(None, error row)`` for one raw item.

    ``timeout`` is one budget for the whole article (main text + extraction),
    the same span the pool's kill backstop measures.
    """
    started = time.monotonic()
    try:
        ready = _prepare(item, timeout, max_bytes, started)
        try:
            with time_limit(_left(timeout, started)):
                article = pipeline.extract(ready.text, id=ready.aid)
        except ArticleTimeout:
            raise _timed_out(ready.aid, timeout) from None
        except Exception as exc:  # one bad article never stops a run
            raise _extract_failed(ready.aid, exc) from None
        return _finish(item, ready, article), None
    except _Failed as f:
        return None, error_row(item.prov, f.stage, f.error_type, f.problem, f.article_id or f.aid)


def process_many(
    items: list[RawItem], pipeline: Any, *, timeout: float | None = None, max_bytes: int | None = None
) -> list[tuple[str | None, dict | None]]:
    """``[process(item, ...) for item in items]``, the extraction run over the
    items together (``Pipeline._extract_batch``: each stage over all of them,
    one extractor's patterns staying in the CPU caches; 8-18 % less CPU time).
    Each item keeps its own time budget (what its main-text extraction left)
    and its own outcome: a line, or an error row for what failed and where.
    A pipeline that is not the library's own (a subclass overriding how one
    article is extracted) takes the items one by one."""
    batch_extract = batch_extractor(pipeline)
    if batch_extract is None or len(items) < 2:
        return [process(item, pipeline, timeout=timeout, max_bytes=max_bytes) for item in items]
    out: list[tuple[str | None, dict | None]] = [(None, None)] * len(items)
    ready: dict[int, _Ready] = {}
    for n, item in enumerate(items):
        started = time.monotonic()
        try:
            ready[n] = _prepare(item, timeout, max_bytes, started)
        except _Failed as f:
            out[n] = None, error_row(item.prov, f.stage, f.error_type, f.problem, f.article_id or f.aid)
    order = list(ready)
    batch = [[n, ready[n].aid, ready[n].text, None] for n in order]
    limits = [_left(timeout, ready[n].started) for n in order] if timeout else None
    batch_extract(batch, limits)
    for n, _, _, result in batch:
        item, r = items[n], ready[n]
        try:
            if isinstance(result, ExtractionTimeout):
                raise _timed_out(r.aid, timeout)
            if isinstance(result, BaseException):
                raise _extract_failed(r.aid, result)
            out[n] = _finish(item, r, result), None
        except _Failed as f:
            out[n] = None, error_row(item.prov, f.stage, f.error_type, f.problem, f.article_id or f.aid)
    return out


def batch_extractor(pipeline: Any) -> Any:
    """``pipeline._extract_batch`` when the pipeline extracts as the library's own does, else None."""
    from ..pipeline import Pipeline

    cls = type(pipeline)
    if (
        isinstance(pipeline, Pipeline)
        and pipeline.timeout is None  # (its own limit would be a second one, as extract() has it)
        and cls.extract is Pipeline.extract
        and cls.extract_document is Pipeline.extract_document
        and cls.document is Pipeline.document
        and cls._extract_batch is Pipeline._extract_batch
    ):
        return pipeline._extract_batch
    return None


class _Ready(NamedTuple):
    """An item read, parsed and (for HTML) reduced to its main text: what extraction takes."""

    aid: str | None
    text: str
    fields: dict[str, Any]
    html_text: str | None
    started: float


def _left(timeout: float | None, started: float) -> float | None:
    return None if not timeout else max(0.001, timeout - (time.monotonic() - started))


def _timed_out(aid: str | None, timeout: float | None) -> _Failed:
    return _Failed("extract", "Timeout", f"article {aid!r}: extraction took longer than {timeout:g} s", aid)


def _extract_failed(aid: str | None, exc: BaseException) -> _Failed:
    return _Failed("extract", type(exc).__name__, f"article {aid!r}: {type(exc).__name__}: {exc}", aid)


def _prepare(item: RawItem, timeout: float | None, max_bytes: int | None, started: float) -> _Ready:
    """Read, decode and parse ``item``, and take an HTML page's main text (raises ``_Failed``)."""
    aid = item.default_id
    try:
        if max_bytes and len(item.payload) > max_bytes:
            raise _Failed(
                "read",
                "TooLarge",
                f"article is {len(item.payload):,} bytes, over the --max-bytes limit of {max_bytes:,}",
            )
        fields = _fields(item)
        aid = fields["id"]
        text, html_text = fields["text"], None
        if text is None:
            try:
                with time_limit(_left(timeout, started)):
                    text, page_title = main_text(fields["html"], fields["url"])
            except NoMainText as exc:
                raise _Failed("html", "NoMainText", str(exc)) from None
            except ArticleTimeout:
                raise _Failed("html", "Timeout", f"main-text extraction took longer than {timeout:g} s") from None
            except Exception as exc:  # lxml/trafilatura on a pathological page
                raise _Failed(
                    "html", type(exc).__name__, f"main-text extraction failed: {type(exc).__name__}: {exc}"
                ) from None
            html_text = text
            fields["title"] = fields["title"] or page_title
        return _Ready(aid, text, fields, html_text, started)
    except _Failed as f:
        f.aid = aid  # (the id read before the failure: the error row names it)
        raise


def _finish(item: RawItem, ready: _Ready, article: Any) -> str:
    """The output line of an extracted article: its record plus where it came from."""
    fields, html_text = ready.fields, ready.html_text
    if isinstance(article, Article):
        from ..pipeline import with_title  # (lazy, as in batch_extractor: importing this module loads no extractor)

        # The page's <title> (trafilatura leaves it out of the main text) or the record's title field:
        # the headline, when the text itself gave none (issue 11), as the library's extract(title=) does.
        article = with_title(article, fields["title"])
    record = article.to_dict()
    prov = item.prov
    record["provenance"] = {
        **prov.to_dict(),
        "url": fields["url"] or prov.url,
        "fetch_date": fields["fetch_date"] or prov.fetch_date,
        "title": fields["title"],
        "encoding": fields["encoding"],
    }
    if fields.get("encoding_warning"):
        # a declared charset that did not fit the bytes: said, not silent
        record["provenance"]["encoding_warning"] = fields["encoding_warning"]
    if html_text is not None:
        # Offsets refer to the extracted main text, which nobody could rebuild
        # exactly without this trafilatura version: keep it beside the records.
        record["text"] = html_text
    # file names (undecodable bytes read as surrogates) must not break UTF-8 either
    return clean_text(json.dumps(record, ensure_ascii=False))


def _fields(item: RawItem) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": item.default_id,
        "text": None,
        "html": None,
        "url": None,
        "title": None,
        "fetch_date": None,
    }
    if item.fmt in (JSON_LINE, JSON_OBJECT):
        try:
            if item.fmt == JSON_LINE:
                raw = item.payload.decode("utf-8-sig")
                out["encoding"] = "utf-8"
            else:
                raw, out["encoding"], out["encoding_warning"] = decode_noted(item.payload, item.charset)
        except (DecodeError, UnicodeDecodeError) as exc:
            problem = f"invalid UTF-8 at byte {exc.start}" if isinstance(exc, UnicodeDecodeError) else str(exc)
            raise _Failed("decode", "DecodeError", problem) from None
        if not raw.strip():
            raise _Failed("parse", "EmptyInput", "empty file")
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as exc:
            msg = exc.msg.removesuffix(" at")  # "Invalid control character at"
            raise _Failed("parse", "NotJSON", f"not JSON ({msg} at column {exc.colno})") from None
        if not isinstance(obj, dict):
            raise _Failed("parse", "NotAnObject", f"expected a JSON object, got {type(obj).__name__}")
        try:
            out["id"] = article_id(obj.get("id")) or out["id"]
        except InputError as exc:
            raise _Failed("parse", "BadId", exc.problem) from None
        for key, name in (("url", "url"), ("title", "title"), ("fetched_at", "fetch_date")):
            if isinstance(obj.get(key), str):
                out[name] = clean_text(obj[key])
        if isinstance(obj.get("text"), str):
            out["text"] = obj["text"]
        elif isinstance(obj.get("html"), str):
            out["html"] = obj["html"]
        else:
            t = obj.get("text")
            problem = "no 'text' or 'html' field" if t is None else f"'text' is {type(t).__name__}, not a string"
            raise _Failed("parse", "NoText", f"article {out['id']!r}: {problem}", out["id"])
        return out
    if not item.payload.strip():
        raise _Failed("read", "EmptyInput", "empty file" if item.prov.warc_record_id is None else "empty record")
    try:
        text, out["encoding"], out["encoding_warning"] = decode_noted(item.payload, item.charset, html=item.fmt == HTML)
    except DecodeError as exc:
        raise _Failed("decode", "DecodeError", str(exc)) from None
    out[("html" if item.fmt == HTML else "text")] = text
    return out
