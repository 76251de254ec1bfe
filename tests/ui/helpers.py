"""Find things on screen the way a person would: by the text they see."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextBrowser


def point_of_text(browser: QTextBrowser, text: str) -> QPoint:
    """The viewport position of the middle of the first occurrence of `text`."""
    found = browser.document().find(text)
    assert not found.isNull(), f"{text!r} is not in the text"
    cursor = QTextCursor(browser.document())
    cursor.setPosition(found.selectionStart() + len(text) // 2)
    rect = browser.cursorRect(cursor)
    return rect.center()


def click_text(qtbot, browser: QTextBrowser, text: str) -> None:
    point = point_of_text(browser, text)
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
