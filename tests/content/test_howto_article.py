"""The second bundled article, "Cara memakai aplikasi ini": it passes `check` beside the
clonazepam article, and every button or word it names in bold is one the app shows."""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

from support import CONTENT, REPO
from viewer.check import run_check
from viewer.content.loader import load_library
from viewer.content.model import Level

HOWTO = CONTENT / "cara-memakai-aplikasi.md"
SOURCES = REPO / "src" / "viewer"


def library_folder(tmp_path: Path) -> Path:
    for path in (HOWTO, CONTENT / "clonazepam-depresi.md", CONTENT / "glossary.md"):
        shutil.copy(path, tmp_path / path.name)
    return tmp_path


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
    assert howto.warnings and {w.level for w in howto.warnings} == {Level.CAUTION}


def test_every_label_it_names_in_bold_is_one_the_app_shows():
    shown = "\n".join(p.read_text(encoding="utf-8") for p in SOURCES.rglob("*.py"))
    labels = re.findall(r"\*\*(.+?)\*\*", HOWTO.read_text(encoding="utf-8"))
    assert len(labels) >= 10
    missing = [label for label in labels if f'"{label}"' not in shown]
    assert not missing, f"not a label of the app: {missing}"
