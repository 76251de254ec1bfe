"""Staff exit: five taps in the corner open the PIN pad; only the right PIN leaves."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from kiosk_support import PIN

LEFT = Qt.MouseButton.LeftButton
DELAYS = (150, 300, 600)


CORNER = QPoint(10, 10)


def tap_corner(qtbot, kiosk, times: int = 5, at: QPoint = CORNER) -> None:
    title = kiosk.toolbar.app_title  # what sits in the top-left corner
    for _ in range(times):
        qtbot.mouseClick(title, LEFT, pos=title.mapFrom(kiosk, at))


def type_pin(qtbot, kiosk, pin: str) -> None:
    pad = kiosk.mode.pin_pad
    for digit in pin:
        qtbot.mouseClick(pad.digits[int(digit)], LEFT)
    qtbot.mouseClick(pad.ok, LEFT)


def test_five_taps_in_the_corner_open_the_pin_pad(qtbot, kiosk) -> None:
    tap_corner(qtbot, kiosk, times=4)
    assert not kiosk.mode.pin_pad.isVisible()
    tap_corner(qtbot, kiosk, times=1)
    assert kiosk.mode.pin_pad.isVisible()
    assert kiosk.mode.pin_pad.geometry() == kiosk.rect()  # covers the window: nothing else taps


def test_taps_elsewhere_or_too_slow_do_not_open_it(qtbot, make_kiosk, clock) -> None:
    kiosk = make_kiosk(corner_window_ms=300, clock=clock)
    tap_corner(qtbot, kiosk, times=3)
    qtbot.mouseClick(kiosk.toolbar.open_all, LEFT)  # a tap elsewhere breaks the sequence
    tap_corner(qtbot, kiosk, times=2)
    assert not kiosk.mode.pin_pad.isVisible()
    clock.advance(400)  # let those taps expire
    for _ in range(5):
        tap_corner(qtbot, kiosk, times=1)
        clock.advance(100)  # 5 taps over 400 ms: more than the 300 ms allowed
    assert not kiosk.mode.pin_pad.isVisible()
    tap_corner(qtbot, kiosk, times=2, at=QPoint(120, 10))  # outside the 80 px corner
    assert not kiosk.mode.pin_pad.isVisible()


@pytest.mark.expect_log("viewer.kiosk.mode", "kiosk: staff exit")
def test_the_right_pin_quits(qtbot, make_kiosk) -> None:
    kiosk = make_kiosk()  # its own: the staff exit closes it
    tap_corner(qtbot, kiosk)
    with qtbot.waitSignal(kiosk.mode.exitRequested, timeout=2000):
        type_pin(qtbot, kiosk, PIN)
    assert not kiosk.isVisible()  # the close is accepted now


@pytest.mark.expect_log("viewer.kiosk.mode", "kiosk: staff exit")
@pytest.mark.expect_log("viewer.kiosk.pin_pad", "wrong staff PIN (1 in a row); next try in 150 ms")
@pytest.mark.expect_log("viewer.kiosk.pin_pad", "wrong staff PIN (2 in a row); next try in 300 ms")
@pytest.mark.expect_log("viewer.kiosk.pin_pad", "wrong staff PIN (3 in a row); next try in 600 ms")
def test_a_wrong_pin_is_refused_and_delayed_more_each_time(qtbot, make_kiosk, clock) -> None:
    kiosk = make_kiosk(pin_delays_ms=DELAYS, clock=clock)
    pad = kiosk.mode.pin_pad
    exits: list[bool] = []
    kiosk.mode.exitRequested.connect(lambda: exits.append(True))

    def locked_for_exactly(delay_ms: int) -> None:
        assert not pad.ok.isEnabled()
        assert not any(button.isEnabled() for button in pad.digits)
        assert pad.message.text() == "PIN salah. Coba lagi dalam 1 detik."
        type_pin(qtbot, kiosk, PIN)  # ignored while locked, even the right one
        clock.advance(delay_ms - 1)
        qtbot.keyClicks(pad, PIN)  # the keyboard asks the clock itself: 1 ms early
        qtbot.keyClick(pad, Qt.Key.Key_Return)
        assert not exits
        assert pad.display.text() == "–"
        clock.advance(1)
        qtbot.waitUntil(pad.ok.isEnabled, timeout=3000)  # the pad's 100 ms tick

    tap_corner(qtbot, kiosk)
    for failures, delay in enumerate(DELAYS[:2], start=1):
        type_pin(qtbot, kiosk, "1111")
        assert pad.lockout.failures == failures
        locked_for_exactly(delay)  # longer after each wrong PIN
    assert pad.message.text() == "PIN salah. Silakan coba lagi."
    assert kiosk.isVisible() and kiosk.isFullScreen()
    # Closing and reopening the pad does not wipe the count.
    pad.close_pad()
    tap_corner(qtbot, kiosk)
    type_pin(qtbot, kiosk, "2222")
    assert pad.lockout.failures == 3
    locked_for_exactly(DELAYS[2])
    with qtbot.waitSignal(kiosk.mode.exitRequested, timeout=2000):
        type_pin(qtbot, kiosk, PIN)
    assert pad.lockout.failures == 0


PROMPT = "Masukkan PIN petugas"
RED = "#8c0b16"


@pytest.mark.expect_log("viewer.kiosk.pin_pad", "wrong staff PIN (1 in a row); next try in 150 ms")
@pytest.mark.expect_log("viewer.kiosk.pin_pad", "wrong staff PIN (2 in a row); next try in 300 ms")
def test_pin_salah_goes_at_the_next_digit_but_a_lockout_notice_stays(
    qtbot, make_kiosk, clock
) -> None:
    kiosk = make_kiosk(pin_delays_ms=DELAYS, clock=clock)
    pad = kiosk.mode.pin_pad
    tap_corner(qtbot, kiosk)
    assert pad.message.text() == PROMPT
    type_pin(qtbot, kiosk, "1111")
    locked = "PIN salah. Coba lagi dalam 1 detik."
    assert pad.message.text() == locked
    qtbot.keyClick(pad, Qt.Key.Key_5)  # while the lockout is in force: ignored
    assert pad.message.text() == locked
    assert pad.display.text() == "–"

    clock.advance(DELAYS[0])
    qtbot.waitUntil(pad.ok.isEnabled, timeout=3000)  # the pad's 100 ms tick, not the lockout
    assert pad.message.text() == "PIN salah. Silakan coba lagi."
    assert RED in pad.message.styleSheet()
    qtbot.mouseClick(pad.digits[2], LEFT)  # the next try begins: the old error goes
    assert pad.message.text() == PROMPT
    assert RED not in pad.message.styleSheet()
    assert pad.display.text() == "●"
    qtbot.mouseClick(pad.digits[4], LEFT)
    assert pad.message.text() == PROMPT

    # A keyboard digit as soon as the lockout ends, before the tick has noticed: the tick
    # that follows must not bring "PIN salah" back over the new PIN.
    qtbot.keyClicks(pad, "22")
    qtbot.keyClick(pad, Qt.Key.Key_Return)
    assert pad.message.text() == locked
    clock.advance(DELAYS[1])
    qtbot.keyClick(pad, Qt.Key.Key_7)
    assert pad.message.text() == PROMPT
    qtbot.waitUntil(pad.ok.isEnabled, timeout=3000)
    assert pad.message.text() == PROMPT
    assert pad.display.text() == "●"


@pytest.mark.expect_log("viewer.kiosk.mode", "kiosk: staff exit")
def test_digits_from_a_keyboard_work_too(qtbot, make_kiosk) -> None:
    kiosk = make_kiosk()  # its own: the staff exit closes it
    tap_corner(qtbot, kiosk)
    with qtbot.waitSignal(kiosk.mode.exitRequested, timeout=2000):
        qtbot.keyClicks(kiosk.mode.pin_pad, PIN)
        qtbot.keyClick(kiosk.mode.pin_pad, Qt.Key.Key_Return)


def test_erase_and_cancel(qtbot, kiosk) -> None:
    pad = kiosk.mode.pin_pad
    tap_corner(qtbot, kiosk)
    qtbot.mouseClick(pad.digits[1], LEFT)
    qtbot.mouseClick(pad.digits[2], LEFT)
    assert pad.display.text() == "●●"
    qtbot.mouseClick(pad.erase, LEFT)
    assert pad.display.text() == "●"
    qtbot.mouseClick(pad.cancel, LEFT)
    assert not pad.isVisible()
    tap_corner(qtbot, kiosk)
    assert pad.display.text() == "–"  # nothing typed is kept


def test_the_pin_pad_times_out(qtbot, make_kiosk) -> None:
    kiosk = make_kiosk(pin_pad_timeout_ms=200)
    tap_corner(qtbot, kiosk)
    qtbot.mouseClick(kiosk.mode.pin_pad.digits[2], LEFT)
    qtbot.waitUntil(lambda: not kiosk.mode.pin_pad.isVisible(), timeout=3000)
    assert kiosk.isVisible()


def test_enter_on_cancel_closes_the_pad(qtbot, kiosk) -> None:
    pad = kiosk.mode.pin_pad
    pad.open_pad()
    pad.cancel.setFocus()
    qtbot.waitUntil(pad.cancel.hasFocus)
    with qtbot.waitSignal(pad.cancel.clicked, timeout=1000):
        qtbot.keyClick(pad.cancel, Qt.Key.Key_Return)
    assert not pad.isVisible()


def test_enter_on_keep_reading_keeps_the_page(qtbot, make_kiosk) -> None:
    kiosk = make_kiosk(idle_timeout_ms=60_000, countdown_steps=50, countdown_step_ms=1000)
    notice = kiosk.mode.idle_notice
    kiosk.mode.idle.countdownStarted.emit(50)
    qtbot.waitUntil(notice.isVisible)
    notice.keep_reading.setFocus()
    qtbot.waitUntil(notice.keep_reading.hasFocus)
    # Any key is activity to the idle watcher; the button itself must take Enter too.
    with qtbot.waitSignal(notice.keep_reading.clicked, timeout=1000):
        qtbot.keyClick(notice.keep_reading, Qt.Key.Key_Return)
    assert not notice.isVisible()
