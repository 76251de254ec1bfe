"""Load a content folder into a Library: usable articles, the glossary, and every problem.

An article with any problem is left out of the library (its problems are reported
instead): a half-read article could show a risk panel that silently misses an item.
Links between articles and `related` lists are checked once all are loaded.

Language variants (`<id>.<lang>.md`, see folder.py and variants.py) are loaded after the
originals, each checked against its original; a variant with any problem is left out
too, and readers get the original instead. Each article's glossary terms are those of
its own language's glossary (`glossary.<lang>.md`, else `glossary.md`).
"""

from __future__ import annotations

import dataclasses
import logging
import os
from collections.abc import Callable
from pathlib import Path

from viewer.content import frontmatter, variants
from viewer.content.article_parser import parse_body
from viewer.content.errors import ContentError
from viewer.content.folder import (
    GLOSSARY_FILE,
    ContentFiles,
    VariantFile,
    article_files,
    content_files,
    glossary_file,
    language_suffix,
    missing_folder_message,
    no_articles_message,
    unreadable_folder_message,
)
from viewer.content.glossary import parse_glossary
from viewer.content.linked_files import FileChecks
from viewer.content.model import Article, ArticleMeta, Glossary, Library, Problem, SourceRef
from viewer.content.references import CrossRef, check_cross_refs, check_references
from viewer.content.render import article_html
from viewer.content.textfile import read_text
from viewer.i18n import SOURCE_LANGUAGE, translate
from viewer.phone import DEFAULT_EMERGENCY_NUMBER
from viewer.toml_reader import key_line

log = logging.getLogger(__name__)
# The glossary of an article's language, asked once its front matter has been read.
GlossaryFor = Callable[[str], Glossary]
# Read from here by others (handout.command, search.index).
__all__ = ["GLOSSARY_FILE", "article_files", "load_article", "load_glossary", "load_library"]


def load_article(
    path: Path,
    root: Path,
    display_root: Path,
    file_checks: FileChecks | None = None,
    glossary: Glossary | GlossaryFor | None = None,
    cross_refs: list[CrossRef] | None = None,
    *,
    variant: VariantFile | None = None,
) -> tuple[Article | None, list[Problem]]:
    """Parse and check one article; `display_root` prefixes the paths in messages.

    Never raises: whatever goes wrong while reading a file is that file's problem, so
    one bad file never takes the other articles down with it. What the checks asked the
    disk about the files its links and images name goes into `file_checks`. With a
    `glossary`, the article keeps the HTML of the pass that checked it (Article.html).
    With `cross_refs`, the article's links to other articles and its `related` entries
    go there, for the library to check (references.check_cross_refs); without it, a link
    to another article is checked as a link to a file of the folder. `glossary` may be
    a function that gives the glossary of the article's language. A `variant` file has
    its original's id and its own language (variants.split_variant); its sections are
    compared with the original's by the caller (variants.structure_problems).
    """
    display = display_root / path.name
    try:
        return _load_article(path, root, display, file_checks, glossary, cross_refs, variant)
    except Exception:
        log.exception("unexpected error while loading %s", path)
        return None, [unexpected(display)]


def load_article_in(
    path: Path, root: Path, display_root: Path, language: str | None = None
) -> tuple[Article | None, list[Problem]]:
    """The article of file `path` (an original or a variant's file) in `language` where
    it has that variant, else its original (for `language` None too, unless `path` names
    a variant), checked as `check` checks it: a variant also against its original (a
    missing one, or one with other sections or warnings, is a problem). For one article
    printed on its own: the rest of the folder is not read. Never raises.
    """
    base, suffix = language_suffix(path)
    named = VariantFile(path, base, suffix) if suffix is not None else None
    original_path = path if named is None else path.with_name(f"{base}{path.suffix}")
    display = display_root / path.name
    if named is not None and not _present(original_path):
        problem = variants.without_original(named, display, original_broken=False)
        return None, [problem]
    original, problems = load_article(original_path, root, display_root)
    wanted = named
    if wanted is None and language is not None and original is not None:
        candidate = path.with_name(f"{base}.{language}{path.suffix}")
        if original.meta.language != language and _present(candidate):
            wanted = VariantFile(candidate, base, language)
    if wanted is None:
        return original, problems
    display = display_root / wanted.path.name
    if original is None:
        return None, [*problems, variants.without_original(wanted, display, original_broken=True)]
    article, problems = load_article(wanted.path, root, display_root, variant=wanted)
    if article is None:
        return None, problems
    metas = {original.meta.id: original.meta}
    pairing = variants.pairing_problem(wanted, article.meta, metas, set(), display)
    problems = [pairing] if pairing else variants.structure_problems(original, article, display)
    return (None, problems) if problems else (article, [])


def _present(path: Path) -> bool:
    try:
        return path.exists() or path.is_symlink()
    except OSError:
        return True  # there, but not to be looked at: reading it says why


def unexpected_message() -> str:
    """What a file's problem says when loading it failed unexpectedly (a bug, logged), in
    the interface language: the caches compare a problem's message with it, to keep
    nothing that such a failure gave (the next start tries again)."""
    return translate(
        "Content",
        "berkas ini tidak dapat diproses karena kesalahan tak terduga (rincian di catatan "
        "log); periksa isinya atau laporkan ke petugas teknis",
    )


def unexpected(display: Path) -> Problem:
    return Problem(SourceRef(display, 0), unexpected_message())


def _load_article(
    path: Path,
    root: Path,
    display: Path,
    file_checks: FileChecks | None,
    glossary: Glossary | GlossaryFor | None = None,
    cross_refs: list[CrossRef] | None = None,
    variant: VariantFile | None = None,
) -> tuple[Article | None, list[Problem]]:
    try:
        text = read_text(path, display)
        if variant is None:
            split = frontmatter.split(text, display)
        else:
            split = variants.split_variant(text, display, variant)
    except ContentError as exc:
        return None, [exc.problem]
    if callable(glossary):
        glossary = glossary(split.meta.language)
    if cross_refs is not None:
        related = SourceRef(display, split.field_lines.get("related", 1))
        cross_refs += [CrossRef(related, target) for target in split.meta.related]
    body = parse_body(split.body, display, split.body_first_line)
    advisories = _advisories(split.meta, text, display)
    article = Article(split.meta, body.sections, path, advisories)
    problems = list(body.problems)
    if not body.within_limits:
        # Beyond the limits, rendering could take minutes: the limit is reported instead.
        return (None if problems else article), problems
    if glossary is None:
        problems += check_references(
            article, root, display.parent, file_checks, cross_refs=cross_refs
        )
        return (None if problems else article), problems
    # One Markdown pass renders the article and is what the check reads.
    mark = os.urandom(8).hex()
    kept, html = article_html(article, glossary, DEFAULT_EMERGENCY_NUMBER, mark)
    problems += check_references(
        article,
        root,
        display.parent,
        file_checks,
        html=html,
        term_mark=mark,
        cross_refs=cross_refs,
    )
    return (None if problems else dataclasses.replace(article, html=kept)), problems


def _advisories(meta: ArticleMeta, text: str, display: Path) -> tuple[Problem, ...]:
    if meta.is_reviewed:
        return ()
    line = key_line(text.split("\n"), "reviewer") or 1
    message = translate(
        "Content",
        "kolom 'reviewer' kosong: artikel ditampilkan sebagai belum ditinjau oleh tenaga "
        "kesehatan; isi dengan nama dokter atau apoteker yang memeriksanya",
    )
    return (Problem(SourceRef(display, line), message),)


def load_glossary(
    root: Path, display_root: Path, language: str | None = None
) -> tuple[Glossary, list[Problem]]:
    """The glossary an article in `language` reads (folder.glossary_file): the original
    `glossary.md` for None; no glossary file is an empty glossary."""
    path = glossary_file(root, language)
    display = display_root / path.name
    try:
        if not path.exists() and not path.is_symlink():
            return Glossary(), []
        glossary, problems = parse_glossary(read_text(path, display), display)
    except ContentError as exc:
        return Glossary(), [exc.problem]
    except Exception:
        log.exception("unexpected error while loading %s", path)
        return Glossary(), [unexpected(display)]
    return glossary, list(problems)


def load_library(
    root: Path,
    display_root: Path | None = None,
    file_checks: FileChecks | None = None,
    *,
    keep_html: bool = False,
) -> Library:
    """Load every article and the glossary of `root`; never raises for bad content.

    What the checks asked the disk besides the articles and the glossary (the files that
    links and images name) goes into `file_checks`, for the content cache. With
    `keep_html`, each article keeps its HTML for the library's glossary and the default
    emergency number (Article.html), which the window then shows without Markdown.
    """
    display_root = root if display_root is None else display_root
    try:
        if not root.is_dir():
            problem = Problem(SourceRef(display_root, 0), missing_folder_message())
            return Library(root, (), Glossary(), (problem,))
        files = content_files(root)
    except OSError as exc:
        problem = Problem(SourceRef(display_root, 0), unreadable_folder_message(exc))
        return Library(root, (), Glossary(), (problem,))
    glossary, problems = load_glossary(root, display_root)
    translated, glossary_problems = _translated_glossaries(files, display_root)
    problems += glossary_problems
    problems += [
        variants.unknown_language(file, display_root / file.path.name) for file in files.unknown
    ]

    def glossary_for(language: str) -> Glossary:
        return translated.get(language, glossary)

    # Ids are unique because each must equal its file name (see frontmatter).
    articles: list[Article] = []
    advisories: list[Problem] = []
    cross_refs: list[CrossRef] = []
    left_out: list[str] = []
    for path in files.articles:
        refs: list[CrossRef] = []
        article, article_problems = load_article(
            path, root, display_root, file_checks, glossary_for if keep_html else None, refs
        )
        problems += article_problems
        if article is None:
            # INFO: the problems themselves are reported to the caller; on stderr this
            # line would only repeat them for an author running `check`.
            log.info("article %s left out: %d problem(s)", path, len(article_problems))
            left_out.append(path.stem)
            continue
        articles.append(article)
        advisories += article.advisories
        cross_refs += refs
    found = _load_variants(
        files,
        root,
        display_root,
        file_checks,
        glossary_for if keep_html else None,
        articles,
        left_out,
    )
    problems += found.problems
    advisories += found.advisories
    cross_refs += found.cross_refs
    # A dead link or `related` entry is a problem (`check` fails) but keeps no article
    # from readers: the article itself is whole, its risk panel complete; the reader only
    # finds one link that leads nowhere.
    problems += check_cross_refs(articles, cross_refs, left_out, found.articles)
    if not articles and not problems:
        problems.append(Problem(SourceRef(display_root, 0), no_articles_message()))
    return Library(
        root,
        tuple(articles),
        glossary,
        tuple(problems),
        tuple(advisories),
        tuple(found.articles),
        tuple(sorted(translated.items())),
    )


def _translated_glossaries(
    files: ContentFiles, display_root: Path
) -> tuple[dict[str, Glossary], list[Problem]]:
    """Each `glossary.<lang>.md` by its language (glossary.id.md is refused: glossary.md
    is the Indonesian glossary), and the problems of each."""
    found: dict[str, Glossary] = {}
    problems: list[Problem] = []
    for file in files.glossaries:
        if file.language == SOURCE_LANGUAGE:
            problems.append(
                variants.glossary_in_source_language(file, display_root / file.path.name)
            )
            continue
        root = file.path.parent
        found[file.language], glossary_problems = load_glossary(root, display_root, file.language)
        problems += glossary_problems
    return found, problems


@dataclasses.dataclass
class _Variants:
    """What loading the language variants gave: the usable ones and what is wrong."""

    articles: list[Article] = dataclasses.field(default_factory=list)
    problems: list[Problem] = dataclasses.field(default_factory=list)
    advisories: list[Problem] = dataclasses.field(default_factory=list)
    cross_refs: list[CrossRef] = dataclasses.field(default_factory=list)


def _load_variants(
    files: ContentFiles,
    root: Path,
    display_root: Path,
    file_checks: FileChecks | None,
    glossary: GlossaryFor | None,
    originals: list[Article],
    left_out: list[str],
) -> _Variants:
    """Every variant, each checked against its original: a variant with any problem is
    left out (its readers get the original)."""
    by_id = {article.meta.id: article for article in originals}
    metas = {article_id: article.meta for article_id, article in by_id.items()}
    broken = set(left_out)
    found = _Variants()
    for file in files.variants:
        display = display_root / file.path.name
        refs: list[CrossRef] = []
        article, problems = load_article(
            file.path, root, display_root, file_checks, glossary, refs, variant=file
        )
        if article is not None:
            pairing = variants.pairing_problem(file, article.meta, metas, broken, display)
            if pairing is not None:
                problems.append(pairing)
            else:
                problems += variants.structure_problems(by_id[file.base], article, display)
        found.problems += problems
        if article is None or problems:
            log.info("variant %s left out: %d problem(s)", file.path, len(problems))
            continue
        found.articles.append(article)
        found.advisories += article.advisories
        found.cross_refs += refs
    return found
