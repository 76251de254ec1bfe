"""Read-aloud in the kiosk: kiosk.toml decides whether it is offered and how loud it is,
and the reset for the next reader silences it and puts the default speed back."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton

from kiosk_support import QUIET, TODAY, FakePrinting
from support import FRONT, write_article
from viewer.clinic_settings import ClinicSettings
from viewer.content.loader import load_library
from viewer.kiosk.mode import open_kiosk_window
from viewer.settings import qsettings
from viewer.ui.main_window import MainWindow
from viewer.ui.zoom import Zoom

TIMEOUT = 15_000
LISTEN_NAMES = ("listenButton", "riskListen")

# The mock engine speaks English but not Indonesian: the reset test reads this article.
ENGLISH_BODY = """
## Cara minum

Minum obat ini dengan segelas air putih setiap pagi sesudah makan.

Simpan di tempat yang kering dan jauh dari jangkauan anak.
"""


def listen_buttons(window: MainWindow) -> list[QPushButton]:
    return [b for b in window.findChildren(QPushButton) if b.objectName() in LISTEN_NAMES]


def click(qtbot, button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_speech_off_offers_no_listen_button_anywhere(qtbot, make_kiosk):
    window = make_kiosk(speech=False)
    for section in window.article_view.sections:
        section.set_open(True)  # every section's button made, and shown if offered
    window.follow_link("term:benzodiazepin", QPoint())
    assert window.popup.isVisible()
    buttons = listen_buttons(window)
    assert len(buttons) >= 4  # "Bacakan semua", the warnings', each section's, the popup's
    assert not any(button.isVisible() for button in buttons)
    # Hidden on purpose, not merely out of sight.
    assert all(button.isHidden() for button in buttons)
    window.popup.hide()


def test_speech_on_offers_the_listen_buttons(qtbot, make_kiosk):
    window = make_kiosk(speech=True)
    assert window.article_view.listen_all.isVisible()
    assert window.article_view.sections[0].listen.isVisible()  # the open summary's


def test_the_kiosk_volume_reaches_the_engine_on_the_first_press(qtbot, make_kiosk):
    window = make_kiosk(speech=True, speech_volume=40)
    assert window.read_aloud.speaker is None  # made on the first press
    click(qtbot, window.article_view.listen_all)
    speaker = window.read_aloud.speaker
    assert speaker is not None
    tts = speaker._tts  # the engine itself: the loudness the reader hears
    assert tts is not None
    assert tts.volume() == pytest.approx(0.4)


@pytest.fixture
def english_kiosk(qtbot, tmp_path: Path, printing: FakePrinting) -> Callable[..., MainWindow]:
    """A kiosk on an English article of its own (kiosk/conftest's reads the bundled one)."""

    def make(**changes: object) -> MainWindow:
        content = tmp_path / "content"
        front = FRONT.format(id="bacaan").replace('language = "id"', 'language = "en"')
        write_article(content, ENGLISH_BODY, name="bacaan", front=front)
        window = open_kiosk_window(
            load_library(content),
            ClinicSettings(clinic_name="Klinik Uji"),
            Zoom(),
            dataclasses.replace(QUIET, **changes),
            TODAY,
            printing.available,
            printing.print_handout,
            start="bacaan",
        )
        qtbot.addWidget(window, before_close_func=lambda w: w.mode.release())
        window.resize(1280, 800)
        window.showFullScreen()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=3000)
        return window

    return make


def test_the_reset_for_the_next_reader_stops_reading_and_restores_the_speed(qtbot, english_kiosk):
    window = english_kiosk(speech=True, speech_volume=40)
    bar = window.read_aloud.bar
    assert bar.rate_label.text() == "Kecepatan: pelan"
    click(qtbot, window.article_view.listen_all)
    speaker = window.read_aloud.speaker
    assert speaker is not None and window.read_aloud.speaking
    click(qtbot, bar.faster)
    click(qtbot, bar.faster)
    assert bar.rate_label.text() == "Kecepatan: cepat"
    tts = speaker._tts
    assert tts is not None and tts.rate() == pytest.approx(0.3)

    with qtbot.waitSignal(speaker.finished, timeout=TIMEOUT):
        window.mode.reset_for_next_reader()
    assert not window.read_aloud.speaking
    assert not bar.isVisible()
    assert bar.rate_label.text() == "Kecepatan: pelan"
    assert tts.rate() == pytest.approx(-0.3)
    assert tts.volume() == pytest.approx(0.4)
    # A kiosk keeps nothing of one reader for the next.
    assert qsettings().value("speech/rate_step") is None
