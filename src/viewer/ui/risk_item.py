"""One warning in the risk panel, laid out and painted by itself.

Each warning is one widget that lays out and paints its own text (the level's icon,
word and hint; the warning with its links; the source) and holds one real button to
the section about it. Six widgets a warning, three of them word-wrapping labels that
the layout asks for their height again and again, cost ~120 ms before the first frame
for 23 warnings; the painted item lays its text out once per width.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

from viewer.content.model import Level
from viewer.content.render import RenderedRisk
from viewer.presentation.levels import level_hint, level_icon, level_word
from viewer.presentation.palette import LIGHT, LevelColours
from viewer.presentation.wording import source_label
from viewer.ui.buttons import enter_presses
from viewer.ui.link_colours import recolour_links
from viewer.ui.painted_text import TextPart
from viewer.ui.section_widget import MIN_TOUCH_TARGET
from viewer.ui.theme import current_scheme

if TYPE_CHECKING:  # PySide makes a class when it is first named: these only at first use
    from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent, QPaintEvent, QResizeEvent

# Sizes relative to the base text size (set_zoom); the warning text itself is the base.
HEADING_SCALE = 1.25  # bold
WORD_SCALE = 0.9  # bold
SOURCE_SCALE = 0.85
ICON_SCALE = 1.9  # the icon's side in px per point
# The item's box, as the style sheet drew it for the six-widget item.
BORDER = 2
LEFT_BORDER = 8  # the level's colour down the left edge
RADIUS = 6
PADDING_X, PADDING_Y = 10, 8
SPACING = 4  # between the rows
ICON_GAP = 8
# The focus ring's colour in the light theme; each theme's is its risk_focus (as the
# button's focus border, viewer.qss #riskGo:focus), the frame while read aloud its
# speaking_frame.
FOCUS_COLOUR = LIGHT.risk_focus


@functools.cache
def _icon(level: Level, size: int, colours: LevelColours) -> QPixmap:
    """One pixmap per level, size and theme for all items (23 items, 3 levels)."""
    return level_icon(level, size, colours)


# NamedTuples, not dataclasses: made at import time, a dataclass costs ~1.5 ms each.
class _Link(NamedTuple):
    start: int
    end: int
    href: str


class _Places(NamedTuple):
    """Where each part of an item goes at one width."""

    height: int
    icon: QRect
    word: QPointF
    word_width: int
    text: QPointF
    source: QPointF
    button: QRect  # as wide as the text and the source

    @property
    def text_width(self) -> int:
        return self.button.width()


class RiskItemWidget(QWidget):
    """One warning: icon, level word and hint, text with its links, source, and a button
    to the section about it. Links are reached by mouse, and by Tab and Enter."""

    sectionRequested = Signal(str)  # noqa: N815
    linkActivated = Signal(str, QPoint)  # noqa: N815

    def __init__(self, risk: RenderedRisk, section_heading: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.risk = risk
        item = risk.item
        self._look = current_scheme().level(item.level)  # the link colour's theme
        self._point_size = 12.0
        self._fonts_due = True  # fonts are given when the item is next laid out
        self._places: dict[int, _Places] = {}  # by the item's width
        self._button_height = 0
        self._pressed: str | None = None
        self._focused_link: int | None = None
        self._found_links: tuple[_Link, ...] | None = None
        self._ring_on_text = False  # the focus ring round the text: not after a tap
        self._speaking = False  # read aloud now: a thick frame shows which warning
        self.setObjectName("riskWarning")
        self.setProperty("level", item.level.value)
        sentence = f"{level_word(item.level)} · {level_hint(item.level)}"
        self.word = TextPart("riskWord", sentence, Qt.TextFormat.PlainText)
        # Links take the level's text colour: a blue link on red or amber reads poorly.
        css = f"a {{ color: {self._look.foreground}; }}"
        self.text = TextPart("riskText", risk.html, Qt.TextFormat.RichText, css)
        self.source = TextPart("riskSource", source_label(item), Qt.TextFormat.PlainText)
        self.icon = QPixmap()
        # Short label so the panel stays narrow; the heading is in the accessible name.
        self.go = enter_presses(QPushButton(self.tr("Baca penjelasannya ›"), self))
        self.go.setAccessibleName(self.tr("Baca bagian {heading}").format(heading=section_heading))
        self.go.setToolTip(section_heading)
        self.go.setObjectName("riskGo")
        self.go.setCursor(Qt.CursorShape.PointingHandCursor)
        self.go.setMinimumHeight(MIN_TOUCH_TARGET)
        self.go.clicked.connect(lambda: self.sectionRequested.emit(item.section_id))
        self.setAccessibleName(f"{level_word(item.level)}: {risk.plain_text}")
        self.setAccessibleDescription(f"{level_hint(item.level)}. {self.source.text()}")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a Tab stop, as the text label was
        self.setMouseTracking(True)  # the hand over a link
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    # -- size and fonts --------------------------------------------------------------------
    def set_zoom(self, point_size: float) -> None:
        """The scaled parts (level word, source, icon) for the base size `point_size`;
        the warning text takes the item's own font, which it inherits."""
        self._point_size = point_size
        self._fonts_changed()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fonts_changed()  # the icon too: in the new theme's colours
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._follow_theme()

    def _follow_theme(self) -> None:
        look = current_scheme().level(self.risk.item.level)
        if look != self._look:
            self._look = look
            recolour_links(self.text.document, look.foreground)
            self._fonts_due = True  # and the icon in the new colours
            self.update()

    def _fonts_changed(self) -> None:
        # Given when next laid out: before the first frame the window's font, the zoom
        # and the style come one after the other.
        self._fonts_due = True
        self.updateGeometry()
        if self.isVisible():
            self._place_button()
            self.update()

    def _give_fonts(self) -> None:
        """The parts' fonts and the icon for the item's font and the zoom. The layouts
        made so far are kept unless one of them changed (most font events before the
        first frame change nothing here)."""
        self._fonts_due = False
        base = self.font()
        changed = self.text.set_font(base)
        changed |= self.word.set_font(scaled_font(base, self._point_size * WORD_SCALE, bold=True))
        size = self._point_size * SOURCE_SCALE
        changed |= self.source.set_font(scaled_font(base, size, bold=False))
        level = self.risk.item.level
        icon = _icon(level, int(self._point_size * ICON_SCALE), current_scheme().level(level))
        changed |= icon.width() != self.icon.width()
        self.icon = icon
        # The button's text is the item's font; its padding comes from the style sheet.
        button_height = self.go.sizeHint().height()
        changed |= button_height != self._button_height
        self._button_height = button_height
        if changed:
            self._places.clear()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return self._layout(width).height

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        width = 2 * PADDING_X + LEFT_BORDER + BORDER + max(self.go.sizeHint().width(), 300)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(2 * PADDING_X + LEFT_BORDER + BORDER + self.go.minimumSizeHint().width(), 0)

    def icon_rect(self) -> QRect:
        """Where the level's icon is painted."""
        return self._layout(self.width()).icon

    def _layout(self, width: int) -> _Places:
        if self._fonts_due:
            self._give_fonts()
        places = self._places.get(width)
        # The kiosk raises the button's minimum height when Qt polishes it.
        if places is not None and places.button.height() >= self.go.minimumHeight():
            return places
        inner = max(1, width - LEFT_BORDER - BORDER - 2 * PADDING_X)
        left, top = LEFT_BORDER + PADDING_X, BORDER + PADDING_Y
        side = self.icon.width() / max(1.0, self.icon.devicePixelRatio())
        icon = int(side)
        word_width = max(1, inner - icon - ICON_GAP)
        word_height = self.word.height_for(word_width)
        row = max(icon, word_height)
        word = QPointF(left + icon + ICON_GAP, top + (row - word_height) / 2)
        y = top + row + SPACING
        text = QPointF(left, y)
        y += self.text.height_for(inner) + SPACING
        source = QPointF(left, y)
        y += self.source.height_for(inner) + SPACING
        button_height = max(self.go.minimumHeight(), self._button_height)
        button = QRect(left, y, inner, button_height)
        height = y + button_height + PADDING_Y + BORDER
        icon_rect = QRect(left, top, icon, icon)
        places = _Places(height, icon_rect, word, word_width, text, source, button)
        self._places[width] = places
        return places

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._place_button()

    def _place_button(self) -> None:
        button = self._layout(self.width()).button
        if self.go.geometry() != button:
            self.go.setGeometry(button)

    # -- painting ----------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        places = self._layout(self.width())
        colours = current_scheme()
        look = colours.level(self.risk.item.level)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        _paint_box(painter, QRectF(self.rect()), QColor(look.border), QColor(look.background))
        painter.drawPixmap(places.icon.topLeft(), self.icon)
        colour = QColor(look.foreground)
        self.word.paint(painter, places.word, places.word_width, colour)
        self.text.paint(painter, places.text, places.text_width, colour)
        self.source.paint(painter, places.source, places.text_width, colour)
        if self.hasFocus():
            self._paint_focus(painter, places)
        if self._speaking:
            painter.setPen(QPen(QColor(colours.speaking_frame), 4))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(2, 2, -2, -2), 6, 6)
        painter.end()

    def set_speaking(self, speaking: bool) -> None:
        """Frame the warning while it is read aloud."""
        if speaking != self._speaking:
            self._speaking = speaking
            self.update()

    @property
    def speaking(self) -> bool:
        return self._speaking

    def _paint_focus(self, painter: QPainter, places: _Places) -> None:
        colours = current_scheme()
        painter.setPen(QPen(QColor(colours.risk_focus), colours.ring_px))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self._focused_link is None:
            if not self._ring_on_text:
                return
            size = self.text.laid_out(places.text_width).size()
            area = QRectF(places.text, size).adjusted(-3, -2, 3, 2)
            painter.drawRoundedRect(area, 4, 4)
            return
        for rect in self._link_rects(self._focused_link):
            painter.drawRoundedRect(rect.adjusted(-2, -1, 2, 1), 3, 3)

    # -- links -------------------------------------------------------------------------
    def _anchor_at(self, pos: QPointF) -> str:
        places = self._layout(self.width())
        document = self.text.laid_out(places.text_width)
        return document.documentLayout().anchorAt(pos - places.text)

    def _link_rects(self, index: int) -> list[QRectF]:
        """The link's text, line by line, in the item's coordinates."""
        link = self._link_list[index]
        places = self._layout(self.width())
        origin = places.text
        document = self.text.laid_out(places.text_width)
        rects = []
        block = document.findBlock(link.start)
        while block.isValid() and block.position() < link.end:
            layout = block.layout()
            corner = document.documentLayout().blockBoundingRect(block).topLeft() + origin
            for n in range(layout.lineCount()):
                line = layout.lineAt(n)
                start = max(link.start, block.position() + line.textStart())
                end = min(link.end, block.position() + line.textStart() + line.textLength())
                if start >= end:
                    continue
                x1 = _x(line.cursorToX(start - block.position()))
                x2 = _x(line.cursorToX(end - block.position()))
                rect = QRectF(min(x1, x2), line.y(), abs(x2 - x1), line.height())
                rects.append(rect.translated(corner))
            block = block.next()
        return rects

    def _activate_link(self, href: str, point: QPoint) -> None:
        self.linkActivated.emit(href, point)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        over_link = bool(self._anchor_at(event.position()))
        shape = Qt.CursorShape.PointingHandCursor if over_link else Qt.CursorShape.ArrowCursor
        if self.cursor().shape() != shape:
            self.setCursor(shape)
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed = self._anchor_at(event.position()) or None
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        pressed, self._pressed = self._pressed, None
        left = event.button() == Qt.MouseButton.LeftButton
        if left and pressed and self._anchor_at(event.position()) == pressed:
            # Next to the finger when tapped.
            self._activate_link(pressed, event.globalPosition().toPoint())
            return
        super().mouseReleaseEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        links = self._link_list
        reason = event.reason()
        if links and reason == Qt.FocusReason.TabFocusReason:
            self._focus_link(0)
        elif links and reason == Qt.FocusReason.BacktabFocusReason:
            self._focus_link(len(links) - 1)
        elif reason == Qt.FocusReason.MouseFocusReason:
            self._focused_link = None
        # Otherwise (back from a definition it opened) the same link keeps the focus.
        keyboard = (
            Qt.FocusReason.TabFocusReason,
            Qt.FocusReason.BacktabFocusReason,
            Qt.FocusReason.ShortcutFocusReason,
        )
        if reason in keyboard:
            self._ring_on_text = True
        elif reason == Qt.FocusReason.MouseFocusReason:
            self._ring_on_text = False
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        super().focusOutEvent(event)
        self.update()

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 - Qt API
        """Tab goes from link to link inside the text, then on to the button."""
        count = len(self._link_list)
        if self.hasFocus() and count:
            current = self._focused_link
            if current is None:
                wanted = 0 if next else count - 1
            else:
                wanted = current + (1 if next else -1)
            if 0 <= wanted < count:
                self._focus_link(wanted)
                return True
        return super().focusNextPrevChild(next)

    def _focus_link(self, index: int) -> None:
        self._focused_link = index
        rects = self._link_rects(index)
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if rects and area is not None and area.widget() is not None:
            centre = self.mapTo(area.widget(), rects[0].center().toPoint())
            area.ensureVisible(centre.x(), centre.y(), 10, 30)
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
        index = self._focused_link
        if event.key() in keys and index is not None:
            rects = self._link_rects(index)
            # Below the link when reached by keyboard.
            corner = rects[-1].bottomLeft().toPoint() if rects else QPoint()
            self._activate_link(self._link_list[index].href, self.mapToGlobal(corner))
            return
        super().keyPressEvent(event)

    @property
    def _link_list(self) -> tuple[_Link, ...]:
        # Read when first needed: a text format read from Python makes PySide build
        # every QTextFormat enum (~5 ms), and most readers never Tab into a warning.
        if self._found_links is None:
            self._found_links = _links(self.text.document)
        return self._found_links

    @property
    def links(self) -> tuple[str, ...]:
        """The addresses of the links in the warning text, in reading order."""
        return tuple(link.href for link in self._link_list)

    def link_centre(self, href: str) -> QPoint:
        """Where a reader taps the first link to `href` (in the item's coordinates)."""
        index = self.links.index(href)
        return self._link_rects(index)[0].center().toPoint()


def scaled_font(base: QFont, point_size: float, *, bold: bool) -> QFont:
    font = QFont(base)
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


def _x(found: object) -> float:
    # PySide returns (x, position) for the overload that may move the position.
    return float(found[0] if isinstance(found, tuple) else found)


def _links(document: QTextDocument) -> tuple[_Link, ...]:
    """The document's links in order; pieces of one link (split by formats) merged."""
    found: list[_Link] = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            href = fragment.charFormat().anchorHref() if fragment.charFormat().isAnchor() else ""
            if href:
                start, end = fragment.position(), fragment.position() + fragment.length()
                if found and found[-1].href == href and found[-1].end == start:
                    found[-1] = _Link(found[-1].start, end, href)
                else:
                    found.append(_Link(start, end, href))
            fragments += 1
        block = block.next()
    return tuple(found)


def _paint_box(painter: QPainter, rect: QRectF, border: QColor, background: QColor) -> None:
    """The rounded box with the level's colour as a thick left edge and a thin border."""
    outer = QPainterPath()
    outer.addRoundedRect(rect, RADIUS, RADIUS)
    painter.fillPath(outer, border)
    inner = rect.adjusted(LEFT_BORDER, BORDER, -BORDER, -BORDER)
    radius = RADIUS - BORDER
    rounded = QPainterPath()
    rounded.addRoundedRect(inner, radius, radius)
    # Square where the thick edge meets the fill, round on the right, as CSS draws it.
    square = QPainterPath()
    square.addRect(QRectF(inner.left(), inner.top(), inner.width() / 2, inner.height()))
    painter.fillPath(rounded.united(square), background)
