"""Rule C8: an article without a named reviewer is shown, but `check` notes it at the
`reviewer` line, and `--strict` (for CI) fails on the note."""

from __future__ import annotations

import io
from pathlib import Path

from support import FRONT, write_article
from viewer.check import run_check
from viewer.content.loader import load_library

NOTE = (
    "kolom 'reviewer' kosong: artikel ditampilkan sebagai belum ditinjau oleh tenaga "
    "kesehatan; isi dengan nama dokter atau apoteker yang memeriksanya"
)


def check(folder: Path, strict: bool = False) -> tuple[int, list[str]]:
    out = io.StringIO()
    status = run_check(folder, Path("konten"), out, strict=strict)
    return status, out.getvalue().splitlines()


def test_an_empty_reviewer_is_a_note_at_its_line_and_the_article_is_shown(tmp_path: Path):
    write_article(tmp_path, "\n## A\n\nTeks.\n")
    status, lines = check(tmp_path)
    assert status == 0
    assert lines[0] == f"konten/contoh.md:9: catatan: {NOTE}"
    assert lines[1].endswith("tidak ada masalah, 1 catatan (lihat di atas).")
    (article,) = load_library(tmp_path).articles
    assert not article.meta.is_reviewed


def test_strict_makes_the_note_fail(tmp_path: Path):
    write_article(tmp_path, "\n## A\n\nTeks.\n")
    status, lines = check(tmp_path, strict=True)
    assert status == 1
    assert lines == [
        f"konten/contoh.md:9: catatan: {NOTE}",
        "1 masalah ditemukan (termasuk 1 catatan, --strict).",
    ]


def test_a_missing_reviewer_line_is_noted_at_the_top(tmp_path: Path):
    front = FRONT.format(id="contoh").replace('reviewer = ""\n', "")
    write_article(tmp_path, "\n## A\n\nTeks.\n", front=front)
    assert check(tmp_path)[1][0] == f"konten/contoh.md:1: catatan: {NOTE}"


def test_a_named_reviewer_leaves_no_note(tmp_path: Path):
    front = FRONT.format(id="contoh").replace('reviewer = ""', 'reviewer = "dr. Sari, Sp.KJ"')
    write_article(tmp_path, "\n## A\n\nTeks.\n", front=front)
    status, lines = check(tmp_path, strict=True)
    assert status == 0
    assert lines[-1].endswith("tidak ada masalah.")
    assert load_library(tmp_path).articles[0].meta.is_reviewed
