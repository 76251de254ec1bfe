"""Walking the widget tree without PySide's findChildren ownership, and no stale wrappers."""

from __future__ import annotations

import gc
import itertools

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLayout, QLayoutItem, QTextBrowser, QWidget

from viewer.ui.toolbar import ReaderToolbar
from viewer.ui.widget_tree import descendants
from viewer.ui.zoom import Zoom


def test_descendants_are_what_find_children_gives_in_the_same_order(window):
    assert list(descendants(window)) == window.findChildren(QWidget)


def test_walking_ties_no_wrapper_to_the_root(qapp):
    root = QWidget()

    def made_and_deleted() -> int:
        browser = QTextBrowser(root)  # Qt makes its viewport and scroll bars itself
        assert len(list(descendants(root))) > 1
        browser.deleteLater()
        del browser
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
        return len(gc.get_objects())

    # findChildren here: 5 more every time. The least growth over a few rounds, because
    # an earlier test's window may still be settling (its threads and timers make objects
    # too: once 11 more in one round); a leak grows in every round.
    counts = [made_and_deleted() for _ in range(5)]
    assert min(b - a for a, b in itertools.pairwise(counts)) < 5, counts


def test_the_toolbar_leaves_no_layout_item_wrapper_to_go_stale(qapp):
    """PySide wraps every item already in a layout given to addLayout(). set_compact()
    moves the button group, Qt deletes its old item, and the wrapper would then stand
    for whatever Qt puts at that address: `children()` handed out a QWidgetItem as a
    child. So the toolbar's rows join its layout empty, and no item is ever wrapped."""
    before = {id(o) for o in gc.get_objects() if isinstance(o, QLayoutItem)}
    toolbar = ReaderToolbar(Zoom())
    for compact in (True, False, True):
        toolbar.set_compact(compact)
    items = [
        type(o).__name__
        for o in gc.get_objects()
        if isinstance(o, QLayoutItem) and not isinstance(o, QLayout) and id(o) not in before
    ]
    assert items == []


def test_a_widget_deleted_while_walking_is_not_walked_into(qapp):
    from shiboken6 import delete

    root = QWidget()
    doomed = QWidget(root)
    QWidget(doomed)
    after = QWidget(root)
    seen = []
    for widget in descendants(root):
        seen.append(widget)
        if widget is doomed:
            delete(widget)
    assert seen == [doomed, after]
