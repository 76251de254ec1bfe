"""The content model: plain frozen dataclasses shared by the window, the handout and `check`."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

# The one placeholder an author may write; the app fills in the clinic's number.
EMERGENCY_PLACEHOLDER = "{nomor_darurat}"
# Anything else in braces is most likely a mistyped placeholder ({nomor darurat}).
PLACEHOLDER_LIKE = re.compile(r"\{[^{}\n]*\}")


def unknown_placeholders(text: str) -> list[str]:
    return [p for p in PLACEHOLDER_LIKE.findall(text) if p != EMERGENCY_PLACEHOLDER]


def printable(text: str) -> str:
    """`text` with the undecodable bytes of a non-UTF-8 file name shown as '\ufffd'."""
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:  # a lone surrogate that is not an escaped byte
        return text.encode("utf-8", "replace").decode("utf-8")


class Level(Enum):
    """How urgent a risk item is (the NHS care-card tiers). Order is display order."""

    URGENT = "darurat"
    WARNING = "peringatan"
    CAUTION = "perhatian"

    @property
    def rank(self) -> int:
        return list(Level).index(self)

    @classmethod
    def parse(cls, word: str) -> Level | None:
        """Accept the Indonesian word an author writes, or its English name."""
        word = word.strip().lower()
        for level in cls:
            if word in (level.value, level.name.lower()):
                return level
        return None


@dataclass(frozen=True)
class SourceRef:
    """Where a statement comes from: `path:line`, for messages an author can act on."""

    path: Path
    line: int

    def __str__(self) -> str:
        # A file name that is not UTF-8 (x\xff.md) holds a surrogate that no terminal or
        # log can print: show the undecodable byte as the replacement character instead.
        shown = printable(str(self.path))
        # Line 0 means the problem is with the file or folder as a whole.
        return f"{shown}:{self.line}" if self.line else shown


@dataclass(frozen=True)
class RiskItem:
    """One risk item of the warning panel."""

    level: Level
    text: str
    source: str
    section_id: str
    origin: SourceRef

    @property
    def from_article(self) -> bool:
        return self.source.strip().lower() in {"artikel", "article", "dari artikel"}


@dataclass(frozen=True)
class Section:
    """One `##` section: its heading, Markdown body (warning blocks removed) and warnings."""

    id: str
    heading: str
    body_markdown: str
    warnings: tuple[RiskItem, ...]
    origin: SourceRef


@dataclass(frozen=True)
class ArticleMeta:
    """Front matter of an article."""

    id: str
    title: str
    language: str
    summary: str
    source: str
    last_reviewed: dt.date
    next_review: dt.date
    reviewer: str = ""
    # The library's home screen and search (all optional in front matter):
    categories: tuple[str, ...] = ()  # the groups the article's card appears in
    keywords: tuple[str, ...] = ()  # other names search finds it by (brands, misspellings)
    related: tuple[str, ...] = ()  # ids of articles listed under "Lihat juga"
    order: int | None = None  # the clinic's place for it on the home screen; None: last

    @property
    def shelf_key(self) -> tuple[int, int, str]:
        """Where the article stands on the home screen: by `order`, then by title."""
        return (0 if self.order is not None else 1, self.order or 0, self.title.casefold())

    @property
    def is_reviewed(self) -> bool:
        """A named reviewer (a name of spaces is no name): only then is the review date
        shown as a review (rule C8)."""
        return bool(self.reviewer.strip())

    def is_overdue(self, today: dt.date) -> bool:
        return today > self.next_review


@dataclass(frozen=True)
class ArticleHtml:
    """An article's sanitized HTML, as the loader's one Markdown pass made it for
    `glossary` and `emergency_number` (see render.render_article)."""

    glossary: Glossary
    emergency_number: str
    summary: str
    sections: tuple[str, ...]  # in the article's order
    risks: tuple[str, ...]  # in Article.warnings' order: urgent first
    terms_used: tuple[str, ...]  # the keys of the glossary terms that occur


@dataclass(frozen=True)
class Article:
    meta: ArticleMeta
    sections: tuple[Section, ...]
    path: Path
    # What `check` says about the article that does not keep it from readers.
    advisories: tuple[Problem, ...] = ()
    # Kept from the loader's Markdown pass, so that showing the article needs no second
    # one; made from the fields above, so it takes no part in comparing articles.
    html: ArticleHtml | None = field(default=None, compare=False, repr=False)

    @property
    def warnings(self) -> tuple[RiskItem, ...]:
        """All risk items, urgent first, then in the order the article gives them."""
        items = [w for s in self.sections for w in s.warnings]
        return tuple(sorted(items, key=lambda w: w.level.rank))

    def section(self, section_id: str) -> Section | None:
        return next((s for s in self.sections if s.id == section_id), None)


@dataclass(frozen=True)
class Term:
    """A glossary entry: the term, the other forms recognised in text, a definition, and
    optionally how read-aloud pronounces the term."""

    term: str
    forms: tuple[str, ...]
    definition: str
    origin: SourceRef
    # How read-aloud says the term ("es es er i" for SSRI); "" to say it as written.
    # Never shown on screen or paper.
    pronunciation: str = ""

    @property
    def key(self) -> str:
        return self.term.casefold()

    @property
    def all_forms(self) -> tuple[str, ...]:
        return (self.term, *self.forms)


@dataclass(frozen=True)
class Glossary:
    terms: tuple[Term, ...] = ()

    def sorted(self) -> tuple[Term, ...]:
        return tuple(sorted(self.terms, key=lambda t: t.key))

    def get(self, key: str) -> Term | None:
        return next((t for t in self.terms if t.key == key.casefold()), None)


@dataclass(frozen=True)
class Problem:
    """A content problem an author must fix, reported as `path:line: message`."""

    origin: SourceRef
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {printable(self.message)}"


@dataclass(frozen=True)
class Library:
    """Everything loaded from a content folder: the usable articles and what went wrong.

    `articles` are the originals (`<id>.md`), one per id; `variants` the usable language
    variants (`<id>.<lang>.md`), each with the id of its original; `glossary` is the
    original `glossary.md`, `glossaries` the other languages' (`glossary.<lang>.md`).
    """

    root: Path
    articles: tuple[Article, ...]
    glossary: Glossary
    problems: tuple[Problem, ...] = field(default=())
    # Worth fixing, but the article is still shown (an empty reviewer, for one).
    advisories: tuple[Problem, ...] = field(default=())
    variants: tuple[Article, ...] = field(default=())
    glossaries: tuple[tuple[str, Glossary], ...] = field(default=())  # (language, glossary)

    def article(self, article_id: str, language: str | None = None) -> Article | None:
        """The article `article_id` in `language` where it has that variant, else its
        original (the original also for `language` None); None if there is no such id."""
        original = next((a for a in self.articles if a.meta.id == article_id), None)
        if original is None or language is None or original.meta.language == language:
            return original
        found = (a for a in self.variants if (a.meta.id, a.meta.language) == (article_id, language))
        return next(found, original)

    def glossary_in(self, language: str | None = None) -> Glossary:
        """The glossary of `language` where there is one, else the original."""
        return next((g for code, g in self.glossaries if code == language), self.glossary)
