"""Helpers shared by the kiosk tests (importable: pytest puts this folder on sys.path)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget

from viewer.kiosk.pin import hash_pin
from viewer.kiosk.window import KioskOptions

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
