"""Table of contents: choosing an entry opens that section and scrolls to it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QWidget

from viewer.ui.language import retranslate_on_change

SECTION_ROLE = Qt.ItemDataRole.UserRole


class TocPanel(QListWidget):
    sectionRequested = Signal(str)  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tocPanel")
        retranslate_on_change(self, lambda: self.setAccessibleName(self.tr("Daftar isi")))
        # Long headings wrap instead of being cut; the item padding in the style sheet
        # keeps every row at least MIN_TOUCH_TARGET high.
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        # Activation covers a click, a tap, and Enter on the keyboard.
        self.itemActivated.connect(self._request)
        self.itemClicked.connect(self._request)

    def show_sections(self, entries: list[tuple[str, str]]) -> None:
        """`entries` are (section id, heading) in article order."""
        self.clear()
        for section_id, heading in entries:
            item = QListWidgetItem(heading)
            item.setData(SECTION_ROLE, section_id)
            self.addItem(item)

    def _request(self, item: QListWidgetItem) -> None:
        self.sectionRequested.emit(item.data(SECTION_ROLE))
