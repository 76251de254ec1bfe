"""The printer named in kiosk.toml is checked at start-up and by `--kiosk --check-config`."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk_support import PIN_HASH
from support import CONTENT, REPO
from viewer.kiosk.app import run_kiosk
from viewer.kiosk.config import parse_config
from viewer.kiosk.config_check import run_check_config
from viewer.kiosk.mode import kiosk_mode
from viewer.kiosk.pin_command import store_pin_hash
from viewer.ui.main_window import MainWindow

EXAMPLE = REPO / "deploy" / "kiosk.example.toml"
NO_PRINTER = "Printer tidak tersedia. Silakan minta bantuan petugas."


def printers(*names: str) -> Callable[[], list[str]]:
    """The system's printers as a test wants them (the `available_printers` seam)."""
    return lambda: list(names)


def write_config(folder: Path, text: str) -> Path:
    path = folder / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    return path


def check(config: Path, present: Callable[[], list[str]], content: Path | None = CONTENT) -> int:
    args = argparse.Namespace(config=config, content=content, check_config=True)
    return run_check_config(args, present)


# -- --check-config -------------------------------------------------------------------
def test_the_example_as_shipped_passes_once_the_pin_is_set(tmp_path: Path, capsys) -> None:
    # As shipped it lacks only the PIN, on purpose (kiosk-pin writes it).
    path = tmp_path / "kiosk.toml"
    shutil.copy(EXAMPLE, path)
    assert check(path, printers("HP-Kasir"), content=None) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"{path}: kunci 'pin_hash' belum diatur; jalankan: patient-viewer kiosk-pin --config {path}"
    ]
    store_pin_hash(path, PIN_HASH)  # what `patient-viewer kiosk-pin` writes
    assert check(path, printers("HP-Kasir"), content=None) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert out == (
        f"OK: {path}: 1 artikel; printer belum diatur "
        '("Cetak lembar ini" meminta pembaca memanggil petugas)\n'
    )
    config = parse_config(path)
    assert config.printer == ""
    assert "printer" not in config.lines  # no printer is configured in the example


def test_the_example_says_how_to_find_the_printer_name() -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    assert '# printer = "Loket-Depan"' in text
    assert "lpstat -e" in text
    assert "--check-config" in text


def test_a_printer_that_is_not_there_is_named_with_the_ones_that_are(
    tmp_path: Path, capsys
) -> None:
    path = write_config(
        tmp_path, f'clinic_name = "Klinik"\nprinter = "Loket"\npin_hash = "{PIN_HASH}"\n'
    )
    assert check(path, printers("HP-Kasir", "Ruang Obat")) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        f"{path}:2: kunci 'printer' menyebut printer 'Loket', yang tidak ada di sistem ini; "
        "printer yang ada: 'HP-Kasir', 'Ruang Obat'\n"
    )


def test_a_system_without_any_printer_says_so(tmp_path: Path, capsys) -> None:
    path = write_config(tmp_path, f'printer = "Loket"\npin_hash = "{PIN_HASH}"\n')
    assert check(path, printers()) == 1
    assert capsys.readouterr().err == (
        f"{path}:1: kunci 'printer' menyebut printer 'Loket', tetapi sistem ini belum punya "
        "printer sama sekali\n"
    )


def test_a_printer_that_is_there_is_ok(tmp_path: Path, capsys) -> None:
    path = write_config(tmp_path, f'printer = "Loket"\npin_hash = "{PIN_HASH}"\n')
    assert check(path, printers("HP-Kasir", "Loket")) == 0
    out, err = capsys.readouterr()
    # No `articles`: every bundled article.
    assert (out, err) == (f"OK: {path}: 2 artikel; printer 'Loket' tersedia\n", "")


def test_no_print_button_means_no_printer_check(tmp_path: Path, capsys) -> None:
    path = write_config(tmp_path, f'printer = "Loket"\nprint_limit = 0\npin_hash = "{PIN_HASH}"\n')
    assert check(path, printers()) == 0
    assert (
        capsys.readouterr().out == f"OK: {path}: 2 artikel; tanpa tombol cetak (print_limit = 0)\n"
    )


def test_a_start_among_the_articles_is_ok(tmp_path: Path, capsys) -> None:
    text = (
        'articles = ["clonazepam-depresi", "cara-memakai-aplikasi"]\n'
        f'start = "cara-memakai-aplikasi"\nprint_limit = 0\npin_hash = "{PIN_HASH}"\n'
    )
    path = write_config(tmp_path, text)
    assert check(path, printers()) == 0
    assert capsys.readouterr() == (
        f"OK: {path}: 2 artikel; tanpa tombol cetak (print_limit = 0)\n",
        "",
    )


@pytest.mark.parametrize(
    "articles",
    [
        pytest.param('articles = ["clonazepam-depresi"]\n', id="in the content, not in articles"),
        pytest.param("", id="not in the content"),
    ],
)
def test_a_start_the_kiosk_does_not_offer_is_one_line_at_its_key(
    tmp_path: Path, capsys, articles: str
) -> None:
    start = "cara-memakai-aplikasi" if articles else "tidak-ada"
    text = f'{articles}start = "{start}"\nprint_limit = 0\npin_hash = "{PIN_HASH}"\n'
    path = write_config(tmp_path, text)
    assert check(path, printers()) == 1
    line = 2 if articles else 1
    assert capsys.readouterr() == (
        "",
        f"{path}:{line}: kunci 'start' artikel awal {start} tidak ada di daftar artikel kios "
        "(atau rusak)\n",
    )


def test_every_problem_is_one_line_at_its_key(tmp_path: Path, capsys) -> None:
    path = write_config(
        tmp_path, f'articles = ["tidak-ada"]\nprinter = "Loket"\npin_hash = "{PIN_HASH}"\n'
    )
    assert check(path, printers("HP-Kasir")) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines() == [
        f"{path}:1: kunci 'articles' artikel tidak-ada tidak ada (atau rusak) di {CONTENT}",
        f"{path}:2: kunci 'printer' menyebut printer 'Loket', yang tidak ada di sistem ini; "
        "printer yang ada: 'HP-Kasir'",
    ]


def test_a_mistake_in_the_file_stops_the_check_at_that_line(tmp_path: Path, capsys) -> None:
    path = write_config(tmp_path, f'pin_hash = "{PIN_HASH}"\nprinter = "Loket"\nidle_timout = 9\n')
    assert check(path, printers()) == 1
    assert capsys.readouterr().err == f"{path}:3: kunci 'idle_timout' tidak dikenal\n"


def run_cli(*argv: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"}}
    # No display on purpose: the check must never need one (nor open a window).
    env.pop("QT_QPA_PLATFORM", None)
    return subprocess.run(
        [sys.executable, "-m", "viewer", *argv],
        capture_output=True, text=True, timeout=60, env=env, cwd=REPO,
    )  # fmt: skip


def test_the_command_line_check_needs_no_display(tmp_path: Path) -> None:
    path = write_config(tmp_path, f'pin_hash = "{PIN_HASH}"\nprinter = "Tidak-Ada-XYZ"\n')
    result = run_cli("--kiosk", "--check-config", "--config", str(path))
    assert result.returncode == 1
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"{path}:2: kunci 'printer' menyebut printer 'Tidak-Ada-XYZ', ")
    # Without the printer line it is ready; --check-config alone means the kiosk's file too.
    write_config(tmp_path, f'pin_hash = "{PIN_HASH}"\n')
    result = run_cli("--check-config", "--config", str(path))
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.startswith(f"OK: {path}: ")


# -- at start-up ----------------------------------------------------------------------
@pytest.fixture
def started_kiosk(qapp, monkeypatch: pytest.MonkeyPatch):
    """run_kiosk up to its event loop; the window it would show, taken down afterwards."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_kiosk installs its own
    monkeypatch.setattr(QApplication, "exec", lambda _app: 0)
    before = set(QApplication.topLevelWidgets())
    started: list[MainWindow] = []

    def start(config: Path, present: Callable[[], list[str]]) -> MainWindow:
        args = argparse.Namespace(config=config, content=CONTENT)
        assert run_kiosk(args, present) == 0
        (window,) = [
            w
            for w in QApplication.topLevelWidgets()
            if w not in before and isinstance(w, MainWindow)
        ]
        started.append(window)
        return window

    yield start
    for window in started:
        kiosk_mode(window).release()
        window.close()
        window.deleteLater()


@pytest.mark.expect_log(
    "viewer.kiosk.app",
    "kunci 'printer' menyebut printer 'Loket', yang tidak ada di sistem ini; printer yang "
    "ada: 'HP-Kasir'. Kios tetap berjalan",
)
@pytest.mark.expect_log("viewer.kiosk.printing", "printer 'Loket' not available")
def test_a_missing_printer_is_logged_at_start_up_and_readers_see_the_calm_notice(
    qtbot, tmp_path: Path, started_kiosk, caplog
) -> None:
    # Started on the article (kiosk.toml's `start`): on the home screen there is nothing
    # to print yet.
    text = f'printer = "Loket"\npin_hash = "{PIN_HASH}"\nstart = "clonazepam-depresi"\n'
    path = write_config(tmp_path, text)
    window = started_kiosk(path, printers("HP-Kasir"))  # the kiosk starts all the same
    assert window.current is not None
    assert window.current.article.meta.id == "clonazepam-depresi"
    (record,) = [r for r in caplog.records if r.name == "viewer.kiosk.app" and r.levelno > 20]
    assert record.getMessage().startswith(f"{path}:1: kunci 'printer'")
    printing = kiosk_mode(window).printing
    assert printing is not None
    qtbot.mouseClick(printing.button, Qt.MouseButton.LeftButton)
    assert window.notice_text.text() == NO_PRINTER  # the same seam, nothing technical


def test_a_printer_that_is_there_starts_quietly(tmp_path: Path, started_kiosk, caplog) -> None:
    path = write_config(tmp_path, f'printer = "Loket"\npin_hash = "{PIN_HASH}"\n')
    started_kiosk(path, printers("Loket"))
    assert not [r for r in caplog.records if r.levelno >= 30]
