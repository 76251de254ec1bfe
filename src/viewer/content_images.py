"""The one rule for what a rich-text document may load, on screen and on paper: only an
image file inside the content folder; anything else is a transparent pixel."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument

from viewer.content.linked_files import MAX_IMAGE_BYTES
from viewer.content.links import resolve_inside

log = logging.getLogger(__name__)


def refused_image() -> QImage:
    """A transparent pixel, returned for every resource that is refused.

    Not None: given None, QTextDocument falls back to loading the name itself, as a
    file path relative to the working directory or absolute, outside the content folder.
    """
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    image.fill(0)
    return image


def content_image(content_root: Path, resource_type: object, name: QUrl) -> QImage | str:
    """The image a document asks for, only if it is a file inside the content folder.

    For QTextDocument.loadResource overrides: without one, Qt reads any local file an
    <img> names, and `..` or an absolute path would reach outside the content folder.
    """
    kind = getattr(resource_type, "value", resource_type)
    if kind != QTextDocument.ResourceType.ImageResource.value:
        log.warning("refused resource %s", name.toString())
        return ""  # an empty style sheet or document: nothing is read
    if name.scheme() not in ("", "file"):
        log.warning("refused resource %s", name.toString())
        return refused_image()
    path = resolve_inside(content_root, name.path())
    if path is None or not _usable_image_file(path):
        log.warning("refused image outside content or missing: %s", name.toString())
        return refused_image()
    image = QImage(str(path))
    return refused_image() if image.isNull() else image


def _usable_image_file(path: Path) -> bool:
    try:
        return path.is_file() and path.stat().st_size <= MAX_IMAGE_BYTES
    except OSError:
        return False
