"""`patient-viewer check [DIR]`: validate a content folder; Qt-free."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TextIO

from viewer.content.loader import load_library


def run_check(folder: Path, shown_as: Path, out: TextIO, today: dt.date | None = None) -> int:
    """Print every problem as `path:line: message`; exit status 1 if there is any."""
    library = load_library(folder, display_root=shown_as)
    for problem in library.problems:
        print(problem, file=out)
    if library.problems:
        print(f"{len(library.problems)} masalah ditemukan.", file=out)
        return 1
    today = today or dt.date.today()
    for article in library.articles:
        if article.meta.is_overdue(today):
            print(
                f"catatan: {shown_as / article.path.name}: jadwal tinjauan ulang "
                f"{article.meta.next_review.isoformat()} sudah lewat",
                file=out,
            )
    sections = sum(len(a.sections) for a in library.articles)
    warnings = sum(len(a.warnings) for a in library.articles)
    print(
        f"OK: {len(library.articles)} artikel, {sections} bagian, {warnings} peringatan, "
        f"{len(library.glossary.terms)} istilah — tidak ada masalah.",
        file=out,
    )
    return 0
