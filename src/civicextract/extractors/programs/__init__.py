"""Programmes: candidates (``candidates``), the names' lexicon (``lexicon``),
components and aliases (``components``), put together in ``extractor``."""

from .extractor import extract

__all__ = ["extract"]
