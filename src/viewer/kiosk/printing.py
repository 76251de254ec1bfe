"""'Cetak lembar ini': the handout goes straight to the configured printer, no dialog.

A print dialog would offer "print to file" and with it the disk, so kiosk mode never
shows one. The printer is named in kiosk.toml; each reader may print a few sheets.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QPushButton

from viewer.i18n import translate
from viewer.ui.buttons import name_button
from viewer.ui.language import retranslate_on_change

if TYPE_CHECKING:
    from viewer.ui.main_window import MainWindow

log = logging.getLogger(__name__)

PrintFunction = Callable[["MainWindow", str], int]
PrinterList = Callable[[], list[str]]


class PrinterUnavailableError(Exception):
    """The named printer cannot be used right now."""


def native_printer(name: str, doc_name: str) -> QPrinter:
    """A QPrinter for the system printer `name`, never a file.

    Without a print system (no CUPS), QPrinter quietly falls back to writing a PDF
    and ignores the name; in a kiosk that would be "print to file", so it is refused.
    """
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(name)
    printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
    printer.setDocName(doc_name)
    if (
        printer.printerName() != name
        or printer.outputFormat() != QPrinter.OutputFormat.NativeFormat
        or not printer.isValid()
    ):
        raise PrinterUnavailableError(name)
    return printer


def print_handout(window: MainWindow, printer_name: str) -> int:
    """Print the article on screen as the handout; returns the number of pages.

    The one place that calls the handout package, imported only when someone prints,
    so a kiosk that never prints never loads it.
    """
    from viewer.handout.painter import Handout, paint_handout
    from viewer.handout.pdf import Paper, page_layout

    assert window.current is not None
    printer = native_printer(printer_name, window.current.article.meta.title)
    # The handout's own paper and margins, as in the window's print preview and the PDF.
    printer.setPageLayout(page_layout(Paper.A4))
    return paint_handout(printer, Handout(window.current, window.clinic, window.today))


def available_printers() -> list[str]:
    """The system's printers by name (CUPS on Linux); empty without a print system."""
    return list(QPrinterInfo.availablePrinterNames())


def missing_printer_reason(name: str, printers: PrinterList = available_printers) -> str | None:
    """Why the configured printer `name` is not on this system, for staff, or None.

    In the interface language, worded to follow "kunci 'printer'" in a configuration error, and
    naming the printers that do exist, so the fix is a copy and paste. None when `name`
    is present, or empty (no printer configured is a choice, not a mistake).
    """
    if not name:
        return None
    present = printers()
    if name in present:
        return None
    if not present:
        #: Said of the key printer: "key 'printer' names the printer 'x', but ...".
        return translate(
            "Kiosk", "menyebut printer '{name}', tetapi sistem ini belum punya printer sama sekali"
        ).format(name=name)
    listed = ", ".join(f"'{other}'" for other in present)
    #: Said of the key printer; {present}: the system's printers, "'a', 'b'".
    return translate(
        "Kiosk",
        "menyebut printer '{name}', yang tidak ada di sistem ini; printer yang ada: {present}",
    ).format(name=name, present=listed)


class KioskPrinting(QObject):
    """The print button, the per-reader limit and the messages; `reset()` between readers."""

    def __init__(
        self,
        window: MainWindow,
        printer_name: str,
        limit: int,
        printers: PrinterList = available_printers,
        print_function: PrintFunction = print_handout,
    ) -> None:
        super().__init__(window)
        self._window = window
        self.printer_name = printer_name
        self.limit = limit
        self.count = 0
        self._printers = printers
        self._print = print_function
        self.button: QPushButton = window.toolbar.add_action_button("", "")
        self.button.setObjectName("kioskPrint")
        retranslate_on_change(
            self.button,
            lambda: name_button(
                self.button,
                self.tr("Cetak lembar ini"),
                self.tr("Cetak lembar ini untuk dibawa pulang"),
            ),
        )
        self.button.clicked.connect(self.print_sheet)
        self.button.setEnabled(window.showing_article)  # then with the page (toolbar)

    def reset(self) -> None:
        self.count = 0

    @Slot()
    def print_sheet(self) -> None:
        window = self._window
        if window.current is None:
            return
        if self.count >= self.limit:
            window.show_notice(
                self.tr(
                    "Lembar ini sudah dicetak {limit} kali. Untuk salinan lain, "
                    "silakan minta bantuan petugas."
                ).format(limit=self.limit)
            )
            return
        if not self._printer_available():
            window.show_notice(self.tr("Printer tidak tersedia. Silakan minta bantuan petugas."))
            return
        try:
            pages = self._print(window, self.printer_name)
        except PrinterUnavailableError:
            log.warning("kiosk: printer %r cannot print natively", self.printer_name)
            window.show_notice(self.tr("Printer tidak tersedia. Silakan minta bantuan petugas."))
            return
        except Exception:
            # Out of paper, printer unplugged mid-job, a bug: the reader needs a person.
            log.exception("kiosk: printing to %r failed", self.printer_name)
            window.show_notice(
                self.tr("Maaf, lembar ini tidak dapat dicetak. Silakan minta bantuan petugas.")
            )
            return
        self.count += 1
        log.info(
            "kiosk: handout %s sent to %r (%d page(s), %d/%d for this reader)",
            window.current.article.meta.id,
            self.printer_name,
            pages,
            self.count,
            self.limit,
        )
        window.show_notice(self.tr("Sedang dicetak… Silakan ambil lembarnya di printer."))

    def _printer_available(self) -> bool:
        """Is the configured printer there now? The reason it is not goes to the log."""
        if not self.printer_name:
            log.warning("kiosk: no printer configured (kiosk.toml: printer)")
            return False
        names = self._printers()
        if self.printer_name not in names:
            log.warning("kiosk: printer %r not available; present: %s", self.printer_name, names)
            return False
        return True
