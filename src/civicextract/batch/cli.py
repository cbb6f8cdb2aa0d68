"""``civicextract run INPUT... -o OUTDIR``: argument checks, exact messages, exit codes.

Exit codes: 0 every article written; 1 some articles failed (error rows in
OUTDIR/errors.jsonl); 2 bad arguments, or nothing readable in the inputs.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import sys

from ..records import RECORD_KINDS
from .readers import SUPPORTED, kind_of


def add_run_command(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("run", help="extract from folders, JSONL, zip/tar and WARC files into tables in OUTDIR")
    p.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="files or folders (read recursively); '-' reads JSON Lines from stdin",
    )
    p.add_argument("-o", "--outdir", required=True, help="output folder (created if missing)")
    p.add_argument("-j", "--jobs", type=int, default=1, help="worker processes (default 1)")
    p.add_argument(
        "--timeout",
        type=float,
        default=60.0,
        help="seconds per article before it becomes an error row (default 60; 0 = none)",
    )
    p.add_argument("--limit", type=int, help="read at most this many articles")
    p.add_argument(
        "--only-kinds",
        default=",".join(RECORD_KINDS),
        help=f"comma-separated record kinds (default: {','.join(RECORD_KINDS)})",
    )
    p.add_argument(
        "--format",
        default="jsonl",
        choices=["jsonl", "parquet", "both"],
        help="articles.jsonl (default), one Parquet table per kind, or both",
    )
    p.add_argument(
        "--db",
        help="also load the tables into DuckDB (.duckdb) or SQLite (.sqlite/.db); a bare file name goes in OUTDIR",
    )
    p.add_argument(
        "--follow-symlinks",
        action="store_true",
        help="read symlinks in input folders that point outside them (default: skipped, with the reason)",
    )
    p.add_argument("--resume", action="store_true", help="continue an interrupted run in OUTDIR")
    p.add_argument("--force", action="store_true", help="replace a finished or interrupted run in OUTDIR")
    p.add_argument(
        "--max-bytes",
        default=str(10 << 20),
        help="articles larger than this become error rows: bytes, or 500k, 1MB, 2MiB ... (default 10MiB)",
    )
    p.add_argument(
        "--engine", choices=["local", "spark"], default="local", help="local worker processes (default) or Apache Spark"
    )
    p.add_argument(
        "--spark-master",
        default=None,
        help="Spark master URL for --engine spark (default: local[JOBS], or spark-submit's)",
    )
    p.add_argument(
        "--dedupe",
        choices=["keep-first", "keep-all"],
        default="keep-first",
        help="articles repeating an id read before: write only the first (default) or all; counted either way",
    )
    p.add_argument("-v", "--verbose", action="store_true", help="show Spark's own INFO log (default: warnings only)")
    prog = p.add_mutually_exclusive_group()
    prog.add_argument(
        "--progress", dest="progress", action="store_true", default=None, help="always show the progress bar"
    )
    prog.add_argument("--no-progress", dest="progress", action="store_false", help="never show the progress bar")
    p.set_defaults(func=cmd_run)


def _error(message: str) -> int:
    print(f"civicextract: error: {message}", file=sys.stderr)
    return 2


def _missing(module: str) -> bool:
    return importlib.util.find_spec(module) is None


STDIN = "-"
_UNITS = {"": 1, "b": 1, "k": 10**3, "kb": 10**3, "m": 10**6, "mb": 10**6, "g": 10**9, "gb": 10**9,
          "kib": 1 << 10, "mib": 1 << 20, "gib": 1 << 30}  # fmt: skip
_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*", re.I)


def parse_size(text: str) -> int | None:
    """Bytes in ``1048576``, ``500k``, ``1MB``, ``10MiB``, ``1.5GB`` (k, M, G are powers of 1000; KiB, MiB, GiB of 1024).

    >>> parse_size("500k"), parse_size("1MB"), parse_size("10MiB"), parse_size("1.5gb"), parse_size("2 x")
    (500000, 1000000, 10485760, 1500000000, None)
    """
    m = _SIZE.fullmatch(text)
    if not m or m[2].lower() not in _UNITS:
        return None
    return int(float(m[1]) * _UNITS[m[2].lower()])


def _needs(path: str) -> str | None:
    """What reading this file needs and is not installed, as the message to show."""
    kind, low = kind_of(path), path.lower()
    if kind == "warc" and (_missing("warcio") or _missing("trafilatura")):
        return "reading WARC files needs warcio and trafilatura: pip install 'civicextract[warc]'"
    if kind == "html" and _missing("trafilatura"):
        return "reading HTML needs trafilatura: pip install 'civicextract[warc]'"
    if low.endswith(".zst") and _missing("zstandard"):
        return "reading .zst files needs zstandard: pip install 'civicextract[warc]'"
    return None


def _folder_needs(folder: str) -> str | None:
    """The first file in ``folder`` that needs a missing library (walked only when one is missing)."""
    if not (_missing("trafilatura") or _missing("warcio") or _missing("zstandard")):
        return None
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames.sort()
        for name in sorted(filenames):
            need = _needs(name)
            if need:
                return f"{os.path.join(dirpath, name)}: {need}"
    return None


def _unwritable(outdir: str, flag: str = "-o") -> str | None:
    """Why a folder cannot be created or written, checked before any work (nothing is created here)."""
    here = os.path.abspath(outdir)
    while not os.path.exists(here):
        parent = os.path.dirname(here)
        if parent == here:
            break
        here = parent
    if not os.path.isdir(here):
        return f"{flag} {outdir}: {here} is not a folder"
    if not os.access(here, os.W_OK | os.X_OK):
        what = "write in" if os.path.exists(outdir) else "create a folder in"
        return f"{flag} {outdir}: cannot {what} {here} (permission denied or a read-only file system)"
    return None


def _overlap(inputs: list[str]) -> str | None:
    """An input read twice (given twice, or inside a folder also given): its articles' places,
    the tables' keys, would repeat."""
    real = [os.path.realpath(p) for p in inputs]
    for i, (path, r) in enumerate(zip(inputs, real, strict=True)):
        for other, o in zip(inputs[:i], real[:i], strict=True):
            if r == o:
                return f"{path}: given twice (as {other}); each input is read once"
        for other, o in zip(inputs, real, strict=True):
            if other is not path and os.path.isdir(o) and r.startswith(o.rstrip(os.sep) + os.sep):
                return f"{path}: inside the input folder {other}, which reads it already"
    return None


def _check(args: argparse.Namespace) -> str | None:
    """The first problem with the arguments, worded for the user, or None."""
    if args.jobs < 1:
        return f"--jobs must be at least 1, not {args.jobs}"
    if args.timeout < 0:
        return f"--timeout must be 0 or more seconds, not {args.timeout:g}"
    if args.limit is not None and args.limit < 1:
        return f"--limit must be at least 1, not {args.limit}"
    max_bytes = parse_size(args.max_bytes)
    if max_bytes is None:
        return f"--max-bytes: expected a size such as 1048576, 500k, 1MB or 10MiB, not {args.max_bytes!r}"
    if max_bytes < 1:
        return f"--max-bytes must be at least 1 byte, not {args.max_bytes}"
    args.max_bytes = max_bytes
    if args.spark_master and args.engine != "spark":
        return "--spark-master needs --engine spark"
    if args.resume and args.force:
        return "--resume and --force cannot be used together"
    kinds = [k.strip() for k in args.only_kinds.split(",") if k.strip()]
    bad = [k for k in kinds if k not in RECORD_KINDS]
    if bad or not kinds:
        return f"--only-kinds: unknown kind {(bad[0] if bad else args.only_kinds)!r} (choose from {', '.join(RECORD_KINDS)})"
    if args.inputs.count(STDIN) > 1:
        return "'-' (standard input) can be given only once"
    for path in args.inputs:
        if path == STDIN:
            if args.engine == "spark":
                return "--engine spark cannot read standard input ('-'): give files or folders"
            continue
        if args.engine == "spark" and "://" in path:
            continue  # hdfs://, s3a:// ...: Spark checks them
        if not os.path.exists(path):
            return f"{path}: no such file or folder"
        if os.path.isdir(path):
            need = _folder_needs(path)
            if need:
                return need
            continue
        if kind_of(path) is None:
            return f"{path}: cannot tell the format from the name (expected a folder or {', '.join(SUPPORTED)})"
        need = _needs(path)
        if need:
            return need
    problem = _overlap([p for p in args.inputs if p != STDIN and "://" not in p])
    if problem:
        return problem
    if args.format in ("parquet", "both") and _missing("pyarrow"):
        return "--format parquet needs pyarrow: pip install 'civicextract[parquet]'"
    if args.db:
        sqlite = args.db.lower().endswith((".sqlite", ".sqlite3", ".db"))
        if not sqlite and not args.db.lower().endswith(".duckdb"):
            return f"--db {args.db}: expected a .duckdb, .sqlite or .db file name"
        if not sqlite and (_missing("duckdb") or _missing("pyarrow")):
            return "--db *.duckdb needs duckdb and pyarrow: pip install 'civicextract[db]'"
    if args.engine == "spark" and _missing("pyspark"):
        return "--engine spark needs PySpark: pip install 'civicextract[spark]'"
    if os.path.exists(args.outdir) and not os.path.isdir(args.outdir):
        return f"-o {args.outdir}: exists and is not a folder"
    out = os.path.realpath(args.outdir)
    for path in args.inputs:
        real = os.path.realpath(path)
        if real == out or real.startswith(out.rstrip(os.sep) + os.sep):
            # (OUTDIR inside an input folder is fine: the walk leaves it out)
            return f"{path}: is inside the output folder {args.outdir}, which is never read; choose another -o"
    if args.db and os.path.dirname(args.db):  # a bare name goes in OUTDIR
        problem = _unwritable(os.path.dirname(args.db), "--db")
        if problem:
            return problem
    return _unwritable(args.outdir)


def cmd_run(args: argparse.Namespace) -> int:
    problem = _check(args)
    if problem:
        return _error(problem)
    from .runner import RunConfig
    from .state import StateError

    formats = ("jsonl", "parquet") if args.format == "both" else (args.format,)
    db = args.db
    if db and os.path.dirname(db) == "":
        db = os.path.join(args.outdir, db)
    cfg = RunConfig(
        inputs=list(args.inputs),
        outdir=args.outdir,
        kinds=tuple(k.strip() for k in args.only_kinds.split(",") if k.strip()),
        jobs=args.jobs,
        timeout=args.timeout or None,
        limit=args.limit,
        max_bytes=args.max_bytes,
        formats=formats,
        db=db,
        resume=args.resume,
        force=args.force,
        progress=args.progress,
        follow_symlinks=args.follow_symlinks,
        dedupe=args.dedupe,
    )
    try:
        if args.engine == "spark":
            from .spark_job import run_spark

            result = run_spark(cfg, master=args.spark_master, verbose=args.verbose)
        else:
            from .runner import run

            result = run(cfg)
    except StateError as exc:
        return _error(str(exc))
    except OSError as exc:  # OUTDIR's disk full, or taken away during the run
        where = exc.filename or args.outdir
        return _error(f"cannot write {where}: {exc.strerror or exc}")
    except KeyboardInterrupt:
        print(f"civicextract: interrupted; run again with --resume to continue ({args.outdir})", file=sys.stderr)
        return 130
    c = result.counters
    print(
        f"civicextract: {c.read} read = {c.written} written + {c.skipped} skipped + {c.failed} failed; outputs in {args.outdir}",
        file=sys.stderr,
    )
    warning = result.duplicates.warning()
    if warning:
        print(f"civicextract: warning: {warning}", file=sys.stderr)
    if result.elapsed > 0 and result.read_now:
        # this run's articles only: a resumed run does not count the ones read before
        print(
            f"civicextract: {result.elapsed:.1f} s, {result.read_now / result.elapsed:.1f} articles/s", file=sys.stderr
        )
    if c.read == 0:
        return _error("no articles found in the inputs")
    if c.written == 0:
        return _error(f"nothing readable in the inputs; see {os.path.join(args.outdir, 'errors.jsonl')}")
    if c.failed:
        print(f"civicextract: {c.failed} failed; see {os.path.join(args.outdir, 'errors.jsonl')}", file=sys.stderr)
        return 1
    return 0
