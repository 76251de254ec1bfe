"""The kiosk is a mode given to the ordinary window, not a kind of window of its own."""

from __future__ import annotations

import pytest

from kiosk_support import QUIET, TODAY
from support import ARTICLE, CONTENT
from viewer.clinic_settings import ClinicSettings
from viewer.content.loader import load_library
from viewer.kiosk.mode import KIOSK_WINDOW_FLAGS, KioskMode, kiosk_mode
from viewer.ui.main_window import MainWindow
from viewer.ui.window_mode import DesktopMode
from viewer.ui.zoom import Zoom


def test_the_kiosk_window_is_the_ordinary_window_framed_and_guarded(kiosk):
    assert type(kiosk) is MainWindow
    mode = kiosk_mode(kiosk)
    assert mode.window is kiosk
    assert mode.parent() is kiosk  # goes when the window goes
    assert kiosk.windowFlags() & KIOSK_WINDOW_FLAGS == KIOSK_WINDOW_FLAGS
    kiosk.close()
    assert kiosk.isVisible(), "a kiosk window closed without the staff PIN"


def test_one_kiosk_mode_guards_one_window(kiosk):
    with pytest.raises(RuntimeError, match="one window"):
        kiosk_mode(kiosk).attach(kiosk)


def test_a_desktop_window_is_no_kiosk_and_closes(qtbot):
    window = MainWindow(load_library(CONTENT), ClinicSettings(), Zoom(), TODAY, start=ARTICLE)
    qtbot.addWidget(window)
    window.show()
    assert isinstance(window.mode, DesktopMode)
    with pytest.raises(TypeError, match="not a kiosk window"):
        kiosk_mode(window)
    window.close()
    assert not window.isVisible()


def test_a_mode_not_yet_attached_says_so():
    with pytest.raises(RuntimeError, match="attach"):
        _ = KioskMode(QUIET).window
