"""All glossary terms A-Z with a filter box; choosing one shows its definition."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize, Qt, Slot
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from viewer.content.model import Glossary, Term
from viewer.ui.language import retranslate_on_change
from viewer.ui.section_widget import MIN_TOUCH_TARGET

TERM_ROLE = Qt.ItemDataRole.UserRole


class GlossaryPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("glossaryPanel")
        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.filter.setMinimumHeight(MIN_TOUCH_TARGET)
        self.list = QListWidget(self)
        self.definition = QLabel(self)
        self.definition.setObjectName("glossaryDefinition")
        self.definition.setWordWrap(True)
        self.definition.setTextFormat(Qt.TextFormat.RichText)
        self.empty = QLabel(self)
        self.empty.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.definition)
        retranslate_on_change(self, self._retranslate)
        self.filter.textChanged.connect(self._apply_filter)
        self.list.currentItemChanged.connect(self._show_current)

    def _retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Cari istilah…"))
        self.filter.setAccessibleName(self.tr("Saring daftar istilah"))
        self.list.setAccessibleName(self.tr("Daftar istilah A sampai Z"))
        self.empty.setText(self.tr("Tidak ada istilah yang cocok."))
        self._show_current(self.list.currentItem(), None)  # its "Juga ditulis:" line

    def show_glossary(self, glossary: Glossary) -> None:
        self.list.clear()
        for term in glossary.sorted():
            item = QListWidgetItem(term.term)
            item.setData(TERM_ROLE, term)
            item.setSizeHint(QSize(0, MIN_TOUCH_TARGET))
            self.list.addItem(item)
        self.reset()

    def reset(self) -> None:
        self.filter.clear()
        self.list.setCurrentRow(-1)
        self.definition.clear()

    def visible_terms(self) -> list[str]:
        return [
            self.list.item(i).text()
            for i in range(self.list.count())
            if not self.list.item(i).isHidden()
        ]

    @Slot(str)
    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        shown = 0
        for i in range(self.list.count()):
            item = self.list.item(i)
            term: Term = item.data(TERM_ROLE)
            match = not needle or any(needle in form.casefold() for form in term.all_forms)
            item.setHidden(not match)
            shown += match
        self.empty.setVisible(shown == 0)
        current = self.list.currentItem()
        if current is not None and current.isHidden():
            # The definition shown follows the list: a term filtered out goes with it.
            self.list.setCurrentRow(-1)
            self.definition.clear()

    @Slot(QListWidgetItem, QListWidgetItem)
    def _show_current(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is None:
            self.definition.clear()
            return
        term: Term = current.data(TERM_ROLE)
        text = f"<b>{escape(term.term)}</b><br>{escape(term.definition)}"
        if term.forms:
            also = self.tr("Juga ditulis: {forms}").format(forms=", ".join(term.forms))
            text += f"<br><i>{escape(also)}</i>"
        self.definition.setText(text)
