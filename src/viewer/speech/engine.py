"""Speaker: QtTextToSpeech behind a small API for the window (no widgets).

The engine is made by start(), which the window calls from a zero timer after its first
paint; a timeout turns an engine that never becomes ready into FAILED. Utterances are
said one at a time (enqueue, wait for Speaking -> Ready, the next), so the utterance that
an engine word boundary belongs to is always known, and stop acts between any two words.

Measured with speech-dispatcher + espeak-ng: making QTextToSpeech("speechd") takes about
2 s (the daemon lists espeak-ng's ~13,000 voice variants) and holds Python's GIL, so it
cannot be moved to a Python thread; that is why it waits for the first paint. speechd
does not report word boundaries (no WordByWordProgress): `word_boundaries` says so, and
the window then marks the whole utterance on utteranceStarted.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Sequence

from PySide6.QtCore import QLocale, QLoggingCategory, QObject, QTimer, Signal, Slot

from viewer.speech.availability import Availability, reason
from viewer.speech.availability import base_language as _base
from viewer.speech.script import Utterance


def quiet_multimedia() -> None:
    """An engine plays through QtMultimedia, which tries PipeWire first and warns when it
    is absent (most machines here): a note, not a fault; Qt goes on with another output."""
    QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver=false")


# QtMultimedia (under QtTextToSpeech) looks for PipeWire while its library loads, that is
# during this import, so the rule has to be in place before it.
quiet_multimedia()
from PySide6.QtTextToSpeech import QTextToSpeech, QVoice  # noqa: E402

log = logging.getLogger(__name__)

# Slower than the engine's normal: the app's listeners are often older.
DEFAULT_RATE = -0.3
DEFAULT_VOLUME = 1.0

_INSTALL_HINT = (
    "on Linux install speech-dispatcher and espeak-ng (Debian: apt-get install "
    "speech-dispatcher espeak-ng speech-dispatcher-espeak-ng); on Windows add the "
    "Indonesian voice under Settings > Time & language > Speech"
)


def _platform_engines() -> tuple[str, ...]:
    if sys.platform.startswith("win"):
        return ("winrt", "sapi")
    if sys.platform == "darwin":
        return ("darwin", "macos")
    return ("speechd", "flite")


class Speaker(QObject):
    """Says a queue of Utterances; reports the shown word being said."""

    availabilityChanged = Signal()  # noqa: N815 - Qt naming
    stateChanged = Signal()  # noqa: N815 - speaking / paused / idle changed
    wordSpoken = Signal(int, int, int)  # noqa: N815 - utterance index, shown_start, shown_end
    utteranceStarted = Signal(int)  # noqa: N815 - utterance index
    finished = Signal()  # the queue ended, or was stopped

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        engine: str | None = None,
        start_timeout_ms: int = 5000,
    ) -> None:
        super().__init__(parent)
        self._engine_name = engine
        self._tts: QTextToSpeech | None = None
        self._state = Availability.STARTING
        self._started = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(start_timeout_ms)
        self._timer.timeout.connect(self._timed_out)
        self._voices: dict[str, list[QVoice]] = {}
        self._voice_name: str | None = None
        self._rate = DEFAULT_RATE
        self._volume = DEFAULT_VOLUME
        self._queue: list[Utterance] = []
        self._index = -1
        self._heard_speaking = False
        self._paused = False
        self._pause_pending = False  # asked to pause; the engine pauses after the word
        self._held = False  # paused between two utterances: resume says the next
        self._logged: set[str] = set()

    # -- start-up -----------------------------------------------------------------------

    def start(self) -> None:
        """Make the engine (once). Call it after the first paint: see the module doc."""
        if self._started:
            return
        self._started = True
        names, missing = self._candidates()
        if not names:
            self._fail(Availability.NO_ENGINE, missing)
            return
        self._timer.start()
        began = time.monotonic()
        tts = QTextToSpeech(names[0], self)
        log.info("speech engine %r made in %.2f s", names[0], time.monotonic() - began)
        self._tts = tts
        tts.stateChanged.connect(self._engine_state)
        tts.errorOccurred.connect(self._engine_error)
        tts.sayingWord.connect(self._saying_word)
        self._engine_state(tts.state())

    def _candidates(self) -> tuple[list[str], str]:
        """The engines to try, or why there is none."""
        available = QTextToSpeech.availableEngines()
        if self._engine_name is not None:
            if self._engine_name in available:
                return [self._engine_name], ""
            installed = ", ".join(available) or "none"
            return [], f"speech engine {self._engine_name!r} is not installed ({installed})"
        wanted = [e for e in _platform_engines() if e in available]
        names = wanted or [e for e in available if e != "mock"]
        return names, "" if names else "no text-to-speech engine plug-in is installed"

    def _engine_state(self, state: QTextToSpeech.State) -> None:
        if self._state is Availability.STARTING:
            if state == QTextToSpeech.State.Error:
                self._engine_error(self._tts.errorReason(), self._tts.errorString())
            elif state != QTextToSpeech.State.Synthesizing:
                self._timer.stop()
                self._ready()
            return
        self._track(state)

    def _ready(self) -> None:
        assert self._tts is not None
        self._tts.setRate(self._rate)
        self._tts.setVolume(self._volume)
        self._state = Availability.READY
        log.info("speech engine %r ready", self._tts.engine())
        self.availabilityChanged.emit()

    @Slot()
    def _timed_out(self) -> None:
        if self._state is Availability.STARTING:
            self._fail(
                Availability.FAILED,
                f"the speech engine did not answer within {self._timer.interval() / 1000:g} s",
            )

    def _engine_error(self, reason: QTextToSpeech.ErrorReason, text: str) -> None:
        if self._state is Availability.STARTING:
            self._fail(Availability.FAILED, f"the speech engine failed: {reason.name}: {text}")
        else:
            log.warning("speech engine error: %s: %s", reason.name, text)
            self._finish()

    def _fail(self, state: Availability, detail: str) -> None:
        self._timer.stop()
        self._state = state
        log.warning("read-aloud is off: %s; %s", detail, _INSTALL_HINT)
        self.availabilityChanged.emit()

    # -- voices ---------------------------------------------------------------------------

    def engine_state(self) -> tuple[Availability, str]:
        """The engine's own state (STARTING, READY, NO_ENGINE, FAILED), for any language."""
        return self._state, reason(self._state)

    def availability(self, language: str) -> tuple[Availability, str]:
        """Whether `language` can be read aloud, and if not, one line a reader understands
        (in the interface language of the moment it is asked)."""
        if self._state is not Availability.READY:
            return self._state, reason(self._state)
        if not self._voices_for(language):
            if language not in self._logged:
                self._logged.add(language)
                log.info("no speech voice for language %r; %s", language, _INSTALL_HINT)
            return Availability.NO_VOICE, reason(Availability.NO_VOICE, language)
        return Availability.READY, ""

    def _voices_for(self, language: str) -> list[QVoice]:
        key = _base(language)
        if key in self._voices or self._tts is None:
            return self._voices.get(key, [])
        wanted = QLocale(key).language()
        voices: list[QVoice] = []
        if wanted != QLocale.Language.C:
            before = self._tts.locale()
            # Only this language's locales: asking speechd for "C" puts it in an error state.
            for locale in self._tts.availableLocales():
                if locale.language() == wanted:
                    self._tts.setLocale(locale)
                    voices += [v for v in self._tts.availableVoices() if v not in voices]
            if voices and before.language() != wanted:
                self._tts.setLocale(before)
        self._voices[key] = voices
        return voices

    def voices(self, language: str) -> list[str]:
        return [v.name() for v in self._voices_for(language)]

    def set_voice(self, name: str | None) -> None:
        """The preferred voice by name (a saved setting); used when it suits the language."""
        self._voice_name = name or None

    def _choose_voice(self, language: str) -> bool:
        voices = self._voices_for(language)
        if not voices or self._tts is None:
            return False
        voice = next((v for v in voices if v.name() == self._voice_name), voices[0])
        if self._tts.voice() != voice:
            self._tts.setLocale(voice.locale())
            self._tts.setVoice(voice)
        return True

    # -- saying ---------------------------------------------------------------------------

    def speak(self, utterances: Sequence[Utterance], language: str) -> None:
        """Stop anything playing, then say `utterances` in order in `language`'s voice."""
        self.stop()
        if self.availability(language)[0] is not Availability.READY or not utterances:
            return
        self._choose_voice(language)
        self._queue = list(utterances)
        self._index = -1
        self._next()

    def _next(self) -> None:
        assert self._tts is not None
        self._index += 1
        if self._index >= len(self._queue):
            self._finish()
            return
        self._heard_speaking = False
        self.utteranceStarted.emit(self._index)
        if self._tts.enqueue(self._queue[self._index].text) < 0:
            log.warning("the speech engine refused an utterance: %s", self._tts.errorString())
            self._finish()

    def _track(self, state: QTextToSpeech.State) -> None:
        if not self._queue:
            return
        if state == QTextToSpeech.State.Speaking:
            self._heard_speaking = True
            self._paused = False
        elif state == QTextToSpeech.State.Paused:
            self._paused, self._pause_pending = True, False
        elif state == QTextToSpeech.State.Ready and self._heard_speaking:
            # Ready before this utterance was heard speaking is the stop of the last one.
            if not self._pause_pending:
                self._next()
                return
            # The utterance ended before the engine could pause in it: hold the next.
            self._paused, self._held, self._pause_pending = True, True, False
        self.stateChanged.emit()

    def _saying_word(self, word: str, utterance_id: int, start: int, length: int) -> None:
        # Not matched by id: Qt numbers an utterance by its place in the engine's queue
        # since the queue was last empty (always 0 here, one utterance at a time).
        if not self._queue or not self._heard_speaking or self._paused:
            return
        shown = self._queue[self._index].shown_range(start)
        if shown is not None:
            self.wordSpoken.emit(self._index, *shown)

    def _finish(self) -> None:
        was_active = bool(self._queue)
        self._queue, self._index = [], -1
        self._paused = self._held = self._pause_pending = False
        if was_active:
            self.stateChanged.emit()
            self.finished.emit()

    def pause(self) -> None:
        if self._tts is not None and self.is_speaking and not self._pause_pending:
            self._pause_pending = True
            self._tts.pause()

    def resume(self) -> None:
        if self._tts is None or not self._queue:
            return
        if self._held:
            self._paused = self._held = False
            self.stateChanged.emit()
            self._next()
        elif self._paused:
            self._tts.resume()

    def stop(self) -> None:
        """Stop at once; `finished` follows if anything was being said."""
        if not self._queue:
            return
        queue_was = self._queue
        self._queue = []  # so the engine's Ready below is not taken for an utterance's end
        if self._tts is not None:
            self._tts.stop()
        self._queue = queue_was
        self._finish()

    @property
    def is_speaking(self) -> bool:
        return bool(self._queue) and not self._paused

    @property
    def is_paused(self) -> bool:
        return bool(self._queue) and self._paused

    @property
    def current_index(self) -> int:
        """The utterance being said, -1 when idle."""
        return self._index if self._queue else -1

    @property
    def word_boundaries(self) -> bool:
        """Whether the engine reports each word (mock, WinRT, macOS do; speechd does not)."""
        return self._tts is not None and bool(
            self._tts.engineCapabilities() & QTextToSpeech.Capability.WordByWordProgress
        )

    def set_rate(self, rate: float) -> None:
        """-1 (slowest) .. 1, 0 the engine's normal; DEFAULT_RATE until set."""
        self._rate = max(-1.0, min(1.0, rate))
        if self._tts is not None and self._state is Availability.READY:
            self._tts.setRate(self._rate)

    def set_volume(self, volume: float) -> None:
        """0 .. 1."""
        self._volume = max(0.0, min(1.0, volume))
        if self._tts is not None and self._state is Availability.READY:
            self._tts.setVolume(self._volume)
