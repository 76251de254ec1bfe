"""Starting the kiosk: nothing starts half-configured; an error resets instead of crashing."""

from __future__ import annotations

import argparse
import dataclasses
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton

from cli_support import run_in_process
from kiosk_support import PIN_HASH
from support import CONTENT, REPO
from viewer.kiosk.app import install_kiosk_excepthook, kiosk_library, run_kiosk
from viewer.kiosk.config import ConfigError, parse_config


def copy_bundled(folder: Path) -> None:
    """The bundled articles and glossary: the articles name each other under `related`,
    so one without the other is a folder with a content problem."""
    for name in ("clonazepam-depresi.md", "cara-memakai-aplikasi.md", "glossary.md"):
        shutil.copy(CONTENT / name, folder)


def write_config(folder: Path, text: str) -> Path:
    path = folder / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_bad_config_exits_1_with_one_line_and_no_window(tmp_path: Path) -> None:
    config = write_config(tmp_path, f'pin_hash = "{PIN_HASH}"\n\nidle_timout = 60\n')
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"}}
    # No display on purpose: if it tried to open a window, Qt would fail loudly instead.
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run(
        [sys.executable, "-m", "viewer", "--kiosk", "--config", str(config)],
        capture_output=True, text=True, timeout=60, env=env, cwd=REPO,
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [f"{config}:3: kunci 'idle_timout' tidak dikenal"]


def test_run_kiosk_reports_a_missing_article_at_its_line(tmp_path: Path, capsys) -> None:
    config = write_config(
        tmp_path, f'articles = ["clonazepam-depresi", "tidak-ada"]\npin_hash = "{PIN_HASH}"\n'
    )
    args = argparse.Namespace(config=config, content=CONTENT)
    assert run_kiosk(args) == 1
    err = capsys.readouterr().err.strip()
    assert (
        err == f"{config}:1: kunci 'articles' artikel tidak-ada tidak ada (atau rusak) di {CONTENT}"
    )


def test_the_library_holds_the_configured_articles_only(tmp_path: Path) -> None:
    config = parse_config(
        write_config(tmp_path, f'articles = ["clonazepam-depresi"]\npin_hash = "{PIN_HASH}"\n')
    )
    library = kiosk_library(config, CONTENT)
    assert [a.meta.id for a in library.articles] == ["clonazepam-depresi"]
    assert library.problems == ()


def test_a_content_folder_without_articles_is_a_config_error(tmp_path: Path) -> None:
    (tmp_path / "kosong").mkdir()
    config = parse_config(write_config(tmp_path, f'content = "kosong"\npin_hash = "{PIN_HASH}"\n'))
    with pytest.raises(ConfigError) as caught:
        kiosk_library(config)
    assert str(caught.value).startswith(f"{config.path}:1: kunci 'content' tidak ada artikel")


def test_a_content_folder_without_articles_is_one_line_on_stderr(tmp_path: Path, capsys) -> None:
    (tmp_path / "kosong").mkdir()
    config = write_config(tmp_path, f'content = "kosong"\npin_hash = "{PIN_HASH}"\n')
    assert run_in_process("--kiosk", "--config", str(config)) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1, err
    assert err[0].startswith(f"{config}:1: kunci 'content' tidak ada artikel")


@pytest.mark.qt_no_exception_capture
@pytest.mark.expect_log("viewer.ui.app", "RuntimeError: bug di tombol", level="ERROR")
def test_an_unhandled_error_is_logged_and_resets_the_screen(
    qtbot, make_kiosk, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    kiosk = make_kiosk()  # its own: the test adds a broken button to it
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    install_kiosk_excepthook(kiosk)
    kiosk.zoom.set_percent(150)
    kiosk.article_view.open_all()
    term = kiosk.library.glossary.terms[0]
    kiosk.popup.show_term(term, kiosk.mapToGlobal(QPoint(300, 300)))

    def broken() -> None:
        raise RuntimeError("bug di tombol")

    button = QPushButton("rusak", kiosk.centralWidget())
    button.clicked.connect(broken)
    button.show()
    with caplog.at_level(logging.ERROR):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert "RuntimeError: bug di tombol" in caplog.text  # with its traceback, in the log
    assert "Traceback" in caplog.text
    assert kiosk.zoom.percent == 100
    assert not kiosk.popup.isVisible()
    assert sum(s.is_open for s in kiosk.article_view.sections) == 1
    # On screen: one calm sentence, no traceback.
    assert kiosk.notice.isVisible()
    assert "Traceback" not in kiosk.notice_text.text()
    assert "bug di tombol" not in kiosk.notice_text.text()
    assert kiosk.isVisible() and kiosk.isFullScreen()


def test_the_kiosk_runs_with_the_garbage_collector_on(tmp_path: Path, qapp, monkeypatch) -> None:
    # __main__ turns the collector off for start-up; a kiosk that runs for weeks must
    # turn it back on before its event loop, or every reader's widgets pile up.
    import gc

    from PySide6.QtWidgets import QApplication

    config = write_config(tmp_path, f'pin_hash = "{PIN_HASH}"\n')
    seen: list[bool] = []
    monkeypatch.setattr(QApplication, "exec", lambda _app: seen.append(gc.isenabled()) or 0)
    gc.disable()
    try:
        assert run_kiosk(argparse.Namespace(config=config, content=CONTENT)) == 0
    finally:
        gc.enable()
        for widget in QApplication.topLevelWidgets():
            widget.close()
            widget.deleteLater()
    assert seen == [True]


@pytest.mark.expect_log("viewer.kiosk.app", "content problem: ")
def test_a_kiosk_that_starts_logs_what_it_left_out(tmp_path: Path, caplog) -> None:
    # Staff learn from the log (and the journal) which article the kiosk left out.
    copy_bundled(tmp_path)
    (tmp_path / "rusak.md").write_text("tanpa data awal\n", encoding="utf-8")
    config = parse_config(write_config(tmp_path, f'pin_hash = "{PIN_HASH}"\n'))
    library = kiosk_library(config, tmp_path)
    assert [a.meta.id for a in library.articles] == ["cara-memakai-aplikasi", "clonazepam-depresi"]
    assert library.problems == ()
    (record,) = [r for r in caplog.records if r.name == "viewer.kiosk.app"]
    assert record.levelname == "WARNING"
    assert record.getMessage().startswith(f"content problem: {tmp_path / 'rusak.md'}:1: data awal")


def test_the_kiosk_never_keeps_a_readers_text_size(qapp, tmp_path: Path) -> None:
    from viewer import settings
    from viewer.clinic_settings import ClinicSettings
    from viewer.kiosk.mode import KioskOptions, open_kiosk_window
    from viewer.ui.zoom import Zoom

    window = open_kiosk_window(
        kiosk_library(parse_config(write_config(tmp_path, f'pin_hash = "{PIN_HASH}"\n')), CONTENT),
        ClinicSettings(),
        Zoom(),
        KioskOptions(pin_hash=PIN_HASH),
    )
    window.zoom.set_percent(200)
    window.mode.release()
    window.close()
    window.deleteLater()
    assert settings.load_zoom() == 100


def test_the_clinic_name_and_phone_in_kiosk_toml_reach_the_window_and_the_handout(tmp_path):
    from viewer.kiosk.app import clinic_settings

    text = (
        f'pin_hash = "{PIN_HASH}"\nclinic_name = "Klinik Sehat"\n'
        'clinic_phone = "0274 512345"\nemergency_number = "112"\n'
    )
    clinic = clinic_settings(parse_config(write_config(tmp_path, text)))
    assert (clinic.clinic_name, clinic.clinic_phone, clinic.emergency_number) == (
        "Klinik Sehat",
        "0274 512345",
        "112",
    )


def test_a_restarted_kiosk_starts_warm_from_the_content_cache(tmp_path: Path, caplog) -> None:
    # A kiosk restarts every night (or after a reader's crash): it starts warm from the
    # content cache (content/cache.py; the window now reads a Shelf through its own),
    # still shows only the configured articles, and shows each as the window does.
    from viewer.ui.app import load_library

    copy_bundled(tmp_path)
    config = parse_config(
        write_config(tmp_path, f'articles = ["clonazepam-depresi"]\npin_hash = "{PIN_HASH}"\n')
    )
    with caplog.at_level(logging.INFO, logger="viewer.content.cache"):
        first = kiosk_library(config, tmp_path)
        assert "content read from the cache" not in caplog.text
        cached = list(Path(os.environ["XDG_CACHE_HOME"]).glob("patient-viewer/*/content/*"))
        assert len(cached) == 1
        second = kiosk_library(config, tmp_path)
        assert caplog.text.count("content read from the cache") == 1
    assert second == first
    (article,) = second.articles
    assert article.meta.id == "clonazepam-depresi"
    assert article.meta.order == 0  # its place in kiosk.toml's list, for the home screen
    in_window = load_library(tmp_path).article("clonazepam-depresi")
    assert in_window is not None
    assert dataclasses.replace(article, meta=in_window.meta) == in_window
    assert dataclasses.replace(article.meta, order=in_window.meta.order) == in_window.meta
