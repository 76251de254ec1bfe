"""The one place that knows the platform's folders for logs, the content cache,
machine-wide configuration and the user's documents. Qt-free where it can be: logging
starts before Qt is imported.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_FOLDER = "patient-viewer"  # also the organisation and application names (settings)


def log_dir() -> Path:
    """Where the rotating log file goes (PATIENT_VIEWER_LOG_DIR overrides, for tests)."""
    if override := os.environ.get("PATIENT_VIEWER_LOG_DIR"):
        return Path(override)
    home = Path.home()
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA", home)) / APP_FOLDER / "logs"
    if sys.platform == "darwin":
        return home / "Library" / "Logs" / APP_FOLDER
    state = os.environ.get("XDG_STATE_HOME") or str(home / ".local" / "state")
    return Path(state) / APP_FOLDER


def system_config_dir() -> Path:
    """The machine-wide configuration folder, where an administrator puts kiosk.toml."""
    if sys.platform == "win32":
        return Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / APP_FOLDER
    if sys.platform == "darwin":
        return Path("/Library/Application Support") / APP_FOLDER
    return Path("/etc") / APP_FOLDER


def settings_file() -> Path:
    """The desktop's settings file: where QSettings keeps them (settings.qsettings(): the INI
    format, user scope), found without Qt, for a command to read the saved language
    before it imports anything. Qt honours XDG_CONFIG_HOME on Linux, and uses ~/.config
    on macOS too for the INI format."""
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming")
    else:
        base = Path(os.environ.get("XDG_CONFIG_HOME") or home / ".config")
    return base / APP_FOLDER / f"{APP_FOLDER}.ini"


def documents_dir() -> Path:
    """The user's documents folder as the desktop names it (a localised "Dokumen" too),
    created if missing; the home folder only if it cannot be made. Never the current
    folder: a save dialog pointed at a missing folder opens there, where a PDF gets lost."""
    from PySide6.QtCore import QStandardPaths

    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(location) if location else Path.home()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return Path.home()
    return folder if folder.is_dir() else Path.home()


def cache_dir() -> Path | None:
    """The user's cache folder for the app, where the content cache goes
    (~/.cache/patient-viewer/patient-viewer on Linux), or None if the platform has none."""
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    # Qt names the folder after the organisation and the application. Without them (the
    # kiosk loads its content before the QApplication exists) it is ~/.cache itself.
    QCoreApplication.setOrganizationName(APP_FOLDER)
    QCoreApplication.setApplicationName(APP_FOLDER)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(location) if location else None
