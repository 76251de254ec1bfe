"""Write a file so that it is either complete or not there: a temp file, then a rename."""

from __future__ import annotations

import errno
import logging
import os
import tempfile
from pathlib import Path
from typing import BinaryIO

log = logging.getLogger(__name__)
# How much of the target's name the temp file's name keeps: enough to see whose it is,
# short enough that '.{part}.XXXXXXXX.tmp' fits even where names are limited to 143 bytes.
TEMP_NAME_PART = 100

_REASONS = {
    errno.ENOSPC: "disk penuh",
    errno.EDQUOT: "kuota disk habis",
    errno.EACCES: "tidak ada izin menulis",
    errno.EPERM: "tidak ada izin menulis",
    errno.EROFS: "disk hanya dapat dibaca",
    errno.ENOENT: "folder tidak ada",
    errno.ENOTDIR: "bukan sebuah folder",
}


class WriteError(Exception):
    """A file could not be written; the message is one line, in Indonesian, for the user."""


def reason(error: OSError) -> str:
    return _REASONS.get(error.errno or 0, error.strerror or str(error))


def _open_temp(fd: int) -> BinaryIO:
    """The temp file opened for writing (a seam: a test swaps in /dev/full)."""
    return os.fdopen(fd, "wb")


def _umask() -> int:
    # Reading the umask means setting it; put it straight back.
    current = os.umask(0o022)
    os.umask(current)
    return current


def check_target(target: Path) -> None:
    """Fail early, before any work, when `target` cannot be a new file."""
    folder = target.parent
    if target.is_dir():
        raise WriteError(f"Tujuan adalah sebuah folder, bukan berkas: {target}")
    if target.exists() and not target.is_file():
        # /dev/full, /dev/stdout, a pipe: the rename would replace the device itself.
        raise WriteError(f"Tujuan bukan berkas biasa: {target}")
    if not folder.exists():
        raise WriteError(f"Folder tujuan tidak ada: {folder}")
    if not folder.is_dir():
        raise WriteError(f"Tujuan tidak berada di dalam folder: {folder} bukan folder")
    if not os.access(folder, os.W_OK):
        # Root passes this test everywhere; mkstemp below still catches what it misses.
        raise WriteError(f"Tidak dapat menulis ke folder {folder}: tidak ada izin menulis")


def write_atomically(target: Path, data: bytes) -> None:
    """Write `data` to `target` through a temp file in the same folder, then os.replace.

    Readers never see a half-written file, an old file survives a failed write, and no
    temp file is left behind when anything goes wrong.
    """
    check_target(target)
    folder = target.parent
    try:
        fd, temp_name = tempfile.mkstemp(prefix=temp_prefix(target.name), suffix=".tmp", dir=folder)
    except OSError as exc:
        raise WriteError(f"Tidak dapat menulis ke folder {folder}: {reason(exc)}") from exc
    temp = Path(temp_name)
    try:
        with _open_temp(fd) as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        # mkstemp makes the file private (0600); a handout is an ordinary document.
        os.chmod(temp, 0o666 & ~_umask())
        os.replace(temp, target)
    except OSError as exc:
        _remove(temp)
        raise WriteError(f"Tidak dapat menyimpan {target}: {reason(exc)}") from exc
    except BaseException:
        _remove(temp)
        raise
    log.info("written: %s (%d bytes)", target, len(data))


def temp_prefix(name: str) -> str:
    """'.{name}.', with `name` cut to TEMP_NAME_PART bytes: a legal 255-byte target name
    must not make an illegal temp name."""
    while len(os.fsencode(name)) > TEMP_NAME_PART:
        name = name[:-1]
    return f".{name}."


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        log.exception("temp file not removed: %s", path)
