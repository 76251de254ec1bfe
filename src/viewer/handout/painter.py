"""Draw the handout's pages, each with its footer, on any paged device.

The same function serves QPdfWriter (the CLI and "Simpan PDF") and QPrinter (the
preview and the real printer), so what is previewed is what is saved and printed.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
import math
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, QSizeF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QPagedPaintDevice,
    QPainter,
    QPen,
    QTextDocument,
)

from viewer.content.render import RenderedArticle
from viewer.handout.document import FooterText, footer_text, handout_html
from viewer.handout.gui import handout_font
from viewer.handout.level_marks import paint_marks
from viewer.handout.paginate import content_page_count, paginate
from viewer.handout.textdoc import HandoutDocument, build_document
from viewer.settings import ClinicSettings

log = logging.getLogger(__name__)
FOOTER_POINT_SIZE = 8.5
FOOTER_GAP_MM = 7.0  # between the body text and the footer, the footer's rule in the middle
RULE_WIDTH_PT = 0.6
WIDEST_PAGE_LABEL = (888, 888)  # footer height is measured with the widest likely label


class PaintError(Exception):
    """The device refused to be painted on (a printer went away, a file could not open)."""


@dataclass(frozen=True)
class Handout:
    """Everything a handout is made from."""

    rendered: RenderedArticle
    clinic: ClinicSettings
    today: dt.date = field(default_factory=dt.date.today)

    @property
    def html(self) -> str:
        return handout_html(self.rendered, self.clinic, self.today)

    @property
    def footer(self) -> FooterText:
        return footer_text(self.rendered, self.clinic)


def _footer_html(footer: FooterText, page: int, pages: int) -> str:
    esc = html.escape
    # Three lines: the emergency number shares the dates' line so that the full
    # disclaimer (the same words as on screen) keeps a line of its own.
    return (
        '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
        f"<td><b>{esc(footer.title)}</b></td>"
        f'<td align="right"><b>{esc(footer.page_label(page, pages))}</b></td></tr>'
        f"<tr><td>{esc(footer.dates)}</td>"
        f'<td align="right"><b style="font-size: 10pt;">{esc(footer.emergency)}</b></td></tr>'
        "</table>"
        f'<p style="margin: 2px 0 0 0;">{esc(footer.disclaimer)}</p>'
    )


def _footer_document(
    device: QPagedPaintDevice, footer: FooterText, page: int, pages: int
) -> QTextDocument:
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDocumentMargin(0)
    document.setUseDesignMetrics(True)
    font = handout_font()
    font.setPointSizeF(FOOTER_POINT_SIZE)
    document.setDefaultFont(font)
    document.setHtml(_footer_html(footer, page, pages))
    document.setTextWidth(device.width())
    return document


@dataclass(frozen=True)
class _Geometry:
    width: float
    height: float
    footer_height: float
    gap: float

    @property
    def body(self) -> QSizeF:
        # Whole device pixels: with a fractional page height Qt can push a line to the
        # next page and still leave a sliver of it above the boundary.
        return QSizeF(self.width, math.floor(self.height - self.footer_height - self.gap))


def _geometry(device: QPagedPaintDevice, footer: FooterText) -> _Geometry:
    sample = _footer_document(device, footer, *WIDEST_PAGE_LABEL)
    gap = FOOTER_GAP_MM / 25.4 * device.logicalDpiY()
    return _Geometry(device.width(), device.height(), sample.size().height(), gap)


def _wanted_pages(device: QPagedPaintDevice, pages: int) -> list[int]:
    """0-based pages to paint: all, or those a printer dialog asked for."""
    ranges = device.pageRanges()
    if ranges.isEmpty():
        return list(range(pages))
    return [page for page in range(pages) if ranges.contains(page + 1)]


def lay_out(handout: Handout, device: QPagedPaintDevice) -> tuple[HandoutDocument, _Geometry]:
    """The handout's body laid out and paginated for `device`."""
    geometry = _geometry(device, handout.footer)
    root = handout.rendered.article.path.parent
    document = build_document(handout.html, device, root, geometry.body)
    paginate(document)
    return document, geometry


def paint_handout(device: QPagedPaintDevice, handout: Handout) -> int:
    """Paint every page of the handout on `device`; returns the number of pages."""
    document, geometry = lay_out(handout, device)
    pages = content_page_count(document)
    body = geometry.body
    painter = QPainter()
    if not painter.begin(device):
        raise PaintError("perangkat tidak dapat dipakai untuk menggambar halaman")
    try:
        for index, page in enumerate(_wanted_pages(device, pages)):
            if index and not device.newPage():
                raise PaintError("perangkat menolak halaman baru")
            _paint_body(painter, document, page, body)
            _paint_footer(painter, device, handout.footer, page, pages, geometry)
    finally:
        painter.end()
    log.info("handout painted: %s, %d page(s)", handout.rendered.article.meta.id, pages)
    return pages


def _paint_body(painter: QPainter, document: HandoutDocument, page: int, body: QSizeF) -> None:
    painter.save()
    top = page * body.height()
    painter.translate(0, -top)
    # One device pixel short of the boundary: a line pushed to the next page may start
    # a fraction of a pixel above it (Qt's fixed-point layout), which must not show here.
    clip = QRectF(0, top, body.width(), body.height() - 1)
    painter.setClipRect(clip)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = clip
    document.documentLayout().draw(painter, context)
    paint_marks(painter, document, document.marks, clip)
    painter.restore()


def _paint_footer(
    painter: QPainter,
    device: QPagedPaintDevice,
    footer: FooterText,
    page: int,
    pages: int,
    geometry: _Geometry,
) -> None:
    document = _footer_document(device, footer, page + 1, pages)
    top = geometry.height - geometry.footer_height
    painter.save()
    pen = QPen(QColor("#000000"))
    pen.setWidthF(RULE_WIDTH_PT / 72.0 * device.logicalDpiY())
    painter.setPen(pen)
    rule_y = top - geometry.gap / 2
    painter.drawLine(QPointF(0, rule_y), QPointF(geometry.width, rule_y))
    painter.translate(0, top)
    document.drawContents(painter)
    painter.restore()
