"""User and clinic settings, read in one place with their defaults beside them.

Stored with QSettings (an INI file in the user's configuration folder), created inside
functions, never at import time, so tests can point QSettings at a temporary folder.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings

from viewer.phone import DEFAULT_EMERGENCY_NUMBER, is_phone_number

ORGANIZATION = "patient-viewer"
APPLICATION = "patient-viewer"

DEFAULT_ZOOM = 100
ZOOM_STEPS = (80, 90, 100, 115, 130, 150, 175, 200, 250)


@dataclass(frozen=True)
class ClinicSettings:
    emergency_number: str = DEFAULT_EMERGENCY_NUMBER
    clinic_name: str = ""


def qsettings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


def load_clinic_settings() -> ClinicSettings:
    store = qsettings()
    number = str(store.value("clinic/emergency_number", DEFAULT_EMERGENCY_NUMBER)).strip()
    if not is_phone_number(number):
        # A typo here must never leave a patient without a number to call.
        number = DEFAULT_EMERGENCY_NUMBER
    name = str(store.value("clinic/name", "")).strip()
    return ClinicSettings(emergency_number=number, clinic_name=name)


def clamp_zoom(percent: int) -> int:
    return min(ZOOM_STEPS, key=lambda step: abs(step - percent))


def load_zoom() -> int:
    try:
        return clamp_zoom(int(qsettings().value("view/zoom", DEFAULT_ZOOM)))
    except (TypeError, ValueError):
        return DEFAULT_ZOOM


def save_zoom(percent: int) -> None:
    qsettings().setValue("view/zoom", clamp_zoom(percent))
