"""Source names a patient can read: "FDA (badan pengawas obat AS), 2016" for "US FDA Drug
Safety Communication, 31 Aug 2016 (opioids with benzodiazepines; ...)".

Authors write a warning's `Sumber:` line for the people who check it (the exact document
and date); a reader needs to know who says so and how recent it is. Each part of the
line (parts are separated by ";") that begins with a known agency's name is shown as
that agency in plain Indonesian with the part's year; any other part is shown as
written, so an unknown source is never lost or guessed at. The article file keeps the
full reference for staff and `check`.

The agencies' names are in `language` (the interface's for None; a handout passes its
article's), through viewer.i18n.translate.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP

from viewer.i18n import translate

# The agencies named in the bundled articles' `Sumber:` lines; a pattern matches the
# start of one part of a line (case-insensitive), the label is what a reader sees.
_AGENCIES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), label)
    for pattern, label in (
        (r"(US\s+)?FDA\b", QT_TRANSLATE_NOOP("Source", "FDA (badan pengawas obat AS)")),
        (r"NHS\b", QT_TRANSLATE_NOOP("Source", "NHS (layanan kesehatan nasional Inggris)")),
        (r"MHRA\b", QT_TRANSLATE_NOOP("Source", "MHRA (badan pengawas obat Inggris)")),
        (
            r"UK\s+patient\s+leaflet\b",
            QT_TRANSLATE_NOOP("Source", "brosur obat resmi untuk pasien di Inggris"),
        ),
        (r"ILAE\b", QT_TRANSLATE_NOOP("Source", "ILAE (perhimpunan ahli epilepsi sedunia)")),
        (
            r"MotherToBaby\b",
            QT_TRANSLATE_NOOP(
                "Source", "MotherToBaby (layanan informasi obat untuk ibu hamil dan menyusui)"
            ),
        ),
        (
            r"Epilepsy\s+Foundation\b",
            QT_TRANSLATE_NOOP("Source", "Epilepsy Foundation (yayasan epilepsi AS)"),
        ),
        (r"Cochrane\b", QT_TRANSLATE_NOOP("Source", "Cochrane (tinjauan penelitian)")),
    )
)
_YEAR = re.compile(r"\b(?:19|20)[0-9]{2}\b")


def _parts(source: str) -> list[str]:
    """The parts of a source line: split at ";" outside brackets, since a note in
    brackets may hold one ("(opioids with benzodiazepines; a boxed warning on both)")."""
    parts: list[str] = []
    depth = start = 0
    for index, char in enumerate(source):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif char == ";" and depth == 0:
            parts.append(source[start:index])
            start = index + 1
    parts.append(source[start:])
    return [part.strip() for part in parts if part.strip()]


def _readable_part(part: str, language: str | None) -> str:
    for pattern, label in _AGENCIES:
        if pattern.match(part):
            name = translate("Source", label, language)
            year = _YEAR.search(part)
            return f"{name}, {year.group(0)}" if year else name
    return part


def readable_source(source: str, language: str | None = None) -> str:
    """The source line with each known agency named for a patient, its year kept.

    Repeats are dropped ("FDA ..., 2016; FDA ..., 2016" is one "FDA (...), 2016"),
    and anything unknown stays word for word.
    """
    shown: list[str] = []
    for part in _parts(source):
        readable = _readable_part(part, language)
        if readable not in shown:
            shown.append(readable)
    return "; ".join(shown) if shown else source.strip()
