"""Why the listen buttons are disabled is said in the interface language, and a language
switch says it again in the new one: the reason is made each time it is shown, never
kept from the moment the engine said so (speech/availability.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from viewer.speech.availability import Availability, reason
from viewer.speech.engine import Speaker
from viewer.ui.language import LanguageSwitch
from viewer.ui.main_window import MainWindow

NO_VOICE = {
    "id": "Suara untuk bahasa Indonesia belum terpasang di komputer ini.",
    "en": "No voice for English is installed on this computer yet.",
}
NO_FEATURE = {
    "id": "Fitur baca suara tidak tersedia di komputer ini.",
    "en": "Reading aloud is not available on this computer.",
}


@pytest.fixture(autouse=True)
def indonesian_again(styled_application):
    """The language is the application's: every test leaves it Indonesian."""
    yield
    LanguageSwitch.of(styled_application).apply("id")


@pytest.fixture
def no_voice(monkeypatch: pytest.MonkeyPatch) -> None:
    """The engine starts (Qt's mock) but has a voice for no language at all."""

    def availability(self: Speaker, language: str) -> tuple[Availability, str]:
        return Availability.NO_VOICE, reason(Availability.NO_VOICE, language)

    monkeypatch.setattr(Speaker, "availability", availability)


def listen_buttons(window: MainWindow) -> list[QPushButton]:
    view = window.article_view
    sections = [s.listen for s in view.sections if s.body_made]
    return [view.listen_all, window.risk_panel.listen, *sections, window.popup.listen]


def assert_disabled_with(window: MainWindow, why: str) -> None:
    for button in listen_buttons(window):
        assert not button.isEnabled(), button.accessibleName()
        assert button.toolTip() == why
        assert button.accessibleDescription() == why


def choose_in_panel(window: MainWindow, qtbot, language: str) -> None:
    if not window.display_panel.isVisible():
        qtbot.mouseClick(window.toolbar.display, Qt.MouseButton.LeftButton)
    group = window.display_panel.languages
    button = next(b for b in group.buttons() if b.property("choice") == language)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def press_listen(qtbot, window: MainWindow) -> None:
    """The engine is made on the first press; only then are the buttons disabled."""
    qtbot.mouseClick(window.article_view.listen_all, Qt.MouseButton.LeftButton)
    assert window.read_aloud.speaker is not None
    assert not window.read_aloud.speaking


def test_the_no_voice_reason_follows_a_switch_to_english_and_back(window, qtbot, no_voice):
    press_listen(qtbot, window)
    assert_disabled_with(window, NO_VOICE["id"])

    choose_in_panel(window, qtbot, "en")
    assert window.current.article.meta.language == "en"  # the English variant, shown again
    assert_disabled_with(window, NO_VOICE["en"])
    window.article_view.open_all()
    qtbot.wait(10)
    assert_disabled_with(window, NO_VOICE["en"])  # the sections' own buttons too

    choose_in_panel(window, qtbot, "id")
    assert window.current.article.meta.language == "id"
    assert_disabled_with(window, NO_VOICE["id"])


def test_no_engine_is_said_in_english_after_the_switch(make_window, qtbot, monkeypatch):
    """An engine that failed in Indonesian is not remembered in Indonesian."""
    window = make_window()

    def failed(self: Speaker) -> None:
        self._state = Availability.FAILED
        self.availabilityChanged.emit()

    monkeypatch.setattr(Speaker, "start", failed)
    press_listen(qtbot, window)
    assert_disabled_with(window, NO_FEATURE["id"])
    choose_in_panel(window, qtbot, "en")
    assert_disabled_with(window, NO_FEATURE["en"])


def test_an_english_window_says_it_in_english_from_the_first_press(window, qtbot, no_voice):
    choose_in_panel(window, qtbot, "en")
    press_listen(qtbot, window)
    assert_disabled_with(window, NO_VOICE["en"])
    assert window.notice_text.text() == NO_VOICE["en"]
