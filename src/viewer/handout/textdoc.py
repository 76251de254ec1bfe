"""The handout's QTextDocument, laid out for one paged device (a PDF writer or a printer)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSizeF, QUrl
from PySide6.QtGui import (
    QImage,
    QPaintDevice,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
    QTextTable,
)

from viewer.content_images import content_image
from viewer.handout.gui import handout_font
from viewer.handout.level_marks import MarkSpot, install_level_marks

log = logging.getLogger(__name__)
SCREEN_DPI = 96.0  # CSS pixels: what Qt's rich text assumes for px lengths


class HandoutDocument(QTextDocument):
    """A document that loads images only from the content folder, like the window does."""

    def __init__(self, content_root: Path) -> None:
        super().__init__()
        self._content_root = content_root
        self.marks: tuple[MarkSpot, ...] = ()

    def loadResource(self, type: int, name: QUrl) -> object:  # noqa: N802 - Qt API
        return content_image(self._content_root, type, name)


def _scale_horizontal_lengths(document: QTextDocument, factor: float) -> None:
    """Scale left/right margins and indents from CSS pixels to device pixels.

    Qt scales vertical block margins, cell padding, borders and the list indent step to
    the paint device, but not horizontal block margins or text indents: at 1200 dpi a
    20px margin would shrink to a sliver. (Checked with PySide6 6.12.)
    """
    block = document.begin()
    while block.isValid():
        fmt = block.blockFormat()
        if fmt.leftMargin() or fmt.rightMargin() or fmt.textIndent():
            fmt.setLeftMargin(fmt.leftMargin() * factor)
            fmt.setRightMargin(fmt.rightMargin() * factor)
            fmt.setTextIndent(fmt.textIndent() * factor)
            QTextCursor(block).setBlockFormat(fmt)
        block = block.next()


def _single_frame_boxes(document: QTextDocument) -> None:
    """Give one-cell tables (the warning box) a single frame instead of Qt's double line.

    In the separated-borders model Qt draws the table's border and the cell's; only
    that model closes the frame at a page break, so the cell's border is removed here.
    Article tables have a header row, so they are never one cell.
    """
    frames = list(document.rootFrame().childFrames())
    while frames:
        frame = frames.pop()
        frames += frame.childFrames()
        if isinstance(frame, QTextTable) and frame.rows() == 1 and frame.columns() == 1:
            cell = frame.cellAt(0, 0)
            fmt = cell.format().toTableCellFormat()
            fmt.setBorder(0)
            cell.setFormat(fmt)


def _fit_images(document: QTextDocument, width: float, dpi: float) -> None:
    """Shrink images wider than the text column (their sizes are in screen pixels)."""
    limit = width * SCREEN_DPI / dpi
    found: list[tuple[int, QTextImageFormat]] = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().isImageFormat():
                found.append((fragment.position(), fragment.charFormat().toImageFormat()))
            it += 1
        block = block.next()
    # Changed after the walk: editing while iterating fragments would invalidate them.
    for position, fmt in found:
        image = document.resource(QTextDocument.ResourceType.ImageResource.value, QUrl(fmt.name()))
        _fit_one(document, position, fmt, image, limit)


def _fit_one(
    document: QTextDocument, position: int, fmt: QTextImageFormat, image: object, limit: float
) -> None:
    natural = image.size() if isinstance(image, QImage) else None
    shown_w = fmt.width() or (natural.width() if natural else 0)
    shown_h = fmt.height() or (natural.height() if natural else 0)
    if shown_w <= limit or shown_w <= 0:
        return
    scale = limit / shown_w
    fmt.setWidth(limit)
    if shown_h:
        fmt.setHeight(shown_h * scale)
    cursor = QTextCursor(document)
    cursor.setPosition(position)
    cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
    cursor.setCharFormat(fmt)


def build_document(
    html: str, device: QPaintDevice, content_root: Path, page_size: QSizeF
) -> HandoutDocument:
    """Lay `html` out in pages of `page_size` device pixels, measured with `device`.

    Measuring with the device itself (not the screen) makes the PDF, the printer and the
    preview break lines and pages in the same places.
    """
    document = HandoutDocument(content_root)
    document.documentLayout().setPaintDevice(device)
    document.setDocumentMargin(0)
    # Design metrics: glyph advances as the font designed them, not hinted for a screen.
    document.setUseDesignMetrics(True)
    document.setDefaultFont(handout_font())
    document.setUndoRedoEnabled(False)
    # No layout until the edits below are made: with a null page size Qt's layout skips
    # every change (so no edit block is needed either), and the text is laid out once,
    # for the real page. Laying out the raw HTML at the default width and again after
    # the edits cost ~8 ms more.
    document.setPageSize(QSizeF(0, 0))
    document.setHtml(html)
    document.marks = install_level_marks(document)
    _single_frame_boxes(document)
    _scale_horizontal_lengths(document, device.logicalDpiX() / SCREEN_DPI)
    _fit_images(document, page_size.width(), device.logicalDpiX())
    document.setPageSize(page_size)
    return document
