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
