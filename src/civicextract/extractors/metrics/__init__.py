"""Metrics: numbers with units (``extractor``) and what they count (``subjects``)."""

from .extractor import extract

__all__ = ["extract"]
