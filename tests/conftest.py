"""Shared fixtures. Every test runs with its own settings, log and config folders."""

from __future__ import annotations

import os

import pytest

# In-process Qt tests draw offscreen; tests marked `xvfb` start their own X server.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """No test reads or writes the real user's settings, logs or configuration."""
    home = tmp_path_factory.mktemp("home")
    for name, sub in [
        ("HOME", ""),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_STATE_HOME", ".local/state"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CACHE_HOME", ".cache"),
    ]:
        path = home / sub
        path.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(path))
    monkeypatch.setenv("PATIENT_VIEWER_LOG_DIR", str(home / "logs"))
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # pragma: no cover - Qt is a hard dependency
        return home
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / ".config"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.SystemScope, str(home / "etc"))
    return home
