"""Officials: person names (``names``), posts and title chains (``titles``),
put together in ``extractor``."""

from .extractor import extract

__all__ = ["extract"]
