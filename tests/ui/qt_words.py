"""Reading Qt's dialogs as a person does: every text, tooltip and accessible name they
show, and every string Qt asks a translator for while they are open (importable:
pytest puts tests/ui on sys.path)."""

from __future__ import annotations

import importlib.util
import sys
import time
from collections.abc import Callable
from types import ModuleType

from PySide6.QtCore import QObject, Qt, QTimer, QTranslator
from PySide6.QtGui import QAccessible, QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)

from support import REPO

TS_FILE = REPO / "resources" / "translations" / "qt_id.ts"


def load_qt_strings() -> ModuleType:
    """tools/qt_strings.py, the dev tool that reads .qm and .ts files (not a package)."""
    spec = importlib.util.spec_from_file_location("qt_strings", REPO / "tools" / "qt_strings.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("qt_strings", module)  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return sys.modules["qt_strings"]


def plain(text: str) -> str:
    """A text as read: without its & accelerator marks ("&&" is a real "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


class Recorder(QTranslator):
    """Notes every (context, source, comment) Qt looks up, and translates nothing: the
    translators installed before it answer. Install it last (it is asked first)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.asked: set[tuple[str, str, str]] = set()

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        self.asked.add((context, source, disambiguation or ""))
        return None  # a null string: "not here", so Qt asks the next translator

    def isEmpty(self) -> bool:
        return False


def _accessible(widget: QWidget) -> list[str]:
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return []
    return [interface.text(QAccessible.Text.Name), interface.text(QAccessible.Text.Description)]


def _item_view_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    root = view.rootIndex()
    texts = [
        str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        for column in range(model.columnCount(root))
    ]
    for row in range(model.rowCount(root)):
        for column in range(model.columnCount(root)):
            index = model.index(row, column, root)
            texts += [str(index.data() or ""), str(index.data(Qt.ItemDataRole.ToolTipRole) or "")]
    return texts


def _widget_texts(widget: QWidget) -> list[str]:
    texts = [
        widget.windowTitle(),
        widget.toolTip(),
        widget.statusTip(),
        widget.whatsThis(),
        widget.accessibleName(),
        widget.accessibleDescription(),
        *_accessible(widget),
    ]
    if isinstance(widget, (QLabel, QAbstractButton)):
        texts.append(widget.text())
    if isinstance(widget, QGroupBox):
        texts.append(widget.title())
    if isinstance(widget, QLineEdit):
        texts.append(widget.placeholderText())
    if isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QTabBar):
        for i in range(widget.count()):
            texts += [widget.tabText(i), widget.tabToolTip(i)]
    if isinstance(widget, QAbstractItemView):
        texts += _item_view_texts(widget)
    return texts


def words_of(root: QWidget) -> dict[str, str]:
    """Every text `root` and its children show or tell a screen reader: text -> where."""
    found: dict[str, str] = {}
    for widget in [root, *root.findChildren(QWidget)]:
        for text in _widget_texts(widget):
            if text and text.strip():
                found.setdefault(text, f"{type(widget).__name__} {widget.objectName()!r}")
    for action in root.findChildren(QAction):
        for text in (action.text(), action.toolTip(), action.iconText(), action.statusTip()):
            if text and text.strip():
                found.setdefault(text, f"QAction {action.objectName()!r}")
    return found


def when_modal(
    is_it: Callable[[QWidget], bool],
    then: Callable[[QWidget], None],
    failures: list[str],
    timeout_s: float = 10.0,
) -> None:
    """Once the active modal widget passes `is_it`, run `then` on it; `then` must close it.

    For dialogs opened with exec(), which blocks the test until they close. If none
    comes, every modal widget is closed so the test ends (and fails on `failures`).
    """
    deadline = time.monotonic() + timeout_s

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if widget is not None and widget.isVisible() and is_it(widget):
            then(widget)
        elif time.monotonic() < deadline:
            QTimer.singleShot(20, poll)
        else:
            failures.append(f"no modal dialog came (active: {widget!r})")
            while (modal := QApplication.activeModalWidget()) is not None:
                modal.close()

    QTimer.singleShot(0, poll)


def class_name(name: str) -> Callable[[QWidget], bool]:
    """A test for when_modal: the widget's Qt class (private ones have no Python class)."""
    return lambda widget: widget.metaObject().className() == name
