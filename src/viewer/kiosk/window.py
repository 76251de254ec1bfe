"""KioskWindow: the reading window, full screen and locked, reset between readers."""

from __future__ import annotations

import datetime as dt
import logging
import time
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QTextBrowser, QWidget

from viewer.content.model import Library
from viewer.kiosk.config import DEFAULT_COUNTDOWN, DEFAULT_IDLE_TIMEOUT, KioskConfig
from viewer.kiosk.idle import IdleNotice, IdleWatcher
from viewer.kiosk.lockdown import KIOSK_TOUCH_TARGET, Lockdown, harden_tree
from viewer.kiosk.pin import DEFAULT_DELAYS_MS, PinLockout
from viewer.kiosk.pin_pad import (
    CORNER_PX,
    CORNER_TAPS,
    CORNER_WINDOW_MS,
    PAD_TIMEOUT_MS,
    Clock,
    CornerTapDetector,
    PinPad,
)
from viewer.kiosk.printing import KioskPrinting, PrinterList, PrintFunction, available_printers
from viewer.kiosk.printing import print_handout as default_print
from viewer.kiosk.touch import KIOSK_STYLE, enable_kinetic_scrolling
from viewer.settings import ClinicSettings
from viewer.ui.main_window import MainWindow
from viewer.ui.widget_tree import descendants
from viewer.ui.zoom import Zoom

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class KioskOptions:
    """What the kiosk window needs; tests pass short times instead of a config file."""

    pin_hash: str
    idle_timeout_ms: int = DEFAULT_IDLE_TIMEOUT * 1000
    countdown_steps: int = DEFAULT_COUNTDOWN
    countdown_step_ms: int = 1000
    printer: str = ""
    print_limit: int = 1
    pin_delays_ms: tuple[int, ...] = DEFAULT_DELAYS_MS
    pin_pad_timeout_ms: int = PAD_TIMEOUT_MS
    corner_taps: int = CORNER_TAPS
    corner_window_ms: int = CORNER_WINDOW_MS
    corner_px: int = CORNER_PX

    @classmethod
    def from_config(cls, config: KioskConfig) -> KioskOptions:
        return cls(
            pin_hash=config.pin_hash,
            idle_timeout_ms=config.idle_timeout * 1000,
            countdown_steps=config.countdown,
            printer=config.printer,
            print_limit=config.print_limit,
        )


# Frameless: no title bar, so no close button and no window menu to reach.
KIOSK_WINDOW_FLAGS = (
    Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
)


class _FramelessMainWindow(QMainWindow):
    """Sits between MainWindow and QMainWindow: frameless and kiosk-styled from birth.

    Calling setWindowFlags() after MainWindow has built its widgets re-creates the
    window and re-polishes every child with the style sheet, which throws away the
    fonts the text zoom gave them (and costs a second full polish at start-up).
    """

    def __init__(self) -> None:
        super().__init__(None, KIOSK_WINDOW_FLAGS)
        # On the window, not the application: the kiosk look stays inside the kiosk, and
        # set before MainWindow adds any child, so nothing is polished twice.
        self.setStyleSheet(KIOSK_STYLE)


class KioskWindow(MainWindow, _FramelessMainWindow):
    """MainWindow plus the kiosk: nothing here changes how an article is shown."""

    exitRequested = Signal()  # noqa: N815 - the staff PIN was right: quit the app

    def __init__(
        self,
        library: Library,
        clinic: ClinicSettings,
        zoom: Zoom,
        options: KioskOptions,
        today: dt.date | None = None,
        printers: PrinterList = available_printers,
        print_function: PrintFunction = default_print,
        *,
        clock: Clock = time.monotonic,
    ) -> None:
        """`clock` (monotonic seconds) times the PIN lockout and the corner taps; tests
        pass a fake one instead of waiting."""
        super().__init__(library, clinic, zoom, today, remember_zoom=False)
        self.options = options
        self._exit_allowed = False
        self._resetting = False
        self.setObjectName("kioskWindow")
        if clinic.clinic_name:
            self.toolbar.app_title.setText(clinic.clinic_name)
        self.printing: KioskPrinting | None = None
        if options.print_limit > 0:
            self.printing = KioskPrinting(
                self, options.printer, options.print_limit, printers, print_function
            )
        self.lockdown = Lockdown(self)
        # Installed after the lockdown, so it runs first and sees even blocked keys.
        self.idle = IdleWatcher(
            options.idle_timeout_ms, options.countdown_steps, options.countdown_step_ms, self
        )
        self.idle_notice = IdleNotice(self, options.countdown_step_ms)
        self.idle.countdownStarted.connect(self.idle_notice.start)
        self.idle.countdownTick.connect(self.idle_notice.show_left)
        self.idle.resumed.connect(self.idle_notice.hide)
        self.idle_notice.keep_reading.clicked.connect(self.idle.activity)
        self.idle.expired.connect(self.reset_for_next_reader)
        self.pin_lockout = PinLockout(options.pin_delays_ms)
        self.pin_pad = PinPad(
            self, options.pin_hash, self.pin_lockout, options.pin_pad_timeout_ms, clock
        )
        self.pin_pad.accepted.connect(self.staff_exit)
        self.corner = CornerTapDetector(
            self, options.corner_taps, options.corner_window_ms, options.corner_px, clock
        )
        self.corner.triggered.connect(self.open_pin_pad)
        for area in (self.article_view, self.risk_panel, self.toc, self.glossary_panel.list):
            enable_kinetic_scrolling(area)
        self._size_glossary_items()
        self.zoom.changed.connect(self._after_zoom)
        harden_tree(self)
        # Start on the article, not on the first toolbar button (its focus ring says "press me").
        self.article_view.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- leaving ----------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self._exit_allowed:
            super().closeEvent(event)
            return
        # Alt+F4 through the window manager, a taskbar's close, a stray close() call.
        log.info("kiosk: close request ignored")
        event.ignore()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() != QEvent.Type.WindowStateChange or self._exit_allowed:
            return
        if self.isVisible() and not self.isFullScreen():
            # A window manager binding (or a double tap on nothing) left full screen.
            log.info("kiosk: window state %s; back to full screen", self.windowState())
            QTimer.singleShot(0, self._restore_full_screen)

    def _restore_full_screen(self) -> None:
        if not self._exit_allowed and self.isVisible() and not self.isFullScreen():
            self.showFullScreen()

    @Slot()
    def open_pin_pad(self) -> None:
        self.idle_notice.hide()
        self.pin_pad.open_pad()

    @Slot()
    def staff_exit(self) -> None:
        """The right PIN: close for real and tell the app to quit."""
        log.warning("kiosk: staff exit")
        self.release()
        self.close()
        self.exitRequested.emit()

    def release(self) -> None:
        """Stop guarding: the window may close and the app-wide filters come off."""
        self._exit_allowed = True
        self.idle.remove()
        self.corner.remove()
        self.lockdown.remove()

    # -- the next reader -------------------------------------------------------------------
    @Slot()
    def reset_for_next_reader(self) -> None:
        """Back to the start screen with nothing left of the previous reader."""
        if self._resetting:
            return  # an error inside the reset must not start another reset
        self._resetting = True
        try:
            self.idle_notice.hide()
            self.pin_pad.close_pad()
            close_other_windows(self)
            self.reset_to_start()
            # Not self.findChildren(): that would tie each wrapper to the window for good.
            for browser in (w for w in descendants(self) if isinstance(w, QTextBrowser)):
                cursor = browser.textCursor()
                cursor.clearSelection()
                browser.setTextCursor(cursor)
            if self.printing is not None:
                self.printing.reset()
            self.article_view.setFocus(Qt.FocusReason.OtherFocusReason)
            log.info("kiosk: reset for the next reader")
        finally:
            self.idle.disarm()
            self._resetting = False

    # -- touch sizes ---------------------------------------------------------------------
    @Slot(int)
    def _after_zoom(self, _percent: int) -> None:
        # The window sets minimum heights from the font on each zoom step; lift them again.
        harden_tree(self)

    def _size_glossary_items(self) -> None:
        items = self.glossary_panel.list
        for row in range(items.count()):
            item = items.item(row)
            hint = item.sizeHint()
            item.setSizeHint(QSize(hint.width(), max(hint.height(), KIOSK_TOUCH_TARGET)))


def close_other_windows(window: QWidget) -> None:
    """Close popups, dialogs and any other top-level window a reader may have opened."""
    app = QApplication.instance()
    while (popup := app.activePopupWidget()) is not None:
        popup.close()
        if popup.isVisible():
            popup.hide()
    for widget in app.topLevelWidgets():
        if widget is window or not widget.isVisible():
            continue
        log.info("kiosk: closing %s", type(widget).__name__)
        if isinstance(widget, QDialog):
            widget.reject()
        widget.close()
