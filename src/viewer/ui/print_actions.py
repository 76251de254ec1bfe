"""The window's "Cetak" and "Simpan PDF" buttons.

This module is imported at start-up, so it imports nothing of the handout, of
QtPrintSupport or QMessageBox: the click handlers do, the first time one is used.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from viewer.ui.buttons import name_button
from viewer.ui.language import retranslate_on_change

if TYPE_CHECKING:
    from viewer.handout.painter import Handout
    from viewer.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class PrintActions(QObject):
    """Connects the two toolbar buttons to the handout; owned by the window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("printActions")
        self._window = window
        toolbar = window.toolbar
        self.print_button = toolbar.add_action_button("", "")
        self.print_button.setObjectName("printButton")
        self.save_button = toolbar.add_action_button("", "")
        self.save_button.setObjectName("savePdfButton")
        retranslate_on_change(self.print_button, self._retranslate)
        # Enabled with an article on show (the toolbar switches them with the page).
        for button in (self.print_button, self.save_button):
            button.setEnabled(window.showing_article)
        self.print_button.clicked.connect(self.print_handout)
        self.save_button.clicked.connect(self.save_handout)

    def _retranslate(self) -> None:
        name_button(
            self.print_button, self.tr("Cetak"), self.tr("Cetak lembar informasi untuk pasien")
        )
        name_button(
            self.save_button, self.tr("Simpan PDF"), self.tr("Simpan lembar informasi sebagai PDF")
        )

    def _handout(self) -> Handout | None:
        rendered = self._window.current
        if rendered is None:
            self._window.show_notice(self.tr("Belum ada artikel untuk dicetak."))
            return None
        from viewer.handout.window_printing import make_handout

        return make_handout(rendered, self._window.clinic, getattr(self._window, "today", None))

    @Slot()
    def print_handout(self) -> None:
        """Open the print preview; printing itself goes through the system's printer dialog."""
        try:
            handout = self._handout()
            if handout is None:
                return
            from viewer.handout.window_printing import open_print_preview

            open_print_preview(self._window, handout)
        except Exception:
            log.exception("print preview failed")
            self._calm_error(
                self.tr("Lembar informasi tidak dapat dicetak"),
                self.tr(
                    "Maaf, lembar informasi tidak dapat disiapkan untuk dicetak. "
                    "Kesalahan ini sudah dicatat. Coba sekali lagi, atau mintalah bantuan "
                    "petugas."
                ),
            )

    @Slot()
    def save_handout(self) -> None:
        """Ask where to save, then write the handout as a PDF (A4)."""
        handout = self._handout()
        if handout is None:
            return
        from viewer.atomic_file import WriteError
        from viewer.handout.window_printing import ask_pdf_path, save_pdf

        path = ask_pdf_path(self._window, handout)
        if path is None:
            return
        try:
            pages = save_pdf(path, handout)
        except WriteError as exc:
            log.warning("PDF not saved: %s", exc)
            self._calm_error(
                self.tr("PDF tidak tersimpan"),
                self.tr("PDF tidak dapat disimpan.\n\n{reason}\n\nCoba pilih folder lain.").format(
                    reason=exc
                ),
            )
            return
        except Exception:
            log.exception("PDF not made")
            self._calm_error(
                self.tr("PDF tidak tersimpan"),
                self.tr("Maaf, PDF tidak dapat dibuat. Kesalahan ini sudah dicatat."),
            )
            return
        self._window.show_notice(
            self.tr("PDF disimpan: {path} ({pages} halaman)").format(path=path, pages=pages)
        )

    def _calm_error(self, title: str, text: str) -> None:
        # Here: PySide makes the QMessageBox class (~2 ms) when it is first imported.
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self._window, title, text)


def install_print_actions(window: MainWindow) -> None:
    """Add "Cetak" and "Simpan PDF" to the window's toolbar (not for the kiosk).

    The PrintActions object is a child of the window, which keeps it alive; tests find
    it with `window.findChild(PrintActions)`.
    """
    PrintActions(window)
