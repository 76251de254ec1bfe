"""Qt's own words in the interface language: the print preview, the printer and save
dialogs, and the standard buttons (OK, Batal, Simpan, Tutup...).

Qt ships no Indonesian catalogue, so we keep one: resources/translations/qt_id.ts, a Qt
Linguist file (tools/qt_strings.py checks it against Qt's own source texts). It is
compiled to qt_id.qm beside it with pyside6-lrelease: by build.spec for the frozen app,
which then only loads it, and on demand in a source checkout (git ignores the .qm).

Imports no Qt at module level: build.spec and the tests compile without a QApplication.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from viewer import paths

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QTranslator

log = logging.getLogger(__name__)

# The interface is Indonesian (English comes later); "en" needs no catalogue.
INTERFACE_LANGUAGE = "id"
# The language's locale: numbers, dates and file types in Qt's dialogs follow it.
LOCALES = {"id": "id_ID"}
TRANSLATOR_NAME = "qtOwnWords"


class CompileError(RuntimeError):
    """The catalogue could not be compiled (no pyside6-lrelease, or it failed)."""


def catalogue_source(language: str = INTERFACE_LANGUAGE, prefix: str = "qt") -> Path:
    """The catalogue as translators edit it: resources/translations/<prefix>_<language>.ts
    ("qt" for Qt's own words, "viewer" for the app's: see i18n.py)."""
    return paths.resource(f"translations/{prefix}_{language}.ts")


def catalogue_path(language: str = INTERFACE_LANGUAGE, prefix: str = "qt") -> Path:
    """The compiled catalogue Qt loads, beside the .ts (in the bundle: where build.spec put it)."""
    return catalogue_source(language, prefix).with_suffix(".qm")


def lrelease_command() -> list[str]:
    """pyside6-lrelease from the same environment as this Python, else from PATH."""
    name = "pyside6-lrelease.exe" if sys.platform == "win32" else "pyside6-lrelease"
    beside = Path(sys.executable).parent / name
    if beside.is_file():
        return [str(beside)]
    found = shutil.which("pyside6-lrelease")
    if found is None:
        raise CompileError("pyside6-lrelease not found (pip install PySide6-Essentials)")
    return [found]


def compile_catalogue(source: Path, target: Path) -> None:
    """Compile a .ts file to .qm, leaving out unfinished translations (Qt then shows its
    English text for them). Written beside the target first, then moved into place, so a
    process reading the .qm never sees half a file."""
    import subprocess  # only when compiling: not on the app's start-up path

    partial = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    command = [*lrelease_command(), "-silent", "-nounfinished", str(source), "-qm", str(partial)]
    try:
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0 or not partial.is_file():
            detail = (result.stderr or result.stdout).strip()
            raise CompileError(f"pyside6-lrelease failed on {source}: {detail}")
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def ensure_compiled(
    language: str = INTERFACE_LANGUAGE, *, prefix: str = "qt", force: bool = False
) -> Path:
    """The compiled catalogue for `language`, compiled first when it is missing or older
    than its .ts (always with `force`, as build.spec does). A frozen app never compiles:
    it has no .ts to compile and no lrelease; it loads what build.spec bundled."""
    target = catalogue_path(language, prefix)
    if paths.is_frozen():
        return target
    source = catalogue_source(language, prefix)
    if force or not target.is_file() or target.stat().st_mtime_ns < source.stat().st_mtime_ns:
        compile_catalogue(source, target)
        log.info("compiled %s", target)
    return target


def qt_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Qt's own words in `language`: a QTranslator with our catalogue, a child of `app`
    (made once, kept for later switches), not installed. None when Qt's own English
    serves (no catalogue for `language`), or when the catalogue could not be compiled or
    loaded, which is logged."""
    from PySide6.QtCore import QTranslator

    name = f"{TRANSLATOR_NAME}_{language}"
    made = app.findChild(QTranslator, name)
    if made is not None:
        return made
    if language not in LOCALES:
        return None
    try:
        compiled = ensure_compiled(language)
    except (CompileError, OSError) as exc:
        log.warning("Qt's dialogs stay in English: %s", exc)
        return None
    translator = QTranslator(app)
    translator.setObjectName(name)
    if not translator.load(str(compiled)):
        log.warning("Qt's dialogs stay in English: %s could not be loaded", compiled)
        translator.setParent(None)
        return None
    return translator


def install_qt_translations(
    app: QCoreApplication, language: str = INTERFACE_LANGUAGE
) -> QTranslator | None:
    """Show Qt's own words in `language`: qt_translator() installed in `app`, and
    `language`'s locale as the default one (the window's LanguageSwitch does this and the
    app's own words; this serves tools and benchmarks with Qt's words alone).

    Returns the translator, or None when Qt stays in English."""
    from PySide6.QtCore import QLocale

    translator = qt_translator(app, language)
    if translator is None:
        return None
    app.installTranslator(translator)
    QLocale.setDefault(QLocale(LOCALES[language]))
    return translator
