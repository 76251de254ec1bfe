"""Which word an engine is saying when it does not say so itself (speech-dispatcher
reports no word boundaries): estimated from the time since the sentence began, at the
pace the engine has shown on the sentences it finished. No Qt; times in seconds.

Each sentence starts the estimate afresh (the engine says when a sentence starts), so an
error never outlasts a sentence; the pace is learned again from every sentence read.
"""

from __future__ import annotations

from viewer.speech.script import Utterance

# espeak-ng at the app's slow default says about 12-14 characters a second; learned after.
FIRST_PACE = 13.0
LEARNING = 0.4  # how much one finished sentence moves the pace
SHORTEST = 0.4  # s: a sentence ended sooner than this was cut short, nothing to learn


class WordPacer:
    def __init__(self, pace: float = FIRST_PACE) -> None:
        self.pace = pace  # spoken characters a second
        self._utterance: Utterance | None = None
        self._began = 0.0
        self._paused_at: float | None = None

    def begin(self, utterance: Utterance, now: float) -> None:
        """A new sentence starts: the one before it (if any) ended now."""
        self.finish(now)
        self._utterance = utterance
        self._began = now
        self._paused_at = None

    def finish(self, now: float) -> None:
        """The sentence ended now (said whole): learn the engine's pace from it."""
        utterance = self._utterance
        self._utterance = None
        if utterance is None or self._paused_at is not None:
            return
        took = now - self._began
        if took >= SHORTEST and utterance.text:
            self.pace += LEARNING * (len(utterance.text) / took - self.pace)

    def stop(self) -> None:
        """Stopped mid-sentence: nothing to learn."""
        self._utterance = None

    def pause(self, now: float) -> None:
        if self._paused_at is None:
            self._paused_at = now

    def resume(self, now: float) -> None:
        if self._paused_at is not None:
            self._began += now - self._paused_at  # the pause is not speaking time
            self._paused_at = None

    def word_at(self, now: float) -> tuple[int, int] | None:
        """The shown (start, end) of the word being said at `now`, estimated."""
        utterance = self._utterance
        if utterance is None:
            return None
        at = self._paused_at if self._paused_at is not None else now
        spoken = int((at - self._began) * self.pace)
        shown = utterance.shown_range(min(spoken, max(0, len(utterance.text) - 1)))
        if shown is None and utterance.spans:
            last = utterance.spans[-1]
            return last[2], last[3]
        return shown
