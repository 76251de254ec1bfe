"""The window with the keyboard alone: Enter presses buttons, Tab passes a section's text
in one step and the arrows reach its terms, Esc and Back return to where the reader
was, and whatever has the focus shows it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from viewer.content.slug import SUMMARY_ID


def _focus(qtbot, widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def test_enter_presses_toolbar_buttons_as_space_does(qtbot, window):
    _focus(qtbot, window.toolbar.zoom_in)
    qtbot.keyClick(window.toolbar.zoom_in, Qt.Key.Key_Return)
    assert window.zoom.percent == 115
    _focus(qtbot, window.toolbar.open_all)
    qtbot.keyClick(window.toolbar.open_all, Qt.Key.Key_Enter)  # the keypad's Enter
    assert all(s.is_open for s in window.article_view.sections)


def test_enter_closes_a_notice(qtbot, window):
    window.show_notice("Uji")
    _focus(qtbot, window.notice_close)
    qtbot.keyClick(window.notice_close, Qt.Key.Key_Return)
    assert not window.notice.isVisible()


def test_tab_passes_a_sections_text_in_one_step(qtbot, window):
    summary = window.article_view.section(SUMMARY_ID)
    assert summary.is_open and len(summary.body.link_spans()) >= 3
    _focus(qtbot, summary.body)
    qtbot.keyClick(summary.body, Qt.Key.Key_Tab)
    following = window.article_view.sections[1].header
    assert following.hasFocus(), QApplication.focusWidget()
    qtbot.keyClick(following, Qt.Key.Key_Backtab)
    assert summary.body.hasFocus()


def test_arrows_reach_the_terms_and_enter_explains_one_then_esc_returns_to_it(qtbot, window):
    body = window.article_view.section(SUMMARY_ID).body
    _focus(qtbot, body)
    qtbot.keyClick(body, Qt.Key.Key_Right)
    qtbot.keyClick(body, Qt.Key.Key_Right)
    second = body.textCursor().selectedText()
    assert second == "kejang"  # "...obat untuk epilepsi (kejang)..."
    qtbot.keyClick(body, Qt.Key.Key_Return)
    qtbot.waitUntil(window.popup.isVisible)
    assert window.popup.title.text() == "kejang"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not window.popup.isVisible()
    assert body.hasFocus(), QApplication.focusWidget()
    assert body.textCursor().selectedText() == "kejang"
    qtbot.keyClick(body, Qt.Key.Key_Left)
    assert body.textCursor().selectedText() == "epilepsi"
    qtbot.keyClick(body, Qt.Key.Key_Left)  # no term before the first: it stays
    assert body.textCursor().selectedText() == "epilepsi"


def test_closing_the_definition_with_its_button_returns_to_the_term(qtbot, window):
    body = window.article_view.section(SUMMARY_ID).body
    _focus(qtbot, body)
    qtbot.keyClick(body, Qt.Key.Key_Right)
    qtbot.keyClick(body, Qt.Key.Key_Return)
    qtbot.waitUntil(window.popup.isVisible)
    assert window.popup.close_button.hasFocus()
    qtbot.keyClick(window.popup.close_button, Qt.Key.Key_Return)
    assert not window.popup.isVisible()
    assert body.hasFocus()


@pytest.mark.parametrize("back_key", ["escape", "alt+left", "button"])
def test_back_after_a_jump_from_the_contents_returns_there(qtbot, window, back_key):
    toc = window.toc
    _focus(qtbot, toc)
    toc.setCurrentRow(2)
    qtbot.keyClick(toc, Qt.Key.Key_Return)
    target = window.article_view.sections[2]
    assert target.is_open
    qtbot.waitUntil(target.header.hasFocus)
    assert window.toolbar.back.isEnabled()
    if back_key == "escape":
        qtbot.keyClick(target.header, Qt.Key.Key_Escape)
    elif back_key == "alt+left":
        qtbot.keyClick(target.header, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    else:
        qtbot.mouseClick(window.toolbar.back, Qt.MouseButton.LeftButton)
    assert toc.hasFocus(), QApplication.focusWidget()
    assert toc.currentRow() == 2
    assert not window.toolbar.back.isEnabled()


def test_back_after_read_more_in_a_warning_returns_to_that_warning(qtbot, window):
    item = window.risk_panel.items[0]
    _focus(qtbot, item.go)
    qtbot.keyClick(item.go, Qt.Key.Key_Return)
    section = window.article_view.section(item.risk.item.section_id)
    qtbot.waitUntil(section.header.hasFocus)
    qtbot.keyClick(section.header, Qt.Key.Key_Escape)
    assert item.go.hasFocus(), QApplication.focusWidget()


def _looks(widget: QWidget) -> QImage:
    QApplication.processEvents()
    return widget.grab().toImage()


@pytest.mark.parametrize(
    "part",
    ["section text", "section header", "toolbar button", "contents list", "notice button"],
)
def test_whatever_has_the_focus_shows_it(qtbot, window, part):
    window.show_notice("Uji")
    widget = {
        "section text": lambda: window.article_view.section(SUMMARY_ID).body,
        "section header": lambda: window.article_view.sections[1].header,
        "toolbar button": lambda: window.toolbar.open_all,
        "contents list": lambda: window.toc,
        "notice button": lambda: window.notice_close,
    }[part]()
    window.toolbar.app_title.setFocus()  # a label: takes no focus, so nothing has it
    window.setFocus(Qt.FocusReason.OtherFocusReason)
    assert not widget.hasFocus()
    without = _looks(widget)
    _focus(qtbot, widget)
    assert _looks(widget) != without, f"no visible focus on the {part}"
