"""Inputs to raw items, streamed: folders, JSON Lines (plain, gzip, zstd), zip, tar, WARC.

Nothing is extracted to disk and nothing is held beyond one article: archive
members and JSONL lines are read one at a time, and anything larger than
``max_bytes`` is skipped over in chunks and reported instead of loaded.
Every yielded thing counts as one read article (``read = written + skipped +
failed``); folder entries and records that are not articles (WARC requests,
images) yield :class:`Skip` or nothing, never an error.

Order is deterministic (folders walked sorted, archives in stored order), which
is what lets ``--resume`` skip exactly the items already written.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import tarfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from .items import HTML, JSON_LINE, JSON_OBJECT, TEXT, Provenance, RawItem, ReadFailure, Skip

Item = RawItem | ReadFailure | Skip

_WHOLE = {".txt": TEXT, ".html": HTML, ".htm": HTML, ".json": JSON_OBJECT}
_JSONL = (".jsonl", ".jsonl.gz", ".jsonl.zst", ".ndjson", ".ndjson.gz", ".ndjson.zst")
_WARC = (".warc", ".warc.gz", ".arc", ".arc.gz")
_TAR = (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tar.xz")
SUPPORTED = (*_WHOLE, *_JSONL, *_WARC, ".zip", *_TAR)


def kind_of(name: str) -> str | None:
    """The reader for a file name, or None.

    >>> kind_of("a/b.JSONL.gz"), kind_of("x.warc.gz"), kind_of("p.htm"), kind_of("img.png")
    ('jsonl', 'warc', 'html', None)
    """
    low = name.lower()
    for suffix, fmt in _WHOLE.items():
        if low.endswith(suffix):
            return fmt
    if low.endswith(_JSONL):
        return "jsonl"
    if low.endswith(_WARC):
        return "warc"
    if low.endswith(".zip"):
        return "zip"
    if low.endswith(_TAR):
        return "tar"
    return None


def read_inputs(
    paths: list[str], *, max_bytes: int, exclude: tuple[str, ...] = (), follow_symlinks: bool = False
) -> Iterator[Item]:
    """Every item of ``paths`` in order; folders under ``exclude`` (OUTDIR) are never entered."""
    for path in paths:
        if os.path.isdir(path):
            yield from _read_folder(path, max_bytes, exclude, follow_symlinks)
        else:
            yield from _read_file(path, os.path.basename(path), max_bytes)


def walk_folder(
    root: str, exclude: tuple[str, ...] = (), follow_symlinks: bool = False
) -> Iterator[tuple[str, str, str | None]]:
    """``(full path, path relative to root, skip reason or None)`` of every file, sorted.

    The folders in ``exclude`` (the run's OUTDIR, whose work files grow while it
    is read) are left out entirely: they are never inputs.  A symlink is only
    followed when its target is inside ``root`` (a symlinked folder inside it is
    read where it really is), unless ``follow_symlinks``; every link not followed
    is yielded with the reason, so it is counted as skipped, never lost.
    Folders are walked iteratively; each real folder is entered once (link cycles).
    """
    real_root = os.path.realpath(root)
    skip_dirs = tuple(os.path.realpath(e) for e in exclude)
    if _under(real_root, skip_dirs):
        return
    seen = {real_root}  # folders entered, by real path: a link cycle is entered once
    stack = [root]  # iterative, so a hostile folder depth cannot exhaust the recursion limit
    while stack:
        folder = stack.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            yield folder, _rel(folder, root), f"unreadable folder: {exc.strerror or exc}"
            continue
        subfolders = []
        for entry in entries:  # files first, then subfolders, each sorted: the order os.walk gave
            full, rel = entry.path, _rel(entry.path, root)
            target = os.path.realpath(full)
            if _under(target, skip_dirs):
                continue
            link = entry.is_symlink()
            if link and not os.path.exists(full):
                yield full, rel, f"broken symlink: {rel} -> {os.readlink(full)}"
            elif link and not follow_symlinks and not _under(target, (real_root,)):
                yield full, rel, f"symlink out of the input folder: {rel} -> {target} (--follow-symlinks reads it)"
            elif entry.is_dir():
                if link and (target in seen or not follow_symlinks):
                    yield full, rel, f"symlink to a folder read elsewhere: {rel} -> {target}"
                elif target not in seen:
                    seen.add(target)
                    subfolders.append(full)
            elif entry.is_file():
                yield full, rel, None
            else:
                yield full, rel, f"not a regular file: {rel}"
        stack.extend(reversed(subfolders))


def _under(path: str, folders: tuple[str, ...]) -> bool:
    return any(path == f or path.startswith(f.rstrip(os.sep) + os.sep) for f in folders)


def _rel(full: str, root: str) -> str:
    return Path(os.path.relpath(full, root)).as_posix()


def fingerprint(path: str, exclude: tuple[str, ...] = (), follow_symlinks: bool = False) -> list[Any]:
    """What ``--resume`` compares: a file's size and mtime, or for a folder a
    digest of every file's name, size and mtime (so added, removed or changed
    files are noticed) and the number of files."""
    try:
        st = os.stat(path)
    except OSError:
        return [path, None]
    if not os.path.isdir(path):
        return [path, st.st_size, int(st.st_mtime)]
    digest = hashlib.sha256()
    n = 0
    for full, rel, reason in walk_folder(path, exclude, follow_symlinks):
        try:
            fst = os.stat(full)
            size, mtime = fst.st_size, fst.st_mtime_ns
        except OSError:
            size = mtime = None
        digest.update(json.dumps([rel, size, mtime, reason], ensure_ascii=False).encode("utf-8", "surrogateescape"))
        n += 1
    return [path, "dir", n, digest.hexdigest()]


def _read_folder(root: str, max_bytes: int, exclude: tuple[str, ...], follow_symlinks: bool) -> Iterator[Item]:
    for full, rel, reason in walk_folder(root, exclude, follow_symlinks):
        if reason is not None:
            yield Skip(Provenance(full), reason)
        elif kind_of(full) is None:
            yield Skip(Provenance(full), f"unsupported file type: {os.path.basename(full)}")
        else:
            yield from _read_file(full, rel, max_bytes)


def read_blob(path: str, default_id: str, data: bytes, *, max_bytes: int) -> Iterator[Item]:
    """Items of one file already in memory (the Spark engine gets files as bytes)."""
    return _read_file(path, default_id, max_bytes, opener=lambda: io.BytesIO(data), size=len(data))


def _read_file(
    path: str, default_id: str, max_bytes: int, opener: Callable[[], IO[bytes]] | None = None, size: int | None = None
) -> Iterator[Item]:
    kind = kind_of(path)
    prov = Provenance(path)
    if opener is None:
        opener = lambda: open(path, "rb")  # noqa: E731
    try:
        if kind in (TEXT, HTML, JSON_OBJECT):
            size = os.path.getsize(path) if size is None else size
            if size > max_bytes:
                yield _too_large(prov, size, max_bytes, default_id)
                return
            with opener() as fh:
                yield RawItem(prov, kind, fh.read(), default_id=default_id)
        elif kind == "jsonl":
            with opener() as fh:
                yield from read_jsonl(decompressed(path, fh), prov, os.path.basename(path), max_bytes)
        elif kind == "warc":
            from .warc import read_warc

            with opener() as fh:
                yield from read_warc(fh, prov, max_bytes, seekable=True)
        elif kind == "zip":
            with opener() as fh:
                yield from _read_zip(path, fh, max_bytes)
        elif kind == "tar":
            with opener() as fh:
                yield from _read_tar(path, fh, max_bytes)
        else:
            yield Skip(prov, f"unsupported file type: {os.path.basename(path)}")
    except OSError as exc:
        yield ReadFailure(prov, "OSError", f"cannot read: {exc.strerror or exc}")
    except ImportError as exc:
        yield _needs(prov, exc)


def _needs(prov: Provenance, exc: ImportError) -> ReadFailure:
    return ReadFailure(prov, "MissingDependency", f"reading this needs {exc.name}: pip install 'civicextract[warc]'")


def _too_large(prov: Provenance, size: int, max_bytes: int, aid: str | None) -> ReadFailure:
    return ReadFailure(
        prov, "TooLarge", f"article is {size:,} bytes, over the --max-bytes limit of {max_bytes:,}", article_id=aid
    )


def decompressed(name: str, fh: IO[bytes]) -> IO[bytes]:
    """``fh`` read through gzip or zstd when ``name`` ends .gz/.zst (run's readers and ``run -`` share it)."""
    low = name.lower()
    if low.endswith(".gz"):
        return gzip.GzipFile(fileobj=fh, mode="rb")
    if low.endswith(".zst"):
        import zstandard

        # read_across_frames: files written by concatenating zstd frames are common
        return io.BufferedReader(zstandard.ZstdDecompressor().stream_reader(fh, read_across_frames=True))
    return fh


# Errors a damaged compressed stream raises part-way through a file.
_STREAM_ERRORS: tuple[type[BaseException], ...] = (
    EOFError,
    zlib.error,
    gzip.BadGzipFile,
    zipfile.BadZipFile,
    tarfile.TarError,
)


def _stream_errors() -> tuple[type[BaseException], ...]:
    try:
        import zstandard
    except ImportError:
        return _STREAM_ERRORS
    return (*_STREAM_ERRORS, zstandard.ZstdError)


def _damaged(prov: Provenance, exc: BaseException, after: str) -> ReadFailure:
    if isinstance(exc, EOFError):
        what = "compressed data ends early (truncated file?)"
    else:
        what = f"corrupt data ({type(exc).__name__}: {exc})"
    return ReadFailure(prov, "DamagedInput", f"{what}; {after}")


def read_jsonl(fh: IO[bytes], prov: Provenance, name: str, max_bytes: int) -> Iterator[Item]:
    n = 0
    try:
        while True:
            line = fh.readline(max_bytes + 1)
            if not line:
                return
            n += 1
            here = Provenance(prov.input, prov.member, n)
            if len(line) > max_bytes and not line.endswith(b"\n"):
                size = len(line) + _skip_line(fh)
                yield _too_large(here, size, max_bytes, None)
                continue
            if not line.strip():
                continue  # blank lines are not articles
            yield RawItem(here, JSON_LINE, line, default_id=f"{name}:{n}")
    except _stream_errors() as exc:
        yield _damaged(Provenance(prov.input, prov.member, n + 1), exc, f"the {n} lines before it were read")


def _skip_line(fh: IO[bytes]) -> int:
    skipped = 0
    while True:
        chunk = fh.readline(1 << 20)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return skipped


def _read_member(
    kind: str, opener: Callable[[], IO[bytes]], size: int, prov: Provenance, aid: str, max_bytes: int
) -> Iterator[Item]:
    if kind in (TEXT, HTML, JSON_OBJECT):
        if size > max_bytes:
            yield _too_large(prov, size, max_bytes, aid)
            return
        with opener() as fh:
            data = fh.read()
        yield RawItem(prov, kind, data, default_id=aid)
    elif kind == "jsonl":
        with opener() as fh:
            yield from read_jsonl(decompressed(prov.member or "", fh), prov, aid, max_bytes)
    elif kind == "warc":
        from .warc import read_warc

        with opener() as fh:
            yield from read_warc(fh, prov, max_bytes, seekable=False)
    else:
        yield Skip(prov, f"unsupported member type: {prov.member}")


def _read_zip(path: str, raw: IO[bytes], max_bytes: int) -> Iterator[Item]:
    base = os.path.basename(path)
    try:
        zf = zipfile.ZipFile(raw)
    except (zipfile.BadZipFile, OSError) as exc:
        yield ReadFailure(Provenance(path), "DamagedInput", f"not a readable zip archive ({exc})")
        return
    with zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            prov = Provenance(path, info.filename)
            kind = kind_of(info.filename)
            if kind is None or kind in ("zip", "tar"):
                yield Skip(prov, f"unsupported member type: {info.filename}")
                continue
            try:
                yield from _read_member(
                    kind, lambda i=info: zf.open(i), info.file_size, prov, f"{base}!{info.filename}", max_bytes
                )
            except ImportError as exc:
                yield _needs(prov, exc)
            except _stream_errors() as exc:
                # zipfile checks the CRC only at the end of a member, so a bad
                # member is caught here, after its bytes were read, never half-yielded
                yield _damaged(prov, exc, "the archive's other members are read")


def _read_tar(path: str, raw: IO[bytes], max_bytes: int) -> Iterator[Item]:
    base = os.path.basename(path)
    done = 0
    try:
        # "r|*": a pure stream, so a tar.gz is never decompressed twice or seeked in
        with tarfile.open(fileobj=raw, mode="r|*") as tf:
            for member in tf:
                prov = Provenance(path, member.name)
                if member.isdir():
                    continue  # folders hold nothing themselves, as in a zip
                if not member.isfile():
                    # links are never followed (their targets may lie outside the archive)
                    what = "link" if member.issym() or member.islnk() else "special file"
                    yield Skip(prov, f"tar {what} member, not read: {member.name}")
                    done += 1
                    continue
                kind = kind_of(member.name)
                if kind is None or kind in ("zip", "tar"):
                    yield Skip(prov, f"unsupported member type: {member.name}")
                    continue
                yield from _read_member(
                    kind, lambda m=member: _tar_member(tf, m), member.size, prov, f"{base}!{member.name}", max_bytes
                )
                done += 1
    except _stream_errors() as exc:
        yield _damaged(Provenance(path), exc, f"the {done} members before it were read")


def _tar_member(tf: tarfile.TarFile, member: tarfile.TarInfo) -> IO[bytes]:
    fh = tf.extractfile(member)
    assert fh is not None  # isfile() was checked
    return fh
