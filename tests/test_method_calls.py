"""The extractors call the methods of patterns (and sets, dicts) they share across modules as methods.

CPython 3.11 compiles ``NAME.search(...)`` as an attribute load and a call of a new bound method
when an import binds NAME in that module (the compiler's ``is_import_originated``: NAME might be a
module), and as one LOAD_METHOD call when an assignment binds it.  Session 20's split of
``money/purpose.py`` first imported its shared patterns by name: +5 % of money's instructions a pass
over dev + fit (callgrind), records unchanged.  The extractors now bind such objects by assignment
(``LEFT_STOPS = _candidates.LEFT_STOPS``); this test fails where a function of an extractor calls a
method of an imported object through a plain attribute load again.  Python 3.12 loads methods of
imported names as methods (LOAD_ATTR with its method bit), so there it checks nothing.
"""

from __future__ import annotations

import dis
import importlib
import inspect
import pkgutil
import symtable
import sys
import types

import pytest

import civicextract.extractors
from civicextract.extractors.meta.lazy import LazyPattern

_312 = sys.version_info >= (3, 12)


def _modules():
    for info in pkgutil.walk_packages(civicextract.extractors.__path__, "civicextract.extractors."):
        yield importlib.import_module(info.name)


def _code_objects(code: types.CodeType):
    yield code
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            yield from _code_objects(const)


def bound_method_calls(source: str, namespace: dict) -> list[str]:
    """``NAME.method`` loads in ``source``'s code that make a bound method per call: NAME bound by an
    import, an object in ``namespace`` (the module's globals; not a module or class) whose method is
    not already in its instance ``__dict__`` (meta's LazyPattern stores its pattern's methods there),
    and the method not kept in a local."""
    imported = {s.get_name() for s in symtable.symtable(source, "<module>", "exec").get_symbols() if s.is_imported()}
    found = []
    for co in _code_objects(compile(source, "<module>", "exec")):
        ins = list(dis.get_instructions(co))
        for prev, cur, nxt in zip(ins[:-1], ins[1:], [*ins[2:], None], strict=True):
            if prev.opname != "LOAD_GLOBAL" or cur.opname != "LOAD_ATTR" or prev.argval not in imported:
                continue
            if _312 and cur.arg is not None and cur.arg & 1:
                continue  # a method load
            obj = namespace.get(prev.argval)
            if obj is None or isinstance(obj, (types.ModuleType, type, LazyPattern)):
                continue  # (a LazyPattern's first call puts its pattern's methods in its __dict__)
            if cur.argval in getattr(obj, "__dict__", {}) or not callable(getattr(obj, cur.argval, None)):
                continue
            if nxt is not None and nxt.opname == "STORE_FAST":
                continue  # search = PATTERN.search: made once, then called
            found.append(f"{co.co_name}: {prev.argval}.{cur.argval}")
    return found


MODULES = list(_modules())


@pytest.mark.parametrize("module", MODULES, ids=[m.__name__.removeprefix("civicextract.extractors.") for m in MODULES])
def test_shared_objects_methods_are_called_as_methods(module):
    assert bound_method_calls(inspect.getsource(module), vars(module)) == []


def _run(src: str) -> list[str]:
    namespace: dict = {}
    exec(compile(src, "<made-up>", "exec"), namespace)
    return bound_method_calls(src, namespace)


def test_the_check_sees_an_imported_pattern():
    # a module that imports a pattern by name and calls its method: the check must flag it (3.11)
    src = "from civicextract.extractors.money.lexicon import USE_RE\n\ndef f(s):\n    return USE_RE.match(s)\n"
    assert _run(src) == ([] if _312 else ["f: USE_RE.match"])
    # the same call with the pattern bound by assignment passes, and so does a method kept in a local
    assigned = "from civicextract.extractors.money import lexicon\n\nUSE_RE = lexicon.USE_RE\n\ndef f(s):\n    return USE_RE.match(s)\n"
    assert _run(assigned) == []
    local = "from civicextract.extractors.money.lexicon import USE_RE\n\ndef f(s):\n    m = USE_RE.match\n    return m(s)\n"
    assert _run(local) == []
