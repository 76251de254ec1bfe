"""A short plain-text excerpt around the first matched word, the matches marked."""

from __future__ import annotations

from collections.abc import Sequence

from viewer.search.results import SnippetPart
from viewer.search.text import is_match, mark, word_spans

SNIPPET_WORDS = 16
# Words shown before the first match, so that it reads in context.
_LEAD = 4
ELLIPSIS = "…"


def snippet(text: str, terms: Sequence[str]) -> tuple[SnippetPart, ...]:
    """About SNIPPET_WORDS words of `text` around the first word matching `terms`."""
    spans = list(word_spans(text))
    if len(spans) <= SNIPPET_WORDS:
        return mark(text, terms)
    first = next((i for i, span in enumerate(spans) if is_match(span.group(0), terms)), 0)
    start = max(0, first - _LEAD)
    end = min(len(spans), start + SNIPPET_WORDS)
    start = max(0, end - SNIPPET_WORDS)
    # Keep the punctuation that closes the last word ("dokter.") but not the next word.
    stop = spans[end].start() if end < len(spans) else len(text)
    piece = text[spans[start].start() if start else 0 : stop].rstrip()
    parts = list(mark(piece, terms))
    if start:
        parts.insert(0, SnippetPart(ELLIPSIS + " "))
    if end < len(spans):
        parts.append(SnippetPart(" " + ELLIPSIS))
    return _merged(parts)


def _merged(parts: list[SnippetPart]) -> tuple[SnippetPart, ...]:
    merged: list[SnippetPart] = []
    for part in parts:
        if merged and merged[-1].marked == part.marked:
            merged[-1] = SnippetPart(merged[-1].text + part.text, part.marked)
        else:
            merged.append(part)
    return tuple(merged)
