"""Command line: ``civicextract extract INPUT.jsonl -o OUT.jsonl``.

Exit codes: 0 every article extracted; 1 some lines failed (each named on
stderr and written as an error line, so output line N answers input line N);
2 bad arguments or an input that cannot be read at all.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from collections.abc import Sequence
from typing import IO

from . import __version__
from .records import RECORD_KINDS


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="civicextract", description="Structured records from Chinese government news.")
    p.add_argument("--version", action="version", version=f"civicextract {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="extract records from a JSON Lines file, one output line per input line")
    ex.add_argument("input", help="JSON Lines with 'id' and 'text' per line ('-' for standard input)")
    ex.add_argument("-o", "--output", default="-", help="output JSON Lines ('-' for standard output, the default)")
    ex.add_argument(
        "--only-kinds",
        default=",".join(RECORD_KINDS),
        help=f"comma-separated record kinds to extract (default: {','.join(RECORD_KINDS)})",
    )
    ex.set_defaults(func=_cmd_extract)

    try:
        from .batch.cli import add_run_command
    except ImportError:
        pass
    else:
        add_run_command(sub)
    from .report.cli import add_report_command  # imports nothing heavy; says which extra is missing when run

    add_report_command(sub)
    return p


def _kinds(value: str) -> tuple[str, ...]:
    kinds = tuple(k.strip() for k in value.split(",") if k.strip())
    bad = [k for k in kinds if k not in RECORD_KINDS]
    if bad:
        raise SystemExit(_usage_error(f"--only-kinds: unknown kind {bad[0]!r} (choose from {', '.join(RECORD_KINDS)})"))
    return kinds


def _usage_error(message: str) -> int:
    print(f"civicextract: error: {message}", file=sys.stderr)
    return 2


def _open_in(path: str) -> IO[str]:
    if path == "-":
        # JSON Lines are UTF-8 whatever the locale says; a BOM is tolerated.
        return io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8-sig", newline=None)
    return open(path, encoding="utf-8-sig")


def _open_out(path: str) -> IO[str]:
    if path == "-":
        return io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="\n", line_buffering=True)
    return open(path, "w", encoding="utf-8", newline="\n")


def _cmd_extract(args: argparse.Namespace) -> int:
    from .pipeline import Pipeline

    kinds = _kinds(args.only_kinds)
    try:
        src = _open_in(args.input)
    except OSError as exc:
        return _usage_error(f"cannot read {args.input}: {exc.strerror}")
    try:
        out = _open_out(args.output)
    except OSError as exc:
        src.close()
        return _usage_error(f"cannot write {args.output}: {exc.strerror}")
    pipeline = Pipeline(kinds=kinds)
    failed = done = 0
    try:
        for n, line in enumerate(src, 1):
            if not line.strip():
                out.write("\n")  # keeps output line N the answer to input line N
                continue
            record, error = _extract_line(pipeline, line, n, args.input)
            if error:
                failed += 1
                print(f"civicextract: {error['message']}", file=sys.stderr)
                out.write(json.dumps({"id": error.get("id"), "error": error}, ensure_ascii=False) + "\n")
            else:
                done += 1
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        _close(src, out)
    print(f"civicextract: {done} extracted, {failed} failed", file=sys.stderr)
    return 1 if failed else 0


def _close(src: IO[str], out: IO[str]) -> None:
    # The wrappers around the standard streams are flushed and let go of, never
    # closed: closing them would close sys.stdin/sys.stdout underneath.
    for f in (src, out):
        if isinstance(f, io.TextIOWrapper) and f.buffer in (sys.stdin.buffer, sys.stdout.buffer):
            if f.writable():
                f.flush()
            f.detach()
        else:
            f.close()


def _extract_line(pipeline, line: str, n: int, source: str) -> tuple[dict | None, dict | None]:
    name = "<stdin>" if source == "-" else source
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        return None, {
            "line": n,
            "type": "not_json",
            "message": f"{name}:{n}: not JSON ({exc.msg} at column {exc.colno})",
        }
    if not isinstance(item, dict):
        return None, {
            "line": n,
            "type": "not_object",
            "message": f"{name}:{n}: expected a JSON object, got {type(item).__name__}",
        }
    aid = item.get("id")
    aid = None if aid is None else str(aid)
    text = item.get("text")
    if not isinstance(text, str):
        problem = "no 'text' field" if text is None else f"'text' is {type(text).__name__}, not a string"
        return None, {"id": aid, "line": n, "type": "no_text", "message": f"{name}:{n}: article {aid!r}: {problem}"}
    try:
        article = pipeline.extract(text, id=aid)
    except Exception as exc:  # one bad article never stops the run
        return None, {
            "id": aid,
            "line": n,
            "type": type(exc).__name__,
            "message": f"{name}:{n}: article {aid!r}: {type(exc).__name__}: {exc}",
        }
    return article.to_dict(), None


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
