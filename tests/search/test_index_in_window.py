"""The window's search index: built in a worker after the window's first paint, never
before, and kept in the cache so the next window on the same content reindexes nothing."""

from __future__ import annotations

import logging
import threading
import time

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from support import CONTENT
from viewer.clinic_settings import ClinicSettings
from viewer.content.loader import load_library
from viewer.search import index as index_module
from viewer.ui.main_window import MainWindow
from viewer.ui.zoom import Zoom


@pytest.fixture(scope="module", autouse=True)
def styled_application(qapp):
    """As the window tests: the bundled font and style sheet applied."""
    from viewer.ui.app import setup_application

    setup_application(qapp)
    return qapp


class PaintSpy(QObject):
    def __init__(self, events: list[tuple[str, float, str]]) -> None:
        super().__init__()
        self._events = events

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._events.append(("paint", time.perf_counter(), threading.current_thread().name))
        return False


def open_window(qtbot) -> MainWindow:
    window = MainWindow(load_library(CONTENT), ClinicSettings(), Zoom(), start=None)
    qtbot.addWidget(window)
    window.resize(1280, 820)
    return window


def wait_for_index(qtbot, window: MainWindow) -> None:
    index = window.search.library_index
    qtbot.waitUntil(lambda: index.wait(0), timeout=10_000)
    qtbot.waitUntil(lambda: index.complete)
    QApplication.processEvents()


def test_the_first_paint_comes_before_the_index_is_built(qtbot, monkeypatch, caplog):
    caplog.set_level(logging.DEBUG, logger="viewer.ui.library_search")
    events: list[tuple[str, float, str]] = []
    update = index_module.SearchIndex.update

    def recorded_update(self):
        events.append(("update", time.perf_counter(), threading.current_thread().name))
        return update(self)

    monkeypatch.setattr(index_module.SearchIndex, "update", recorded_update)
    window = open_window(qtbot)
    assert window.search.library_index.index is None  # nothing built with the window
    spy = PaintSpy(events)
    window.centralWidget().installEventFilter(spy)
    with qtbot.waitExposed(window):
        window.show()
    wait_for_index(qtbot, window)
    window.centralWidget().removeEventFilter(spy)
    kinds = [kind for kind, _, _ in events]
    assert kinds[0] == "paint" and kinds.count("update") == 1, kinds
    update_event = next(e for e in events if e[0] == "update")
    assert update_event[2] == "search-index"  # a worker, not the GUI thread
    assert "first paint done: building the search index" in caplog.messages


def test_a_hidden_window_builds_no_index(qtbot):
    window = open_window(qtbot)
    qtbot.wait(50)
    assert not window.search.library_index.wait(0)  # never started
    assert window.search.library_index.index is None


def test_a_second_window_on_the_same_content_reindexes_nothing(qtbot, caplog):
    caplog.set_level(logging.INFO, logger="viewer.search.index")
    first = open_window(qtbot)
    with qtbot.waitExposed(first):
        first.show()
    wait_for_index(qtbot, first)
    first.close()
    # The two articles and the English variant of each.
    assert any(": 4 reindexed" in message for message in caplog.messages), caplog.messages
    caplog.clear()
    second = open_window(qtbot)
    with qtbot.waitExposed(second):
        second.show()
    wait_for_index(qtbot, second)
    assert any(": 0 reindexed, 4 unchanged" in m for m in caplog.messages), caplog.messages
    hits = second.search.search("Rivotril").hits
    assert hits and hits[0].article_id == "clonazepam-depresi"
