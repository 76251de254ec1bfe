"""`patient-viewer search KATA... [--content DIR]`: the window's search, on the command
line (for staff, and for checking a bundle: it needs sqlite3 with FTS5).

Prints one hit per line, best first: `id#section: Title — Heading: snippet` (the
snippet's matched words in [brackets]); a hit in a language variant names its language
after the place: `id#section (en): ...`. Exit status as grep's: 0 found, 1 nothing found.
The index is the window's (the same cache file), so a second search reindexes nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from viewer.content.model import EMERGENCY_PLACEHOLDER
from viewer.i18n import translate
from viewer.search.index import SearchIndex
from viewer.search.results import Hit

SHOWN = 10


def run_search(
    query: str, folder: Path, cache_dir: Path | None, out: TextIO, emergency_number: str
) -> int:
    index = SearchIndex(folder, cache_dir)
    try:
        index.update()
        result = index.search(query, SHOWN)
    finally:
        index.close()
    for hit in result.hits:
        print(describe(hit, emergency_number), file=out)
    if not result.hits:
        print(
            translate("Search", "tidak ada yang cocok dengan “{query}”").format(query=query),
            file=out,
        )
        return 1
    return 0


def describe(hit: Hit, emergency_number: str) -> str:
    where = hit.article_id + (f"#{hit.section_id}" if hit.section_id else "")
    if hit.variant:
        where += f" ({hit.language})"
    heading = f" — {hit.section_heading}" if hit.section_heading else ""
    snippet = "".join(f"[{p.text}]" if p.marked else p.text for p in hit.snippet)
    snippet = snippet.replace(EMERGENCY_PLACEHOLDER, emergency_number)
    return f"{where}: {hit.title}{heading}: {snippet}"
