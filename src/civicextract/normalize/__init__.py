"""Normalisers: pure ``str -> (str, OffsetMap)`` steps, composed by :mod:`civicextract.document`."""
