"""Fixtures for kiosk tests: a real KioskWindow on the bundled article, with short times."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from typing import Any

import pytest

from kiosk_support import QUIET, TODAY, FakeClock, FakePrinting
from support import CONTENT
from viewer.content.loader import load_library
from viewer.kiosk.pin_pad import Clock
from viewer.kiosk.window import KioskWindow
from viewer.settings import ClinicSettings
from viewer.ui.zoom import Zoom


@pytest.fixture(scope="session", autouse=True)
def styled_application(qapp):
    """Tests see the app as users do: bundled font and style sheet applied."""
    from viewer.ui.app import setup_application

    setup_application(qapp)
    return qapp


@pytest.fixture
def printing() -> FakePrinting:
    return FakePrinting()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make_kiosk(qtbot, printing: FakePrinting) -> Callable[..., KioskWindow]:
    def make(clock: Clock = time.monotonic, **changes: Any) -> KioskWindow:
        options = dataclasses.replace(QUIET, **changes)
        window = KioskWindow(
            load_library(CONTENT),
            ClinicSettings(clinic_name="Klinik Uji"),
            Zoom(),
            options,
            TODAY,
            printing.available,
            printing.print_handout,
            clock=clock,
        )
        # Teardown must be able to close it: release() is what the staff PIN does.
        qtbot.addWidget(window, before_close_func=lambda w: w.release())
        window.resize(1280, 800)
        window.showFullScreen()
        window.activateWindow()
        # Shortcuts only reach an active window. (qtbot.waitActive is a context manager.)
        qtbot.waitUntil(window.isActiveWindow, timeout=3000)
        return window

    return make


@pytest.fixture
def kiosk(make_kiosk) -> KioskWindow:
    return make_kiosk()
