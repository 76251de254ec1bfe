"""Lines to write on in the "Catatan" box, drawn after each label paragraph.

Qt's rich text draws no border under a paragraph, and a table column would give every
label ("Nama:", "Kontrol berikutnya:") the width of the longest, leaving the short ones
a short line. So each label is a paragraph marked WRITE_LINE, and once the document is
laid out a line is drawn from just after its text to the right edge of the box, a
little below the baseline, as on a paper form.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QLineF, QRectF
from PySide6.QtGui import QColor, QPaintDevice, QPainter, QPen, QTextDocument

from viewer.handout.document import WRITE_LINE

log = logging.getLogger(__name__)
# In heights of the label's text (ascent + descent, about 1.4 em in Noto Sans):
GAP = 0.25  # between a label and its line
BELOW_BASELINE = 0.1  # the line sits this far under the label's baseline
LINE_WIDTH_PT = 0.75


def place_writing_lines(document: QTextDocument) -> tuple[QLineF, ...]:
    """Each WRITE_LINE paragraph's line, in document coordinates (found once)."""
    document_layout = document.documentLayout()
    found: list[QLineF] = []
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        if block.userState() == WRITE_LINE and layout is not None and layout.lineCount():
            line = layout.lineAt(layout.lineCount() - 1)
            origin = document_layout.blockBoundingRect(block).topLeft()
            text_height = line.ascent() + line.descent()
            label_end = line.x() + line.naturalTextWidth()
            start = label_end + GAP * text_height if block.text().strip() else line.x()
            y = origin.y() + line.y() + line.ascent() + BELOW_BASELINE * text_height
            found.append(QLineF(origin.x() + start, y, origin.x() + line.x() + line.width(), y))
        block = block.next()
    log.debug("writing lines: %d", len(found))
    return tuple(found)


def paint_writing_lines(
    painter: QPainter, device: QPaintDevice, lines: tuple[QLineF, ...], clip: QRectF
) -> None:
    """Draw the lines that lie inside `clip` (one page, in document coordinates)."""
    visible = [line for line in lines if clip.top() <= line.y1() <= clip.bottom()]
    if not visible:
        return
    painter.save()
    pen = QPen(QColor("#000000"))
    pen.setWidthF(LINE_WIDTH_PT / 72.0 * device.logicalDpiY())
    painter.setPen(pen)
    for line in visible:
        painter.drawLine(line)
    painter.restore()
