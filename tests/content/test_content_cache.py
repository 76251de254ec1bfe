"""The content cache gives exactly what a load gives, and never an old version of it:
any change to a file, to what a link names, or to the code makes it load afresh."""

from __future__ import annotations

import logging
import marshal
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from support import CONTENT, write_article
from viewer.content import cache
from viewer.content.cache import load_library_cached
from viewer.content.loader import load_library
from viewer.content.render import render_article


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    content = tmp_path / "konten"
    shutil.copytree(CONTENT, content)
    return content


@pytest.fixture
def cache_folder(tmp_path: Path) -> Path:
    return tmp_path / "cache"


def loads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every full load from now on (a start the cache could not serve)."""
    seen: list[Path] = []
    real = cache._load

    def counting(root: Path, file_checks):
        seen.append(root)
        return real(root, file_checks)

    monkeypatch.setattr(cache, "_load", counting)
    return seen


def test_a_second_start_reads_the_cache_and_gets_the_same_library(
    folder, cache_folder, monkeypatch
):
    full = loads(monkeypatch)
    first = load_library_cached(folder, cache_folder)
    second = load_library_cached(folder, cache_folder)
    assert full == [folder]  # only the first start loaded
    assert second == first == load_library(folder)
    assert [str(p) for p in second.problems] == [str(p) for p in load_library(folder).problems]
    # What the window shows comes out the same, from the kept HTML.
    article = second.articles[0]
    assert article.html is not None
    assert render_article(article, second.glossary, "119") == render_article(
        load_library(folder).articles[0], second.glossary, "119"
    )


def test_a_start_from_the_cache_imports_no_markdown_and_no_parser(folder, cache_folder):
    load_library_cached(folder, cache_folder)
    probe = (
        "import sys; from pathlib import Path\n"
        "from viewer.content.cache import load_library_cached\n"
        "from viewer.content.render import render_article\n"
        f"library = load_library_cached(Path({str(folder)!r}), Path({str(cache_folder)!r}))\n"
        "render_article(library.articles[0], library.glossary, '119')\n"
        "print(sorted(m for m in sys.modules if m.startswith(('markdown', 'nh3', 'tomllib',"
        " 'viewer.content.loader', 'viewer.content.frontmatter', 'viewer.toml_reader'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout + out.stderr


@pytest.mark.parametrize(
    "change",
    [
        "an article's text",
        "the glossary",
        "a new article",
        "an article removed",
        "the glossary removed",
    ],
)
def test_any_change_to_the_files_loads_afresh(folder, cache_folder, monkeypatch, change):
    load_library_cached(folder, cache_folder)
    article = folder / "clonazepam-depresi.md"
    if change == "an article's text":
        article.write_text(article.read_text().replace("mengantuk", "lelah", 1))
    elif change == "the glossary":
        (folder / "glossary.md").write_text("## kejang\nArti baru.\n", encoding="utf-8")
    elif change == "a new article":
        write_article(folder, "\n## A\n\nTeks.\n", name="baru")
    elif change == "an article removed":
        article.unlink()
    else:
        (folder / "glossary.md").unlink()
    full = loads(monkeypatch)
    assert load_library_cached(folder, cache_folder) == load_library(folder)
    assert full == [folder]


def test_a_file_a_link_names_is_asked_again_at_every_start(tmp_path, cache_folder, monkeypatch):
    (tmp_path / "gambar").mkdir()
    image = tmp_path / "gambar" / "a.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n")
    write_article(tmp_path, "\n## A\n\n![gambar](gambar/a.png)\n")
    assert load_library_cached(tmp_path, cache_folder).articles  # fine, and cached
    image.unlink()
    full = loads(monkeypatch)
    library = load_library_cached(tmp_path, cache_folder)
    assert full == [tmp_path]
    assert not library.articles
    assert "gambar 'gambar/a.png' tidak ada" in str(library.problems[0])
    image.write_bytes(b"x" * (6 * 1024 * 1024))  # back, but too large now
    library = load_library_cached(tmp_path, cache_folder)
    assert "terlalu besar" in str(library.problems[0])


def test_new_code_loads_afresh(folder, cache_folder, monkeypatch):
    load_library_cached(folder, cache_folder)
    monkeypatch.setattr(cache, "code_stamp", lambda: b"another version")
    full = loads(monkeypatch)
    load_library_cached(folder, cache_folder)
    assert full == [folder]


def test_the_same_folder_named_otherwise_keeps_its_own_names(folder, cache_folder, monkeypatch):
    """Messages name the folder as it was given."""
    write_article(folder, "\n## A\n\n[x](tidak-ada.md)\n", name="rusak")
    monkeypatch.chdir(folder.parent)
    relative = load_library_cached(Path("konten"), cache_folder)
    absolute = load_library_cached(folder, cache_folder)
    assert str(relative.problems[0]).startswith("konten/rusak.md:")
    assert str(absolute.problems[0]).startswith(f"{folder}/rusak.md:")


def test_a_damaged_or_foreign_cache_file_is_never_fatal(folder, cache_folder, caplog):
    load_library_cached(folder, cache_folder)
    (entry,) = (cache_folder / "content").iterdir()
    expected = load_library(folder)
    inputs, _library, checks = marshal.loads(entry.read_bytes())
    for damaged, why in [
        (b"not a cache", "not read"),
        (entry.read_bytes()[:-40], "not read"),
        # Only the model's own classes are ever made from a cache file.
        (marshal.dumps((inputs, ("system", ("echo",)), checks)), "'system' is not part"),
        (marshal.dumps((inputs, ("Problem", (1,)), checks)), "not read"),
    ]:
        entry.write_bytes(damaged)
        caplog.clear()
        with caplog.at_level(logging.INFO):
            assert load_library_cached(folder, cache_folder) == expected
        assert why in caplog.text


def test_a_cache_folder_that_cannot_be_written_only_costs_the_cache(folder, tmp_path, caplog):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder would be")
    with caplog.at_level(logging.INFO):
        assert load_library_cached(folder, blocked) == load_library(folder)
    assert "content cache not written" in caplog.text
    assert load_library_cached(folder, None) == load_library(folder)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_an_article_that_is_not_a_plain_file_is_loaded_without_the_cache(
    folder, cache_folder, monkeypatch
):
    os.mkfifo(folder / "pipa.md")
    full = loads(monkeypatch)
    library = load_library_cached(folder, cache_folder)
    assert full == [folder]
    assert [str(p) for p in library.problems] == [str(p) for p in load_library(folder).problems]
    assert not (cache_folder / "content").exists()
