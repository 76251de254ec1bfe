"""What the window and the handout both need from QtGui, without loading QtWidgets.

The handout CLI runs without a window, so this module stays light: the bundled fonts,
the offscreen rule for machines without a display, dates written in Indonesian, and
the one rule for what a rich-text document may load.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QUrl
from PySide6.QtGui import QFontDatabase, QImage, QTextDocument

from viewer import paths
from viewer.content.links import resolve_inside
from viewer.content.model import RiskItem
from viewer.content.references import MAX_IMAGE_BYTES

log = logging.getLogger(__name__)
FONT_FILES = ("fonts/NotoSans-Regular.ttf", "fonts/NotoSans-Bold.ttf")
INDONESIAN = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)


def disclaimer() -> str:
    """The disclaimer, word for word the same on screen and on every printed page."""
    return QCoreApplication.translate(
        "Disclaimer",
        "Informasi ini tidak menggantikan nasihat dokter atau apoteker Anda. "
        "Jangan mengubah atau menghentikan obat tanpa bicara dengan dokter.",
    )


def source_label(item: RiskItem) -> str:
    """'Sumber: dari artikel' or 'Sumber: <the named source>', on screen and on paper."""
    source = (
        QCoreApplication.translate("Source", "dari artikel") if item.from_article else item.source
    )
    return QCoreApplication.translate("Source", "Sumber: {source}").format(source=source)


def use_offscreen_without_display() -> None:
    """With no screen (CI, a deployment script), run on Qt's offscreen platform."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


@functools.cache
def register_fonts() -> str | None:
    """Register the bundled font once per process; its family, or None if a file failed.

    Screen and PDF then look the same on every machine, and the PDF embeds this font
    rather than whatever sans-serif the machine has.
    """
    family = None
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(paths.resource(name)))
        if font_id < 0:
            log.error("bundled font not loaded: %s", name)
            return None
        family = QFontDatabase.applicationFontFamilies(font_id)[0]
    return family


def long_date(day: dt.date) -> str:
    """'20 November 2026': month names from Qt's locale data."""
    return INDONESIAN.toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


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
