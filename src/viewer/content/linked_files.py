"""The files that an article's links and images name: inside the content folder, there,
and small enough for an image. Asks the disk and nothing else (no Markdown), so the
content cache can ask it again at every start."""

from __future__ import annotations

import errno
from pathlib import Path

from viewer.content.links import inside_candidate, split_address
from viewer.i18n import translate

MAX_IMAGE_BYTES = 5 * 1024 * 1024
_SHOWN_ADDRESS = 60
# What a load learned from the disk about each file a link or image names: its problem
# or None, by (address, is_image).
FileChecks = dict[tuple[str, bool], str | None]


def shown_address(target: str) -> str:
    """An address as a message shows it: cut after 60 characters."""
    return target if len(target) <= _SHOWN_ADDRESS else target[: _SHOWN_ADDRESS - 1] + "…"


def check_file(target: str, is_image: bool, root: Path) -> str | None:
    """The problem with the file a relative address names (inside `root`, there, small
    enough for an image), or None. Asks the disk; needs no Markdown."""
    shown = shown_address(target)
    #: {kind} in the messages below: what a link or image names ("the image 'x.png' ...").
    kind = translate("Content", "gambar") if is_image else translate("Content", "berkas")
    parts = split_address(target)
    if parts is None:  # never for an address that got here
        return translate("Content", "alamat '{address}' tidak valid; periksa penulisannya").format(
            address=shown
        )
    try:
        resolved = inside_candidate(root, parts.path)
        if resolved is None:
            return translate("Content", "berkas '{address}' berada di luar folder konten").format(
                address=shown
            )
        if not resolved.is_file():
            return translate("Content", "{kind} '{address}' tidak ada").format(
                kind=kind, address=shown
            )
        size = resolved.stat().st_size
    except ValueError:  # a null byte
        return translate("Content", "alamat '{address}' tidak valid; periksa penulisannya").format(
            address=shown
        )
    except RuntimeError:  # a symlink loop (Python 3.11's resolve)
        return translate(
            "Content", "{kind} '{address}' adalah tautan simbolik yang berputar"
        ).format(kind=kind, address=shown)
    except OSError as exc:
        if exc.errno == errno.ENAMETOOLONG:
            return translate("Content", "nama {kind} '{address}' terlalu panjang").format(
                kind=kind, address=shown
            )
        if exc.errno == errno.ELOOP:
            return translate(
                "Content", "{kind} '{address}' adalah tautan simbolik yang berputar"
            ).format(kind=kind, address=shown)
        return translate("Content", "{kind} '{address}' tidak dapat dibaca ({reason})").format(
            kind=kind, address=shown, reason=exc.strerror
        )
    if is_image and size > MAX_IMAGE_BYTES:
        return translate("Content", "gambar '{address}' terlalu besar (batas {limit} MiB)").format(
            address=shown, limit=MAX_IMAGE_BYTES // (1024 * 1024)
        )
    return None
