"""The definition of a tapped term, shown next to it inside the window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from viewer.content.model import Term
from viewer.ui.buttons import enter_presses
from viewer.ui.language import retranslate_on_change
from viewer.ui.listen_button import listen_button, name_listen_button
from viewer.ui.section_widget import MIN_TOUCH_TARGET
from viewer.ui.zoom import Zoom

POPUP_WIDTH = 380


class GlossaryPopup(QFrame):
    """A child frame, not a separate window: it works the same in kiosk mode and in tests.

    It closes with its button, Esc, or a tap anywhere outside it.
    """

    def __init__(self, parent: QWidget, zoom: Zoom, keep_clear: QWidget | None = None) -> None:
        """`keep_clear` is a widget at the bottom the popup must not cover (the info bar)."""
        super().__init__(parent)
        self._keep_clear = keep_clear
        self.setObjectName("glossaryPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.term: Term | None = None
        self._return_focus: QWidget | None = None
        self.title = QLabel(self)
        self.title.setObjectName("popupTerm")
        self.definition = QLabel(self)
        self.definition.setObjectName("popupDefinition")
        self.definition.setWordWrap(True)
        # Glossary text is the author's: shown as written, never as markup.
        self.definition.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.close_button = enter_presses(QPushButton(self))
        self.close_button.setMinimumHeight(MIN_TOUCH_TARGET)
        self.close_button.clicked.connect(self.hide)
        # The definition read aloud: the term, then what it means (read_aloud.py).
        self.listen = listen_button("", "", self)
        self.listen.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.listen)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.definition)
        layout.addLayout(buttons)
        zoom.follow(self.title)
        retranslate_on_change(self, self._retranslate)
        self.hide()

    def _retranslate(self) -> None:
        # A definition on show is in the old language's glossary: the window hides it.
        self.close_button.setText(self.tr("Tutup"))
        name_listen_button(self.listen, self.tr("▶ Dengarkan"), self.tr("Dengarkan arti kata"))

    def show_term(self, term: Term, global_point: QPoint, avoid: QRect | None = None) -> None:
        """Show `term` next to `global_point` (the tapped word), never over the word or the
        info bar, and where there is room not over `avoid` (global) either: the warning
        the term was tapped in."""
        # Where the reader was (the term's text): focus goes back there on closing.
        focused = QApplication.focusWidget()
        if focused is not None and not (focused is self or self.isAncestorOf(focused)):
            self._return_focus = focused
        self.term = term
        self.title.setText(term.term)
        self.definition.setText(term.definition)
        self.setAccessibleName(self.tr("Arti kata {term}").format(term=term.term))
        self.setAccessibleDescription(term.definition)
        parent = self.parentWidget()
        area = parent.rect().adjusted(10, 10, -10, -10)
        if self._keep_clear is not None and self._keep_clear.isVisible():
            area.setBottom(min(area.bottom(), self._keep_clear.geometry().top() - 6))
        point = parent.mapFromGlobal(global_point)
        line = round(self.fontMetrics().height() * 1.2)
        word = QRect(point.x() - 2, point.y() - line, 4, 2 * line)
        block = QRect(parent.mapFromGlobal(avoid.topLeft()), avoid.size()) if avoid else word
        place = self._place(point, block, word, area)
        self.setFixedSize(place.size())
        self.setGeometry(place)
        self.show()
        self.raise_()
        self.close_button.setFocus(Qt.FocusReason.PopupFocusReason)
        QApplication.instance().installEventFilter(self)

    def _place(self, point: QPoint, block: QRect, word: QRect, area: QRect) -> QRect:
        """Clear of the `block` (the warning) if any width finds room, else clear of the
        `word` and covering the least of the block; wider boxes are shorter."""
        widths = (POPUP_WIDTH, round(POPUP_WIDTH * 1.5), POPUP_WIDTH * 2, area.width())
        sizes = []
        for width in widths:
            width = min(width, area.width())
            # Word-wrapped labels need the height for this width; adjustSize() is low.
            sizes.append(QSize(width, self.layout().totalHeightForWidth(width)))
        for free in (block, word):
            for size in sizes:
                place = popup_place(size, point, free, area)
                if area.contains(place) and not place.intersects(free):
                    return place
        near_word = [popup_place(size, point, word, area) for size in sizes]
        return min(near_word, key=lambda rect: (rect.intersects(word), _covered(rect, block, area)))

    def hideEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        had_focus = self.isAncestorOf(QApplication.focusWidget())
        super().hideEvent(event)
        back, self._return_focus = self._return_focus, None
        # Esc or "Tutup" by keyboard: back to the term, not to the window's first control.
        # (A tap elsewhere has put the focus where the reader tapped: leave it there.)
        if had_focus and back is not None and isValid(back) and back.isVisible():
            back.setFocus(Qt.FocusReason.PopupFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Escape:
                self.hide()
                return True
        elif event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin):
            inside = isinstance(watched, QWidget) and (
                watched is self or self.isAncestorOf(watched)
            )
            if not inside and isinstance(watched, QWidget) and watched.window() is self.window():
                self.hide()
        return False


GAP = 8  # px between the popup and what it must not cover


def popup_place(size: QSize, point: QPoint, keep_free: QRect, area: QRect) -> QRect:
    """Where a popup of `size` goes: inside `area`, clear of `keep_free`, near `point`.

    Below or above a word; beside a tall block (a warning) first, so it opens over the
    article rather than over other warnings. If nothing fits whole, the place that
    covers the least of `keep_free`.
    """

    def across(rect: QRect) -> QRect:  # slid along x into the area, near the point
        rect.moveLeft(max(area.left(), min(point.x() - 20, area.right() - rect.width())))
        return rect

    def down(rect: QRect) -> QRect:  # slid along y into the area, near the point
        rect.moveTop(max(area.top(), min(point.y() - 20, area.bottom() - rect.height())))
        return rect

    below = across(QRect(QPoint(0, keep_free.bottom() + GAP), size))
    above = across(QRect(QPoint(0, keep_free.top() - GAP - size.height()), size))
    left = down(QRect(QPoint(keep_free.left() - GAP - size.width(), 0), size))
    right = down(QRect(QPoint(keep_free.right() + GAP, 0), size))
    block = keep_free.height() > 3 * size.height() // 4 or keep_free.width() > size.width()
    order = (
        [left, right, below, above]
        if block and keep_free.height() > 60
        else [below, above, left, right]
    )
    for rect in order:
        if area.contains(rect) and not rect.intersects(keep_free):
            return rect

    def covered(rect: QRect) -> int:
        inside = rect.intersected(area)
        overlap = inside.intersected(keep_free)
        return overlap.width() * overlap.height() + (
            rect.width() * rect.height() - inside.width() * inside.height()
        )

    best = min(order, key=covered)
    best.moveTop(max(area.top(), min(best.top(), area.bottom() - best.height())))
    best.moveLeft(max(area.left(), min(best.left(), area.right() - best.width())))
    return best


def _covered(rect: QRect, keep_free: QRect, area: QRect) -> int:
    """How bad a place is: the area of `keep_free` it covers plus its part outside `area`."""
    inside = rect.intersected(area)
    overlap = inside.intersected(keep_free)
    outside = rect.width() * rect.height() - inside.width() * inside.height()
    return overlap.width() * overlap.height() + outside
