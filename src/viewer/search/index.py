"""SearchIndex: the search index of one content folder, kept in step with its files.

Thread contract: `update()` may run in a worker thread while `search()` runs in the GUI
thread (or any other). Both use one SQLite connection, guarded by a lock; `update`
holds it only to read the stored keys and to write one file's rows (one transaction,
a few milliseconds), and parses articles without it, so a search waits at most for one
file's write. Two `update` calls never overlap (a second waits for the first).
`search` never raises and returns no hits before the first `update` has opened the
index. `close()` may be called from any thread once no update is running.

Every article file is indexed, language variants (`<id>.<lang>.md`) too, each with the
glossary of its language; a hit names the language it matched in. The index never
decides what is shown: the shelf gives the original where a variant is faulty.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from viewer.content.folder import (
    GLOSSARY_FILE,
    GLOSSARY_STEM,
    VariantFile,
    content_files,
    language_suffix,
)
from viewer.content.loader import load_article, load_glossary
from viewer.content.model import Article, Glossary
from viewer.i18n import LANGUAGES, SOURCE_LANGUAGE
from viewer.search.documents import Document, TermFinder, article_documents
from viewer.search.lookup import run_query
from viewer.search.query import query_tokens
from viewer.search.results import SearchResult, UpdateCounts
from viewer.search.store import FTS_TABLES, open_database, open_memory
from viewer.search.text import WORD, fold

log = logging.getLogger(__name__)

# Every glossary an article can read (folder.glossary_file): a change to any of them
# reindexes every article, as glossary.md's always did.
GLOSSARY_NAMES = (
    GLOSSARY_FILE,
    *(f"{GLOSSARY_STEM}.{code}.md" for code in LANGUAGES if code != SOURCE_LANGUAGE),
)
# Only words this long go into the vocabulary that misspellings are corrected against.
_VOCAB_MIN_CHARS = 4
_VOCAB_MAX_CHARS = 48


@dataclass(frozen=True)
class _Key:
    """What tells whether a file changed: size and mtime first (no read), then the hash."""

    size: int
    mtime_ns: int
    hash: str


class SearchIndex:
    """The search index of content folder `root`, in a file under `cache_dir`.

    `cache_dir` None, or one that cannot be written, keeps the index in memory. Building
    is cheap; the file is opened by the first `update()`.
    """

    def __init__(self, root: Path, cache_dir: Path | None) -> None:
        self._root = root
        self._cache_dir = cache_dir
        self._lock = threading.Lock()  # guards the connection and _vocab
        self._update_lock = threading.Lock()  # one update at a time
        self._connection: sqlite3.Connection | None = None
        self._path: Path | None = None
        self._vocab: set[str] = set()
        self._stop = threading.Event()

    @property
    def path(self) -> Path | None:
        """The index file; None while in memory or before the first update."""
        return self._path

    @property
    def in_memory(self) -> bool:
        return self._connection is not None and self._path is None

    def search(self, query: str, limit: int = 20) -> SearchResult:
        """The best `limit` hits for `query`, best first. Never raises."""
        try:
            tokens = query_tokens(query)
        except Exception:  # pragma: no cover - folding plain str does not fail
            log.exception("search query %r could not be read", query[:80])
            return SearchResult(query)
        if not tokens or limit <= 0:
            return SearchResult(query)
        with self._lock:
            if self._connection is None:
                return SearchResult(query)
            try:
                return run_query(self._connection, query, tokens, limit)
            except sqlite3.Error as exc:
                # The index is a cache: a broken one finds nothing until it is rebuilt.
                log.info("search for %r failed: %s", query[:80], exc)
                return SearchResult(query)
            except Exception:
                # A bug, not the user's doing: logged in full, and the GUI goes on.
                log.exception("search for %r failed", query[:80])
                return SearchResult(query)

    def update(self) -> UpdateCounts:
        """Bring the index in step with the folder; logs and returns what it did.

        Never raises for the index itself: a database that fails part-way (a disk that
        fills, a file deleted or locked by another process) is replaced by a fresh
        in-memory index, which is then filled.
        """
        with self._update_lock:
            self._open()
            try:
                counts = self._update()
            except sqlite3.Error as exc:
                log.info("search index %s failed (%s); continuing in memory", self._path, exc)
                self._replace(open_memory(), None)
                counts = self._update()
            log.info(
                "search index of %s: %d reindexed, %d unchanged, %d removed",
                self._root,
                counts.reindexed,
                counts.unchanged,
                counts.removed,
            )
            return counts

    def cancel(self) -> None:
        """Ask a running update to stop after the file it is on (the app is quitting).
        What it did is kept; the next update goes on from there."""
        self._stop.set()

    def close(self) -> None:
        with self._lock:
            if self._connection is not None:
                self._connection.close()
            self._connection = None

    # -- updating ------------------------------------------------------------------

    def _open(self) -> None:
        if self._connection is not None:
            return
        connection, path = open_database(self._cache_dir, self._root)
        self._replace(connection, path)

    def _replace(self, connection: sqlite3.Connection, path: Path | None) -> None:
        vocab = {word for (word,) in connection.execute("SELECT word FROM vocab")}
        with self._lock:
            old, self._connection, self._path, self._vocab = (
                self._connection,
                connection,
                path,
                vocab,
            )
        if old is not None:
            with contextlib.suppress(sqlite3.Error):
                old.close()

    def _update(self) -> UpdateCounts:
        try:
            listing = content_files(self._root)
        except OSError as exc:
            # Nothing is removed: an unreadable folder (a USB stick pulled out) may be back.
            log.info("search index: content folder %s cannot be read (%s)", self._root, exc)
            return UpdateCounts()
        with self._lock:
            assert self._connection is not None
            stored = {
                bytes(name): _Key(size, mtime, digest)
                for name, size, mtime, digest in self._connection.execute(
                    "SELECT name, size, mtime_ns, hash FROM files"
                )
            }
        files = [*listing.articles, *(variant.path for variant in listing.variants)]
        glossaries = {os.fsencode(name): self._root / name for name in GLOSSARY_NAMES}
        glossary_keys = {name: _check(path, stored.get(name)) for name, path in glossaries.items()}
        glossary_changed = any(changed for _key, changed in glossary_keys.values())
        finders: dict[str, TermFinder] = {}

        def finder(language: str) -> TermFinder:
            if language not in finders:
                finders[language] = TermFinder(self._load_glossary(language))
            return finders[language]

        reindexed = unchanged = 0
        for path in files:
            if self._stop.is_set():
                # The glossary's key is stored last: the next update finishes the job.
                log.info("search index: update stopped after %d file(s)", reindexed)
                return UpdateCounts(reindexed, unchanged, 0)
            name = os.fsencode(path.name)
            key, changed = _check(path, stored.get(name))
            if not changed and not glossary_changed:
                unchanged += 1
                if key != stored.get(name):  # touched, same bytes: remember the new stat
                    self._store_key(name, key)
                continue
            self._reindex(path, name, key, finder)
            reindexed += 1
        present = {os.fsencode(p.name) for p in files}
        gone = [name for name in stored if name not in present and name not in glossaries]
        for name in gone:
            with self._lock, self._transaction():
                self._delete_rows(name)
        for name, (glossary_key, _changed) in glossary_keys.items():
            if glossary_key != stored.get(name):
                # Stored last: an update stopped half-way reindexes again next time.
                self._store_key(name, glossary_key)
        return UpdateCounts(reindexed, unchanged, len(gone))

    def _load_glossary(self, language: str) -> Glossary:
        glossary, problems = load_glossary(self._root, self._root, language)
        if problems:
            log.info("search index: %s glossary read with %d problem(s)", language, len(problems))
        return glossary

    def _reindex(
        self, path: Path, name: bytes, key: _Key, finder: Callable[[str], TermFinder]
    ) -> None:
        # Parsing happens without the lock: searches go on meanwhile.
        base, language = language_suffix(path)
        variant = VariantFile(path, base, language) if language is not None else None
        article, problems = load_article(path, self._root, self._root, variant=variant)
        try:
            documents = (
                article_documents(article, finder(article.meta.language))
                if article is not None
                else []
            )
        except Exception:
            # A bug here must not stop the other files from being indexed.
            log.exception("search index: %s could not be indexed", path)
            article, documents = None, []
        if article is None:
            # The key is still stored: a broken file is not read again until it changes.
            log.info("search index: %s left out (%d problem(s))", path, len(problems))
        folded = [fold(document.text) for document in documents]
        with self._lock, self._transaction():
            assert self._connection is not None
            self._delete_rows(name)
            article_id = article.meta.id if article is not None else None
            for document, text in zip(documents, folded, strict=True):
                assert article is not None
                self._insert(name, article, variant is not None, document, text)
            self._connection.execute(
                "INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?)",
                (name, key.size, key.mtime_ns, key.hash, article_id),
            )
            self._add_vocabulary(folded)

    def _insert(
        self, name: bytes, article: Article, variant: bool, doc: Document, text: str
    ) -> None:
        assert self._connection is not None
        meta = article.meta
        cursor = self._connection.execute(
            "INSERT INTO docs(file, article_id, language, variant, title, section_id, heading, "
            "field, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                name,
                meta.id,
                meta.language,
                int(variant),
                meta.title,
                doc.section_id,
                doc.heading,
                doc.field.value,
                doc.text,
            ),
        )
        self._connection.execute(
            f"INSERT INTO {FTS_TABLES[doc.field.tier]}(rowid, text, article_id, language, "
            "section_id, field) VALUES (?, ?, ?, ?, ?, ?)",
            (cursor.lastrowid, text, meta.id, meta.language, doc.section_id, doc.field.value),
        )

    def _add_vocabulary(self, texts: list[str]) -> None:
        """Add the new words of folded `texts` to the vocabulary and its trigrams."""
        # Words are only added: a word whose last article is gone stays as a harmless
        # candidate (it finds nothing) until a format change rebuilds the index.
        assert self._connection is not None
        new = {
            word
            for text in texts
            for word in WORD.findall(text)
            if _VOCAB_MIN_CHARS <= len(word) <= _VOCAB_MAX_CHARS and word.isalpha()
        } - self._vocab
        for word in sorted(new):
            cursor = self._connection.execute("INSERT INTO vocab(word) VALUES (?)", (word,))
            self._connection.execute(
                "INSERT INTO vocab_trigrams(rowid, word) VALUES (?, ?)", (cursor.lastrowid, word)
            )
        self._vocab |= new

    def _delete_rows(self, name: bytes) -> None:
        assert self._connection is not None
        for table in FTS_TABLES:
            self._connection.execute(
                f"DELETE FROM {table} WHERE rowid IN (SELECT id FROM docs WHERE file = ?)",
                (name,),
            )
        self._connection.execute("DELETE FROM docs WHERE file = ?", (name,))
        self._connection.execute("DELETE FROM files WHERE name = ?", (name,))

    def _store_key(self, name: bytes, key: _Key) -> None:
        with self._lock, self._transaction():
            assert self._connection is not None
            self._connection.execute(
                "UPDATE files SET size = ?, mtime_ns = ?, hash = ? WHERE name = ?",
                (key.size, key.mtime_ns, key.hash, name),
            )
            self._connection.execute(
                "INSERT OR IGNORE INTO files VALUES (?, ?, ?, ?, NULL)",
                (name, key.size, key.mtime_ns, key.hash),
            )

    def _transaction(self) -> _Transaction:
        assert self._connection is not None
        return _Transaction(self._connection)


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any error (the caller holds the lock)."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    def __enter__(self) -> None:
        self._connection.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind: object, value: object, traceback: object) -> None:
        if kind is None:
            self._connection.execute("COMMIT")
        else:
            with contextlib.suppress(sqlite3.Error):
                self._connection.execute("ROLLBACK")


# The key of a file that cannot be found (a broken link listed as an article, or no
# glossary): stored like any other, so that it is not looked at again until it appears.
_MISSING = _Key(-1, -1, "missing")


def _check(path: Path, stored: _Key | None) -> tuple[_Key, bool]:
    """The file's key and whether its content changed since `stored`.

    The bytes are read and hashed only when size or mtime differ, so a restart with
    unchanged content reads no file; a touched file with the same bytes is unchanged.
    """
    try:
        stat = path.stat()
    except OSError:
        return _MISSING, stored != _MISSING
    if stored is not None and (stat.st_size, stat.st_mtime_ns) == (stored.size, stored.mtime_ns):
        return stored, False
    try:
        digest = hashlib.blake2b(path.read_bytes(), digest_size=16).hexdigest()
    except OSError:
        # Unreadable (the loader says why): the file is retried when its stat changes.
        digest = "unreadable"
    key = _Key(stat.st_size, stat.st_mtime_ns, digest)
    return key, stored is None or digest != stored.hash
