"""The library as the window reads it: every article's front matter at once, each article
whole only when it is opened.

A home screen of a thousand leaflets needs their titles, summaries and categories, not
their rendered bodies: parsing and rendering them all would delay the first paint by
seconds. So the shelf holds each article's front matter (from `shelf_cache`, which keeps
it between runs) and loads an article's body, checks it and renders it when a reader
opens it. An article whose body turns out to have problems is then not shown (as the
loader leaves it out of a Library); its problems join the shelf's and are logged.

`Shelf.from_library` makes a shelf of an already loaded Library (tests, `check`-like
callers): the same interface, nothing left to load.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from viewer.content.model import Article, ArticleMeta, Glossary, Library, Problem

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ShelfEntry:
    meta: ArticleMeta
    path: Path


# Given the entry and a way to the glossary (loaded only if the article needs reading).
Opened = tuple[Article | None, list[Problem]]
ArticleOpener = Callable[[ShelfEntry, Callable[[], Glossary]], tuple[Article | None, list[Problem]]]
GlossaryLoader = Callable[[], Glossary]


class Shelf:
    def __init__(
        self,
        root: Path,
        entries: Iterable[ShelfEntry],
        problems: Iterable[Problem],
        open_article: ArticleOpener,
        load_glossary: GlossaryLoader,
        *,
        keep_order: bool = False,
    ) -> None:
        """`entries` in the clinic's order (ArticleMeta.shelf_key) unless `keep_order`."""
        self.root = root
        listed = list(entries)
        if not keep_order:
            listed.sort(key=lambda entry: entry.meta.shelf_key)
        self.entries: tuple[ShelfEntry, ...] = tuple(listed)
        self._by_id = {entry.meta.id: entry for entry in self.entries}
        self.problems: list[Problem] = list(problems)
        self._open_article = open_article
        self._load_glossary = load_glossary
        self._glossary: Glossary | None = None
        self._opened: dict[str, Article | None] = {}

    @classmethod
    def from_library(cls, library: Library) -> Shelf:
        by_id = {article.meta.id: article for article in library.articles}

        def open_loaded(entry: ShelfEntry, _glossary: object) -> Opened:
            return by_id.get(entry.meta.id), []

        entries = [ShelfEntry(a.meta, a.path) for a in library.articles]
        shelf = cls(library.root, entries, library.problems, open_loaded, lambda: library.glossary)
        shelf.advisories = library.advisories
        return shelf

    advisories: tuple[Problem, ...] = ()

    # -- what the home screen needs ---------------------------------------------------------
    @property
    def metas(self) -> tuple[ArticleMeta, ...]:
        return tuple(entry.meta for entry in self.entries)

    def meta(self, article_id: str) -> ArticleMeta | None:
        entry = self._by_id.get(article_id)
        return entry.meta if entry is not None else None

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._by_id

    def __len__(self) -> int:
        return len(self.entries)

    # -- what reading an article needs --------------------------------------------------------
    @property
    def glossary(self) -> Glossary:
        if self._glossary is None:
            self._glossary = self._load_glossary()
        return self._glossary

    def article(self, article_id: str) -> Article | None:
        """The whole article, loaded and checked on first use; None if it is not on the
        shelf or has problems (which are then in `problems` and the log)."""
        if article_id in self._opened:
            return self._opened[article_id]
        entry = self._by_id.get(article_id)
        if entry is None:
            return None
        article, problems = self._open_article(entry, lambda: self.glossary)
        for problem in problems:
            log.warning("content problem: %s", problem)
        self.problems += problems
        self._opened[article_id] = article
        return article

    def opened(self, article_id: str) -> bool:
        """Whether the article was loaded already (so opening it costs nothing)."""
        return article_id in self._opened

    @property
    def articles(self) -> tuple[Article, ...]:
        """Every usable article, each loaded now if it was not: for callers that need
        them all (the kiosk's check, tests); the window opens them one at a time."""
        loaded = (self.article(entry.meta.id) for entry in self.entries)
        return tuple(article for article in loaded if article is not None)

    def chosen(self, article_ids: Iterable[str]) -> Shelf:
        """A shelf of the given articles only, in the given order (a kiosk's list): each
        meta's `order` becomes its place in the list, so the home screen keeps it."""
        entries = [
            ShelfEntry(dataclasses.replace(self._by_id[i].meta, order=place), self._by_id[i].path)
            for place, i in enumerate(article_ids)
            if i in self._by_id
        ]
        by_path = {entry.path: self._by_id[entry.meta.id].meta.id for entry in entries}

        def open_chosen(entry: ShelfEntry, _glossary: object) -> Opened:
            article = self.article(by_path[entry.path])
            if article is None:
                return None, []
            return dataclasses.replace(article, meta=entry.meta), []

        shelf = Shelf(
            self.root, entries, self.problems, open_chosen, lambda: self.glossary, keep_order=True
        )
        shelf.advisories = self.advisories
        return shelf
