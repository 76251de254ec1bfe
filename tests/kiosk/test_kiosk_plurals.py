"""A count of seconds in English is "1 second", "2 seconds": the idle countdown and the PIN
pad's lockout are numerus messages (`self.tr("... %n detik", "", seconds)`), with English's
two plural forms in viewer_en.ts. The Indonesian text is unchanged ("dalam 3 detik")."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kiosk_support import PIN, FakeClock
from viewer import i18n
from viewer.kiosk.idle import IdleNotice
from viewer.kiosk.pin import PinLockout, hash_pin
from viewer.kiosk.pin_pad import PinPad
from viewer.ui.language import LanguageSwitch

COUNTDOWN = ("IdleNotice", "Halaman kembali ke awal dalam %n detik")
LOCKED = ("PinPad", "PIN salah. Coba lagi dalam %n detik.")


@pytest.fixture(autouse=True)
def indonesian_again(styled_application) -> Iterator[None]:
    yield
    LanguageSwitch.of(styled_application).apply("id")


@pytest.fixture
def english(styled_application) -> None:
    LanguageSwitch.of(styled_application).apply("en")


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_the_catalogue_gives_english_one_second_and_two_seconds(english):
    translator = i18n.catalogue("en")
    assert translator is not None
    # The translator gives the form for the count; QCoreApplication.translate (and tr)
    # puts the count in for %n.
    assert translator.translate(*COUNTDOWN, "", 1) == "Going back to the start in %n second"
    assert translator.translate(*COUNTDOWN, "", 2) == "Going back to the start in %n seconds"
    said = {n: QCoreApplication.translate(*LOCKED, "", n) for n in (0, 1, 2, 21)}
    assert said == {
        0: "Wrong PIN. Try again in 0 seconds.",
        1: "Wrong PIN. Try again in 1 second.",
        2: "Wrong PIN. Try again in 2 seconds.",
        21: "Wrong PIN. Try again in 21 seconds.",
    }


def test_the_idle_countdown_counts_in_english(english, parent):
    notice = IdleNotice(parent)
    notice.show_left(2)
    assert notice.countdown.text() == "Going back to the start in 2 seconds"
    notice.show_left(1)
    assert notice.countdown.text() == "Going back to the start in 1 second"


def test_the_idle_countdown_in_indonesian_is_unchanged(parent):
    notice = IdleNotice(parent)
    notice.show_left(3)
    assert notice.countdown.text() == "Halaman kembali ke awal dalam 3 detik"
    notice.show_left(1)
    assert notice.countdown.text() == "Halaman kembali ke awal dalam 1 detik"


def locked_pad(parent: QWidget, delay_ms: int) -> PinPad:
    """A pad just locked for `delay_ms` by a wrong PIN."""
    pad = PinPad(parent, hash_pin(PIN, n=16), PinLockout(delays_ms=(delay_ms,)), clock=FakeClock())
    for digit in "1357":
        pad.press_digit(digit)
    pad.submit()
    return pad


@pytest.mark.expect_log("viewer.kiosk.pin_pad", "wrong staff PIN (1 in a row)")
@pytest.mark.parametrize(
    ("delay_ms", "english_text", "indonesian_text"),
    [
        (1000, "Wrong PIN. Try again in 1 second.", "PIN salah. Coba lagi dalam 1 detik."),
        (1500, "Wrong PIN. Try again in 2 seconds.", "PIN salah. Coba lagi dalam 2 detik."),
    ],
)
def test_the_pin_lockout_counts_in_english(
    styled_application, parent, delay_ms, english_text, indonesian_text
):
    assert locked_pad(parent, delay_ms).message.text() == indonesian_text
    LanguageSwitch.of(styled_application).apply("en")
    assert locked_pad(parent, delay_ms).message.text() == english_text
