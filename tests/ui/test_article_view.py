"""Collapsible sections, the table of contents, and keyboard use."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from support import source_paragraphs
from viewer.ui.article_view import SUMMARY_ID


def test_summary_open_and_every_other_section_closed_at_start(window):
    sections = window.article_view.sections
    assert sections[0].section_id == SUMMARY_ID
    assert [s.is_open for s in sections] == [True] + [False] * 10
    assert sections[0].body.isVisible()
    assert not any(s.body.isVisible() for s in sections[1:])


def test_each_section_shows_its_clinic_paragraph_word_for_word(window):
    window.article_view.open_all()
    texts = [" ".join(s.plain_text().split()) for s in window.article_view.sections[3:9]]
    assert texts == source_paragraphs()


def test_clicking_a_header_opens_and_closes_its_section(qtbot, window):
    section = window.article_view.sections[2]
    qtbot.mouseClick(section.header, Qt.MouseButton.LeftButton)
    assert section.is_open and section.body.isVisible()
    assert section.body.height() > section.header.height()
    qtbot.mouseClick(section.header, Qt.MouseButton.LeftButton)
    assert not section.is_open and not section.body.isVisible()


def test_enter_and_space_toggle_a_header(qtbot, window):
    header = window.article_view.sections[3].header
    header.setFocus()
    qtbot.keyClick(header, Qt.Key.Key_Return)
    assert header.isChecked()
    qtbot.keyClick(header, Qt.Key.Key_Space)
    assert not header.isChecked()
    qtbot.keyClick(header, Qt.Key.Key_Enter)
    assert header.isChecked()


def test_tab_reaches_every_header(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.toolbar.zoom_out.setFocus()
    headers = {s.header for s in window.article_view.sections}
    reached = set()
    for _ in range(400):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.add(QApplication.focusWidget())
        if headers <= reached:
            break
    assert headers <= reached


def test_headers_are_large_touch_targets_and_say_whether_open(window):
    for section in window.article_view.sections:
        assert section.header.height() >= 44
    header = window.article_view.sections[1].header
    assert header.isCheckable() and not header.isChecked()
    assert "tertutup" in header.accessibleName()
    assert header.heading in header.accessibleName()
    header.click()
    assert "terbuka" in header.accessibleName()


def test_open_all_and_close_all(qtbot, window):
    qtbot.mouseClick(window.toolbar.open_all, Qt.MouseButton.LeftButton)
    assert all(s.is_open for s in window.article_view.sections)
    qtbot.mouseClick(window.toolbar.close_all, Qt.MouseButton.LeftButton)
    assert not any(s.is_open for s in window.article_view.sections)


def test_table_of_contents_opens_and_scrolls_to_a_section(qtbot, window):
    window.article_view.open_all()  # long enough that the section starts far below
    target = window.article_view.sections[-3]
    target.set_open(False)
    toc = window.toc
    item = toc.item(toc.count() - 3)
    assert item.text() == target.header.heading
    rect = toc.visualItemRect(item)
    qtbot.mouseClick(toc.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert target.is_open and target.body.isVisible()
    bar = window.article_view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.value() > 0)
    viewport = window.article_view.viewport()
    top = target.header.mapTo(viewport, target.header.rect().topLeft()).y()
    assert 0 <= top < 40, "the section's header is at the top of the view"
    assert target.header.hasFocus()


def test_table_of_contents_brings_the_last_section_into_view(qtbot, window):
    last = window.article_view.sections[-1]
    window.toc.setCurrentRow(window.toc.count() - 1)
    window.toc.itemActivated.emit(window.toc.currentItem())  # Enter on the keyboard
    assert last.is_open
    viewport = window.article_view.viewport()
    qtbot.waitUntil(
        lambda: viewport.rect().contains(last.header.mapTo(viewport, last.header.rect().center()))
    )


def test_tab_from_an_opened_header_goes_to_listen_then_into_its_text(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    section = window.article_view.sections[3]
    section.header.setFocus()
    qtbot.keyClick(section.header, Qt.Key.Key_Return)
    assert section.is_open
    qtbot.keyClick(section.header, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is section.listen  # "Dengarkan", first in the section
    qtbot.keyClick(section.listen, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is section.body
