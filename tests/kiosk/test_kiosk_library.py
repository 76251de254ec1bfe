"""The kiosk as a library: it opens on the home screen with large cards, and the next
reader finds it there again with nothing of the previous reader's way left."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from kiosk_support import QUIET, TODAY, FakeClock, FakePrinting
from support import ARTICLE, CONTENT
from viewer.clinic_settings import ClinicSettings
from viewer.content.loader import load_library
from viewer.kiosk.mode import open_kiosk_window
from viewer.ui.article_card import KIOSK_MIN_HEIGHT, MIN_CARD_HEIGHT
from viewer.ui.main_window import MainWindow
from viewer.ui.widget_tree import descendants
from viewer.ui.zoom import Zoom


@pytest.fixture
def library_kiosk(qtbot) -> MainWindow:
    """A kiosk on the bundled content (two articles) with no `start`."""
    printing = FakePrinting()
    window = open_kiosk_window(
        load_library(CONTENT),
        ClinicSettings(clinic_name="Klinik Uji"),
        Zoom(),
        QUIET,
        TODAY,
        printing.available,
        printing.print_handout,
        clock=FakeClock(),
    )
    qtbot.addWidget(window, before_close_func=lambda w: w.mode.release())
    window.resize(1280, 800)
    window.showFullScreen()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    return window


def card(window: MainWindow, article_id: str):
    return next(c for c in window.home.cards() if c.article_id == article_id)


def open_sections(window: MainWindow) -> set[str]:
    return {s.section_id for s in window.article_view.sections if s.is_open}


def test_a_kiosk_without_start_opens_on_the_home_screen(library_kiosk):
    assert library_kiosk.pages.currentWidget() is library_kiosk.home
    assert {c.article_id for c in library_kiosk.home.cards()} == {
        ARTICLE,
        "cara-memakai-aplikasi",
    }


def test_kiosk_cards_are_at_least_72_px_tall(library_kiosk):
    cards = library_kiosk.home.cards()
    assert cards and all(c.height() >= KIOSK_MIN_HEIGHT for c in cards), [c.height() for c in cards]


def test_desktop_cards_are_at_least_48_px_tall(qtbot):
    window = MainWindow(load_library(CONTENT), ClinicSettings(), Zoom(), TODAY)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    with qtbot.waitExposed(window):
        window.show()
    assert window.pages.currentWidget() is window.home
    cards = window.home.cards()
    assert cards and all(c.height() >= MIN_CARD_HEIGHT for c in cards)


def test_the_next_reader_finds_the_home_screen_and_nothing_of_the_last(qtbot, library_kiosk):
    window = library_kiosk
    index = window.search.library_index
    qtbot.waitUntil(lambda: index.wait(0), timeout=10_000)
    qtbot.waitUntil(lambda: index.complete)
    QApplication.processEvents()
    # A reader: an article, a section opened, a search, a result chosen.
    qtbot.mouseClick(card(window, ARTICLE), Qt.MouseButton.LeftButton)
    window.article_view.section("kebal-obat-dan-kecanduan").set_open(True)
    window.toolbar.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
    qtbot.keyClicks(window.toolbar.search, "aplikasi")
    assert window.pages.currentWidget() is window.search_page
    qtbot.keyClick(window.toolbar.search, Qt.Key.Key_Return)
    assert window.article_view.title.text() == "Cara memakai aplikasi ini"
    window.article_view.open_all()

    window.mode.reset_for_next_reader()

    assert window.pages.currentWidget() is window.home
    assert window.toolbar.search.text() == ""
    assert window.search.home_box.text() == ""
    bar = window.toolbar
    assert not bar.back.isEnabled() and not bar.forward.isEnabled()
    assert not bar.home.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.pages.currentWidget() is window.home  # no way back to the last reader
    for article_id in (ARTICLE, "cara-memakai-aplikasi"):
        qtbot.mouseClick(card(window, article_id), Qt.MouseButton.LeftButton)
        assert open_sections(window) == {"ringkasan"}, article_id
        assert window.article_view.verticalScrollBar().value() == 0
        qtbot.mouseClick(window.toolbar.home, Qt.MouseButton.LeftButton)


def test_no_drop_down_anywhere_in_the_kiosk(library_kiosk):
    assert not [w for w in descendants(library_kiosk) if isinstance(w, QComboBox)]
