"""The mypyc build (hatch_build.py, ``CIVICEXTRACT_COMPILE=1``) gives the pure build's records.

mypyc turns a wrong annotation into a TypeError at run time, which the extractors' blanket
``except Exception: return []`` would hide: only the records themselves, compared on the whole
corpus, show that the compiled build is the same program.

Compiling takes minutes, so the test runs only when asked:

- ``CIVICEXTRACT_TEST_COMPILED=build``: compile the modules of ``hatch_build.COMPILED`` into a
  temporary tree now (needs mypy, setuptools, a C compiler and the Python headers);
- ``CIVICEXTRACT_TEST_COMPILED=DIR``: a tree already compiled, DIR holding ``civicextract/`` (the
  site-packages of an environment where ``CIVICEXTRACT_COMPILE=1 pip install .`` ran).
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ASKED = os.environ.get("CIVICEXTRACT_TEST_COMPILED", "")

_ONLY_WHEN_ASKED = pytest.mark.skipif(not ASKED, reason="CIVICEXTRACT_TEST_COMPILED not set (compiling takes minutes)")

# Run under each tree: says which of the compiled modules are extensions, then one line per article
# of dev, fit and every hold-out set: Pipeline().extract's record lists (repr: every field, the
# decimals and offsets exact), and extract_many's over dev + fit (the batched path).
_RUN = r"""
import glob, importlib, importlib.machinery, json, sys
sys.path.insert(0, sys.argv[1])
corpus, modules = sys.argv[2], json.loads(sys.argv[3])
from civicextract.pipeline import Pipeline
ext = tuple(importlib.machinery.EXTENSION_SUFFIXES)
print(json.dumps({m: importlib.import_module(m).__file__.endswith(ext) for m in modules}))
p = Pipeline()
files = [corpus + "/dev.jsonl", corpus + "/fit.jsonl"]
files += sorted(f for f in glob.glob(corpus + "/holdout_*.jsonl") if not f.endswith(".gold.jsonl"))
texts = {}
for f in files:
    texts[f] = [json.loads(line)["text"] for line in open(f, encoding="utf-8") if line.strip()]
    for i, t in enumerate(texts[f]):
        print(json.dumps([f.rsplit("/", 1)[1], i, repr(p.extract(t))], ensure_ascii=False))
for i, a in enumerate(p.extract_many(texts[files[0]] + texts[files[1]])):
    print(json.dumps(["extract_many", i, repr(a)], ensure_ascii=False))
import pickle  # a Document survives pickling (a worker pool's, a cache's): its text, removals, meta and every offset
for i, t in enumerate(texts[files[0]]):
    d = pickle.loads(pickle.dumps(p.document(t)))
    spans = [d.to_original(j, min(j + 7, len(d.text))) for j in range(0, len(d.text), 7)]
    print(json.dumps(["pickled", i, d.text, spans, repr(d.removed), repr(d.meta)], ensure_ascii=False))
"""


def _hook_module():
    spec = importlib.util.spec_from_file_location("civicextract_hatch_build", ROOT / "hatch_build.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _modules(hook, tree: Path) -> list[str]:
    """The dotted names of the modules the build compiles (each module once, packages by their __init__)."""
    names = set()
    for pattern in hook.COMPILED:
        for f in tree.glob(pattern):
            parts = f.relative_to(tree).with_suffix("").parts
            names.add(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return sorted(names)


def _records(tree: Path, modules: list[str]) -> tuple[dict, list[str]]:
    out = subprocess.run(
        [sys.executable, "-c", _RUN, str(tree), str(ROOT / "corpus"), json.dumps(modules)],
        capture_output=True, text=True, check=True, env={**os.environ, "PYTHONPATH": str(tree)},
    ).stdout.splitlines()
    return json.loads(out[0]), out[1:]


@pytest.fixture(scope="module")
def compiled_tree(tmp_path_factory) -> Path:
    if ASKED != "build":
        return Path(ASKED)
    base = tmp_path_factory.mktemp("mypyc")
    built = _hook_module().compile_tree(ROOT / "src", base / "tree")
    assert any(p.parts[0] != "civicextract" for p in built)  # mypyc's shared library, at the top
    (base / "models").symlink_to(ROOT / "models")  # resources: <tree>/../models, as in a checkout
    return base / "tree"


@pytest.mark.slow
@_ONLY_WHEN_ASKED
def test_compiled_build_gives_the_pure_records(compiled_tree):
    hook = _hook_module()
    modules = _modules(hook, ROOT / "src")
    assert "civicextract.extractors.programs.extractor" in modules and "civicextract.numbers" in modules
    kinds, compiled = _records(compiled_tree, modules)
    assert kinds == dict.fromkeys(modules, True)  # every listed module is the extension, none its .py
    pure_kinds, pure = _records(ROOT / "src", modules)
    assert pure_kinds == dict.fromkeys(modules, False)
    assert len(compiled) == len(pure) > 1000  # dev, fit, the hold-outs and extract_many's pass
    assert compiled == pure


def test_compiled_modules_type_check(monkeypatch):
    """mypyc compiles only what mypy accepts: an edit that breaks the types of a module of
    ``COMPILED`` makes ``CIVICEXTRACT_COMPILE=1`` fall back to pure Python (hatch_build.py).
    (mypy is in the ``test`` extra, the version the hook compiles with.)"""
    api = pytest.importorskip("mypy.api")
    hook = _hook_module()
    files = hook.compiled_files(ROOT / "src")
    assert len(files) >= 20
    monkeypatch.chdir(ROOT / "src")  # (mypy finds the package from the current directory, as in the hook)
    out, err, status = api.run([*hook.MYPYC_ARGS, "--cache-dir", os.devnull, *files])
    assert status == 0, out + err
