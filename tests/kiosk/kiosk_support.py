"""Helpers shared by the kiosk tests (importable: pytest puts this folder on sys.path)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QKeyCombination, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from viewer.kiosk.mode import KioskOptions
from viewer.kiosk.pin import hash_pin

TODAY = dt.date(2026, 11, 26)
PIN = "2468"
# A cheap hash: the window's behaviour is under test here, not scrypt's cost.
PIN_HASH = hash_pin(PIN, n=16)
# Long enough that nothing fires by itself unless a test asks for short times.
QUIET = KioskOptions(pin_hash=PIN_HASH, idle_timeout_ms=600_000, pin_pad_timeout_ms=600_000)


class FakeClock:
    """Monotonic seconds that move only when a test says so (for the PIN pad and corner)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, ms: float) -> None:
        self.now += ms / 1000


class FakePrinting:
    """Stands in for the printer list and the handout printer; records each job."""

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.printers: list[str] = []
        self.jobs: list[str] = []
        self.fail = False

    def available(self) -> list[str]:
        return list(self.printers)

    def print_handout(self, window: Any, printer_name: str) -> int:
        if self.fail:
            raise OSError("printer jammed")
        self.jobs.append(printer_name)
        return 2


def visible_top_levels() -> set[QWidget]:
    return {w for w in QApplication.topLevelWidgets() if w.isVisible()}


Mod = Qt.KeyboardModifier
Key = Qt.Key
# Every key that closes, leaves full screen, or opens something else in a desktop app.
LEAVING_KEYS = [
    ("Alt+F4", Key.Key_F4, Mod.AltModifier),
    ("Ctrl+Q", Key.Key_Q, Mod.ControlModifier),
    ("Ctrl+W", Key.Key_W, Mod.ControlModifier),
    ("Esc", Key.Key_Escape, Mod.NoModifier),
    ("F11", Key.Key_F11, Mod.NoModifier),
    ("F1", Key.Key_F1, Mod.NoModifier),
    ("Shift+F1", Key.Key_F1, Mod.ShiftModifier),
    ("Ctrl+F4", Key.Key_F4, Mod.ControlModifier),
    ("Ctrl+N", Key.Key_N, Mod.ControlModifier),
    ("Ctrl+O", Key.Key_O, Mod.ControlModifier),
    ("Ctrl+P", Key.Key_P, Mod.ControlModifier),
    ("Ctrl+S", Key.Key_S, Mod.ControlModifier),
    ("Ctrl+Shift+Q", Key.Key_Q, Mod.ControlModifier | Mod.ShiftModifier),
    ("Ctrl+,", Key.Key_Comma, Mod.ControlModifier),
    ("Alt+Space", Key.Key_Space, Mod.AltModifier),
    ("Alt+Left", Key.Key_Left, Mod.AltModifier),
    ("Shift+F10", Key.Key_F10, Mod.ShiftModifier),
    ("Menu", Key.Key_Menu, Mod.NoModifier),
    ("F5", Key.Key_F5, Mod.NoModifier),
    ("F12", Key.Key_F12, Mod.NoModifier),
]
LEAVING_IDS = [name for name, _, _ in LEAVING_KEYS]


class Trap:
    """A shortcut on the window that would close it and open a dialog if it ever ran."""

    def __init__(self, window: QWidget, key: Key, modifiers: Mod) -> None:
        self.fired = 0
        self.window = window
        self.dialog = QDialog(window)
        self.action = QAction(window)
        self.action.setShortcut(QKeySequence(QKeyCombination(modifiers, key)))
        self.action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.action.triggered.connect(self._fire)
        window.addAction(self.action)

    def _fire(self) -> None:
        self.fired += 1
        self.dialog.show()
        self.window.close()

    def remove(self) -> None:
        """Off the window again: the window outlives the test."""
        self.window.removeAction(self.action)
        self.dialog.close()
        self.action.deleteLater()
        self.dialog.deleteLater()


def press(qtbot, window: QWidget, key: Key, modifiers: Mod) -> None:
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, key, modifiers)
