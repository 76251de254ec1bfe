"""The kiosk's language and colours: kiosk.toml's are each reader's start; a reader may
switch to English or high contrast in "Tampilan"; the reset for the next reader brings
the kiosk's back, and nothing is saved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from viewer import settings
from viewer.kiosk.lockdown import KIOSK_TOUCH_TARGET
from viewer.ui.language import LanguageSwitch
from viewer.ui.theme import apply_theme, current_scheme, current_theme


@pytest.fixture(autouse=True)
def light_and_indonesian_again(styled_application):
    yield
    LanguageSwitch.of(styled_application).apply("id")
    apply_theme(styled_application, "light")


def _choose(window, qtbot, choices, value: str) -> None:
    if not window.display_panel.isVisible():
        qtbot.mouseClick(window.toolbar.display, Qt.MouseButton.LeftButton)
    button = next(b for b in choices.buttons() if b.property("choice") == value)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_reader_switches_and_the_next_reader_finds_the_kiosks_choice(qtbot, make_kiosk):
    window = make_kiosk(language="id", theme="light")
    panel = window.display_panel
    _choose(window, qtbot, panel.languages, "en")
    _choose(window, qtbot, panel.themes, "high-contrast")
    assert window.language == "en"
    assert current_theme().value == "high-contrast"
    assert window.current.article.meta.language == "en"

    window.mode.reset_for_next_reader()

    assert window.language == "id"
    assert current_theme().value == "light"
    assert window.current.article.meta.language == "id"
    assert not panel.isVisible()
    # A kiosk remembers nothing of its readers.
    assert settings.load_language() is None
    assert settings.qsettings().value("view/theme") is None


def test_the_kiosk_starts_in_its_configured_language_and_colours(qtbot, make_kiosk):
    window = make_kiosk(language="en", theme="dark")
    assert window.language == "en"
    assert current_theme().value == "dark"
    assert window.toolbar.home.text() != "⌂ Beranda"
    window.mode.reset_for_next_reader()
    assert (window.language, current_theme().value) == ("en", "dark")


def test_the_panels_buttons_are_kiosk_sized(qtbot, make_kiosk):
    window = make_kiosk()
    qtbot.mouseClick(window.toolbar.display, Qt.MouseButton.LeftButton)
    panel = window.display_panel
    buttons = [*panel.languages.buttons(), *panel.themes.buttons(), panel.close_button]
    assert all(b.height() >= KIOSK_TOUCH_TARGET for b in buttons), [
        (b.text(), b.height()) for b in buttons
    ]


def test_the_kiosks_overlays_take_the_themes_colours(qtbot, make_kiosk):
    """The idle notice under dark: its card, words and countdown in the dark theme's
    colours (a fixed white card once left the countdown light grey on white)."""
    window = make_kiosk(theme="dark")
    notice = window.mode.idle_notice
    notice.start(5)
    colours = current_scheme()
    for label in (notice.heading, notice.message, notice.countdown):
        label.ensurePolished()
        assert label.palette().color(QPalette.ColorRole.WindowText).name() in (
            colours.text,
            colours.heading_text,
        ), label.objectName()
    assert colours.surface in window.styleSheet()
    notice.hide()


def test_the_next_reader_gets_the_start_article_in_the_kiosks_language(qtbot, make_kiosk):
    window = make_kiosk(language="id")
    window.reading_in.read_shown_in("en")  # the reader's own button under the title
    assert window.current.article.meta.language == "en"
    window.mode.reset_for_next_reader()
    assert window.current.article.meta.language == "id"


def test_the_clinics_name_stays_in_the_toolbar_in_every_language(qtbot, make_kiosk):
    window = make_kiosk()
    assert window.toolbar.app_title.text() == "Klinik Uji"
    _choose(window, qtbot, window.display_panel.languages, "en")
    assert window.toolbar.app_title.text() == "Klinik Uji"
    window.mode.reset_for_next_reader()
    assert window.toolbar.app_title.text() == "Klinik Uji"
