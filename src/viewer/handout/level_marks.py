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

from PySide6.QtCore import QRectF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QPainter,
    QTextCursor,
    QTextDocument,
)

from viewer.content.model import Level
from viewer.handout.document import FONT_FAMILY, LEVEL_MARKS, MARK_FONT
from viewer.presentation.levels import paint_level_mark

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


def _mark_rect(
    document: QTextDocument, document_layout: QAbstractTextDocumentLayout, spot: MarkSpot
) -> QRectF | None:
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
    origin = document_layout.blockBoundingRect(block).topLeft()
    baseline = origin.y() + line.y() + line.ascent()
    side = em * MARK_EM
    left = origin.x() + x0 + (em - side) / 2
    return QRectF(left, baseline + em * BASELINE_DROP_EM - side, side, side)


@dataclass(frozen=True)
class PlacedMark:
    """An icon and its place in document coordinates, once the document is laid out."""

    level: Level
    rect: QRectF


def place_marks(document: QTextDocument, spots: tuple[MarkSpot, ...]) -> tuple[PlacedMark, ...]:
    """Where each icon goes in the finished layout: found once, not once per page."""
    document_layout = document.documentLayout()
    placed = []
    for spot in spots:
        rect = _mark_rect(document, document_layout, spot)
        if rect is not None:
            placed.append(PlacedMark(spot.level, rect))
    return tuple(placed)


def paint_marks(painter: QPainter, marks: tuple[PlacedMark, ...], clip: QRectF) -> None:
    """Paint the icons whose place lies inside `clip` (one page, in document coordinates)."""
    for mark in marks:
        if clip.intersects(mark.rect):
            paint_level_mark(painter, mark.level, mark.rect, FONT_FAMILY)
