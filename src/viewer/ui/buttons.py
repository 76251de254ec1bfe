"""Buttons a reader can press with Enter as well as Space.

Qt's push buttons take Enter only in dialogs (as "auto-default" buttons); elsewhere
Enter does nothing, and many readers press Enter first. Outside a dialog there is no
default button to steal, so auto-default only adds the Enter key.
"""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton


def enter_presses(button: QPushButton) -> QPushButton:
    button.setAutoDefault(True)
    return button


def name_button(button: QPushButton, text: str, accessible: str) -> None:
    """A button's label, and the longer name a screen reader and the tooltip give."""
    button.setText(text)
    button.setAccessibleName(accessible)
    button.setToolTip(accessible)
