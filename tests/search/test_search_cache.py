"""The index file: reused on restart, updated per file, and never fatal when broken."""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from pathlib import Path

from search_support import GLOSSARY, indexed, shown, write_library

from viewer.search import SearchIndex, UpdateCounts
from viewer.search.store import index_path

ARTICLES = 3  # in search_support.ARTICLES


def restarted(tmp_path: Path) -> SearchIndex:
    """A new index object on the same content and cache, as after a restart."""
    return SearchIndex(tmp_path / "content", tmp_path / "cache")


def test_a_restart_with_unchanged_content_reindexes_nothing(tmp_path: Path, caplog) -> None:
    indexed(tmp_path).close()
    index = restarted(tmp_path)
    with caplog.at_level(logging.INFO, logger="viewer.search"):
        assert index.update() == UpdateCounts(reindexed=0, unchanged=ARTICLES, removed=0)
    assert "0 reindexed, 3 unchanged, 0 removed" in caplog.text
    assert index.path is not None and index.path.exists() and not index.in_memory
    assert shown(index.search("linglung")) == [("obat-tidur", "efek-samping", "body")]


def test_a_changed_file_is_reindexed_alone(tmp_path: Path) -> None:
    indexed(tmp_path).close()
    path = tmp_path / "content" / "obat-tidur.md"
    path.write_text(path.read_text().replace("linglung", "sempoyongan"), encoding="utf-8")
    index = restarted(tmp_path)
    assert index.update() == UpdateCounts(reindexed=1, unchanged=ARTICLES - 1, removed=0)
    assert index.search("linglung").hits == ()
    assert shown(index.search("sempoyongan")) == [("obat-tidur", "efek-samping", "body")]


def test_a_touched_but_unchanged_file_is_not_reindexed(tmp_path: Path) -> None:
    indexed(tmp_path).close()
    path = tmp_path / "content" / "clonazepam.md"
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    index = restarted(tmp_path)
    assert index.update() == UpdateCounts(reindexed=0, unchanged=ARTICLES, removed=0)
    # The new mtime is remembered: the next start does not even hash the file.
    assert restarted(tmp_path).update() == UpdateCounts(0, ARTICLES, 0)


def test_a_deleted_file_loses_its_rows(tmp_path: Path) -> None:
    index = indexed(tmp_path)
    assert index.search("zolpidem").hits
    (tmp_path / "content" / "obat-tidur.md").unlink()
    assert index.update() == UpdateCounts(reindexed=0, unchanged=ARTICLES - 1, removed=1)
    assert {h.article_id for h in index.search("zolpidem").hits} == {"tablet-tidur"}
    assert index.search("linglung").hits == ()


def test_a_changed_glossary_reindexes_every_article(tmp_path: Path) -> None:
    index = indexed(tmp_path)
    assert index.search("anxiolitik").hits == ()
    glossary = GLOSSARY.replace("Golongan obat penenang", "Golongan obat anxiolitik")
    (tmp_path / "content" / "glossary.md").write_text(glossary, encoding="utf-8")
    assert index.update() == UpdateCounts(reindexed=ARTICLES, unchanged=0, removed=0)
    assert shown(index.search("anxiolitik")) == [("clonazepam", "golongan-obat", "glossary")]
    assert index.update() == UpdateCounts(0, ARTICLES, 0)


def test_an_article_with_problems_is_not_indexed_nor_read_again(tmp_path: Path) -> None:
    content = write_library(tmp_path / "content")
    (content / "rusak.md").write_text("tanpa data awal kerusakan\n", encoding="utf-8")
    index = SearchIndex(content, tmp_path / "cache")
    assert index.update() == UpdateCounts(reindexed=ARTICLES + 1, unchanged=0, removed=0)
    assert index.search("kerusakan").hits == ()
    assert index.update() == UpdateCounts(0, ARTICLES + 1, 0)


def test_another_format_version_is_rebuilt(tmp_path: Path) -> None:
    index = indexed(tmp_path)
    assert index.path is not None
    path = index.path
    index.close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE meta SET value = '0' WHERE key = 'format'")
    connection.close()
    again = restarted(tmp_path)
    assert again.update() == UpdateCounts(reindexed=ARTICLES, unchanged=0, removed=0)
    assert again.path == path and again.search("zolpidem").hits


def test_the_file_is_named_after_the_folder(tmp_path: Path) -> None:
    one, two = index_path(tmp_path, Path("/a/content")), index_path(tmp_path, Path("/b/content"))
    assert one != two and one.parent == tmp_path and "content" in one.name


def test_no_cache_folder_gives_an_index_in_memory(tmp_path: Path) -> None:
    index = SearchIndex(write_library(tmp_path / "content"), None)
    assert index.update() == UpdateCounts(reindexed=ARTICLES, unchanged=0, removed=0)
    assert index.in_memory and index.search("zolpidem").hits


def test_a_cache_folder_that_cannot_be_made_gives_an_index_in_memory(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("x")
    index = indexed(tmp_path, cache=tmp_path / "a-file" / "cache")
    assert index.in_memory and index.path is None
    assert shown(index.search("linglung")) == [("obat-tidur", "efek-samping", "body")]


def test_a_read_only_cache_folder_gives_an_index_in_memory(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    if os.geteuid() == 0:
        # Root writes through a folder's mode bits (and CI runs as root): /proc is a file
        # system where nobody can make a folder or a file.
        cache = Path("/proc/self/patient-viewer-cache")
    else:
        cache.chmod(0o500)
    try:
        index = indexed(tmp_path, cache=cache)
        assert index.in_memory
        assert index.search("zolpidem").hits
    finally:
        if cache.is_relative_to(tmp_path):
            cache.chmod(0o700)


def test_a_corrupt_index_file_is_rebuilt(tmp_path: Path, caplog) -> None:
    index = indexed(tmp_path)
    path = index.path
    assert path is not None
    index.close()
    path.write_bytes(b"this is no database " * 500)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    again = restarted(tmp_path)
    with caplog.at_level(logging.INFO, logger="viewer.search"):
        assert again.update() == UpdateCounts(reindexed=ARTICLES, unchanged=0, removed=0)
    assert "rebuilt" in caplog.text
    assert again.path == path and not again.in_memory
    assert again.search("zolpidem").hits


def test_a_locked_index_file_gives_an_index_in_memory(tmp_path: Path) -> None:
    index = indexed(tmp_path)
    path = index.path
    assert path is not None
    index.close()
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        again = restarted(tmp_path)
        assert again.update() == UpdateCounts(reindexed=ARTICLES, unchanged=0, removed=0)
        assert again.in_memory
        assert again.search("zolpidem").hits
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_an_index_file_deleted_under_a_running_index_is_not_fatal(tmp_path: Path) -> None:
    index = indexed(tmp_path)
    assert index.path is not None
    for suffix in ("", "-wal", "-shm"):
        Path(f"{index.path}{suffix}").unlink(missing_ok=True)
    (tmp_path / "content" / "clonazepam.md").unlink()
    index.update()
    assert {h.article_id for h in index.search("zolpidem").hits} == {"obat-tidur", "tablet-tidur"}


def test_search_runs_while_update_runs_in_another_thread(tmp_path: Path) -> None:
    content = write_library(tmp_path / "content")
    for n in range(40):
        body = f"\n## Bagian\n\nTeks ke-{n} tentang zolpidem dan kopi.\n"
        (content / f"tambahan-{n}.md").write_text(
            f'+++\nid = "tambahan-{n}"\ntitle = "Tambahan {n}"\nlanguage = "id"\n'
            'summary = "Ringkasan."\nsource = "Klinik"\nlast_reviewed = 2026-01-01\n'
            'next_review = 2027-01-01\nreviewer = "dr. A"\n+++\n' + body,
            encoding="utf-8",
        )
    index = SearchIndex(content, tmp_path / "cache")
    errors: list[BaseException] = []

    def run() -> None:
        try:
            index.update()
        except BaseException as exc:  # pragma: no cover - the test reports it
            errors.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    searches = 0
    while worker.is_alive():  # each search waits at most for one file's write
        index.search("zolpidem", limit=100)
        searches += 1
    worker.join()
    assert not errors and searches > 0
    assert len(index.search("zolpidem", limit=100).hits) == 43


def test_a_cancelled_update_stops_and_the_next_one_finishes_the_job(tmp_path: Path) -> None:
    from viewer.search.index import SearchIndex

    write_library(tmp_path / "konten")
    index = SearchIndex(tmp_path / "konten", tmp_path / "cache")
    index.cancel()  # the app quits while the worker builds
    stopped = index.update()
    assert stopped.reindexed == 0
    index.close()
    again = SearchIndex(tmp_path / "konten", tmp_path / "cache")
    counts = again.update()
    assert counts.reindexed > 0  # nothing was lost: the job is done now
    assert again.search("zolpidem").hits
