"""The clinic's settings and the reader's text size as plain data: defaults and validation,
no Qt. The window, the handout and the kiosk all take these; where they are stored
(QSettings for the desktop, kiosk.toml for a kiosk) is another module's job."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from viewer.phone import DEFAULT_EMERGENCY_NUMBER, is_phone_number

log = logging.getLogger(__name__)

DEFAULT_ZOOM = 100
ZOOM_STEPS = (80, 90, 100, 115, 130, 150, 175, 200, 250)


@dataclass(frozen=True)
class ClinicSettings:
    """What a clinic configures: the 24-hour emergency number, its own name, and its own
    phone number for questions (printed on the handout; never used as the emergency line)."""

    emergency_number: str = DEFAULT_EMERGENCY_NUMBER
    clinic_name: str = ""
    clinic_phone: str = ""

    @classmethod
    def from_stored(
        cls, emergency_number: object, clinic_name: object, clinic_phone: object = None
    ) -> ClinicSettings:
        """Settings from stored values, whatever they hold.

        An emergency number that is not a phone number falls back to the default: a typo
        in a settings file must never leave a patient without a number to call. A clinic
        phone that is not one is left out (and logged for staff): printing a wrong number
        for the clinic is worse than printing none.
        """
        number = _text(emergency_number)
        phone = _text(clinic_phone)
        if phone and not is_phone_number(phone):
            log.warning("clinic phone ignored, not a phone number: %r", phone)
            phone = ""
        return cls(
            number if is_phone_number(number) else DEFAULT_EMERGENCY_NUMBER,
            _text(clinic_name),
            phone,
        )


def _text(value: object) -> str:
    return str(value if value is not None else "").strip()


def clamp_zoom(percent: int) -> int:
    """The nearest text size the window offers."""
    return min(ZOOM_STEPS, key=lambda step: abs(step - percent))
