"""Find in the article shown (Ctrl+F): every match counted, the current one opened and
marked, next and previous by Enter and the buttons, Esc closes and unmarks; away from an
article Ctrl+F goes to the library's search box."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from support import write_article

CTRL = Qt.KeyboardModifier.ControlModifier
BODY = """
## Bagian satu

Obat ini bisa membuat pusing.

## Bagian dua

Tidak ada kata itu di sini.

## Bagian tiga

Jika Pusing berat, duduk dulu. Pusing biasanya hilang.
"""
# "pusing": once in the summary, once in Bagian satu, twice in Bagian tiga.
FRONT = """+++
id = "{id}"
title = "Artikel {id}"
language = "id"
summary = "Ringkasan: kadang pusing."
source = "Klinik"
last_reviewed = 2026-01-01
next_review = 2027-01-01
reviewer = ""
+++
"""


@pytest.fixture
def window(qtbot, make_window, tmp_path: Path):
    folder = tmp_path / "content"
    for name in ("a", "b"):
        write_article(folder, BODY, name, FRONT.format(id=name))
    window = make_window(content=folder, start=None)
    card = next(c for c in window.home.cards() if c.article_id == "a")
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)  # home is one step back
    return window


def open_sections(window) -> set[str]:
    return {s.section_id for s in window.article_view.sections if s.is_open}


def find(qtbot, window, text: str) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    assert window.find_bar.isVisible()
    assert window.find_bar.field.hasFocus()
    qtbot.keyClicks(window.find_bar.field, text)


def marked(section) -> list[str]:
    return [m.cursor.selectedText() for m in section.body.extraSelections()]


def test_ctrl_f_counts_the_matches_and_marks_the_first(qtbot, window):
    find(qtbot, window, "pusing")
    assert window.find_bar.count.text() == "1 dari 4"
    assert marked(window.article_view.section("ringkasan")) == ["pusing"]
    assert open_sections(window) == {"ringkasan"}


def test_enter_goes_to_the_next_match_opening_its_section(qtbot, window):
    find(qtbot, window, "pusing")
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Return)
    assert window.find_bar.count.text() == "2 dari 4"
    assert "bagian-satu" in open_sections(window)
    qtbot.mouseClick(window.find_bar.next, Qt.MouseButton.LeftButton)
    assert window.find_bar.count.text() == "3 dari 4"
    assert "bagian-tiga" in open_sections(window)
    assert "bagian-dua" not in open_sections(window)  # no match there: left closed
    assert marked(window.article_view.section("bagian-tiga")) == ["Pusing", "Pusing"]


def test_previous_and_wrapping_around(qtbot, window):
    find(qtbot, window, "pusing")
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert window.find_bar.count.text() == "4 dari 4"
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_F3)
    assert window.find_bar.count.text() == "1 dari 4"
    qtbot.mouseClick(window.find_bar.previous, Qt.MouseButton.LeftButton)
    assert window.find_bar.count.text() == "4 dari 4"


def test_no_match_says_so(qtbot, window):
    find(qtbot, window, "zzz")
    assert window.find_bar.count.text() == "Tidak ditemukan"
    assert not window.find_bar.next.isEnabled()


def test_esc_closes_unmarks_and_stays_on_the_article(qtbot, window):
    find(qtbot, window, "pusing")
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Return)
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()
    for section_id in ("ringkasan", "bagian-satu", "bagian-tiga"):
        assert marked(window.article_view.section(section_id)) == []
    assert window.article_view.title.text() == "Artikel a"  # Esc did not go back too
    assert window.article_view.isAncestorOf(QApplication.focusWidget()) or (
        window.article_view.hasFocus()
    )


def test_ctrl_f_again_keeps_the_words_selected(qtbot, window):
    find(qtbot, window, "pusing")
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Escape)
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    assert window.find_bar.field.selectedText() == "pusing"
    assert window.find_bar.count.text() == "1 dari 4"


def test_another_article_closes_the_find_bar(qtbot, window):
    find(qtbot, window, "pusing")
    qtbot.mouseClick(window.toolbar.home, Qt.MouseButton.LeftButton)
    assert not window.find_bar.isVisible()
    card = next(c for c in window.home.cards() if c.article_id == "b")
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert not window.find_bar.isVisible()
    assert marked(window.article_view.section("ringkasan")) == []


def test_ctrl_f_on_the_home_screen_focuses_the_home_search_box(qtbot, window):
    qtbot.mouseClick(window.toolbar.home, Qt.MouseButton.LeftButton)
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    assert not window.find_bar.isVisible()
    assert window.search.home_box.hasFocus()


def test_ctrl_f_on_the_results_focuses_the_toolbar_box(qtbot, window):
    box = window.toolbar.search
    box.setFocus(Qt.FocusReason.ShortcutFocusReason)
    qtbot.keyClicks(box, "pusing")
    window.search_page.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    assert not window.find_bar.isVisible()
    assert box.hasFocus() and box.selectedText() == "pusing"
