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

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

log = logging.getLogger(__name__)


def descendants(root: QObject) -> Iterator[QWidget]:
    """Every widget below `root`, in the order `root.findChildren(QWidget)` gives them."""
    for child in root.children():
        if not isinstance(child, QObject):
            # A stale PySide wrapper: a layout item Qt deleted without PySide knowing,
            # whose memory now holds this child (see toolbar). Its subtree is skipped.
            log.warning("stale %s wrapper among the children of %s", type(child).__name__, root)
            continue
        if isinstance(child, QWidget):
            yield child
        if isValid(child):  # the caller may have deleted it (the kiosk's harden does)
            yield from descendants(child)
