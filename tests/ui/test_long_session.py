"""A long day at the clinic: many zoom steps, term taps and handouts in one process.

PySide6 6.12.0 dropped a reference to None on every void Qt call under Python 3.11;
after a few hundred zoom steps the interpreter aborted (SIGABRT). This test keeps that
class of crash out: the count must not drift however long the session.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from viewer.handout.pdf import write_handout_pdf
from viewer.handout.window_printing import make_handout


def _a_reader(window) -> None:
    window.zoom.zoom_in()
    window.zoom.zoom_out()
    window.follow_link("term:kejang", window.mapToGlobal(window.rect().center()))
    window.popup.hide()
    window.article_view.open_all()
    window.article_view.close_all()


def _a_handout(window, path) -> None:
    handout = make_handout(window.current, window.clinic, window.today)
    assert write_handout_pdf(path, handout) >= 2


def test_a_long_session_does_not_leak_references_to_none(qtbot, window, tmp_path):
    # The search index is built in a worker thread after the first paint; when it ends,
    # what it held is freed, and a count taken before then fell by some 300 (about one
    # run in four with four files to index). Start-up work: wait for it, not counted.
    index = window.search.library_index
    qtbot.waitUntil(lambda: index.wait(0), timeout=10_000)
    QApplication.processEvents()
    # First use fills caches (fonts, layouts, the handout's modules): not counted. Which
    # tests ran before in this process (pytest-xdist deals them out) changes how many.
    _a_reader(window)
    _a_handout(window, tmp_path / "first.pdf")
    before = sys.getrefcount(None)
    for _ in range(15):
        _a_reader(window)
    for n in range(3):
        _a_handout(window, tmp_path / f"h{n}.pdf")
    drift = sys.getrefcount(None) - before
    # A few references come and go with caches; a leak loses hundreds here.
    assert drift > -50, f"references to None fell by {-drift}"
