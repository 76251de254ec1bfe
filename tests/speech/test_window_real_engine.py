"""The window with the real engine (speech-dispatcher + espeak-ng, into a null sink):
"Dengarkan" on the clonazepam summary speaks in an Indonesian voice, marks the word it
says (estimated from the time: speechd gives no word boundaries) and ends; the bar goes
away."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt

from support import ARTICLE, CONTENT
from viewer.clinic_settings import ClinicSettings
from viewer.content.loader import load_library
from viewer.ui.main_window import MainWindow
from viewer.ui.zoom import Zoom

pytestmark = pytest.mark.speech_engine


def test_the_summary_is_read_in_an_indonesian_voice_and_ends(null_sink, monkeypatch, qtbot):
    monkeypatch.setenv("PATIENT_VIEWER_SPEECH_ENGINE", "speechd")
    # On the clonazepam article, whose language is Indonesian.
    window = MainWindow(load_library(CONTENT), ClinicSettings(), Zoom(), start=ARTICLE)
    qtbot.addWidget(window)
    window.resize(1280, 820)
    with qtbot.waitExposed(window):
        window.show()
    summary = window.article_view.sections[0]
    assert summary.is_open
    window.read_aloud.bar.faster.click()  # "biasa": the test listens to less silence
    qtbot.mouseClick(summary.listen, Qt.MouseButton.LeftButton)
    speaker = window.read_aloud.speaker
    assert speaker is not None
    # The engine runs in a worker process: the window went on while it was being made.
    assert type(speaker).__name__ == "RemoteSpeaker"
    qtbot.waitUntil(lambda: speaker.is_speaking, timeout=20_000)
    assert speaker.voices("id")  # an Indonesian voice, which the worker chose
    assert window.read_aloud.bar.isVisible()
    qtbot.waitUntil(lambda: bool(summary.body.extraSelections()), timeout=20_000)
    selections = summary.body.extraSelections()  # kept: the cursors live in the list
    cursor = selections[0].cursor
    marked = summary.body.toPlainText()[cursor.selectionStart() : cursor.selectionEnd()]
    # A word of the first sentence, from its start (the estimate begins there).
    assert marked and "Clonazepam adalah obat untuk".startswith(marked)
    began = time.monotonic()
    qtbot.waitUntil(lambda: not speaker.is_speaking, timeout=60_000)
    # Spoken, not cut short: the summary's ~60 words take seconds even at "biasa".
    assert time.monotonic() - began > 5, time.monotonic() - began
    assert not window.read_aloud.bar.isVisible()
    assert not summary.body.extraSelections()
