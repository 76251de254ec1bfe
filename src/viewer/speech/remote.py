"""RemoteSpeaker: the Speaker's interface, with the engine in a worker process
(worker.py), so that making it (~2 s with speech-dispatcher, Python's lock held) or a
daemon that hangs never freezes the window. The window waits for nothing: it sends a
line and goes on; the worker's events come back as signals.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Sequence

from PySide6.QtCore import QObject, QProcess, QTimer, Signal, Slot

from viewer import paths
from viewer.speech.availability import Availability, reason
from viewer.speech.availability import base_language as _base
from viewer.speech.script import Utterance

log = logging.getLogger(__name__)
START_TIMEOUT_MS = 15_000  # the worker's start and the engine's; then FAILED


def worker_command() -> list[str]:
    """How to start this program as a speech worker (source or frozen)."""
    if paths.is_frozen():
        return [sys.executable, "--speech-worker"]
    return [sys.executable, "-m", "viewer", "--speech-worker"]


class RemoteSpeaker(QObject):
    availabilityChanged = Signal()  # noqa: N815 - as Speaker's
    stateChanged = Signal()  # noqa: N815
    wordSpoken = Signal(int, int, int)  # noqa: N815
    utteranceStarted = Signal(int)  # noqa: N815
    finished = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        engine: str | None = None,
        start_timeout_ms: int = START_TIMEOUT_MS,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._state = Availability.STARTING
        self._words = False
        self._voices: dict[str, list[str]] = {}  # by base language, as the worker said
        self._asked: set[str] = set()
        self._voice: str | None = None
        self._rate = -0.3
        self._volume = 1.0
        self._speaking = self._paused = False
        self._index = -1
        self._generation = 0  # of the reading the window wants events of
        self._closing = False
        self._process: QProcess | None = None
        self._buffer = b""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(start_timeout_ms)
        self._timer.timeout.connect(self._timed_out)

    # -- the worker -------------------------------------------------------------------------
    def start(self) -> None:
        if self._process is not None:
            return
        process = QProcess(self)
        self._process = process
        command = worker_command()
        if self._engine:
            command += ["--speech-engine", self._engine]
        # Its log goes to the log file; stderr would only fill a pipe nobody reads.
        process.setStandardErrorFile(QProcess.nullDevice())
        process.readyReadStandardOutput.connect(self._read)
        process.errorOccurred.connect(self._process_error)
        process.finished.connect(self._process_ended)
        process.start(command[0], command[1:])
        self._timer.start()

    def _send(self, command: dict) -> None:
        process = self._process
        if process is not None and process.state() == QProcess.ProcessState.Running:
            process.write((json.dumps(command) + "\n").encode())

    @Slot()
    def _read(self) -> None:
        assert self._process is not None
        self._buffer += bytes(self._process.readAllStandardOutput().data())
        *lines, self._buffer = self._buffer.split(b"\n")
        for line in lines:
            try:
                event = json.loads(line)
            except ValueError:
                continue
            self._event(event)

    def _event(self, event: dict) -> None:
        kind = event.get("e")
        if "g" in event and event["g"] != self._generation:
            return  # a reading stopped or replaced since
        if kind == "state":
            self._timer.stop()
            # The worker's "reason" is in its own language (Indonesian): the window says
            # its own, in the interface language (availability.reason).
            self._state = Availability[event.get("a", "FAILED")]
            self._words = bool(event.get("words"))
            if self._state in (Availability.NO_ENGINE, Availability.FAILED):
                QTimer.singleShot(0, self, self.close)  # nothing to speak with: let it go
            if self._state is Availability.READY:
                self._send({"c": "rate", "v": self._rate})
                self._send({"c": "volume", "v": self._volume})
                self._send({"c": "voice", "v": self._voice})
                for language in self._asked:
                    self._send({"c": "voices", "lang": language})
            self.availabilityChanged.emit()
        elif kind == "voices":
            self._voices[_base(event.get("lang", ""))] = list(event.get("names", []))
            self.availabilityChanged.emit()
        elif kind == "utterance":
            self._index = int(event.get("i", -1))
            self.utteranceStarted.emit(self._index)
        elif kind == "word":
            self.wordSpoken.emit(int(event["i"]), int(event["s"]), int(event["t"]))
        elif kind == "speaking":
            self._speaking, self._paused = bool(event["speaking"]), bool(event["paused"])
            self.stateChanged.emit()
        elif kind == "finished":
            self._speaking = self._paused = False
            self._index = -1
            self.finished.emit()

    @Slot()
    def _timed_out(self) -> None:
        if self._state is Availability.STARTING:
            self._fail(f"the speech worker did not answer within {self._timer.interval()} ms")

    @Slot(QProcess.ProcessError)
    def _process_error(self, error: QProcess.ProcessError) -> None:
        if self._state is Availability.STARTING:
            self._fail(f"the speech worker could not run: {error.name}")

    @Slot(int, QProcess.ExitStatus)
    def _process_ended(self, code: int, _status: QProcess.ExitStatus) -> None:
        was_speaking = self._speaking or self._paused
        if self._closing:
            return  # ended because the window asked it to
        if self._state in (Availability.STARTING, Availability.READY):
            self._fail(f"the speech worker ended (exit {code})")
        if was_speaking:
            self._speaking = self._paused = False
            self.finished.emit()

    def _fail(self, detail: str) -> None:
        self._timer.stop()
        self._state = Availability.FAILED
        log.warning("read-aloud is off: %s", detail)
        self.availabilityChanged.emit()

    def close(self) -> None:
        """End the worker (its stdin closes: it quits)."""
        process = self._process
        self._closing = True
        if process is not None and process.state() != QProcess.ProcessState.NotRunning:
            process.closeWriteChannel()
            if not process.waitForFinished(2000):
                process.kill()
                process.waitForFinished(1000)

    # -- Speaker's interface ---------------------------------------------------------------
    def engine_state(self) -> tuple[Availability, str]:
        return self._state, reason(self._state)

    def availability(self, language: str) -> tuple[Availability, str]:
        if self._state is not Availability.READY:
            return self._state, reason(self._state)
        key = _base(language)
        if key not in self._voices:
            if key not in self._asked:
                self._asked.add(key)
                self._send({"c": "voices", "lang": key})
            return Availability.STARTING, reason(Availability.STARTING)
        if not self._voices[key]:
            return Availability.NO_VOICE, reason(Availability.NO_VOICE, language)
        return Availability.READY, ""

    def voices(self, language: str) -> list[str]:
        return list(self._voices.get(_base(language), []))

    def speak(self, utterances: Sequence[Utterance], language: str) -> None:
        if self._speaking or self._paused:
            self.stop()
        if self.availability(language)[0] is not Availability.READY or not utterances:
            return
        self._generation += 1
        self._speaking, self._index = True, -1  # until the worker says otherwise
        said = [[u.text, list(u.spans)] for u in utterances]
        self._send({"c": "speak", "g": self._generation, "lang": language, "u": said})

    def pause(self) -> None:
        self._send({"c": "pause"})

    def resume(self) -> None:
        self._send({"c": "resume"})

    def stop(self) -> None:
        if self._speaking or self._paused:
            self._generation += 1  # what the worker still says of it is not wanted
            self._send({"c": "stop"})
            self._speaking = self._paused = False
            self.finished.emit()

    @property
    def is_speaking(self) -> bool:
        return self._speaking and not self._paused

    @property
    def is_paused(self) -> bool:
        return self._paused

    @property
    def current_index(self) -> int:
        return self._index

    @property
    def word_boundaries(self) -> bool:
        return self._words

    def set_rate(self, rate: float) -> None:
        self._rate = max(-1.0, min(1.0, rate))
        self._send({"c": "rate", "v": self._rate})

    def set_volume(self, volume: float) -> None:
        self._volume = max(0.0, min(1.0, volume))
        self._send({"c": "volume", "v": self._volume})

    def set_voice(self, name: str | None) -> None:
        self._voice = name or None
        self._send({"c": "voice", "v": self._voice})
