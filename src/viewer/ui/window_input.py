"""The window's keys and the input it watches app-wide: shortcuts as actions, the
mouse's back and forward buttons anywhere in the window, and the end of a search's marks
at the reader's next key or tap."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from viewer.ui.main_window import MainWindow


def install_shortcuts(window: MainWindow) -> list[QAction]:
    """The window's keys (text size, Back/Forward, home, find, search), as actions."""
    bindings = [
        ([QKeySequence.StandardKey.ZoomIn, QKeySequence("Ctrl+=")], window.zoom.zoom_in),
        ([QKeySequence.StandardKey.ZoomOut], window.zoom.zoom_out),
        ([QKeySequence("Ctrl+0")], window.zoom.reset),
        ([QKeySequence.StandardKey.Back], window.go_back),  # Alt+Left
        ([QKeySequence.StandardKey.Forward], window.go_forward),  # Alt+Right
        ([QKeySequence("Alt+Home")], window.navigator.open_home),
        ([QKeySequence.StandardKey.Find], window.find),  # Ctrl+F
        ([QKeySequence("/")], window.search.focus_box),
    ]
    actions: list[QAction] = []
    for keys, slot in bindings:
        action = QAction(window)
        sequences: list[QKeySequence] = []
        for key in keys:
            if isinstance(key, QKeySequence.StandardKey):
                sequences += QKeySequence.keyBindings(key)
            else:
                sequences.append(key)
        action.setShortcuts(sequences)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        window.addAction(action)
        actions.append(action)
    return actions


class WindowInput(QObject):
    """Watches the application's input for the window (it lives and dies with it)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress):
            # A search's words stay marked until the reader's next action.
            self._window.article_view.clear_marks()
        # The mouse's own back and forward buttons, wherever in the window they are pressed.
        if kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            step = {
                Qt.MouseButton.BackButton: self._window.go_back,
                Qt.MouseButton.ForwardButton: self._window.go_forward,
            }.get(event.button())
            if (
                step is not None
                and isinstance(watched, QWidget)
                and self._window.isAncestorOf(watched)
            ):
                step()
                return True
        return False
