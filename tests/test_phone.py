"""The emergency-number rule shared by the settings and the kiosk configuration."""

from __future__ import annotations

import pytest

from viewer.phone import is_phone_number


@pytest.mark.parametrize("number", ["119", "112", "+62 21 500-454", "0800 123 4567"])
def test_real_numbers_pass(number: str):
    assert is_phone_number(number)


@pytest.mark.parametrize(
    "number", ["", "+-", "1", "--119", "panggil", "119<b>", "12 34 56 78 90 12 345"]
)
def test_anything_else_is_refused(number: str):
    assert not is_phone_number(number)
