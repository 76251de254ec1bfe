"""Staff exit: a hidden corner gesture opens a PIN pad; the right PIN leaves kiosk mode.

Nothing on screen hints at the corner. The pad has big digit buttons for a finger,
also takes digits from a keyboard, slows down guessing after each wrong PIN, and
closes itself when left alone.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from viewer.kiosk.overlay import Overlay
from viewer.kiosk.pin import MAX_PIN_DIGITS, PinLockout, verify_pin
from viewer.ui.buttons import enter_presses
from viewer.ui.language import retranslate_on_change
from viewer.ui.theme import current_scheme

log = logging.getLogger(__name__)

CORNER_PX = 80
CORNER_TAPS = 5
CORNER_WINDOW_MS = 3000
PAD_TIMEOUT_MS = 30_000
PAD_BUTTON_PX = 88
Clock = Callable[[], float]
_PRESSES = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick)


class CornerTapDetector(QObject):
    """Emits `triggered` after `taps` presses in the window's top-left corner within a time.

    An application event filter that only watches and never swallows, so the corner
    behaves normally for readers. Each press is counted once although Qt shows it to
    the filter once per widget it travels through.
    """

    triggered = Signal()

    def __init__(
        self,
        window: QWidget,
        taps: int = CORNER_TAPS,
        within_ms: int = CORNER_WINDOW_MS,
        corner_px: int = CORNER_PX,
        clock: Clock = time.monotonic,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._taps = taps
        self._within = within_ms / 1000
        self._corner = corner_px
        self._clock = clock
        self._times: list[float] = []
        self._last_event: tuple[int, float, float] | None = None
        QApplication.instance().installEventFilter(self)

    def remove(self) -> None:
        QApplication.instance().removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # Qt 6 turns a quick second press into a DblClick for the widget: both are taps.
        if event.type() not in _PRESSES or not isinstance(watched, QWidget):
            return False
        if watched.window() is not self._window or not isinstance(event, QMouseEvent):
            return False
        point = event.globalPosition()
        identity = (event.timestamp(), point.x(), point.y())
        if identity == self._last_event:
            return False  # the same press, propagated to a parent widget
        self._last_event = identity
        local = self._window.mapFromGlobal(point.toPoint())
        if not (0 <= local.x() < self._corner and 0 <= local.y() < self._corner):
            self._times.clear()  # a tap elsewhere breaks the sequence
            return False
        now = self._clock()
        self._times = [t for t in self._times if now - t <= self._within] + [now]
        if len(self._times) >= self._taps:
            self._times.clear()
            log.info("kiosk: staff corner gesture")
            self.triggered.emit()
        return False


class PinPad(Overlay):
    """Digits 0-9, erase, OK and cancel. `accepted` is emitted for the right PIN only."""

    accepted = Signal()

    def __init__(
        self,
        parent: QWidget,
        pin_hash: str,
        lockout: PinLockout,
        timeout_ms: int = PAD_TIMEOUT_MS,
        clock: Clock = time.monotonic,
    ) -> None:
        super().__init__(parent, "pinPad")
        self._pin_hash = pin_hash
        self.lockout = lockout
        self._clock = clock
        self._entered = ""
        self.title = QLabel(self.card)
        self.title.setObjectName("pinTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.display = QLabel(self.card)
        self.display.setObjectName("pinDisplay")
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel(self.card)
        self.message.setObjectName("pinMessage")
        self._showing_error = False
        self._set_message("")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.digits = [self._make_button(str(d), "") for d in range(10)]
        for digit, button in enumerate(self.digits):
            button.clicked.connect(lambda _checked=False, d=digit: self.press_digit(str(d)))
        self.erase = self._make_button("", "")
        self.erase.setObjectName("pinErase")  # a longer word: a smaller font (touch.py)
        self.erase.clicked.connect(self.erase_digit)
        self.ok = self._make_button("", "")
        self.ok.setObjectName("pinOk")
        self.ok.clicked.connect(self.submit)
        self.cancel = enter_presses(QPushButton(self.card))
        self.cancel.setMinimumHeight(PAD_BUTTON_PX * 2 // 3)
        self.cancel.clicked.connect(self.close_pad)
        self._layout_card()
        for widget, size, bold in (
            (self.title, 22, True),
            (self.display, 28, False),
            (self.message, 14, False),
            (self.cancel, 18, True),
            (self.erase, 13, True),
            *((button, 18, True) for button in (*self.digits, self.ok)),
        ):
            self.set_font_size(widget, size, bold)
        retranslate_on_change(self, self._retranslate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # digits typed on a staff keyboard

        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(timeout_ms)
        self._idle.timeout.connect(self._timed_out)
        self._lock_tick = QTimer(self)
        self._lock_tick.setInterval(100)
        self._lock_tick.timeout.connect(self._update_lock)

    def _make_button(self, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text, self.card)  # takes no focus: Enter reaches the pad
        button.setObjectName("pinKey")
        button.setAccessibleName(accessible)
        button.setFixedSize(PAD_BUTTON_PX, PAD_BUTTON_PX)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys go to the pad, not a button
        return button

    def _layout_card(self) -> None:
        grid = QGridLayout()
        grid.setSpacing(12)
        for index, digit in enumerate((1, 2, 3, 4, 5, 6, 7, 8, 9)):
            grid.addWidget(self.digits[digit], index // 3, index % 3)
        grid.addWidget(self.erase, 3, 0)
        grid.addWidget(self.digits[0], 3, 1)
        grid.addWidget(self.ok, 3, 2)
        layout = QVBoxLayout(self.card)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(14)
        layout.addWidget(self.title)
        layout.addWidget(self.display)
        layout.addWidget(self.message)
        layout.addLayout(grid)
        layout.addWidget(self.cancel)
        self.card.setMinimumWidth(3 * PAD_BUTTON_PX + 2 * 12 + 64)

    # -- opening and closing ------------------------------------------------------------
    @Slot()
    def open_pad(self) -> None:
        self._entered = ""
        self._show_entry()
        self._show_prompt()
        self.open()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self._idle.start()
        self._update_lock()

    @Slot()
    def close_pad(self) -> None:
        self._entered = ""
        self._idle.stop()
        self._lock_tick.stop()
        self.hide()

    def _timed_out(self) -> None:
        log.info("kiosk: PIN pad closed after %d ms without input", self._idle.interval())
        self.close_pad()

    # -- entering -------------------------------------------------------------------------
    @property
    def is_locked(self) -> bool:
        return self.lockout.remaining_ms(self._clock()) > 0

    def press_digit(self, digit: str) -> None:
        self._idle.start()
        if self.is_locked or len(self._entered) >= MAX_PIN_DIGITS:
            return  # a lockout notice still in force stays on screen
        if self._showing_error:
            # A new try has begun: "PIN salah" belonged to the last one.
            self._show_prompt()
        self._entered += digit
        self._show_entry()

    def erase_digit(self) -> None:
        self._idle.start()
        self._entered = self._entered[:-1]
        self._show_entry()

    def submit(self) -> None:
        self._idle.start()
        if self.is_locked or not self._entered:
            return
        entered, self._entered = self._entered, ""
        self._show_entry()
        if verify_pin(entered, self._pin_hash):
            # INFO: the window logs the exit itself, once, at WARNING.
            log.info("kiosk: staff PIN accepted; leaving kiosk mode")
            self.lockout.record_success()
            self.close_pad()
            self.accepted.emit()
            return
        delay = self.lockout.record_failure(self._clock())
        log.warning(
            "kiosk: wrong staff PIN (%d in a row); next try in %d ms", self.lockout.failures, delay
        )
        self._update_lock()

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Keluar dari mode kios"))
        for digit, button in enumerate(self.digits):
            button.setAccessibleName(self.tr("Angka {d}").format(d=digit))
        self.erase.setText(self.tr("Hapus"))
        self.erase.setAccessibleName(self.tr("Hapus angka terakhir"))
        self.ok.setText(self.tr("OK"))
        self.ok.setAccessibleName(self.tr("Periksa PIN"))
        self.cancel.setText(self.tr("Batal"))
        self.cancel.setAccessibleName(self.tr("Batal, kembali ke artikel"))
        self.setAccessibleName(self.tr("Papan PIN petugas"))

    def _set_message(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self._showing_error = error
        # Red only for a wrong PIN; a per-widget sheet avoids re-polishing the whole pad.
        colours = current_scheme()
        self.message.setStyleSheet(f"color: {colours.alarm_text if error else colours.text};")

    def _show_prompt(self) -> None:
        self._set_message(self.tr("Masukkan PIN petugas"))

    def _show_entry(self) -> None:
        self.display.setText("●" * len(self._entered) if self._entered else "–")
        self.display.setAccessibleName(self.tr("{n} angka dimasukkan").format(n=len(self._entered)))

    def _update_lock(self) -> None:
        remaining = self.lockout.remaining_ms(self._clock())
        locked = remaining > 0
        for button in (*self.digits, self.erase, self.ok):
            button.setEnabled(not locked)
        if locked:
            seconds = max(1, (remaining + 999) // 1000)
            self._set_message(
                # %n and a count: a numerus entry ("1 second", "2 seconds" in English).
                self.tr("PIN salah. Coba lagi dalam %n detik.", "", seconds),
                error=True,
            )
            if not self._lock_tick.isActive():
                self._lock_tick.start()
            return
        self._lock_tick.stop()
        # Not once a new PIN is being typed: the last tick may come after its first digit.
        if self.lockout.failures and not self._entered:
            self._set_message(self.tr("PIN salah. Silakan coba lagi."), error=True)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        key = event.key()
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            self.press_digit(chr(key))
        elif key == Qt.Key.Key_Backspace:
            self.erase_digit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
        else:
            super().keyPressEvent(event)
