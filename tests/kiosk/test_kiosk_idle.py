"""Reset between readers: after the idle time and a countdown, nothing of the last reader."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog

from kiosk_support import visible_top_levels
from viewer.ui.article_view import SUMMARY_ID

SHORT = {"idle_timeout_ms": 200, "countdown_steps": 2, "countdown_step_ms": 50}


def test_idle_timer_resets_every_item_of_state(qtbot, make_kiosk, printing) -> None:
    printing.printers = ["Loket"]
    kiosk = make_kiosk(printer="Loket", print_limit=3, **SHORT)
    baseline_windows = visible_top_levels()
    view = kiosk.article_view

    # A reader arrives: each of these is real input, which also starts the idle timer.
    qtbot.mouseClick(view.sections[2].header, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.toolbar.open_all, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.toolbar.zoom_in, Qt.MouseButton.LeftButton)
    kiosk.zoom.set_percent(150)
    qtbot.mouseClick(kiosk.mode.printing.button, Qt.MouseButton.LeftButton)
    kiosk.side.setCurrentIndex(1)
    kiosk.glossary_panel.filter.setFocus()
    qtbot.keyClicks(kiosk.glossary_panel.filter, "kej")
    kiosk.glossary_panel.list.setCurrentRow(0)
    qtbot.wait(10)
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 2)
    kiosk.risk_panel.verticalScrollBar().setValue(200)
    term = kiosk.library.glossary.get("kejang")
    kiosk.popup.show_term(term, kiosk.mapToGlobal(QPoint(400, 300)))
    kiosk.mode.pin_pad.open_pad()
    kiosk.mode.pin_pad.press_digit("1")
    dialog = QDialog(kiosk)
    dialog.setWindowTitle("Dialog yang masih terbuka")
    dialog.show()
    # Counted from the last input only: on a busy machine a step above can take longer
    # than the 200 ms idle time, and the next step then rightly dismisses a countdown.
    shown_countdown: list[int] = []
    kiosk.mode.idle.countdownStarted.connect(shown_countdown.append)
    qtbot.keyClick(dialog, Qt.Key.Key_Shift)  # the last input: the idle time starts here

    # Everything is really set before the timer fires.
    assert all(s.is_open for s in view.sections)
    assert kiosk.zoom.percent == 150
    assert kiosk.mode.printing.count == 1 and printing.jobs == ["Loket"]
    assert kiosk.notice.isVisible()
    assert kiosk.glossary_panel.filter.text() == "kej"
    assert kiosk.glossary_panel.definition.text()
    assert view.verticalScrollBar().value() > 0
    assert kiosk.risk_panel.verticalScrollBar().value() > 0
    assert kiosk.popup.isVisible()
    assert kiosk.mode.pin_pad.isVisible()
    assert dialog.isVisible()

    qtbot.waitUntil(lambda: not dialog.isVisible() and kiosk.zoom.percent == 100, timeout=5000)

    assert shown_countdown == [2]  # the notice came first
    assert not kiosk.mode.idle_notice.isVisible()
    assert [s.is_open for s in view.sections] == [s.section_id == SUMMARY_ID for s in view.sections]
    assert kiosk.zoom.percent == 100
    assert kiosk.toolbar.zoom_label.text() == "100%"
    assert view.verticalScrollBar().value() == 0
    assert kiosk.risk_panel.verticalScrollBar().value() == 0
    assert not kiosk.popup.isVisible()
    assert kiosk.glossary_panel.filter.text() == ""
    assert kiosk.glossary_panel.definition.text() == ""
    assert kiosk.side.currentIndex() == 0
    assert kiosk.mode.printing.count == 0
    assert not kiosk.notice.isVisible()
    assert not kiosk.mode.pin_pad.isVisible()
    assert visible_top_levels() == baseline_windows
    assert kiosk.isFullScreen()
    # After the reset the timer waits for the next reader's first touch.
    assert not kiosk.mode.idle.armed


def test_a_tap_during_the_countdown_keeps_the_page(qtbot, make_kiosk) -> None:
    kiosk = make_kiosk(idle_timeout_ms=100, countdown_steps=40, countdown_step_ms=50)
    qtbot.mouseClick(kiosk.toolbar.zoom_in, Qt.MouseButton.LeftButton)
    assert kiosk.zoom.percent == 115
    qtbot.waitUntil(kiosk.mode.idle_notice.isVisible, timeout=3000)
    assert "Ketuk layar untuk terus membaca" in kiosk.mode.idle_notice.message.text()
    assert "detik" in kiosk.mode.idle_notice.countdown.text()
    # The tap lands on the zoom button under the notice: it only dismisses the notice.
    qtbot.mouseClick(kiosk.mode.idle_notice, Qt.MouseButton.LeftButton)
    assert not kiosk.mode.idle_notice.isVisible()
    assert kiosk.zoom.percent == 115
    assert kiosk.mode.idle.armed  # timing the reader again


def test_a_key_during_the_countdown_also_keeps_the_page(qtbot, make_kiosk) -> None:
    kiosk = make_kiosk(idle_timeout_ms=100, countdown_steps=40, countdown_step_ms=50)
    header = kiosk.article_view.sections[1].header
    kiosk.article_view.ensureWidgetVisible(header)  # a reader taps what is in view
    qtbot.mouseClick(header, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(kiosk.mode.idle_notice.isVisible, timeout=3000)
    qtbot.keyClick(kiosk.article_view.sections[1].header, Qt.Key.Key_Space)
    assert not kiosk.mode.idle_notice.isVisible()
    assert kiosk.article_view.sections[1].is_open  # the key did not toggle the section


def test_an_empty_waiting_room_sees_no_countdown(qtbot, make_kiosk) -> None:
    kiosk = make_kiosk(idle_timeout_ms=50, countdown_steps=2, countdown_step_ms=20)
    qtbot.wait(300)
    assert not kiosk.mode.idle.armed
    assert not kiosk.mode.idle_notice.isVisible()


def test_the_countdown_shows_seconds(qtbot, kiosk) -> None:
    kiosk.mode.idle_notice.start(10)
    assert kiosk.mode.idle_notice.countdown.text() == "Halaman kembali ke awal dalam 10 detik"
    kiosk.mode.idle_notice.show_left(3)
    assert kiosk.mode.idle_notice.countdown.text() == "Halaman kembali ke awal dalam 3 detik"


def test_a_kiosk_running_for_weeks_follows_the_calendar(qtbot, monkeypatch) -> None:
    """The review notice came from the date the window opened; a kiosk runs for weeks."""
    import datetime as dt

    from kiosk_support import QUIET
    from support import ARTICLE, CONTENT
    from viewer.clinic_settings import ClinicSettings
    from viewer.content.loader import load_library
    from viewer.kiosk.mode import open_kiosk_window
    from viewer.ui import main_window
    from viewer.ui.zoom import Zoom

    library = load_library(CONTENT)
    review = library.article(ARTICLE).meta.next_review
    monkeypatch.setattr(main_window, "current_date", lambda: review - dt.timedelta(1))
    # today: the calendar
    kiosk = open_kiosk_window(library, ClinicSettings(), Zoom(), QUIET, start=ARTICLE)
    qtbot.addWidget(kiosk, before_close_func=lambda w: w.mode.release())
    kiosk.show()
    assert not kiosk.info_bar.overdue.isVisible()
    monkeypatch.setattr(main_window, "current_date", lambda: review + dt.timedelta(1))
    kiosk.mode.reset_for_next_reader()
    assert kiosk.info_bar.overdue.isVisible()
    assert kiosk.today == review + dt.timedelta(1)
