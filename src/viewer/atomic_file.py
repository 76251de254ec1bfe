"""Write a file atomically: a temp file in the target folder, fsync, then os.replace.

The one writer for every file the app saves: handouts (CLI and window) and kiosk.toml's
PIN line. Qt-free, so the kiosk-pin command stays Qt-free too.
"""

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
    errno.EACCES: "tidak ada izin menulis",
    errno.EPERM: "tidak ada izin menulis",
    errno.EROFS: "folder ini hanya-baca (read-only)",
    errno.ENOENT: "folder tidak ada",
    errno.ENOTDIR: "bukan sebuah folder",
    errno.EISDIR: "tujuan adalah sebuah folder",
    errno.ENAMETOOLONG: "nama terlalu panjang",
    errno.ELOOP: "tautan (symlink) berputar tanpa ujung",
    errno.EIO: "kesalahan baca-tulis pada disk",
    errno.EFBIG: "berkas terlalu besar untuk disk ini",
    errno.EBUSY: "berkas sedang dipakai program lain",
    errno.ETXTBSY: "berkas sedang dipakai program lain",
}
if hasattr(errno, "EDQUOT"):  # not on Windows
    _REASONS[errno.EDQUOT] = "kuota disk habis"
# Paths longer than this many bytes are refused by Linux (PATH_MAX).
PATH_MAX = 4096
# A name shown in a message is cut to its first and last characters beyond this length.
SHOWN_NAME = 60


class WriteError(Exception):
    """A file could not be written; the message is one line, in Indonesian, for the user.

    `reason` is the why alone ("disk penuh"), for a caller that words its own line.
    """

    def __init__(self, message: str, reason: str | None = None) -> None:
        super().__init__(message)
        self.reason = reason or message


def reason(error: OSError) -> str:
    """Why `error` happened, in a few Indonesian words (the system's words if unknown)."""
    return _REASONS.get(error.errno or 0, error.strerror or str(error))


def shown_path(path: Path) -> str:
    """`path` for a one-line message: an overlong name keeps only its start and end."""
    parts = [_cut(part, SHOWN_NAME) for part in path.parts]
    return str(Path(*parts)) if parts else str(path)


def _cut(text: str, limit: int) -> str:
    return f"{text[: limit - 20]}…{text[-12:]}" if len(text) > limit else text


def too_long_message(path: Path, what: str) -> str:
    """The line for ENAMETOOLONG: which name is too long, and how long it is."""
    if len(os.fsencode(path)) >= PATH_MAX:
        shown = _cut(shown_path(path), 2 * SHOWN_NAME)
        return f"Jalur {what} terlalu panjang ({len(str(path))} karakter): {shown}"
    longest = max(path.parts or (str(path),), key=lambda part: len(os.fsencode(part)))
    if longest != path.name:
        what = "folder"
    return (
        f"Nama {what} terlalu panjang ({len(longest)} karakter): {shown_path(path)}; "
        "pakailah nama yang lebih pendek"
    )


def _open_temp(fd: int) -> BinaryIO:
    """The temp file opened for writing (a seam: a test swaps in /dev/full)."""
    return os.fdopen(fd, "wb")


def _umask() -> int:
    # Reading the umask means setting it; put it straight back.
    current = os.umask(0o022)
    os.umask(current)
    return current


def check_target(target: Path) -> Path:
    """Fail early, before any work, when `target` cannot be a new file.

    Returns the file to replace: `target` itself, or the file a symlink `target` names.
    """
    try:
        real = _follow_link(target)
        folder = real.parent
        if real.is_dir():
            raise WriteError(f"Tujuan adalah sebuah folder, bukan berkas: {target}")
        if real.exists() and not real.is_file():
            # /dev/full, /dev/stdout, a pipe: the rename would replace the device itself.
            raise WriteError(f"Tujuan bukan berkas biasa: {target}")
        if not folder.exists():
            raise WriteError(f"Folder tujuan tidak ada: {folder}")
        if not folder.is_dir():
            raise WriteError(f"Tujuan tidak berada di dalam folder: {folder} bukan folder")
    except OSError as exc:
        # pathlib's tests raise what is not "missing": a name too long, a folder on the
        # way without search permission.
        if exc.errno == errno.ENAMETOOLONG:
            raise WriteError(too_long_message(target, "berkas")) from exc
        raise WriteError(f"Tidak dapat menulis ke folder {target.parent}: {reason(exc)}") from exc
    if not os.access(folder, os.W_OK):
        # Root passes this test everywhere; mkstemp below still catches what it misses.
        why = errno.EROFS if _read_only(folder) else errno.EACCES
        raise WriteError(f"Tidak dapat menulis ke folder {folder}: {_REASONS[why]}")
    return real


def _read_only(folder: Path) -> bool:
    """Whether `folder` is on a file system mounted read-only (a locked card, a CD)."""
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (AttributeError, OSError):  # no statvfs on Windows
        return False


def _follow_link(target: Path) -> Path:
    """`target`, or the file it names when it is a symlink.

    A link to a file is written through, as `cp` and the shell's `>` do: the link (say,
    to a shared folder) stays, and the file it names gets the new content, replaced in its
    own folder so the rename stays atomic. A link to nothing is refused, as GNU cp
    refuses it: writing through it would make a file at a place the user never typed.
    """
    if not target.is_symlink():
        return target
    try:
        os.stat(target)
    except FileNotFoundError:
        raise WriteError(
            f"Tujuan {target} adalah tautan (symlink) ke {os.readlink(target)}, yang tidak "
            "ada; hapus tautan itu atau pilih nama lain"
        ) from None
    except OSError as exc:
        if exc.errno != errno.ELOOP:
            raise
        raise WriteError(
            f"Tujuan {target} adalah tautan (symlink) yang berputar tanpa ujung; hapus "
            "tautan itu atau pilih nama lain"
        ) from None
    return Path(os.path.realpath(target))


def write_atomically(target: Path, data: bytes, mode: int | None = None) -> None:
    """Write `data` to `target` through a temp file in the same folder, then os.replace.

    Readers never see a half-written file, an old file survives a failed write, a power
    cut after the return keeps the new file (data and folder are synced), and no temp
    file is left behind when anything goes wrong, Ctrl+C included. A symlink to a file is
    kept and the file it names is replaced (see `check_target`). The new file gets
    `mode`, or by default that of an ordinary document (0666 less the umask).
    """
    real = check_target(target)
    folder = real.parent
    try:
        fd, temp_name = tempfile.mkstemp(prefix=temp_prefix(real.name), suffix=".tmp", dir=folder)
    except OSError as exc:
        why = reason(exc)
        raise WriteError(f"Tidak dapat menulis ke folder {folder}: {why}", why) from exc
    temp = Path(temp_name)
    try:
        with _open_temp(fd) as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        # mkstemp makes the file private (0600).
        os.chmod(temp, 0o666 & ~_umask() if mode is None else mode)
        os.replace(temp, real)
    except OSError as exc:
        _remove(temp)
        why = reason(exc)
        raise WriteError(f"Tidak dapat menyimpan {target}: {why}", why) from exc
    except BaseException:
        _remove(temp)
        raise
    _sync_folder(folder)
    if real == target:
        log.info("written: %s (%d bytes)", target, len(data))
    else:
        log.info("written: %s, through the symlink %s (%d bytes)", real, target, len(data))


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); best effort, the file is complete anyway."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # Windows cannot open a folder; NTFS journals the rename
        return
    try:
        os.fsync(fd)
    except OSError as exc:
        log.debug("folder not synced: %s (%s)", folder, exc)
    finally:
        os.close(fd)


def temp_prefix(name: str) -> str:
    """'.{name}.', with `name` cut to TEMP_NAME_PART bytes: a legal 255-byte target name
    must not make an illegal temp name."""
    while len(os.fsencode(name)) > TEMP_NAME_PART:
        name = name[:-1]
    return f".{name}."


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError as exc:
        log.warning("temp file not removed: %s (%s)", path, exc)
