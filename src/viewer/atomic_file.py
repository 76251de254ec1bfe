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

from viewer.i18n import translate

log = logging.getLogger(__name__)
# How much of the target's name the temp file's name keeps: enough to see whose it is,
# short enough that '.{part}.XXXXXXXX.tmp' fits even where names are limited to 143 bytes.
TEMP_NAME_PART = 100


def _reasons() -> dict[int, str]:
    """Why a write failed, by errno, in a few words of the interface language."""
    #: Each completes "Cannot write to the folder X: {reason}" (or "Cannot save X: ...").
    reasons = {
        errno.ENOSPC: translate("File", "disk penuh"),
        errno.EACCES: translate("File", "tidak ada izin menulis"),
        errno.EPERM: translate("File", "tidak ada izin menulis"),
        errno.EROFS: translate("File", "folder ini hanya-baca (read-only)"),
        errno.ENOENT: translate("File", "folder tidak ada"),
        errno.ENOTDIR: translate("File", "bukan sebuah folder"),
        errno.EISDIR: translate("File", "tujuan adalah sebuah folder"),
        errno.ENAMETOOLONG: translate("File", "nama terlalu panjang"),
        errno.ELOOP: translate("File", "tautan (symlink) berputar tanpa ujung"),
        errno.EIO: translate("File", "kesalahan baca-tulis pada disk"),
        errno.EFBIG: translate("File", "berkas terlalu besar untuk disk ini"),
        errno.EBUSY: translate("File", "berkas sedang dipakai program lain"),
        errno.ETXTBSY: translate("File", "berkas sedang dipakai program lain"),
    }
    if hasattr(errno, "EDQUOT"):  # not on Windows
        reasons[errno.EDQUOT] = translate("File", "kuota disk habis")
    return reasons


# Paths longer than this many bytes are refused by Linux (PATH_MAX).
PATH_MAX = 4096
# A name shown in a message is cut to its first and last characters beyond this length.
SHOWN_NAME = 60


class WriteError(Exception):
    """A file could not be written; the message is one line, in the interface language.

    `reason` is the why alone ("disk penuh"), for a caller that words its own line.
    """

    def __init__(self, message: str, reason: str | None = None) -> None:
        super().__init__(message)
        self.reason = reason or message


def reason(error: OSError) -> str:
    """Why `error` happened, in a few words (the system's words if unknown)."""
    return _reasons().get(error.errno or 0, error.strerror or str(error))


def shown_path(path: Path) -> str:
    """`path` for a one-line message: an overlong name keeps only its start and end."""
    parts = [_cut(part, SHOWN_NAME) for part in path.parts]
    return str(Path(*parts)) if parts else str(path)


def _cut(text: str, limit: int) -> str:
    return f"{text[: limit - 20]}…{text[-12:]}" if len(text) > limit else text


def too_long_message(path: Path, what: str) -> str:
    """The line for ENAMETOOLONG: which name is too long, and how long it is. `what` names
    the thing ("berkas", "folder konten") in the interface language."""
    if len(os.fsencode(path)) >= PATH_MAX:
        shown = _cut(shown_path(path), 2 * SHOWN_NAME)
        #: {what}: "file", "folder", "content folder", "article file".
        return translate("File", "Jalur {what} terlalu panjang ({length} karakter): {path}").format(
            what=what, length=len(str(path)), path=shown
        )
    longest = max(path.parts or (str(path),), key=lambda part: len(os.fsencode(part)))
    if longest != path.name:
        what = translate("File", "folder")
    #: {what}: "file", "folder", "content folder", "article file".
    return translate(
        "File",
        "Nama {what} terlalu panjang ({length} karakter): {path}; pakailah nama yang lebih pendek",
    ).format(what=what, length=len(longest), path=shown_path(path))


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
            raise WriteError(
                translate("File", "Tujuan adalah sebuah folder, bukan berkas: {path}").format(
                    path=target
                )
            )
        if real.exists() and not real.is_file():
            # /dev/full, /dev/stdout, a pipe: the rename would replace the device itself.
            raise WriteError(
                translate("File", "Tujuan bukan berkas biasa: {path}").format(path=target)
            )
        if not folder.exists():
            raise WriteError(
                translate("File", "Folder tujuan tidak ada: {folder}").format(folder=folder)
            )
        if not folder.is_dir():
            raise WriteError(
                translate(
                    "File", "Tujuan tidak berada di dalam folder: {folder} bukan folder"
                ).format(folder=folder)
            )
    except OSError as exc:
        # pathlib's tests raise what is not "missing": a name too long, a folder on the
        # way without search permission.
        if exc.errno == errno.ENAMETOOLONG:
            raise WriteError(too_long_message(target, translate("File", "berkas"))) from exc
        raise WriteError(cannot_write_message(target.parent, reason(exc))) from exc
    if not os.access(folder, os.W_OK):
        # Root passes this test everywhere; mkstemp below still catches what it misses.
        why = errno.EROFS if _read_only(folder) else errno.EACCES
        raise WriteError(cannot_write_message(folder, _reasons()[why]))
    return real


def cannot_write_message(folder: Path, why: str) -> str:
    """The line for a folder that refuses a new file, and why."""
    return translate("File", "Tidak dapat menulis ke folder {folder}: {reason}").format(
        folder=folder, reason=why
    )


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
            translate(
                "File",
                "Tujuan {path} adalah tautan (symlink) ke {link}, yang tidak "
                "ada; hapus tautan itu atau pilih nama lain",
            ).format(path=target, link=os.readlink(target))
        ) from None
    except OSError as exc:
        if exc.errno != errno.ELOOP:
            raise
        raise WriteError(
            translate(
                "File",
                "Tujuan {path} adalah tautan (symlink) yang berputar tanpa ujung; hapus "
                "tautan itu atau pilih nama lain",
            ).format(path=target)
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
        raise WriteError(cannot_write_message(folder, why), why) from exc
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
        raise WriteError(
            translate("File", "Tidak dapat menyimpan {path}: {reason}").format(
                path=target, reason=why
            ),
            why,
        ) from exc
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
