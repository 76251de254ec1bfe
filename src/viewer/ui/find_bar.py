"""Find in the article shown (Ctrl+F there): every match marked, the current one opened,
scrolled to and counted ("2 dari 5"), next and previous by button, Enter or F3."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from viewer.ui.article_view import ArticleView
from viewer.ui.buttons import enter_presses, name_button
from viewer.ui.language import retranslate_on_change
from viewer.ui.section_widget import MIN_TOUCH_TARGET, SectionWidget
from viewer.ui.text_marks import find_spans, mark
from viewer.ui.zoom import Zoom


@dataclass(frozen=True)
class Match:
    section: SectionWidget
    start: int
    end: int


class FindBar(QFrame):
    closed = Signal()

    def __init__(self, article: ArticleView, zoom: Zoom, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self._article = article
        self.matches: list[Match] = []
        self.current = -1
        self.field = QLineEdit(self)
        self.field.setObjectName("findField")
        self.field.setClearButtonEnabled(True)
        self.field.setMinimumHeight(MIN_TOUCH_TARGET)
        self.count = QLabel(self)
        self.count.setObjectName("findCount")
        self.previous = self._button()
        self.next = self._button()
        self.close_button = self._button()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.field, 1)
        for widget in (self.count, self.previous, self.next, self.close_button):
            layout.addWidget(widget)
        self.field.textChanged.connect(self._find)
        self.previous.clicked.connect(lambda: self.step(-1))
        self.next.clicked.connect(lambda: self.step(1))
        self.close_button.clicked.connect(self.close_bar)
        zoom.follow(self)
        retranslate_on_change(self, self._retranslate)
        self.hide()

    def _retranslate(self) -> None:
        self.field.setPlaceholderText(self.tr("Cari di artikel ini…"))
        self.field.setAccessibleName(self.tr("Cari di artikel ini"))
        name_button(self.previous, self.tr("‹ Sebelumnya"), self.tr("Temuan sebelumnya"))
        name_button(self.next, self.tr("Berikutnya ›"), self.tr("Temuan berikutnya"))
        name_button(self.close_button, self.tr("Tutup"), self.tr("Tutup pencarian di artikel"))
        if self.isVisible():
            self._find(self.field.text())  # the count's words

    def _button(self) -> QPushButton:
        button = enter_presses(QPushButton(self))
        button.setMinimumHeight(MIN_TOUCH_TARGET)
        return button

    # -- opening and closing ---------------------------------------------------------------
    def open_bar(self) -> None:
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        self._find(self.field.text())

    @Slot()
    def close_bar(self) -> None:
        """Hide, unmark, and give the focus back to the article."""
        if not self.isVisible():
            return
        self.hide()
        self._unmark()
        self.matches, self.current = [], -1
        self._article.setFocus(Qt.FocusReason.OtherFocusReason)
        self.closed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.close_bar()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F3):
            back = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.step(-1 if back else 1)
            return
        super().keyPressEvent(event)

    # -- finding ---------------------------------------------------------------------------
    @Slot(str)
    def _find(self, text: str) -> None:
        self._unmark()
        self.matches = []
        if text.strip():
            for section in self._article.sections:
                body = section.body  # made now if the section was never opened
                for start, end in find_spans(body.toPlainText(), [text], word_start=False):
                    self.matches.append(Match(section, start, end))
        self.current = 0 if self.matches else -1
        self._show_current()

    def step(self, delta: int) -> None:
        if not self.matches:
            return
        self.current = (self.current + delta) % len(self.matches)
        self._show_current()

    def _show_current(self) -> None:
        has = bool(self.matches)
        self.previous.setEnabled(len(self.matches) > 1)
        self.next.setEnabled(len(self.matches) > 1)
        if not has:
            text = self.tr("Tidak ditemukan") if self.field.text().strip() else ""
            self.count.setText(text)
            self.count.setAccessibleName(text)
            return
        text = self.tr("{n} dari {total}").format(n=self.current + 1, total=len(self.matches))
        self.count.setText(text)
        self.count.setAccessibleName(text)
        match = self.matches[self.current]
        match.section.set_open(True)
        for section in {m.section for m in self.matches}:
            spans = [(m.start, m.end) for m in self.matches if m.section is section]
            current = (match.start, match.end) if section is match.section else None
            mark(section.body, spans, current)
        self._scroll_to(match)

    def _scroll_to(self, match: Match) -> None:
        body = match.section.body
        self._article.widget().layout().activate()
        cursor = QTextCursor(body.document())
        cursor.setPosition(match.start)
        rect = body.cursorRect(cursor)
        point = body.viewport().mapTo(self._article.widget(), QPoint(rect.x(), rect.y()))
        # The line in the middle of the view, with room above it for context.
        self._article.ensureVisible(point.x(), point.y(), 0, self._article.height() // 3)

    def _unmark(self) -> None:
        for section in {m.section for m in self.matches}:
            mark(section.body, ())
