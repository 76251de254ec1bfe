"""The platform's folders, from one module."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from viewer import user_dirs


def test_the_log_folder_follows_the_platform(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.delenv("PATIENT_VIEWER_LOG_DIR")
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    assert user_dirs.log_dir() == tmp_path / "state" / "patient-viewer"
    monkeypatch.delenv("XDG_STATE_HOME")
    assert user_dirs.log_dir() == Path.home() / ".local" / "state" / "patient-viewer"
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("LOCALAPPDATA", "C:\\Users\\a\\AppData\\Local")
    assert user_dirs.log_dir() == Path("C:\\Users\\a\\AppData\\Local") / "patient-viewer" / "logs"


def test_documents_is_made_when_missing_and_home_only_if_it_cannot_be(
    qapp, monkeypatch, tmp_path: Path
):
    # A save dialog pointed at a missing ~/Documents opens in the current folder instead.
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / ".config"))
    assert user_dirs.documents_dir() == tmp_path / "Documents"
    assert (tmp_path / "Documents").is_dir()
    (tmp_path / "Documents").rmdir()
    (tmp_path / "Documents").write_text("not a folder")  # so it cannot be made
    assert user_dirs.documents_dir() == tmp_path


def test_the_cache_folder_is_the_apps_even_before_the_application_exists(tmp_path: Path):
    # The kiosk loads its content (through the cache) before its QApplication exists;
    # without the app's names Qt's cache folder would be ~/.cache itself.
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    code = "from viewer.user_dirs import cache_dir; print(cache_dir())"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.stderr == ""
    assert result.stdout.strip() == str(tmp_path / "patient-viewer" / "patient-viewer")


def test_the_cache_folder_follows_xdg_cache_home(qapp, monkeypatch, tmp_path: Path):
    from viewer import settings

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert user_dirs.cache_dir() == tmp_path / "cache" / "patient-viewer" / "patient-viewer"
    # The names Qt sees are the ones QSettings uses.
    assert (settings.ORGANIZATION, settings.APPLICATION) == (user_dirs.APP_FOLDER,) * 2
