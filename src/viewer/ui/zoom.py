"""Text zoom shared by every panel: A- / A+, Ctrl+plus / Ctrl+minus, kept between runs."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from viewer.clinic_settings import DEFAULT_ZOOM, ZOOM_STEPS, clamp_zoom

BASE_POINT_SIZE = 13.0  # generous on purpose: many readers have poor eyesight


class Zoom(QObject):
    changed = Signal(int)  # percent

    def __init__(self, percent: int = DEFAULT_ZOOM, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._percent = clamp_zoom(percent)

    @property
    def percent(self) -> int:
        return self._percent

    @property
    def point_size(self) -> float:
        return BASE_POINT_SIZE * self._percent / 100

    def set_percent(self, percent: int) -> None:
        percent = clamp_zoom(percent)
        if percent != self._percent:
            self._percent = percent
            self.changed.emit(percent)

    def zoom_in(self) -> None:
        bigger = [step for step in ZOOM_STEPS if step > self._percent]
        if bigger:
            self.set_percent(bigger[0])

    def zoom_out(self) -> None:
        smaller = [step for step in ZOOM_STEPS if step < self._percent]
        if smaller:
            self.set_percent(smaller[-1])

    def reset(self) -> None:
        self.set_percent(DEFAULT_ZOOM)

    @property
    def can_zoom_in(self) -> bool:
        return self._percent < ZOOM_STEPS[-1]

    @property
    def can_zoom_out(self) -> bool:
        return self._percent > ZOOM_STEPS[0]
