"""Build the API reference: the docstrings of civicextract rendered to HTML by pdoc.

    pip install -e '.[docs]'
    python docs/build_api.py -o site/        # then open site/index.html

Every public module is documented (``pdoc civicextract`` alone would stop at
the names the package exports); docstrings are read as reStructuredText,
which is how they are written (``double backticks`` for code).  Any warning
pdoc raises (a module that fails to import, a broken reference) stops the
build: ``tests/test_docs_build.py`` runs this and fails on it.  The pages
are self-contained (styles inlined) and need no network.
"""

from __future__ import annotations

import argparse
import pkgutil
import warnings
from pathlib import Path


def public_modules() -> list[str]:
    """The package and its public top-level modules and subpackages (pdoc walks into subpackages itself)."""
    import civicextract

    names = [m.name for m in pkgutil.iter_modules(civicextract.__path__, "civicextract.")]
    return ["civicextract", *sorted(n for n in names if not n.rsplit(".", 1)[1].startswith("_"))]


def build(output: Path) -> list[Path]:
    import pdoc
    import pdoc.render

    pdoc.render.configure(docformat="restructuredtext", footer_text="civicextract API reference")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a warning is a broken page: fail instead
        pdoc.pdoc(*public_modules(), output_directory=output)
    return sorted(output.rglob("*.html"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-o", "--output", default="site", help="folder to write the HTML to (default: site)")
    pages = build(Path(ap.parse_args().output))
    print(f"{len(pages)} pages written to {pages[0].parent if pages else '?'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
