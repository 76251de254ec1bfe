"""A term's definition opens next to it and never covers the tapped word, the warning it
came from, or the info bar (emergency number, disclaimer); the glossary list keeps the
layout still and its definition follows the filter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt

from viewer.content.render import term_key_from_href
from viewer.ui.glossary_popup import popup_place
from viewer.ui.layout_plan import Arrangement

AREA = QRect(10, 10, 1200, 700)
SIZE = QSize(380, 160)


@pytest.mark.parametrize(
    "word",
    [QRect(600, 300, 4, 36), QRect(600, 650, 4, 36), QRect(1190, 20, 4, 36), QRect(15, 690, 4, 18)],
)
def test_a_word_anywhere_is_left_uncovered_and_the_popup_stays_inside(word):
    place = popup_place(SIZE, word.center(), word, AREA)
    assert AREA.contains(place)
    assert not place.intersects(word)


def test_a_warning_in_the_right_column_gets_the_popup_beside_it():
    warning = QRect(870, 120, 330, 380)
    place = popup_place(SIZE, QPoint(900, 200), warning, AREA)
    assert not place.intersects(warning)
    assert place.right() < warning.left()  # over the article, not over other warnings


def _term_links(window):
    item = next(i for i in window.risk_panel.items if any(h.startswith("term:") for h in i.links))
    href = next(h for h in item.links if h.startswith("term:"))
    return item, href


@pytest.mark.parametrize("zoom", [100, 200])
@pytest.mark.parametrize("size", [(1366, 738), (800, 570), (1080, 1890)])
def test_a_term_tapped_in_a_warning_leaves_the_warning_and_the_info_bar_in_view(
    make_window, qtbot, size, zoom
):
    window = make_window(size=size)
    window.zoom.set_percent(zoom)
    qtbot.wait(20)  # the layout settles for the new text size before the reader taps
    item, href = _term_links(window)
    window.risk_panel.ensureWidgetVisible(item)
    qtbot.mouseClick(item, Qt.MouseButton.LeftButton, pos=item.link_centre(href))
    qtbot.waitUntil(window.popup.isVisible)
    assert window.popup.term.key == term_key_from_href(href)
    popup = window.popup.geometry()
    central = window.centralWidget()
    warning = QRect(item.mapTo(central, QPoint(0, 0)), item.size())
    visible = QRect(window.risk_panel.viewport().mapTo(central, QPoint(0, 0)),
                    window.risk_panel.viewport().size())  # fmt: skip
    tapped = item.mapTo(central, item.link_centre(href))
    assert not popup.contains(tapped)
    assert not popup.intersects(window.info_bar.geometry())
    if window.reading.plan.arrangement is not Arrangement.STACKED or zoom == 100:
        # Where there is room beside or below it, the warning stays whole in view too.
        assert not popup.intersects(warning.intersected(visible))


def test_a_term_tapped_in_the_article_leaves_the_word_in_view(window, qtbot):
    window.zoom.set_percent(200)
    body = window.article_view.sections[0].body
    body.setFocus()
    body.select_next_link()
    cursor = body.cursorRect()
    qtbot.keyClick(body, Qt.Key.Key_Return)
    qtbot.waitUntil(window.popup.isVisible)
    central = window.centralWidget()
    word = QRect(body.viewport().mapTo(central, cursor.topLeft()), cursor.size())
    assert not window.popup.geometry().intersects(word)


def test_choosing_a_term_in_the_list_does_not_move_the_article(window, qtbot):
    window.side.setCurrentIndex(1)
    panel = window.glossary_panel
    before = window.article_view.geometry()
    for row in range(panel.list.count()):
        panel.list.setCurrentRow(row)
        qtbot.wait(1)
        assert window.article_view.geometry() == before, panel.list.currentItem().text()


def test_the_definition_follows_the_filter(window, qtbot):
    panel = window.glossary_panel
    window.side.setCurrentIndex(1)
    panel.list.setCurrentRow(0)
    shown = panel.list.currentItem().text()
    assert shown in panel.definition.text()
    qtbot.keyClicks(panel.filter, "zzz")
    assert panel.definition.text() == ""
