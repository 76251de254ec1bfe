"""How each risk level looks, on screen and on paper: colour, icon and word together,
never colour alone. One drawing of each icon and one set of words serve the risk panel
and the handout. The colours are presentation/palette.py's: paper always prints
PRINT_LEVELS (style()), the screen shows its theme's (passed to the icon's painting)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPixmap, QPolygonF

from viewer.content.model import Level
from viewer.i18n import translate
from viewer.presentation.palette import PRINT_LEVELS, LevelColours


@dataclass(frozen=True)
class LevelStyle:
    foreground: str
    background: str
    border: str  # also the icon's fill
    symbol: str  # the mark inside the icon


_SYMBOLS = {Level.URGENT: "!", Level.WARNING: "!", Level.CAUTION: "i"}
# Paper's colours, whatever the screen's theme.
_STYLES = {
    level: LevelStyle(colours.foreground, colours.background, colours.border, _SYMBOLS[level])
    for level, colours in PRINT_LEVELS.items()
}


def style(level: Level) -> LevelStyle:
    """The level as printed (the handout): its colours on white paper, and its mark."""
    return _STYLES[level]


def level_word(level: Level, language: str | None = None) -> str:
    """The word shown beside the icon, in capitals so it reads as a label; in `language`
    (the interface's for None; a handout passes its article's)."""
    words = {
        Level.URGENT: QT_TRANSLATE_NOOP("Level", "DARURAT"),
        Level.WARNING: QT_TRANSLATE_NOOP("Level", "PERINGATAN"),
        Level.CAUTION: QT_TRANSLATE_NOOP("Level", "PERHATIAN"),
    }
    return translate("Level", words[level], language)


def level_hint(level: Level, language: str | None = None) -> str:
    """What the level asks of the reader, in `language` (as level_word)."""
    hints = {
        Level.URGENT: QT_TRANSLATE_NOOP("Level", "Segera bertindak"),
        Level.WARNING: QT_TRANSLATE_NOOP("Level", "Bicarakan dengan dokter"),
        Level.CAUTION: QT_TRANSLATE_NOOP("Level", "Baik untuk diketahui"),
    }
    return translate("Level", hints[level], language)


def level_shape(level: Level, rect: QRectF) -> QPainterPath:
    """A distinct shape per level, so that shape alone tells them apart in black and
    white: an octagon (darurat), a triangle (peringatan), a circle (perhatian)."""
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


def level_symbol(level: Level, rect: QRectF, family: str | None = None) -> QPainterPath:
    """'!' or 'i' as outlines, centred in the shape (lower and smaller in the triangle)."""
    in_triangle = level is Level.WARNING
    font = QFont(family) if family else QFont()
    font.setBold(True)
    font.setPixelSize(max(1, round(rect.height() * (0.55 if in_triangle else 0.68))))
    path = QPainterPath()
    path.addText(0.0, 0.0, font, style(level).symbol)
    box = path.boundingRect()
    # A triangle's visual centre sits low: its inscribed circle is centred at 2/3 height.
    centre_y = rect.y() + rect.height() * (0.64 if in_triangle else 0.5)
    return path.translated(rect.center().x() - box.center().x(), centre_y - box.center().y())


def paint_level_mark(
    painter: QPainter,
    level: Level,
    rect: QRectF,
    family: str | None = None,
    colours: LevelColours | None = None,
) -> None:
    """The level's icon in `rect`: its shape filled in the level's colour, its mark in
    front (white on paper). `colours`: the screen theme's; paper's when None."""
    look = colours or PRINT_LEVELS[level]
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(look.icon))
    painter.drawPath(level_shape(level, rect))
    painter.setBrush(QColor(look.icon_mark))
    painter.drawPath(level_symbol(level, rect, family))
    painter.restore()


def level_icon(level: Level, size: int, colours: LevelColours | None = None) -> QPixmap:
    """The icon as a pixmap of `size` logical pixels, sharp on high-density screens;
    in `colours` (a screen theme's level colours), else paper's."""
    ratio = 2.0
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_level_mark(painter, level, QRectF(0, 0, size, size), colours=colours)
    painter.end()
    return pixmap
