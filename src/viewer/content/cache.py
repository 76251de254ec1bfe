"""The loaded content folder, kept between runs in the user's cache folder.

A load parses every article, checks its links and images with a Markdown pass, renders
it and reads the glossary: ~25 ms of work and ~35 ms of imports (Markdown, nh3, the TOML
reader, the parsers) at every start. The cache keeps the Library, with each article's
HTML, beside everything it was made from: the code that loads (see `code_stamp`), the
interface language its problems are written in (i18n.messages_key), the folder's path,
its list of articles and the bytes of every file the loader reads. It is
used only when all of these are the same again, byte for byte. What a load learned from
the disk besides those files (whether a file a link or image names exists, its size,
where a symlink leads) is asked again at every start and must give the same answers.

Any difference, a file that is not a plain readable text file, a cache that cannot be
read or written: the folder is loaded as it is without a cache. The cache never decides
what is shown, and can be deleted at any time.

The file is Python's marshal format holding only strings, numbers and tuples; the
Library is rebuilt from them by calling the model's own classes, and by nothing else
(`_decode`). marshal and zlib are built in: pickle or hashlib would cost ~5 ms each to
import, a tenth of what the cache saves.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib.util
import logging
import marshal
import os
import stat
import sys
import zlib
from pathlib import Path
from typing import Any

from viewer import paths
from viewer.content.folder import GLOSSARY_FILE, content_files
from viewer.content.linked_files import FileChecks, check_file
from viewer.content.model import (
    Article,
    ArticleHtml,
    ArticleMeta,
    Glossary,
    Level,
    Library,
    Problem,
    RiskItem,
    Section,
    SourceRef,
    Term,
)
from viewer.content.textfile import MAX_TEXT_BYTES
from viewer.i18n import messages_key

log = logging.getLogger(__name__)
FORMAT = b"patient-viewer content cache 6\n"  # 6: the interface language in the key
# The only classes a cache file can make.
_MODEL = {
    cls.__name__: cls
    for cls in (
        Article,
        ArticleHtml,
        ArticleMeta,
        Glossary,
        Library,
        Problem,
        RiskItem,
        Section,
        SourceRef,
        Term,
    )
}
# Packages whose code shapes what a load returns (from a source checkout).
_CODE_PACKAGES = ("markdown", "nh3")


class _UncacheableError(Exception):
    """A file the cache cannot vouch for: the loader reads it and reports what is wrong."""


def load_library_cached(root: Path, cache_folder: Path | None) -> Library:
    """`load_library(root)` with each article's HTML kept (keep_html), from the cache when
    nothing it was made from has changed."""
    if cache_folder is None:
        return _load(root, None)
    try:
        inputs = _inputs(root)
    except (_UncacheableError, OSError) as exc:
        log.debug("content cache not used for %s: %s", root, exc)
        return _load(root, None)
    entry = cache_folder / "content" / _entry_name(root)
    library = _read(entry, inputs, root)
    if library is not None:
        log.info("content read from the cache: %s", root)
        return library
    file_checks: FileChecks = {}
    library = _load(root, file_checks)
    _write(entry, inputs, library, file_checks)
    return library


def _load(root: Path, file_checks: FileChecks | None) -> Library:
    # Here: on a start from the cache, the loader and its parsers are never imported.
    from viewer.content.loader import load_library

    return load_library(root, file_checks=file_checks, keep_html=True)


def _entry_name(root: Path) -> str:
    # One file per folder; two folders that share a name only take turns in it.
    absolute = os.fsencode(root.absolute())
    return f"{zlib.crc32(absolute):08x}-{zlib.adler32(absolute):08x}.cache"


def _inputs(root: Path) -> bytes:
    """The code, the interface language, the folder's path, its files' names (articles,
    variants, glossaries) and every file's bytes, as one."""
    # The problems' messages are in the interface language: a cache made in Indonesian
    # is not an English run's.
    parts = [FORMAT, code_stamp(), messages_key()]
    # As given and where it is: the messages name the folder as it was given.
    parts += [os.fsencode(root), os.fsencode(root.absolute())]
    files = content_files(root)
    listed = [*files.articles, *(f.path for f in (*files.variants, *files.glossaries))]
    listed += [f.path for f in files.unknown]  # their problems name a line of theirs
    for path in [*listed, root / GLOSSARY_FILE]:
        data = _file_bytes(path)
        parts += [os.fsencode(path.name), b"-" if data is None else b"%d %b" % (len(data), data)]
    return b"".join(b"%d:%b" % (len(part), part) for part in parts)


def _file_bytes(path: Path) -> bytes | None:
    """A plain text file's bytes; None if there is nothing at all at `path`."""
    try:
        status = path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            raise _UncacheableError(f"{path.name}: a link to nothing") from None
        return None
    if not stat.S_ISREG(status.st_mode) or status.st_size > MAX_TEXT_BYTES:
        raise _UncacheableError(f"{path.name}: not a plain file the loader would read")
    return path.read_bytes()


def code_stamp() -> bytes:
    """What identifies the code that loads: a rebuilt app or an edited module is new code.

    The name, size and modification time of every module file of the viewer package and
    its content package and of the Markdown and nh3 packages, and Python's version. The
    frozen app: its executable (the Python code is packed into it) and the files beside
    its libraries.
    """
    lines = [sys.version]
    if paths.is_frozen():
        status = os.stat(sys.executable)
        lines.append(f"{sys.executable} {status.st_size} {status.st_mtime_ns}")
        folders = [paths.bundle_root()]
    else:
        package = Path(__file__).resolve().parents[1]
        folders = [package, package / "content"]
        for name in _CODE_PACKAGES:
            spec = importlib.util.find_spec(name)  # finds it without importing it
            locations = list(spec.submodule_search_locations or []) if spec else []
            folders += [Path(location) for location in locations]
            folders += [Path(location) / "extensions" for location in locations]
    for folder in folders:
        try:
            entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
        except FileNotFoundError:
            continue
        for entry in entries:
            if entry.name.endswith((".py", ".so", ".pyd", ".zip", ".pyz")):
                status = entry.stat()
                lines.append(f"{entry.path} {status.st_size} {status.st_mtime_ns}")
    return "\n".join(lines).encode()


def _read(entry: Path, inputs: bytes, root: Path) -> Library | None:
    try:
        data = entry.read_bytes()
    except OSError:
        return None  # not there yet: the usual first start
    try:
        stored_inputs, stored_library, stored_checks = marshal.loads(data)
        if stored_inputs != inputs:
            return None
        library = _decode(stored_library)
        if not isinstance(library, Library):
            raise ValueError("not a library")
        checks = [(str(target), bool(image), problem) for target, image, problem in stored_checks]
    except Exception as exc:  # a cache from another version, or damaged: never fatal
        log.info("content cache %s not read: %s", entry, exc)
        return None
    for target, is_image, problem in checks:
        if check_file(target, is_image, root) != problem:
            log.info("content cache not used: %s has changed", target)
            return None
    return library


def _write(entry: Path, inputs: bytes, library: Library, file_checks: FileChecks) -> None:
    from viewer.atomic_file import WriteError, write_atomically
    from viewer.content.loader import unexpected_message

    if any(problem.message == unexpected_message() for problem in library.problems):
        return  # the log has the error; the next start tries again and logs it again
    checks = tuple((target, image, problem) for (target, image), problem in file_checks.items())
    data = marshal.dumps((inputs, _encode(library), checks))
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(entry, data, mode=0o600)
    except (OSError, WriteError) as exc:
        log.info("content cache not written: %s", exc)


# A model object as tuples: ("ClassName", (field, ...)); a tuple as ("", (item, ...));
# paths, dates and levels under their own tags; strings, numbers, None as they are.
def _encode(value: Any) -> Any:
    if isinstance(value, (str, int, type(None))):  # bool is an int
        return value
    if isinstance(value, tuple):
        return ("", tuple(_encode(item) for item in value))
    if isinstance(value, Path):
        return ("Path", str(value))
    if isinstance(value, dt.date):
        return ("date", value.toordinal())
    if isinstance(value, Level):
        return ("Level", value.value)
    if type(value).__name__ in _MODEL:
        fields = dataclasses.fields(value)
        return (type(value).__name__, tuple(_encode(getattr(value, f.name)) for f in fields))
    raise TypeError(f"{type(value).__name__} has no place in the content cache")


def _decode(value: Any) -> Any:
    if not isinstance(value, tuple):
        if isinstance(value, (str, int, type(None))):
            return value
        raise ValueError(f"unexpected {type(value).__name__}")
    tag, payload = value
    if tag == "":
        return tuple(_decode(item) for item in payload)
    if tag == "Path":
        return Path(payload)
    if tag == "date":
        return dt.date.fromordinal(payload)
    if tag == "Level":
        return Level(payload)
    cls = _MODEL.get(tag)
    if cls is None:
        raise ValueError(f"{tag!r} is not part of the content model")
    return cls(*(_decode(item) for item in payload))
