"""Reset between readers: no input for a while, a short countdown, then back to the start.

The watcher only runs once someone has touched the screen since the last reset, so an
empty waiting room does not see a countdown flashing every two minutes.
"""

from __future__ import annotations

import logging
import math
import time

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget

from viewer.kiosk.overlay import Overlay
from viewer.ui.buttons import enter_presses
from viewer.ui.language import retranslate_on_change

log = logging.getLogger(__name__)

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.KeyPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)
# Only these end the countdown: a release or a move alone is the tail of an earlier tap.
DISMISS_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.KeyPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
        QEvent.Type.Wheel,
    }
)

_MOVES = frozenset({QEvent.Type.MouseMove, QEvent.Type.TouchUpdate})
DISMISS_GRACE_S = 0.3  # after the dismissing tap, its own release and echoes are dropped


class IdleWatcher(QObject):
    """Counts down after `timeout_ms` without input; `expired` means: reset now."""

    countdownStarted = Signal(int)  # noqa: N815 - steps left
    countdownTick = Signal(int)  # noqa: N815 - steps left
    resumed = Signal()
    expired = Signal()

    def __init__(
        self,
        timeout_ms: int,
        countdown_steps: int = 10,
        step_ms: int = 1000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.countdown_steps = countdown_steps
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(timeout_ms)
        self._idle.timeout.connect(self._start_countdown)
        self._tick = QTimer(self)
        self._tick.setInterval(step_ms)
        self._tick.timeout.connect(self._on_tick)
        self._left = 0
        self._last_pointer: QPointF | None = None
        self._swallow_until = 0.0
        QApplication.instance().installEventFilter(self)

    @property
    def armed(self) -> bool:
        return self._idle.isActive()

    @property
    def counting(self) -> bool:
        return self._tick.isActive()

    def activity(self) -> bool:
        """Someone is reading: start the idle time again. True if a countdown was cut short."""
        was_counting = self.counting
        if was_counting:
            self._tick.stop()
            log.info("kiosk: reader came back during the countdown")
            self.resumed.emit()
        self._idle.start()
        return was_counting

    def disarm(self) -> None:
        """After a reset: wait for the next reader's first touch before timing again."""
        self._idle.stop()
        self._tick.stop()

    def remove(self) -> None:
        self.disarm()
        QApplication.instance().removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind not in INPUT_EVENTS or not event.spontaneous():
            return False
        if kind == QEvent.Type.MouseMove and not self._pointer_moved(event):
            return False  # Qt re-sends the pointer position when widgets change under it
        if time.monotonic() < self._swallow_until and kind not in _MOVES:
            # The rest of the tap that ended the countdown: its release, or the mouse
            # press Qt makes from a touch. It must not press what lies under the notice.
            event.accept()
            return True
        if self.counting and kind not in DISMISS_EVENTS:
            return False
        if self.activity():
            self._swallow_until = time.monotonic() + DISMISS_GRACE_S
            event.accept()
            return True  # this tap only dismissed the notice
        return False

    def _pointer_moved(self, event: QEvent) -> bool:
        if not isinstance(event, QMouseEvent):
            return True
        if event.buttons() != Qt.MouseButton.NoButton:
            return True
        position = event.globalPosition()
        moved = self._last_pointer is None or position != self._last_pointer
        self._last_pointer = position
        return moved

    def _start_countdown(self) -> None:
        self._left = self.countdown_steps
        log.info("kiosk: idle; countdown of %d steps", self._left)
        self.countdownStarted.emit(self._left)
        self._tick.start()

    def _on_tick(self) -> None:
        self._left -= 1
        if self._left > 0:
            self.countdownTick.emit(self._left)
            return
        self._tick.stop()
        log.info("kiosk: idle countdown over; resetting for the next reader")
        self.expired.emit()


class IdleNotice(Overlay):
    """'Tap the screen to keep reading', with the seconds left in big type."""

    def __init__(self, parent: QWidget, step_ms: int = 1000) -> None:
        super().__init__(parent, "idleNotice")
        self._step_ms = step_ms
        self.heading = QLabel(self.card)
        self.heading.setObjectName("idleHeading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel(self.card)
        self.message.setObjectName("idleMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown = QLabel(self.card)
        self.countdown.setObjectName("idleCountdown")
        # No word wrap: a wrapped label in this centred card is given one line's height
        # and cut off; unwrapped, the card simply grows to fit the sentence.
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Looks like the thing to press; any tap anywhere does the same.
        self.keep_reading = enter_presses(QPushButton(self.card))
        self.keep_reading.setObjectName("idleKeepReading")
        self.keep_reading.clicked.connect(self.hide)
        layout = QVBoxLayout(self.card)
        layout.setContentsMargins(40, 32, 40, 32)
        layout.setSpacing(16)
        for widget in (self.heading, self.message, self.countdown):
            layout.addWidget(widget)
        layout.addWidget(self.keep_reading, 0, Qt.AlignmentFlag.AlignHCenter)
        self.card.setMinimumWidth(520)
        self.keep_reading.setMinimumHeight(64)
        for widget, size, bold in (
            (self.heading, 22, True),
            (self.message, 24, True),
            (self.countdown, 16, False),
            (self.keep_reading, 18, True),
        ):
            self.set_font_size(widget, size, bold)
        self._steps_left = 0
        # In the language the reader chose: the reset that follows brings the kiosk's back.
        retranslate_on_change(self, self._retranslate)

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Masih membaca?"))
        self.message.setText(self.tr("Ketuk layar untuk terus membaca"))
        self.keep_reading.setText(self.tr("Terus membaca"))
        self.setAccessibleName(self.tr("Pemberitahuan: layar akan kembali ke awal"))
        self.show_left(self._steps_left)

    def start(self, steps_left: int) -> None:
        self.show_left(steps_left)
        self.open()

    def show_left(self, steps_left: int) -> None:
        self._steps_left = steps_left
        seconds = math.ceil(steps_left * self._step_ms / 1000)
        # %n and a count: a numerus entry, with English's "1 second" and "2 seconds".
        self.countdown.setText(self.tr("Halaman kembali ke awal dalam %n detik", "", seconds))
