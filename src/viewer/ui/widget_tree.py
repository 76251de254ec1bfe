"""Walk a widget tree without tying Python wrappers to its root.

PySide's `findChildren` makes the object it is called on the Python owner of every
wrapper it returns (`<parent index="this" action="add"/>` in its type system). For a
widget that Qt made itself (a text browser's viewport, scroll bars and their
containers), PySide is never told when Qt deletes it, so after
`window.findChildren(QWidget)` the window keeps that wrapper for as long as the window
lives. Called on the window after each article switch, that kept five to thirty-five
dead wrappers per switch. So the walk asks each widget for its direct widget children
only: each wrapper is then tied to the widget's own parent, and goes with it. (Not
`children()`: it also wraps every private helper object, and wrapping the first one of
a class PySide does not know costs ~40 ms at start-up.)
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
    # Qt filters out non-widgets before PySide wraps anything, so a line edit's or a
    # rich-text label's private text control is never wrapped (see the docstring).
    for child in root.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if not isinstance(child, QWidget):
            # A stale PySide wrapper: a layout item Qt deleted without PySide knowing,
            # whose memory now holds this child (see toolbar). Its subtree is skipped.
            log.warning("stale %s wrapper among the children of %s", type(child).__name__, root)
            continue
        yield child
        if isValid(child):  # the caller may have deleted it (the kiosk's harden does)
            yield from descendants(child)
