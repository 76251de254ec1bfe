"""The definition of a tapped term, shown next to it inside the window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QPushButton, QVBoxLayout, QWidget
from shiboken6 import isValid

from viewer.content.model import Term
from viewer.ui.buttons import enter_presses
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
        self.close_button = enter_presses(QPushButton(self.tr("Tutup"), self))
        self.close_button.setMinimumHeight(MIN_TOUCH_TARGET)
        self.close_button.clicked.connect(self.hide)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.definition)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        zoom.follow(self.title)
        self.hide()

    def show_term(self, term: Term, global_point: QPoint) -> None:
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
        width = min(POPUP_WIDTH, parent.width() - 20)
        # Word-wrapped labels need the height for this width; adjustSize() guesses too low.
        self.setFixedSize(width, self.layout().totalHeightForWidth(width))
        point = parent.mapFromGlobal(global_point) + QPoint(0, 12)
        area = parent.rect().adjusted(10, 10, -10, -10)
        if self._keep_clear is not None and self._keep_clear.isVisible():
            area.setBottom(min(area.bottom(), self._keep_clear.geometry().top() - 6))
        rect = QRect(point, self.size())
        # Keep the whole popup inside the window; flip above the word if it would fall off.
        if rect.bottom() > area.bottom():
            rect.moveBottom(point.y() - 24)
        rect.moveLeft(max(area.left(), min(rect.left(), area.right() - rect.width())))
        rect.moveTop(max(area.top(), rect.top()))
        self.setGeometry(rect)
        self.show()
        self.raise_()
        self.close_button.setFocus(Qt.FocusReason.PopupFocusReason)
        QApplication.instance().installEventFilter(self)

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
