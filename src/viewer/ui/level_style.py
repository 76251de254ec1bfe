"""How each risk level looks: colour, icon and word together, never colour alone."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap, QPolygonF

from viewer.content.model import Level


@dataclass(frozen=True)
class LevelStyle:
    foreground: str
    background: str
    border: str
    symbol: str  # the mark inside the icon


_STYLES = {
    Level.URGENT: LevelStyle("#8c0b16", "#fdecec", "#c4161c", "!"),
    Level.WARNING: LevelStyle("#6b3d00", "#fff3dc", "#d98200", "!"),
    Level.CAUTION: LevelStyle("#0b3d75", "#e7f0fb", "#2a6fbf", "i"),
}


def style(level: Level) -> LevelStyle:
    return _STYLES[level]


def level_stylesheet() -> str:
    """Style rules for risk items by their `level` property, from the one table above.

    Set once on the application rather than per widget: a widget with its own style
    sheet stops inheriting the zoomed font from the window.
    """
    rules = [
        "#riskItem { border-radius: 6px; border: 2px solid; border-left-width: 8px; }",
        "#riskItem QLabel { background: transparent; }",
    ]
    for level, look in _STYLES.items():
        rules.append(
            f'#riskItem[level="{level.value}"] {{ background: {look.background};'
            f" border-color: {look.border}; }}"
        )
        rules.append(f'#riskItem[level="{level.value}"] QLabel {{ color: {look.foreground}; }}')
    return "\n".join(rules)


def level_word(level: Level) -> str:
    """The word shown beside the icon, in capitals so it reads as a label."""
    words = {
        Level.URGENT: QCoreApplication.translate("Level", "DARURAT"),
        Level.WARNING: QCoreApplication.translate("Level", "PERINGATAN"),
        Level.CAUTION: QCoreApplication.translate("Level", "PERHATIAN"),
    }
    return words[level]


def level_hint(level: Level) -> str:
    """What the level asks of the reader."""
    hints = {
        Level.URGENT: QCoreApplication.translate("Level", "Segera bertindak"),
        Level.WARNING: QCoreApplication.translate("Level", "Bicarakan dengan dokter"),
        Level.CAUTION: QCoreApplication.translate("Level", "Baik untuk diketahui"),
    }
    return hints[level]


def level_icon(level: Level, size: int) -> QPixmap:
    """A distinct shape per level (octagon, triangle, circle), so shape alone tells them apart."""
    ratio = 2.0
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    look = style(level)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(look.border))
    s = float(size)
    if level is Level.URGENT:
        k = s * 0.29
        points = [(k, 0), (s - k, 0), (s, k), (s, s - k), (s - k, s), (k, s), (0, s - k), (0, k)]
        painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in points]))
    elif level is Level.WARNING:
        painter.drawPolygon(QPolygonF([QPointF(s / 2, 0), QPointF(s, s), QPointF(0, s)]))
    else:
        painter.drawEllipse(0, 0, size, size)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(6, int(s * 0.6)))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    top = int(s * 0.18) if level is Level.WARNING else 0
    painter.drawText(0, top, size, size - top, Qt.AlignmentFlag.AlignCenter, look.symbol)
    painter.end()
    return pixmap
