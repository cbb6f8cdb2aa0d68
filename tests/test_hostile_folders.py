"""Hostile folders for ``run``: OUTDIR inside the input, symlinks, added files on --resume, tar links.

Each test is the repro of a defect of issue 13 plus the accounting it must
give: read = written + skipped + failed, with nothing read twice or lost.
"""

from __future__ import annotations

import io
import json
import os
import tarfile

import pytest

from civicextract.batch.readers import RawItem, Skip, fingerprint, read_inputs
from civicextract.batch.runner import RunConfig, run
from civicextract.cli import main


def article(n: int) -> bytes:
    return json.dumps({"id": f"a{n}", "text": f"市财政投入{n + 1}00万元用于道路改造。"}, ensure_ascii=False).encode()


def write_articles(folder, names) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for n, name in enumerate(names):
        (folder / name).write_bytes(article(n))


def counts(out) -> tuple[int, int, int, int]:
    s = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert s["read"] == s["written"] + s["skipped"] + s["failed"]
    return s["read"], s["written"], s["skipped"], s["failed"]


def ids(out) -> list[str]:
    return [json.loads(x)["id"] for x in (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()]


def cfg(inputs, out, **kw) -> RunConfig:
    return RunConfig(inputs=[str(p) for p in inputs], outdir=str(out), kinds=("money",), timeout=None, **kw)


def test_outdir_inside_the_input_folder_is_never_read(tmp_path, capsys):
    # Before: manifest.json (and on a long run the growing part files) came back as inputs.
    data = tmp_path / "data"
    write_articles(data, [f"{i}.json" for i in range(5)])
    out = data / "out"
    code = main(["run", str(data), "-o", str(out), "--only-kinds", "money", "--no-progress"])
    assert code == 0, capsys.readouterr().err
    assert counts(out) == (5, 5, 0, 0)
    assert ids(out) == [f"a{i}" for i in range(5)]
    # A second run into the same OUTDIR (--force) does not read the first one's outputs either.
    code = main(["run", str(data), "-o", str(out), "--only-kinds", "money", "--no-progress", "--force"])
    assert code == 0 and counts(out) == (5, 5, 0, 0)


def test_an_input_inside_outdir_is_refused(tmp_path, capsys):
    out = tmp_path / "out"
    write_articles(out / "in", ["0.json"])
    code = main(["run", str(out / "in"), "-o", str(out), "--no-progress"])
    err = capsys.readouterr().err
    assert code == 2
    assert f"{out / 'in'}: is inside the output folder {out}, which is never read; choose another -o" in err


def test_resume_notices_files_added_to_an_input_folder(tmp_path):
    # Before: a folder was fingerprinted as "dir", so --resume after adding files
    # skipped the new ones' places by count: articles lost and ids duplicated, exit 0.
    from civicextract.batch.state import RunState, StateError

    data = tmp_path / "data"
    write_articles(data, ["0.json", "2.json"])
    first = cfg([data], tmp_path / "out")
    RunState(first.outdir, first.manifest(), resume=False, force=False, outputs=first.outputs()).close()  # interrupted
    (data / "1.json").write_bytes(article(1))
    with pytest.raises(StateError, match=r"--resume: .* was started with a different input_files"):
        run(cfg([data], tmp_path / "out", resume=True))


def test_folder_fingerprint_covers_sizes_and_mtimes(tmp_path):
    write_articles(tmp_path / "d", ["0.json"])
    f = tmp_path / "d" / "0.json"
    a = fingerprint(str(tmp_path / "d"))
    f.write_bytes(article(7) + b" ")
    b = fingerprint(str(tmp_path / "d"))
    os.utime(f, ns=(1, 1))
    c = fingerprint(str(tmp_path / "d"))
    assert len({a[3], b[3], c[3]}) == 3 and a[2] == b[2] == c[2] == 1


@pytest.fixture
def linked(tmp_path):
    outside = tmp_path / "outside"
    write_articles(outside, ["secret.json"])
    data = tmp_path / "data"
    write_articles(data, ["0.json", "1.json"])
    (data / "passwd.json").symlink_to(outside / "secret.json")
    (data / "elsewhere").symlink_to(outside, target_is_directory=True)
    (data / "again.json").symlink_to(data / "0.json")  # inside the tree: read
    (data / "dangling.json").symlink_to(tmp_path / "nothing.json")
    (data / "loop").symlink_to(data, target_is_directory=True)
    return data


def test_symlinks_out_of_the_input_folder_are_skipped_with_the_reason(linked, tmp_path):
    items = list(read_inputs([str(linked)], max_bytes=1 << 20))
    reasons = sorted(i.reason.split(":")[0] for i in items if isinstance(i, Skip))
    assert reasons == [
        "broken symlink",
        "symlink out of the input folder",
        "symlink out of the input folder",
        "symlink to a folder read elsewhere",
    ]
    read = sorted(i.default_id for i in items if isinstance(i, RawItem))
    assert read == ["0.json", "1.json", "again.json"]
    out = tmp_path / "out"
    run(cfg([linked], out))
    # again.json is 0.json read twice: under the default --dedupe keep-first its
    # repeated id is skipped too (4 links + 1 duplicate)
    assert counts(out) == (7, 2, 5, 0)


def test_follow_symlinks_reads_them_once(linked, tmp_path, capsys):
    out = tmp_path / "out"
    code = main(["run", str(linked), "-o", str(out), "--only-kinds", "money", "--no-progress", "--follow-symlinks", "--dedupe", "keep-all"])
    assert code == 0, capsys.readouterr().err
    # secret.json twice (the file link and inside the linked folder); the loop back to data is not entered
    # (keep-all: the articles share ids on purpose, and this test counts reads)
    assert counts(out) == (7, 5, 2, 0)
    assert sorted(ids(out)) == ["a0", "a0", "a0", "a0", "a1"]


def test_tar_link_members_are_counted_as_skipped(tmp_path):
    path = tmp_path / "pack.tar"
    with tarfile.open(path, "w") as tf:
        data = article(0)
        info = tarfile.TarInfo("a.json")
        info.size = len(data)
        tf.addfile(info, io.BytesIO(data))
        for name, kind in (("sym.json", tarfile.SYMTYPE), ("hard.json", tarfile.LNKTYPE)):
            link = tarfile.TarInfo(name)
            link.type, link.linkname = kind, "/etc/passwd"
            tf.addfile(link)
        d = tarfile.TarInfo("folder")
        d.type = tarfile.DIRTYPE
        tf.addfile(d)
    out = tmp_path / "out"
    run(cfg([path], out))
    assert counts(out) == (3, 1, 2, 0)
    s = json.loads((out / "summary.json").read_text())
    assert s["skipped_by_reason"] == {"tar link member, not read": 2}


def test_a_fifo_in_an_input_folder_is_skipped_not_opened(tmp_path):
    # Opening a named pipe blocks until someone writes to it: the run would hang.
    data = tmp_path / "data"
    write_articles(data, ["0.json"])
    os.mkfifo(data / "pipe.json")
    out = tmp_path / "out"
    run(cfg([data], out))
    assert counts(out) == (2, 1, 1, 0)
    s = json.loads((out / "summary.json").read_text())
    assert s["skipped_by_reason"] == {"not a regular file": 1}
