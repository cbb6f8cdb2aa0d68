"""``python -m civicextract.train KIND [options]``: rebuild the model of one kind (see ``TRAINERS``)."""

from __future__ import annotations

import sys

from . import TRAINERS, run


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] in ("-h", "--help"):
        print(
            f"usage: python -m civicextract.train {{{','.join(sorted(TRAINERS))}}} [options]  (KIND --help for its options)"
        )
        return 0 if argv else 2
    return run(argv[0], argv[1:])


if __name__ == "__main__":
    sys.exit(main())
