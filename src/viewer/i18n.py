"""The app's words in the reader's language: one system, Qt's catalogues.

The source strings are Indonesian, written in the code with `translate("Context", "...")`
(Qt-free modules: content checks, `check`, `handout`, argparse) or `self.tr("...")` and
`QCoreApplication.translate` (widgets). pyside6-lupdate collects both kinds into
resources/translations/viewer_<language>.ts; pyside6-lrelease compiles those to .qm
(build.spec for the bundle, on demand in a source checkout: see translations.py).

Indonesian needs no catalogue, so a Qt-free command in Indonesian never imports Qt. For
another language a QTranslator is loaded and asked directly: that works without a
QCoreApplication, which `check` does not make. The window also installs the same
translator in the application (ui/language.py), so `self.tr` follows it.

`language=None` everywhere means the interface language set by `set_language`; a
handout passes its article's language instead, so an Indonesian article prints in
Indonesian from an English window.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "id"
# The interface languages, in the order the language switch offers them. Each name is
# written in its own language, so a reader finds theirs whatever the interface shows.
LANGUAGES: dict[str, str] = {"id": "Bahasa Indonesia", "en": "English"}
CATALOGUE_PREFIX = "viewer"

_interface_language = SOURCE_LANGUAGE
_catalogues: dict[str, QTranslator | None] = {}


def normalise(code: str | None) -> str | None:
    """ "en_GB.UTF-8", "en-US" or "EN" as "en"; None when it is none of LANGUAGES."""
    if not code:
        return None
    base = code.replace("-", "_").split(".")[0].split("@")[0].split("_")[0].lower()
    return base if base in LANGUAGES else None


def system_language(environ: Mapping[str, str] | None = None) -> str | None:
    """The language the system asks for, from the variables gettext reads, in its order
    (LANGUAGE's list first, then LC_ALL, LC_MESSAGES, LANG); None when it names none of
    ours. The window asks QLocale.system() instead (Windows has no such variables)."""
    env = os.environ if environ is None else environ
    candidates = env.get("LANGUAGE", "").split(":")
    candidates += [env.get(name, "") for name in ("LC_ALL", "LC_MESSAGES", "LANG")]
    for candidate in candidates:
        if candidate in ("C", "POSIX", "C.UTF-8"):
            continue
        found = normalise(candidate)
        if found:
            return found
    return None


def choose_language(saved: str | None, system: str | None) -> str:
    """The saved setting, else the system's language, else Indonesian."""
    return normalise(saved) or normalise(system) or SOURCE_LANGUAGE


def interface_language() -> str:
    return _interface_language


def messages_key() -> bytes:
    """What the messages made now depend on, for a cache that keeps them (the content
    caches keep problems' messages): the interface language, and for a catalogue, its
    compiled file's size and time, so that an edited translation is not served old."""
    language = _interface_language
    if language == SOURCE_LANGUAGE:
        return language.encode()
    from viewer import translations

    try:
        status = translations.catalogue_path(language, CATALOGUE_PREFIX).stat()
    except OSError:
        return language.encode()
    return f"{language} {status.st_size} {status.st_mtime_ns}".encode()


def set_language(language: str) -> str:
    """Make `language` the interface language of `translate(..., language=None)`.
    Returns the language in force: Indonesian when `language` has no catalogue that loads
    (which is logged), so the words shown never mix two languages by accident."""
    global _interface_language
    wanted = normalise(language) or SOURCE_LANGUAGE
    if wanted != SOURCE_LANGUAGE and catalogue(wanted) is None:
        wanted = SOURCE_LANGUAGE
    _interface_language = wanted
    return wanted


def catalogue(language: str) -> QTranslator | None:
    """The loaded catalogue of `language` (None for Indonesian, the source, and when it
    cannot be compiled or loaded). Loaded once per process."""
    if language == SOURCE_LANGUAGE or language not in LANGUAGES:
        return None
    if language not in _catalogues:
        _catalogues[language] = _load(language)
    return _catalogues[language]


def _load(language: str) -> QTranslator | None:
    from PySide6.QtCore import QTranslator

    from viewer import translations

    try:
        compiled = translations.ensure_compiled(language, prefix=CATALOGUE_PREFIX)
    except (translations.CompileError, OSError) as exc:
        log.warning("no %s catalogue: %s", language, exc)
        return None
    translator = QTranslator()
    if not translator.load(str(compiled)):
        log.warning("no %s catalogue: %s could not be loaded", language, compiled)
        return None
    return translator


def translate(context: str, text: str, language: str | None = None) -> str:
    """`text` (Indonesian, as written in the code) in `language`, or in the interface
    language. A string the catalogue lacks stays Indonesian; the catalogue test makes
    sure none is missing."""
    wanted = _interface_language if language is None else language
    translator = catalogue(wanted)
    if translator is None:
        return text
    return translator.translate(context, text) or text
