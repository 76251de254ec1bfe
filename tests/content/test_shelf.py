"""The shelf: every article's front matter at once, each body only when opened, and what
the cache keeps between runs (no Qt)."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from support import FRONT, GOOD_BODY, write_article
from viewer.content.loader import load_library
from viewer.content.shelf import Shelf
from viewer.content.shelf_cache import open_shelf


def _folder(tmp_path: Path, count: int = 3) -> Path:
    folder = tmp_path / "konten"
    for i in range(count):
        front = FRONT.format(id=f"a{i}").replace("+++\n", f"+++\norder = {count - i}\n", 1)
        write_article(folder, GOOD_BODY, name=f"a{i}", front=front)
    return folder


def _read_counts(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if "catalogue of" in r.getMessage()]


def test_the_shelf_knows_every_article_by_its_front_matter_in_the_clinics_order(tmp_path):
    shelf = open_shelf(_folder(tmp_path), tmp_path / "cache")
    assert [meta.id for meta in shelf.metas()] == ["a2", "a1", "a0"]  # order 1, 2, 3
    assert not any(shelf.opened(meta.id) for meta in shelf.metas())  # no body read yet


def test_a_body_is_loaded_and_checked_when_opened_and_kept(tmp_path):
    shelf = open_shelf(_folder(tmp_path), tmp_path / "cache")
    article = shelf.article("a1")
    assert article is not None and article.html is not None
    assert [s.heading for s in article.sections] == ["Bagian satu", "Bagian dua"]
    assert shelf.article("a1") is article
    assert shelf.article("nothing") is None


def test_a_restart_with_unchanged_files_reads_no_front_matter(tmp_path, caplog):
    folder = _folder(tmp_path)
    caplog.set_level(logging.INFO, logger="viewer.content.shelf_cache")
    open_shelf(folder, tmp_path / "cache")
    again = open_shelf(folder, tmp_path / "cache")
    assert _read_counts(caplog) == [
        f"catalogue of {folder}: 3 file(s) read, 0 known",
        f"catalogue of {folder}: 0 file(s) read, 3 known",
    ]
    assert [m.id for m in again.metas()] == ["a2", "a1", "a0"]


def test_a_changed_file_is_read_again_alone_and_its_new_title_shown(tmp_path, caplog):
    folder = _folder(tmp_path)
    open_shelf(folder, tmp_path / "cache")
    path = folder / "a1.md"
    path.write_text(path.read_text().replace("Contoh a1", "Judul baru"), encoding="utf-8")
    status = path.stat()
    os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns + 10_000_000))
    caplog.set_level(logging.INFO, logger="viewer.content.shelf_cache")
    shelf = open_shelf(folder, tmp_path / "cache")
    assert _read_counts(caplog) == [f"catalogue of {folder}: 1 file(s) read, 2 known"]
    assert shelf.meta("a1").title == "Judul baru"
    assert shelf.article("a1").meta.title == "Judul baru"  # the body's cache is keyed too


def test_broken_front_matter_is_a_problem_at_its_line_and_no_card(tmp_path):
    folder = _folder(tmp_path, 1)
    write_article(folder, GOOD_BODY, name="rusak", front=FRONT.format(id="lain"))
    shelf = open_shelf(folder, tmp_path / "cache")
    assert [m.id for m in shelf.metas()] == ["a0"]
    assert len(shelf.problems) == 1 and "rusak.md:2" in str(shelf.problems[0])


@pytest.mark.expect_log("viewer.content.shelf", "content problem", level="WARNING")
def test_a_body_with_problems_is_not_shown_and_its_problem_joins_the_shelf(tmp_path):
    folder = _folder(tmp_path, 1)
    write_article(folder, "\n## Satu\n\n::: darurat\nTanpa sumber.\n:::\n", name="b")
    shelf = open_shelf(folder, tmp_path / "cache")
    assert "b" in shelf  # its front matter is fine: a card until it is opened
    assert shelf.article("b") is None
    assert any("b.md" in str(problem) for problem in shelf.problems)


def test_an_unwritable_cache_only_costs_time(tmp_path):
    blocked = tmp_path / "berkas"
    blocked.write_text("not a folder")
    shelf = open_shelf(_folder(tmp_path), blocked / "cache")
    assert shelf.article("a0") is not None


def test_a_damaged_catalogue_is_read_again_from_the_files(tmp_path):
    folder = _folder(tmp_path)
    open_shelf(folder, tmp_path / "cache")
    for entry in (tmp_path / "cache" / "shelf").rglob("*"):
        if entry.is_file():
            entry.write_bytes(b"\x00garbage")
    shelf = open_shelf(folder, tmp_path / "cache")
    assert [m.id for m in shelf.metas()] == ["a2", "a1", "a0"]
    assert shelf.article("a2") is not None


def test_a_kiosks_choice_keeps_its_own_order(tmp_path):
    shelf = Shelf.from_library(load_library(_folder(tmp_path)))
    chosen = shelf.chosen(["a0", "a2"])
    assert [m.id for m in chosen.metas()] == ["a0", "a2"]
    assert [m.order for m in chosen.metas()] == [0, 1]
    assert "a1" not in chosen
    assert chosen.article("a0").meta.order == 0
