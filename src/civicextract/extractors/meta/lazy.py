"""Regular expressions compiled at their first use instead of at import.

The byline finder's patterns spell out every role and desk word inside each
name character's look-ahead, so ``re.compile`` spends about 0.2 s on them: an
import of the package, and a run whose articles hold no byline, need not pay it.

A stand-in stays where it was put: no module global is ever rebound, so the
modules that hold stand-ins can be compiled by mypyc (whose typed globals would
refuse a compiled pattern in the place of a ``LazyPattern``). Its methods have
``re.Pattern``'s signatures, so mypy checks their calls. The first call of any
of them compiles the pattern and puts the compiled pattern's bound methods in
the instance's ``__dict__``, where they shadow the class's methods: every later
call, from Python code or from a compiled module (both look the method up on
the instance), goes straight to the compiled pattern. That is why this module
itself is not compiled: a mypyc class has no ``__dict__`` to shadow its methods.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

_METHODS = ("match", "fullmatch", "search", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """``re.compile(pattern, flags)``, done when one of its methods is first called."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (``re`` caches it: compiling again costs a look-up)."""
        return re.compile(self.pattern, self.flags)

    def _first_use(self) -> re.Pattern[str]:
        compiled = self.compiled
        for name in _METHODS:
            self.__dict__[name] = getattr(compiled, name)  # (shadows the method below from now on)
        return compiled

    # Each runs once at most per stand-in: the first call of any of them replaces them all.
    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._first_use().match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._first_use().fullmatch(string, pos, endpos)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._first_use().search(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self._first_use().finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self._first_use().findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self._first_use().sub(repl, string, count)

    def subn(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> tuple[str, int]:
        return self._first_use().subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self._first_use().split(string, maxsplit)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern[:40]!r}…)"
