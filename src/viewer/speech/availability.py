"""Whether the app can read aloud, and the one line a reader is told when not: shared by
the engine (engine.py) and the window's side of a worker process (remote.py), which
must not load QtTextToSpeech itself. No Qt."""

from __future__ import annotations

from enum import Enum

NO_FEATURE = "Fitur baca suara tidak tersedia di komputer ini."
STARTING_REASON = "Fitur baca suara sedang disiapkan."
# Language names as a reader says them, for the one-line reason.
_LANGUAGE_NAMES = {
    "id": "Indonesia",
    "en": "Inggris",
    "jv": "Jawa",
    "su": "Sunda",
    "ms": "Melayu",
    "ar": "Arab",
    "zh": "Mandarin",
    "nl": "Belanda",
}


class Availability(Enum):
    STARTING = "starting"
    READY = "ready"
    NO_ENGINE = "no engine"
    NO_VOICE = "no voice"
    FAILED = "failed"


def base_language(language: str) -> str:
    """The language without its country: "id" for "id", "id_ID" or "id-ID"."""
    return language.replace("_", "-").split("-")[0].casefold()


def no_voice_reason(language: str) -> str:
    name = _LANGUAGE_NAMES.get(base_language(language))
    what = f"bahasa {name}" if name else f"bahasa ini ({language})"
    return f"Suara untuk {what} belum terpasang di komputer ini."
