"""The engine in a worker process (remote.RemoteSpeaker + worker.py), with Qt's mock
engine: the window's side never waits, and events of a stopped reading are dropped."""

from __future__ import annotations

import pytest

from viewer.content.model import Glossary
from viewer.speech.engine import Availability
from viewer.speech.remote import RemoteSpeaker
from viewer.speech.script import section_script


@pytest.fixture
def remote(qtbot):
    speaker = RemoteSpeaker(engine="mock")
    speaker.start()
    qtbot.waitUntil(lambda: speaker.engine_state()[0] is Availability.READY, timeout=30_000)
    assert speaker.availability("en")[0] is Availability.STARTING  # voices asked for
    qtbot.waitUntil(lambda: speaker.availability("en")[0] is Availability.READY)
    yield speaker
    speaker.close()


def _said(text: str):
    return section_script("s", "", text, Glossary(), "119", "en")


def test_a_reading_goes_word_by_word_through_the_worker(remote, qtbot):
    words: list[tuple[int, int, int]] = []
    started: list[int] = []
    remote.wordSpoken.connect(lambda *w: words.append(w))
    remote.utteranceStarted.connect(started.append)
    with qtbot.waitSignal(remote.finished, timeout=30_000):
        remote.speak(_said("Take it with water. Do not drive."), "en")
    assert started == [0, 1]
    shown = "Take it with water. Do not drive."
    assert [shown[s:e] for _i, s, e in words][:3] == ["Take", "it", "with"]


def test_no_voice_for_indonesian_in_the_mock_is_said_in_indonesian(remote, qtbot):
    remote.availability("id")
    qtbot.waitUntil(lambda: remote.availability("id")[0] is not Availability.STARTING)
    state, reason = remote.availability("id")
    assert state is Availability.NO_VOICE
    assert "bahasa Indonesia" in reason


def test_a_stopped_reading_ends_once_and_its_late_events_are_dropped(remote, qtbot):
    finished: list[bool] = []
    remote.finished.connect(lambda: finished.append(True))
    remote.speak(_said("One. Two. Three. Four. Five. Six."), "en")
    remote.stop()
    assert finished == [True] and not remote.is_speaking
    qtbot.wait(500)  # the worker's own end of that reading arrives: not a second end
    assert finished == [True]


def test_an_engine_the_worker_cannot_make_is_no_engine(qtbot):
    """(The worker logs why, with the fix, to the app's log file.)"""
    speaker = RemoteSpeaker(engine="none-such")
    speaker.start()
    qtbot.waitUntil(lambda: speaker.engine_state()[0] is not Availability.STARTING, timeout=30_000)
    assert speaker.engine_state()[0] in (Availability.NO_ENGINE, Availability.FAILED)
    speaker.close()
