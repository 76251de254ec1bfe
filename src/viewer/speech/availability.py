"""Whether the app can read aloud, and the one line a reader is told when not: shared by
the engine (engine.py) and the window's side of a worker process (remote.py), which
must not load QtTextToSpeech itself. No Qt.

The line is made when it is asked for, in the interface language (viewer.i18n), never
kept: a reader who switches the language sees the listen buttons' reason in the new one
as soon as the window shows it again (ui/read_aloud.py, show_availability). For the same
reason the worker's own words are not shown: it runs in Indonesian.
"""

from __future__ import annotations

from enum import Enum

from viewer.i18n import translate


class Availability(Enum):
    STARTING = "starting"
    READY = "ready"
    NO_ENGINE = "no engine"
    NO_VOICE = "no voice"
    FAILED = "failed"


def base_language(language: str) -> str:
    """The language without its country: "id" for "id", "id_ID" or "id-ID"."""
    return language.replace("_", "-").split("-")[0].casefold()


def no_feature_reason() -> str:
    """No engine, or it failed: nothing can be read aloud."""
    return translate("Speech", "Fitur baca suara tidak tersedia di komputer ini.")


def starting_reason() -> str:
    """The engine (or its voices for a language) is still being made ready."""
    return translate("Speech", "Fitur baca suara sedang disiapkan.")


def no_voice_reason(language: str) -> str:
    """No voice for the article's `language` (a code: "id", "en_GB")."""
    name = _language_name(base_language(language))
    if name is None:
        return translate(
            "Speech", "Suara untuk bahasa ini ({code}) belum terpasang di komputer ini."
        ).format(code=language)
    return translate(
        "Speech", "Suara untuk bahasa {language} belum terpasang di komputer ini."
    ).format(language=name)


def reason(state: Availability, language: str = "") -> str:
    """The line for `state` ("" when READY); `language` is the article's, for NO_VOICE."""
    if state is Availability.STARTING:
        return starting_reason()
    if state is Availability.NO_VOICE:
        return no_voice_reason(language)
    if state in (Availability.NO_ENGINE, Availability.FAILED):
        return no_feature_reason()
    return ""


def _language_name(code: str) -> str | None:
    """A language's name as a reader says it, or None for a language not listed here."""
    #: A language's name as a reader says it, completing "No voice for {language} ...".
    names = {
        "id": translate("Speech", "Indonesia"),
        "en": translate("Speech", "Inggris"),
        "jv": translate("Speech", "Jawa"),
        "su": translate("Speech", "Sunda"),
        "ms": translate("Speech", "Melayu"),
        "ar": translate("Speech", "Arab"),
        "zh": translate("Speech", "Mandarin"),
        "nl": translate("Speech", "Belanda"),
    }
    return names.get(code)
