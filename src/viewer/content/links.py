"""What a link or image address in an article means, decided in one place for every reader.

The window, the handout, the sanitizer and `check` all ask these functions, so they can
never disagree about which addresses are web addresses and which files are inside the
content folder. None of them raises for a malformed address: an author's typo is data.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath
from urllib.parse import SplitResult, unquote, urlsplit

# Shown with their address and never opened; every other scheme is refused.
WEB_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
_DRIVE = re.compile(r"^[A-Za-z]:")
# An article's id: the name of its file without `.md` (see frontmatter).
ARTICLE_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*\Z")
ARTICLE_SUFFIX = ".md"


def split_address(address: str) -> SplitResult | None:
    """The parts of `address`, or None when it cannot be parsed (`http://[bad`)."""
    try:
        return urlsplit(address)
    except ValueError:
        return None


def is_external(address: str) -> bool:
    parts = split_address(address)
    return parts is not None and parts.scheme in WEB_SCHEMES


def is_plain_relative(address: str) -> bool:
    """A path below the folder it is read from: no scheme, no root, no drive, no `..`."""
    path = address.replace("\\", "/")
    parts = split_address(path)
    return not (
        parts is None
        or parts.scheme
        or parts.netloc
        or path.startswith("/")
        or _DRIVE.match(path)
        or ".." in path.split("/")
        or "\x00" in path
    )


def inside_candidate(root: Path, target: str) -> Path | None:
    """The resolved file a relative address names, or None when it would leave `root`.

    Absolute paths, drive letters, `..` that climbs out and symlinks pointing out are all
    refused, because the viewer must never show a file from elsewhere on the machine.
    Raises OSError, RuntimeError or ValueError for a name the system cannot resolve (a
    symlink loop, a name too long, a null byte); `resolve_inside` turns those into None.
    """
    relative = PurePosixPath(unquote(target).replace("\\", "/"))
    if relative.is_absolute() or _DRIVE.match(str(relative)):
        return None
    root = root.resolve()
    candidate = (root / relative).resolve()
    if candidate != root and root not in candidate.parents:
        return None
    return candidate


def resolve_inside(root: Path, target: str) -> Path | None:
    """Like `inside_candidate`, but None for any name the system cannot resolve."""
    try:
        return inside_candidate(root, target)
    except (OSError, RuntimeError, ValueError):
        return None


def article_link(address: str) -> tuple[str, str | None] | None:
    """(article id, section id or None) when `address` names an article of the content
    folder, `x.md` or `x.md#bagian`; None for any other address.

    Only the plain form counts: a file name ending in `.md` whose stem is an article id,
    with no folder part, scheme, query or `..`. Whether that article (and section)
    exists is for the library to say (references.check_cross_refs); the window routes the
    link to the article, the handout prints only its text.
    """
    parts = split_address(address)
    if parts is None or parts.scheme or parts.netloc or parts.query:
        return None
    name = parts.path
    if "/" in name or "\\" in name or not name.endswith(ARTICLE_SUFFIX):
        return None
    article_id = name.removesuffix(ARTICLE_SUFFIX)
    if not ARTICLE_ID.match(article_id):
        return None
    return article_id, unquote(parts.fragment) or None
