"""The kiosk mode: the reading window full screen and locked, reset between readers."""

from __future__ import annotations

import datetime as dt
import logging
import time
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QDialog, QTextBrowser, QWidget
from shiboken6 import isValid

from viewer.clinic_settings import ClinicSettings
from viewer.content.model import Library
from viewer.kiosk.config import (
    DEFAULT_COUNTDOWN,
    DEFAULT_IDLE_TIMEOUT,
    DEFAULT_LANGUAGE,
    DEFAULT_SPEECH_VOLUME,
    DEFAULT_THEME,
    KioskConfig,
)
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
    speech: bool = True
    speech_volume: int = DEFAULT_SPEECH_VOLUME
    language: str = DEFAULT_LANGUAGE
    theme: str = DEFAULT_THEME

    @classmethod
    def from_config(cls, config: KioskConfig) -> KioskOptions:
        return cls(
            pin_hash=config.pin_hash,
            idle_timeout_ms=config.idle_timeout * 1000,
            countdown_steps=config.countdown,
            printer=config.printer,
            print_limit=config.print_limit,
            speech=config.speech,
            speech_volume=config.speech_volume,
            language=config.language,
            theme=config.theme,
        )


KIOSK_WINDOW_FLAGS = (
    Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
)


class KioskMode(QObject):
    """The kiosk around a MainWindow: frameless and full screen, locked, reset between
    readers, printing straight to the clinic's printer.

    Given to MainWindow(mode=...), which calls attach() once it is complete. Everything
    here goes through the window's public parts; nothing in the window changes how an
    article is shown in a kiosk.
    """

    exitRequested = Signal()  # noqa: N815 - the staff PIN was right: quit the app

    # Frameless: no title bar, so no close button and no window menu to reach.
    window_flags = KIOSK_WINDOW_FLAGS
    # On the window, not the application: the kiosk look stays inside the kiosk.
    style_sheet = KIOSK_STYLE
    remember_view = False  # every reader starts at the default text size, full screen

    def __init__(
        self,
        options: KioskOptions,
        printers: PrinterList = available_printers,
        print_function: PrintFunction = default_print,
        *,
        clock: Clock = time.monotonic,
    ) -> None:
        """`clock` (monotonic seconds) times the PIN lockout and the corner taps; tests
        pass a fake one instead of waiting."""
        super().__init__()
        self.options = options
        self._printers = printers
        self._print_function = print_function
        self._clock = clock
        self._exit_allowed = False
        self._resetting = False
        self._window: MainWindow | None = None

    @property
    def window(self) -> MainWindow:
        if self._window is None:
            raise RuntimeError("KioskMode.attach() has not been called")
        return self._window

    def attach(self, window: MainWindow) -> None:
        if self._window is not None:
            raise RuntimeError("a KioskMode guards one window")
        self._window = window
        self.setParent(window)  # lives and dies with the window it guards
        options = self.options
        window.setObjectName("kioskWindow")
        # Read aloud with headphones, at the kiosk's volume; each reader starts afresh.
        window.read_aloud.configure(
            offered=options.speech, volume=options.speech_volume / 100, remember=False
        )
        # Every reader starts in the kiosk's language and colours (reset_to_start).
        # In force now (kiosk/app.py started the app in them), and after every reset.
        window.display_choices.use_defaults(options.language, options.theme)
        if window.clinic.clinic_name:
            window.toolbar.set_title(window.clinic.clinic_name)
        self.printing: KioskPrinting | None = None
        if options.print_limit > 0:
            self.printing = KioskPrinting(
                window, options.printer, options.print_limit, self._printers, self._print_function
            )
        self.lockdown = Lockdown(window)
        # Installed after the lockdown, so it runs first and sees even blocked keys.
        self.idle = IdleWatcher(
            options.idle_timeout_ms, options.countdown_steps, options.countdown_step_ms, window
        )
        self.idle_notice = IdleNotice(window, options.countdown_step_ms)
        self.idle.countdownStarted.connect(self.idle_notice.start)
        self.idle.countdownTick.connect(self.idle_notice.show_left)
        self.idle.resumed.connect(self.idle_notice.hide)
        self.idle_notice.keep_reading.clicked.connect(self.idle.activity)
        self.idle.expired.connect(self.reset_for_next_reader)
        self.pin_lockout = PinLockout(options.pin_delays_ms)
        self.pin_pad = PinPad(
            window, options.pin_hash, self.pin_lockout, options.pin_pad_timeout_ms, self._clock
        )
        self.pin_pad.accepted.connect(self.staff_exit)
        self.corner = CornerTapDetector(
            window, options.corner_taps, options.corner_window_ms, options.corner_px, self._clock
        )
        self.corner.triggered.connect(self.open_pin_pad)
        for area in (
            window.article_view,
            window.risk_panel,
            window.toc,
            window.glossary_panel.list,
        ):
            enable_kinetic_scrolling(area)
        self._size_glossary_items()
        # After the window's own zoom handler (connected in its constructor).
        window.zoom.changed.connect(self._after_zoom)
        window.installEventFilter(self)
        harden_tree(window)
        # Start on the article, not on the first toolbar button (its focus ring says "press me").
        window.article_view.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- leaving ----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is not self._window or self._exit_allowed:
            return False
        if event.type() == QEvent.Type.Close:
            # Alt+F4 through the window manager, a taskbar's close, a stray close() call.
            # A filtered close event still counts as accepted unless it is ignored.
            log.info("kiosk: close request ignored")
            event.ignore()
            return True
        if event.type() == QEvent.Type.WindowStateChange:
            window = self.window
            if window.isVisible() and not window.isFullScreen():
                # A window manager binding (or a double tap on nothing) left full screen.
                log.info("kiosk: window state %s; back to full screen", window.windowState())
                QTimer.singleShot(0, self._restore_full_screen)
        return False

    def _restore_full_screen(self) -> None:
        window = self._window
        if window is None or not isValid(window) or self._exit_allowed:
            return
        if window.isVisible() and not window.isFullScreen():
            window.showFullScreen()

    @Slot()
    def open_pin_pad(self) -> None:
        self.idle_notice.hide()
        self.pin_pad.open_pad()

    @Slot()
    def staff_exit(self) -> None:
        """The right PIN: close for real and tell the app to quit."""
        log.warning("kiosk: staff exit")
        self.release()
        self.window.close()
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
        window = self.window
        try:
            self.idle_notice.hide()
            self.pin_pad.close_pad()
            close_other_windows(window)
            window.reset_to_start()
            # Not window.findChildren(): that would tie each wrapper to the window for good.
            for browser in (w for w in descendants(window) if isinstance(w, QTextBrowser)):
                cursor = browser.textCursor()
                cursor.clearSelection()
                browser.setTextCursor(cursor)
            if self.printing is not None:
                self.printing.reset()
            window.article_view.setFocus(Qt.FocusReason.OtherFocusReason)
            log.info("kiosk: reset for the next reader")
        finally:
            self.idle.disarm()
            self._resetting = False

    # -- touch sizes ---------------------------------------------------------------------
    @Slot(int)
    def _after_zoom(self, _percent: int) -> None:
        # The window sets minimum heights from the font on each zoom step; lift them again.
        harden_tree(self.window)

    def _size_glossary_items(self) -> None:
        items = self.window.glossary_panel.list
        for row in range(items.count()):
            item = items.item(row)
            hint = item.sizeHint()
            item.setSizeHint(QSize(hint.width(), max(hint.height(), KIOSK_TOUCH_TARGET)))


def open_kiosk_window(
    library: Library,
    clinic: ClinicSettings,
    zoom: Zoom,
    options: KioskOptions,
    today: dt.date | None = None,
    printers: PrinterList = available_printers,
    print_function: PrintFunction = default_print,
    *,
    clock: Clock = time.monotonic,
    start: str | None = None,
) -> MainWindow:
    """A MainWindow in kiosk mode (not yet shown); its KioskMode is `window.mode`. It
    starts on the home screen (or on `start`) and returns there for each new reader."""
    mode = KioskMode(options, printers, print_function, clock=clock)
    return MainWindow(library, clinic, zoom, today, mode=mode, start=start)


def kiosk_mode(window: MainWindow) -> KioskMode:
    """The kiosk guarding `window` (a window made by open_kiosk_window)."""
    mode = window.mode
    if not isinstance(mode, KioskMode):
        raise TypeError(f"not a kiosk window: {type(mode).__name__}")
    return mode


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
