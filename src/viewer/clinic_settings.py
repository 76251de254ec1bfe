"""The clinic's settings and the reader's text size as plain data: defaults and validation,
no Qt. The window, the handout and the kiosk all take these; where they are stored
(QSettings for the desktop, kiosk.toml for a kiosk) is another module's job."""

from __future__ import annotations

from dataclasses import dataclass

from viewer.phone import DEFAULT_EMERGENCY_NUMBER, is_phone_number

DEFAULT_ZOOM = 100
ZOOM_STEPS = (80, 90, 100, 115, 130, 150, 175, 200, 250)


@dataclass(frozen=True)
class ClinicSettings:
    """What a clinic configures: the 24-hour emergency number and its own name."""

    emergency_number: str = DEFAULT_EMERGENCY_NUMBER
    clinic_name: str = ""

    @classmethod
    def from_stored(cls, emergency_number: object, clinic_name: object) -> ClinicSettings:
        """Settings from stored values, whatever they hold.

        A number that is not a phone number falls back to the default: a typo in a
        settings file must never leave a patient without a number to call.
        """
        number = str(emergency_number if emergency_number is not None else "").strip()
        name = str(clinic_name if clinic_name is not None else "").strip()
        return cls(number if is_phone_number(number) else DEFAULT_EMERGENCY_NUMBER, name)


def clamp_zoom(percent: int) -> int:
    """The nearest text size the window offers."""
    return min(ZOOM_STEPS, key=lambda step: abs(step - percent))
