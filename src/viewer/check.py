"""`patient-viewer check [DIR]`: validate a content folder; Qt-free."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TextIO

from viewer.content.loader import load_library
from viewer.content.model import Library
from viewer.i18n import translate


def run_check(
    folder: Path,
    shown_as: Path,
    out: TextIO,
    today: dt.date | None = None,
    *,
    strict: bool = False,
) -> int:
    """Print every problem as `path:line: message`; exit status 1 if there is any.

    Advisories (an article not yet reviewed by a clinician) are printed as
    `path:line: catatan: ...` and fail only with `strict`, as CI runs it. ("catatan",
    not "peringatan": that word already names an article's risk warnings.) Every line is
    in the interface language (viewer.i18n).

    Where English says a count in the singular and the plural, the count of one has its
    own source text ("1 masalah ..."), alike in Indonesian.
    """
    library = load_library(folder, display_root=shown_as)
    for problem in library.problems:
        print(problem, file=out)
    for advisory in library.advisories:
        #: An advisory ("note"), not a problem: `check --strict` alone fails on it.
        line = translate("Check", "{where}: catatan: {message}")
        print(line.format(where=advisory.origin, message=advisory.message), file=out)
    failed = [*library.problems, *(library.advisories if strict else ())]
    if failed:
        advisories = _counted_in(len(library.advisories)) if strict else ""
        if len(failed) == 1:
            found = translate("Check", "1 masalah ditemukan{advisories}.")
        else:
            found = translate("Check", "{count} masalah ditemukan{advisories}.")
        print(found.format(count=len(failed), advisories=advisories), file=out)
        return 1
    today = today or dt.date.today()
    # A translation has its own review dates: each one due is named.
    for article in (*library.articles, *library.variants):
        if article.meta.is_overdue(today):
            print(
                translate(
                    "Check", "catatan: {path}: jadwal tinjauan ulang {date} sudah lewat"
                ).format(
                    path=shown_as / article.path.name, date=article.meta.next_review.isoformat()
                ),
                file=out,
            )
    sections = sum(len(a.sections) for a in library.articles)
    warnings = sum(len(a.warnings) for a in library.articles)
    #: The summary of a folder without problems. {warnings}: the articles' risk warnings;
    #: {terms}: the glossary's terms; {advisories}: nothing, or ", 2 notes (see above)".
    summary = translate(
        "Check",
        "OK: {articles} artikel, {sections} bagian, {warnings} peringatan, "
        "{terms} istilah — tidak ada masalah{advisories}.",
    )
    print(
        summary.format(
            articles=len(library.articles),
            sections=sections,
            warnings=warnings,
            terms=len(library.glossary.terms),
            advisories=_advisories(library),
        ),
        file=out,
    )
    return 0


def _counted_in(count: int) -> str:
    """What `--strict` counts in the problems: the advisories."""
    if count == 1:
        return translate("Check", " (termasuk 1 catatan, --strict)")
    return translate("Check", " (termasuk {count} catatan, --strict)").format(count=count)


def _advisories(library: Library) -> str:
    count = len(library.advisories)
    if not count:
        return ""
    if count == 1:
        return translate("Check", ", 1 catatan (lihat di atas)")
    return translate("Check", ", {count} catatan (lihat di atas)").format(count=count)
