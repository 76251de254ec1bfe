"""With English chosen, the dialogs speak English: Qt's own words in the print preview
and the save dialog are Qt's English (no word of our Indonesian catalogue for Qt,
qt_id.ts, is left), and the app's own words there are the English catalogue's."""

from __future__ import annotations

import pytest
from english_texts import indonesian_in
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QFileDialog, QWidget
from qt_words import TS_FILE, load_qt_strings, plain, when_modal, words_of

from viewer.ui.language import LanguageSwitch
from viewer.ui.print_actions import PrintActions, install_print_actions

QT_STRINGS = load_qt_strings()


@pytest.fixture
def english_window(styled_application, window):
    LanguageSwitch.of(styled_application).apply("en")
    install_print_actions(window)
    yield window
    LanguageSwitch.of(styled_application).apply("id")


@pytest.fixture(scope="module")
def qt_indonesian() -> set[str]:
    """Qt's words as our catalogue puts them in Indonesian (less those kept as in English)."""
    return {
        plain(m.translation)
        for m in QT_STRINGS.read_ts(TS_FILE)
        if plain(m.translation) != plain(m.source)
    }


def _indonesian(words: dict[str, str], qt_indonesian: set[str]) -> list[str]:
    texts = [plain(text) for text in words]
    return sorted({t for t in texts if t in qt_indonesian} | {t for t, _ in indonesian_in(texts)})


def test_the_print_preview_speaks_english(qtbot, english_window, qt_indonesian):
    seen: dict[str, str] = {}
    failures: list[str] = []

    def on_preview(dialog: QWidget) -> None:
        try:
            preview = dialog.findChild(QPrintPreviewWidget)
            qtbot.waitUntil(lambda: preview.pageCount() > 0)
            seen.update(words_of(dialog))
        finally:
            dialog.reject()

    when_modal(lambda w: isinstance(w, QPrintPreviewDialog), on_preview, failures)
    english_window.findChild(PrintActions).print_button.click()
    assert failures == []
    assert "Next page" in seen
    assert _indonesian(seen, qt_indonesian) == []


def test_the_save_dialog_speaks_english(qtbot, english_window, qt_indonesian):
    seen: dict[str, str] = {}
    failures: list[str] = []

    def on_save(dialog: QWidget) -> None:
        try:
            assert isinstance(dialog, QFileDialog)
            seen.update(words_of(dialog))
        finally:
            dialog.reject()

    when_modal(lambda w: isinstance(w, QFileDialog), on_save, failures)
    english_window.findChild(PrintActions).save_button.click()
    assert failures == []
    assert seen, "no save dialog came"
    assert _indonesian(seen, qt_indonesian) == []
