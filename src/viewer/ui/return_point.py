"""Where Back goes after a jump ("Baca penjelasannya", the contents, a section link):
the control the reader was on, and the button that offers the way back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QScrollArea, QWidget
from shiboken6 import isValid


class ReturnPoint:
    def __init__(self, back_button: QAbstractButton) -> None:
        self._button = back_button
        self._widget: QWidget | None = None

    @property
    def is_set(self) -> bool:
        return self._widget is not None

    def remember(self, widget: QWidget) -> None:
        self._widget = widget
        self._button.setEnabled(True)

    def forget(self) -> None:
        self._widget = None
        self._button.setEnabled(False)

    def take(self) -> QWidget | None:
        """The widget to go back to, if it still exists; forgotten either way."""
        widget = self._widget
        self.forget()
        return widget if widget is not None and isValid(widget) else None


def focus_in_view(widget: QWidget) -> None:
    """Scroll `widget` into view in the scroll area it sits in, and give it the focus."""
    area = widget.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    if area is not None:
        area.ensureWidgetVisible(widget)
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
