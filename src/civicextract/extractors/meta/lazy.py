"""Regular expressions compiled at their first use instead of at import.

The byline finder's patterns spell out every role and desk word inside each
name character's look-ahead, so ``re.compile`` spends about 0.2 s on them: an
import of the package, and a run whose articles hold no byline, need not pay it.
After the first call the compiled pattern replaces the stand-in in the module
that named it (``bind``), so the module's own uses cost what a compiled
pattern's do; a holder of the stand-in itself (an importer) gets the pattern's
own bound methods.
"""

from __future__ import annotations

import re
from functools import partial
from typing import Any

_METHODS = ("match", "fullmatch", "search", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """``re.compile(pattern, flags)``, done when one of its methods is first called."""

    __slots__ = ("pattern", "flags", "_home", *_METHODS)

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._home: tuple[dict[str, Any], str] | None = None
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
        if self._home is not None:
            namespace, key = self._home
            if namespace.get(key) is self:
                namespace[key] = compiled  # (the module's global: no stand-in left between its uses)
        return getattr(compiled, name)(*args, **kwargs)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern[:40]!r}…)"


def bind(namespace: dict[str, Any]) -> None:
    """Lets each LazyPattern of a module's ``globals()`` replace itself there by the
    compiled pattern at its first use; called once at the end of the module."""
    for key, value in namespace.items():
        if isinstance(value, LazyPattern):
            value._home = (namespace, key)
