"""A dimmed layer over the whole window, holding one centred card (idle notice, PIN pad).

A child widget rather than a dialog: in kiosk mode a second top-level window could
open behind the full-screen one, or be given a title bar by the window manager.
The layer also swallows every tap outside its card, so nothing underneath reacts.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

BACKDROP = QColor(20, 40, 48, 170)


class Overlay(QWidget):
    """Covers its parent entirely while shown; put content into `card`."""

    def __init__(self, parent: QWidget, object_name: str) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        # Taps on the dim area stop here instead of reaching the window underneath.
        self.setAttribute(Qt.WidgetAttribute.WA_NoMousePropagation, True)
        self.card = QFrame(self)
        self.card.setObjectName(f"{object_name}Card")
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(self.card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        self._fonts: list[tuple[QWidget, float, bool]] = []
        parent.installEventFilter(self)
        self.hide()

    def set_font_size(self, widget: QWidget, point_size: float, bold: bool = False) -> None:
        """A fixed text size for `widget`, whatever the reader's text zoom.

        Set in code at each opening, not in the style sheet: the window's text zoom sets
        the font of every widget inside it, and the two would fight over the size.
        """
        self._fonts.append((widget, point_size, bold))

    def open(self) -> None:
        for widget, point_size, bold in self._fonts:
            font = widget.font()
            font.setPointSizeF(point_size)
            font.setBold(bold)
            widget.setFont(font)
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKDROP)
