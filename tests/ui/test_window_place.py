"""Where the window opens: the saved place where it still fits, else fitted to the screen
(maximised on one smaller than the comfortable size); it closes remembering its place."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect

from viewer import settings
from viewer.settings import SavedPlace
from viewer.ui.window_place import COMFORTABLE_SIZE, TITLE_BAR_ROOM, choose_place


@pytest.mark.parametrize(
    "screen",
    [(1366, 768), (800, 600), (1080, 1920), (1280, 800), (1024, 600)],
)
def test_a_screen_smaller_than_comfortable_gets_the_window_maximised(screen):
    available = QRect(0, 0, *screen)
    place = choose_place(available, None)
    assert place.maximized
    # Un-maximised, it still fits under the title bar.
    assert available.contains(place.geometry)
    assert place.geometry.bottom() <= available.bottom()
    assert place.geometry.top() >= TITLE_BAR_ROOM


def test_a_large_screen_gets_the_comfortable_size_in_the_middle():
    available = QRect(0, 0, 1920, 1040)
    place = choose_place(available, None)
    assert not place.maximized
    assert place.geometry.size() == COMFORTABLE_SIZE
    assert place.geometry.center() == available.center()


def test_the_saved_place_comes_back_where_it_fits():
    saved = SavedPlace("DP-1", QRect(100, 80, 1000, 700), maximized=False)
    place = choose_place(QRect(0, 0, 1920, 1040), saved)
    assert place.geometry == saved.geometry and not place.maximized


def test_a_saved_place_that_no_longer_fits_is_not_used():
    """Saved on a large monitor; now on the laptop's own 1366x768 screen."""
    saved = SavedPlace("HDMI-1", QRect(300, 200, 1600, 1000), maximized=False)
    place = choose_place(QRect(0, 0, 1366, 768), saved)
    assert place.maximized
    assert QRect(0, 0, 1366, 768).contains(place.geometry)


def test_the_place_is_saved_and_read_back():
    assert settings.load_window_place() is None
    place = SavedPlace("eDP-1", QRect(10, 20, 900, 600), maximized=True)
    settings.save_window_place(place)
    assert settings.load_window_place() == place


def test_a_place_written_by_hand_as_nonsense_is_ignored():
    store = settings.qsettings()
    store.setValue("window/screen", "eDP-1")
    store.setValue("window/geometry", "di tengah saja")
    assert settings.load_window_place() is None
