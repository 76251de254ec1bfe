"""Section ids an author can type in a link: the heading, lower case, words joined by '-'."""

from __future__ import annotations


def slugify(heading: str) -> str:
    # Here: the window reads SUMMARY_ID at start-up, where Markdown may not be needed.
    from markdown.extensions.toc import slugify_unicode

    return slugify_unicode(heading, "-") or "bagian"


# The summary is shown as the first section under this id; an author's "## Ringkasan"
# becomes "ringkasan-2" so that links and risk items never open the summary instead.
SUMMARY_ID = "ringkasan"
RESERVED_IDS = frozenset({SUMMARY_ID})


def unique_slug(heading: str, taken: set[str]) -> str:
    """Like Python-Markdown's toc: a repeated heading gets -2, -3, ..."""
    base = slugify(heading)
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    taken.add(candidate)
    return candidate
