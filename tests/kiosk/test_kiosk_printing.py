"""'Cetak lembar ini': straight to the configured printer, a few sheets per reader."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from kiosk_support import visible_top_levels
from viewer.kiosk import printing as kiosk_printing

LEFT = Qt.MouseButton.LeftButton
NO_PRINTER = "Printer tidak tersedia. Silakan minta bantuan petugas."


def test_the_button_is_in_the_toolbar(kiosk) -> None:
    button = kiosk.mode.printing.button
    assert button.text() == "Cetak lembar ini"
    assert button.isVisible()
    assert kiosk.toolbar.isAncestorOf(button)


@pytest.mark.expect_log("viewer.kiosk.printing", "kiosk: no printer configured")
def test_no_printer_configured_says_ask_the_staff(qtbot, kiosk, printing) -> None:
    before = visible_top_levels()
    qtbot.mouseClick(kiosk.mode.printing.button, LEFT)
    assert kiosk.notice.isVisible()
    assert kiosk.notice_text.text() == NO_PRINTER
    assert printing.jobs == []
    assert kiosk.mode.printing.count == 0
    assert visible_top_levels() == before  # no print dialog, ever


@pytest.mark.expect_log("viewer.kiosk.printing", "printer 'Loket' not available")
def test_a_configured_printer_that_is_not_there_says_ask_the_staff(
    qtbot, make_kiosk, printing
) -> None:
    printing.printers = ["Printer-Lain"]
    kiosk = make_kiosk(printer="Loket")
    qtbot.mouseClick(kiosk.mode.printing.button, LEFT)
    assert kiosk.notice_text.text() == NO_PRINTER
    assert printing.jobs == []


def test_prints_straight_away_and_stops_at_the_limit(qtbot, make_kiosk, printing) -> None:
    printing.printers = ["Loket"]
    kiosk = make_kiosk(printer="Loket", print_limit=2)
    before = visible_top_levels()
    qtbot.mouseClick(kiosk.mode.printing.button, LEFT)
    assert kiosk.notice_text.text().startswith("Sedang dicetak…")
    qtbot.mouseClick(kiosk.mode.printing.button, LEFT)
    qtbot.mouseClick(kiosk.mode.printing.button, LEFT)
    assert printing.jobs == ["Loket", "Loket"]
    assert "sudah dicetak 2 kali" in kiosk.notice_text.text()
    assert "petugas" in kiosk.notice_text.text()
    assert visible_top_levels() == before
    kiosk.mode.reset_for_next_reader()  # the next reader may print again
    qtbot.mouseClick(kiosk.mode.printing.button, LEFT)
    assert len(printing.jobs) == 3


@pytest.mark.expect_log("viewer.kiosk.printing", "printing to 'Loket' failed", level="ERROR")
def test_a_failed_print_asks_for_help_and_does_not_count(qtbot, make_kiosk, printing) -> None:
    printing.printers = ["Loket"]
    printing.fail = True
    kiosk = make_kiosk(printer="Loket")
    qtbot.mouseClick(kiosk.mode.printing.button, LEFT)
    assert kiosk.notice_text.text().startswith("Maaf, lembar ini tidak dapat dicetak")
    assert kiosk.mode.printing.count == 0


def test_limit_zero_means_no_print_button(make_kiosk) -> None:
    kiosk = make_kiosk(print_limit=0)
    assert kiosk.mode.printing is None
    texts = [b.text() for b in kiosk.toolbar.findChildren(type(kiosk.toolbar.open_all))]
    assert "Cetak lembar ini" not in texts


def test_never_falls_back_to_printing_into_a_file(qapp) -> None:
    # With no such printer in the system, QPrinter would quietly write a PDF instead.
    with pytest.raises(kiosk_printing.PrinterUnavailableError):
        kiosk_printing.native_printer("Tidak-Ada-Printer-Ini", "uji")


def test_the_real_handout_is_what_gets_printed(
    qtbot, kiosk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The wiring to the handout package, with a PDF file standing in for the printer."""
    from pypdf import PdfReader

    target = tmp_path / "lembar.pdf"

    def pdf_printer(name: str, doc_name: str) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        printer.setDocName(doc_name)
        return printer

    monkeypatch.setattr(kiosk_printing, "native_printer", pdf_printer)
    pages = kiosk_printing.print_handout(kiosk, "Loket")
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    words = text.split()  # the PDF's text separates words with tabs
    assert pages == len(PdfReader(target).pages) >= 1
    assert " ".join(words[:5]) == "Klinik Uji Clonazepam untuk depresi"  # clinic, title
