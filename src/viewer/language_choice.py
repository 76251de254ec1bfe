"""Which language the interface speaks: one rule for the commands and the window.

In this order, the first that names one of our languages (i18n.LANGUAGES) wins:

1. `--language id|en` on the command line (anywhere before a lone `--`: before the
   command, or after it, as `patient-viewer check --language en`);
2. the reader's saved choice, `[view] language` in the desktop's settings file (what the
   window's language switch saves through QSettings);
3. the system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG; the window may pass
   QLocale's instead);
4. Indonesian, the language the app is written in.

A value that is none of ours ("fr", a typo, a broken settings file) is passed over, so
the next one decides; argparse still refuses a bad `--language` with its own message.

Qt-free and quick: a command decides before argparse builds its parser, so that `--help`
is already in the chosen language, and an Indonesian command never imports Qt.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from pathlib import Path

from viewer import i18n
from viewer.user_dirs import settings_file

log = logging.getLogger(__name__)

FLAG = "--language"
# argparse accepts an option by any unambiguous start ("--lang en"); ours is the only
# option that starts with "--l", so three characters are enough to mean it.
_SHORTEST_PREFIX = 3
SETTINGS_SECTION = "view"
SETTINGS_KEY = "language"


def flag_language(argv: Sequence[str]) -> str | None:
    """The language `--language X` (or `--language=X`, or an abbreviation such as
    `--lang X`) names in `argv`: the last one given, as argparse keeps it. None when there
    is none, or when the last one is not one of ours."""
    found: str | None = None
    tokens = iter(argv)
    for token in tokens:
        if token == "--":
            break
        name, equals, value = token.partition("=")
        if len(name) < _SHORTEST_PREFIX or not FLAG.startswith(name):
            continue
        found = value if equals else next(tokens, "")
    return i18n.normalise(found)


def saved_language(path: Path | None = None) -> str | None:
    """`[view] language` from the settings file QSettings writes (INI), or None when the
    file, the section or the key is missing, unreadable or names none of our languages.

    Read line by line rather than with configparser: one line QSettings wrote that
    configparser cannot read must not hide the language."""
    path = settings_file() if path is None else path
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        log.debug("no saved language: %s (%s)", path, exc)
        return None
    section = None
    value: str | None = None
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            section = stripped[1:-1].strip()
        elif section == SETTINGS_SECTION:
            key, equals, rest = stripped.partition("=")
            if equals and key.strip() == SETTINGS_KEY:
                value = rest.strip().strip('"')
    return i18n.normalise(value)


def interface_language(
    argv: Sequence[str] = (),
    *,
    settings: Path | None = None,
    system: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> str:
    """The interface language by the rule in the module docstring.

    `settings`: the settings file (default: user_dirs.settings_file()). `system`: the
    system's language as the caller knows it (the window: QLocale's); when None it is read
    from `environ` (default os.environ) as gettext does."""
    if flagged := flag_language(argv):
        return flagged
    if saved := saved_language(settings):
        return saved
    return i18n.choose_language(None, i18n.system_language(environ) if system is None else system)
