"""Where the window opens: where the reader left it, or sized to the screen it is on.

Only where that screen still exists and the saved place still fits its free area (a
laptop taken off its large monitor opens on its own screen, not off the edge). A
screen smaller than the comfortable size gets the window maximised, so the info bar
(emergency number, disclaimer) is never below the screen's edge.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from viewer import settings

COMFORTABLE_SIZE = QSize(1280, 820)
TITLE_BAR_ROOM = 48  # px the window manager's title bar takes above the window


@dataclass(frozen=True)
class Place:
    geometry: QRect  # the window's own area, without the window manager's frame
    maximized: bool


def choose_place(available: QRect, saved: settings.SavedPlace | None) -> Place:
    """The place on a screen whose free area is `available` (QScreen.availableGeometry)."""
    if saved is not None and available.contains(saved.geometry):
        return Place(saved.geometry, saved.maximized)
    room = QSize(available.width(), available.height() - TITLE_BAR_ROOM)
    if room.width() < COMFORTABLE_SIZE.width() or room.height() < COMFORTABLE_SIZE.height():
        # Maximised; the normal geometry (after un-maximising) still fits the screen.
        normal = QRect(
            available.topLeft() + QPoint(0, TITLE_BAR_ROOM), room.boundedTo(COMFORTABLE_SIZE)
        )
        return Place(normal, maximized=True)
    normal = QRect(QPoint(0, 0), COMFORTABLE_SIZE)
    normal.moveCenter(available.center())
    return Place(normal, maximized=False)


def _screen_named(name: str) -> QScreen | None:
    return next((s for s in QGuiApplication.screens() if s.name() == name), None)


def place_window(window: QWidget) -> None:
    """Give `window` its place before it is first shown; show it with show_placed()."""
    saved = settings.load_window_place()
    screen = _screen_named(saved.screen) if saved is not None else None
    if screen is None:
        saved = None
        screen = QGuiApplication.primaryScreen()
    if screen is None or QGuiApplication.platformName() == "offscreen":
        window.resize(COMFORTABLE_SIZE)  # no real screen to fit (self-test, benchmarks)
        return
    place = choose_place(screen.availableGeometry(), saved)
    window.setGeometry(place.geometry)
    window.setProperty("openMaximized", place.maximized)


def show_placed(window: QWidget) -> None:
    if window.property("openMaximized"):
        window.showMaximized()
    else:
        window.show()


def remember_place(window: QWidget) -> None:
    """Keep the window's place for the next start (called when it closes)."""
    screen = window.screen()
    if screen is None or QGuiApplication.platformName() == "offscreen":
        return
    settings.save_window_place(
        settings.SavedPlace(screen.name(), window.normalGeometry(), window.isMaximized())
    )
