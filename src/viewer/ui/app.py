"""Start the window: the QApplication, fonts, style, error handling, and --self-test."""

from __future__ import annotations

import argparse
import gc
import logging
import sys
import time
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QEvent,
    QMessageLogContext,
    QObject,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from viewer import STARTED_AT, i18n, paths, settings
from viewer.content.model import Glossary, Library, Problem, SourceRef
from viewer.content.shelf import Shelf
from viewer.content.shelf_cache import open_shelf
from viewer.gui_basics import register_fonts, use_offscreen_without_display
from viewer.ui.language import LanguageSwitch, system_language
from viewer.ui.main_window import MainWindow
from viewer.ui.print_actions import install_print_actions
from viewer.ui.theme import apply_theme
from viewer.ui.window_place import place_window, show_placed
from viewer.ui.zoom import Zoom
from viewer.user_dirs import cache_dir

log = logging.getLogger(__name__)


# Qt messages that say nothing about our app (the offscreen platform cannot resize windows).
BENIGN_QT_MESSAGES = ("This plugin does not support propagateSizeHints()",)
_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def route_qt_messages() -> None:
    """Send Qt's own messages through logging, so they reach the log file too."""
    qt_log = logging.getLogger("qt")

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        level = _QT_LEVELS.get(kind, logging.WARNING)
        if message in BENIGN_QT_MESSAGES:
            level = logging.DEBUG
        qt_log.log(level, "%s", message)

    qInstallMessageHandler(handler)


def setup_application(
    app: QApplication, *, language: str | None = None, theme: str = "system"
) -> None:
    """The application's name, font, words and colours. `language`: the one asked for on
    the command line or by the kiosk, else the reader's saved choice, else the
    system's, else Indonesian."""
    app.setOrganizationName(settings.ORGANIZATION)
    app.setApplicationName(settings.APPLICATION)
    family = register_fonts()
    if family:
        app.setFont(QFont(family))
    wanted = i18n.choose_language(language or settings.load_language(), system_language())
    # The app's words, its name, and Qt's own dialogs and buttons.
    LanguageSwitch.of(app).apply(wanted)
    apply_theme(app, theme)


def install_excepthook(window: MainWindow) -> None:
    """An unexpected error is logged and shown as a calm message; the app carries on."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, error, tb)))
        try:
            window.show_notice(
                window.tr(
                    "Maaf, terjadi kesalahan kecil. Kesalahan ini sudah dicatat; "
                    "Anda dapat terus membaca."
                )
            )
        except Exception:
            log.exception("could not show the error notice")

    sys.excepthook = hook


class FirstPaint(QObject):
    """Quits the app after the window's first paint, and remembers when it came."""

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app
        self.elapsed_ms: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint and self.elapsed_ms is None:
            self.elapsed_ms = (time.perf_counter() - STARTED_AT) * 1000
            QTimer.singleShot(0, self.app.quit)
        return False


def failed_library(content: Path, message: str) -> Library:
    """No articles, one problem: the window then shows a clear message, never a blank."""
    return Library(content, (), Glossary(), (Problem(SourceRef(content, 0), message),))


def load_library(content: Path) -> Shelf:
    """The content folder as the window needs it: every article's front matter now (from
    the cache where the files are unchanged), each article's body when it is opened."""
    return open_shelf(content, cache_dir())


def load_library_safely(content: Path) -> Library | Shelf:
    """Load content; a bug in loading must still leave a window with a clear message."""
    try:
        return load_library(content)
    except Exception:
        log.exception("loading %s failed unexpectedly", content)
        return failed_library(content, "konten tidak dapat dimuat karena kesalahan tak terduga")


def build_window_safely(
    library: Library | Shelf, clinic: settings.ClinicSettings, theme: str = "system"
) -> MainWindow:
    """The window for `library`; if showing it fails, the window with a message instead."""
    zoom = Zoom(settings.load_zoom())
    try:
        return MainWindow(library, clinic, zoom, start=settings.load_start(), theme=theme)
    except Exception:
        log.exception("the window could not show the content of %s", library.root)
        message = "konten tidak dapat ditampilkan karena kesalahan tak terduga"
        return MainWindow(failed_library(library.root, message), clinic, zoom, theme=theme)


def collect_from_here() -> None:
    """Start-up objects stay for good: freeze them out of the collector, then enable it."""
    gc.freeze()
    gc.enable()


def run_window(args: argparse.Namespace) -> int:
    if args.self_test:
        use_offscreen_without_display()
    route_qt_messages()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    theme = getattr(args, "theme", None) or settings.load_theme()
    setup_application(app, language=getattr(args, "language", None), theme=theme)
    content = args.content or paths.default_content_dir()
    library = load_library_safely(content)
    for problem in library.problems:
        log.warning("content problem: %s", problem)
    window = build_window_safely(library, settings.load_clinic_settings(), theme)
    install_print_actions(window)  # not in kiosk mode, which prints without any dialog
    install_excepthook(window)
    place_window(window)  # where the reader left it, or fitted to the screen
    if args.self_test:
        return _self_test(app, window)
    show_placed(window)
    collect_from_here()
    return app.exec()


def _self_test(app: QApplication, window: MainWindow) -> int:
    probe = FirstPaint(app)
    window.centralWidget().installEventFilter(probe)
    window.show()
    QTimer.singleShot(10_000, app.quit)  # never hang a deployment script
    collect_from_here()
    app.exec()
    if probe.elapsed_ms is None or (window.current is None and not window.library.entries):
        print(f"self-test GAGAL: {window.describe()}", file=sys.stderr)
        return 1
    print(f"self-test OK: {window.describe()} first_paint_ms={probe.elapsed_ms:.0f}")
    return 0
