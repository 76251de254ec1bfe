"""The glossary file: `## term`, an optional `Bentuk lain:` line, an optional `Ucapan:`
line (how read-aloud says the term; never shown), then the definition."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from viewer.content.article_parser import SECTION_HEADING
from viewer.content.folder import GLOSSARY_FILE as GLOSSARY_FILE  # also read from here
from viewer.content.model import Glossary, Problem, SourceRef, Term
from viewer.i18n import translate

_TITLE = re.compile(r"^#\s")
# Far above a clinic's glossary (33 terms today); every term is searched in every text,
# so thousands would make each article slow to open.
MAX_TERMS = 500
_FORMS = re.compile(r"^(?:bentuk lain|forms)\s*:\s*(.*)$", re.IGNORECASE)
# How read-aloud says the term ("Ucapan: es es er i" under "## SSRI"); never shown.
_PRONUNCIATION = re.compile(r"^(?:ucapan|pronunciation)\s*:\s*(.*)$", re.IGNORECASE)


@dataclass
class _OpenTerm:
    term: str
    line: int
    forms: list[str] = field(default_factory=list)
    definition: list[str] = field(default_factory=list)
    pronunciation: str = ""
    pronunciation_line: int = 0


def parse_glossary(text: str, path: Path) -> tuple[Glossary, tuple[Problem, ...]]:
    """Parse the glossary; a bad entry is reported and skipped, the rest is kept."""
    problems: list[Problem] = []
    entries: list[_OpenTerm] = []
    for number, line in enumerate(text.split("\n"), start=1):
        stripped = line.strip()
        if match := SECTION_HEADING.match(stripped):
            if len(entries) == MAX_TERMS:
                problems.append(
                    Problem(
                        SourceRef(path, number),
                        translate(
                            "Content", "daftar istilah terlalu panjang: lebih dari {limit} istilah"
                        ).format(limit=MAX_TERMS),
                    )
                )
            entries.append(_OpenTerm(match.group(1), number))
        elif _TITLE.match(stripped) or not stripped:
            continue
        elif match := _PRONUNCIATION.match(stripped):
            entry = entries[-1] if entries else None
            problems += _pronunciation(entry, match.group(1), path, number)
        elif not entries:
            problems.append(
                Problem(
                    SourceRef(path, number),
                    translate("Content", "teks sebelum istilah pertama ('## istilah')"),
                )
            )
        elif match := _FORMS.match(stripped):
            entries[-1].forms += [f.strip() for f in match.group(1).split(",") if f.strip()]
        else:
            entries[-1].definition.append(stripped)

    terms: list[Term] = []
    seen: dict[str, SourceRef] = {}
    for entry in entries:
        origin = SourceRef(path, entry.line)
        if not entry.definition:
            problems.append(
                Problem(
                    origin,
                    translate("Content", "istilah '{term}' tidak punya definisi").format(
                        term=entry.term
                    ),
                )
            )
            continue
        clash = next((f for f in (entry.term, *entry.forms) if f.casefold() in seen), None)
        if clash is not None:
            first = seen[clash.casefold()]
            problems.append(
                Problem(
                    origin,
                    translate(
                        "Content", "istilah '{term}' sudah didefinisikan di baris {line}"
                    ).format(term=clash, line=first.line),
                )
            )
            continue
        for form in (entry.term, *entry.forms):
            seen[form.casefold()] = origin
        definition = " ".join(entry.definition)
        terms.append(Term(entry.term, tuple(entry.forms), definition, origin, entry.pronunciation))
    return Glossary(tuple(terms)), tuple(problems)


def _pronunciation(entry: _OpenTerm | None, text: str, path: Path, number: int) -> list[Problem]:
    """Keep an `Ucapan:` line on `entry`, or say why not (the term stays usable)."""
    spoken = " ".join(text.split())
    where = SourceRef(path, number)
    if entry is None:
        return [
            Problem(
                where,
                translate("Content", "baris 'Ucapan:' sebelum istilah pertama ('## istilah')"),
            )
        ]
    if not spoken:
        return [
            Problem(
                where,
                translate("Content", "baris 'Ucapan:' untuk istilah '{term}' kosong").format(
                    term=entry.term
                ),
            )
        ]
    if entry.pronunciation_line:
        return [
            Problem(
                where,
                translate(
                    "Content", "istilah '{term}' sudah punya baris 'Ucapan:' di baris {line}"
                ).format(term=entry.term, line=entry.pronunciation_line),
            )
        ]
    entry.pronunciation, entry.pronunciation_line = spoken, number
    return []
