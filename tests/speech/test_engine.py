"""Speaker with Qt's mock engine (and once with the real one): order, word boundaries mapped
to shown offsets, pause/resume/stop, no voice, no engine."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtTextToSpeech import QTextToSpeech

from viewer.content.model import Glossary
from viewer.speech.availability import no_feature_reason
from viewer.speech.engine import DEFAULT_RATE, Availability, Speaker
from viewer.speech.script import section_script

TIMEOUT = 10_000


@pytest.fixture
def speaker(qtbot):
    speaker = Speaker(engine="mock")
    with qtbot.waitSignal(speaker.availabilityChanged, timeout=TIMEOUT):
        speaker.start()
    yield speaker
    speaker.stop()
    speaker.deleteLater()


def script():
    body = "Call 112 now.\nThen wait."
    return section_script("help", "Help", body, Glossary(), "112", "en")


def test_the_app_reads_slower_than_normal():
    assert -1 < DEFAULT_RATE < 0


def test_mock_is_ready_for_english(speaker):
    assert speaker.availability("en") == (Availability.READY, "")
    assert "Bob" in speaker.voices("en")


def test_no_voice_for_indonesian_in_the_mock_says_so_in_indonesian(speaker, caplog):
    # The mock offers English, Norwegian and Finnish only.
    caplog.set_level(logging.INFO, logger="viewer.speech.engine")
    state, reason = speaker.availability("id")
    assert state is Availability.NO_VOICE
    assert reason == "Suara untuk bahasa Indonesia belum terpasang di komputer ini."
    assert speaker.voices("id") == []
    assert "espeak-ng" in caplog.text


def test_speaking_reports_each_utterance_and_each_shown_word_in_order(speaker, qtbot):
    utterances = script()
    started, words = [], []
    speaker.utteranceStarted.connect(started.append)
    speaker.wordSpoken.connect(lambda i, a, b: words.append((i, utterances[i].shown[a:b])))
    with qtbot.waitSignal(speaker.finished, timeout=TIMEOUT):
        speaker.speak(utterances, "en")
    assert started == [0, 1, 2]
    assert words == [
        (0, "Help"),
        (1, "Call"),
        (1, "112"),
        (1, "112"),
        (1, "112"),
        (1, "now"),
        (2, "Then"),
        (2, "wait"),
    ]
    assert not speaker.is_speaking and speaker.current_index == -1


def test_pause_resume_and_stop(speaker, qtbot):
    utterances = script()
    speaker.speak(utterances, "en")
    assert speaker.is_speaking and speaker.current_index == 0
    speaker.pause()
    qtbot.waitUntil(lambda: speaker.is_paused, timeout=TIMEOUT)
    assert not speaker.is_speaking
    index = speaker.current_index
    words = []
    speaker.wordSpoken.connect(lambda *args: words.append(args))
    qtbot.wait(300)
    assert words == [] and speaker.current_index == index  # nothing said while paused
    speaker.resume()
    qtbot.waitUntil(lambda: speaker.is_speaking, timeout=TIMEOUT)
    with qtbot.waitSignal(speaker.finished, timeout=TIMEOUT):
        speaker.stop()
    assert not speaker.is_speaking and not speaker.is_paused and speaker.current_index == -1
    qtbot.wait(300)
    assert all(i <= index + 1 for i, *_ in words)  # no word after the stop moved on


def test_speaking_again_replaces_what_was_playing(speaker, qtbot):
    finished = []
    speaker.finished.connect(lambda: finished.append(True))
    started = []
    speaker.speak(script(), "en")
    speaker.utteranceStarted.connect(started.append)
    speaker.speak(script()[:1], "en")
    assert finished == [True]  # the first queue, stopped
    qtbot.waitUntil(lambda: len(finished) == 2, timeout=TIMEOUT)
    assert started == [0]


def test_speaking_a_language_without_a_voice_does_nothing(speaker):
    speaker.speak(script(), "id")
    assert not speaker.is_speaking


def test_rate_and_volume_are_kept_in_range(speaker):
    speaker.set_rate(-5)
    speaker.set_volume(2)
    assert speaker._tts.rate() == -1.0 and speaker._tts.volume() == 1.0


@pytest.mark.expect_log("viewer.speech.engine", "speech engine 'no-such-engine' is not installed")
def test_an_engine_that_does_not_exist_is_no_engine_with_a_reason(qtbot):
    speaker = Speaker(engine="no-such-engine")
    assert speaker.availability("id")[0] is Availability.STARTING
    with qtbot.waitSignal(speaker.availabilityChanged, timeout=TIMEOUT):
        speaker.start()
    assert speaker.availability("id") == (Availability.NO_ENGINE, no_feature_reason())
    assert no_feature_reason() == "Fitur baca suara tidak tersedia di komputer ini."
    speaker.speak(script(), "en")  # never raises
    assert not speaker.is_speaking


@pytest.mark.speech_engine
def test_the_real_engine_speaks_indonesian(null_sink, qtbot):
    if "speechd" not in QTextToSpeech.availableEngines():
        pytest.skip("the speechd plug-in of QtTextToSpeech is missing")
    speaker = Speaker(engine="speechd", start_timeout_ms=20_000)
    with qtbot.waitSignal(speaker.availabilityChanged, timeout=30_000):
        speaker.start()
    assert speaker.availability("id") == (Availability.READY, "")
    assert speaker.voices("id")
    utterances = section_script("s", "Minum obat", "Telepon 119.", Glossary(), "119", "id")
    states = []
    speaker.stateChanged.connect(lambda: states.append(speaker.is_speaking))
    with qtbot.waitSignal(speaker.finished, timeout=20_000):
        speaker.speak(utterances, "id")
    assert True in states  # it went through speaking
    assert not speaker.is_speaking
    speaker.deleteLater()
