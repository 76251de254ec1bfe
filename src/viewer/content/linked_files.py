"""The files that an article's links and images name: inside the content folder, there,
and small enough for an image. Asks the disk and nothing else (no Markdown), so the
content cache can ask it again at every start."""

from __future__ import annotations

import errno
from pathlib import Path

from viewer.content.links import inside_candidate, split_address

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
    kind = "gambar" if is_image else "berkas"
    parts = split_address(target)
    if parts is None:  # never for an address that got here
        return f"alamat '{shown}' tidak valid; periksa penulisannya"
    try:
        resolved = inside_candidate(root, parts.path)
        if resolved is None:
            return f"berkas '{shown}' berada di luar folder konten"
        if not resolved.is_file():
            return f"{kind} '{shown}' tidak ada"
        size = resolved.stat().st_size
    except ValueError:  # a null byte
        return f"alamat '{shown}' tidak valid; periksa penulisannya"
    except RuntimeError:  # a symlink loop (Python 3.11's resolve)
        return f"{kind} '{shown}' adalah tautan simbolik yang berputar"
    except OSError as exc:
        if exc.errno == errno.ENAMETOOLONG:
            return f"nama {kind} '{shown}' terlalu panjang"
        if exc.errno == errno.ELOOP:
            return f"{kind} '{shown}' adalah tautan simbolik yang berputar"
        return f"{kind} '{shown}' tidak dapat dibaca ({exc.strerror})"
    if is_image and size > MAX_IMAGE_BYTES:
        return f"gambar '{shown}' terlalu besar (batas {MAX_IMAGE_BYTES // (1024 * 1024)} MiB)"
    return None
