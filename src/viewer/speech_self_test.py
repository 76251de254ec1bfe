"""`patient-viewer --speech-self-test`: prove that reading aloud works in this build.

Qt's mock engine (a QtTextToSpeech plugin that needs no audio) says three words; the
test waits for it to speak and become ready again, counts the words it reported, and
lists the engines the platform offers (speechd on a Linux with speech-dispatcher). For
the frozen smoke test: the bundle must carry QtTextToSpeech and its plugins.

Prints `speech self-test OK: engines=mock,speechd words=3`; exit 0, else 1 with one
line on stderr in the interface language. Never waits longer than TIMEOUT_MS.
"""

from __future__ import annotations

import sys

from viewer.i18n import translate

TIMEOUT_MS = 10_000
WORDS = "satu dua tiga"


def run_speech_self_test() -> int:
    from PySide6.QtCore import QCoreApplication, QTimer

    try:
        # The engine module first: it quiets QtMultimedia before QtTextToSpeech loads.
        from viewer.speech.engine import QTextToSpeech
    except ImportError as exc:
        print(
            translate(
                "Speech", "speech self-test GAGAL: QtTextToSpeech tidak ada ({error})"
            ).format(error=exc),
            file=sys.stderr,
        )
        return 1
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    engines = QTextToSpeech.availableEngines()
    if "mock" not in engines:
        print(
            translate(
                "Speech", "speech self-test GAGAL: mesin 'mock' tidak ada ({engines})"
            ).format(engines=engines),
            file=sys.stderr,
        )
        return 1
    speech = QTextToSpeech("mock")
    words: list[str] = []
    seen: list[QTextToSpeech.State] = []
    speech.sayingWord.connect(lambda word, *_: words.append(word))

    def changed(state: QTextToSpeech.State) -> None:
        seen.append(state)
        spoken = state == QTextToSpeech.State.Ready and QTextToSpeech.State.Speaking in seen
        if spoken or state == QTextToSpeech.State.Error:
            app.quit()

    speech.stateChanged.connect(changed)
    QTimer.singleShot(0, lambda: speech.say(WORDS))
    QTimer.singleShot(TIMEOUT_MS, app.quit)
    app.exec()
    done = QTextToSpeech.State.Speaking in seen and speech.state() == QTextToSpeech.State.Ready
    if not done or len(words) != len(WORDS.split()):
        print(
            translate("Speech", "speech self-test GAGAL: keadaan {states}, kata {words}").format(
                states=[s.name for s in seen], words=words
            ),
            file=sys.stderr,
        )
        return 1
    print(f"speech self-test OK: engines={','.join(engines)} words={len(words)}")
    return 0
