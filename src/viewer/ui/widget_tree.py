"""Walk a widget tree without tying Python wrappers to its root.

PySide's `findChildren` makes the object it is called on the Python owner of every
wrapper it returns (`<parent index="this" action="add"/>` in its type system). For a
widget that Qt made itself (a text browser's viewport, scroll bars and their
containers), PySide is never told when Qt deletes it, so after
`window.findChildren(QWidget)` the window keeps that wrapper for as long as the window
lives. Called on the window after each article switch, that kept five to thirty-five
dead wrappers per switch. `children()` returns the same objects with no such tie.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

log = logging.getLogger(__name__)


def descendants(root: QObject) -> Iterator[QWidget]:
    """Every widget below `root`, in the order `root.findChildren(QWidget)` gives them."""
    # Only the direct children, and only widgets: Qt filters them before PySide wraps
    # anything, so the private helpers a widget keeps (a line edit's or a rich-text
    # label's text control) are never wrapped. Wrapping the first object of a class
    # PySide does not know costs ~40 ms: it creates every lazy enum while looking.
    # Direct children only: PySide ties each returned wrapper to `root`, which here is
    # the widget's own parent, not the window (see the module's docstring).
    for child in root.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if not isinstance(child, QWidget):
            # A stale PySide wrapper: a layout item Qt deleted without PySide knowing,
            # whose memory now holds this child (see toolbar). Its subtree is skipped.
            log.warning("stale %s wrapper among the children of %s", type(child).__name__, root)
            continue
        yield child
        if isValid(child):  # the caller may have deleted it (the kiosk's harden does)
            yield from descendants(child)
