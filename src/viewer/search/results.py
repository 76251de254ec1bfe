"""What search hands the UI: frozen plain data, no Qt, no HTML."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Field(Enum):
    """Where a hit matched. Declared best first: the order breaks ties within a tier."""

    TITLE = "title"
    KEYWORD = "keyword"
    CATEGORY = "category"
    SUMMARY = "summary"
    HEADING = "heading"
    BODY = "body"
    WARNING = "warning"
    GLOSSARY = "glossary"

    @property
    def tier(self) -> int:
        """0 ranks highest: title and keywords, then summary and categories, then
        headings, then running text (body, warnings, glossary definitions)."""
        return _TIERS[self]


_TIERS = {
    Field.TITLE: 0,
    Field.KEYWORD: 0,
    Field.CATEGORY: 1,
    Field.SUMMARY: 1,
    Field.HEADING: 2,
    Field.BODY: 3,
    Field.WARNING: 3,
    Field.GLOSSARY: 3,
}
TIER_COUNT = 4


@dataclass(frozen=True)
class SnippetPart:
    """A run of plain snippet text; `marked` runs are the words the query matched."""

    text: str
    marked: bool = False


@dataclass(frozen=True)
class Hit:
    """One article section (or the article itself, `section_id` None) that matched.

    `section_id` None means the match is in the article's title, keywords, categories
    or summary: open the article at its top. `language` is the language of the text that
    matched: open the article in it (Shelf.article(article_id, language)); `variant` is
    True when that text is a language variant's, not the original's. The same section
    may be a hit in each of its languages. `snippet` is plain text (escape it before
    styling). `score` is only for ordering (higher is better); hits come sorted.
    `fuzzy` is True when the hit was found through a corrected spelling.
    """

    article_id: str
    language: str
    title: str
    section_id: str | None
    section_heading: str
    field: Field
    snippet: tuple[SnippetPart, ...]
    score: float
    fuzzy: bool = False
    variant: bool = False


@dataclass(frozen=True)
class SearchResult:
    """The hits of one query, best first, and the folded words to highlight.

    A word of the article is a match when its folded form (text.fold) starts with one
    of `terms`; text.mark(text, terms) does exactly that for the UI.
    """

    query: str
    hits: tuple[Hit, ...] = ()
    terms: tuple[str, ...] = ()


@dataclass(frozen=True)
class UpdateCounts:
    """What one `SearchIndex.update()` did, counted in files."""

    reindexed: int = 0
    unchanged: int = 0
    removed: int = 0
