"""A block of text a widget lays out and paints itself (the risk items' parts)."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPainter,
    QPalette,
    QTextDocument,
)


class TextPart:
    """A block of text that an item paints: what it says, how it was given, its font.

    Read like a label (text(), textFormat(), font()); laid out by its own document. The
    scroll area asks for the height at two widths (with and without its scroll bar), again
    and again: each width's height is kept until the font changes.
    """

    def __init__(self, name: str, text: str, text_format: Qt.TextFormat, css: str = "") -> None:
        self._name = name
        self._text = text
        self._format = text_format
        self.document = QTextDocument()
        self.document.setUndoRedoEnabled(False)
        self.document.setDocumentMargin(0)
        if text_format == Qt.TextFormat.RichText:
            self.document.setDefaultStyleSheet(css)
            self.document.setHtml(text)
        else:
            self.document.setPlainText(text)  # author text: never read as markup
        self._heights: dict[int, int] = {}

    def text(self) -> str:
        return self._text

    def textFormat(self) -> Qt.TextFormat:  # noqa: N802 - reads like QLabel
        return self._format

    def objectName(self) -> str:  # noqa: N802 - reads like QLabel
        return self._name

    def font(self) -> QFont:
        return self.document.defaultFont()

    def set_font(self, font: QFont) -> bool:
        """Give the part `font`; True if that changed it."""
        if font == self.document.defaultFont():
            return False
        self.document.setDefaultFont(font)
        self._heights.clear()
        return True

    def height_for(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = math.ceil(self.laid_out(width).size().height())
        return height

    def laid_out(self, width: int) -> QTextDocument:
        """The document, laid out `width` px wide."""
        if self.document.textWidth() != width:
            self.document.setTextWidth(width)
        return self.document

    def paint(self, painter: QPainter, origin: QPointF, width: int, colour: QColor) -> None:
        self.laid_out(width)
        painter.save()
        painter.translate(origin)
        context = QAbstractTextDocumentLayout.PaintContext()
        palette = context.palette
        palette.setColor(QPalette.ColorRole.Text, colour)
        context.palette = palette
        self.document.documentLayout().draw(painter, context)
        painter.restore()
