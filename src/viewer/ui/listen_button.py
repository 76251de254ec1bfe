"""The "Dengarkan" (listen) button: one look and one behaviour wherever something can be
read aloud (a section, the warnings, the summary, a definition, the whole article).

It is hidden where reading aloud is not offered (a kiosk may turn it off), and disabled,
with the reason as its tooltip and description, where the computer cannot speak (no
engine, no voice for the language): the reader learns why with one look.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from viewer.ui.buttons import enter_presses

MIN_TOUCH_TARGET = 44  # as section_widget's (imported there from here would be circular)


def listen_button(text: str, accessible: str, parent: QWidget) -> QPushButton:
    button = enter_presses(QPushButton(text, parent))
    button.setObjectName("listenButton")
    button.setAccessibleName(accessible)
    button.setProperty("listenName", accessible)
    button.setMinimumHeight(MIN_TOUCH_TARGET)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    return button


def name_listen_button(button: QPushButton, text: str, accessible: str) -> None:
    """New words for a listen button (the interface language changed)."""
    button.setText(text)
    button.setAccessibleName(accessible)
    button.setProperty("listenName", accessible)
    if not button.accessibleDescription():  # no reason shown instead of the name
        button.setToolTip(accessible)


def set_listen_state(button: QPushButton, offered: bool, reason: str) -> None:
    """Shown if offered; enabled unless `reason` says why the computer cannot speak."""
    button.setVisible(offered)
    button.setEnabled(not reason)
    button.setToolTip(reason or button.property("listenName"))
    button.setAccessibleDescription(reason)
