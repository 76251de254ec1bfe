"""One bad file never takes the others down, never hangs and never crashes `check`:
whatever is wrong with it is reported as that file's problem."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from support import CONTENT, FRONT, REPO, write_article
from viewer.check import run_check
from viewer.content import loader
from viewer.content.article_parser import (
    MAX_ARTICLE_BRACKETS,
    MAX_LINE_CHARS,
    MAX_PARAGRAPH_BRACKETS,
    MAX_SECTIONS,
    MAX_WARNINGS,
)
from viewer.content.glossary import MAX_TERMS
from viewer.content.loader import load_library

# The bundled articles name each other under `related`: they are copied together, or the
# folder would hold a dead `related` entry besides the bad file under test.
GOOD_IDS = ["cara-memakai-aplikasi", "clonazepam-depresi"]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A content folder with the good bundled articles and the glossary."""
    for article_id in GOOD_IDS:
        shutil.copy(CONTENT / f"{article_id}.md", tmp_path)
    shutil.copy(CONTENT / "glossary.md", tmp_path)
    return tmp_path


def check(folder: Path) -> tuple[int, list[str]]:
    out = io.StringIO()
    status = run_check(folder, Path("konten"), out)
    # The fixtures name no reviewer: the note that says so is not what these tests read.
    return status, [line for line in out.getvalue().splitlines() if ": catatan: " not in line]


def good_ids(folder: Path) -> list[str]:
    return [a.meta.id for a in load_library(folder).articles]


def test_a_pipe_named_like_an_article_is_reported_without_hanging(folder: Path):
    os.mkfifo(folder / "pipa.md")
    status, lines = check(folder)
    assert status == 1
    assert lines[0] == (
        "konten/pipa.md: tidak dapat dibaca: bukan berkas teks biasa (pipa atau perangkat)"
    )
    assert good_ids(folder) == GOOD_IDS


def test_a_pipe_named_glossary_is_reported_without_hanging(folder: Path):
    (folder / "glossary.md").unlink()
    os.mkfifo(folder / "glossary.md")
    # A subprocess with a timeout: a hang here must fail the test, not stall the suite.
    result = subprocess.run(
        [sys.executable, "-m", "viewer", "check", str(folder)],
        capture_output=True,
        text=True,
        timeout=30,
        cwd=REPO,
    )
    assert result.returncode == 1
    assert f"{folder}/glossary.md: tidak dapat dibaca: bukan berkas teks biasa" in result.stdout


def test_a_symlink_loop_and_a_broken_link_are_reported(folder: Path):
    os.symlink("putar.md", folder / "putar.md")
    os.symlink("tidak-ada-di-mana-pun.md", folder / "rusak.md")
    status, lines = check(folder)
    assert status == 1
    assert lines[:2] == [
        "konten/putar.md: tidak dapat dibaca: tautan simbolik yang berputar",
        "konten/rusak.md: tidak dapat dibaca: tidak ada (atau tautan simbolik ke berkas yang "
        "tidak ada)",
    ]
    assert good_ids(folder) == GOOD_IDS


def test_a_file_name_that_is_not_utf8_is_printed_readably(folder: Path, capfd):
    (folder / os.fsdecode(b"x\xff.md")).write_text(FRONT.format(id="x") + "\n## A\n\nTeks.\n")
    status, lines = check(folder)
    assert status == 1
    assert lines[0] == (
        "konten/x\ufffd.md:2: kolom 'id' ('x') harus sama dengan nama berkas ('x\ufffd')"
    )
    print(lines[0])  # must not raise UnicodeEncodeError on a UTF-8 terminal
    assert "x\ufffd.md" in capfd.readouterr().out


def test_a_folder_name_too_long_is_one_problem():
    status, lines = check(Path("/tmp") / ("k" * 300))
    assert status == 1
    assert lines[0] == "konten: folder konten tidak dapat dibaca: nama terlalu panjang"


@pytest.mark.expect_log("viewer.content.loader", "unexpected error while loading", level="ERROR")
def test_an_unexpected_error_in_one_file_leaves_the_others(folder: Path, monkeypatch, caplog):
    write_article(folder, "\n## A\n\nTeks.\n", name="a")
    real = loader._load_article

    def explode(path: Path, root: Path, display: Path, *rest):
        if path.name == "a.md":
            raise RuntimeError("boom")
        return real(path, root, display, *rest)

    monkeypatch.setattr(loader, "_load_article", explode)
    library = load_library(folder, display_root=Path("konten"))
    assert [a.meta.id for a in library.articles] == GOOD_IDS
    assert [str(p) for p in library.problems] == [
        "konten/a.md: berkas ini tidak dapat diproses karena kesalahan tak terduga (rincian "
        "di catatan log); periksa isinya atau laporkan ke petugas teknis"
    ]
    assert "boom" in caplog.text


LIMITS = {
    "a line too long": (
        "\n## A\n\n" + "kata " * (MAX_LINE_CHARS // 5 + 1) + "\n",
        f"konten/contoh.md:14: baris terlalu panjang ({MAX_LINE_CHARS + 5} karakter; batas "
        f"{MAX_LINE_CHARS}); pecah menjadi beberapa paragraf",
    ),
    "too many sections": (
        "".join(f"\n## Bagian {n}\n\nTeks.\n" for n in range(MAX_SECTIONS + 1)),
        f"konten/contoh.md:{12 + 4 * MAX_SECTIONS}: artikel terlalu panjang: lebih dari "
        f"{MAX_SECTIONS} bagian; pecah menjadi beberapa artikel",
    ),
    "too many warnings": (
        "\n## A\n\nTeks.\n"
        + "".join(
            "\n::: perhatian\nTeks.\nSumber: artikel\n:::\n" for _ in range(MAX_WARNINGS + 1)
        ),
        f"konten/contoh.md:{16 + 5 * MAX_WARNINGS}: terlalu banyak peringatan: lebih dari "
        f"{MAX_WARNINGS} dalam satu artikel; pecah menjadi beberapa artikel",
    ),
    "too many '[' in a paragraph": (
        "\n## A\n\nTeks\n" + "[\n" * (MAX_PARAGRAPH_BRACKETS + 1),
        f"konten/contoh.md:14: paragraf dengan terlalu banyak '[' (batas "
        f"{MAX_PARAGRAPH_BRACKETS}); periksa tautan dan gambar di paragraf ini",
    ),
    "too many '[' in the article": (
        "\n## A\n\n" + "[x](#a)\n\n" * (MAX_ARTICLE_BRACKETS + 1),
        f"konten/contoh.md:{14 + 2 * MAX_ARTICLE_BRACKETS}: artikel dengan terlalu banyak '[' "
        f"(lebih dari {MAX_ARTICLE_BRACKETS}); periksa tautan dan gambar",
    ),
}


@pytest.mark.parametrize("case", list(LIMITS), ids=list(LIMITS))
def test_text_beyond_the_limits_is_reported_at_its_line(tmp_path: Path, case: str):
    body, expected = LIMITS[case]
    write_article(tmp_path, body)
    status, lines = check(tmp_path)
    assert status == 1
    assert lines[:-1] == [expected]


def test_a_glossary_beyond_the_limit_is_reported(tmp_path: Path):
    write_article(tmp_path, "\n## A\n\nTeks.\n")
    entries = "".join(f"## istilah{n}\n\nArti {n}.\n\n" for n in range(MAX_TERMS + 1))
    (tmp_path / "glossary.md").write_text(entries, encoding="utf-8")
    status, lines = check(tmp_path)
    assert status == 1
    assert lines[:-1] == [
        f"konten/glossary.md:{1 + 4 * MAX_TERMS}: daftar istilah terlalu panjang: lebih dari "
        f"{MAX_TERMS} istilah"
    ]


def test_the_authoring_guide_states_the_limits_check_applies():
    from viewer.content.textfile import MAX_TEXT_BYTES

    guide = " ".join((CONTENT / "README.md").read_text(encoding="utf-8").split())
    assert (
        f"paling banyak {MAX_SECTIONS} bagian dan {MAX_WARNINGS} kotak peringatan per artikel, "
        f"{MAX_LINE_CHARS} karakter per baris, {MAX_PARAGRAPH_BRACKETS} tanda `[` per paragraf "
        f"dan {MAX_ARTICLE_BRACKETS} per artikel, {MAX_TERMS} istilah di daftar istilah, dan "
        f"file paling besar {MAX_TEXT_BYTES // 1024} KiB"
    ) in guide
