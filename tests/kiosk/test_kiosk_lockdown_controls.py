"""The controls for test_kiosk_lockdown.py: the same keys and events do act on a plain window.

Apart from the lockdown tests because the kiosk there lives for the whole module, and its
application-wide filters would block these keys too.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from kiosk_support import LEAVING_IDS, LEAVING_KEYS, press
from support import ARTICLE, CONTENT
from viewer.clinic_settings import ClinicSettings
from viewer.content.loader import load_library
from viewer.ui.main_window import MainWindow
from viewer.ui.zoom import Zoom


@pytest.fixture(scope="module")
def module_window(qapp) -> Iterator[MainWindow]:
    window = MainWindow(load_library(CONTENT), ClinicSettings(), Zoom(), start=ARTICLE)
    yield window
    if isValid(window):
        window.close()
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


@pytest.fixture
def window(qtbot, module_window: MainWindow) -> MainWindow:
    """The module's plain window, shown again (a test may close it) and active."""
    module_window.reset_to_start()
    module_window.show()
    module_window.activateWindow()
    qtbot.waitUntil(module_window.isActiveWindow, timeout=3000)
    return module_window


@pytest.mark.parametrize(("name", "key", "modifiers"), LEAVING_KEYS[:6], ids=LEAVING_IDS[:6])
def test_the_same_keys_do_reach_shortcuts_outside_kiosk(
    qtbot, window, set_trap, name, key, modifiers
) -> None:
    """Proves that the key events of the lockdown tests really travel to shortcuts."""
    trap = set_trap(window, key, modifiers)
    press(qtbot, window, key, modifiers)
    assert trap.fired == 1
    assert not window.isVisible()


def test_close_is_accepted_outside_kiosk(qtbot, window) -> None:
    assert window.close()
    assert not window.isVisible()


# A real menu pops up here; the offscreen platform says it cannot raise or grab for it.
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
def test_line_edit_does_show_a_menu_outside_kiosk(qtbot, window) -> None:
    """The same context-menu event that the kiosk swallows opens a menu here."""
    target = window.glossary_panel.filter
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(5, 5), QPoint(5, 5))
    QApplication.sendEvent(target, event)
    menu = QApplication.activePopupWidget()
    assert menu is not None
    menu.close()
