"""Reading aloud in the window: what each "Dengarkan" says, the bar while it speaks,
the word being spoken marked in the text and kept in view, and silence the moment the
reader does anything else.

The speaking is viewer.speech's (the reading script and the QtTextToSpeech engine);
this module connects it to the window's parts. The engine is made when a reader first
asks to listen: making speech-dispatcher's takes ~2 s in the GUI thread (it lists every
espeak-ng voice, holding Python's lock), which a reader who never listens should not
pay, least of all before the first paint. Once it has failed, or where it has no voice
for the article's language, the listen buttons are disabled with the reason.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer, Slot
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from shiboken6 import isValid

from viewer.content.slug import SUMMARY_ID
from viewer.settings import (
    load_speech_rate_step,
    load_speech_voice,
    load_speech_volume,
    save_speech_rate_step,
)
from viewer.speech import script
from viewer.speech.availability import no_feature_reason
from viewer.speech.script import Target, Utterance
from viewer.ui.listen_button import set_listen_state
from viewer.ui.speech_bar import DEFAULT_RATE_STEP, SpeechBar
from viewer.ui.text_marks import mark
from viewer.ui.word_pacer import WordPacer

if TYPE_CHECKING:
    from viewer.speech.engine import Speaker
    from viewer.speech.remote import RemoteSpeaker
    from viewer.ui.main_window import MainWindow
    from viewer.ui.section_widget import SectionWidget

log = logging.getLogger(__name__)
PACE_TICK_MS = 120  # the estimated word moves on this often (speech-dispatcher)


class ReadAloud(QObject):
    def __init__(
        self,
        window: MainWindow,
        *,
        offered: bool = True,
        engine: str | None = None,
        volume: float = 1.0,
        remember: bool = True,
    ) -> None:
        """`remember`: keep the reader's speed in the settings (not in a kiosk)."""
        super().__init__(window)
        self._window = window
        self.offered = offered
        self.remember = remember
        self.default_volume = volume
        self._engine_name = engine
        self.speaker: Speaker | RemoteSpeaker | None = (
            None  # made on the first press (_ensure_engine)
        )
        self._no_engine = False  # QtTextToSpeech cannot load: there can be none
        self.bar = SpeechBar(window.zoom, window)
        self._queue: list[Utterance] = []
        self._marked: QWidget | None = None  # the section body or warning marked now
        self._engine_requested = False
        self._pacer = WordPacer()
        self._paced: tuple[int, SectionWidget] | None = None
        self._pace_timer = QTimer(self)
        self._pace_timer.setInterval(PACE_TICK_MS)
        self._pace_timer.timeout.connect(self._pace_tick)
        self._replacing = False
        self._making_engine = False
        self._what = ""
        self.bar.pauseRequested.connect(self.pause)
        self.bar.resumeRequested.connect(self.resume)
        self.bar.stopRequested.connect(self.stop)
        self.bar.rateChanged.connect(self._rate_chosen)
        self._rate = 0.0
        self._volume = volume
        window.article_view.listenRequested.connect(self.listen_to_section)
        window.risk_panel.listenRequested.connect(self.listen_to_warnings)
        window.popup.listen.clicked.connect(self.listen_to_term)
        window.navigator.moved.connect(self.stop)
        self.reset_defaults()
        self.show_availability()
        # Any tap or key elsewhere ends the reading (the bar's own buttons do not).
        QApplication.instance().installEventFilter(self)

    def configure(self, *, offered: bool, volume: float, remember: bool) -> None:
        """What a mode (the kiosk) decides: offered or not, the volume, whether the
        reader's speed is kept."""
        self.offered, self.default_volume, self.remember = offered, volume, remember
        self.reset_defaults()
        self.show_availability()

    def shutdown(self) -> None:
        """The window closes: silence, and the speech worker ends with it."""
        self.stop()
        close = getattr(self.speaker, "close", None)
        if close is not None:
            close()

    def _make_speaker(self) -> Speaker | RemoteSpeaker | None:
        if self._engine_name == "mock":
            # Qt's test engine starts at once and hangs nothing: in this process.
            try:
                from viewer.speech.engine import Speaker
            except ImportError as exc:  # QtTextToSpeech cannot load (no libpulse)
                log.info("read-aloud is off: QtTextToSpeech cannot be loaded (%s)", exc)
                self._no_engine = True
                return None
            speaker: Speaker | RemoteSpeaker = Speaker(self, engine="mock")
        else:
            # A real engine in a worker process: making speech-dispatcher's holds Python's
            # lock for ~2 s, and a daemon that hangs would hang the window with it. This
            # process never loads QtTextToSpeech (nor QtMultimedia) at all.
            from viewer.speech.remote import RemoteSpeaker

            speaker = RemoteSpeaker(self, engine=self._engine_name)
            QApplication.instance().aboutToQuit.connect(speaker.close)
        speaker.availabilityChanged.connect(self._engine_changed)
        speaker.wordSpoken.connect(self._word)
        speaker.utteranceStarted.connect(self._utterance)
        speaker.finished.connect(self._finished)
        speaker.set_rate(self._rate)
        speaker.set_volume(self._volume)
        if self.remember:
            speaker.set_voice(load_speech_voice())
        return speaker

    def _ensure_engine(self) -> bool:
        """Make the engine if no one has asked before; True if it can speak now."""
        if not self._engine_requested:
            self._engine_requested = True
            self.bar.show_reading(self.tr("menyiapkan suara…"))
            self.bar.repaint()  # seen before the engine holds the window for a moment
            self.speaker = self._make_speaker()
            if self.speaker is not None:
                # An engine ready at once says so inside start(): _say speaks next, so
                # _engine_changed must not start the same queue a first time.
                self._making_engine = True
                try:
                    self.speaker.start()
                finally:
                    self._making_engine = False
            self.show_availability()
        state, reason = self._availability()
        if state == "READY":
            return True
        if state != "STARTING":
            self.bar.hide()
            self._window.show_notice(reason)
        return False

    def _availability(self) -> tuple[str, str]:
        """The engine's state by name (READY, STARTING, NO_VOICE, ...) and the reason, in
        the interface language of the moment: asked again each time it is shown."""
        if self.speaker is None:
            return ("NO_ENGINE", no_feature_reason()) if self._no_engine else ("STARTING", "")
        state, reason = self.speaker.availability(self._language())
        return state.name, reason

    @property
    def speaking(self) -> bool:
        return self.speaker is not None and (self.speaker.is_speaking or self.speaker.is_paused)

    # -- what can be offered ---------------------------------------------------------------
    def _language(self) -> str:
        current = self._window.current
        return current.article.meta.language if current is not None else "id"

    @Slot()
    def show_availability(self) -> None:
        state, reason = self._availability()
        if not self._engine_requested or state == "READY":
            reason = ""  # not asked yet: offered, and made on the first press
        elif state == "STARTING":
            reason = self.tr("Fitur baca suara sedang disiapkan…")
        window = self._window
        window.article_view.set_listen(self.offered, reason)
        window.risk_panel.set_listen(self.offered, reason)
        set_listen_state(window.popup.listen, self.offered, reason)

    # -- listening ---------------------------------------------------------------------------
    @Slot(str)
    def listen_to_section(self, section_id: str) -> None:
        """One section ("Dengarkan"), or with "" the whole article ("Bacakan semua")."""
        current = self._window.current
        if current is None:
            return
        if section_id:
            widget = self._window.article_view.section(section_id)
            if widget is None:
                return
            self._say(self._section_script(widget), widget.header.heading)
            return
        window = self._window
        sections = window.article_view.sections  # the summary first, as shown
        utterances = script.article_script(
            current.article,
            sections[0].body.toPlainText(),
            {widget.section_id: widget.body.toPlainText() for widget in sections[1:]},
            window.glossary_of(current.article.meta.language),
            window.clinic.emergency_number,
        )
        self._say(utterances, current.article.meta.title)

    @Slot()
    def listen_to_term(self) -> None:
        term = self._window.popup.term
        if term is not None:
            language = self._language()
            utterances = script.term_script(term, language, self._window.glossary_of(language))
            self._say(utterances, term.term)

    @Slot()
    def listen_to_warnings(self) -> None:
        self._say(self._risks(), self._window.risk_panel.heading.text())

    def _risks(self) -> list[Utterance]:
        current = self._window.current
        assert current is not None
        window = self._window
        return script.risks_script(
            current.article,
            window.clinic.emergency_number,
            window.glossary_of(current.article.meta.language),
            current.article.meta.language,
        )

    def _section_script(self, widget: SectionWidget) -> list[Utterance]:
        current = self._window.current
        assert current is not None
        if widget.section_id == SUMMARY_ID:
            return script.summary_script(
                widget.body.toPlainText(),
                self._window.glossary_of(current.article.meta.language),
                self._window.clinic.emergency_number,
                current.article.meta.language,
            )
        return script.section_script(
            widget.section_id,
            widget.header.heading,
            widget.body.toPlainText(),  # as shown: the offsets are the browser's
            self._window.glossary_of(current.article.meta.language),
            self._window.clinic.emergency_number,
            current.article.meta.language,
        )

    def _say(self, utterances: list[Utterance], what: str) -> None:
        if not utterances:
            return
        self._queue = list(utterances)
        self._what = what
        if not self._ensure_engine():
            return  # an engine still starting speaks once ready (_engine_changed)
        assert self.speaker is not None
        self.bar.show_reading(what)
        self._start_speaking()

    def _start_speaking(self) -> None:
        """speak() first ends what was playing, and says so (finished) before it starts
        the new queue: that end is not this queue's."""
        assert self.speaker is not None
        self._replacing = True
        try:
            self.speaker.speak(self._queue, self._language())
        finally:
            self._replacing = False

    @Slot()
    def _engine_changed(self) -> None:
        self.show_availability()
        state, reason = self._availability()
        if self._making_engine or not self._queue or self.speaking or self.speaker is None:
            return
        if state == "READY":
            self.bar.show_reading(self._what)
            self._start_speaking()
        elif state != "STARTING":
            self._queue = []
            self.bar.hide()
            self._window.show_notice(reason)

    # -- following the voice ------------------------------------------------------------------
    @Slot(int)
    def _utterance(self, index: int) -> None:
        if not 0 <= index < len(self._queue):
            return
        utterance = self._queue[index]
        self._unmark()
        # The sentence before ended now: the pace is learned from it, its estimate stops.
        self._pacer.finish(time.monotonic())
        self._pace_timer.stop()
        self._paced = None
        if utterance.target is Target.RISK:
            items = self._window.risk_panel.items
            if utterance.key.isdigit() and int(utterance.key) < len(items):
                item = items[int(utterance.key)]
                item.set_speaking(True)
                self._marked = item
                self._window.risk_panel.ensureWidgetVisible(item)
            return
        if utterance.target not in (Target.SECTION, Target.SUMMARY):
            return
        widget = self._window.article_view.section(utterance.key or SUMMARY_ID)
        if widget is None:
            return
        if not widget.is_open:
            widget.set_open(True)  # a closed section is opened to be followed
        if utterance.heading or not utterance.spans:
            self._window.article_view.scroll_to(widget)
            return
        if self.speaker is not None and not self.speaker.word_boundaries:
            # An engine that does not say where it is in the text (speech-dispatcher):
            # the word is estimated from the time (WordPacer), sentence by sentence.
            self._pacer.begin(utterance, time.monotonic())
            self._paced = (index, widget)
            self._pace_tick()
            self._pace_timer.start()

    @Slot()
    def _pace_tick(self) -> None:
        if self._paced is None:
            return
        index, widget = self._paced
        word = self._pacer.word_at(time.monotonic())
        if word is not None and isValid(widget):
            self._word(index, *word)

    @Slot(int, int, int)
    def _word(self, index: int, start: int, end: int) -> None:
        if not 0 <= index < len(self._queue):
            return
        utterance = self._queue[index]
        if utterance.target not in (Target.SECTION, Target.SUMMARY) or utterance.heading:
            return  # a heading is said but not marked: its button shows it already
        widget = self._window.article_view.section(utterance.key or SUMMARY_ID)
        if widget is None:
            return
        body = widget.body
        if self._marked is not body:
            self._unmark()
            self._marked = body
        mark(body, [(start, end)], current=(start, end))
        self._keep_in_view(widget, start)

    def _keep_in_view(self, widget: SectionWidget, position: int) -> None:
        view = self._window.article_view
        body = widget.body
        cursor = QTextCursor(body.document())
        cursor.setPosition(position)
        rect = body.cursorRect(cursor)
        point = body.viewport().mapTo(view.widget(), QPoint(rect.x(), rect.y()))
        view.ensureVisible(point.x(), point.y(), 0, view.height() // 4)

    def _unmark(self) -> None:
        marked = self._marked
        self._marked = None
        if marked is None:
            return
        if not isValid(marked):
            return
        if hasattr(marked, "set_speaking"):
            marked.set_speaking(False)
        else:
            mark(marked, ())  # a section body

    # -- controls ------------------------------------------------------------------------------
    @Slot()
    def pause(self) -> None:
        if self.speaker is not None:
            self.speaker.pause()
        self._pacer.pause(time.monotonic())
        self.bar.set_paused(True)

    @Slot()
    def resume(self) -> None:
        if self.speaker is not None:
            self.speaker.resume()
        self._pacer.resume(time.monotonic())
        self.bar.set_paused(False)

    @Slot()
    def stop(self) -> None:
        if self.speaker is not None and (self.speaking or self.bar.isVisible()):
            self.speaker.stop()
        self._finished()

    @Slot()
    def _finished(self) -> None:
        if self._replacing:
            return
        self._pace_timer.stop()
        if self.speaker is not None and not self.speaker.is_speaking:
            self._pacer.finish(time.monotonic())  # the last sentence was said whole
        self._pacer.stop()
        self._paced = None
        self._unmark()
        self._queue = []
        self.bar.hide()

    def reset_defaults(self) -> None:
        """A new reader: the default speed and volume (a kiosk's reset), or the ones this
        reader chose before (a desktop keeps them in its settings)."""
        self.stop()
        step = load_speech_rate_step(DEFAULT_RATE_STEP) if self.remember else DEFAULT_RATE_STEP
        self.bar.set_rate_step(step)
        volume = load_speech_volume(self.default_volume) if self.remember else self.default_volume
        self._rate, self._volume = self.bar.rate, volume
        if self.speaker is not None:
            self.speaker.set_rate(self._rate)
            self.speaker.set_volume(self._volume)

    @Slot(float)
    def _rate_chosen(self, rate: float) -> None:
        self._rate = rate
        if self.speaker is not None:
            self.speaker.set_rate(rate)
        if self.remember:
            save_speech_rate_step(self.bar.rate_step)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind not in (QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress):
            return False
        if not self.speaking:
            return False
        if not isinstance(watched, QWidget) or not self._window.isAncestorOf(watched):
            return False
        if self.bar.isAncestorOf(watched) or _is_listen_button(watched):
            return False  # the reader's own controls of the reading
        self.stop()
        return False


def _is_listen_button(widget: QWidget) -> bool:
    return isinstance(widget, QAbstractButton) and widget.objectName() in (
        "listenButton",
        "riskListen",
    )
