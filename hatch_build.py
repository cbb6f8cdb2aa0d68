"""Optional mypyc build of the extractors (hatchling's custom build hook).

``CIVICEXTRACT_COMPILE=1 pip install .`` (or ``python -m build --wheel`` with it set) compiles
the modules in ``COMPILED`` to C extensions with mypyc and ships them beside their ``.py`` files
(Python imports an extension before the source of the same name).  The records are the same as the
pure build's (tests/test_compiled_build.py checks them on the corpus); extraction is faster
(README, "Compiled build").  Without the variable, or without a C compiler, the wheel is pure
Python, as before.  An editable install (``pip install -e .``) is never compiled: a compiled
module would shadow the ``.py`` a developer edits.

Compiling needs mypy (which ships mypyc), setuptools, a C compiler and the Python headers; the hook
asks the build for the first two only when the variable is set.  It takes a few minutes on one core.
"""

from __future__ import annotations

import glob
import importlib.machinery
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

try:
    from hatchling.builders.hooks.plugin.interface import BuildHookInterface
except ImportError:  # imported by tests/test_compiled_build.py, where hatchling need not be installed
    BuildHookInterface = object  # type: ignore[assignment,misc]

ENV = "CIVICEXTRACT_COMPILE"
# The extractors whose time is spent in many small Python functions, the helpers they call per
# match, the normalisation stage and the per-record step of the pipeline (paths under src/, globs
# allowed).  Meta without ``lazy.py``: its stand-ins shadow their methods through the instance's
# ``__dict__``, which a compiled class does not have.  Not ``pipeline.py`` (per-article control
# flow, a class users subclass) nor ``records.py`` (the public dataclasses).
COMPILED = (
    "civicextract/extractors/programs/*.py",
    "civicextract/extractors/officials/*.py",
    "civicextract/extractors/metrics/*.py",
    "civicextract/extractors/money/*.py",
    *(f"civicextract/extractors/meta/{m}.py" for m in ("__init__", "bylines", "datelines", "footers", "found", "headers", "lexicon", "roles", "brackets", "glued", "credits")),
    "civicextract/normalize/*.py",
    "civicextract/document.py",
    "civicextract/remap.py",
    "civicextract/numbers.py",
    "civicextract/regexrun.py",
    "civicextract/offsets.py",
)
# mypy's view of the modules: the rest of the package is read for its types only, and untyped
# third-party packages (rjieba, opencc) are Any.
MYPYC_ARGS = ("--ignore-missing-imports", "--follow-imports=silent")


def requested() -> bool:
    return os.environ.get(ENV, "").strip().lower() in ("1", "true", "yes", "on")


def compiled_files(root: Path) -> list[str]:
    """The files of ``COMPILED`` under ``root`` (a ``src`` folder), relative to it."""
    return sorted({f for pattern in COMPILED for f in glob.glob(pattern, root_dir=root)})


def compile_tree(src: Path, out: Path) -> list[Path]:
    """Copy the package under ``src`` (``src/civicextract``) to ``out`` and compile ``COMPILED`` there.

    Returns the extension files written, relative to ``out``: one per compiled module, beside its
    ``.py``, and mypyc's shared library at the top.  Raises ``subprocess.CalledProcessError`` when
    mypyc fails (a type error, no compiler)."""
    shutil.copytree(src / "civicextract", out / "civicextract", ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    files = compiled_files(out)
    subprocess.run([sys.executable, "-m", "mypyc", *MYPYC_ARGS, *files], cwd=out, check=True)
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    return sorted(
        p.relative_to(out) for p in out.rglob("*") if p.name.endswith(suffixes) and "build" not in p.relative_to(out).parts
    )


class CompileHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def dependencies(self) -> list[str]:
        return ["mypy==2.4.1", "setuptools>=65"] if requested() else []

    def initialize(self, version: str, build_data: dict) -> None:
        if not requested() or self.target_name != "wheel" or version == "editable":
            return
        self._tmp = tempfile.mkdtemp(prefix="civicextract-mypyc-")
        out = Path(self._tmp)
        try:
            built = compile_tree(Path(self.root) / "src", out)
        except (subprocess.CalledProcessError, OSError) as exc:
            self.app.display_warning(f"{ENV}: mypyc could not compile the extractors ({exc}); building pure Python")
            return
        for rel in built:
            build_data["force_include"][str(out / rel)] = rel.as_posix()
        build_data["pure_python"] = False
        build_data["infer_tag"] = True  # the wheel is for this interpreter and platform
        self.app.display_info(f"{ENV}: {len(built)} compiled extension files in the wheel")

    def finalize(self, version: str, build_data: dict, artifact_path: str) -> None:
        if getattr(self, "_tmp", None):
            shutil.rmtree(self._tmp, ignore_errors=True)
