"""Check what an article points at: section links, images, and paths leaving the folder."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from viewer.content.model import Article, Problem, SourceRef

# Inline Markdown links and images, and src/href attributes of raw HTML.
_MD_LINK = re.compile(r"(!?)\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+[\"'][^\"']*[\"'])?\s*\)")
# A reference-style definition: `[id]: target`, used by `[text][id]` and `![alt][id]`.
_MD_DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:\s*<?([^\s>]+)>?")
_HTML_REF = re.compile(r"\b(src|href)\s*=\s*[\"']([^\"']+)[\"']", re.IGNORECASE)
_WEB_SCHEMES = {"http", "https", "mailto", "tel"}
MAX_IMAGE_BYTES = 5 * 1024 * 1024


def resolve_inside(root: Path, target: str) -> Path | None:
    """The file a relative reference names, or None when it would leave `root`.

    Absolute paths, drive letters, `..` that climbs out and symlinks pointing out are all
    refused, because the viewer must never show a file from elsewhere on the machine.
    """
    relative = PurePosixPath(unquote(target).replace("\\", "/"))
    if relative.is_absolute() or re.match(r"^[A-Za-z]:", str(relative)):
        return None
    root = root.resolve()
    candidate = (root / relative).resolve()
    if candidate != root and root not in candidate.parents:
        return None
    return candidate


def _references(markdown: str) -> Iterator[tuple[int, bool, str]]:
    for offset, line in enumerate(markdown.split("\n")):
        for match in _MD_LINK.finditer(line):
            yield offset, match.group(1) == "!", match.group(2)
        if match := _MD_DEFINITION.match(line):
            # It may name an image or a page; a file must be inside the folder either way.
            yield offset, False, match.group(1)
        for match in _HTML_REF.finditer(line):
            yield offset, match.group(1).lower() == "src", match.group(2)


def check_references(article: Article, root: Path, display_root: Path) -> list[Problem]:
    """Problems with the links and images of every section of `article`."""
    problems: list[Problem] = []
    section_ids = {s.id for s in article.sections}
    display = display_root / article.path.name
    for section in article.sections:
        # The body starts on the line after its heading; the parser keeps every line.
        for offset, is_image, target in _references(section.body_markdown):
            line = section.origin.line + 1 + offset
            problem = _check_target(target, is_image, section_ids, root)
            if problem:
                problems.append(Problem(SourceRef(display, line), problem))
    return problems


def _check_target(target: str, is_image: bool, section_ids: set[str], root: Path) -> str | None:
    parts = urlsplit(target)
    if target.startswith("#"):
        anchor = unquote(target[1:])
        return None if anchor in section_ids else f"tautan ke bagian '#{anchor}' tidak ada"
    if parts.scheme in _WEB_SCHEMES:
        if is_image:
            return f"gambar dari internet tidak diizinkan ({target}); simpan di folder konten"
        return None  # shown with its address, never opened
    if parts.scheme or parts.netloc:
        return f"alamat '{target}' tidak diizinkan; hanya berkas di dalam folder konten"
    resolved = resolve_inside(root, parts.path)
    if resolved is None:
        return f"berkas '{target}' berada di luar folder konten"
    if not resolved.is_file():
        kind = "gambar" if is_image else "berkas"
        return f"{kind} '{target}' tidak ada"
    if is_image and resolved.stat().st_size > MAX_IMAGE_BYTES:
        return f"gambar '{target}' terlalu besar (batas {MAX_IMAGE_BYTES // (1024 * 1024)} MiB)"
    return None
