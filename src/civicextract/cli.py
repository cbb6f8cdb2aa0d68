"""Command line: ``civicextract extract INPUT.jsonl -o OUT.jsonl``.

Exit codes: 0 every article extracted; 1 some lines failed (each named on
stderr and written as an error line, so output line N answers input line N);
2 bad arguments or an input that cannot be read at all.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import sys
from collections.abc import Sequence
from typing import IO

from . import __version__
from .records import RECORD_KINDS, Article


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
    ex.add_argument(
        "--timeout",
        type=float,
        default=60.0,
        help="seconds per article before it becomes an error line (default 60; 0 = none)",
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


def _open_in(path: str) -> IO[bytes]:
    """The input as bytes, decompressed if it is gzip or zstd (told by its first bytes).

    Lines are split on ``\\n`` and decoded one by one, as ``run`` reads JSON
    Lines, so one undecodable line is one error line, not the end of the file.
    """
    raw = sys.stdin.buffer if path == "-" else open(path, "rb")  # noqa: SIM115
    head = raw.peek(4)[:4] if hasattr(raw, "peek") else b""
    if head.startswith(b"\x1f\x8b"):
        return gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]
    if head == b"\x28\xb5\x2f\xfd":
        try:
            import zstandard
        except ImportError:
            raw.close()
            raise
        return io.BufferedReader(zstandard.ZstdDecompressor().stream_reader(raw, read_across_frames=True))
    return raw


def _open_out(path: str) -> IO[str]:
    if path == "-":
        return io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="\n", line_buffering=True)
    return open(path, "w", encoding="utf-8", newline="\n")


def _cmd_extract(args: argparse.Namespace) -> int:
    from .batch.readers import _stream_errors
    from .pipeline import Pipeline, with_title

    kinds = _kinds(args.only_kinds)
    if args.timeout < 0:
        return _usage_error(f"--timeout must be 0 or more seconds, not {args.timeout:g}")
    try:
        src = _open_in(args.input)
    except OSError as exc:
        return _usage_error(f"cannot read {args.input}: {exc.strerror}")
    except ImportError:
        return _usage_error(
            f"{args.input} is zstd-compressed; reading it needs zstandard: pip install 'civicextract[warc]'"
        )
    try:
        out = _open_out(args.output)
    except OSError as exc:
        _close(src, None, args.input == "-")
        return _usage_error(f"cannot write {args.output}: {exc.strerror}")
    pipeline = Pipeline(kinds=kinds, timeout=args.timeout or None)
    name = "<stdin>" if args.input == "-" else args.input
    failed = done = n = 0

    def error_line(error: dict) -> None:
        print(f"civicextract: {error['message']}", file=sys.stderr)
        out.write(json.dumps({"id": error.get("id"), "error": error}, ensure_ascii=False) + "\n")

    def answer(lines: list[tuple[int, bytes]]) -> None:
        """Write the answers to ``lines``, extracted together (Pipeline._extract_batch)."""
        nonlocal failed, done
        answers: list[tuple[int, dict | None, list | None]] = []
        titles: dict[int, object] = {}  # line -> the record's title, meta.title's fallback
        for n, line in lines:
            if not line.strip():
                answers.append((n, None, None))
                continue
            item, error = _parse_line(line, n, name)
            if item is not None:
                titles[n] = item[2]
            answers.append((n, error, None if item is None else [n, item[0], item[1], None]))
        pipeline._extract_batch([entry for _, _, entry in answers if entry is not None])
        for n, error, entry in answers:
            if error is None and entry is None:
                out.write("\n")  # keeps output line N the answer to input line N
                continue
            record = None
            if entry is not None:
                result = entry[3]
                if isinstance(result, Article):
                    result = with_title(result, titles.get(n))
                record, error = _result(result, entry[1], n, name)
            if error:
                failed += 1
                error_line(error)
            else:
                done += 1
                out.write(json.dumps(record, ensure_ascii=False) + "\n")

    # A file is read a batch of lines ahead (1, 2, 4 ... 64: the first answer comes
    # at once), each extraction stage running over the batch: 10 % less CPU time.
    # Standard input may be a conversation: each line is answered before the next is read.
    most = 1 if args.input == "-" else _BATCH_LINES
    lines: list[tuple[int, bytes]] = []
    try:
        try:
            limit = 1
            for n, line in enumerate(src, 1):
                lines.append((n, line))
                if len(lines) >= limit:
                    answer(lines)
                    lines, limit = [], min(2 * limit, most)
            answer(lines)
        except _stream_errors() as exc:
            answer(lines)  # the lines read before the damage
            failed += 1
            what = "compressed data ends early (truncated file?)" if isinstance(exc, EOFError) else "corrupt data"
            error_line(
                {
                    "line": n + 1,
                    "type": "damaged_input",
                    "message": f"{name}:{n + 1}: {what}; the {n} lines before it were read",
                }
            )
    finally:
        _close(src, out, args.input == "-")
    print(f"civicextract: {done} extracted, {failed} failed", file=sys.stderr)
    return 1 if failed else 0


def _close(src: IO[bytes], out: IO[str] | None, stdin: bool) -> None:
    # The standard streams are flushed and let go of, never closed: closing a
    # wrapper would close sys.stdin/sys.stdout underneath.
    if not stdin:
        src.close()
    if out is None:
        return
    if isinstance(out, io.TextIOWrapper) and out.buffer is sys.stdout.buffer:
        out.flush()
        out.detach()
    else:
        out.close()


_BATCH_LINES = 64


def _parse_line(raw: bytes, n: int, name: str) -> tuple[tuple[str | None, str, object] | None, dict | None]:
    """``((id, text, title), None)`` for a line holding an article, ``(None, error)`` otherwise."""
    from .errors import InputError
    from .inputs import article_id

    try:
        # utf-8-sig: a byte order mark at the start of any line is dropped, as ``run`` does
        line = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return None, {"line": n, "type": "decode_error", "message": f"{name}:{n}: invalid UTF-8 at byte {exc.start}"}
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
    try:
        aid = article_id(item.get("id"))
    except InputError as exc:
        return None, {"line": n, "type": "bad_id", "message": f"{name}:{n}: {exc.problem}"}
    text = item.get("text")
    if not isinstance(text, str):
        problem = "no 'text' field" if text is None else f"'text' is {type(text).__name__}, not a string"
        return None, {"id": aid, "line": n, "type": "no_text", "message": f"{name}:{n}: article {aid!r}: {problem}"}
    return (aid, text, item.get("title")), None


def _result(result: object, aid: str | None, n: int, name: str) -> tuple[dict | None, dict | None]:
    """The output of one extraction: ``(record, None)``, or ``(None, error)`` for the exception it raised."""
    from .errors import ExtractionTimeout

    if isinstance(result, ExtractionTimeout):
        return None, {
            "id": aid,
            "line": n,
            "type": "timeout",
            "message": f"{name}:{n}: article {aid!r}: {result.problem}",
        }
    if isinstance(result, Exception):  # one bad article never stops the run
        return None, {
            "id": aid,
            "line": n,
            "type": type(result).__name__,
            "message": f"{name}:{n}: article {aid!r}: {type(result).__name__}: {result}",
        }
    return result.to_dict(), None  # type: ignore[attr-defined]


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
