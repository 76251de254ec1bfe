"""`patient-viewer check [DIR]`: validate a content folder; Qt-free."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TextIO

from viewer.content.loader import load_library
from viewer.content.model import Library


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
    not "peringatan": that word already names an article's risk warnings.)
    """
    library = load_library(folder, display_root=shown_as)
    for problem in library.problems:
        print(problem, file=out)
    for advisory in library.advisories:
        print(f"{advisory.origin}: catatan: {advisory.message}", file=out)
    failed = [*library.problems, *(library.advisories if strict else ())]
    if failed:
        advisories = f" (termasuk {len(library.advisories)} catatan, --strict)" if strict else ""
        print(f"{len(failed)} masalah ditemukan{advisories}.", file=out)
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
        f"{len(library.glossary.terms)} istilah — tidak ada masalah{_advisories(library)}.",
        file=out,
    )
    return 0


def _advisories(library: Library) -> str:
    count = len(library.advisories)
    return f", {count} catatan (lihat di atas)" if count else ""
