"""The bar that shows while the app reads aloud: what it reads, pause or go on, stop, and
the speed (slower by default, for older listeners). Buttons, not a drop-down: the kiosk
allows none, and a finger finds two large buttons more easily than a list."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from viewer.ui.buttons import enter_presses, name_button
from viewer.ui.language import retranslate_on_change
from viewer.ui.section_widget import MIN_TOUCH_TARGET
from viewer.ui.zoom import Zoom

# QTextToSpeech's rate runs from -1 (slowest) to 1; the app's steps, with their names.
# The names are translated where shown (self.tr); QT_TRANSLATE_NOOP lets lupdate see them.
RATE_STEPS: tuple[tuple[float, str], ...] = (
    (-0.6, QT_TRANSLATE_NOOP("SpeechBar", "sangat pelan")),
    (-0.3, QT_TRANSLATE_NOOP("SpeechBar", "pelan")),
    (0.0, QT_TRANSLATE_NOOP("SpeechBar", "biasa")),
    (0.3, QT_TRANSLATE_NOOP("SpeechBar", "cepat")),
)
DEFAULT_RATE_STEP = 1  # "pelan": slower than the engine's normal, for older listeners


class SpeechBar(QFrame):
    pauseRequested = Signal()  # noqa: N815
    resumeRequested = Signal()  # noqa: N815
    stopRequested = Signal()  # noqa: N815
    rateChanged = Signal(float)  # noqa: N815

    def __init__(self, zoom: Zoom, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("speechBar")
        self.what = QLabel(self)
        self.what.setObjectName("speechWhat")
        self.what.setWordWrap(True)
        self.what.setTextFormat(Qt.TextFormat.PlainText)
        self.what.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.pause = self._button("", "")
        self.stop = self._button("", "")
        self.slower = self._button("", "")
        self.rate_label = QLabel(self)
        self.rate_label.setObjectName("speechRate")
        self.faster = self._button("", "")
        # What is read beside the controls where there is room, above them where not
        # (a narrow window, large text): never squeezed into a column of cut words.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(4)
        self._top = QHBoxLayout()
        self._row = QHBoxLayout()
        layout.addLayout(self._top)
        layout.addLayout(self._row)
        self._row.addWidget(self.what, 1)
        for widget in (self.pause, self.stop, self.slower, self.rate_label, self.faster):
            self._row.addWidget(widget)
        self._paused = False
        self._step = DEFAULT_RATE_STEP
        self.pause.clicked.connect(self._pause_or_resume)
        self.stop.clicked.connect(self.stopRequested)
        self.slower.clicked.connect(lambda: self.set_rate_step(self._step - 1, announce=True))
        self.faster.clicked.connect(lambda: self.set_rate_step(self._step + 1, announce=True))
        zoom.follow(self)
        retranslate_on_change(self, self._retranslate)
        self.hide()

    def _retranslate(self) -> None:
        name_button(self.stop, self.tr("■ Berhenti"), self.tr("Berhenti membaca"))
        name_button(self.slower, self.tr("Lebih pelan"), self.tr("Bacakan lebih pelan"))
        name_button(self.faster, self.tr("Lebih cepat"), self.tr("Bacakan lebih cepat"))
        self.set_paused(self._paused)
        self.set_rate_step(self._step)

    def _controls_width(self) -> int:
        parts = (self.pause, self.stop, self.slower, self.rate_label, self.faster)
        return sum(w.sizeHint().width() for w in parts) + self._row.spacing() * len(parts)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        margins = self.layout().contentsMargins()
        room = self.width() - margins.left() - margins.right() - self._controls_width()
        beside = room >= min(self.what.sizeHint().width(), 320)
        if beside and self._row.indexOf(self.what) < 0:
            self._row.insertWidget(0, self.what, 1)
        elif not beside and self._top.indexOf(self.what) < 0:
            self._top.addWidget(self.what, 1)

    def _button(self, text: str, accessible: str) -> QPushButton:
        button = enter_presses(QPushButton(text, self))
        button.setAccessibleName(accessible)
        button.setMinimumHeight(MIN_TOUCH_TARGET)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        return button

    # -- what the reader sees ---------------------------------------------------------------
    def show_reading(self, what: str) -> None:
        self.what.setText(self.tr("Membacakan: {what}").format(what=what))
        self.set_paused(False)
        self.show()

    def set_paused(self, paused: bool) -> None:
        self._paused = paused
        if paused:
            self.pause.setText(self.tr("Lanjutkan"))
            self.pause.setAccessibleName(self.tr("Lanjutkan membaca"))
        else:
            self.pause.setText(self.tr("Jeda"))
            self.pause.setAccessibleName(self.tr("Jeda membaca"))

    @property
    def paused(self) -> bool:
        return self._paused

    def _pause_or_resume(self) -> None:
        if self._paused:
            self.resumeRequested.emit()
        else:
            self.pauseRequested.emit()

    # -- speed -----------------------------------------------------------------------------
    @property
    def rate(self) -> float:
        return RATE_STEPS[self._step][0]

    @property
    def rate_step(self) -> int:
        return self._step

    def set_rate_step(self, step: int, *, announce: bool = False) -> None:
        self._step = max(0, min(len(RATE_STEPS) - 1, step))
        name = self.tr(RATE_STEPS[self._step][1])
        self.rate_label.setText(self.tr("Kecepatan: {name}").format(name=name))
        self.rate_label.setAccessibleName(self.rate_label.text())
        self.slower.setEnabled(self._step > 0)
        self.faster.setEnabled(self._step < len(RATE_STEPS) - 1)
        if announce:
            self.rateChanged.emit(self.rate)
