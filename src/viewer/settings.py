"""Where the desktop keeps the settings: QSettings (an INI file in the user's configuration
folder), created inside functions, never at import time, so tests can point QSettings at
a temporary folder. The settings themselves are plain data (clinic_settings).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QSettings

from viewer.clinic_settings import DEFAULT_ZOOM, ClinicSettings, clamp_zoom
from viewer.phone import DEFAULT_EMERGENCY_NUMBER

ORGANIZATION = "patient-viewer"
APPLICATION = "patient-viewer"


def qsettings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


def load_clinic_settings() -> ClinicSettings:
    store = qsettings()
    return ClinicSettings.from_stored(
        store.value("clinic/emergency_number", DEFAULT_EMERGENCY_NUMBER),
        store.value("clinic/name", ""),
        store.value("clinic/phone", ""),
    )


def load_start() -> str | None:
    """The article the window opens on when there are several (view/start); None: the
    home screen. An id that is not in the library is ignored there."""
    value = qsettings().value("view/start", "")
    return value.strip() or None if isinstance(value, str) else None


def load_speech_rate_step(default: int) -> int:
    """The reading-aloud speed the reader chose (speech/rate_step), else `default`."""
    try:
        return int(qsettings().value("speech/rate_step", default))
    except (TypeError, ValueError):
        return default


def save_speech_rate_step(step: int) -> None:
    qsettings().setValue("speech/rate_step", step)


def load_speech_voice() -> str | None:
    """A voice by name (speech/voice), used where it speaks the article's language."""
    value = qsettings().value("speech/voice", "")
    return value.strip() or None if isinstance(value, str) else None


def load_speech_volume(default: float) -> float:
    """The reading volume (speech/volume, percent 0-100), else `default` (0-1)."""
    try:
        percent = int(qsettings().value("speech/volume", round(default * 100)))
    except (TypeError, ValueError):
        return default
    return max(0, min(100, percent)) / 100


def load_zoom() -> int:
    try:
        return clamp_zoom(int(qsettings().value("view/zoom", DEFAULT_ZOOM)))
    except (TypeError, ValueError):
        return DEFAULT_ZOOM


def save_zoom(percent: int) -> None:
    qsettings().setValue("view/zoom", clamp_zoom(percent))


def load_language() -> str | None:
    """The interface language the reader chose (view/language), if it is one of ours."""
    from viewer import i18n

    return i18n.normalise(str(qsettings().value("view/language", "") or ""))


def save_language(language: str) -> None:
    qsettings().setValue("view/language", language)


def load_theme(default: str = "system") -> str:
    """The colours the reader chose (view/theme), else `default`."""
    from viewer.presentation.palette import THEME_WORDS

    value = str(qsettings().value("view/theme", default) or default).strip().lower()
    return value if value in THEME_WORDS else default


def save_theme(theme: str) -> None:
    qsettings().setValue("view/theme", theme)


@dataclass(frozen=True)
class SavedPlace:
    """Where the window was when it closed: the screen's name and the normal geometry."""

    screen: str
    geometry: QRect
    maximized: bool


def load_window_place() -> SavedPlace | None:
    store = qsettings()
    screen = store.value("window/screen", "")
    geometry = store.value("window/geometry")
    if not isinstance(screen, str) or not screen or not isinstance(geometry, QRect):
        return None  # never saved, or written by hand into something else
    if geometry.isEmpty():
        return None
    maximized = str(store.value("window/maximized", "false")).lower() == "true"
    return SavedPlace(screen, geometry, maximized)


def save_window_place(place: SavedPlace) -> None:
    store = qsettings()
    store.setValue("window/screen", place.screen)
    store.setValue("window/geometry", place.geometry)
    store.setValue("window/maximized", place.maximized)
