"""The app's own ways out, closed: shortcuts, context menus, text selection, tiny controls.

One application-wide event filter, so widgets created later (a new article's sections,
a risk item, a popup) are covered the moment Qt polishes them, with no list to keep
up to date. Keys work by allow-list, not block-list: a shortcut added to the window
next year (Ctrl+P, F1 help...) is blocked in kiosk mode without anyone remembering to.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QTabBar,
    QTextBrowser,
    QWidget,
)
from shiboken6 import isValid

from viewer.ui.widget_tree import descendants

log = logging.getLogger(__name__)

KIOSK_TOUCH_TARGET = 48  # px at the default zoom; larger than the desktop's 44 for fingers

# Moving around and reading: allowed with no modifier (or Shift, e.g. Shift+Tab).
NAVIGATION_KEYS = frozenset(
    {
        Qt.Key.Key_Tab,
        Qt.Key.Key_Backtab,
        Qt.Key.Key_Left,
        Qt.Key.Key_Right,
        Qt.Key.Key_Up,
        Qt.Key.Key_Down,
        Qt.Key.Key_PageUp,
        Qt.Key.Key_PageDown,
        Qt.Key.Key_Home,
        Qt.Key.Key_End,
        Qt.Key.Key_Space,
        Qt.Key.Key_Return,
        Qt.Key.Key_Enter,
        Qt.Key.Key_Backspace,
        Qt.Key.Key_Delete,
    }
)
# Text zoom must keep working: Ctrl+plus (also Ctrl+= and Ctrl+Shift+=), Ctrl+minus, Ctrl+0.
ZOOM_KEYS = frozenset({Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus, Qt.Key.Key_0})
_HARMLESS_MODIFIERS = (
    Qt.KeyboardModifier.ShiftModifier
    | Qt.KeyboardModifier.KeypadModifier
    | Qt.KeyboardModifier.GroupSwitchModifier  # AltGr on some X11 layouts
)
_FIRST_SPECIAL_KEY = Qt.Key.Key_Escape.value  # keys from here on are not characters


def is_allowed_key(key: int, modifiers: Qt.KeyboardModifier, text: str) -> bool:
    """True for the keys a reader needs: navigation, typing into the filter, text zoom."""
    significant = modifiers & ~_HARMLESS_MODIFIERS
    if significant == Qt.KeyboardModifier.NoModifier:
        if key in NAVIGATION_KEYS:
            return True
        return key < _FIRST_SPECIAL_KEY and bool(text) and text.isprintable()
    if significant == Qt.KeyboardModifier.ControlModifier:
        return key in ZOOM_KEYS
    return False  # Alt+F4, Alt+anything (menus), Meta/Super, Ctrl+Alt...


class Lockdown(QObject):
    """Installed on the QApplication for the lifetime of the kiosk window."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.blocked_keys = 0  # for the log and the tests
        # Widgets that exist already are hardened by the caller (harden_tree): this
        # filter only sees those that Qt polishes from now on.
        QApplication.instance().installEventFilter(self)

    def remove(self) -> None:
        QApplication.instance().removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            assert isinstance(event, QKeyEvent)
            if is_allowed_key(event.key(), event.modifiers(), event.text()):
                return False
            if kind == QEvent.Type.ShortcutOverride:
                # Accepting the override keeps Qt from running any shortcut for this key;
                # the KeyPress that follows is then swallowed below.
                event.accept()
            else:
                self.blocked_keys += 1
                log.info("kiosk: key blocked: %s", _describe(event))
            return True
        if kind == QEvent.Type.ContextMenu:
            return True  # right click, long press, the Menu key: no context menu anywhere
        if kind in (QEvent.Type.ToolTip, QEvent.Type.WhatsThis):
            # Hover-only help: a finger never sees it, and it could linger for the next
            # reader. Everything a tooltip says is also on screen or in accessible names.
            return True
        if kind == QEvent.Type.Polish and isinstance(watched, QWidget):
            harden(watched)
        return False


def harden(widget: QWidget) -> None:
    """Kiosk settings for one widget; called for every widget when Qt polishes it."""
    widget.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    if isinstance(widget, QTextBrowser):
        # Links stay usable; a finger drag scrolls instead of selecting text.
        widget.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        widget.viewport().setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    if isinstance(widget, QLineEdit):
        # The built-in clear button is 16 px: too small to hit, so it goes.
        widget.setClearButtonEnabled(False)
    ensure_touch_size(widget)


def ensure_touch_size(widget: QWidget) -> None:
    """At least KIOSK_TOUCH_TARGET px for anything a finger presses."""
    parent = widget.parentWidget()
    if isinstance(parent, (QLineEdit, QTabBar, QComboBox)):
        return  # their small internal buttons are sized by the parent
    tappable = isinstance(widget, (QAbstractButton, QComboBox, QLineEdit))
    if tappable and widget.minimumHeight() < KIOSK_TOUCH_TARGET:
        widget.setMinimumHeight(KIOSK_TOUCH_TARGET)
    if isinstance(widget, QAbstractButton) and widget.minimumWidth() < KIOSK_TOUCH_TARGET:
        widget.setMinimumWidth(KIOSK_TOUCH_TARGET)


def harden_tree(root: QWidget) -> None:
    """Apply `harden` to a widget and all its descendants (after a zoom change)."""
    harden(root)
    for child in descendants(root):
        # Hardening a line edit deletes its clear button, which may be later in the list.
        if isValid(child):
            harden(child)


def _describe(event: QKeyEvent) -> str:
    return f"key=0x{event.key():x} modifiers=0x{event.modifiers().value:x}"
