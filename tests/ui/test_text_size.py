"""The text size is a font the window passes on: every text grows with A+, also text
made later, and a zoom step gives fonts to a few widgets, not to every widget."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QListWidget, QTextBrowser, QWidget

from viewer.ui.section_widget import OpenMark
from viewer.ui.theme import MAX_POINT_SIZES
from viewer.ui.widget_tree import descendants
from viewer.ui.zoom import BASE_POINT_SIZE

TEXT_WIDGETS = (QLabel, QAbstractButton, QTextBrowser, QListWidget, OpenMark)
CAPPED = tuple(name.lstrip("#") for name in MAX_POINT_SIZES)


def _capped(widget: QWidget) -> bool:
    current: QWidget | None = widget
    while current is not None:
        if current.objectName() in CAPPED:
            return True
        current = current.parentWidget()
    return False


def _sizes(window) -> dict[int, tuple[str, float]]:
    return {
        id(w): (f"{type(w).__name__}#{w.objectName()}", w.font().pointSizeF())
        for w in descendants(window)
        if isinstance(w, TEXT_WIDGETS) and not _capped(w)
    }


def test_every_text_doubles_with_the_zoom(window):
    for section in window.article_view.sections:
        section.set_open(True)  # their text is made on first opening
    before = _sizes(window)
    window.zoom.set_percent(200)
    after = _sizes(window)
    assert len(before) > 40
    wrong = [
        (name, size, after[key][1])
        for key, (name, size) in before.items()
        if after[key][1] != pytest.approx(2 * size)
    ]
    assert not wrong


def test_the_base_text_is_the_zoom_size_everywhere(window):
    window.zoom.set_percent(150)
    window.article_view.open_all()
    base = BASE_POINT_SIZE * 1.5
    bodies = [s.body for s in window.article_view.sections]
    for widget in [*bodies, window.glossary_panel.list, window.notice_text]:
        assert widget.font().pointSizeF() == pytest.approx(base), widget.objectName()
    assert window.article_view.title.font().pointSizeF() > base
    assert window.article_view.sections[0].header.label.font().pointSizeF() > base


def test_text_made_later_has_the_current_size(window):
    """A section's text is made when it is first opened; a zoom step came before."""
    window.zoom.set_percent(175)
    closed = next(s for s in window.article_view.sections if not s.is_open)
    closed.set_open(True)
    assert closed.body.font().pointSizeF() == pytest.approx(BASE_POINT_SIZE * 1.75)
    window.zoom.set_percent(100)
    assert closed.body.font().pointSizeF() == pytest.approx(BASE_POINT_SIZE)


def test_the_always_visible_parts_grow_only_to_their_cap(window):
    window.zoom.set_percent(250)
    assert window.info_bar.disclaimer.font().pointSizeF() <= MAX_POINT_SIZES["#infoBar"]
    assert window.toolbar.open_all.font().pointSizeF() <= MAX_POINT_SIZES["#readerToolbar"]
    assert window.info_bar.emergency.font().pointSizeF() == MAX_POINT_SIZES["#emergencyNumber"]


def test_a_zoom_step_sets_the_font_of_few_widgets(window):
    """Qt passes the font on; the zoom does not walk the window."""
    window.article_view.open_all()
    widgets = sum(1 for _ in descendants(window))
    assert window.zoom.follower_count * 2 < widgets, (window.zoom.follower_count, widgets)


def test_widgets_that_go_leave_the_zoom(window, qtbot):
    followers = window.zoom.follower_count
    for _ in range(3):
        window.show_article(window.library.articles[0])
        qtbot.wait(1)  # the old sections are deleted later
    window.article_view.reset()
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert window.zoom.follower_count <= followers
