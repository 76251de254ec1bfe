"""On the screens clinics have and at the text sizes readers need: the safety information
is whole on screen, the article keeps a readable column, no toolbar label is cut, and
the contents stay one tap away."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from viewer.content.model import Level
from viewer.ui.layout_plan import MIN_LINE_CHARS, Arrangement
from viewer.ui.print_actions import install_print_actions

TITLE_BAR = 30  # the window is maximised below the window manager's title bar
SCREENS = [
    pytest.param(((1366, 768), 100), id="laptop-1366x768"),
    pytest.param(((800, 600), 100), id="small-800x600"),
    pytest.param(((1080, 1920), 100), id="portrait-kiosk-1080x1920"),
    pytest.param(((1280, 800), 200), id="1280x800-at-200"),
    pytest.param(((1280, 800), 250), id="1280x800-at-250"),
]


def _settle(qtbot) -> None:
    for _ in range(3):  # the reading area re-plans once the panels have their widths
        QApplication.processEvents()
        qtbot.wait(5)


def _rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


@pytest.fixture(params=SCREENS)
def fitted(request, make_window, qtbot):
    (width, height), zoom = request.param
    window = make_window(size=(width, height - TITLE_BAR))
    install_print_actions(window)
    window.zoom.set_percent(zoom)
    _settle(qtbot)
    return window


def test_the_info_bar_is_whole_on_screen(fitted):
    window = fitted
    for label in (window.info_bar.emergency, window.info_bar.disclaimer, window.info_bar.dates):
        assert label.isVisible()
        assert window.rect().contains(_rect_in(label, window)), label.objectName()
        if label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()), label.objectName()
        else:
            assert label.width() >= label.sizeHint().width(), label.text()


def test_the_first_urgent_warning_is_whole_on_screen(fitted):
    window = fitted
    first = window.risk_panel.items[0]
    assert first.risk.item.level is Level.URGENT
    viewport = window.risk_panel.viewport()
    shown = _rect_in(first, viewport)
    assert viewport.rect().contains(shown), (shown, viewport.rect(), window.reading.plan)
    assert window.rect().contains(_rect_in(viewport, window))


def test_the_warnings_never_cover_the_article(fitted):
    """800x600 once gave the stacked warnings and the article more height than the window
    had: the warnings lay over the article's first lines, its title hidden for good."""
    window = fitted
    article = _rect_in(window.article_view, window)
    parts = {
        "warnings": _rect_in(window.risk_panel, window),
        "info bar": _rect_in(window.info_bar, window),
        "toolbar": _rect_in(window.toolbar, window),
    }
    for name, rect in parts.items():
        assert not article.intersects(rect), (name, article, rect, window.reading.plan)
    assert window.rect().contains(article), (article, window.reading.plan)
    title = window.article_view.viewport().mapTo(window, QPoint(0, 0))
    assert article.contains(title)


def test_the_article_keeps_a_readable_column(fitted):
    view = fitted.article_view
    line = view.viewport().width()
    assert line >= MIN_LINE_CHARS * view.fontMetrics().averageCharWidth(), fitted.reading.plan


def test_no_toolbar_label_is_cut(fitted):
    bar = fitted.toolbar
    for widget in bar.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, QPushButton | QLabel):
            continue
        assert fitted.rect().contains(_rect_in(widget, fitted)), widget.text()
        assert widget.width() >= widget.sizeHint().width(), widget.text()


def test_the_contents_are_one_tap_away(fitted, qtbot):
    window = fitted
    if window.side.isVisible():
        assert window.reading.plan.side_beside
        return
    button = window.toolbar.contents
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.side.isVisible() and window.toc.hasFocus()
    assert window.rect().contains(_rect_in(window.side, window))
    window.toc.setCurrentRow(3)
    qtbot.keyClick(window.toc, Qt.Key.Key_Return)
    assert not window.side.isVisible()  # the drawer closes on the jump
    assert window.article_view.sections[3].is_open


def test_a_portrait_kiosk_gets_the_warnings_above_the_article(make_window, qtbot):
    window = make_window(size=(1080, 1890))
    _settle(qtbot)
    assert window.reading.plan.arrangement is Arrangement.STACKED
    panel, article = window.risk_panel, window.article_view
    assert _rect_in(panel, window).bottom() <= _rect_in(article, window).top()


def test_stacked_warnings_fold_to_the_urgent_ones_with_a_way_to_the_rest(make_window, qtbot):
    window = make_window(size=(800, 570))
    _settle(qtbot)
    panel = window.risk_panel
    assert window.reading.plan.arrangement is Arrangement.STACKED
    urgent = [w for w in panel.items if w.risk.item.level is Level.URGENT]
    others = [w for w in panel.items if w.risk.item.level is not Level.URGENT]
    assert all(w.isVisible() for w in urgent) and not any(w.isVisible() for w in others)
    assert panel.show_all.isVisible()
    assert f"({len(others)} lagi)" in panel.show_all.text()
    panel.show_all.setFocus()
    qtbot.keyClick(panel.show_all, Qt.Key.Key_Return)
    assert all(w.isVisible() for w in panel.items)
    assert not panel.show_all.isVisible()
    assert others[0].go.hasFocus()  # the reader continues where the new ones start
    window.reset_to_start()  # the next reader starts folded again
    assert not any(w.isVisible() for w in others)


def test_beside_the_article_every_warning_shows(make_window, qtbot):
    window = make_window(size=(1366, 738))
    _settle(qtbot)
    assert window.reading.plan.arrangement is not Arrangement.STACKED
    assert all(not w.isHidden() for w in window.risk_panel.items)
    assert not window.risk_panel.show_all.isVisible()


def test_a_portrait_screen_shows_every_urgent_warning_and_the_way_to_the_rest(make_window, qtbot):
    window = make_window(size=(1080, 1890))
    _settle(qtbot)
    panel = window.risk_panel
    viewport = panel.viewport()
    for widget in [w for w in panel.items if w.risk.item.level is Level.URGENT]:
        assert viewport.rect().contains(_rect_in(widget, viewport))
    assert viewport.rect().contains(_rect_in(panel.show_all, viewport))


@pytest.mark.parametrize("zoom", [200, 250])
@pytest.mark.parametrize("start", [None, "clonazepam-depresi"], ids=["home", "article"])
def test_on_a_small_screen_at_large_text_no_toolbar_label_is_cut(make_window, qtbot, zoom, start):
    """800x600 at 200 % once cut "Buka semua" and "Simpan PDF": the search box now takes a
    row of its own, the actions the next."""
    window = make_window(size=(800, 600 - TITLE_BAR), start=start)
    install_print_actions(window)
    window.zoom.set_percent(zoom)
    _settle(qtbot)
    bar = window.toolbar
    assert bar.rows == 3
    assert bar.search.width() >= 180
    for widget in bar.findChildren(QPushButton):
        if widget.isVisible():
            assert window.rect().contains(_rect_in(widget, window)), widget.text()
            assert widget.width() >= widget.sizeHint().width(), widget.text()


@pytest.mark.parametrize("width", [1366, 1280, 1100])
def test_with_one_row_of_tools_no_label_is_cut(make_window, qtbot, width):
    """A spacer stretched beside the search box once took the room the buttons needed:
    'Buka semua' showed as 'ıka semu'."""
    window = make_window(size=(width, 740))  # no print buttons: the row is shorter
    _settle(qtbot)
    bar = window.toolbar
    for widget in bar.findChildren(QPushButton):
        if widget.isVisible():
            assert widget.width() >= widget.sizeHint().width(), (widget.text(), bar.rows)
    assert bar.search.width() >= 180
