"""The second bundled article, "Cara memakai aplikasi ini", and its English variant: they
pass `check` beside the clonazepam article, and every button or word they name in bold is
one the app shows, in Indonesian and in English."""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

from english_support import catalogue
from support import CONTENT, REPO
from viewer.check import run_check
from viewer.content.loader import load_library
from viewer.content.model import Level

HOWTO = CONTENT / "cara-memakai-aplikasi.md"
HOWTO_EN = CONTENT / "cara-memakai-aplikasi.en.md"
SOURCES = REPO / "src" / "viewer"
BOLD = re.compile(r"\*\*(.+?)\*\*")


def library_folder(tmp_path: Path) -> Path:
    for name in (
        "cara-memakai-aplikasi.md",
        "cara-memakai-aplikasi.en.md",
        "clonazepam-depresi.md",
        "clonazepam-depresi.en.md",
        "glossary.md",
        "glossary.en.md",
    ):
        shutil.copy(CONTENT / name, tmp_path / name)
    return tmp_path


def bold_labels(path: Path) -> list[str]:
    return BOLD.findall(path.read_text(encoding="utf-8"))


def app_code() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in SOURCES.rglob("*.py"))


def shown_in_english(label: str) -> set[str]:
    """What the English interface shows for an Indonesian label: its translations in
    viewer_en.ts (one per context it is in), or the label itself where the catalogue
    does not have it (the app shows "A+" or "English" in every language)."""
    translations = {m.translation for m in catalogue() if m.source == label}
    return translations or {label}


def test_it_passes_check_with_the_clonazepam_article(tmp_path: Path):
    out = io.StringIO()
    assert run_check(library_folder(tmp_path), Path("konten"), out) == 0, out.getvalue()
    assert out.getvalue().splitlines()[-1].startswith("OK: 2 artikel")


def test_its_front_matter_places_it_in_the_library(tmp_path: Path):
    library = load_library(library_folder(tmp_path))
    howto = library.article("cara-memakai-aplikasi")
    assert howto is not None
    meta = howto.meta
    assert meta.categories == ("Panduan",)
    assert meta.order == 100
    assert {"bantuan", "panduan", "help"} <= set(meta.keywords)
    assert meta.related == ("clonazepam-depresi",)
    # After the medicine on the home screen.
    clonazepam = library.article("clonazepam-depresi")
    assert clonazepam.meta.shelf_key < meta.shelf_key


def test_it_covers_each_part_of_the_app_and_warns_only_gently(tmp_path: Path):
    howto = load_library(library_folder(tmp_path)).article("cara-memakai-aplikasi")
    headings = " ".join(s.heading for s in howto.sections).lower()
    for topic in ("apa aplikasi", "beranda", "mencari", "bagian", "peringatan", "arti kata"):
        assert topic in headings, topic
    for topic in ("ukuran tulisan", "kembali", "maju", "mencetak"):
        assert topic in headings, topic
    for topic in ("bahasa", "warna"):
        assert topic in headings, topic
    assert howto.warnings and {w.level for w in howto.warnings} == {Level.CAUTION}


def test_its_english_variant_is_what_an_english_reader_gets(tmp_path: Path):
    library = load_library(library_folder(tmp_path))
    english = library.article("cara-memakai-aplikasi", "en")
    assert english is not None and english.meta.language == "en"
    assert english.meta.title == "How to use this app"
    original = library.article("cara-memakai-aplikasi")
    assert len(english.sections) == len(original.sections)
    assert [w.level for w in english.warnings] == [w.level for w in original.warnings]


def test_every_label_it_names_in_bold_is_one_the_app_shows():
    shown = app_code()
    labels = bold_labels(HOWTO)
    assert len(labels) >= 10
    missing = [label for label in labels if f'"{label}"' not in shown]
    assert not missing, f"not a label of the app: {missing}"


def test_every_label_its_english_variant_names_in_bold_is_one_the_english_app_shows():
    """A translation in viewer_en.ts, or a label the app shows untranslated: one written
    in the code, not in the catalogue, and named so in the Indonesian article too."""
    shown = app_code()
    translated = {m.translation for m in catalogue() if m.translation}
    in_catalogue = {m.source for m in catalogue()}
    untranslated = {
        label for label in bold_labels(HOWTO) if label not in in_catalogue and f'"{label}"' in shown
    }
    labels = bold_labels(HOWTO_EN)
    assert len(labels) >= 10
    missing = [label for label in labels if label not in translated | untranslated]
    assert not missing, f"not a label of the English app: {missing}"


def test_the_english_variant_names_the_same_labels_as_the_original():
    """No button left out in English, and none named that the original does not name."""
    expected = set().union(*(shown_in_english(label) for label in bold_labels(HOWTO)))
    labels = set(bold_labels(HOWTO_EN))
    assert not expected - labels, f"named in the original only: {sorted(expected - labels)}"
    assert not labels - expected, f"named in the English variant only: {sorted(labels - expected)}"
