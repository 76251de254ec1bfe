"""The window's "Cetak" (print preview) and "Simpan PDF" buttons."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import ClassVar

import pytest
from handout_support import page_texts
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QPushButton

from support import ARTICLE, CONTENT, REPO
from viewer.clinic_settings import ClinicSettings
from viewer.content.loader import load_library
from viewer.handout import window_printing
from viewer.handout.painter import PaintError
from viewer.presentation.wording import long_date
from viewer.ui.main_window import MainWindow
from viewer.ui.print_actions import PrintActions, install_print_actions
from viewer.ui.zoom import Zoom

TODAY = dt.date(2026, 11, 26)


def undated(text: str) -> str:
    return re.sub(r"Dicetak: \d{1,2} \w+ \d{4}", "Dicetak: <tanggal>", text)


@pytest.fixture
def window(qtbot) -> MainWindow:
    window = MainWindow(load_library(CONTENT), ClinicSettings(), Zoom(), TODAY, start=ARTICLE)
    qtbot.addWidget(window)
    install_print_actions(window)
    window.resize(1280, 820)
    window.show()
    qtbot.waitExposed(window)
    return window


def button(window: MainWindow, name: str) -> QPushButton:
    found = window.toolbar.findChild(QPushButton, name)
    assert found is not None
    return found


@pytest.fixture
def messages(monkeypatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []

    def warning(parent, title, text, *args, **kwargs):
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


def test_buttons_are_in_the_toolbar_with_accessible_names(window):
    actions = window.findChild(PrintActions)
    assert actions is not None
    assert button(window, "printButton").text() == "Cetak"
    assert button(window, "savePdfButton").text() == "Simpan PDF"
    assert button(window, "printButton").accessibleName()
    assert button(window, "savePdfButton").isEnabled()


def test_print_preview_opens_with_every_page_and_closes(qtbot, window, monkeypatch, cli_pages):
    seen: dict[str, object] = {}

    def exec_without_blocking(dialog: QPrintPreviewDialog) -> int:
        dialog.show()
        preview = dialog.findChild(QPrintPreviewWidget)
        qtbot.waitUntil(lambda: preview.pageCount() > 0)
        seen["pages"] = preview.pageCount()
        seen["shown"] = dialog.isVisible()
        seen["title"] = dialog.windowTitle()
        # The preview's own print button leads to the system's printer dialog.
        # In the interface's language: Qt's own words are translated (viewer.translations).
        print_text = QCoreApplication.translate("QPrintPreviewDialog", "Print")
        seen["print_action"] = any(a.text() == print_text for a in dialog.findChildren(QAction))
        dialog.reject()
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(QPrintPreviewDialog, "exec", exec_without_blocking)
    qtbot.mouseClick(button(window, "printButton"), Qt.MouseButton.LeftButton)
    assert seen["shown"] is True
    assert seen["pages"] == len(cli_pages)
    assert seen["title"] == "Pratinjau cetak: Clonazepam untuk depresi"
    assert seen["print_action"] is True
    assert window.findChildren(QPrintPreviewDialog) == []  # not left behind as a child


@pytest.mark.expect_log(
    "viewer.handout.window_printing", "not painted: printer gone", level="ERROR"
)
@pytest.mark.expect_log("viewer.ui.print_actions", "print preview failed", level="ERROR")
def test_a_failed_preview_shows_a_calm_message(qtbot, window, monkeypatch, messages):
    def fail(device, handout):
        raise PaintError("printer gone")

    def exec_without_blocking(dialog: QPrintPreviewDialog) -> int:
        dialog.show()
        qtbot.wait(50)
        dialog.reject()
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(window_printing, "paint_handout", fail)
    monkeypatch.setattr(QPrintPreviewDialog, "exec", exec_without_blocking)
    qtbot.mouseClick(button(window, "printButton"), Qt.MouseButton.LeftButton)
    assert len(messages) == 1
    title, text = messages[0]
    assert title == "Lembar informasi tidak dapat dicetak"
    assert "Traceback" not in text and "printer gone" not in text


@pytest.fixture
def save_dialog(monkeypatch):
    """Replaces the save dialog; `answer` is what the user picks, `asked` what was offered."""

    class Fake:
        answer = ""
        asked: ClassVar[list[str]] = []

        @staticmethod
        def get(parent, caption, directory, file_filter, *args, **kwargs):
            Fake.asked.append(directory)
            return Fake.answer, file_filter

    Fake.asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", Fake.get)
    return Fake


def test_save_pdf_writes_the_same_handout_as_the_cli(
    qtbot, window, save_dialog, tmp_path, cli_pages
):
    documents = Path.home() / "Documents"  # the test's own home (tests/conftest.py)
    documents.mkdir()
    save_dialog.answer = str(tmp_path / "lembar")  # no suffix: .pdf is added
    qtbot.mouseClick(button(window, "savePdfButton"), Qt.MouseButton.LeftButton)
    offered = Path(save_dialog.asked[0])
    assert offered == documents / "clonazepam-depresi.pdf"
    saved = tmp_path / "lembar.pdf"
    texts = tuple(page_texts(saved))
    # Both print today's date; the CLI's PDF was made earlier in the session, maybe
    # before midnight.
    assert tuple(map(undated, texts)) == tuple(map(undated, cli_pages))
    assert f"Dicetak: {long_date(dt.date.today())}" in texts[0]
    assert [p.name for p in tmp_path.iterdir()] == ["lembar.pdf"]
    pages = len(texts)
    assert not window.notice.isHidden()
    assert window.notice_text.text() == f"PDF disimpan: {saved} ({pages} halaman)"


def test_the_pdf_is_offered_in_documents_made_if_missing(qapp, rendered):
    """The folder comes from user_dirs: without a Documents folder the dialog would open
    in the current folder, where a PDF gets lost, so the folder is made."""
    handout = window_printing.make_handout(rendered, ClinicSettings(), TODAY)
    assert not (Path.home() / "Documents").exists()
    expected = Path.home() / "Documents" / "clonazepam-depresi.pdf"
    assert window_printing.default_pdf_path(handout) == expected
    assert expected.parent.is_dir()


def test_cancelled_save_writes_nothing(qtbot, window, save_dialog, tmp_path, messages):
    save_dialog.answer = ""
    qtbot.mouseClick(button(window, "savePdfButton"), Qt.MouseButton.LeftButton)
    assert messages == []
    assert window.notice.isHidden()


@pytest.mark.expect_log("viewer.ui.print_actions", "PDF not saved: Folder tujuan tidak ada")
def test_save_into_a_missing_folder_shows_a_calm_message(
    qtbot, window, save_dialog, tmp_path, messages
):
    save_dialog.answer = str(tmp_path / "tidak-ada" / "x.pdf")
    qtbot.mouseClick(button(window, "savePdfButton"), Qt.MouseButton.LeftButton)
    assert len(messages) == 1
    title, text = messages[0]
    assert title == "PDF tidak tersimpan"
    assert f"Folder tujuan tidak ada: {tmp_path / 'tidak-ada'}" in text
    assert "Traceback" not in text
    assert not (tmp_path / "tidak-ada").exists()


def test_buttons_are_disabled_without_articles(qtbot, tmp_path):
    window = MainWindow(load_library(tmp_path), ClinicSettings(), Zoom(), TODAY)
    qtbot.addWidget(window)
    install_print_actions(window)
    assert not button(window, "printButton").isEnabled()
    assert not button(window, "savePdfButton").isEnabled()


def test_start_up_does_not_import_printing():
    code = (
        "import json, sys\n"
        "import viewer.ui.app, viewer.ui.main_window, viewer.ui.print_actions\n"
        "print(json.dumps(sorted(m for m in sys.modules\n"
        "    if m.startswith('viewer.handout') or m.endswith('QtPrintSupport'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True
    )
    assert json.loads(result.stdout) == []
