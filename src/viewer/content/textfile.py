"""Read an author's text file safely: bounded size, strict UTF-8, errors with a line number."""

from __future__ import annotations

import errno
import stat
from pathlib import Path

from viewer.content.errors import ContentError
from viewer.i18n import translate

# An article is a few pages of text; anything far larger is a mistake (a pasted PDF, a
# wrong file), and reading it whole would stall the window.
MAX_TEXT_BYTES = 512 * 1024


def read_text(path: Path, display: Path) -> str:
    """Return the file's text with Unix newlines; `display` is the path shown in messages."""
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):
            # A pipe or device would block the reader for ever, or never end.
            raise ContentError(
                display,
                0,
                translate(
                    "Content", "tidak dapat dibaca: bukan berkas teks biasa (pipa atau perangkat)"
                ),
            )
        size = status.st_size
        if size > MAX_TEXT_BYTES:
            raise ContentError(
                display,
                1,
                translate("Content", "berkas terlalu besar ({size} KiB; batas {limit} KiB)").format(
                    size=size // 1024, limit=MAX_TEXT_BYTES // 1024
                ),
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise ContentError(display, 0, unreadable_file_message(exc)) from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise ContentError(
            display,
            line,
            translate(
                "Content", "berkas bukan teks UTF-8 (simpan ulang sebagai UTF-8 di penyunting teks)"
            ),
        ) from exc
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def unreadable_file_message(exc: OSError) -> str:
    """Why a file or folder cannot be read, in the author's words."""
    return translate("Content", "tidak dapat dibaca: {reason}").format(
        reason=unreadable_reason(exc)
    )


def unreadable_reason(exc: OSError) -> str:
    """The reason alone ("tidak ada izin membaca"), to complete a sentence of the caller's."""
    #: Each completes "cannot be read: {reason}", said of a file or folder.
    reasons = {
        errno.ELOOP: translate("Content", "tautan simbolik yang berputar"),
        errno.ENOENT: translate(
            "Content", "tidak ada (atau tautan simbolik ke berkas yang tidak ada)"
        ),
        errno.ENAMETOOLONG: translate("Content", "nama terlalu panjang"),
        errno.EACCES: translate("Content", "tidak ada izin membaca"),
    }
    return reasons.get(exc.errno or 0, exc.strerror or str(exc))
