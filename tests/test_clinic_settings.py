"""The clinic's settings as plain data: defaults and validation without Qt."""

from __future__ import annotations

import subprocess
import sys

import pytest

from viewer.clinic_settings import ZOOM_STEPS, ClinicSettings, clamp_zoom


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        ("112", "112"),
        ("  +62 21 500-454 ", "+62 21 500-454"),
        ("", "119"),
        (None, "119"),
        ("telepon klinik", "119"),
        ("12", "119"),
        (119, "119"),
    ],
)
def test_an_invalid_emergency_number_falls_back_to_119(stored, shown):
    assert ClinicSettings.from_stored(stored, "Klinik").emergency_number == shown


def test_the_clinic_name_is_trimmed_and_may_be_empty():
    assert ClinicSettings.from_stored("119", "  Klinik Sehat ").clinic_name == "Klinik Sehat"
    assert ClinicSettings.from_stored("119", None).clinic_name == ""


def test_the_clinic_phone_is_optional_and_trimmed():
    assert ClinicSettings().clinic_phone == ""
    assert ClinicSettings.from_stored("119", "Klinik").clinic_phone == ""
    assert ClinicSettings.from_stored("119", "", None).clinic_phone == ""
    stored = ClinicSettings.from_stored("119", "", " 0274 512-345 ")
    assert stored.clinic_phone == "0274 512-345"


@pytest.mark.expect_log("viewer.clinic_settings", "clinic phone ignored, not a phone number")
def test_a_clinic_phone_that_is_not_a_number_is_left_out_and_logged():
    """Better no clinic number on paper than a wrong one; the emergency number is unharmed."""
    settings = ClinicSettings.from_stored("112", "Klinik", "telepon kami")
    assert settings.clinic_phone == ""
    assert settings.emergency_number == "112"


def test_settings_store_reads_the_clinic_phone(qapp):
    from viewer import settings

    store = settings.qsettings()
    store.setValue("clinic/name", "Klinik Sehat")
    store.setValue("clinic/phone", "+62 21 500-454")
    store.sync()
    loaded = settings.load_clinic_settings()
    assert (loaded.clinic_name, loaded.clinic_phone) == ("Klinik Sehat", "+62 21 500-454")


def test_zoom_snaps_to_the_nearest_step():
    assert clamp_zoom(101) == 100
    assert clamp_zoom(10) == ZOOM_STEPS[0]
    assert clamp_zoom(999) == ZOOM_STEPS[-1]


def test_the_plain_settings_import_no_qt():
    code = (
        "import sys, viewer.clinic_settings; "
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr
