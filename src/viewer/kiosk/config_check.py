"""`patient-viewer --kiosk --check-config [--config FILE]`: would this kiosk start as meant?

Everything the kiosk checks when it starts (the file, the content, the articles) and
the printer it would print to, without opening a window: for staff after editing
kiosk.toml, and for scripts. One line "OK: ..." on stdout and exit 0, or one line per
problem on stderr, each at its file and line, and exit 1.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from viewer.i18n import translate
from viewer.kiosk.app import kiosk_library, printer_error
from viewer.kiosk.config import ConfigError, KioskConfig, load_config

if TYPE_CHECKING:
    from viewer.kiosk.printing import PrinterList


def run_check_config(args: argparse.Namespace, printers: PrinterList | None = None) -> int:
    """Check the kiosk configuration and say so; the exit status (0 ready, 1 not)."""
    try:
        config = load_config(getattr(args, "config", None))
    except ConfigError as exc:
        # The file itself is wrong: nothing after it can be checked.
        print(exc, file=sys.stderr)
        return 1
    if printers is None:
        from viewer.kiosk.printing import available_printers

        printers = available_printers
    problems: list[ConfigError] = []
    articles = 0
    try:
        articles = len(kiosk_library(config, getattr(args, "content", None)).articles)
    except ConfigError as exc:
        problems.append(exc)
    printer = printer_error(config, printers)
    if printer is not None:
        problems.append(printer)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        return 1
    print(
        translate("Kiosk", "OK: {path}: {count} artikel; {printing}").format(
            path=config.path, count=articles, printing=_printing(config)
        )
    )
    return 0


def _printing(config: KioskConfig) -> str:
    if config.print_limit == 0:
        return translate("Kiosk", "tanpa tombol cetak (print_limit = 0)")
    if not config.printer:
        #: The quoted words are the print button's; keep them as the window shows them.
        return translate(
            "Kiosk",
            'printer belum diatur ("Cetak lembar ini" meminta pembaca memanggil petugas)',
        )
    return translate("Kiosk", "printer '{printer}' tersedia").format(printer=config.printer)
