"""Layouts that change nothing a reader sees: hard wraps and invisible characters.

Shared by ``tests/test_layouts.py`` and ``benchmarks/layout_perturb.py``, so the test's wrapped
articles are the benchmark's.
"""

from __future__ import annotations

from collections.abc import Callable


def lines(text: str) -> list[str]:
    return text.split("\n")


def wrap_chars(width: int) -> Callable[[str], str]:
    def wrap(text: str) -> str:
        return "\n".join("\n".join(p[i : i + width] for i in range(0, len(p), width)) for p in lines(text))

    return wrap


def wrap_columns(columns: int) -> Callable[[str], str]:
    """Cut lines at a display width: Han and full-width characters take two columns."""

    def wrap(text: str) -> str:
        out = []
        for para in lines(text):
            line, used = [], 0
            for ch in para:
                w = 1 if ch.isascii() else 2
                if used + w > columns and line:
                    out.append("".join(line))
                    line, used = [], 0
                line.append(ch)
                used += w
            out.append("".join(line))
        return "\n".join(out)

    return wrap


def every_seventh(mark: str) -> Callable[[str], str]:
    """An invisible character after every seventh one, as pages that guard against copying do."""

    def insert(text: str) -> str:
        return "".join(c + (mark if i % 7 == 6 and c != "\n" else "") for i, c in enumerate(text))

    return insert
