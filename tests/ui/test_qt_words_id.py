"""Qt's own words in Indonesian (issue 10, part 7): the print preview, the printer dialog
with its options and the printer's settings, the save dialog with its overwrite question,
and the standard buttons, each opened from the window as a reader opens them.

A text they show that is one of Qt's English source texts (and not one we keep as it is,
such as "OK" or "A4") is English left untranslated; so is any Qt string they look up
that our catalogue (resources/translations/qt_id.ts) does not have.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator

import pytest
from english_texts import app_source_strings
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)
from qt_words import (
    TS_FILE,
    Recorder,
    class_name,
    load_qt_strings,
    plain,
    when_modal,
    words_of,
)

from viewer import translations
from viewer.ui.print_actions import PrintActions, install_print_actions
from viewer.user_dirs import documents_dir

QT_STRINGS = load_qt_strings()
OVERWRITE_QUESTION = "%1 already exists.\nDo you want to replace it?"
# Contexts Qt looks strings up in while these dialogs are open without showing them.
NOT_SHOWN = {
    **QT_STRINGS.PARTIAL_CONTEXTS,  # QShortcut: all key names, to read a typed shortcut
    "QIODevice": "the error text of a file Qt probes; the dialogs word their own errors",
}


@pytest.fixture(scope="module")
def catalogue():
    return QT_STRINGS.read_ts(TS_FILE)


@pytest.fixture(scope="module")
def qt_messages():
    return QT_STRINGS.read_qm(QT_STRINGS.qt_base_catalogue())


@pytest.fixture(scope="module")
def english(catalogue, qt_messages) -> frozenset[str]:
    """Qt's English texts, less those we keep the same in Indonesian ("OK", "A4")."""
    sources = {plain(m.source) for m in [*qt_messages, *catalogue]}
    return frozenset(sources - {plain(m.translation) for m in catalogue})


@pytest.fixture
def recorder(styled_application) -> Iterator[Recorder]:
    """Qt's own words installed as at start-up, and every lookup noted while the test runs."""
    assert translations.install_qt_translations(styled_application) is not None
    recorder = Recorder(styled_application)
    styled_application.installTranslator(recorder)
    yield recorder
    styled_application.removeTranslator(recorder)
    recorder.deleteLater()


@pytest.fixture
def printing_window(window):
    install_print_actions(window)
    return window


def untranslated(words: dict[str, str], english: frozenset[str]) -> list[str]:
    return sorted(f"{text!r} ({where})" for text, where in words.items() if plain(text) in english)


def lookups_missing(recorder: Recorder, catalogue, qt_messages) -> list[tuple[str, str]]:
    """Qt's own strings (a context Qt translates) looked up that the catalogue lacks.

    The app's own words are not Qt's: PySide's self.tr() asks each class of a widget's
    MRO in turn (ReaderToolbar, QFrame, QWidget...) for a string it has no translation
    of, so they are looked up in Qt's contexts too (each time the words are set)."""
    qt_contexts = {m.context for m in qt_messages} - set(NOT_SHOWN)
    ours = {(m.context, m.source) for m in catalogue}
    app_words = {source for _context, source in app_source_strings()}
    return sorted(
        (context, source)
        for context, source, _comment in recorder.asked
        if context in qt_contexts and (context, source) not in ours and source not in app_words
    )


def button_with_text(dialog: QWidget, context: str, source: str) -> QPushButton:
    wanted = QCoreApplication.translate(context, source)
    for button in dialog.findChildren(QPushButton):
        if button.text() == wanted:
            return button
    raise AssertionError(f"no button {wanted!r} in {dialog!r}")


def test_the_catalogue_has_every_string_of_its_contexts_and_compiles_whole(tmp_path, qt_messages):
    assert QT_STRINGS.compare(qt_messages, QT_STRINGS.read_ts(TS_FILE)) == []
    compiled = tmp_path / "qt_id.qm"
    result = subprocess.run(
        [*translations.lrelease_command(), str(TS_FILE), "-qm", str(compiled)],
        capture_output=True,
        text=True,
        check=True,
    )
    counts = re.search(
        r"Generated (\d+) translation\(s\) \((\d+) finished and (\d+) unfinished\)", result.stdout
    )
    assert counts is not None, result.stdout
    total, finished, unfinished = map(int, counts.groups())
    assert (finished, unfinished) == (total, 0)
    assert "Ignored" not in result.stdout
    assert len(QT_STRINGS.read_qm(compiled)) == total == len(QT_STRINGS.read_ts(TS_FILE))


def test_the_print_preview_printer_dialog_and_printer_settings_speak_indonesian(
    qtbot, printing_window, recorder, catalogue, qt_messages, english
):
    seen: dict[str, dict[str, str]] = {}
    failures: list[str] = []

    def on_settings(dialog: QWidget) -> None:
        try:
            seen["printer settings"] = words_of(dialog)
        finally:
            dialog.reject()

    def on_printer_dialog(dialog: QWidget) -> None:
        try:
            seen["printer dialog"] = words_of(dialog)
            button_with_text(dialog, "QPrintDialog", "&Options >>").click()
            seen["printer dialog, options"] = words_of(dialog)
            when_modal(class_name("QPrintPropertiesDialog"), on_settings, failures)
            button_with_text(dialog, "QPrintWidget", "P&roperties").click()
        finally:
            dialog.reject()

    def on_preview(dialog: QWidget) -> None:
        try:
            preview = dialog.findChild(QPrintPreviewWidget)
            qtbot.waitUntil(lambda: preview.pageCount() > 0)
            seen["preview"] = words_of(dialog)
            print_action = next(
                a
                for a in dialog.findChildren(QAction)
                if a.text() == QCoreApplication.translate("QPrintPreviewDialog", "Print")
            )
            when_modal(lambda w: isinstance(w, QPrintDialog), on_printer_dialog, failures)
            print_action.trigger()
        finally:
            dialog.reject()

    when_modal(lambda w: isinstance(w, QPrintPreviewDialog), on_preview, failures)
    printing_window.findChild(PrintActions).print_button.click()

    assert failures == []
    assert set(seen) == {"preview", "printer dialog", "printer dialog, options", "printer settings"}
    assert "Halaman berikutnya" in seen["preview"]
    assert "Perbesar" in seen["preview"]
    assert "&Cetak" in seen["printer dialog"]
    for name, words in seen.items():
        assert untranslated(words, english) == [], name
    assert lookups_missing(recorder, catalogue, qt_messages) == []


def test_the_save_dialog_and_its_overwrite_question_speak_indonesian(
    qtbot, printing_window, recorder, catalogue, qt_messages, english
):
    existing = documents_dir() / f"{printing_window.current.article.meta.id}.pdf"
    existing.write_bytes(b"%PDF-1.4\n")
    seen: dict[str, dict[str, str]] = {}
    failures: list[str] = []

    def on_question(box: QWidget) -> None:
        try:
            seen["overwrite question"] = words_of(box)
        finally:
            box.done(QMessageBox.StandardButton.No)  # keep the file: back to the dialog

    def on_save(dialog: QWidget) -> None:
        try:
            assert isinstance(dialog, QFileDialog)  # Qt's own widgets, not a native dialog
            view = dialog.findChild(QWidget, "treeView")
            qtbot.waitUntil(lambda: view.model().rowCount(view.rootIndex()) > 0)
            seen["save dialog"] = words_of(dialog)
            for field in dialog.findChildren(QLineEdit):
                menu = field.createStandardContextMenu()
                seen[f"menu of {field.objectName()}"] = words_of(menu)
                menu.deleteLater()
            when_modal(lambda w: isinstance(w, QMessageBox), on_question, failures)
            dialog.accept()  # the file exists: Qt asks first
        finally:
            dialog.reject()

    when_modal(lambda w: isinstance(w, QFileDialog), on_save, failures)
    printing_window.findChild(PrintActions).save_button.click()

    assert failures == []
    assert "overwrite question" in seen
    expected = QCoreApplication.translate("QFileDialog", OVERWRITE_QUESTION).replace(
        "%1", existing.name
    )
    assert expected in seen["overwrite question"]
    assert "Ganti dengan yang baru?" in expected
    assert {"&Ya", "&Tidak"} <= set(seen["overwrite question"])
    assert {"&Nama berkas:", "&Simpan", "Batal"} <= set(seen["save dialog"])
    for name, words in seen.items():
        assert untranslated(words, english) == [], name
    assert lookups_missing(recorder, catalogue, qt_messages) == []
    assert existing.read_bytes() == b"%PDF-1.4\n"  # "Tidak" kept it


def test_standard_buttons_speak_indonesian(qtbot, recorder, english):
    every = QDialogButtonBox.StandardButton(0)
    for button in QDialogButtonBox.StandardButton:
        if button not in (QDialogButtonBox.StandardButton.NoButton,):
            every |= button
    box = QDialogButtonBox(every)
    qtbot.addWidget(box)
    texts = {box.button(b).text() for b in QDialogButtonBox.StandardButton if box.button(b)}
    assert {"OK", "Batal", "Simpan", "Tutup", "&Ya", "&Tidak", "Terapkan", "Bantuan"} <= texts
    assert [t for t in texts if plain(t) in english] == []


def test_installed_once_as_a_child_of_the_app_with_the_indonesian_locale(
    styled_application, recorder
):
    first = translations.install_qt_translations(styled_application)
    assert translations.install_qt_translations(styled_application) is first
    assert first.parent() is styled_application
    assert first.language() == "id_ID"
    assert QApplication.translate("QPlatformTheme", "Cancel") == "Batal"
    assert QLocale().name() == "id_ID"  # numbers and dates in Qt's dialogs: "38,5%"
    assert QApplication.translate("QGuiApplication", "QT_LAYOUT_DIRECTION") == "LTR"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
