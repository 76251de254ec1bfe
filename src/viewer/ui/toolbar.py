"""The reading toolbar: article choice, text size, open/close all."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from viewer.ui.section_widget import MIN_TOUCH_TARGET
from viewer.ui.zoom import Zoom


def _button(text: str, accessible: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setAccessibleName(accessible)
    button.setToolTip(accessible)
    button.setMinimumHeight(MIN_TOUCH_TARGET)
    button.setMinimumWidth(MIN_TOUCH_TARGET)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


class ReaderToolbar(QFrame):
    def __init__(self, zoom: Zoom, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._zoom = zoom
        self.setObjectName("readerToolbar")
        self.articles = QComboBox(self)
        self.articles.setAccessibleName(self.tr("Pilih artikel"))
        self.articles.setMinimumHeight(MIN_TOUCH_TARGET)
        self.app_title = QLabel(self.tr("Informasi Obat untuk Pasien"), self)
        self.app_title.setObjectName("appTitle")
        self.zoom_out = _button("A−", self.tr("Perkecil tulisan"), self)
        self.zoom_label = QLabel(self)
        self.zoom_label.setObjectName("zoomLabel")
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_label.setMinimumWidth(56)
        self.zoom_in = _button("A+", self.tr("Perbesar tulisan"), self)
        self.open_all = _button(self.tr("Buka semua"), self.tr("Buka semua bagian"), self)
        self.close_all = _button(self.tr("Tutup semua"), self.tr("Tutup semua bagian"), self)
        # The section and print buttons sit in their own group, which moves to a second
        # row in a narrow window instead of squeezing every button until its text is cut.
        self._actions = QWidget(self)
        self.actions_row = QHBoxLayout(self._actions)
        self.actions_row.setContentsMargins(0, 0, 0, 0)
        self.actions_row.setSpacing(6)
        self.actions_row.addWidget(self.open_all)
        self.actions_row.addWidget(self.close_all)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(6)
        # The rows join the toolbar's layout while still empty: PySide wraps every item
        # already in a layout it is given, and set_compact() makes Qt delete the item of
        # the moving button group behind such a wrapper. Qt reuses that memory, and the
        # stale wrapper then stands for whatever object comes to live there.
        self._first_row = QHBoxLayout()
        self._second_row = QHBoxLayout()
        layout.addLayout(self._first_row)
        layout.addLayout(self._second_row)
        self._first_row.setSpacing(6)
        self._first_row.addWidget(self.app_title)
        self._first_row.addWidget(self.articles)
        self._first_row.addStretch(1)
        for widget in (self.zoom_out, self.zoom_label, self.zoom_in):
            self._first_row.addWidget(widget)
        self._first_row.addSpacing(12)
        self._first_row.addWidget(self._actions)
        self._second_row.addStretch(1)
        zoom.follow(self)  # capped (theme.MAX_POINT_SIZES); the buttons inherit it
        zoom.follow(self.app_title)

    def one_row_width(self) -> int:
        """The width every control needs to fit on one row at its natural size."""
        parts = [self.app_title, self.articles, self.zoom_out, self.zoom_label, self.zoom_in]
        shown = [w for w in [*parts, self._actions] if not w.isHidden()]
        margins = self.layout().contentsMargins()
        spacing = self._first_row.spacing() * len(shown) + 12
        return sum(w.sizeHint().width() for w in shown) + spacing + margins.left() + margins.right()

    def set_compact(self, compact: bool) -> None:
        """Two rows (buttons below) in a narrow window; one row otherwise."""
        row = self._second_row if compact else self._first_row
        if row.indexOf(self._actions) < 0:
            row.addWidget(self._actions)

    def add_action_button(self, text: str, accessible: str) -> QPushButton:
        """A button for a later feature (printing), placed after open/close all."""
        button = _button(text, accessible, self._actions)
        self._zoom.follow(button)  # made after the toolbar has its font: see Zoom
        self.actions_row.addWidget(button)
        return button

    def show_zoom(self, percent: int, can_in: bool, can_out: bool) -> None:
        self.zoom_label.setText(f"{percent}%")
        self.zoom_label.setAccessibleName(
            self.tr("Ukuran tulisan {percent} persen").format(percent=percent)
        )
        self.zoom_in.setEnabled(can_in)
        self.zoom_out.setEnabled(can_out)
