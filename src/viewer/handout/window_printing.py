"""Printing from the window: the print preview (with the real printer dialog) and "Simpan PDF".

Imported only when one of the buttons is first used, so the window's start-up never
loads QtPrintSupport or the handout layout.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QWidget

from viewer.clinic_settings import ClinicSettings
from viewer.content.render import RenderedArticle
from viewer.handout.painter import Handout, PaintError, paint_handout
from viewer.handout.pdf import Paper, page_layout, write_handout_pdf
from viewer.user_dirs import documents_dir

log = logging.getLogger(__name__)


def make_handout(
    rendered: RenderedArticle, clinic: ClinicSettings, today: dt.date | None = None
) -> Handout:
    return Handout(rendered, clinic, today or dt.date.today())


def make_printer(handout: Handout) -> QPrinter:
    """A high-resolution printer set to A4 with the handout's margins."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout(Paper.A4))
    printer.setDocName(handout.rendered.article.meta.title)
    printer.setCreator("patient-viewer")
    return printer


class _Painter:
    """paintRequested slot: paints the handout and remembers a failure for afterwards.

    An exception must not escape into Qt's event loop from inside the preview.
    """

    def __init__(self, handout: Handout) -> None:
        self.handout = handout
        self.pages = 0
        self.error: PaintError | None = None

    def __call__(self, printer: QPrinter) -> None:
        try:
            self.pages = paint_handout(printer, self.handout)
        except PaintError as exc:
            log.error("handout not painted: %s", exc)
            self.error = exc


def open_print_preview(parent: QWidget, handout: Handout) -> int:
    """Show the print preview (modal); its print button opens the system's printer dialog.

    Returns the number of pages previewed; raises PaintError when they could not be drawn.
    """
    printer = make_printer(handout)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(
        QCoreApplication.translate("Printing", "Pratinjau cetak: {title}").format(
            title=handout.rendered.article.meta.title
        )
    )
    painter = _Painter(handout)
    dialog.paintRequested.connect(painter)
    try:
        dialog.exec()
    finally:
        # The dialog goes before the printer it points at (and does not pile up as a
        # hidden child of the window, one per preview).
        shiboken6.delete(dialog)
    if painter.error is not None:
        raise painter.error
    return painter.pages


def default_pdf_path(handout: Handout) -> Path:
    """`<article-id>.pdf` in the user's Documents folder (home when there is none)."""
    return documents_dir() / f"{handout.rendered.article.meta.id}.pdf"


def ask_pdf_path(parent: QWidget, handout: Handout) -> Path | None:
    """The save dialog; None when the user cancels."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Printing", "Simpan lembar informasi sebagai PDF"),
        str(default_pdf_path(handout)),
        QCoreApplication.translate("Printing", "Dokumen PDF (*.pdf)"),
        # Qt's own dialog, in Indonesian everywhere (viewer.translations); a desktop's
        # native one would follow the system's language instead.
        options=QFileDialog.Option.DontUseNativeDialog,
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def save_pdf(path: Path, handout: Handout) -> int:
    """Write the handout to `path` (A4) with a busy cursor; returns the page count.

    Raises WriteError or PaintError with a message for the user.
    """
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return write_handout_pdf(path, handout, Paper.A4)
    finally:
        QGuiApplication.restoreOverrideCursor()
