"""The index's SQLite database: where its file lives, its schema, and opening it safely.

The index is a cache (architecture.md): a file that cannot be made, read or locked is
never an error for the reader. A corrupt file or one of another format is deleted and
made again; a folder that cannot be written, or a file another process holds locked,
gives an in-memory index instead. Nothing here raises.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import sqlite3
from pathlib import Path

from viewer.search.results import TIER_COUNT

log = logging.getLogger(__name__)

# Bump when the schema or what is stored changes (the folding, the documents, the
# vocabulary): an index of another version is deleted and rebuilt from the files.
FORMAT_VERSION = 3  # 2: the emergency placeholder kept in the text; 3: language variants
# How long a statement waits for another process's lock before giving up: short, since
# the fallback (memory) is always there and a keystroke must not wait on a disk.
BUSY_TIMEOUT_S = 0.5

FTS_TABLES = tuple(f"fts{tier}" for tier in range(TIER_COUNT))
_SCHEMA = [
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    # One row per article file (and one for the glossary): the key that tells whether
    # it changed. `name` is the file name's bytes: a name that is not UTF-8 is kept too.
    "CREATE TABLE files(name BLOB PRIMARY KEY, size INTEGER NOT NULL, "
    "mtime_ns INTEGER NOT NULL, hash TEXT NOT NULL, article_id TEXT)",
    # One row per indexed document, with the unfolded text that snippets are cut from;
    # `language` is its article's (a variant's, `variant` 1, or the original's).
    "CREATE TABLE docs(id INTEGER PRIMARY KEY, file BLOB NOT NULL, article_id TEXT NOT NULL, "
    "language TEXT NOT NULL, variant INTEGER NOT NULL, "
    "title TEXT NOT NULL, section_id TEXT, heading TEXT NOT NULL, field TEXT NOT NULL, "
    "text TEXT NOT NULL)",
    "CREATE INDEX docs_file ON docs(file)",
    # One full-text table per ranking tier (results.Field.tier), holding the folded text
    # under the docs row's id: a tier is searched on its own, best tier first, and a
    # prefix as short as "c" reads only that tier's postings. The prefix indexes make
    # the first keystrokes cheap.
    *(
        f"CREATE VIRTUAL TABLE {table} USING fts5(text, article_id UNINDEXED, "
        "language UNINDEXED, section_id UNINDEXED, field UNINDEXED, "
        "tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')"
        for table in FTS_TABLES
    ),
    # The folded words of the library and their trigrams, to correct a misspelt word.
    "CREATE TABLE vocab(id INTEGER PRIMARY KEY, word TEXT NOT NULL UNIQUE)",
    "CREATE VIRTUAL TABLE vocab_trigrams USING fts5(word, tokenize='trigram', detail='column')",
]


def index_path(cache_dir: Path, root: Path) -> Path:
    """The index file of content folder `root`: named after its absolute path."""
    absolute = Path(os.path.abspath(root))
    digest = hashlib.sha256(os.fsencode(absolute)).hexdigest()[:16]
    readable = re.sub(r"[^A-Za-z0-9_-]+", "-", absolute.name)[:40].strip("-") or "content"
    return cache_dir / f"search-{readable}-{digest}.sqlite3"


def connect(target: Path | str) -> sqlite3.Connection:
    """A connection any thread may use (the index serialises use with its own lock), in
    autocommit mode so that transactions are exactly the ones the index begins."""
    return sqlite3.connect(
        target, timeout=BUSY_TIMEOUT_S, check_same_thread=False, isolation_level=None
    )


def open_memory() -> sqlite3.Connection:
    connection = connect(":memory:")
    _create(connection, None)
    return connection


def open_database(cache_dir: Path | None, root: Path) -> tuple[sqlite3.Connection, Path | None]:
    """The index database of `root` and its file (None: in memory). Never raises."""
    if cache_dir is None:
        log.info("search index in memory: no cache folder given")
        return open_memory(), None
    path = index_path(cache_dir, root)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        log.info("search index in memory: cache folder %s cannot be made (%s)", cache_dir, exc)
        return open_memory(), None
    for attempt in range(2):
        connection: sqlite3.Connection | None = None
        try:
            connection = connect(path)
            if _ready(connection, root):
                return connection, path
            reason = "it is of another format"
        except sqlite3.DatabaseError as exc:
            if not _is_damage(exc):
                _close(connection)
                log.info("search index in memory: %s cannot be used (%s)", path, exc)
                return open_memory(), None
            reason = f"it is damaged ({exc})"
        _close(connection)
        if attempt == 0:
            log.info("search index %s is rebuilt: %s", path, reason)
            if not _delete(path):
                break
    log.info("search index in memory: %s could not be rebuilt", path)
    return open_memory(), None


def _is_damage(exc: sqlite3.DatabaseError) -> bool:
    """A file that is not (or no longer) a database, as opposed to one that is busy or
    cannot be written: only damage is worth deleting the file for."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text


def _ready(connection: sqlite3.Connection, root: Path) -> bool:
    """Check (or create) the schema; False for a database of another format version.

    WAL: a search reading while another process writes its own index of the same folder
    is never blocked, and a commit per file costs no fsync of a journal.
    """
    connection.execute("PRAGMA journal_mode=WAL").fetchone()
    connection.execute("PRAGMA synchronous=NORMAL")
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    if not tables:
        _create(connection, root)
        return True
    if "meta" not in tables:
        return False
    row = connection.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
    if row is None or row[0] != str(FORMAT_VERSION):
        return False
    check = connection.execute("PRAGMA quick_check").fetchone()
    if check is None or check[0] != "ok":
        raise sqlite3.DatabaseError(f"database disk image is malformed: {check}")
    # Prove it can be written now, rather than failing half-way through an update.
    connection.execute("BEGIN IMMEDIATE")
    connection.execute("COMMIT")
    return True


def _create(connection: sqlite3.Connection, root: Path | None) -> None:
    connection.execute("BEGIN IMMEDIATE")
    try:
        for statement in _SCHEMA:
            connection.execute(statement)
        connection.execute("INSERT INTO meta VALUES ('format', ?)", (str(FORMAT_VERSION),))
        connection.execute("INSERT INTO meta VALUES ('root', ?)", (_shown(root),))
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")


def _shown(root: Path | None) -> str:
    # For a person reading the file: the folder it indexes (undecodable bytes replaced).
    if root is None:
        return ""
    return os.fsencode(os.path.abspath(root)).decode("utf-8", "replace")


def _close(connection: sqlite3.Connection | None) -> None:
    if connection is not None:
        with contextlib.suppress(sqlite3.Error):
            connection.close()


def _delete(path: Path) -> bool:
    try:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    except OSError as exc:
        log.info("search index %s cannot be deleted (%s)", path, exc)
        return False
    return True
