"""Themes on the real window: light, dark and high contrast applied while it runs, the
system's light or dark followed, and light given back exactly as it was."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QPalette, QStyleHints
from PySide6.QtWidgets import QApplication, QWidget

from viewer.content.model import Level
from viewer.presentation.palette import DARK, HIGH_CONTRAST, LIGHT, SCHEMES, Theme, ThemeChoice
from viewer.ui.theme import (
    ThemeSwitch,
    apply_theme,
    base_stylesheet,
    current_scheme,
    current_theme,
    resolve,
    themed_stylesheet,
)


@pytest.fixture(autouse=True)
def theme_given_back(qapp: QApplication) -> Iterator[None]:
    """Each test leaves the application in the choice it found (the session shares it)."""
    switch = ThemeSwitch.of(qapp)
    before = switch.choice
    yield
    apply_theme(qapp, before)
    assert current_theme() is Theme.LIGHT  # offscreen, "system" is light


def pixel(widget: QWidget, point: QPoint | None = None) -> str:
    """The colour a reader sees at `point` of `widget` (its top left corner's inside)."""
    image = widget.grab().toImage()
    point = point or QPoint(2, 2)
    return image.pixelColor(point).name()


def colours_in(widget: QWidget) -> set[str]:
    image = widget.grab().toImage()
    return {
        image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())
    }


def link_colours(document) -> set[str]:
    """The colours of the links in a rich-text document."""
    found = set()
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            char_format = fragments.fragment().charFormat()
            if char_format.isAnchor():
                found.add(char_format.foreground().color().name())
            fragments += 1
        block = block.next()
    return found


def test_qt_has_what_following_the_system_needs():
    assert hasattr(QStyleHints, "setColorScheme") and hasattr(QStyleHints, "colorSchemeChanged")
    assert hasattr(QStyleHints, "accessibility")


def test_dark_changes_the_windows_background_and_text(qapp, window):
    page = window.article_view.widget()
    assert pixel(page) == LIGHT.page_bg
    assert pixel(window.toolbar) == LIGHT.toolbar_bg
    assert window.article_view.title.palette().color(QPalette.ColorRole.WindowText).name() == (
        LIGHT.title_text
    )
    assert apply_theme(qapp, "dark") is Theme.DARK
    assert pixel(page) == DARK.page_bg
    assert pixel(window.toolbar) == DARK.toolbar_bg
    title = window.article_view.title
    assert title.palette().color(QPalette.ColorRole.WindowText).name() == DARK.title_text
    assert DARK.title_text in colours_in(title)  # the title is painted in it
    info = window.info_bar
    assert info.palette().color(QPalette.ColorRole.WindowText).name() == DARK.text
    # Qt's own widgets (dialogs, scroll bars, combo lists) take the palette.
    palette = QApplication.palette()
    assert palette.color(QPalette.ColorRole.Window).name() == DARK.page_bg
    assert palette.color(QPalette.ColorRole.Base).name() == DARK.surface
    assert palette.color(QPalette.ColorRole.Text).name() == DARK.text


def test_back_to_light_is_todays_look_exactly(qapp, window):
    sheet = qapp.styleSheet()
    assert sheet == base_stylesheet(Theme.LIGHT)
    before = window.grab().toImage()
    for choice in ("dark", "high-contrast", "light"):
        apply_theme(qapp, choice)
    assert qapp.styleSheet() == sheet
    assert window.home.styleSheet() == themed_stylesheet("styles/home_screen.qss", Theme.LIGHT)
    assert window.grab().toImage() == before  # every pixel


@pytest.mark.parametrize("theme", list(Theme))
def test_the_three_levels_are_told_apart_by_colour_icon_and_word(qapp, window, theme):
    apply_theme(qapp, theme)
    colours = SCHEMES[theme]
    seen: dict[Level, tuple[str, frozenset[str], str]] = {}
    for level in Level:
        item = next(w for w in window.risk_panel.items if w.risk.item.level is level)
        middle = item.height() // 2
        edge = pixel(item, QPoint(3, middle))  # the thick left edge
        inside = pixel(item, QPoint(item.width() - 6, middle))
        look = colours.level(level)
        assert (edge, inside) == (look.border, look.background)
        icon = item.grab(item.icon_rect()).toImage()
        icon_colours = frozenset(
            icon.pixelColor(x, y).name() for x in range(icon.width()) for y in range(icon.height())
        )
        assert {look.icon, look.icon_mark} <= icon_colours
        assert link_colours(item.text.document) <= {look.foreground}
        seen[level] = (edge, icon_colours, item.word.text().split(" · ")[0])
    # The edge and the icon differ in colour (the boxes' tint may not: high contrast is
    # black behind all three), the icon in shape too, and the word.
    for part in range(3):
        assert len({found[part] for found in seen.values()}) == 3, part


def test_the_article_links_and_terms_follow_the_theme(qapp, window, qtbot):
    section = window.article_view.sections[0]
    section.set_open(True)
    body = section.body
    assert link_colours(body.document()) == {LIGHT.term_text}  # the summary links terms
    apply_theme(qapp, "high-contrast")
    assert link_colours(body.document()) == {HIGH_CONTRAST.term_text}
    later = window.article_view.sections[1]
    later.set_open(True)  # made after the switch: parsed in the theme's colours
    assert link_colours(later.body.document()) <= {
        HIGH_CONTRAST.term_text,
        HIGH_CONTRAST.link_text,
    }
    apply_theme(qapp, "light")
    assert link_colours(body.document()) == {LIGHT.term_text}


def test_the_find_marks_take_the_themes_colours(qapp, window, qtbot):
    from viewer.ui.text_marks import mark

    apply_theme(qapp, "dark")
    section = window.article_view.sections[0]
    section.set_open(True)
    mark(section.body, [(0, 5)], current=(0, 5))
    (selection,) = section.body.extraSelections()
    assert selection.format.background().color().name() == DARK.mark_current_bg
    assert selection.format.foreground().color().name() == DARK.mark_text


def test_home_screen_cards_follow_the_theme(qapp, make_window):
    window = make_window(start=None)
    card = window.home.cards()[0]
    assert pixel(card, QPoint(card.width() // 2, 4)) == LIGHT.surface
    apply_theme(qapp, "dark")
    assert window.home.styleSheet() == themed_stylesheet("styles/home_screen.qss", Theme.DARK)
    assert pixel(window.home.viewport()) == DARK.page_bg
    assert pixel(card, QPoint(card.width() // 2, 4)) == DARK.surface
    assert {DARK.heading_text, DARK.text} <= colours_in(card)  # its painted title and text


def test_system_follows_the_computers_light_and_dark(qapp, window):
    hints = QGuiApplication.styleHints()
    assert apply_theme(qapp, ThemeChoice.SYSTEM) is Theme.LIGHT  # offscreen: no scheme
    switched: list[str] = []
    ThemeSwitch.of(qapp).changed.connect(switched.append)
    # The offscreen platform ignores setColorScheme(): the system's change is its signal.
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert current_theme() is Theme.DARK
    assert pixel(window.article_view.widget()) == DARK.page_bg
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert current_theme() is Theme.LIGHT
    # The system's high-contrast setting wins over its light or dark.
    contrast = hints.accessibility().contrastPreferenceChanged
    contrast.emit(Qt.ContrastPreference.HighContrast)
    assert current_theme() is Theme.HIGH_CONTRAST
    contrast.emit(Qt.ContrastPreference.NoPreference)
    assert current_theme() is Theme.LIGHT  # the scheme as the system says it (offscreen)
    assert switched == ["dark", "light", "high-contrast", "light"]
    # A theme chosen outright stays whatever the system does.
    apply_theme(qapp, "light")
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert current_theme() is Theme.LIGHT


def test_resolve_reads_the_system_only_for_system():
    assert resolve("dark") is Theme.DARK
    assert resolve(ThemeChoice.HIGH_CONTRAST, Qt.ColorScheme.Light) is Theme.HIGH_CONTRAST
    assert resolve("system", Qt.ColorScheme.Dark) is Theme.DARK
    assert resolve("system", Qt.ColorScheme.Light) is Theme.LIGHT
    assert resolve("system", Qt.ColorScheme.Unknown) is Theme.LIGHT
    high = Qt.ContrastPreference.HighContrast
    assert resolve("system", Qt.ColorScheme.Light, high) is Theme.HIGH_CONTRAST


@pytest.mark.expect_log("viewer.ui.theme", "unknown theme 'sepia'")
def test_an_unknown_word_follows_the_system(qapp):
    assert apply_theme(qapp, "sepia") is Theme.LIGHT
    assert ThemeSwitch.of(qapp).choice is ThemeChoice.SYSTEM


def test_applying_the_theme_in_force_again_does_nothing(qapp, window):
    apply_theme(qapp, "dark")
    sheet = qapp.styleSheet()
    switched: list[str] = []
    ThemeSwitch.of(qapp).changed.connect(switched.append)
    assert apply_theme(qapp, "dark") is Theme.DARK
    assert qapp.styleSheet() is sheet or qapp.styleSheet() == sheet
    assert switched == []


def test_painting_widgets_read_the_scheme_in_force(qapp):
    for theme in Theme:
        apply_theme(qapp, theme)
        assert current_scheme() is SCHEMES[theme]
