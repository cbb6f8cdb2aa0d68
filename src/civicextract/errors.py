"""Typed errors.  Text never raises; bad *arguments* and unreadable *inputs* do."""

from __future__ import annotations


class CivicExtractError(Exception):
    """Base class of every error civicextract raises on purpose."""


class InputError(CivicExtractError, ValueError):
    """An input article that cannot be processed: names the article and the problem."""

    def __init__(self, problem: str, *, article: str | None = None, line: int | None = None, source: str | None = None):
        self.problem = problem
        self.article = article
        self.line = line
        self.source = source
        where = []
        if source:
            where.append(source)
        if line is not None:
            where.append(f"line {line}")
        if article is not None:
            where.append(f"article {article!r}")
        super().__init__(f"{', '.join(where)}: {problem}" if where else problem)


class ArgumentError(CivicExtractError, ValueError):
    """A bad argument to a public function: names the argument and the value."""

    def __init__(self, name: str, value: object, expected: str):
        self.name, self.value, self.expected = name, value, expected
        super().__init__(f"{name}={value!r}: expected {expected}")


class ExtractionTimeout(InputError):
    """One article took longer than the pipeline's ``timeout`` (a hostile or pathological text)."""
