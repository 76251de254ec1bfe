"""Fixtures for kiosk tests: a real kiosk window on the bundled article, with short times.

`kiosk` is one window per test module, put back to the start screen before each test
(building and showing a kiosk costs about 0.3 s; the lockdown tests alone used to build
forty). A test may change whatever a reader can change, since reset_for_next_reader
undoes that, and must remove anything else it adds (qtbot.addWidget does, for a child
widget). A test that ends the kiosk, or needs other options, makes its own with
`make_kiosk`.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QScroller, QWidget
from shiboken6 import isValid

from kiosk_support import QUIET, TODAY, FakeClock, FakePrinting, Key, Mod, Trap
from support import ARTICLE, CONTENT
from viewer.clinic_settings import ClinicSettings
from viewer.content.loader import load_library
from viewer.kiosk.mode import open_kiosk_window
from viewer.kiosk.pin_pad import Clock
from viewer.ui.main_window import MainWindow
from viewer.ui.zoom import Zoom

# More than any lockout or corner-tap window: what one test did never reaches the next.
AN_HOUR_MS = 3_600_000


@pytest.fixture(scope="session", autouse=True)
def styled_application(qapp):
    """Tests see the app as users do: bundled font and style sheet applied."""
    from viewer.ui.app import setup_application

    setup_application(qapp)
    return qapp


def build_kiosk(printing: FakePrinting, clock: Clock, **changes: Any) -> MainWindow:
    window = open_kiosk_window(
        load_library(CONTENT),
        ClinicSettings(clinic_name="Klinik Uji"),
        Zoom(),
        dataclasses.replace(QUIET, **changes),
        TODAY,
        printing.available,
        printing.print_handout,
        clock=clock,
        start=ARTICLE,
    )
    window.resize(1280, 800)
    return window


def show_kiosk(qtbot, window: MainWindow) -> None:
    window.showFullScreen()
    window.activateWindow()
    # Shortcuts only reach an active window. (qtbot.waitActive is a context manager.)
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)


@pytest.fixture(scope="module")
def module_printing() -> FakePrinting:
    return FakePrinting()


@pytest.fixture
def printing(module_printing: FakePrinting) -> FakePrinting:
    """The printers every kiosk in the module sees; no printer and no job at the start."""
    module_printing.reset()
    return module_printing


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make_kiosk(qtbot, printing: FakePrinting) -> Callable[..., MainWindow]:
    """A kiosk of the test's own: `make_kiosk(clock=..., **KioskOptions changes)`."""

    def make(clock: Clock = time.monotonic, **changes: Any) -> MainWindow:
        window = build_kiosk(printing, clock, **changes)
        # Teardown must be able to close it: release() is what the staff PIN does.
        qtbot.addWidget(window, before_close_func=lambda w: w.mode.release())
        show_kiosk(qtbot, window)
        return window

    return make


@pytest.fixture(scope="module")
def module_kiosk(qapp, module_printing: FakePrinting) -> Iterator[tuple[MainWindow, FakeClock]]:
    clock = FakeClock()
    window = build_kiosk(module_printing, clock)
    window.showFullScreen()
    yield window, clock
    if isValid(window):
        window.mode.release()
        window.close()
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


@pytest.fixture
def kiosk(qtbot, module_kiosk: tuple[MainWindow, FakeClock]) -> MainWindow:
    """The module's kiosk, as the next reader finds it (see the module's docstring)."""
    window, clock = module_kiosk
    assert isValid(window) and window.isVisible(), "a test in this module closed the kiosk"
    clock.advance(AN_HOUR_MS)  # corner taps and PIN lockouts of earlier tests expire
    for area in window.findChildren(QAbstractScrollArea):
        if QScroller.hasScroller(area.viewport()):
            QScroller.scroller(area.viewport()).stop()  # a fling may still be moving
    window.mode.reset_for_next_reader()
    show_kiosk(qtbot, window)
    return window


@pytest.fixture
def set_trap() -> Iterator[Callable[[QWidget, Key, Mod], Trap]]:
    """`set_trap(window, key, modifiers)`: a Trap that is taken off again after the test."""
    traps: list[Trap] = []

    def make(window: QWidget, key: Key, modifiers: Mod) -> Trap:
        traps.append(Trap(window, key, modifiers))
        return traps[-1]

    yield make
    for trap in traps:
        trap.remove()
