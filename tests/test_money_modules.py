"""The money package after its split into modules (session 20): the stages still call their
patterns' methods as methods.

CPython 3.11 compiles ``NAME.search(...)`` as an attribute load and a call of a new bound method
when an import binds NAME (it might be a module), and as one method call when an assignment
does.  The split first imported the shared patterns by name: +5 % of money's instructions a
pass over dev + fit (callgrind), records unchanged.  Each module now binds the patterns it calls
by assignment; this test fails where a function calls a pattern's method through a plain
attribute load again.
"""

from __future__ import annotations

import dis
import re
import sys
import types

import pytest

from civicextract.extractors.money import clauses, context, lexicon, lists, purpose, rules, shapes, trim

MODULES = (clauses, context, lexicon, lists, purpose, rules, shapes, trim)


def _bound_method_calls(fn: types.FunctionType) -> list[str]:
    """NAME.method of a global pattern loaded as a plain attribute (a bound method made per call)."""
    out = []
    prev = None
    for ins in dis.get_instructions(fn):
        plain = ins.opname == "LOAD_ATTR" and not (sys.version_info >= (3, 12) and ins.arg is not None and ins.arg & 1)
        if plain and prev is not None and prev.opname == "LOAD_GLOBAL":
            name = prev.argval
            pattern = fn.__globals__.get(name)
            if isinstance(pattern, re.Pattern) and callable(getattr(pattern, ins.argval)):  # (not .pattern)
                out.append(f"{name}.{ins.argval}")
        prev = ins
    return out


def _functions():
    for mod in MODULES:
        for name, value in vars(mod).items():
            if isinstance(value, types.FunctionType) and value.__module__ == mod.__name__:
                yield pytest.param(value, id=f"{mod.__name__.rsplit('.', 1)[1]}.{name}")


@pytest.mark.parametrize("fn", list(_functions()))
def test_pattern_methods_are_called_as_methods(fn):
    assert _bound_method_calls(fn) == []


def test_the_check_sees_an_imported_pattern():
    # a function whose module imports the pattern by name: the check must flag it
    src = "from civicextract.extractors.money.lexicon import USE_RE\ndef f(s):\n    return USE_RE.match(s)\n"
    ns: dict = {}
    exec(compile(src, "<imported>", "exec"), ns)
    if sys.version_info < (3, 12):  # (later versions load methods of imported names as methods)
        assert _bound_method_calls(ns["f"]) == ["USE_RE.match"]
    # and the same function with the pattern bound by assignment passes
    src = "from civicextract.extractors.money import lexicon\nUSE_RE = lexicon.USE_RE\ndef f(s):\n    return USE_RE.match(s)\n"
    exec(compile(src, "<assigned>", "exec"), ns)
    assert _bound_method_calls(ns["f"]) == []


def test_the_stages_still_find_the_purpose():
    # a made-up sentence through the public interface: the rules, the trim and the clause stops together
    from civicextract.document import normalize
    from civicextract.extractors.money import extract

    recs = extract(normalize("今年，县财政安排专项资金300万元，用于乡村道路硬化。"))
    assert [(r.text, r.purpose) for r in recs] == [("300万元", "乡村道路硬化")]
