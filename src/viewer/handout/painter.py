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

from PySide6.QtCore import QLineF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QPagedPaintDevice,
    QPainter,
    QPalette,
    QPen,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextTable,
)

from viewer.clinic_settings import ClinicSettings
from viewer.content.render import RenderedArticle
from viewer.handout.document import (
    BODY_POINT_SIZE,
    SMALL_POINT_SIZE,
    FooterText,
    footer_text,
    handout_html,
)
from viewer.handout.gui import handout_font
from viewer.handout.level_marks import PlacedMark, paint_marks, place_marks
from viewer.handout.paginate import paginate
from viewer.handout.textdoc import HandoutDocument, build_document
from viewer.handout.writing_lines import paint_writing_lines, place_writing_lines
from viewer.i18n import translate

PRINT_TEXT = "#000000"  # text without a colour of its own, on paper in every theme
PRINT_PAPER = "#ffffff"

log = logging.getLogger(__name__)
FOOTER_POINT_SIZE = SMALL_POINT_SIZE  # the disclaimer, the review line, the page label
EMERGENCY_POINT_SIZE = BODY_POINT_SIZE  # the emergency number as large as the body text
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
    today: dt.date = field(default_factory=dt.date.today)  # for the review dates
    # The date printed on it: always the clock's, even when a window that has been open
    # for days passes the day it started as `today`.
    printed: dt.date = field(default_factory=dt.date.today)

    @property
    def html(self) -> str:
        return handout_html(self.rendered, self.clinic, self.today, printed=self.printed)

    @property
    def footer(self) -> FooterText:
        return footer_text(self.rendered, self.clinic, self.printed)


def _footer_html(footer: FooterText, page: int, pages: int) -> str:
    esc = html.escape
    # Not yet checked by a health worker: in bold, as on screen (C8).
    review = esc(footer.review) if footer.reviewed else f"<b>{esc(footer.review)}</b>"
    # Three rows: the emergency number shares the review line so that the full
    # disclaimer (the same words as on screen) keeps a line of its own; the print date
    # shares the title's line.
    return (
        '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
        f"<td><b>{esc(footer.title)}</b> · {esc(footer.printed)}</td>"
        f'<td align="right"><b>{esc(footer.page_label(page, pages))}</b></td></tr>'
        f"<tr><td>{review}</td>"
        f'<td align="right"><b style="font-size: {EMERGENCY_POINT_SIZE:g}pt;">'
        f"{esc(footer.emergency)}</b></td></tr>"
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


def _set_page_label(document: QTextDocument, footer: FooterText, page: int, pages: int) -> None:
    """Write another page's label into a footer document (the first row's right cell):
    one footer document serves every page instead of one parsed per page."""
    table = document.rootFrame().childFrames()[0]
    assert isinstance(table, QTextTable)
    cell = table.cellAt(0, 1)
    cursor = cell.firstCursorPosition()
    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
    # The selection's format is its last character's: the label's bold.
    cursor.insertText(footer.page_label(page, pages), cursor.charFormat())


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


def _geometry(device: QPagedPaintDevice, sample_footer: QTextDocument) -> _Geometry:
    """The page's parts, the footer's height measured with the widest likely label."""
    gap = FOOTER_GAP_MM / 25.4 * device.logicalDpiY()
    return _Geometry(device.width(), device.height(), sample_footer.size().height(), gap)


def _wanted_pages(device: QPagedPaintDevice, pages: int) -> list[int]:
    """0-based pages to paint: all, or those a printer dialog asked for."""
    ranges = device.pageRanges()
    if ranges.isEmpty():
        return list(range(pages))
    return [page for page in range(pages) if ranges.contains(page + 1)]


def _lay_out_body(
    handout: Handout, device: QPagedPaintDevice, geometry: _Geometry
) -> tuple[HandoutDocument, int]:
    """The body laid out and paginated; with its number of pages."""
    root = handout.rendered.article.path.parent
    document = build_document(handout.html, device, root, geometry.body)
    return document, paginate(document)


def lay_out(handout: Handout, device: QPagedPaintDevice) -> tuple[HandoutDocument, _Geometry]:
    """The handout's body laid out and paginated for `device`."""
    geometry = _geometry(device, _footer_document(device, handout.footer, *WIDEST_PAGE_LABEL))
    document, _pages = _lay_out_body(handout, device, geometry)
    return document, geometry


def paint_handout(device: QPagedPaintDevice, handout: Handout) -> int:
    """Paint every page of the handout on `device`; returns the number of pages."""
    footer = handout.footer
    footer_document = _footer_document(device, footer, *WIDEST_PAGE_LABEL)
    geometry = _geometry(device, footer_document)
    document, pages = _lay_out_body(handout, device, geometry)
    bands = _PageBands(geometry.body)
    blocks = _block_lines(document, bands)
    marks = place_marks(document, document.marks)
    writing = place_writing_lines(document)
    painter = QPainter()
    if not painter.begin(device):
        #: Completes "The PDF cannot be made: {reason}".
        raise PaintError(
            translate("Handout", "perangkat tidak dapat dipakai untuk menggambar halaman")
        )
    try:
        for index, page in enumerate(_wanted_pages(device, pages)):
            if index and not device.newPage():
                raise PaintError(translate("Handout", "perangkat menolak halaman baru"))
            _paint_body(painter, document, blocks, (marks, writing), bands, page)
            _set_page_label(footer_document, footer, page + 1, pages)
            _paint_footer(painter, device, footer_document, geometry)
    finally:
        painter.end()
    log.info("handout painted: %s, %d page(s)", handout.rendered.article.meta.id, pages)
    return pages


@dataclass(frozen=True)
class _PageBands:
    """Which band of the laid-out body each page shows, and which page a line is on.

    The two must agree with each other and with Qt: QTextLayout.draw keeps the lines
    whose top is at or above the clip's bottom edge and drops those below it, so a line
    belongs to the first page whose clip reaches down to its top.
    """

    body: QSizeF

    def clip(self, page: int) -> QRectF:
        height = self.body.height()
        # One device pixel short of the next page: a line that did not fit starts at the
        # page boundary (or a fraction of a pixel above it, in Qt's fixed-point layout),
        # and must not count here.
        return QRectF(0, page * height, self.body.width(), height - 1)

    def page_of(self, line_top: float) -> int:
        # The first page whose clip bottom, (page + 1) * height - 1, is not above
        # line_top. Line tops are multiples of 1/64 and the height is a whole number,
        # so this is exact.
        return max(0, math.ceil((line_top + 1) / self.body.height()) - 1)


@dataclass(frozen=True)
class _BlockLines:
    """A block's layout origin in document coordinates and the page of each line."""

    block: QTextBlock
    origin: QPointF
    pages: tuple[int, ...]
    repeated: bool  # in a table's header row: Qt draws it again atop each page


def _in_header_row(document: QTextDocument, block: QTextBlock) -> bool:
    frame = document.frameAt(block.position())
    while frame is not None:
        if isinstance(frame, QTextTable):
            header_rows = frame.format().headerRowCount()
            if header_rows and frame.cellAt(block.position()).row() < header_rows:
                return True
        frame = frame.parentFrame()
    return False


def _block_lines(document: QTextDocument, bands: _PageBands) -> list[_BlockLines]:
    found: list[_BlockLines] = []
    document_layout = document.documentLayout()
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        if layout is not None and layout.lineCount():
            # blockBoundingRect's top left is the layout's origin (Qt adds the offsets
            # of the frames and table cells the block sits in); lines are relative to it.
            origin = document_layout.blockBoundingRect(block).topLeft()
            lines = (layout.lineAt(i) for i in range(layout.lineCount()))
            pages = tuple(bands.page_of(origin.y() + line.y()) for line in lines)
            found.append(_BlockLines(block, origin, pages, _in_header_row(document, block)))
        block = block.next()
    return found


def _paint_body(
    painter: QPainter,
    document: HandoutDocument,
    blocks: list[_BlockLines],
    drawn: tuple[tuple[PlacedMark, ...], tuple[QLineF, ...]],
    bands: _PageBands,
    page: int,
) -> None:
    """Paint one page's band of the body, each line of text once and on its own page.

    Qt's QTextLayout.draw also draws the last line above its clip (it starts at the
    last line that ends above the clip, not the first one inside), and QPdfWriter
    keeps clipped text: a paragraph running on from the previous page would put that
    page's last line, invisible, into this page's text. So the blocks that began on an
    earlier page are hidden from Qt and their lines on this page drawn one by one;
    only a table's header row is left to Qt, which repeats it atop every page the
    table runs onto.
    """
    clip = bands.clip(page)
    context = print_context()
    context.clip = clip
    continued = [
        lines
        for lines in blocks
        if lines.pages[0] < page and not lines.repeated and lines.block.isVisible()
    ]
    painter.save()
    painter.translate(0, -clip.top())
    painter.setClipRect(clip)
    # Painted first, so that the page's text runs in reading order in the PDF: these
    # lines are the page's first. (Nothing in a handout has a background to cover them.)
    _paint_continued_lines(painter, continued, page, clip, context.palette)
    for lines in continued:
        lines.block.setVisible(False)  # a flag only: the layout stays as it is
    try:
        document.documentLayout().draw(painter, context)
    finally:
        for lines in continued:
            lines.block.setVisible(True)
    marks, writing = drawn  # what is drawn over the text: level icons, lines to write on
    paint_marks(painter, marks, clip)
    paint_writing_lines(painter, painter.device(), writing, clip)
    painter.restore()


def print_context() -> QAbstractTextDocumentLayout.PaintContext:
    """A paint context in the print palette: black text on white paper, whatever the
    screen's theme. (Qt's default context takes the application's palette, whose text is
    light grey in the dark theme: faint on paper.)"""
    context = QAbstractTextDocumentLayout.PaintContext()
    palette = QPalette(context.palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Text, QColor(PRINT_TEXT))
        palette.setColor(group, QPalette.ColorRole.Base, QColor(PRINT_PAPER))
    context.palette = palette
    return context


def _paint_continued_lines(
    painter: QPainter, continued: list[_BlockLines], page: int, clip: QRectF, palette: QPalette
) -> None:
    """The lines on `page` of blocks that began on an earlier page, as Qt would draw them."""
    painter.save()
    for lines in continued:
        on_page = [i for i, line_page in enumerate(lines.pages) if line_page == page]
        if not on_page:
            continue
        layout = lines.block.layout()
        background = lines.block.blockFormat().background()
        if background.style() != Qt.BrushStyle.NoBrush:
            area = layout.boundingRect().translated(lines.origin) & clip
            painter.fillRect(area, background)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        for index in on_page:
            layout.lineAt(index).draw(painter, lines.origin)
    painter.restore()


def _paint_footer(
    painter: QPainter, device: QPagedPaintDevice, document: QTextDocument, geometry: _Geometry
) -> None:
    top = geometry.height - geometry.footer_height
    painter.save()
    pen = QPen(QColor("#000000"))
    pen.setWidthF(RULE_WIDTH_PT / 72.0 * device.logicalDpiY())
    painter.setPen(pen)
    rule_y = top - geometry.gap / 2
    painter.drawLine(QPointF(0, rule_y), QPointF(geometry.width, rule_y))
    painter.translate(0, top)
    # Not drawContents(): that paints with the application's palette (the screen's theme).
    document.documentLayout().draw(painter, print_context())
    painter.restore()
