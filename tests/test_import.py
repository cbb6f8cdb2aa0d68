"""``import civicextract`` stays light: heavy libraries load when first needed."""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY = ("jieba", "rjieba", "opencc", "pypinyin", "spacy")


def loaded_after(code: str) -> set[str]:
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(m for m in {HEAVY!r} if m in sys.modules)))"
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return set(json.loads(proc.stdout.splitlines()[-1]))


def test_import_loads_no_heavy_library():
    assert loaded_after("import civicextract") == set()


def test_public_names_resolve_lazily():
    assert loaded_after("import civicextract\ncivicextract.Article, civicextract.InputError") == set()


def test_normalising_needs_opencc_only():
    # no pinyin note, no tokens asked for: pypinyin and the segmenters stay unloaded
    assert loaded_after("from civicextract.document import normalize\nnormalize('新京报讯（记者陈琳）7月24日')") == {"opencc"}


def test_a_pinyin_note_reads_pypinyins_table_without_importing_it():
    code = "from civicextract.document import normalize\nassert normalize('東坡區(qū)委').text == '东坡区委'"
    assert "pypinyin" not in loaded_after(code)


def test_tokens_load_the_segmenter():
    assert loaded_after("from civicextract.document import normalize\nnormalize('文明城市').tokens") & {"jieba", "rjieba"}


def test_normalize_subpackage_does_not_shadow_an_export():
    """``civicextract.normalize`` is the normalisers' subpackage, whatever was imported first."""
    code = (
        "import civicextract, types\n"
        "from civicextract.document import normalize\n"
        "assert isinstance(civicextract.normalize, types.ModuleType)\n"
        "assert civicextract.Pipeline().document('東坡區(qū)委').text == '东坡区委'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
