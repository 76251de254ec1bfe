"""`patient-viewer --kiosk [--config FILE]`: check the configuration, then run locked.

The configuration and the content are both checked before the QApplication exists:
a kiosk that would start half-configured prints one line and exits 1 instead. A
configured printer that is not there does not stop the kiosk (readers can still read):
staff find it in the log at start-up, and in `--kiosk --check-config` (config_check.py).
"""

from __future__ import annotations

import argparse
import dataclasses
import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from viewer import paths
from viewer.clinic_settings import ClinicSettings
from viewer.content.cache import load_library_cached
from viewer.content.model import Library
from viewer.i18n import translate
from viewer.kiosk.config import ConfigError, KioskConfig, load_config
from viewer.user_dirs import cache_dir

if TYPE_CHECKING:  # Qt's widgets are imported only once the configuration is known good
    from viewer.kiosk.printing import PrinterList
    from viewer.ui.main_window import MainWindow

log = logging.getLogger(__name__)

STAFF_EXIT_STATUS = 0  # the systemd unit does not restart after this (deploy/)


def run_kiosk(args: argparse.Namespace, printers: PrinterList | None = None) -> int:
    """Start the kiosk (or, with --check-config, only check it); the exit status.

    `printers` lists the system's printers (QPrinterInfo unless a test fakes it).
    """
    if getattr(args, "check_config", False):
        from viewer.kiosk.config_check import run_check_config

        return run_check_config(args, printers)
    try:
        config = load_config(getattr(args, "config", None))
        library = kiosk_library(config, getattr(args, "content", None))
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        # INFO: the log file only. At WARNING the stderr handler would print a second line.
        log.info("kiosk not started: %s", exc)
        return 1

    from PySide6.QtWidgets import QApplication

    from viewer.kiosk.mode import KioskOptions, kiosk_mode, open_kiosk_window
    from viewer.kiosk.printing import available_printers
    from viewer.ui.app import collect_from_here, route_qt_messages, setup_application
    from viewer.ui.zoom import Zoom

    route_qt_messages()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    # The kiosk's language and colours, never a desktop reader's saved ones.
    setup_application(app, language=config.language, theme=config.theme)
    # Nothing ever closes the last window except the staff exit, which quits explicitly.
    app.setQuitOnLastWindowClosed(False)
    printers = printers or available_printers
    warn_about_printer(config, printers)
    clinic = clinic_settings(config)
    # Every reader starts at the default text size, whatever the last one chose.
    window = open_kiosk_window(
        library,
        clinic,
        Zoom(),
        KioskOptions.from_config(config),
        printers=printers,
        start=config.start or None,
    )
    install_kiosk_excepthook(window)
    kiosk_mode(window).exitRequested.connect(lambda: app.exit(STAFF_EXIT_STATUS))
    window.showFullScreen()
    log.info("kiosk started: %s, %d article(s)", config.path, len(library.articles))
    # __main__ turned the collector off for start-up; a kiosk runs for weeks.
    collect_from_here()
    return app.exec()


def clinic_settings(config: KioskConfig) -> ClinicSettings:
    """What the window and the handout say about the clinic, from kiosk.toml."""
    return ClinicSettings(
        emergency_number=config.emergency_number,
        clinic_name=config.clinic_name,
        clinic_phone=config.clinic_phone,
    )


def kiosk_library(config: KioskConfig, content_option: Path | None = None) -> Library:
    """The content to show: the configured folder and articles, or a ConfigError."""
    content = config.content or content_option or paths.default_content_dir()
    try:
        # Through the window's content cache: a kiosk that restarts (every night, or
        # after a reader's crash) starts warm too.
        library = load_library_cached(content, cache_dir())
    except Exception as exc:
        # A loader bug: stop with the usual one line; the traceback goes to the log file
        # only (at INFO, below the stderr handler's level).
        log.info("loading %s failed unexpectedly", content, exc_info=True)
        #: Said of the key content: "key 'content' names content that cannot be loaded: ...".
        message = translate("Kiosk", "konten tidak dapat dimuat: {content} (lihat log)")
        raise config.error("content", message.format(content=content)) from exc
    if not config.articles:
        if not library.articles:
            _log_problems(library, logging.INFO)  # the one config line says it on stderr
            message = translate("Kiosk", "tidak ada artikel yang dapat ditampilkan di {content}")
            raise config.error("content", message.format(content=content))
        chosen = library.articles
    else:
        by_id = {article.meta.id: article for article in library.articles}
        missing = [article_id for article_id in config.articles if article_id not in by_id]
        if missing:
            _log_problems(library, logging.INFO)
            message = translate("Kiosk", "artikel {ids} tidak ada (atau rusak) di {content}")
            raise config.error("articles", message.format(ids=", ".join(missing), content=content))
        # The home screen shows them in the configured order: each one's place is its order.
        chosen = tuple(
            dataclasses.replace(by_id[i], meta=dataclasses.replace(by_id[i].meta, order=place))
            for place, i in enumerate(config.articles)
        )
    if config.start and config.start not in {article.meta.id for article in chosen}:
        message = translate(
            "Kiosk", "artikel awal {start} tidak ada di daftar artikel kios (atau rusak)"
        )
        raise config.error("start", message.format(start=config.start))
    # The kiosk starts: staff see what was left out in the log (and the journal).
    _log_problems(library, logging.WARNING)
    # Content problems are for `check` and the log, not for patients in the waiting room.
    return dataclasses.replace(library, articles=chosen, problems=())


def printer_error(config: KioskConfig, printers: PrinterList) -> ConfigError | None:
    """The configured printer is not on this system: a ConfigError at its line, or None.

    Not checked when nothing is printed (print_limit = 0).
    """
    from viewer.kiosk.printing import missing_printer_reason

    if config.print_limit == 0:
        return None
    reason = missing_printer_reason(config.printer, printers)
    return None if reason is None else config.error("printer", reason)


def warn_about_printer(config: KioskConfig, printers: PrinterList) -> None:
    """Tell staff now, not when the first reader taps "Cetak lembar ini"."""
    error = printer_error(config, printers)
    if error is not None:
        # A WARNING: the log file, and stderr (the journal). Readers who tap the button
        # still get only the calm "ask the staff" notice.
        message = translate(
            "Kiosk",
            '{problem}. Kios tetap berjalan; "Cetak lembar ini" meminta pembaca memanggil petugas.',
        )
        log.warning("%s", message.format(problem=error))


def _log_problems(library: Library, level: int) -> None:
    for problem in library.problems:
        log.log(level, "content problem: %s", problem)


def install_kiosk_excepthook(window: MainWindow) -> None:
    """An unexpected error: logged, the start screen, a calm sentence; never a traceback.

    Extends viewer.ui.app.install_excepthook (which logs and shows the calm notice)
    with the reset, so the next reader never finds a half-broken screen.
    """
    from viewer.kiosk.mode import kiosk_mode
    from viewer.ui.app import install_excepthook

    kiosk = kiosk_mode(window)
    install_excepthook(window)
    calm_notice = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        try:
            kiosk.reset_for_next_reader()
        except Exception:
            log.error("kiosk: reset after an error failed:\n%s", traceback.format_exc())
        calm_notice(kind, error, tb)  # logs the original error and shows the notice

    sys.excepthook = hook
