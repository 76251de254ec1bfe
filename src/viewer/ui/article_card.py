"""One article on the home screen: a large button with its title, first sentence and
category, laid out and painted by itself.

The card is a real QPushButton (a button to assistive technology, focusable, pressed by
click, tap, Space, Enter and Return); its style sheet (#articleCard) draws the box, the
hover and the focus ring, and the card paints its three texts inside. Painted text wraps
at word boundaries or, for a word wider than the card, anywhere: nothing is cut or
elided at any text size. Its sizes follow its font (set by the zoom, see Zoom.follow):
the title a little larger and bold, the category a little smaller.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from viewer.ui.painted_text import TextPart
from viewer.ui.theme import current_scheme

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent, QPaintEvent

MIN_CARD_HEIGHT = 48  # px: a finger's target, whatever the text (kiosk: KIOSK_MIN_HEIGHT)
KIOSK_MIN_HEIGHT = 72
TITLE_SCALE = 1.25  # bold
CATEGORY_SCALE = 0.9
# Characters of the base font a card's preferred width holds; the home screen fits as
# many columns of that width as the window allows (flow_layout.ColumnFlowLayout).
LINE_CHARACTERS = 35
# Inside the box the style sheet draws (resources/styles/home_screen.qss): the border
# is at most 3 px (focused), so the text never moves when the ring comes and goes.
PADDING_X, PADDING_Y, GAP = 18, 14, 6
KIOSK_PADDING_X, KIOSK_PADDING_Y, KIOSK_GAP = 24, 20, 8

ARROW_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)


def _scaled(font: QFont, scale: float, bold: bool = False) -> QFont:
    result = QFont(font)
    result.setPointSizeF(font.pointSizeF() * scale)
    result.setBold(bold)
    return result


class ArticleCard(QPushButton):
    """A card for one article; `chosen` carries its id when it is pressed."""

    chosen = Signal(str)
    # An arrow key pressed on the card: the home screen moves the focus in its grid.
    arrow_pressed = Signal(object, int)  # the card, the Qt.Key value

    def __init__(
        self,
        article_id: str,
        title: str,
        sentence: str,
        category: str,
        parent: QWidget | None = None,
        *,
        kiosk: bool = False,
    ) -> None:
        super().__init__(parent)
        self.article_id = article_id
        self.setObjectName("articleCard")
        self.setProperty("kiosk", kiosk)  # the style sheet may draw kiosk cards larger
        self._pad_x, self._pad_y, self._gap = (
            (KIOSK_PADDING_X, KIOSK_PADDING_Y, KIOSK_GAP) if kiosk else (PADDING_X, PADDING_Y, GAP)
        )
        self._min_height = KIOSK_MIN_HEIGHT if kiosk else MIN_CARD_HEIGHT
        plain = Qt.TextFormat.PlainText  # author text is never markup
        self.title = TextPart("articleCardTitle", title, plain)
        self.summary = TextPart("articleCardSummary", sentence, plain)
        self.category = TextPart("articleCardCategory", category, plain)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(title)
        described = self.tr("Kategori: {category}").format(category=category)
        self.setAccessibleDescription(f"{sentence} {described}".strip())
        self.clicked.connect(lambda: self.chosen.emit(self.article_id))
        self._fit_fonts()

    # -- text sizes ----------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.FontChange:
            self._fit_fonts()
        super().changeEvent(event)

    def _fit_fonts(self) -> None:
        font = self.font()
        changed = self.title.set_font(_scaled(font, TITLE_SCALE, bold=True))
        changed |= self.summary.set_font(_scaled(font, 1.0))
        changed |= self.category.set_font(_scaled(font, CATEGORY_SCALE))
        if changed:
            self.updateGeometry()
            self.update()

    # -- size ----------------------------------------------------------------------------
    def _parts(self) -> list[TextPart]:
        return [part for part in (self.title, self.summary, self.category) if part.text()]

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        width = self.fontMetrics().averageCharWidth() * LINE_CHARACTERS + 2 * self._pad_x
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        # Narrow: the text wraps; a wide minimum would scroll the home screen sideways.
        return QSize(self._min_height * 2, self._min_height)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        inner = self._inner_width(width)
        parts = self._parts()
        text = sum(part.height_for(inner) for part in parts) + self._gap * (len(parts) - 1)
        return max(self._min_height, text + 2 * self._pad_y)

    def _inner_width(self, width: int) -> int:
        return max(1, width - 2 * self._pad_x)

    def text_rects(self) -> dict[str, QRect]:
        """Where each text is painted at the card's present width (tests read this)."""
        inner = self._inner_width(self.width())
        rects: dict[str, QRect] = {}
        y = self._pad_y
        for part in self._parts():
            height = part.height_for(inner)
            rects[part.objectName()] = QRect(self._pad_x, y, inner, height)
            y += height + self._gap
        return rects

    # -- painting and keys ---------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)  # the box, hover, pressed and focus ring (style sheet)
        painter = QPainter(self)
        theme = current_scheme()  # as the section headers' text, the body, the placeholder
        colours = {
            "articleCardTitle": QColor(theme.heading_text),
            "articleCardSummary": QColor(theme.text),
            "articleCardCategory": QColor(theme.quiet_text),
        }
        parts = {part.objectName(): part for part in self._parts()}
        for name, rect in self.text_rects().items():
            parts[name].paint(painter, QPointF(rect.topLeft()), rect.width(), colours[name])
        painter.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.isAutoRepeat():
            self.click()  # as Space does; Qt's buttons take Enter only in dialogs
            return
        if key in ARROW_KEYS and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.arrow_pressed.emit(self, int(key))
            return
        super().keyPressEvent(event)
