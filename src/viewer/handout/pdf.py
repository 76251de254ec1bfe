"""The handout as a PDF: QPdfWriter into memory, then an atomic write to disk.

Writing into a QBuffer first keeps every disk error in Python's hands (QPdfWriter
ignores write errors, so a full disk would leave a truncated PDF), and the PDF is small.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

from viewer.atomic_file import write_atomically
from viewer.handout.metadata import APP_NAME, PdfMetadata, apply_metadata
from viewer.handout.painter import Handout, paint_handout

log = logging.getLogger(__name__)
PDF_RESOLUTION = 1200  # dots per inch of the layout grid; text and shapes stay vectors
# Left, top, right, bottom in millimetres; the footer sits inside the bottom margin's line.
MARGINS_MM = QMarginsF(18, 18, 18, 14)


class Paper(Enum):
    A4 = "a4"
    LETTER = "letter"

    @property
    def page_size(self) -> QPageSize:
        size_id = QPageSize.PageSizeId.A4 if self is Paper.A4 else QPageSize.PageSizeId.Letter
        return QPageSize(size_id)


def page_layout(paper: Paper = Paper.A4) -> QPageLayout:
    return QPageLayout(
        paper.page_size,
        QPageLayout.Orientation.Portrait,
        MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )


def metadata_for(handout: Handout) -> PdfMetadata:
    meta = handout.rendered.article.meta
    publisher = handout.clinic.clinic_name or APP_NAME
    return PdfMetadata(
        title=meta.title,
        author=publisher,
        publisher=publisher,
        subject=meta.summary,
        language=meta.language,
        keywords=meta.id,
    )


@dataclass(frozen=True)
class PdfResult:
    data: bytes
    pages: int


def handout_pdf(handout: Handout, paper: Paper = Paper.A4) -> PdfResult:
    """The handout's PDF bytes and page count."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(page_layout(paper))
    apply_metadata(writer, metadata_for(handout))
    pages = paint_handout(writer, handout)
    del writer  # the PDF's trailer is complete once the painter has ended
    data = bytes(buffer.data())
    buffer.close()
    return PdfResult(data, pages)


def write_handout_pdf(path: Path, handout: Handout, paper: Paper = Paper.A4) -> int:
    """Write the handout to `path` atomically; returns the number of pages."""
    result = handout_pdf(handout, paper)
    write_atomically(path, result.data)
    return result.pages
