"""Open a content folder as a Shelf, with what can be kept between runs kept in the
user's cache folder.

Three kinds of cache entry, each used only when what it was made from is unchanged:
- the catalogue: each article file's front matter (or the problem that kept it from
  being read), language variants (`<id>.<lang>.md`) included, keyed by the file's name,
  size and modification time. A start with a thousand unchanged articles reads one small
  file and stats the thousand, no parsing; a changed file is read again alone.
- each glossary (glossary.md, glossary.<lang>.md), keyed by the code and its bytes;
- each opened article or variant, whole and rendered, keyed by the code, its own bytes
  and the bytes of the glossary of its language (its HTML marks that glossary's terms),
  like content/cache.py's entry for a whole folder, with the same re-check of the files
  its links and images name.
The catalogue and the articles keep problems, whose messages are in the interface
language: both are keyed by it too (i18n.messages_key).

Any cache that cannot be read or written only costs time: the folder is read as it is.
The cache never decides what is shown; the files do.
"""

from __future__ import annotations

import functools
import logging
import marshal
import os
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from viewer.content import cache
from viewer.content.errors import ContentError
from viewer.content.folder import (
    ContentFiles,
    VariantFile,
    content_files,
    glossary_file,
    language_suffix,
    missing_folder_message,
    no_articles_message,
    unreadable_folder_message,
)
from viewer.content.linked_files import FileChecks, check_file
from viewer.content.model import Article, ArticleMeta, Glossary, Problem, SourceRef
from viewer.content.shelf import Shelf, ShelfEntry
from viewer.i18n import SOURCE_LANGUAGE, messages_key

log = logging.getLogger(__name__)
FORMAT = b"patient-viewer shelf 4\n"  # 4: the interface language in the keys


@functools.cache
def _code() -> bytes:
    return cache.code_stamp()


def open_shelf(root: Path, cache_folder: Path | None) -> Shelf:
    """The articles of `root` by their front matter; never raises for bad content."""
    try:
        if not root.is_dir():
            return _empty(root, [Problem(SourceRef(root, 0), missing_folder_message())])
        files = content_files(root)
    except OSError as exc:
        return _empty(root, [Problem(SourceRef(root, 0), unreadable_folder_message(exc))])
    folder = None if cache_folder is None else cache_folder / "shelf" / _folder_name(root)
    entries, variant_entries, problems = _catalogue(root, files, folder)
    if not entries and not problems:
        problems.append(Problem(SourceRef(root, 0), no_articles_message()))
    glossary = functools.partial(_glossary, root, folder)
    opener = functools.partial(_open_article, root, folder)
    return Shelf(root, entries, problems, opener, glossary, variants=variant_entries)


def _empty(root: Path, problems: list[Problem]) -> Shelf:
    return Shelf(root, (), problems, lambda entry, glossary: (None, []), lambda _: Glossary())


def _folder_name(root: Path) -> str:
    absolute = os.fsencode(root.absolute())
    return f"{zlib.crc32(absolute):08x}-{zlib.adler32(absolute):08x}"


# -- the catalogue --------------------------------------------------------------------------
def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_size, status.st_mtime_ns


def _catalogue(
    root: Path, files: ContentFiles, folder: Path | None
) -> tuple[list[ShelfEntry], list[ShelfEntry], list[Problem]]:
    """The originals' entries, the variants' entries, and the problems of both (with
    what `check` says of a variant's name and pairing: variants.py)."""
    stored = _read_catalogue(folder / "catalogue", root) if folder is not None else {}
    fresh: dict[str, Any] = {}
    read: dict[Path, ArticleMeta | Problem] = {}
    read_again = 0
    listed = [*files.articles, *(file.path for file in files.variants)]
    for path in listed:
        stamp = _stamp(path)
        known = stored.get(path.name)
        if stamp is not None and known is not None and tuple(known[0]) == stamp:
            value = cache._decode(known[1])
        else:
            read_again += 1
            value = _front_matter(path, root)
        if stamp is not None:
            fresh[path.name] = (stamp, cache._encode(value))
        read[path] = value
    known = len(listed) - read_again
    log.info("catalogue of %s: %d file(s) read, %d known", root, read_again, known)
    if folder is not None and (read_again or set(stored) != set(fresh)):
        _write(folder / "catalogue", (*_catalogue_key(root), fresh))
    entries = [ShelfEntry(v, p) for p in files.articles if isinstance(v := read[p], ArticleMeta)]
    problems = [v for p in files.articles if isinstance(v := read[p], Problem)]
    variant_entries, variant_problems = _variants(root, files, read, entries)
    return entries, variant_entries, problems + variant_problems


def _variants(
    root: Path,
    files: ContentFiles,
    read: dict[Path, ArticleMeta | Problem],
    originals: list[ShelfEntry],
) -> tuple[list[ShelfEntry], list[Problem]]:
    """The variants that have their original, and what is wrong with the others (and
    with the names of files in no language we know, and glossary.id.md)."""
    problems: list[Problem] = []
    entries: list[ShelfEntry] = []
    if not (files.variants or files.unknown or files.glossaries):
        return entries, problems
    from viewer.content import variants  # only for a folder with variants

    metas = {entry.meta.id: entry.meta for entry in originals}
    broken = {p.stem for p in files.articles if isinstance(read[p], Problem)}
    for file in files.variants:
        value = read[file.path]
        if isinstance(value, Problem):
            problems.append(value)
            continue
        display = root / file.path.name
        pairing = variants.pairing_problem(file, value, metas, broken, display)
        if pairing is not None:
            problems.append(pairing)
        else:
            entries.append(ShelfEntry(value, file.path))
    problems += [variants.unknown_language(f, root / f.path.name) for f in files.unknown]
    problems += [
        variants.glossary_in_source_language(f, root / f.path.name)
        for f in files.glossaries
        if f.language == SOURCE_LANGUAGE
    ]
    return entries, problems


def _variant_file(path: Path) -> VariantFile | None:
    base, language = language_suffix(path)
    return None if language is None else VariantFile(path, base, language)


def _front_matter(path: Path, root: Path) -> ArticleMeta | Problem:
    from viewer.content import frontmatter  # parsed only for files that changed
    from viewer.content.textfile import read_text

    display = root / path.name
    try:
        text = read_text(path, display)
        variant = _variant_file(path)
        if variant is not None:
            from viewer.content.variants import split_variant

            return split_variant(text, display, variant).meta
        return frontmatter.split(text, display).meta
    except ContentError as exc:
        return exc.problem
    except Exception:
        log.exception("unexpected error while reading the front matter of %s", path)
        from viewer.content.loader import unexpected

        return unexpected(display)


def _catalogue_key(root: Path) -> tuple[bytes, ...]:
    # The problems kept for files whose front matter cannot be read are in the interface
    # language: a catalogue made in Indonesian is not an English run's.
    return (FORMAT, _code(), messages_key(), os.fsencode(root.absolute()))


def _read_catalogue(entry: Path, root: Path) -> dict[str, Any]:
    try:
        data = marshal.loads(entry.read_bytes())
        *key, files = data
        if tuple(key) != _catalogue_key(root):
            return {}
        if not isinstance(files, dict):
            return {}
        return files
    except FileNotFoundError:
        return {}
    except Exception as exc:  # damaged or from another version: read the files instead
        log.info("shelf catalogue %s not read: %s", entry, exc)
        return {}


# -- the glossary and opened articles ---------------------------------------------------------
def _file_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:
        return b"-"  # missing or unreadable: the loader says which


def _glossary(root: Path, folder: Path | None, language: str | None) -> Glossary:
    """The glossary an article in `language` reads (folder.glossary_file)."""
    path = glossary_file(root, language)
    name = "glossary-" + path.name
    from_cache = _read_keyed(folder, name, _glossary_inputs(path))
    if isinstance(from_cache, Glossary):
        return from_cache
    from viewer.content.loader import load_glossary

    glossary, problems = load_glossary(root, root, language)
    for problem in problems:
        log.warning("content problem: %s", problem)
    if not problems:
        _write_keyed(folder, name, _glossary_inputs(path), glossary)
    return glossary


def _glossary_inputs(path: Path) -> bytes:
    # No language: a glossary is kept only when it has no problem, and has no message.
    return b"\0".join([FORMAT, _code(), os.fsencode(path.name), _file_bytes(path)])


def _article_inputs(root: Path, entry: ShelfEntry) -> bytes:
    glossary = glossary_file(root, entry.meta.language)
    return b"\0".join(
        [
            FORMAT,
            _code(),
            messages_key(),  # its problems are in the interface language
            os.fsencode(root.absolute()),
            os.fsencode(entry.path.name),
            _file_bytes(entry.path),
            os.fsencode(glossary.name),
            _file_bytes(glossary),
        ]
    )


def _open_article(
    root: Path, folder: Path | None, entry: ShelfEntry, glossary: Callable[[], Glossary]
) -> tuple[Article | None, list[Problem]]:
    name = "article-" + entry.path.name
    inputs = _article_inputs(root, entry)
    stored = _read_keyed(folder, name, inputs)
    if stored is not None:
        article, problems, checks = stored
        if all(check_file(target, image, root) == problem for target, image, problem in checks):
            return article, list(problems)
    from viewer.content.loader import load_article, unexpected_message

    file_checks: FileChecks = {}
    variant = _variant_file(entry.path)
    article, problems = load_article(
        entry.path, root, root, file_checks, glossary(), variant=variant
    )
    if any(problem.message == unexpected_message() for problem in problems):
        return article, problems  # logged; the next start tries again
    checks = tuple((target, image, problem) for (target, image), problem in file_checks.items())
    _write_keyed(folder, name, inputs, (article, tuple(problems), checks))
    return article, problems


def _read_keyed(folder: Path | None, name: str, inputs: bytes) -> Any:
    if folder is None:
        return None
    try:
        stored_inputs, value = marshal.loads((folder / name).read_bytes())
        if stored_inputs != inputs:
            return None
        return cache._decode(value)
    except FileNotFoundError:
        return None
    except Exception as exc:
        log.info("shelf cache %s not read: %s", folder / name, exc)
        return None


def _write_keyed(folder: Path | None, name: str, inputs: bytes, value: Any) -> None:
    if folder is not None:
        _write(folder / name, (inputs, cache._encode(value)))


def _write(entry: Path, value: Any) -> None:
    from viewer.atomic_file import WriteError, write_atomically

    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(entry, marshal.dumps(value), mode=0o600)
    except (OSError, WriteError, ValueError) as exc:
        log.info("shelf cache not written: %s", exc)
