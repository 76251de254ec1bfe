"""The shelf's languages: one card per article, each in the reader's language where it has
a variant, bodies still read only when opened, and the cache never serving an old
variant or glossary (no Qt)."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest
from variant_support import EN_BODY, EN_FRONT, write_variant

from support import FRONT, GOOD_BODY, write_article
from viewer.content.loader import load_library
from viewer.content.shelf import Shelf
from viewer.content.shelf_cache import open_shelf

DROPPED = EN_BODY.replace("::: caution\nGood to know.\nSource: article\n:::\n", "")


def _folder(tmp_path: Path) -> Path:
    """Three articles: a0 (order 3) with an English variant, a1 (order 2) without, a2
    (order 1) with one; and an English glossary."""
    folder = tmp_path / "konten"
    for i in range(3):
        front = FRONT.format(id=f"a{i}").replace("+++\n", f"+++\norder = {3 - i}\n", 1)
        write_article(folder, GOOD_BODY, name=f"a{i}", front=front)
    for i in (0, 2):
        write_variant(folder, name=f"a{i}")
    (folder / "glossary.md").write_text("## teks\nTulisan.\n", encoding="utf-8")
    (folder / "glossary.en.md").write_text("## text\nWriting.\n", encoding="utf-8")
    return folder


def _touch(path: Path, text: str) -> None:
    """Write `text` and move the mtime on, so a stat tells the change on any file system."""
    status = path.stat()
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns + 10_000_000))


def _shelves(tmp_path: Path) -> list[Shelf]:
    folder = _folder(tmp_path)
    return [
        open_shelf(folder, tmp_path / "cache"),
        Shelf.from_library(load_library(folder, keep_html=True)),
    ]


@pytest.mark.parametrize("which", [0, 1], ids=["open_shelf", "from_library"])
def test_one_card_per_article_in_the_readers_language_where_it_has_one(tmp_path, which):
    shelf = _shelves(tmp_path)[which]
    assert [m.id for m in shelf.metas()] == ["a2", "a1", "a0"]
    english = shelf.metas("en")
    assert [(m.id, m.language, m.title) for m in english] == [
        ("a2", "en", "Example a2"),
        ("a1", "id", "Contoh a1"),
        ("a0", "en", "Example a0"),
    ]
    assert [m.order for m in english] == [1, 2, 3]  # the original's place, in every language
    assert shelf.metas("fr") == shelf.metas() == shelf.metas("id")
    assert shelf.meta("a0", "en").title == "Example a0"
    assert shelf.meta("a1", "en").title == "Contoh a1"
    assert shelf.meta("a0").title == "Contoh a0"
    assert shelf.meta("nothing", "en") is None


@pytest.mark.parametrize("which", [0, 1], ids=["open_shelf", "from_library"])
def test_languages_articles_and_glossaries(tmp_path, which):
    shelf = _shelves(tmp_path)[which]
    assert shelf.languages("a0") == ("id", "en")
    assert shelf.languages("a1") == ("id",)
    assert shelf.languages("nothing") == ()
    english = shelf.article("a0", "en")
    assert english.meta.language == "en" and english.path.name == "a0.en.md"
    assert shelf.article("a0", "en") is english
    assert shelf.article("a1", "en").meta.language == "id"  # the window adds its note
    assert shelf.article("a0").meta.language == "id"
    assert [t.term for t in shelf.glossary_in("en").terms] == ["text"]
    assert [t.term for t in shelf.glossary_in("fr").terms] == ["teks"]
    assert shelf.glossary_in("id") == shelf.glossary == shelf.glossary_in()
    assert english.html is not None and english.html.terms_used == ("text",)


def test_a_section_named_in_one_language_is_found_in_another(tmp_path):
    shelf = open_shelf(_folder(tmp_path), tmp_path / "cache")
    english, original = shelf.article("a0", "en"), shelf.article("a0")
    assert shelf.section_in(english, "bagian-dua") == "part-two"
    assert shelf.section_in(english, "part-one") == "part-one"
    assert shelf.section_in(original, "part-two") == "bagian-dua"
    assert shelf.section_in(original, "nowhere") is None
    assert shelf.section_in(shelf.article("a1"), "part-two") is None  # a1 has no English


def test_the_shelf_reads_no_body_until_asked_and_then_only_that_language(tmp_path):
    shelf = open_shelf(_folder(tmp_path), tmp_path / "cache")
    shelf.metas("en")
    shelf.languages("a0")
    assert not shelf.opened("a0") and not shelf.opened("a0", "en")
    shelf.article("a0")
    assert shelf.opened("a0") and not shelf.opened("a0", "en")
    assert shelf.opened("a1") is False
    shelf.article("a0", "en")
    assert shelf.opened("a0", "en")


@pytest.mark.expect_log("viewer.content.shelf", "content problem", level="WARNING")
def test_a_variant_that_drops_a_warning_is_never_shown(tmp_path):
    folder = _folder(tmp_path)
    _touch(folder / "a0.en.md", EN_FRONT.format(id="a0") + DROPPED)
    shelf = open_shelf(folder, tmp_path / "cache")
    assert shelf.meta("a0", "en").language == "en"  # a card, until its body is read
    article = shelf.article("a0", "en")
    assert article is shelf.article("a0")  # the original, whole
    assert any(
        "terjemahan tidak boleh menghilangkan peringatan" in p.message for p in shelf.problems
    )
    assert shelf.languages("a0") == ("id",)
    assert shelf.meta("a0", "en").language == "id"
    assert [m.language for m in shelf.metas("en")] == ["en", "id", "id"]


def test_variant_problems_of_names_and_pairing_join_the_shelf(tmp_path):
    folder = _folder(tmp_path)
    write_variant(folder, name="tiada")  # no tiada.md
    write_variant(folder, name="a1", language="fr")
    (folder / "glossary.id.md").write_text("## x\nY.\n", encoding="utf-8")
    shelf = open_shelf(folder, tmp_path / "cache")
    names = sorted(p.origin.path.name for p in shelf.problems)
    assert names == ["a1.fr.md", "glossary.id.md", "tiada.en.md"]
    assert "tiada" not in shelf and shelf.languages("a1") == ("id",)
    # The same messages as `check` gives.
    assert sorted(map(str, shelf.problems)) == sorted(map(str, load_library(folder).problems))


def test_a_kiosks_choice_keeps_the_chosen_articles_variants(tmp_path):
    shelf = Shelf.from_library(load_library(_folder(tmp_path)))
    chosen = shelf.chosen(["a0", "a1"])
    assert [(m.id, m.language, m.order) for m in chosen.metas("en")] == [
        ("a0", "en", 0),
        ("a1", "id", 1),
    ]
    assert chosen.languages("a0") == ("id", "en")
    assert chosen.article("a0", "en").meta.order == 0
    assert chosen.article("a0", "en").meta.language == "en"
    assert "a2" not in chosen and chosen.languages("a2") == ()


# -- the cache ----------------------------------------------------------------------------
def _read_counts(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if "catalogue of" in r.getMessage()]


def test_a_changed_variant_is_read_again_alone(tmp_path, caplog):
    folder = _folder(tmp_path)
    open_shelf(folder, tmp_path / "cache").article("a0", "en")
    path = folder / "a0.en.md"
    _touch(path, path.read_text(encoding="utf-8").replace("Example a0", "New title"))
    caplog.set_level(logging.INFO, logger="viewer.content.shelf_cache")
    shelf = open_shelf(folder, tmp_path / "cache")
    assert _read_counts(caplog) == [f"catalogue of {folder}: 1 file(s) read, 4 known"]
    assert shelf.meta("a0", "en").title == "New title"
    assert shelf.article("a0", "en").meta.title == "New title"  # the body's entry is keyed


def test_a_new_variant_appears_and_a_deleted_one_goes(tmp_path):
    folder = _folder(tmp_path)
    assert open_shelf(folder, tmp_path / "cache").languages("a1") == ("id",)
    write_variant(folder, name="a1")
    (folder / "a0.en.md").unlink()
    shelf = open_shelf(folder, tmp_path / "cache")
    assert shelf.languages("a1") == ("id", "en")
    assert shelf.languages("a0") == ("id",)
    assert shelf.article("a1", "en").meta.title == "Example a1"


def test_a_changed_glossary_variant_is_read_again_for_that_language_only(tmp_path):
    folder = _folder(tmp_path)
    _touch(folder / "a0.en.md", EN_FRONT.format(id="a0") + EN_BODY.replace("Second", "Seizure"))
    first = open_shelf(folder, tmp_path / "cache")
    assert first.article("a0", "en").html.terms_used == ("text",)
    assert first.article("a0").html.terms_used == ("teks",)
    _touch(folder / "glossary.en.md", "## seizure\nA fit.\n")
    again = open_shelf(folder, tmp_path / "cache")
    assert [t.term for t in again.glossary_in("en").terms] == ["seizure"]
    assert again.article("a0", "en").html.terms_used == ("seizure",)
    assert again.article("a0").html.terms_used == ("teks",)
    assert [t.term for t in again.glossary.terms] == ["teks"]


def test_the_content_cache_serves_no_old_variant_or_glossary(tmp_path):
    from viewer.content.cache import load_library_cached

    folder, cache = _folder(tmp_path), tmp_path / "cache"
    first = load_library_cached(folder, cache)
    assert load_library_cached(folder, cache) == first == load_library(folder, keep_html=True)
    assert [a.path.name for a in first.variants] == ["a0.en.md", "a2.en.md"]
    path = folder / "a0.en.md"
    _touch(path, path.read_text(encoding="utf-8").replace("Example a0", "New title"))
    assert load_library_cached(folder, cache).article("a0", "en").meta.title == "New title"
    _touch(folder / "glossary.en.md", "## seizure\nA fit.\n")
    assert [t.term for t in load_library_cached(folder, cache).glossary_in("en").terms] == [
        "seizure"
    ]
    _touch(path, EN_FRONT.format(id="a0") + DROPPED)
    library = load_library_cached(folder, cache)
    assert library.article("a0", "en").meta.language == "id"
    assert any("menghilangkan peringatan" in p.message for p in library.problems)
    write_variant(folder, name="a1")
    assert load_library_cached(folder, cache).article("a1", "en").meta.language == "en"


def test_a_start_from_the_shelf_cache_with_variants_imports_no_parser(tmp_path):
    import subprocess
    import sys

    folder, cache = _folder(tmp_path), tmp_path / "cache"
    open_shelf(folder, cache)
    probe = (
        "import sys; from pathlib import Path\n"
        "from viewer.content.shelf_cache import open_shelf\n"
        f"shelf = open_shelf(Path({str(folder)!r}), Path({str(cache)!r}))\n"
        "assert shelf.metas('en')[0].language == 'en' and shelf.languages('a0') == ('id', 'en')\n"
        "print(sorted(m for m in sys.modules if m.startswith(('markdown', 'nh3', 'tomllib',"
        " 'viewer.content.loader', 'viewer.content.frontmatter', 'viewer.toml_reader'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout + out.stderr
