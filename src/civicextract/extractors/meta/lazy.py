"""Regular expressions compiled at their first use instead of at import.

The byline finder's patterns spell out every role and desk word inside each
name character's look-ahead, so ``re.compile`` spends about 0.2 s on them: an
import of the package, and a run whose articles hold no byline, need not pay it.
After the first call the pattern's own bound methods replace the stand-ins, so a
use costs what a compiled pattern's does (one attribute look-up, one C call).
"""

from __future__ import annotations

import re
from functools import partial
from typing import Any

_METHODS = ("match", "fullmatch", "search", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """``re.compile(pattern, flags)``, done when one of its methods is first called."""

    __slots__ = ("pattern", "flags", *_METHODS)

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        for name in _METHODS:
            setattr(self, name, partial(self._first_use, name))

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (``re`` caches it: compiling again costs a look-up)."""
        return re.compile(self.pattern, self.flags)

    def _first_use(self, name: str, *args: Any, **kwargs: Any) -> Any:
        compiled = self.compiled
        for n in _METHODS:
            setattr(self, n, getattr(compiled, n))
        return getattr(compiled, name)(*args, **kwargs)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern[:40]!r}…)"
