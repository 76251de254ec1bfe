"""viewer.translations: the catalogue compiled when it changed (never in a frozen app), and
Qt left in English, with a warning for staff, when it cannot be compiled."""

from __future__ import annotations

import os
import shutil

import pytest
from PySide6.QtCore import QLocale, QObject, QTranslator

from support import REPO
from viewer import paths, translations

SOURCE = REPO / "resources" / "translations" / "qt_id.ts"


@pytest.fixture
def catalogue(tmp_path, monkeypatch):
    """A copy of qt_id.ts in a folder of its own, where ensure_compiled looks for it."""
    source = tmp_path / "qt_id.ts"
    shutil.copyfile(SOURCE, source)
    monkeypatch.setattr(translations, "catalogue_source", lambda language="id", prefix="qt": source)
    default_locale = QLocale()
    yield source
    QLocale.setDefault(default_locale)  # install_qt_translations sets it for the process


class FakeApp(QObject):
    """Stands in for the application: the session's own has the translator already."""

    def __init__(self) -> None:
        super().__init__()
        self.installed: list[QTranslator] = []

    def installTranslator(self, translator: QTranslator) -> bool:
        self.installed.append(translator)
        return True


def test_compiled_beside_the_source_when_missing_or_older_only(catalogue):
    compiled = translations.ensure_compiled()
    assert compiled == catalogue.with_suffix(".qm")
    assert compiled.read_bytes()[:4] == bytes.fromhex("3cb86418")  # Qt's .qm magic
    assert sorted(p.name for p in catalogue.parent.iterdir()) == ["qt_id.qm", "qt_id.ts"]

    os.utime(compiled, ns=(1, 1))  # older than the source now: compiled again
    translations.ensure_compiled()
    assert compiled.stat().st_mtime_ns >= catalogue.stat().st_mtime_ns

    stamp = compiled.stat().st_mtime_ns
    os.utime(catalogue, ns=(stamp - 10, stamp - 10))  # source older: left alone
    translations.ensure_compiled()
    assert compiled.stat().st_mtime_ns == stamp


def test_a_frozen_app_only_loads_what_the_build_bundled(catalogue, monkeypatch):
    monkeypatch.setattr(paths, "is_frozen", lambda: True)
    assert translations.ensure_compiled() == catalogue.with_suffix(".qm")
    assert not catalogue.with_suffix(".qm").exists()


@pytest.mark.expect_log("viewer.translations", "Qt's dialogs stay in English")
def test_without_lrelease_qt_stays_in_english_and_staff_are_told(catalogue, monkeypatch):
    def no_lrelease() -> list[str]:
        raise translations.CompileError("pyside6-lrelease not found")

    monkeypatch.setattr(translations, "lrelease_command", no_lrelease)
    app = FakeApp()
    assert translations.install_qt_translations(app) is None
    assert app.installed == []


def test_a_broken_catalogue_is_not_half_written(catalogue):
    catalogue.write_text("<TS><context>", encoding="utf-8")
    with pytest.raises(translations.CompileError):
        translations.ensure_compiled(force=True)
    assert sorted(p.name for p in catalogue.parent.iterdir()) == ["qt_id.ts"]


def test_english_needs_no_catalogue(catalogue):
    app = FakeApp()
    assert translations.install_qt_translations(app, "en") is None
    assert app.installed == []
    assert not catalogue.with_suffix(".qm").exists()


def test_installed_on_the_app_it_is_given(catalogue):
    app = FakeApp()
    translator = translations.install_qt_translations(app)
    assert translator is not None
    assert app.installed == [translator]
    assert translator.parent() is app
    assert translator.translate("QPrintPreviewDialog", "Next page") == "Halaman berikutnya"
    assert translations.install_qt_translations(app) is translator
