"""`patient-viewer --speech-worker`: the speech engine in a process of its own.

Making speech-dispatcher's engine takes ~2 s during which PySide holds Python's lock, and
a daemon that does not answer can hang it for good: in the window's process either would
freeze the window. Here it freezes only this worker; the window (remote.RemoteSpeaker)
talks to it over stdin/stdout, one JSON object a line:

  commands  {"c": "voices", "lang": "id"}  {"c": "speak", "lang": "id", "u": [[text, spans], ...]}
            {"c": "pause"} {"c": "resume"} {"c": "stop"} {"c": "rate", "v": -0.3}
            {"c": "volume", "v": 0.8} {"c": "voice", "v": "name or null"}
  events    {"e": "state", "a": "READY|NO_ENGINE|FAILED|...", "reason": "...", "words": bool}
            {"e": "voices", "lang": "id", "names": [...]}
            {"e": "utterance", "i": 0} {"e": "word", "i": 0, "s": 4, "t": 9}
            {"e": "speaking", "speaking": bool, "paused": bool} {"e": "finished"}

The worker ends when its stdin closes (the window has gone).
"""

from __future__ import annotations

import json
import sys
import threading
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from viewer.speech.engine import Speaker
from viewer.speech.script import Target, Utterance


class _Commands(QObject):
    """Lines read from stdin by a thread, handed to the Qt thread as a signal."""

    received = Signal(str)
    closed = Signal()


def _send(event: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(event) + "\n")
    sys.stdout.flush()


def run_speech_worker(engine: str | None) -> int:
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    speaker = Speaker(engine=engine)
    # Which speak command the events belong to: the window ignores those of a reading it
    # has stopped or replaced (they cross its next command on the way).
    generation = [0]

    def state() -> None:
        available, reason = speaker.engine_state()
        _send(
            {
                "e": "state",
                "a": available.name,
                "reason": reason,
                "words": speaker.word_boundaries,
            }
        )

    speaker.availabilityChanged.connect(state)

    def reading(event: dict[str, Any]) -> None:
        _send({**event, "g": generation[0]})

    speaker.utteranceStarted.connect(lambda i: reading({"e": "utterance", "i": i}))
    speaker.wordSpoken.connect(lambda i, s, t: reading({"e": "word", "i": i, "s": s, "t": t}))
    speaker.stateChanged.connect(
        lambda: reading(
            {"e": "speaking", "speaking": speaker.is_speaking, "paused": speaker.is_paused}
        )
    )
    speaker.finished.connect(lambda: reading({"e": "finished"}))

    def handle(line: str) -> None:
        try:
            command = json.loads(line)
        except ValueError:
            return
        kind = command.get("c")
        if kind == "voices":
            language = str(command.get("lang", ""))
            _send({"e": "voices", "lang": language, "names": speaker.voices(language)})
        elif kind == "speak":
            utterances = [
                Utterance(str(text), Target.SECTION, "", "", tuple(tuple(s) for s in spans))
                for text, spans in command.get("u", [])
            ]
            speaker.stop()  # the old reading's end, under its own generation
            generation[0] = int(command.get("g", 0))
            speaker.speak(utterances, str(command.get("lang", "")))
        elif kind == "pause":
            speaker.pause()
        elif kind == "resume":
            speaker.resume()
        elif kind == "stop":
            speaker.stop()
        elif kind == "rate":
            speaker.set_rate(float(command.get("v", 0.0)))
        elif kind == "volume":
            speaker.set_volume(float(command.get("v", 1.0)))
        elif kind == "voice":
            speaker.set_voice(command.get("v") or None)

    commands = _Commands()
    commands.received.connect(handle)
    commands.closed.connect(app.quit)

    def read() -> None:
        for line in sys.stdin:
            commands.received.emit(line)
        commands.closed.emit()

    threading.Thread(target=read, name="speech-commands", daemon=True).start()
    speaker.start()  # availabilityChanged (connected above) tells the window
    return app.exec()
