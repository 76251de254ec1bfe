"""The one rule for an emergency number that a clinic may configure. Imports no Qt."""

from __future__ import annotations

import re

DEFAULT_EMERGENCY_NUMBER = "119"  # PSC 119, Indonesia's 24-hour health emergency service
_PHONE = re.compile(r"^\+?[0-9][0-9 -]{1,18}$")


def is_phone_number(text: str) -> bool:
    """Digits (a leading + allowed, spaces and dashes between): '119', '+62 21 500-454'."""
    return bool(_PHONE.match(text)) and sum(c.isdigit() for c in text) >= 3
