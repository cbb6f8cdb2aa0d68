"""Money: amounts and currencies (``extractor``) and what they are for (``purpose``)."""

from .extractor import extract, local_currency

__all__ = ["extract", "local_currency"]
