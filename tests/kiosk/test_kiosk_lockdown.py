"""Locked: the window cannot be closed or left by keys, has no context menus, fits fingers.

Every test here reads or resets the module's one kiosk (tests/kiosk/conftest.py). The
controls, which show that the same events do reach a plain window, are in
test_kiosk_lockdown_controls.py: the kiosk's application-wide filters would block them.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QCloseEvent, QContextMenuEvent, QHelpEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QListWidget,
    QScroller,
    QTabBar,
    QToolTip,
    QWidget,
)

from kiosk_support import LEAVING_IDS, LEAVING_KEYS, Key, Mod, press, visible_top_levels
from viewer.kiosk.lockdown import KIOSK_TOUCH_TARGET
from viewer.ui.main_window import MainWindow


@pytest.mark.parametrize(("name", "key", "modifiers"), LEAVING_KEYS, ids=LEAVING_IDS)
def test_each_leaving_key_does_nothing_in_kiosk(
    qtbot, kiosk, set_trap, name, key, modifiers
) -> None:
    assert QApplication.activeWindow() is kiosk  # else no shortcut could fire anyway
    trap = set_trap(kiosk, key, modifiers)
    before = visible_top_levels()
    press(qtbot, kiosk, key, modifiers)
    qtbot.wait(20)
    assert trap.fired == 0, f"{name} reached a shortcut"
    assert kiosk.isVisible()
    assert kiosk.isFullScreen()
    assert visible_top_levels() == before  # nothing new opened
    assert kiosk.mode.lockdown.blocked_keys >= 1


def test_text_zoom_keys_still_work(qtbot, kiosk) -> None:
    press(qtbot, kiosk, Key.Key_Plus, Mod.ControlModifier)
    assert kiosk.zoom.percent == 115
    press(qtbot, kiosk, Key.Key_Equal, Mod.ControlModifier)
    assert kiosk.zoom.percent == 130
    press(qtbot, kiosk, Key.Key_Minus, Mod.ControlModifier)
    assert kiosk.zoom.percent == 115
    press(qtbot, kiosk, Key.Key_0, Mod.ControlModifier)
    assert kiosk.zoom.percent == 100


def test_reading_keys_still_work(qtbot, kiosk) -> None:
    header = kiosk.article_view.sections[1].header
    header.setFocus()
    qtbot.keyClick(header, Key.Key_Space)
    assert kiosk.article_view.sections[1].is_open
    kiosk.side.setCurrentIndex(1)
    qtbot.keyClicks(kiosk.glossary_panel.filter, "kejang")
    assert kiosk.glossary_panel.filter.text() == "kejang"


def test_close_is_ignored_in_kiosk(qtbot, kiosk) -> None:
    assert not kiosk.close()
    event = QCloseEvent()
    QApplication.sendEvent(kiosk, event)
    assert not event.isAccepted()
    assert kiosk.isVisible()


def test_full_screen_frameless_and_on_top(kiosk) -> None:
    flags = kiosk.windowFlags()
    assert flags & Qt.WindowType.FramelessWindowHint
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    assert kiosk.isFullScreen()


def test_leaving_full_screen_is_undone(qtbot, kiosk) -> None:
    kiosk.showNormal()
    qtbot.waitUntil(kiosk.isFullScreen, timeout=2000)


def test_no_context_menu_anywhere(qtbot, kiosk) -> None:
    kiosk.side.setCurrentIndex(1)
    body = kiosk.article_view.sections[0].body
    targets = [
        body.viewport(),
        body,
        kiosk.glossary_panel.filter,
        kiosk.toc.viewport(),
        kiosk.risk_panel.viewport(),
        kiosk.toolbar,
        kiosk,
    ]
    before = visible_top_levels()
    for target in targets:
        event = QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, QPoint(5, 5), target.mapToGlobal(QPoint(5, 5))
        )
        QApplication.sendEvent(target, event)
        assert QApplication.activePopupWidget() is None, target
    assert visible_top_levels() == before
    for widget in [kiosk, *kiosk.findChildren(QWidget)]:
        assert widget.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu, widget


def test_widgets_created_later_get_no_context_menu_either(qtbot, kiosk) -> None:
    late = QLineEdit(kiosk.centralWidget())
    qtbot.addWidget(late)  # deleted after the test: the kiosk outlives it
    late.show()
    qtbot.waitUntil(
        lambda: late.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu, timeout=1000
    )
    assert late.minimumHeight() >= KIOSK_TOUCH_TARGET


def _too_small(window: MainWindow) -> list[str]:
    problems = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or isinstance(widget.parentWidget(), (QLineEdit, QTabBar)):
            continue
        if isinstance(widget, (QAbstractButton, QLineEdit, QComboBox)):
            size = widget.size()
            if size.height() < KIOSK_TOUCH_TARGET or (
                isinstance(widget, QAbstractButton) and size.width() < KIOSK_TOUCH_TARGET
            ):
                problems.append(f"{type(widget).__name__} {widget.text()!r} {size.toTuple()}")
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if widget.tabRect(i).height() < KIOSK_TOUCH_TARGET:
                    problems.append(f"tab {widget.tabText(i)!r}")
        if isinstance(widget, QListWidget):
            for i in range(widget.count()):
                item = widget.item(i)
                if (
                    not item.isHidden()
                    and widget.visualItemRect(item).height() < KIOSK_TOUCH_TARGET
                ):
                    problems.append(f"list item {item.text()!r}")
    return problems


def test_every_control_is_at_least_48_px(qtbot, kiosk) -> None:
    kiosk.article_view.open_all()
    kiosk.show_notice("Pemberitahuan uji")
    term = kiosk.library.glossary.terms[0]
    kiosk.popup.show_term(term, kiosk.mapToGlobal(QPoint(300, 300)))
    qtbot.wait(10)
    assert _too_small(kiosk) == []
    kiosk.popup.hide()
    kiosk.side.setCurrentIndex(1)
    qtbot.wait(10)
    assert _too_small(kiosk) == []
    kiosk.mode.pin_pad.open_pad()
    qtbot.wait(10)
    assert _too_small(kiosk) == []
    kiosk.mode.pin_pad.close_pad()
    kiosk.mode.idle_notice.start(10)
    qtbot.wait(10)
    assert _too_small(kiosk) == []


def test_controls_stay_48_px_after_a_zoom_round_trip(qtbot, kiosk) -> None:
    kiosk.zoom.set_percent(80)
    kiosk.zoom.reset()
    qtbot.wait(10)
    assert _too_small(kiosk) == []


def test_article_and_panels_scroll_by_dragging(qtbot, kiosk) -> None:
    for area in (kiosk.article_view, kiosk.risk_panel, kiosk.toc, kiosk.glossary_panel.list):
        assert QScroller.hasScroller(area.viewport()), area
    kiosk.article_view.open_all()
    qtbot.wait(10)
    viewport = kiosk.article_view.viewport()
    bar = kiosk.article_view.verticalScrollBar()
    assert bar.maximum() > 300
    start = QPoint(viewport.width() // 2, viewport.height() - 40)
    # A button an earlier test left held would make this no drag at all.
    assert QApplication.mouseButtons() == Qt.MouseButton.NoButton
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 16):
        qtbot.mouseMove(viewport, start - QPoint(0, 20 * step))
        qtbot.wait(10)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start - QPoint(0, 300))
    qtbot.waitUntil(lambda: bar.value() > 100, timeout=3000)


@pytest.mark.expect_log("viewer.ui.link_router", "link ignored: file:///etc/passwd")
def test_external_links_stay_inert(qtbot, kiosk) -> None:
    before = visible_top_levels()
    kiosk.follow_link("https://example.org/", kiosk.mapToGlobal(QPoint(10, 10)))
    kiosk.follow_link("file:///etc/passwd", kiosk.mapToGlobal(QPoint(10, 10)))
    assert visible_top_levels() == before
    assert kiosk.isFullScreen()


def test_no_hover_only_tooltips(qtbot, kiosk) -> None:
    button = kiosk.toolbar.zoom_in
    assert button.toolTip()  # the plain window has one; the kiosk does not show it
    point = QPoint(5, 5)
    event = QHelpEvent(QEvent.Type.ToolTip, point, button.mapToGlobal(point))
    QApplication.sendEvent(button, event)
    assert not QToolTip.isVisible()


def test_polish_events_are_not_swallowed(qtbot, kiosk) -> None:
    widget = QWidget(kiosk)
    qtbot.addWidget(widget)
    assert not kiosk.mode.lockdown.eventFilter(widget, QEvent(QEvent.Type.Polish))
