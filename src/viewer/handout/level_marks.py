"""The level icons in the handout's text, drawn as vectors over reserved space.

The bundled Noto Sans has no geometric shapes (■ ▲ ●), and a fallback font would be
whatever the machine has, or nothing. A custom QTextObjectInterface would be the Qt way,
but PySide6 cannot register one (registerHandler needs a C++ qobject_cast to the
interface, which a Python class does not satisfy, and fails silently). So each mark
becomes an em space, which keeps its place in the line, and after the text is drawn the
window's shapes are painted there: octagon (darurat), triangle (peringatan), circle
(perhatian), with "!" or "i" as outlines. A black-and-white printout still tells the
levels apart by shape and word.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPainterPath,
    QPolygonF,
    QTextCursor,
    QTextDocument,
)

from viewer.content.model import Level
from viewer.handout.document import FONT_FAMILY, LEVEL_MARKS, MARK_FONT
from viewer.ui.level_style import style

log = logging.getLogger(__name__)

EM_SPACE = "\u2003"  # in Noto Sans; exactly one em wide, so the icon's space scales with text
MARK_EM = 0.95  # icon side, in ems
BASELINE_DROP_EM = 0.1  # how far the icon reaches below the baseline, in ems


@dataclass(frozen=True)
class MarkSpot:
    """A reserved em space in the document that gets the icon of `level`."""

    position: int
    level: Level


def install_level_marks(document: QTextDocument) -> tuple[MarkSpot, ...]:
    """Swap each of our mark characters for an em space; returns where the icons go.

    Only marks tagged with MARK_FONT are ours; the space gets the handout's own font
    back (the tag names no real font, and a fallback would be embedded in the PDF).
    """
    spots: list[MarkSpot] = []
    for level, mark in LEVEL_MARKS.items():
        cursor = QTextCursor(document)
        while True:
            cursor = document.find(mark, cursor)
            if cursor.isNull():
                break
            fmt = cursor.charFormat()
            if MARK_FONT not in (fmt.fontFamilies() or []):
                continue
            fmt.setFontFamilies([FONT_FAMILY])
            position = cursor.selectionStart()
            cursor.insertText(EM_SPACE, fmt)
            spots.append(MarkSpot(position, level))
    log.debug("level marks: %d", len(spots))
    return tuple(sorted(spots, key=lambda spot: spot.position))


def _x(result: float | tuple[float, int]) -> float:
    # PySide6 6.12 returns (x, cursor position) from QTextLine.cursorToX (the C++ int*
    # overload); accept a bare x too, in case a later binding changes that.
    return result[0] if isinstance(result, tuple) else result


def _mark_rect(document: QTextDocument, spot: MarkSpot) -> QRectF | None:
    """Where the icon goes, in document coordinates (None if the text is not laid out)."""
    block = document.findBlock(spot.position)
    layout = block.layout()
    if layout is None or layout.lineCount() == 0:
        return None
    in_block = spot.position - block.position()
    line = layout.lineForTextPosition(in_block)
    if not line.isValid():
        return None
    x0, x1 = _x(line.cursorToX(in_block)), _x(line.cursorToX(in_block + 1))
    em = x1 - x0
    # blockBoundingRect is the block's layout origin in document coordinates; line
    # positions and cursorToX are relative to that origin.
    origin = document.documentLayout().blockBoundingRect(block).topLeft()
    baseline = origin.y() + line.y() + line.ascent()
    side = em * MARK_EM
    left = origin.x() + x0 + (em - side) / 2
    return QRectF(left, baseline + em * BASELINE_DROP_EM - side, side, side)


def _shape(level: Level, rect: QRectF) -> QPainterPath:
    path = QPainterPath()
    x, y, s = rect.x(), rect.y(), rect.width()
    if level is Level.URGENT:
        k = s * 0.29
        points = [(k, 0), (s - k, 0), (s, k), (s, s - k), (s - k, s), (k, s), (0, s - k), (0, k)]
    elif level is Level.WARNING:
        points = [(s / 2, 0), (s, s), (0, s)]
    else:
        path.addEllipse(rect)
        return path
    path.addPolygon(QPolygonF([QPointF(x + px, y + py) for px, py in points]))
    path.closeSubpath()
    return path


def _symbol(level: Level, rect: QRectF) -> QPainterPath:
    """'!' or 'i' as outlines, centred in the shape (lower and smaller in the triangle)."""
    in_triangle = level is Level.WARNING
    font = QFont(FONT_FAMILY)
    font.setBold(True)
    font.setPixelSize(max(1, round(rect.height() * (0.55 if in_triangle else 0.68))))
    path = QPainterPath()
    path.addText(0.0, 0.0, font, style(level).symbol)
    box = path.boundingRect()
    # A triangle's visual centre sits low: its inscribed circle is centred at 2/3 height.
    centre_y = rect.y() + rect.height() * (0.64 if in_triangle else 0.5)
    return path.translated(rect.center().x() - box.center().x(), centre_y - box.center().y())


def paint_level_mark(painter: QPainter, level: Level, rect: QRectF) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(style(level).border))
    painter.drawPath(_shape(level, rect))
    painter.setBrush(QColor("#ffffff"))
    painter.drawPath(_symbol(level, rect))
    painter.restore()


def paint_marks(
    painter: QPainter, document: QTextDocument, spots: tuple[MarkSpot, ...], clip: QRectF
) -> None:
    """Paint the icons whose place lies inside `clip` (one page, in document coordinates)."""
    for spot in spots:
        rect = _mark_rect(document, spot)
        if rect is not None and clip.intersects(rect):
            paint_level_mark(painter, spot.level, rect)
