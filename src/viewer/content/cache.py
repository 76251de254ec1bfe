"""The loaded content folder, kept between runs in the user's cache folder.

A load parses every article, checks every link and image with a Markdown pass and
reads the glossary: ~25 ms of work and ~20 ms of imports (the TOML reader, the parsers)
at every start. The cache keeps the Library under a digest of everything it was made
from: the folder's path, its list of articles, the bytes of every file the loader reads,
and the code that loads them (see `code_stamp`). What a load learned from the disk
besides those files (whether a file a link or image names exists, its size, where a
symlink leads) is asked again at every start and must give the same answers.

Any difference, a file that is not a plain readable text file, a cache that cannot be
read or written: the folder is loaded as it is without a cache. The cache never decides
what is shown, and can be deleted at any time.
"""

from __future__ import annotations

import hashlib
import importlib.util
import io
import logging
import os
import pickle
import stat
import sys
from pathlib import Path
from typing import Any

from viewer import paths
from viewer.content.folder import GLOSSARY_FILE, article_files
from viewer.content.model import Library
from viewer.content.references import FileChecks, check_file
from viewer.content.textfile import MAX_TEXT_BYTES

log = logging.getLogger(__name__)
FORMAT = b"patient-viewer content cache 1\n"
# What a cache file may hold: the model's classes and the values inside them. Anything
# else (a file someone else wrote) is refused before it is made.
_ALLOWED_CLASSES = {
    *(
        ("viewer.content.model", name)
        for name in (
            "Article",
            "ArticleHtml",
            "ArticleMeta",
            "Glossary",
            "Level",
            "Library",
            "Problem",
            "RiskItem",
            "Section",
            "SourceRef",
            "Term",
        )
    ),
    ("pathlib", "PosixPath"),
    ("pathlib", "WindowsPath"),
    ("datetime", "date"),
}
# Packages whose code shapes what a load returns (from a source checkout).
_CODE_PACKAGES = ("markdown", "nh3")


class _UncacheableError(Exception):
    """A file the cache cannot vouch for: the loader reads it and reports what is wrong."""


def load_library_cached(root: Path, cache_folder: Path | None) -> Library:
    """`load_library(root)`, from the cache when nothing it was made from has changed."""
    if cache_folder is None:
        return _load(root, None)
    try:
        digest = _inputs_digest(root)
    except (_UncacheableError, OSError) as exc:
        log.debug("content cache not used for %s: %s", root, exc)
        return _load(root, None)
    entry = cache_folder / "content" / f"{_name(root)}.pickle"
    library = _read(entry, digest, root)
    if library is not None:
        log.info("content read from the cache: %s", root)
        return library
    file_checks: FileChecks = {}
    library = _load(root, file_checks)
    _write(entry, digest, library, file_checks)
    return library


def _load(root: Path, file_checks: FileChecks | None) -> Library:
    # Here: on a start from the cache, the loader and its parsers are never imported.
    from viewer.content.loader import load_library

    return load_library(root, file_checks=file_checks, keep_html=True)


def _name(root: Path) -> str:
    return hashlib.sha256(os.fsencode(root.absolute())).hexdigest()[:32]


def _inputs_digest(root: Path) -> bytes:
    """A digest of the code, the folder's path, its articles' names and every file's bytes."""
    digest = hashlib.sha256(FORMAT)
    digest.update(code_stamp())
    # As given and where it is: the messages name the folder as it was given.
    digest.update(os.fsencode(root) + b"\0" + os.fsencode(root.absolute()) + b"\0")
    for path in [*article_files(root), root / GLOSSARY_FILE]:
        digest.update(os.fsencode(path.name) + b"\0")
        data = _file_bytes(path)
        digest.update(b"-\0" if data is None else b"%d\0%b" % (len(data), data))
    return digest.digest()


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


class _ModelUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if (module, name) not in _ALLOWED_CLASSES:
            raise pickle.UnpicklingError(f"{module}.{name} is not part of the content model")
        return super().find_class(module, name)


def _read(entry: Path, digest: bytes, root: Path) -> Library | None:
    try:
        data = entry.read_bytes()
    except OSError:
        return None  # not there yet: the usual first start
    try:
        stored_digest, library, file_checks = _ModelUnpickler(io.BytesIO(data)).load()
    except Exception as exc:  # a cache from another version, or damaged: never fatal
        log.info("content cache %s not read: %s", entry, exc)
        return None
    if stored_digest != digest or not isinstance(library, Library):
        return None
    for (target, is_image), problem in file_checks.items():
        if check_file(target, is_image, root) != problem:
            log.info("content cache not used: %s has changed", target)
            return None
    return library


def _write(entry: Path, digest: bytes, library: Library, file_checks: FileChecks) -> None:
    from viewer.atomic_file import WriteError, write_atomically
    from viewer.content.loader import UNEXPECTED

    if any(problem.message == UNEXPECTED for problem in library.problems):
        return  # the log has the error; the next start tries again and logs it again
    data = pickle.dumps((digest, library, file_checks), protocol=pickle.HIGHEST_PROTOCOL)
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(entry, data, mode=0o600)
    except (OSError, WriteError) as exc:
        log.info("content cache not written: %s", exc)
