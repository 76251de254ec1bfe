"""The library as the window reads it: every article's front matter at once, each article
whole only when it is opened.

A home screen of a thousand leaflets needs their titles, summaries and categories, not
their rendered bodies: parsing and rendering them all would delay the first paint by
seconds. So the shelf holds each article's front matter (from `shelf_cache`, which keeps
it between runs) and loads an article's body, checks it and renders it when a reader
opens it. An article whose body turns out to have problems is then not shown (as the
loader leaves it out of a Library); its problems join the shelf's and are logged.

Languages. An article may have variants in other languages (`<id>.<lang>.md`, with the
original's id). The window asks for what it wants in a language and gets the variant in
that language where there is one, else the original: it tells which from
`article.meta.language` (an English reader of an article that is only in Indonesian
sees a note). The API:

    shelf.languages(id)            the article's languages, the original's first
    shelf.article(id, language)    the variant in `language`, else the original
    shelf.meta(id, language)       its front matter, likewise (no body is read)
    shelf.metas(language)          one per article, for the home screen, likewise
    shelf.glossary_in(language)    glossary.<language>.md, else glossary.md
    shelf.glossary                 glossary.md (as glossary_in(None))
    shelf.section_in(article, id)  a link's section id, written in any language, in it

`language` None always means the original. A variant is shown only whole and faithful:
its body is checked when it is opened, with its sections and each section's warnings
compared with the original's (variants.structure_problems); a variant with a problem is
not shown (the original is, and the problem joins the shelf's). An article's glossary
terms are those of its own language's glossary.

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
from viewer.i18n import LANGUAGES, SOURCE_LANGUAGE

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ShelfEntry:
    meta: ArticleMeta
    path: Path


# Given the entry and a way to its glossary (loaded only if the article needs reading).
Opened = tuple[Article | None, list[Problem]]
ArticleOpener = Callable[[ShelfEntry, Callable[[], Glossary]], tuple[Article | None, list[Problem]]]
# The glossary an article in a language reads; None: the original glossary.md.
GlossaryLoader = Callable[[str | None], Glossary]
_Key = tuple[str, str | None]  # (article id, language of a variant; None: the original)


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
        variants: Iterable[ShelfEntry] = (),
    ) -> None:
        """`entries` (the originals) in the clinic's order (ArticleMeta.shelf_key) unless
        `keep_order`; `variants` are their language variants, each with its original's
        id (a variant of no entry, or in the original's own language, is ignored)."""
        self.root = root
        listed = list(entries)
        if not keep_order:
            listed.sort(key=lambda entry: entry.meta.shelf_key)
        self._keep_order = keep_order
        self.entries: tuple[ShelfEntry, ...] = tuple(listed)
        self._by_id = {entry.meta.id: entry for entry in self.entries}
        self._variants: dict[tuple[str, str], ShelfEntry] = {}
        self._variant_languages: dict[str, list[str]] = {}
        order = list(LANGUAGES)
        for variant in sorted(variants, key=lambda v: _language_rank(v.meta.language, order)):
            key = (variant.meta.id, variant.meta.language)
            original = self._by_id.get(variant.meta.id)
            if original is None or original.meta.language == key[1] or key in self._variants:
                continue
            self._variants[key] = variant
            self._variant_languages.setdefault(key[0], []).append(key[1])
        self.problems: list[Problem] = list(problems)
        self._open_article = open_article
        self._load_glossary = load_glossary
        self._glossaries: dict[str | None, Glossary] = {}
        self._opened: dict[_Key, Article | None] = {}

    @classmethod
    def from_library(cls, library: Library) -> Shelf:
        by_path = {article.path: article for article in (*library.articles, *library.variants)}

        def open_loaded(entry: ShelfEntry, _glossary: object) -> Opened:
            return by_path.get(entry.path), []

        shelf = cls(
            library.root,
            [ShelfEntry(a.meta, a.path) for a in library.articles],
            library.problems,
            open_loaded,
            library.glossary_in,
            variants=[ShelfEntry(a.meta, a.path) for a in library.variants],
        )
        shelf.advisories = library.advisories
        return shelf

    advisories: tuple[Problem, ...] = ()

    # -- what the home screen needs ---------------------------------------------------------
    def metas(self, language: str | None = None) -> tuple[ArticleMeta, ...]:
        """One front matter per article, in the home screen's order: each in `language`
        where the article has that variant, else the original's (all originals for None).

        A variant's card keeps its original's `order` (the clinic's place for the article,
        in every language); without one, cards follow the titles shown."""
        if language is None:
            return tuple(entry.meta for entry in self.entries)
        shown = []
        for entry in self.entries:
            meta = self.meta(entry.meta.id, language)
            assert meta is not None
            shown.append(meta if meta is entry.meta else _placed(meta, entry.meta))
        if not self._keep_order:
            shown.sort(key=lambda meta: meta.shelf_key)
        return tuple(shown)

    def meta(self, article_id: str, language: str | None = None) -> ArticleMeta | None:
        """The front matter of `article_id` in `language` where it has that variant, else
        the original's; None if there is no such article. Reads no body."""
        entry = self._entry(article_id, language)
        return entry.meta if entry is not None else None

    def languages(self, article_id: str) -> tuple[str, ...]:
        """The languages `article_id` can be read in: the original's first, then its
        variants' in the order of i18n.LANGUAGES; () if there is no such article. A
        variant found faulty when it was opened is no longer listed."""
        original = self._by_id.get(article_id)
        if original is None:
            return ()
        found = self._variant_languages.get(article_id, ())
        usable = [language for language in found if self._usable(article_id, language)]
        return (original.meta.language, *usable)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._by_id

    def __len__(self) -> int:
        return len(self.entries)

    # -- what reading an article needs --------------------------------------------------------
    @property
    def glossary(self) -> Glossary:
        """The original glossary (glossary.md): `glossary_in(None)`."""
        return self.glossary_in(None)

    def glossary_in(self, language: str | None = None) -> Glossary:
        """The glossary of `language` (glossary.<language>.md) where there is one, else the
        original glossary.md; loaded on first use. An article's terms are those of
        `glossary_in(article.meta.language)`."""
        if language == SOURCE_LANGUAGE:
            language = None  # glossary.md is the Indonesian glossary: one copy of it
        if language not in self._glossaries:
            self._glossaries[language] = self._load_glossary(language)
        return self._glossaries[language]

    def article(self, article_id: str, language: str | None = None) -> Article | None:
        """The whole article in `language` where it has that variant, else its original;
        loaded and checked on first use. None if it is not on the shelf or its original
        has problems (which are then in `problems` and the log); a variant with problems
        gives the original."""
        original = self._open(article_id, None)
        if original is None or language is None or original.meta.language == language:
            return original
        variant = self._open(article_id, language, original)
        return variant if variant is not None else original

    def section_in(self, article: Article, section_id: str) -> str | None:
        """The id, in `article`, of the section that `section_id` names in any language of
        that article; None if none has it. A variant's sections are its original's, one
        for one in the same order (`check` makes sure), so a link written in one language
        (`x.md#dosis`) leads to the same section of `x` shown in another (`#dose`)."""
        if article.section(section_id) is not None:
            return section_id
        for language in self.languages(article.meta.id):
            other = self.article(article.meta.id, language)
            if other is None or other is article:
                continue
            ids = [section.id for section in other.sections]
            if section_id in ids and ids.index(section_id) < len(article.sections):
                return article.sections[ids.index(section_id)].id
        return None

    def opened(self, article_id: str, language: str | None = None) -> bool:
        """Whether the article (in `language`) was loaded already, so opening it costs
        nothing."""
        if (article_id, None) not in self._opened:
            return False
        key = (article_id, language)
        return language is None or key not in self._variants or key in self._opened

    @property
    def articles(self) -> tuple[Article, ...]:
        """Every usable original article, each loaded now if it was not: for callers that
        need them all (the kiosk's check, tests); the window opens them one at a time."""
        loaded = (self.article(entry.meta.id) for entry in self.entries)
        return tuple(article for article in loaded if article is not None)

    def chosen(self, article_ids: Iterable[str]) -> Shelf:
        """A shelf of the given articles only (with their variants), in the given order (a
        kiosk's list): each meta's `order` becomes its place in the list, so the home
        screen keeps it."""
        places = {i: place for place, i in enumerate(article_ids) if i in self._by_id}
        entries = [
            ShelfEntry(dataclasses.replace(self._by_id[i].meta, order=place), self._by_id[i].path)
            for i, place in places.items()
        ]
        variants = [
            ShelfEntry(dataclasses.replace(entry.meta, order=places[i]), entry.path)
            for (i, _language), entry in self._variants.items()
            if i in places
        ]
        keys = {entry.path: key for key, entry in self._variants.items()}

        def open_chosen(entry: ShelfEntry, _glossary: object) -> Opened:
            language = keys.get(entry.path, (entry.meta.id, None))[1]
            article = self.article(entry.meta.id, language)
            if article is None or (language is not None and article.meta.language != language):
                return None, []  # broken here already: said once, by this shelf
            return dataclasses.replace(article, meta=entry.meta), []

        shelf = Shelf(
            self.root,
            entries,
            self.problems,
            open_chosen,
            self.glossary_in,
            keep_order=True,
            variants=variants,
        )
        shelf.advisories = self.advisories
        return shelf

    # -- inside -------------------------------------------------------------------------------
    def _entry(self, article_id: str, language: str | None) -> ShelfEntry | None:
        original = self._by_id.get(article_id)
        if original is None or language is None:
            return original
        variant = self._variants.get((article_id, language))
        if variant is None or not self._usable(article_id, language):
            return original
        return variant

    def _usable(self, article_id: str, language: str) -> bool:
        """Not yet known to be faulty (a variant is checked when it is opened)."""
        key = (article_id, language)
        return key not in self._opened or self._opened[key] is not None

    def _open(
        self, article_id: str, language: str | None, original: Article | None = None
    ) -> Article | None:
        key = (article_id, language)
        if key in self._opened:
            return self._opened[key]
        entry = self._by_id.get(article_id) if language is None else self._variants.get(key)
        if entry is None:
            return None
        wanted = entry.meta.language
        article, problems = self._open_article(entry, lambda: self.glossary_in(wanted))
        if article is not None and original is not None and not problems:
            from viewer.content.variants import structure_problems  # a variant opened

            problems = structure_problems(original, article, self.root / entry.path.name)
            if problems:
                article = None
        for problem in problems:
            log.warning("content problem: %s", problem)
        self.problems += problems
        self._opened[key] = article
        return article


def _language_rank(language: str, order: list[str]) -> tuple[int, str]:
    """Languages in the order of i18n.LANGUAGES, any other after them."""
    return (order.index(language) if language in order else len(order), language)


def _placed(meta: ArticleMeta, original: ArticleMeta) -> ArticleMeta:
    """A variant's front matter with its original's place on the home screen."""
    if meta.order == original.order:
        return meta
    return dataclasses.replace(meta, order=original.order)
